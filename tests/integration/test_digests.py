"""Digests end to end in the console with the in-process delivery loop and a frozen clock: set up, listed,
posted at the wall time with real figures, chained to the next run exactly once, stopped — on SQLite
and PostgreSQL."""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, datetime, timedelta

from tortoise.transactions import in_transaction

from bot.adapters.console import Console, ConsoleOutbound
from bot.jobs.inprocess import DeliveryLoop
from bot.jobs.notifier import OutboundNotifier
from bot.settings import Settings
from bot.wiring import build_dispatcher
from handlers.due import DueCards
from models.digest import Digest
from models.enums import DeliveryKind, DeliveryStatus, Platform
from models.schedule import Delivery
from models.tenancy import Chat
from workflows import delivery, digest_schedule
from workflows.delivery import DueItem
from workflows.ports import FrozenClock

MONDAY_9_BEIJING = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)


async def _digest_rows() -> list[Delivery]:
    return list(await Delivery.filter(kind=DeliveryKind.DIGEST).order_by("id"))


async def test_weekly_digest_set_listed_posted_chained_and_stopped(
    console_with_loop: tuple[Console, DeliveryLoop, ConsoleOutbound], clock: FrozenClock
) -> None:
    console, loop, outbound = console_with_loop
    card = await console.say("每周一上午9点把周报发到这个群")
    assert "【✅ 已设置周报：每周一 09:00】" in card
    assert "下次  周一 11/30 09:00 北京 (UTC+8)" in card and "取消周报" in card
    assert "#1 周报 · 每周一 09:00 · 下次 周一 11/30 09:00 北京 (UTC+8)" in await console.say("我的周报")

    await console.say("添加达人 @amy TikTok 美国加州")
    await console.say("添加达人 @bob YouTube 英国 伦敦")
    await console.say("把 @amy 移到已回复")
    await console.say("明天上午10点提醒我寄样")  # sent at 10:00 and never marked done: overdue by Monday

    clock.advance(MONDAY_9_BEIJING - clock.now() - timedelta(minutes=1))
    await loop.run_once()
    assert not any("周报" in p for p in outbound.printed), "one minute early: not yet"
    clock.advance(timedelta(minutes=1))
    await loop.run_once()
    digests = [p for p in outbound.printed if "📊 周报" in p]
    assert len(digests) == 1
    posted = digests[0]
    assert "【📊 周报（11/23 09:00 – 11/30 09:00）】" in posted
    assert (
        "达人总数     2（本期新增 2）" in posted
        and "待建联      1 ↑1" in posted
        and "已回复      1 ↑1" in posted
    )
    assert "待建联→已邀约 50%（1/2" in posted, "the full summary: conversion"
    assert "#2 寄样（小李，11/26到期）" in posted, "the overdue reminder"
    assert "漏斗图" in posted, "and its chart"
    assert "@" not in posted.replace("@amy", ""), "a digest pings nobody"

    first, second = await _digest_rows()
    assert first.status == DeliveryStatus.SENT and second.status == DeliveryStatus.PENDING
    assert (
        second.due_at == MONDAY_9_BEIJING + timedelta(days=7) and second.local_wall == "2026-12-07T09:00:00"
    )
    digest = await Digest.get()
    assert digest.delivery_id == second.id and digest.runs == 1  # type: ignore[attr-defined]

    notifier = OutboundNotifier({}, render=DueCards())
    again = await delivery.deliver(first.id, first.version, notifier, clock)
    assert again.outcome == delivery.Outcome.NOT_CLAIMED, "a duplicate job for the sent run is a no-op"
    await loop.run_once()
    assert len(await _digest_rows()) == 2, "nothing scheduled twice"

    clock.advance(timedelta(days=7))
    await loop.run_once()
    assert len([p for p in outbound.printed if "📊 周报" in p]) == 2
    assert "11/30 09:00 – 12/7 09:00" in outbound.printed[-1]
    assert [r.status for r in await _digest_rows()] == [DeliveryStatus.SENT] * 2 + [DeliveryStatus.PENDING]

    assert await console.say("取消周报") == "已停止这个群的周报，待发的一期已取消。"
    assert [r.status for r in await _digest_rows()][-1] == DeliveryStatus.CANCELLED
    assert not (await Digest.get()).active
    assert "还没有定时汇总" in await console.say("我的周报")
    assert await console.say("取消周报") == "这个群没有在运行的周报。"
    clock.advance(timedelta(days=7))
    await loop.run_once()
    assert len([p for p in outbound.printed if "📊 周报" in p]) == 2, "stopped: no more runs"


class BothSending:
    """A notifier that lets two senders of one row through together (asyncio.Barrier)."""

    def __init__(self, inner: OutboundNotifier) -> None:
        self.inner, self.calls, self.barrier = inner, 0, asyncio.Barrier(2)

    async def deliver(self, item: DueItem, idempotency_key: str) -> str:
        self.calls += 1
        await self.barrier.wait()
        return await self.inner.deliver(item, idempotency_key)


