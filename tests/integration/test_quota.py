"""TikTok Shop outreach limits (TikTok Shop Seller University; see workflows/quota.py): the weekly invite
quota (distinct creators, Sunday 00:00 team time) and the warning before a sixth unanswered message.
Clock: Wed 2026-11-25 16:00 Beijing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.adapters.console import Console, ConsoleOutbound
from bot.jobs.inprocess import DeliveryLoop
from models.creator import Creator
from models.enums import DeliveryKind, DeliveryStatus, OutreachStatus
from models.schedule import Delivery, Outreach
from models.tenancy import Chat
from workflows import quota
from workflows.ports import FrozenClock

Setup = tuple[Console, DeliveryLoop, ConsoleOutbound]
SUNDAY = datetime(2026, 11, 28, 16, tzinfo=UTC)  # Sunday 29 Nov 00:00 in Beijing


async def _london(console: Console, *handles: str) -> None:
    for handle in handles:
        assert "已添加" in await console.say(f"添加达人 @{handle} TikTok 英国 伦敦")


async def _sent_touches(handle: str, count: int, at: datetime) -> None:
    """Touches the bot already delivered to the owner (and the owner sent), as the engine leaves them."""
    creator = await Creator.get(handle=handle)
    chat = await Chat.first()
    assert chat is not None
    for i in range(count):
        moment = at + timedelta(hours=i)
        await Delivery.create(
            workspace_id=creator.workspace_id,  # type: ignore[attr-defined]
            chat_id=chat.id,
            kind=DeliveryKind.OUTREACH,
            status=DeliveryStatus.SENT,
            due_at=moment,
            sent_at=moment,
            local_wall=moment.replace(tzinfo=None).isoformat(timespec="seconds"),
            zone="Europe/London",
            creator_id=creator.id,
            step=i + 1,
            resolution="done",
        )


async def test_quota_is_set_and_shown(console: Console) -> None:
    assert "还没有设置每周邀约额度" in await console.say("本周额度")
    assert "每周邀约额度：200" in await console.say("每周邀约额度 200")
    assert "北京 (UTC+8)" in await console.say("weekly invite quota 200")
    reply = await console.say("本周额度")
    assert "11月22日 周日起" in reply and "已用 0/200，剩 200" in reply
    assert "1 到 1000000" in await console.say("每周邀约额度 0")


async def test_plan_past_the_quota_warns_and_needs_confirm_anyway(console: Console) -> None:
    await _london(console, "bob", "carl", "dora")
    await console.say("每周邀约额度 2")
    card = await console.say("给 @bob @carl @dora 安排外联，达人当地时间明早10点")
    assert "邀约额度（11/22 那周）：已用 0/2，本计划新增 3，剩 2" in card
    assert "超出每周邀约额度 1 位：@dora" in card
    assert "[仍然确认" in card and "[确认 " not in card
    assert "已安排 3 条外联提醒" in await console.press("仍然确认")
    assert "已用 3/2，剩 0" in await console.say("本周额度")


async def test_a_plain_confirm_is_refused_when_the_quota_filled_up_meanwhile(console: Console) -> None:
    await _london(console, "bob", "carl")
    await console.say("每周邀约额度 5")
    card = await console.say("给 @bob @carl 安排外联，达人当地时间明早10点")
    assert "剩 5" in card and "超出" not in card
    await console.say("每周邀约额度 1")  # a teammate lowers it before the press
    refused = await console.press("确认")
    assert "没有安排" in refused and "@carl" in refused
    assert await Delivery.all().count() == 0
    assert "已安排 2 条外联提醒" in await console.press("仍然确认")


async def test_the_week_resets_on_sunday_in_the_team_zone(console: Console, clock: FrozenClock) -> None:
    await _london(console, "bob", "carl")
    await console.say("每周邀约额度 10")
    await _sent_touches("bob", 2, clock.now() - timedelta(days=1))  # two messages, one creator
    await _sent_touches("carl", 1, clock.now())
    assert "已用 2/10，剩 8" in await console.say("本周额度"), "repeat messages to one creator count once"
    clock.advance(SUNDAY - timedelta(seconds=1) - clock.now())  # Saturday 23:59:59 in Beijing
    assert "已用 2/10" in await console.say("本周额度")
    clock.advance(timedelta(seconds=1))
    reply = await console.say("本周额度")
    assert "11月29日 周日起" in reply and "已用 0/10，剩 10" in reply


async def test_skipped_and_cancelled_touches_do_not_count(console: Console, clock: FrozenClock) -> None:
    await _london(console, "bob", "carl")
    await _sent_touches("bob", 1, clock.now())
    await Delivery.filter(creator__handle="bob").update(resolution="skipped")
    await _sent_touches("carl", 1, clock.now())
    await Delivery.filter(creator__handle="carl").update(status=DeliveryStatus.CANCELLED)
    ws = (await Creator.get(handle="bob")).workspace_id  # type: ignore[attr-defined]
    start = quota.week_start(clock.now(), "Asia/Shanghai")
    assert await quota.creators_touched(ws, start, quota.week_end(start)) == set()


async def test_sixth_unanswered_message_is_warned_with_the_count(
    console: Console, clock: FrozenClock
) -> None:
    await _london(console, "bob", "carl")
    await _sent_touches("bob", 5, clock.now() - timedelta(days=20))
    await _sent_touches("carl", 4, clock.now() - timedelta(days=20))
    card = await console.say("给 @bob @carl 安排外联，达人当地时间明早10点")
    assert "@bob 已连续发了5条未回复消息，再发第6条可能被平台限制" in card
    assert "@carl 已连续" not in card, "four is still fine"


async def test_a_reply_resets_the_count(console: Console, clock: FrozenClock) -> None:
    await _london(console, "bob")
    await _sent_touches("bob", 5, clock.now() - timedelta(days=20))
    await console.say("@bob 已回复")
    await _sent_touches("bob", 2, clock.now() + timedelta(minutes=1))
    bob = await Creator.get(handle="bob")
    assert await quota.unanswered(bob.workspace_id, [bob.id]) == {bob.id: 2}  # type: ignore[attr-defined]
    card = await console.say("给 @bob 安排外联，达人当地时间明早10点")
    assert "已连续" not in card


async def test_marking_the_fifth_sent_warns_and_schedules_no_sixth(
    console_with_loop: Setup, clock: FrozenClock
) -> None:
    console, loop, outbound = console_with_loop
    await _london(console, "bob")
    await _sent_touches("bob", 4, clock.now() - timedelta(days=20))
    await console.say("给 @bob 安排外联，达人当地时间明早10点")
    assert "已安排 1 条外联提醒" in await console.press("确认")
    clock.advance(timedelta(days=1, hours=2))
    await loop.run_once()
    assert len(outbound.printed) == 1
    toast = await console.press("已发送")
    assert "@bob 已连续发了5条未回复消息" in toast and "不再自动安排跟进" in toast
    assert await Delivery.filter(status=DeliveryStatus.PENDING).count() == 0
    sequence = await Outreach.get()
    assert (sequence.status, sequence.stop_reason) == (OutreachStatus.STOPPED, "unanswered:5")


async def test_only_tiktok_creators_use_the_tiktok_quota(console: Console, clock: FrozenClock) -> None:
    await _london(console, "bob")
    assert "已添加" in await console.say("添加达人 @ivy Instagram 英国 伦敦")
    await console.say("每周邀约额度 1")
    await _sent_touches("ivy", 1, clock.now())
    assert "已用 0/1" in await console.say("本周额度"), "an Instagram DM is not a TikTok invite"
    card = await console.say("给 @bob @ivy 安排外联，达人当地时间明早10点")
    assert "本计划新增 1，剩 1" in card and "超出" not in card
