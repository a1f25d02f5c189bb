"""The delivery promise — never lost, never twice — at the engine's edges (issue 16, items 1–3), on SQLite and
PostgreSQL with a frozen clock. The same promise with real worker processes, SIGKILL and a Redis flush is
tests/integration/test_worker_faults.py.

1. A send that waits longer than its job may run (a WeCom key's 20/min) goes out once and is marked sent,
   even though the job that started it was cancelled; a later sweep does not push it again.
2. A platform outage of minutes or hours delays a reminder, it does not drop it; past the retry horizon
   the chat is told, naming the reminder.
3. A dead worker's rows are retaken once its lease runs out (seconds), a live worker's lease is renewed.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest

from bot.adapters.console import Console, ConsoleOutbound
from bot.adapters.wecom.outbound import SEAL_PURPOSE, WEBHOOK_LIMITS, ChatWebhookKeys, WeComOutbound
from bot.core.ratelimit import LocalRateLimiter
from bot.jobs import worker
from bot.jobs.inprocess import DeliveryLoop
from bot.jobs.notifier import OutboundNotifier
from bot.settings import Settings
from bot.wiring import build_dispatcher
from handlers.due import DueCards
from models.enums import DeliveryKind, DeliveryStatus, Platform
from models.schedule import Delivery
from models.secrets import Sealer
from models.tenancy import Chat, Member, Workspace
from tests.simulators.wecom import WeComSimulator
from tests.waiting import eventually
from tests.wecom_callbacks import WeComCallbacks
from workflows import delivery
from workflows.delivery import DeliveryFailed, DueItem, Failure
from workflows.ports import FrozenClock

KEY = "5aaa693a-7f1e-4bc4-97a0-0ec2a1fa91f6"


class SlotIn:
    """A WeCom key's limiter whose next slot frees up `wait` seconds from now (20 posts already went)."""

    def __init__(self, wait: float) -> None:
        self._inner = LocalRateLimiter(WEBHOOK_LIMITS)
        self._wait = wait

    @asynccontextmanager
    async def acquire(self, **scope: str | None) -> AsyncIterator[None]:
        await asyncio.sleep(self._wait)
        async with self._inner.acquire(**scope):
            yield

    async def pause(self, seconds: float) -> None:
        await self._inner.pause(seconds)


class Recorder:
    """The arq `Scheduler` port, remembering what was queued."""

    def __init__(self) -> None:
        self.queued: list[tuple[int, int]] = []

    async def enqueue(self, delivery_id: int, version: int, due_at: Any) -> None:
        self.queued.append((delivery_id, version))


async def _wecom_reminder(clock: FrozenClock, text: str = "寄样给 @amy") -> Delivery:
    workspace = await Workspace.create(platform=Platform.WECOM, external_key="corp-1")
    sealed = Sealer(WeComCallbacks().aes_key).seal(KEY, SEAL_PURPOSE)
    chat = await Chat.create(workspace=workspace, platform_chat_id="wrgroup9", webhook_key=sealed)
    owner = await Member.create(
        workspace=workspace, platform_user_id="alice", display_name="Alice", name_key="alice"
    )
    wall = clock.now().replace(tzinfo=None).isoformat(timespec="seconds")
    return await Delivery.create(
        workspace=workspace,
        chat=chat,
        kind=DeliveryKind.REMINDER,
        due_at=clock.now(),
        local_wall=wall,
        zone="UTC",
        owner=owner,
        text=text,
    )


async def test_a_post_that_went_out_after_its_job_timed_out_is_marked_sent_and_never_pushed_again(
    db: str, clock: FrozenClock
) -> None:
    """Item 1: arq cancels a job past its timeout (`asyncio.wait_for`, as arq runs jobs) while the send waits
    for the key's next slot; the post still goes out. It must be recorded, and no sweep may push it again."""
    async with WeComSimulator() as sim:
        keys = ChatWebhookKeys(Sealer(WeComCallbacks().aes_key))
        outbound = WeComOutbound(sim.url, keys, limiter_for=lambda tag: SlotIn(0.6), coalesce_s=0.05)
        notifier = OutboundNotifier({Platform.WECOM: outbound}, render=DueCards())
        ctx: dict[str, Any] = {"notifier": notifier, "clock": clock, "scheduler": Recorder()}
        row = await _wecom_reminder(clock)
        try:
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(worker.deliver_job(ctx, row.id, row.version), 0.2)
            await eventually(lambda: len(sim.pushes) == 1)
            await asyncio.sleep(0.3)  # the post is back; whatever records it has had its moment
            clock.advance(timedelta(minutes=10))  # past any stale-claim window: a sweep now
            await worker.sweep_job(ctx)
            await asyncio.sleep(1.5)  # anything the sweep started has gone out by now
            assert len(sim.pushes) == 1, "pushed twice"
            assert (await Delivery.get(id=row.id)).status == DeliveryStatus.SENT
        finally:
            await outbound.close()


