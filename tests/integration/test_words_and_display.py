"""Words and display (issue 17 item 7) through the console, in Chinese and English, on SQLite and
PostgreSQL: clocks name the creator's city and the UTC offset, lists say what they are filtered by, an
empty reminder still says something, stage moves back or past stages are named, an unclear message gets
suggestions that fit it, and exports read as people write them."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from bot.adapters.console import Console, ConsoleOutbound
from bot.jobs.inprocess import DeliveryLoop
from bot.settings import Settings
from bot.wiring import build_dispatcher
from i18n import Catalog
from workflows.ports import FrozenClock

ZH = Catalog("zh_CN")

ABBREVIATIONS = re.compile(r"\((?:CST|CDT|PST|PDT|EST|EDT|GMT|BST|[+-]\d\d)\)")


def _en(clock: FrozenClock, user: str = "小李") -> Console:
    """The same member (小李, the first and so the admin) reading English."""
    return Console(build_dispatcher(Settings(), clock=clock), user=user, locale="en")


# ---- 3. time zones: the creator's city and the UTC offset ------------------------------------------------


async def test_clocks_name_the_creators_city_and_the_offset(console: Console, clock: FrozenClock) -> None:
    await console.say("添加达人 @amy TikTok 美国 奥斯汀")
    await console.say("添加达人 @bia TikTok 巴西 圣保罗")
    assert "美国 奥斯汀" in await console.say("看看 @amy"), "the city in Chinese, not 'Austin'"
    card = await console.say("看看 @amy")
    assert "周三 11/25 02:00 奥斯汀 (UTC−6)" in card, "not 芝加哥 (CST)"
    assert "圣保罗 (UTC−3)" in await console.say("看看 @bia")
    plan = await console.say("给 @amy @bia 安排外联，达人当地时间明天上午10点")
    assert "周一 11/30 10:00 奥斯汀 (UTC−6) = 周二 12/1 00:00 北京 (UTC+8)" in plan  # after Thanksgiving
    assert "周四 11/26 10:00 圣保罗 (UTC−3) = 周四 11/26 21:00 北京 (UTC+8)" in plan
    reminder = await console.say("达人当地时间明天上午9点提醒我跟进 @amy")
    assert "周四 11/26 09:00 奥斯汀 (UTC−6) = 周四 11/26 23:00 北京 (UTC+8)" in reminder
    for reply in (card, plan, reminder):
        assert not ABBREVIATIONS.search(reply) and "CST" not in reply, reply

    assert "按团队时区 北京 (UTC+8)" in await console.say("每周邀约额度 200"), "not Asia/Shanghai"

    en = _en(clock)
    shown = await en.say("show @amy")
    assert "United States Austin" in shown and "Wed 11/25 02:00 Austin (UTC−6)" in shown
    reminder = await en.say("remind me tomorrow 3pm to follow up with @bia")
    assert "Thu 11/26 15:00 Beijing (UTC+8)" in reminder and "CST" not in reminder


# ---- 1, 2. lists: titled by their filter, and an empty one says what found nothing ---------------------


async def test_a_list_is_titled_by_its_filter_and_an_empty_one_says_which(
    console: Console, clock: FrozenClock
) -> None:
    empty = await console.say("列出达人")
    assert empty.startswith("还没有达人，先添加一个：添加达人 @amy_beauty"), empty
    assert "没有全部" not in empty
    assert await console.say("列出已回复的达人") == "还没有已回复的达人。"
    assert await console.say("列出我负责的达人") == "你名下还没有达人。"
    await console.say("添加达人 @amy TikTok 美国 奥斯汀")
    await console.say("@amy 交给新成员 小王")
    assert "【小王的达人（共 1 位）】" in await console.say("列出小王手上的达人")
    assert await console.say("列出小王负责的已回复的达人") == "小王名下还没有已回复的达人。"
    await console.say("把 @amy 移到已回复")
    assert "【已回复的达人（共 1 位）】" in await console.say("列出已回复的达人")
    assert "【小王的已回复达人（共 1 位）】" in await console.say("列出小王手上已回复的达人")
    assert "【全部达人（共 1 位）】" in await console.say("列出达人")
    assert "【美国的达人（共 1 位）】" in await console.say("列出美国的达人")

    en = _en(clock)
    assert "【小王's creators (1)】" in await en.say("list creators owned by 小王")
    assert "【Creators: replied (1)】" in await en.say("list replied creators")
    assert "【All creators (1)】" in await en.say("list creators")
    assert await en.say("list my creators") == "No creators owned by you yet."
    assert await en.say("list negotiating creators") == "No negotiating creators yet."


async def test_an_empty_english_list_says_how_to_add_one(clock: FrozenClock, db: str) -> None:
    reply = await _en(clock).say("list creators")
    assert reply == "No creators yet — add one: add creator @amy_beauty tiktok US California 120k followers"


async def test_an_operator_with_nothing_of_their_own_is_not_told_to_add_a_first(
    console: Console, clock: FrozenClock
) -> None:
    await console.say("添加达人 @amy TikTok 美国 奥斯汀")
    await console.say("@amy 我来跟")
    wang = Console(build_dispatcher(Settings(), clock=clock), user="小王", locale="zh_CN")
    reply = await wang.say("列出达人")
    assert reply.startswith("你名下还没有达人，也没有无人负责的达人。")
    assert "其他同事负责的达人共 1 位" in reply


# ---- 6. a reminder with no content still says what it is about -------------------------------------------


async def test_a_reminder_without_text_says_whom_or_that_it_has_none(
    console_with_loop: tuple[Console, DeliveryLoop, ConsoleOutbound], clock: FrozenClock
) -> None:
    console, loop, outbound = console_with_loop
    await console.say("添加达人 @amy TikTok 美国 奥斯汀")
    bare = await console.say("明天下午3点提醒我")
    assert "内容   （无内容）" in bare and "  -\n" not in bare, bare
    named = await console.say("明天下午3点提醒我 @amy")
    assert "内容   跟进 @amy" in named, named
    agenda_lines = (await console.say("我的待办")).splitlines()
    assert not any(line.endswith(" -") for line in agenda_lines)
    clock.advance(timedelta(days=1))
    await loop.run_once()
    fired = "\n".join(outbound.printed)
    assert "（无内容）" in fired and "跟进 @amy" in fired, fired
    assert "内容   -" not in fired
    await console.say("后天上午10点提醒我 @amy")
    assert "取消了提醒 #3：跟进 @amy" in await console.say("撤销")

    english = _en(clock)
    assert "What  (no details)" in await english.say("remind me at 3pm tomorrow")
    assert "What  follow up with @amy" in await english.say("remind me at 4pm tomorrow @amy")


# ---- 7. a move back, or past stages, is named ---------------------------------------------------------


async def test_moving_back_or_past_stages_is_said(console: Console, clock: FrozenClock) -> None:
    await console.say("添加达人 @amy TikTok 美国 奥斯汀")
    await console.say("添加达人 @bob TikTok 英国")
    assert await console.say("把 @amy 移到已邀约") == "✅ @amy：待建联 → 已邀约", "one step on: nothing more"
    skipped = await console.say("把 @amy 移到已寄样")
    assert skipped.startswith("✅ @amy：已邀约 → 已寄样（跳过了 已回复、谈判中、已确认）"), skipped
    back = await console.say("把 @amy 移到已回复")
    assert back == "↩️ @amy：从 已寄样 退回 已回复\n不是有意的话，发「撤销」改回去。"
    both = await console.say("把 @amy、@bob 都移到谈判中")
    assert both == "✅ @amy：已回复 → 谈判中\n✅ @bob：待建联 → 谈判中（跳过了 已邀约、已回复）"
    assert "跳过" not in await console.say("@bob 婉拒"), "an exit is not a skip"
    reopened = await console.say("@bob 已确认")
    assert reopened.startswith("✅ @bob：婉拒 → 已确认") and "跳过" not in reopened.splitlines()[0]

    en = _en(clock)
    assert (await en.say("move @amy to sample shipped")).startswith(
        "✅ @amy: negotiating → sample shipped (skipped agreed)"
    )
    back_en = await en.say("move @amy to replied")
    assert back_en.startswith("↩️ @amy: moved back from sample shipped to replied")


# ---- 5. "didn't understand" suggests what is nearest to what was typed -----------------------------------


async def test_unclear_messages_get_suggestions_near_what_was_typed(console: Console) -> None:
    """The fallback suggests what the model finds nearest, so two vague messages about different things get
    different suggestions (which ones moves with the examples; tests/unit/test_suggest.py pins the order
    for a given ranking)."""
    money = await console.say("钱呢")
    creator = await console.say("那个达人怎么样了")
    money_intents = ("payments_owed", "record_payment", "payment_due", "results", "translation_usage")
    if money.startswith("没太明白"):
        money_lines = {line for line in money.splitlines() if line.startswith("• ")}
        assert len(money_lines) == 3
    else:  # the model's nearest for it, something about money, offered as a choice
        money_lines = set()
        assert any(f"[{ZH(f'intent.{i}')} " in money for i in money_intents), money
    near = ("list_creators", "show_creator", "pipeline_summary")
    if creator.startswith("没太明白"):
        creator_lines = {line for line in creator.splitlines() if line.startswith("• ")}
        assert {f"• {ZH(f'example.{i}')}" for i in near} & creator_lines, creator
        assert money_lines != creator_lines
    else:  # the model's nearest for it, creators' progress, offered as a choice
        assert any(f"[{ZH(f'intent.{i}')} " in creator for i in near), creator
    assert "帮助 /b" not in money + creator, "help is never offered as an answer to pick"
    assert "• 帮助" not in money + creator, "nor suggested: the last line says 发「帮助」"


@pytest.mark.parametrize(("zone", "city"), [("Asia/Shanghai", "北京"), ("Asia/Singapore", "新加坡")])
async def test_the_outreach_plan_names_the_team_clock_it_shows(
    db: str, clock: FrozenClock, zone: str, city: str
) -> None:
    """A team whose clock is not Beijing's is not told "右边是北京时间" under a plan on its own clock."""
    console = Console(build_dispatcher(Settings(bot_timezone=zone), clock=clock), user="小李", locale="zh_CN")
    await console.say("添加达人 @amy TikTok 美国 加州")
    card = await console.say("给 @amy 安排外联，达人当地时间明天上午10点")
    assert f"右边是团队时间（{city}）" in card, card
    assert f"{city} (UTC+8)" in card