def _wired(clock: FrozenClock) -> tuple[Console, DeliveryLoop, ConsoleOutbound, OutboundNotifier]:
    notifier = OutboundNotifier(render=DueCards())
    loop = DeliveryLoop(notifier, clock)
    console = Console(build_dispatcher(Settings(), clock, scheduler=loop), user="小李", locale="zh_CN")
    outbound = ConsoleOutbound(console, io.StringIO())
    notifier.register(Platform.CONSOLE, outbound)
    return console, loop, outbound, notifier


async def test_a_retried_run_chains_once(db: str, clock: FrozenClock) -> None:
    """A worker died after claiming (row left `sending`); the sweep releases it and the resend — same
    idempotency key — marks it sent and schedules the next run once. Two senders racing on one claimed
    row post once (same key) and chain once."""
    console, loop, outbound, notifier = _wired(clock)
    await console.say("每天早上9点发日报")
    clock.advance(timedelta(days=1))
    (row,) = await _digest_rows()
    assert await delivery.claim(row.id, row.version, clock.now())  # …and the worker dies here
    await loop.run_once()
    assert [r.status for r in await _digest_rows()] == [DeliveryStatus.SENDING], "claimed: left alone"
    clock.advance(delivery.STALE_CLAIM + timedelta(seconds=1))
    await loop.run_once()  # releases the stale claim, claims again and sends with the same key
    rows = await _digest_rows()
    assert [r.status for r in rows] == [DeliveryStatus.SENT, DeliveryStatus.PENDING]

    clock.advance(timedelta(days=1))
    nxt = rows[1]
    assert await delivery.claim(nxt.id, nxt.version, clock.now())
    both = BothSending(notifier)  # each sender has read the row as `sending` and posted before either marks
    results = await asyncio.gather(
        delivery.send_claimed(nxt.id, nxt.version, both, clock),
        delivery.send_claimed(nxt.id, nxt.version, both, clock),
    )
    assert [r.outcome for r in results] == [delivery.Outcome.SENT] * 2 and both.calls == 2
    rows = await _digest_rows()
    assert [r.status for r in rows] == [DeliveryStatus.SENT, DeliveryStatus.SENT, DeliveryStatus.PENDING]
    assert len([p for p in outbound.printed if "📊 日报" in p]) == 2, "the same key: posted once per run"
    assert (await Digest.get()).runs == 2
    async with in_transaction() as conn:  # chaining the same run again (any caller) is a no-op
        assert await digest_schedule.chain(conn, rows[1], clock.now()) is None
    assert len(await _digest_rows()) == 3


async def test_stopped_while_sending_is_not_chained(db: str, clock: FrozenClock) -> None:
    console, _, _, notifier = _wired(clock)
    await console.say("每月1号发月报")
    (row,) = await _digest_rows()
    clock.advance(row.due_at - clock.now())
    assert await delivery.claim(row.id, row.version, clock.now())
    assert "已停止" in await console.say("取消月报")
    await delivery.send_claimed(row.id, row.version, notifier, clock)
    assert [r.status for r in await _digest_rows()] == [DeliveryStatus.SENT], "sent, and no next run"


async def test_digest_replies_in_both_languages_and_zones(db: str, clock: FrozenClock) -> None:
    console, _, _, _ = _wired(clock)
    assert await console.say("每天3点发日报") == "我没看懂这个时间：可以试试“每周一上午9点”"
    card = await console.say("每月31号上午10点发月报")
    assert "每月31号 10:00" in card and "当月最后一天" in card and "周一 11/30 10:00 北京 (UTC+8)" in card
    card = await console.say("每月1号发月报")
    assert "没写时间，按 09:00 发" in card and "替换了这个群原来的月报" in card
    assert await Digest.filter(active=True).count() == 1

    await Chat.filter(platform_chat_id="console").update(timezone="America/Los_Angeles")
    card = await console.say("每周一上午9点把周报发到这个群")
    assert "周一 11/30 09:00 洛杉矶 (UTC−8) = 周二 12/1 01:00 北京 (UTC+8)" in card, "both clocks"

    en = Console(build_dispatcher(Settings(), clock), user="小李", locale="en")
    assert await en.say("send the weekly digest here every Monday 25:00") == (
        'I couldn\'t read that time: try "every Monday 9am"'
    )
    card = await en.say("send the weekly digest here every Friday 5pm")
    assert "weekly digest set: every Fri at 17:00" in card and "Fri 11/27 17:00 Los Angeles (UTC−8)" in card
    listing = await en.say("digests")
    assert "monthly digest" in listing and "weekly digest · every Fri at 17:00" in listing
    assert await en.say("stop the digests") == "Stopped this chat's digests; the pending run is cancelled."
    assert await Digest.filter(active=True).count() == 0