async def test_a_job_that_waits_long_for_a_slot_hands_its_send_over(
    db: str, clock: FrozenClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Item 1: a job never waits for a rate-limit slot until arq's timeout: past `JOB_WAIT` it returns and
    the send goes on in the worker, its lease held, and is recorded when the post is back."""
    monkeypatch.setattr(worker, "JOB_WAIT", timedelta(seconds=0.1))
    async with WeComSimulator() as sim:
        keys = ChatWebhookKeys(Sealer(WeComCallbacks().aes_key))
        outbound = WeComOutbound(sim.url, keys, limiter_for=lambda tag: SlotIn(0.6), coalesce_s=0.05)
        notifier = OutboundNotifier({Platform.WECOM: outbound}, render=DueCards())
        ctx: dict[str, Any] = {"notifier": notifier, "clock": clock, "scheduler": Recorder()}
        row = await _wecom_reminder(clock)
        try:
            assert await worker.deliver_job(ctx, row.id, row.version) == "handed over"
            assert (await Delivery.get(id=row.id)).status == DeliveryStatus.SENDING
            assert row.id in delivery.LEASES.ids(), "held, so the heartbeat renews it"
            async with asyncio.timeout(5):
                while (await Delivery.get(id=row.id)).status != DeliveryStatus.SENT:  # noqa: ASYNC110
                    await asyncio.sleep(0.05)
            assert len(sim.pushes) == 1 and row.id not in delivery.LEASES.ids()
        finally:
            await outbound.close()


@dataclass
class Outage:
    """A notifier in front of the real one that fails (transiently, like HTTP 500) while `down`."""

    inner: OutboundNotifier
    down: bool = False
    calls: int = 0

    async def deliver(self, item: DueItem, idempotency_key: str) -> str:
        self.calls += 1
        if self.down:
            raise DeliveryFailed("feishu: HTTP 500", transient=True)
        return await self.inner.deliver(item, idempotency_key)

    async def tell_failed(self, item: DueItem, failure: Failure, idempotency_key: str) -> str:
        if self.down:
            raise DeliveryFailed("feishu: HTTP 500", transient=True)
        return await self.inner.tell_failed(item, failure, idempotency_key)


@dataclass
class Wired:
    console: Console
    loop: DeliveryLoop
    outbound: ConsoleOutbound
    outage: Outage


@pytest.fixture
def wired(db: str, clock: FrozenClock) -> Wired:
    inner = OutboundNotifier(render=DueCards())
    outage = Outage(inner)
    loop = DeliveryLoop(outage, clock)
    console = Console(build_dispatcher(Settings(), clock, scheduler=loop), user="小李", locale="zh_CN")
    outbound = ConsoleOutbound(console, io.StringIO())
    inner.register(Platform.CONSOLE, outbound)
    return Wired(console, loop, outbound, outage)


async def _through_outage(w: Wired, clock: FrozenClock, length: timedelta) -> None:
    """The platform is down for `length` from now; the loop runs whenever the row is due again."""
    w.outage.down = True
    end = clock.now() + length
    while clock.now() < end:
        row = await Delivery.get()
        if row.status != DeliveryStatus.PENDING:
            return
        clock.advance(max(row.due_at - clock.now(), timedelta(seconds=1)))
        await w.loop.run_once()
    w.outage.down = False


@pytest.mark.parametrize("minutes", [4.5, 180])
async def test_an_outage_of_minutes_or_hours_delays_the_reminder_and_never_drops_it(
    wired: Wired, clock: FrozenClock, minutes: float
) -> None:
    """Item 2: 8 attempts with 2^n backoff gave up at +254 s; now a 4½-minute or 3-hour outage only delays."""
    await wired.console.say("两小时后提醒我寄样")
    clock.advance(timedelta(hours=2))
    await _through_outage(wired, clock, timedelta(minutes=minutes))
    row = await Delivery.get()
    assert row.status == DeliveryStatus.PENDING, f"given up during a {minutes}-minute outage"
    assert row.due_at - clock.now() <= timedelta(minutes=5), "the backoff is capped"
    clock.advance(row.due_at - clock.now())
    await wired.loop.run_once()
    assert (await Delivery.get()).status == DeliveryStatus.SENT
    assert len([p for p in wired.outbound.printed if "寄样" in p]) == 1


async def test_past_the_retry_horizon_the_chat_is_told_which_reminder_failed(
    wired: Wired, clock: FrozenClock
) -> None:
    """Item 2: an outage longer than the horizon fails the reminder; once the platform answers again the chat
    gets one message naming it (number and text), and never a second."""
    await wired.console.say("两小时后提醒我寄样")
    clock.advance(timedelta(hours=2))
    await _through_outage(wired, clock, delivery.RETRY_HORIZON + timedelta(hours=1))
    row = await Delivery.get()
    assert row.status == DeliveryStatus.FAILED and wired.outbound.printed == []
    wired.outage.down = False
    clock.advance(timedelta(minutes=10))
    await wired.loop.run_once()
    await wired.loop.run_once()
    (told,) = wired.outbound.printed
    assert "#1" in told and "寄样" in told and "没能发出" in told
    assert (await Delivery.get()).status == DeliveryStatus.FAILED, "the reminder itself is not sent late"


async def test_a_refused_reminder_is_told_at_once(wired: Wired, clock: FrozenClock) -> None:
    """A permanent refusal (content rejected) is not retried: the chat is told right away."""

    async def refuse(item: DueItem, idempotency_key: str) -> str:
        raise DeliveryFailed("feishu 230025: message content is too long", transient=False)

    await wired.console.say("两小时后提醒我对账")
    clock.advance(timedelta(hours=2))
    wired.outage.deliver = refuse  # type: ignore[method-assign]
    await wired.loop.run_once()
    assert (await Delivery.get()).status == DeliveryStatus.FAILED
    (told,) = wired.outbound.printed
    assert "对账" in told and "too long" in told


async def test_a_dead_workers_claim_is_retaken_within_seconds(wired: Wired, clock: FrozenClock) -> None:
    """Item 3: a worker claimed a row and died; another takes it over once the lease (seconds, not the old
    5 minutes) has run out, and sends it with the same key."""
    await wired.console.say("两小时后提醒我寄样")
    clock.advance(timedelta(hours=2))
    row = await Delivery.get()
    assert await delivery.claim(row.id, row.version, clock.now())  # … and that worker is SIGKILLed
    await wired.loop.run_once()
    assert (await Delivery.get()).status == DeliveryStatus.SENDING, "a fresh lease is left alone"
    clock.advance(timedelta(seconds=20))
    await wired.loop.run_once()
    assert (await Delivery.get()).status == DeliveryStatus.SENT
    assert len(wired.outbound.printed) == 1


async def test_a_live_worker_renews_its_lease_while_it_waits(wired: Wired, clock: FrozenClock) -> None:
    """Item 3: a send may wait minutes for a rate-limit slot; the heartbeat keeps its lease current, so no
    other worker takes the row meanwhile."""
    await wired.console.say("两小时后提醒我寄样")
    clock.advance(timedelta(hours=2))
    row = await Delivery.get()
    assert await delivery.claim(row.id, row.version, clock.now())
    delivery.LEASES.hold(row.id, (await Delivery.get()).attempts)
    try:
        for _ in range(40):  # ten minutes of heartbeats
            clock.advance(delivery.HEARTBEAT)
            await delivery.LEASES.renew(clock.now())
        assert (await Delivery.get()).claimed_at == clock.now()
    finally:
        delivery.LEASES.drop(row.id)  # from here on, the view of another worker
    assert await delivery.take_expired(clock.now() + timedelta(seconds=5)) == []
    later = clock.now() + delivery.LEASE + timedelta(seconds=1)
    assert await delivery.take_expired(later) == [(row.id, row.version)]
    delivery.LEASES.drop(row.id)  # retaken rows are held until sent; this test sends nothing


async def test_rows_the_sweep_sends_are_leased_from_now(wired: Wired, clock: FrozenClock) -> None:
    """Item 3 (found by bench/delivery.py --fault flush): the sweep claims rows due 30 s ago or earlier; their
    lease must start now — dated at the cutoff, another worker retook them at once and both sent them."""
    await wired.console.say("两小时后提醒我寄样")
    clock.advance(timedelta(hours=2, minutes=1))
    sender = delivery.Sender(wired.outage, clock)
    wired.outage.down = True  # the send fails after the claim: the row is looked at while sending
    claimed_at = []

    async def look(item: DueItem, idempotency_key: str) -> str:
        claimed_at.append((await Delivery.get()).claimed_at)
        assert await delivery.take_expired(clock.now()) == [], "retaken from under its sender"
        raise DeliveryFailed("feishu: HTTP 500", transient=True)

    wired.outage.deliver = look  # type: ignore[method-assign]
    (task,) = await sender.take_due(clock.now(), late_by=timedelta(seconds=30))
    assert (await task).outcome == delivery.Outcome.RETRY
    assert claimed_at == [clock.now()]
