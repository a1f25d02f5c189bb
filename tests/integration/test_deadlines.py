"""TikTok Shop deadlines through the console: scheduled on the stage change with the platform's exact days
(TikTok Shop Seller University; see workflows/deadlines.py), delivered by the engine, cancelled on posting
or exit, and findable as overdue.

Clock: 2026-11-25 08:00 UTC = Wednesday 16:00 in Beijing (the console team's zone)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.adapters.console import Console, ConsoleOutbound
from bot.jobs.inprocess import DeliveryLoop
from models.campaign import Collaboration
from models.enums import DeliveryKind, DeliveryStatus, SampleType
from models.schedule import Delivery
from models.tiktok_shop import Deadline, DeadlineKind, DeadlineStatus
from workflows import deadlines
from workflows.ports import FrozenClock

Setup = tuple[Console, DeliveryLoop, ConsoleOutbound]


async def _amy(console: Console) -> None:
    assert "已添加" in await console.say("添加达人 @amy TikTok 美国 加州")


async def _deadline(kind: DeadlineKind) -> Deadline:
    return await Deadline.get(kind=kind).prefetch_related("delivery")


async def test_free_sample_received_schedules_day_5_and_day_14(console: Console, clock: FrozenClock) -> None:
    await _amy(console)
    reply = await console.say("@amy 已签收")
    assert "已签收" in reply
    scheduled = (
        "已安排：第5天提醒发内容 周一 11/30 16:00 北京 (UTC+8) #1；内容截止 12月9日（第14天，免费样品） #2"
    )
    assert scheduled in reply, "each deadline reminder with the number that cancels it"
    reminder = await _deadline(DeadlineKind.CONTENT_REMINDER)
    due = await _deadline(DeadlineKind.CONTENT_DUE)
    assert reminder.due_on == date(2026, 11, 30) and due.due_on == date(2026, 12, 9)
    # day 5 is never earlier than 5 full days after delivery: received 16:00, so 16:00 (not 10:00)
    assert reminder.delivery is not None and reminder.delivery.due_at == datetime(2026, 11, 30, 8, tzinfo=UTC)
    assert reminder.delivery.due_at - clock.now() == timedelta(days=5)
    assert due.delivery is not None and due.delivery.due_at == datetime(
        2026, 12, 9, 2, tzinfo=UTC
    )  # 10:00 CST
    assert due.delivery.local_wall == "2026-12-09T10:00:00" and due.delivery.zone == "Asia/Shanghai"
    assert due.delivery.kind == DeliveryKind.REMINDER and "内容截止日" in due.delivery.text
    assert due.due_at == datetime(2026, 12, 9, 16, tzinfo=UTC), "overdue from the end of the day, team time"
    collab = await Collaboration.get()
    assert collab.sample_received_at == clock.now() and collab.content_due_on == date(2026, 12, 9)


async def test_refundable_sample_is_due_on_day_90(console: Console, clock: FrozenClock) -> None:
    await _amy(console)
    reply = await console.say("@amy 寄样（可退款样品）")
    assert "已寄样" in reply and "第90天内容截止（可退款样品）" in reply
    collab = await Collaboration.get()
    assert collab.sample_type == SampleType.REFUNDABLE and collab.sample_shipped_at == clock.now()
    assert await Deadline.all().count() == 0, "nothing counts until delivery"
    clock.advance(timedelta(days=3))
    reply = await console.say("@amy 已签收")
    assert "内容截止 2月26日（第90天，可退款样品）" in reply
    due = await _deadline(DeadlineKind.CONTENT_DUE)
    assert due.due_on == date(2026, 11, 28) + timedelta(days=90) == date(2027, 2, 26)


async def test_sample_type_can_be_set_before_delivery(console: Console) -> None:
    await _amy(console)
    assert "可退款样品（内容截止：签收后第90天）" in await console.say("@amy 样品类型 可退")
    assert "第90天" in await console.say("@amy 已签收")
    assert "免费样品（内容截止：签收后第14天）" in await console.say("@amy 样品类型 免费")


async def test_the_engine_delivers_the_day_5_reminder(console_with_loop: Setup, clock: FrozenClock) -> None:
    console, loop, outbound = console_with_loop
    await _amy(console)
    await console.say("@amy 已签收")
    clock.advance(timedelta(days=5) - timedelta(minutes=1))
    await loop.run_once()
    assert outbound.printed == []
    clock.advance(timedelta(minutes=1))
    await loop.run_once()
    assert len(outbound.printed) == 1
    assert (
        "第5天" in outbound.printed[0] and "@amy" in outbound.printed[0] and "12月9日" in outbound.printed[0]
    )
    row = await Delivery.get(source_text="deadline:content_reminder")
    assert row.status == DeliveryStatus.SENT


async def test_posting_cancels_the_pending_content_reminders(
    console_with_loop: Setup, clock: FrozenClock
) -> None:
    console, loop, outbound = console_with_loop
    await _amy(console)
    await console.say("@amy 已签收")
    clock.advance(timedelta(days=2))
    await console.say("@amy 已发布")
    assert await Delivery.filter(status=DeliveryStatus.PENDING).count() == 0
    assert await Delivery.filter(status=DeliveryStatus.CANCELLED).count() == 2
    assert (await _deadline(DeadlineKind.CONTENT_DUE)).status == DeadlineStatus.DONE
    assert (await _deadline(DeadlineKind.CONTENT_REMINDER)).status == DeadlineStatus.CANCELLED
    assert (await Collaboration.get()).content_posted_at == clock.now()
    clock.advance(timedelta(days=20))
    await loop.run_once()
    assert outbound.printed == [], "nothing fires after posting"


async def test_an_exit_cancels_them_too(console: Console) -> None:
    await _amy(console)
    await console.say("@amy 已签收")
    await console.say("@amy 婉拒")
    assert await Deadline.filter(status=DeadlineStatus.OPEN).count() == 0
    assert await Delivery.filter(status=DeadlineStatus.OPEN).count() == 0
    assert await Delivery.filter(status=DeliveryStatus.PENDING).count() == 0


async def test_sample_approval_within_7_days_and_overdue(console: Console, clock: FrozenClock) -> None:
    await _amy(console)
    assert "已安排：第7天寄样审批截止 12月2日" in await console.say("@amy 已确认")
    ws = (await Deadline.get()).workspace_id  # type: ignore[attr-defined]
    assert await deadlines.overdue(ws, clock.now()) == []
    late = datetime(2026, 12, 2, 16, tzinfo=UTC)  # 3 Dec 00:00 Beijing
    found = await deadlines.overdue(ws, late)
    assert [(o.kind, o.handle, o.due_on) for o in found] == [
        (DeadlineKind.SAMPLE_APPROVAL, "amy", date(2026, 12, 2))
    ]
    assert await deadlines.overdue(ws, late - timedelta(seconds=1)) == []
    await console.say("@amy 已寄样")  # shipped: the approval is met, its reminder goes
    approval = await _deadline(DeadlineKind.SAMPLE_APPROVAL)
    assert approval.status == DeadlineStatus.DONE
    assert approval.delivery is not None and approval.delivery.status == DeliveryStatus.CANCELLED
    assert await deadlines.overdue(ws, late) == []


async def test_content_due_shows_overdue_but_the_reminder_never_does(
    console: Console, clock: FrozenClock
) -> None:
    await _amy(console)
    await console.say("@amy 已签收")
    ws = (await Deadline.first()).workspace_id  # type: ignore[union-attr]
    day_6 = clock.now() + timedelta(days=6)
    assert await deadlines.overdue(ws, day_6) == [], "the day-5 reminder is a nudge, not a deadline"
    found = await deadlines.overdue(ws, datetime(2026, 12, 9, 16, tzinfo=UTC))
    assert [(o.kind, o.due_on) for o in found] == [(DeadlineKind.CONTENT_DUE, date(2026, 12, 9))]


async def test_other_platforms_get_dates_but_no_tiktok_deadlines(
    console: Console, clock: FrozenClock
) -> None:
    assert "已添加" in await console.say("添加达人 @bob YouTube 英国 伦敦")
    reply = await console.say("@bob 已签收")
    assert "已安排" not in reply
    assert await Deadline.all().count() == 0
    assert (await Collaboration.get()).sample_received_at == clock.now()


async def test_saying_it_twice_schedules_once_and_a_new_delivery_restarts(
    console: Console, clock: FrozenClock
) -> None:
    await _amy(console)
    await console.say("@amy 已签收")
    assert "已安排" not in await console.say("@amy 已签收")
    assert await Deadline.all().count() == 2
    await console.say("@amy 已寄样")  # a second sample goes out
    clock.advance(timedelta(days=2))
    assert "内容截止 12月11日" in await console.say("@amy 已签收")
    assert await Deadline.filter(status=DeadlineStatus.OPEN).count() == 2
    assert await Delivery.filter(status=DeliveryStatus.PENDING).count() == 2
    assert await Delivery.filter(status=DeliveryStatus.CANCELLED).count() == 2


async def test_cancelling_by_number_says_what_was_cancelled(console: Console, clock: FrozenClock) -> None:
    """Issue 16 item 14: "取消提醒 2" cancelled a deadline nobody saw a number for, and said "已取消 #2"."""
    await _amy(console)
    reply = await console.say("@amy 已签收")
    assert "#1" in reply and "#2" in reply and "取消提醒" in reply, "numbered where the user sees them"
    cancelled = await console.say("取消提醒 2")
    assert cancelled.startswith("已取消 #2：今天是 @amy 的内容截止日"), cancelled
    assert "原定 周三 12/9 10:00 北京 (UTC+8)" in cancelled and "截止日本身仍然记着" in cancelled
    assert (await _deadline(DeadlineKind.CONTENT_DUE)).status == "open", "the deadline itself stays"

    await console.say("明天下午3点提醒我跟进 @amy 报价")
    mine = await console.say("取消提醒 3")
    assert mine.startswith("已取消 #3：") and "@amy" in mine and "报价" in mine and "周四 11/26 15:00" in mine
    assert "截止日" not in mine
