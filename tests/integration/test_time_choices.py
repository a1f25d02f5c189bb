"""Issue 17 item 5: times that offer choices, dates as people write them, exact relative times.

"明天下午3点" typed at 03:05 Beijing may mean later today or the day after: the bot offers both readings
as buttons with both dates written out, and pressing one sets the reminder for it (once).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.adapters.console import Console
from bot.settings import Settings
from models.enums import DeliveryStatus
from models.schedule import Delivery
from tests.conftest import build_dispatcher
from workflows.ports import FrozenClock

SMALL_HOURS = datetime(2026, 12, 5, 19, 5, tzinfo=UTC)  # Sunday 6 Dec 03:05 in Beijing
FRIDAY_NIGHT = datetime(2026, 12, 11, 15, 0, tzinfo=UTC)  # Friday 11 Dec 23:00 in Beijing


def _set(clock: FrozenClock, at: datetime) -> None:
    clock.advance(at - clock.now())


def _english(clock: FrozenClock) -> Console:
    return Console(build_dispatcher(Settings(), clock=clock), user="Lisa", locale="en")


async def test_tomorrow_in_the_small_hours_offers_both_days(console: Console, clock: FrozenClock) -> None:
    assert "已添加" in await console.say("添加达人 @amy TikTok 美国 加州")
    _set(clock, SMALL_HOURS)
    card = await console.say("明天下午3点提醒我给 @amy 寄样")
    assert "指哪一天" in card
    assert "[12月6日 周日 15:00" in card and "[12月7日 周一 15:00" in card
    assert await Delivery.all().count() == 0, "nothing is set before the choice"
    done = await console.press("12月7日 周一 15:00")
    assert "已设置提醒 #1" in done
    row = await Delivery.get(id=1)
    assert row.due_at == datetime(2026, 12, 7, 7, 0, tzinfo=UTC) and row.status == DeliveryStatus.PENDING
    assert "寄样" in row.text and row.creator_id is not None
    await console.press("12月7日 周一 15:00")  # pressed again: still one reminder
    assert await Delivery.all().count() == 1


async def test_english_small_hours_and_a_truly_unclear_time(db: str, clock: FrozenClock) -> None:
    _set(clock, SMALL_HOURS)
    console = _english(clock)
    card = await console.say("remind me tomorrow at 3pm to ship the samples")
    assert "Which day" in card and "[Sun 6 Dec 15:00" in card and "[Mon 7 Dec 15:00" in card
    assert "Reminder #1 set" in await console.press("Sun 6 Dec 15:00")
    assert (await Delivery.get(id=1)).due_at == datetime(2026, 12, 6, 7, 0, tzinfo=UTC)
    unclear = await console.say("remind me tomorrow at 3 to call amy")  # 3 am or pm: still a question
    assert "Which day" not in unclear and await Delivery.all().count() == 1


async def test_a_weekday_said_on_that_day(console: Console, clock: FrozenClock) -> None:
    _set(clock, FRIDAY_NIGHT - timedelta(hours=10))  # Friday 13:00
    card = await console.say("周五下午4点提醒我对账")
    assert "[12月11日 周五 16:00" in card and "[12月18日 周五 16:00" in card
    _set(clock, FRIDAY_NIGHT)  # 23:00: today's 16:00 has passed, only next Friday is offered
    late = await console.say("周五下午4点提醒我对账")
    assert "12月18日 周五 16:00" in late and "今天的这个时间已经过去" in late


async def test_a_time_in_the_past_is_written_as_people_write_dates(db: str, clock: FrozenClock) -> None:
    _set(clock, datetime(2026, 12, 11, 4, 0, tzinfo=UTC))  # Friday 12:00 Beijing
    zh = Console(build_dispatcher(Settings(), clock=clock), user="Lisa", locale="zh_CN")
    reply = await zh.say("今天上午9点提醒我跟进")
    assert "12月11日 周五 09:00 北京" in reply and "Asia/Shanghai" not in reply and "2026-" not in reply
    en = await _english(clock).say("remind me today at 9am to follow up")
    assert "Fri 11 Dec 09:00 Beijing" in en and "Asia/Shanghai" not in en


async def test_one_minute_later_is_sixty_seconds(console: Console, clock: FrozenClock) -> None:
    _set(clock, datetime(2026, 12, 11, 4, 0, 47, tzinfo=UTC))
    await console.say("1分钟后提醒我喝水")
    await console.say("1小时30分钟后提醒我催视频")
    rows = await Delivery.all().order_by("id")
    assert rows[0].due_at == datetime(2026, 12, 11, 4, 1, 47, tzinfo=UTC)
    assert rows[1].due_at == datetime(2026, 12, 11, 5, 30, 47, tzinfo=UTC)


async def test_compound_durations_in_english(db: str, clock: FrozenClock) -> None:
    _set(clock, datetime(2026, 12, 11, 4, 0, tzinfo=UTC))
    console = _english(clock)
    await console.say("remind me in an hour and a half to check the live")
    await console.say("remind me in 1h30m to ping amy")
    await console.say("remind me in 2 days and 3 hours to pay the invoice")
    due = [r.due_at for r in await Delivery.all().order_by("id")]
    assert due == [
        datetime(2026, 12, 11, 5, 30, tzinfo=UTC),
        datetime(2026, 12, 11, 5, 30, tzinfo=UTC),
        datetime(2026, 12, 13, 7, 0, tzinfo=UTC),
    ]


async def test_move_a_reminder_and_undo_the_move(console: Console, clock: FrozenClock) -> None:
    _set(clock, datetime(2026, 12, 9, 2, 0, tzinfo=UTC))  # Wednesday 10:00 Beijing
    assert "已设置提醒 #1" in await console.say("明天下午3点提醒我对账")
    moved = await console.say("改一下提醒 1 到周六上午10点")
    assert "提醒 #1 已改时间" in moved and "12月12日 周六 10:00 北京" in moved
    assert "12月10日 周四 15:00 北京" in moved, "the old time is said too"
    row = await Delivery.get(id=1)
    assert row.due_at == datetime(2026, 12, 12, 2, 0, tzinfo=UTC) and row.version == 2
    assert "已改时间" in await console.say("把1号提醒改到明天下午")  # a second move
    assert (await Delivery.get(id=1)).due_at == datetime(2026, 12, 10, 7, 0, tzinfo=UTC)
    undone = await console.say("撤销")
    assert "提醒 #1 改回 12月12日 周六 10:00 北京" in undone
    assert (await Delivery.get(id=1)).due_at == datetime(2026, 12, 12, 2, 0, tzinfo=UTC)
    assert "提醒 #1 改回 12月10日 周四 15:00 北京" in await console.say("撤销")
    assert "要改到什么时间" in await console.say("改一下提醒 1 的时间")
    assert "#99" in await console.say("提醒 99 改到明天上午10点")


async def test_move_a_reminder_in_english(db: str, clock: FrozenClock) -> None:
    _set(clock, datetime(2026, 12, 9, 2, 0, tzinfo=UTC))
    console = _english(clock)
    assert "Reminder #1 set" in await console.say("remind me tomorrow at 3pm to reconcile")
    moved = await console.say("reminder 1 → Saturday 10am")
    assert "Reminder #1 moved" in moved and "Sat 12 Dec 10:00 Beijing" in moved
    assert "Thu 10 Dec 15:00 Beijing" in moved
    assert "reminder #1 back to Thu 10 Dec 15:00 Beijing" in await console.say("undo")
