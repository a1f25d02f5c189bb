"""Teammates are never made up (issue 16 items 11 and 12): an owner is an existing teammate or a new one the
user confirmed; a place is a filter; a question creates nobody; and a teammate recorded by name (import,
"交给 小王") is the same member once they speak. On SQLite and PostgreSQL, through the console."""

from __future__ import annotations

import pytest

from bot.adapters.console import Console
from bot.settings import Settings
from bot.wiring import build_dispatcher
from models.creator import Creator
from models.tenancy import Member
from workflows import pipeline
from workflows.ports import FrozenClock
from workflows.tenancy import Actor, UnknownTeammate


async def _names() -> list[str]:
    return sorted(await Member.all().values_list("display_name", flat=True))


async def _owner(handle: str) -> str | None:
    creator = await Creator.get(handle_key=handle).prefetch_related("owner")
    return creator.owner.display_name if creator.owner else None


async def test_a_question_or_a_place_never_creates_a_teammate(console: Console, clock: FrozenClock) -> None:
    await console.say("添加达人 @amy TikTok 美国加州")
    await console.say("添加达人 @bob YouTube 英国 伦敦")
    await console.say("@amy 的负责人是谁")
    listing = await console.say("列出美国的达人")
    assert "@amy" in listing and "@bob" not in listing, "美国 is a filter"
    assert "@bob" in await console.say("列出英国的达人")
    assert "团队里没有「老钱」" in await console.say("列出老钱负责的达人")
    await console.say("导出老钱的达人")
    await console.say("明天下午3点提醒老钱跟进 @amy")
    assert await _names() == ["小李"], "nobody was made up"
    assert await _owner("amy") == "小李"


async def test_the_workflow_refuses_a_guessed_owner(console: Console, clock: FrozenClock) -> None:
    """Whatever the understanding reads, the handover workflow creates no member from a name."""
    await console.say("添加达人 @amy TikTok 美国加州")
    me = await Member.get(display_name="小李")
    actor = Actor(me.workspace_id, me.id, me.display_name, me.role)  # type: ignore[attr-defined]
    with pytest.raises(UnknownTeammate):
        await pipeline.assign_owner(actor, ["amy"], "谁", clock)
    assert await _names() == ["小李"] and await _owner("amy") == "小李"


async def test_a_new_teammate_is_confirmed_first(console: Console) -> None:
    await console.say("添加达人 @amy TikTok 美国加州")
    await console.say("添加达人 @bob TikTok 美国加州")
    asked = await console.say("把 @amy 交给 老赵")
    assert "「老赵」还不是团队成员" in asked and "确认新成员 老赵" in asked
    assert await _names() == ["小李"] and await _owner("amy") == "小李", "nothing changed yet"
    pressed = await console.press("确认新成员 老赵")
    assert "@amy 现在由 老赵 负责" in pressed
    assert await _owner("amy") == "老赵" and await _names() == ["小李", "老赵"]
    assert "现在由 老赵 负责" in await console.say("把 @bob 交给 老赵"), "a known teammate now"

    assert "现在由 小赵 负责" in await console.say("把 @bob 交给新成员 小赵"), "said to be new"
    assert "已添加新成员 老孙" in await console.say("确认新成员 老孙")
    assert await _names() == ["小李", "小赵", "老孙", "老赵"]


async def test_the_english_handover_asks_too(db: str, clock: FrozenClock) -> None:
    console = Console(build_dispatcher(Settings(), clock=clock), user="Lisa", locale="en")
    await console.say("add creator @amy tiktok US California")
    assert "is not on the team yet" in await console.say("assign @amy to Wang")
    assert "now owned by Wang" in await console.say("assign @amy to new teammate Wang")


def _team(clock: FrozenClock) -> tuple[Console, Console]:
    dispatcher = build_dispatcher(Settings(), clock=clock)
    return Console(dispatcher, user="小李", locale="zh_CN"), Console(dispatcher, user="小王", locale="zh_CN")


