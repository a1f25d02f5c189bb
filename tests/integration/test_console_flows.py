"""The foundation's user stories through the console adapter, on SQLite and PostgreSQL."""

from __future__ import annotations

from bot.adapters.console import Console
from bot.settings import Settings
from bot.wiring import build_dispatcher
from models.creator import Creator, Note, StageChange
from models.enums import Stage
from models.tenancy import Member
from workflows.ports import FrozenClock

ADD_AMY = "添加达人 @amy_beauty TikTok 美国加州 粉丝12万 英语 邮箱 amy@x.com"


async def test_add_creator_resolves_zone_and_language(console: Console) -> None:
    reply = await console.say(ADD_AMY)
    assert "已添加 @amy_beauty" in reply
    amy = await Creator.get(handle_key="amy_beauty")
    assert (amy.country, amy.region, amy.timezone, amy.language) == ("US", "CA", "America/Los_Angeles", "en")
    assert (amy.followers, amy.email, amy.stage) == (120000, "amy@x.com", Stage.PROSPECT)
    history = await StageChange.filter(creator=amy).values_list("to_stage", flat=True)
    assert history == [Stage.PROSPECT]


async def test_duplicate_creator_is_not_added_twice_in_any_case(console: Console) -> None:
    await console.say(ADD_AMY)
    reply = await console.say("添加达人 @AMY_Beauty tiktok")
    assert "已经存在" in reply
    assert await Creator.filter(handle_key="amy_beauty").count() == 1


async def test_multi_zone_country_asks_for_region_then_accepts_it(console: Console) -> None:
    reply = await console.say("添加达人 @bob 美国")
    assert "多个时区" in reply
    assert (await Creator.get(handle_key="bob")).timezone is None
    reply = await console.say("添加达人 @bob 美国 德州")
    assert "已补充" in reply
    assert (await Creator.get(handle_key="bob")).timezone == "America/Chicago"
    assert await Creator.filter(handle_key="bob").count() == 1


async def test_show_creator_card_has_local_time(console: Console) -> None:
    await console.say(ADD_AMY)
    reply = await console.say("看看 amy_beauty")
    assert "【@amy_beauty】" in reply
    assert "周三 11/25 00:00 加州 (UTC−8)" in reply  # 08:00 UTC on 2026-11-25


async def test_stage_moves_are_recorded_with_who_and_when(console: Console, clock: FrozenClock) -> None:
    await console.say(ADD_AMY)
    await console.say("添加达人 @bob 英国")
    reply = await console.say("把 @amy_beauty、@bob 都移到谈判中")
    assert "@amy_beauty：待建联 → 谈判中" in reply and "@bob：待建联 → 谈判中" in reply
    change = await StageChange.filter(to_stage=Stage.NEGOTIATING).prefetch_related("changed_by").first()
    assert change is not None and change.changed_by is not None
    assert change.changed_by.display_name == "小李" and change.changed_at == clock.now()
    assert "没有改动" in await console.say("@bob 谈判中")


async def test_unknown_stage_lists_the_valid_ones(console: Console) -> None:
    await console.say(ADD_AMY)
    reply = await console.say("把 @amy_beauty 移到已上架")
    assert "没有「已上架」这个阶段" in reply and "谈判中" in reply and "黑名单" in reply
    assert (await Creator.get(handle_key="amy_beauty")).stage == Stage.PROSPECT


async def test_a_failing_batch_changes_nothing(console: Console) -> None:
    await console.say(ADD_AMY)
    reply = await console.say("把 @amy_beauty 和 @amy_beuty 移到已回复")
    assert "没找到达人 @amy_beuty" in reply and "@amy_beauty" in reply
    assert (await Creator.get(handle_key="amy_beauty")).stage == Stage.PROSPECT
    assert await StageChange.filter(to_stage=Stage.REPLIED).count() == 0


async def test_assign_owner_and_list_mine(console: Console) -> None:
    await console.say(ADD_AMY)
    await console.say("添加达人 @bob 英国")
    assert "还不是团队成员" in await console.say("@amy_beauty 交给 小王 跟进")
    assert "由 小王 负责" in await console.press("确认新成员 小王")
    owner = await Member.get(display_name="小王")
    assert (await Creator.get(handle_key="amy_beauty")).owner_id == owner.id
    mine = await console.say("我负责的达人")
    assert "@bob" in mine and "@amy_beauty" not in mine
    assert "@amy_beauty" in await console.say("小王负责的达人")


async def test_note_is_kept_verbatim(console: Console) -> None:
    await console.say(ADD_AMY)
    reply = await console.say("备注 @amy_beauty：想要20%佣金，样品下周寄")
    assert "想要20%佣金，样品下周寄" in reply
    note = await Note.get()
    assert note.text == "想要20%佣金，样品下周寄"
    assert "想要20%佣金" in await console.say("看看 @amy_beauty")


async def test_hostile_handles_are_refused_and_shown_literally(console: Console) -> None:
    """Handles are the platforms' character set (letters, digits, . _ -): these are refused, the reply
    shows them as typed, and nothing is stored (issue 16 item 9)."""
    for handle in ("o'brien", "<script>x</script>", "x'OR'1'='1'--DROP_TABLE_creator"):
        reply = await console.say(f"添加达人 @{handle} 英国")
        assert "达人账号格式不对" in reply and handle in reply
    assert await Creator.all().count() == 0


async def test_english_session(db: str, clock: FrozenClock) -> None:
    console = Console(build_dispatcher(Settings(), clock=clock), user="Lisa", locale="en")
    assert "Added @amy" in await console.say("add creator @amy tiktok US California 120k followers")
    assert "prospect → replied" in await console.say("move @amy to replied")
    assert "is not on the team yet" in await console.say("assign @amy to Wang")
    assert "now owned by Wang" in await console.press("Confirm new teammate Wang")
    assert "Note added" in await console.say("note @amy: wants 20% commission")
    listing = await console.say("list creators in replied")
    assert "@amy" in listing and "owner Wang" in listing
    assert "There is no stage" in await console.say("move @amy to shelved")
    assert "Payment recorded: @amy 200.00 USD" in await console.say("paid @amy $200")
    assert "Did you mean" in await console.say("what's the weather")


async def test_unknown_message_gets_suggestions(console: Console) -> None:
    reply = await console.say("添加一下那个谁")  # unsure: the likely actions as buttons, never a shrug
    assert "你是想" in reply and "[都不是" in reply


async def test_huge_message_is_refused_politely(console: Console) -> None:
    reply = await console.say("备注 @amy：" + "好" * 100_000)
    assert "太长" in reply
    assert await Note.all().count() == 0
