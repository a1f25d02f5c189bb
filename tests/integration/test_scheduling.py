"""Scheduling through the console: reminders, outreach plans in both clocks, buttons, the loop firing them.

The clock is frozen at 2026-11-25 08:00 UTC (Wednesday 16:00 in Beijing, 00:00 in Los Angeles) and moved
by hand; the in-process delivery loop is run one pass at a time.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.adapters.console import Console, ConsoleOutbound
from bot.jobs.inprocess import DeliveryLoop
from models.creator import Creator
from models.enums import DeliveryKind, DeliveryStatus, OutreachStatus, Stage
from models.schedule import Delivery, Outreach
from workflows.ports import FrozenClock

Setup = tuple[Console, DeliveryLoop, ConsoleOutbound]


async def _team(console: Console) -> None:
    assert "已添加" in await console.say("添加达人 @amy TikTok 美国 加州")
    assert "已添加" in await console.say("添加达人 @bob YouTube 英国 伦敦")


async def test_reminder_fires_once_at_its_time_and_can_be_done(
    console_with_loop: Setup, clock: FrozenClock
) -> None:
    console, loop, outbound = console_with_loop
    await _team(console)
    reply = await console.say("明天下午3点提醒我跟进 @amy")
    assert "已设置提醒 #1" in reply and "周四 11/26 15:00 北京" in reply and "跟进 @amy" in reply
    await loop.run_once()
    assert outbound.printed == []  # not due yet
    clock.advance(timedelta(hours=22, minutes=59))
    await loop.run_once()
    assert outbound.printed == []
    clock.advance(timedelta(minutes=1))
    await loop.run_once()
    await loop.run_once()
    assert len(outbound.printed) == 1
    assert "提醒 #1" in outbound.printed[0] and "跟进 @amy" in outbound.printed[0]
    assert "完成" in await console.press("完成")
    assert (await Delivery.get(id=1)).resolution == "done"
    assert "今天没有待办" in await console.say("我的待办")


async def test_outreach_plan_shows_both_clocks_and_moves_off_holidays(
    console_with_loop: Setup, clock: FrozenClock
) -> None:
    console, loop, outbound = console_with_loop
    await _team(console)
    card = await console.say("给 @amy @bob 安排外联，达人当地时间明早10点")
    # Los Angeles: tomorrow is Thanksgiving, the day after is a California holiday, then a weekend.
    assert "周一 11/30 10:00 加州 (UTC−8) = 周二 12/1 02:00 北京 (UTC+8)" in card
    assert "公共假日" in card
    assert "周四 11/26 10:00 伦敦 (UTC+0) = 周四 11/26 18:00 北京 (UTC+8)" in card
    assert await Delivery.all().count() == 0, "nothing is scheduled before confirmation"
    assert "已安排 2 条外联提醒" in await console.press("确认")
    assert await Delivery.filter(status=DeliveryStatus.PENDING).count() == 2
    assert "已经处理过" in await console.press("确认") or await Delivery.all().count() == 2

    clock.advance(timedelta(days=1, hours=2))  # Thu 10:00 London
    await loop.run_once()
    assert len(outbound.printed) == 1 and "@bob" in outbound.printed[0]
    assert "推迟1小时" in outbound.printed[0] and "跳过" in outbound.printed[0]
    assert "Hi @bob" in outbound.printed[0], "the drafted first-touch message"
    toast = await console.press("已发送")
    assert "下一次跟进" in toast and "周二 12/1 09:00 伦敦 (UTC+0)" in toast
    bob = await Creator.get(handle="bob")
    assert bob.stage == Stage.CONTACTED
    follow = await Delivery.get(creator_id=bob.id, step=2)
    assert follow.status == DeliveryStatus.PENDING

    # stop-on-reply: the creator answered, the follow-up is cancelled
    await console.say("@bob 已回复")
    await follow.refresh_from_db()
    assert follow.status == DeliveryStatus.CANCELLED
    assert (await Outreach.get(creator_id=bob.id)).status == OutreachStatus.STOPPED


async def test_no_time_uses_the_next_send_window_and_a_batch_is_spread(console: Console) -> None:
    for n in range(3):
        await console.say(f"添加达人 @c{n}_ny TikTok 美国 纽约")
    card = await console.say("给 @c0_ny @c1_ny @c2_ny 安排外联")
    # Wed 03:00 in New York now: the window Tue–Thu 09:00–11:00 opens at 09:00 today
    assert "周三 11/25 09:00 纽约 (UTC−5)" in card
    assert "周三 11/25 09:02 纽约 (UTC−5)" in card and "周三 11/25 09:04 纽约 (UTC−5)" in card
    assert "错开" in card


async def test_five_hundred_creators_are_summarised_and_spread(console: Console) -> None:
    handles = [f"@u{n:03d}_x" for n in range(500)]
    for start in range(0, 500, 100):
        await console.say("添加达人 " + " ".join(handles[start : start + 100]) + " TikTok 英国 伦敦")
    card = await console.say("给 " + " ".join(handles) + " 安排外联")
    assert "500 位达人" in card and "另外 485 位" in card
    assert "时区分布 伦敦 (UTC+0)×485" in card, "a zone by its city and offset, not Europe/London"
    assert len(card.splitlines()) < 40
    assert "已安排 500 条" in await console.press("确认")
    due = [d.due_at for d in await Delivery.all()]
    assert len(set(due)) == 500, "never two at the same second"


async def test_creator_without_zone_is_asked_for_and_others_are_scheduled(console: Console) -> None:
    await console.say("添加达人 @amy TikTok 美国 加州")
    await console.say("添加达人 @nowhere TikTok")
    card = await console.say("给 @amy @nowhere 安排外联，达人当地时间后天上午10点")
    assert "外联计划（1 位达人）" in card and "@nowhere" in card and "缺少所在地" in card
    only = await console.say("给 @nowhere 安排外联")
    assert "缺少所在地" in only and "外联计划" not in only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("给 @amy 安排外联，过几天", "我没看懂这个时间"),
        ("今天上午9点提醒我跟进 @amy", "已经过去了"),
        ("提醒我跟进 @amy", "我没看懂这个时间"),
    ],
)
async def test_times_the_bot_cannot_use_are_questions_not_guesses(
    console: Console, text: str, expected: str
) -> None:
    await console.say("添加达人 @amy TikTok 美国 加州")
    reply = await console.say(text)
    assert expected in reply
    assert await Delivery.all().count() == 0


async def test_cancel_pending_and_already_sent(console_with_loop: Setup, clock: FrozenClock) -> None:
    console, loop, _ = console_with_loop
    await console.say("两小时后提醒我寄样")
    await console.say("明天上午10点提醒我催视频")
    assert "已取消 #2" in await console.say("取消提醒 2")
    clock.advance(timedelta(hours=2))
    await loop.run_once()
    assert "已经发出" in await console.say("取消提醒 1")
    assert "没有找到编号 #9" in await console.say("取消提醒 9")


async def test_agenda_lists_overdue_and_today(console_with_loop: Setup, clock: FrozenClock) -> None:
    console, loop, _ = console_with_loop
    await console.say("1小时后提醒我寄样")
    await console.say("今晚8点提醒我看数据")
    clock.advance(timedelta(hours=1))
    await loop.run_once()
    agenda = await console.say("我的待办")
    assert "逾期" in agenda and "#1" in agenda and "今天稍后" in agenda and "#2" in agenda


async def test_send_window_setting_is_used(console: Console) -> None:
    assert "周一至周五 10:00–12:00" in await console.say("设置发送窗口 周一到周五 10-12点")
    await console.say("添加达人 @amy TikTok 美国 纽约")
    card = await console.say("给 @amy 安排外联")
    assert "周三 11/25 10:00 纽约 (UTC−5)" in card
    assert "没看懂" in await console.say("设置发送窗口 随便")
    assert "周二至周四 09:00–11:00" in await console.say("设置发送窗口：周二到周四 9-11点")


async def test_a_late_loop_does_not_ping_in_the_creators_night(
    console_with_loop: Setup, clock: FrozenClock
) -> None:
    console, loop, outbound = console_with_loop
    await console.say("添加达人 @amy TikTok 美国 纽约")
    await console.say("给 @amy 安排外联")
    await console.press("确认")
    clock.advance(timedelta(hours=20))  # the process was down: 23:00 in New York now
    await loop.run_once()
    assert not any("外联提醒" in p for p in outbound.printed), "not pinged in the creator's night"
    row = await Delivery.get(kind=DeliveryKind.OUTREACH)
    assert row.status == DeliveryStatus.PENDING and row.version == 2
    # Thursday is Thanksgiving and Friday is outside Tue–Thu: next Tuesday 09:00 in New York
    assert row.due_at == datetime(2026, 12, 1, 14, 0, tzinfo=UTC)


async def test_a_touch_the_bot_postpones_on_its_own_is_announced_in_the_chat(
    console_with_loop: Setup, clock: FrozenClock
) -> None:
    """Issue 16 item 16: touches postponed a week after downtime (12/8 → 12/15) with no word to the team."""
    console, loop, outbound = console_with_loop
    await console.say("设置发送窗口 周二 9-11点")
    await console.say("添加达人 @amy TikTok 美国 纽约")
    await console.say("给 @amy 安排外联")
    await console.press("确认")
    touch = await Delivery.get(kind=DeliveryKind.OUTREACH)
    clock.advance(touch.due_at - clock.now() + timedelta(hours=14))  # down all day: 23:00 there
    await loop.run_once()
    await loop.run_once()  # the notice is due at once
    notices = [p for p in outbound.printed if "自动调整" in p]
    assert len(notices) == 1, outbound.printed
    notice = notices[0]
    assert "@amy 的第1次外联 #1" in notice and "原定 周二 12/1 09:00 纽约 (UTC−5)" in notice
    assert "已自动顺延到 周二 12/8 09:00 纽约 (UTC−5)" in notice and "取消提醒 1" in notice
    assert not any("外联提醒" in p for p in outbound.printed), "the touch itself waits for its window"
    await loop.run_once()
    assert len([p for p in outbound.printed if "自动调整" in p]) == 1, "said once"
    assert "#2" not in await console.say("我的待办"), "a notice is nobody's to-do"


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
async def test_one_creator_with_an_unclear_day_does_not_sink_the_batch(
    db: str, clock: FrozenClock, lang: str
) -> None:
    """At 03:05 Beijing, "明天" on Jakarta's clock (02:05) may be today or tomorrow: that creator is asked
    about with both dates written out; Los Angeles and London are planned as asked."""
    from bot.settings import Settings
    from bot.wiring import build_dispatcher

    console = Console(build_dispatcher(Settings(), clock), user="小李", locale=lang)
    for add in (
        "添加达人 @amy TikTok 美国 加州",
        "添加达人 @bob YouTube 英国 伦敦",
        "添加达人 @sari TikTok 印尼 雅加达",
    ):
        assert "@" in await console.say(add)
    clock.advance(timedelta(hours=11, minutes=5))  # 19:05 UTC: 03:05 Beijing, 02:05 Jakarta
    card = await console.say("给 @amy @bob @sari 安排外联，达人当地时间明天上午10点")
    planned, _, asked = card.partition("@sari")
    assert "@amy" in planned and "@bob" in planned, card
    if lang == "zh_CN":
        assert "这个时间可能指 11月26日 周四 10:00" in asked and "11月27日 周五 10:00" in asked, card
    else:
        assert "may mean Thu 26 Nov 10:00" in asked and "Fri 27 Nov 10:00" in asked, card
    assert await Creator.filter(handle="sari").count() == 1