async def test_the_real_teammate_is_adopted_on_first_contact(db: str, clock: FrozenClock) -> None:
    from workflows.importing import import_file

    li, wang = _team(clock)
    await li.say("帮助")
    me = await Member.get(display_name="小李")
    actor = Actor(me.workspace_id, me.id, me.display_name, me.role)  # type: ignore[attr-defined]
    data = "账号,平台,国家,负责人\namy,TikTok,美国,小王\nbob,TikTok,美国,小王\n".encode()
    preview = await import_file(actor, data, clock, dry_run=True, file_name="x.csv")
    assert preview.new_owners == ["小王"], "the preview names the teammate the import will add"
    await import_file(actor, data, clock, dry_run=False, file_name="x.csv")
    assert await Member.filter(name_key="小王").count() == 1

    mine = await wang.say("我负责的达人")  # 小王 speaks for the first time
    assert "@amy" in mine and "@bob" in mine, mine
    assert await Member.filter(name_key="小王").count() == 1, "adopted, not a second 小王"
    member = await Member.get(name_key="小王")
    assert member.platform_user_id == "console:小王" and member.role == "operator"
    team = await li.say("团队成员")
    assert team.count("小王") == 1 and "可能是同一人" not in team


async def test_two_name_only_records_are_asked_about_and_merged(db: str, clock: FrozenClock) -> None:
    from workflows.importing import import_file

    li, wang = _team(clock)
    await li.say("添加达人 @amy TikTok 美国加州")
    await li.say("把 @amy 交给新成员 小王")
    me = await Member.get(display_name="小李")
    actor = Actor(me.workspace_id, me.id, me.display_name, me.role)  # type: ignore[attr-defined]
    data = "账号,平台,负责人\nbob,TikTok,小 王\n".encode()  # typed with a space in the sheet
    await import_file(actor, data, clock, dry_run=False, file_name="x.csv")
    assert await Member.filter(platform_user_id__startswith="name:").count() == 2

    assert "@amy" not in await wang.say("我负责的达人"), "two could be him: nothing adopted on a guess"
    team = await li.say("团队成员")
    assert "可能是同一人" in team and team.count("就是 小王") >= 2, team
    await wang.say("团队成员")
    assert "只有管理员" in await wang.press("小王 就是 小王")
    for label in ("小王 就是 小王", "小 王 就是 小王"):
        await li.say("团队成员")
        assert "已合并到 小王" in await li.press(label)
    mine = await wang.say("我负责的达人")
    assert "@amy" in mine and "@bob" in mine
    assert await Member.all().count() == 2 and "可能是同一人" not in await li.say("团队成员")


async def test_a_feishu_mention_links_the_name_to_the_user(db: str, clock: FrozenClock) -> None:
    """Feishu events carry no sender name: the first @mention (id + name) links 小王 to his user."""
    from datetime import UTC, datetime

    from bot.core.types import ChatRef, InboundMessage, Mention, Sender
    from models.enums import Platform

    dispatcher = build_dispatcher(Settings(), clock=clock)
    chat = ChatRef(Platform.FEISHU, "tenant_a", "oc_1")

    async def say(user: str, text: str, mentions: tuple[Mention, ...] = ()) -> None:
        at = datetime.now(UTC)
        message = InboundMessage(chat, Sender(user, ""), text, f"e-{text}-{user}", at, mentions, "zh_CN")
        await dispatcher.handle(message)

    await say("ou_li", "添加达人 @amy TikTok 美国加州")
    await say("ou_li", "把 @amy 交给新成员 小王")
    await say("ou_wang", "帮助")  # 小王 speaks: Feishu gives his id, not his name
    assert await Member.all().count() == 3
    await say("ou_li", "@小王 你好", (Mention("ou_wang", "小王"),))
    wang = await Member.get(platform_user_id="ou_wang")
    assert wang.display_name == "小王" and await Member.all().count() == 2, "merged into the user"
    assert (await Creator.get(handle_key="amy")).owner_id == wang.id  # type: ignore[attr-defined]
