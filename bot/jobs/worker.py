"""`creatorbot worker`: the arq worker that delivers due rows (production mode, REDIS_URL set).

arq is transport only: the row is the truth. Each scheduled row is one deferred job `deliver:{id}:v{version}`;
the job claims the row atomically, so duplicate jobs, retries and a second worker are harmless. The send
runs in a task of its own (`workflows.delivery.Sender`): a job that waits longer than `JOB_WAIT` (a WeCom
key's 20/min) hands its send over to the process and returns, and a job arq cancels never leaves a post
that went out unrecorded.

Every `HEARTBEAT` (3 s) each worker renews the leases of the rows it holds, retakes rows whose lease ran
out (their worker died: recovered in ~20 s, not minutes) and checks a marker key in Redis — gone means
Redis was flushed or replaced, so the rows due soon are queued again at once. A sweep every 30 s (arq
cron, unique across workers) hands rows due soon to the queue again, delivers overdue rows itself, claimed
with `FOR UPDATE SKIP LOCKED` so sweeping workers never collide, and tells chats about deliveries that
failed for good.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from arq import Retry, cron
from arq.connections import ArqRedis, RedisSettings
from arq.cron import CronJob
from arq.worker import Function, Worker, func

from models.schedule import Delivery
from workflows import delivery, outreach
from workflows.delivery import Outcome, Result, Sender
from workflows.ports import Clock

log = logging.getLogger(__name__)

QUEUE = "creatorbot:queue"
ORDERS_TIMEOUT_S = 1800  # a first sync of a big shop reads 90 days of orders
SWEEP_HORIZON = timedelta(minutes=2)  # rows due this soon are (re)queued by each sweep
SWEEP_LIMIT = 500  # sends one worker takes on from the table at a time
MAX_TRIES = 1000  # arq's cap on a job's retries; the row's retry horizon is what gives up
JOB_WAIT = timedelta(seconds=60)  # a job waits this long for its send, then leaves it to the process
JOB_TIMEOUT_S = 120  # arq's limit, never reached by a delivery job (JOB_WAIT is shorter)
DRAIN_GRACE_S = 10.0  # on shutdown, sends in flight get this long to finish and be recorded
ALIVE_KEY = "creatorbot:delivery:alive"  # missing = the queue in Redis was lost: queue again now


@dataclass(frozen=True, slots=True)
class SweepPolicy:
    every: timedelta = timedelta(seconds=30)
    stale_after: timedelta = delivery.LEASE  # a lease not renewed this long belongs to a dead worker
    overdue_after: timedelta = timedelta(seconds=30)  # this late = missed by the queue: sweep sends it
    heartbeat: timedelta = delivery.HEARTBEAT  # leases renewed, dead workers' rows retaken, Redis checked


def job_id(delivery_id: int, version: int) -> str:
    return f"deliver:{delivery_id}:v{version}"


class ArqScheduler:
    """The `Scheduler` port over arq: one deferred job per (row, version)."""

    def __init__(self, pool: ArqRedis, queue: str = QUEUE) -> None:
        self._pool = pool
        self._queue = queue

    async def enqueue(self, delivery_id: int, version: int, due_at: datetime) -> None:
        defer = due_at if due_at > datetime.now(UTC) else None
        await self._pool.enqueue_job(
            "deliver",
            delivery_id,
            version,
            _job_id=job_id(delivery_id, version),
            _queue_name=self._queue,
            _defer_until=defer,
        )


def _sender(ctx: Mapping[str, Any]) -> Sender:
    sender = ctx.get("sender")
    if isinstance(sender, Sender):
        return sender
    return Sender(ctx["notifier"], ctx["clock"], outreach.recheck)  # a ctx built without start-up (tests)


async def deliver_job(ctx: Mapping[str, Any], delivery_id: int, version: int) -> str:
    """The job body: claim, then re-check, send and record in the sender's task. Transient failures come
    back with arq's Retry; a send still waiting after `JOB_WAIT` finishes without the job."""
    sender = _sender(ctx)
    if not await delivery.claim(delivery_id, version, sender.clock.now()):
        return Outcome.NOT_CLAIMED.value
    task = sender.start(delivery_id, version, gated=False)
    try:
        result = await asyncio.wait_for(asyncio.shield(task), JOB_WAIT.total_seconds())
    except TimeoutError:
        follow = asyncio.get_running_loop().create_task(_follow_up(ctx, task, delivery_id))
        _FOLLOWING.add(follow)
        follow.add_done_callback(_FOLLOWING.discard)
        return "handed over"  # its lease is renewed here until it is recorded
    await _next_step(ctx, result, delivery_id, retry=True)
    return result.outcome.value


_FOLLOWING: set[asyncio.Task[None]] = set()


async def _follow_up(ctx: Mapping[str, Any], task: asyncio.Task[Result], delivery_id: int) -> None:
    """A handed-over send finished after its job: queue what comes next (the job that would is gone)."""
    with contextlib.suppress(Exception, asyncio.CancelledError):
        await _next_step(ctx, await task, delivery_id, retry=False)


async def _next_step(ctx: Mapping[str, Any], result: Result, delivery_id: int, *, retry: bool) -> None:
    if result.outcome == Outcome.RETRY and retry:
        raise Retry(defer=timedelta(seconds=result.retry_after))
    if result.outcome in (Outcome.RETRY, Outcome.DEFERRED):
        row = await Delivery.get(id=delivery_id)
        await ctx["scheduler"].enqueue(row.id, row.version, row.due_at)


async def sweep_job(ctx: Mapping[str, Any]) -> dict[str, int]:
    clock: Clock = ctx["clock"]
    policy: SweepPolicy = ctx.get("sweep", SweepPolicy())
    sender = _sender(ctx)
    now = clock.now()
    queued = 0
    for delivery_id, version, due_at in await delivery.due_soon(now, SWEEP_HORIZON):
        if due_at > now - policy.overdue_after:
            await ctx["scheduler"].enqueue(delivery_id, version, due_at)
            queued += 1
    started = await sender.take_due(
        now, late_by=policy.overdue_after, limit=SWEEP_LIMIT, lease=policy.stale_after
    )  # sent in the background: the sweep is never held up by a rate limit
    told = await delivery.tell_due(sender.notifier, clock)
    if started or told:
        log.warning(
            "sweep: sending %s overdue or orphaned rows; told %s chats of failures", len(started), told
        )
    done = {"queued": queued, "started": len(started), "told": told}
    housekeep = getattr(ctx["notifier"], "housekeep", None)  # TikTok Shop: tokens, polled replies
    if callable(housekeep):
        try:
            done |= await housekeep()
        except Exception:
            log.exception("sweep: TikTok Shop housekeeping failed; next sweep tries again")
    done |= await _tiktok_samples(ctx)
    return done


async def _tiktok_samples(ctx: Mapping[str, Any]) -> dict[str, int]:
    """TikTok Shop sample applications: new ones become cards, shipped / delivered ones move creators."""
    from bot.jobs import tiktok_samples

    try:
        return await tiktok_samples.sweep(ctx["notifier"])
    except Exception:
        log.exception("sweep: reading TikTok Shop sample applications failed; next sweep tries again")
        return {}


async def beat(ctx: Mapping[str, Any]) -> dict[str, int]:
    """One heartbeat: renew this worker's leases, retake rows whose worker died, and queue the rows due soon
    again when the queue in Redis was lost."""
    clock: Clock = ctx["clock"]
    policy: SweepPolicy = ctx.get("sweep", SweepPolicy())
    sender = _sender(ctx)
    now = clock.now()
    renewed = await delivery.LEASES.renew(now)
    room = max(SWEEP_LIMIT - sender.busy, 0)
    retaken = await delivery.take_expired(now, policy.stale_after, room) if room else []
    for delivery_id, version in retaken:
        sender.start(delivery_id, version)
    requeued = 0
    redis = ctx.get("redis")
    if redis is not None and not await redis.exists(ALIVE_KEY):
        await redis.set(ALIVE_KEY, "1")
        for delivery_id, version, due_at in await delivery.due_soon(now, SWEEP_HORIZON):
            await ctx["scheduler"].enqueue(delivery_id, version, due_at)
            requeued += 1
        if requeued:
            log.warning("the queue in Redis was lost (flushed or replaced): queued %s rows again", requeued)
    return {"renewed": renewed, "retaken": len(retaken), "requeued": requeued}


async def _keep(ctx: Mapping[str, Any]) -> None:
    policy: SweepPolicy = ctx.get("sweep", SweepPolicy())
    while True:
        try:
            await beat(ctx)
        except Exception:  # the database or Redis may be briefly away: keep beating
            log.exception("delivery heartbeat failed")
        await asyncio.sleep(policy.heartbeat.total_seconds())


async def on_startup(ctx: dict[str, Any]) -> None:
    ctx["sender"] = Sender(ctx["notifier"], ctx["clock"], outreach.recheck)
    ctx["keeper"] = asyncio.get_running_loop().create_task(_keep(ctx))


async def on_shutdown(ctx: dict[str, Any]) -> None:
    """Sends in flight finish (and are recorded) while the heartbeat keeps their leases; then stop."""
    sender: Sender | None = ctx.get("sender")
    if sender is not None:
        stopped = await sender.drain(DRAIN_GRACE_S)
        if stopped:
            log.warning("stopped %s sends still in flight; another worker retakes them", stopped)
    keeper: asyncio.Task[None] | None = ctx.get("keeper")
    if keeper is not None:
        keeper.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await keeper


def functions() -> list[Function]:
    # keep_result=0: a finished job's id can be queued again (the row's claim makes that harmless)
    return [func(deliver_job, name="deliver", keep_result=0, max_tries=MAX_TRIES)]


def build_worker(
    redis_url: str,
    ctx: dict[str, Any],
    *,
    queue: str = QUEUE,
    max_jobs: int = 50,
    burst: bool = False,
    sweep: SweepPolicy | None = None,
) -> Worker:
    """A worker whose ctx already holds notifier, clock and scheduler (see bot/wiring.py)."""
    return Worker(
        functions=functions(),
        cron_jobs=[_sweep_cron(sweep or SweepPolicy()), _mail_cron(), _tiktok_orders_cron()],
        redis_settings=RedisSettings.from_dsn(redis_url),
        queue_name=queue,
        ctx=ctx,
        max_jobs=max_jobs,
        job_timeout=JOB_TIMEOUT_S,
        keep_result=0,
        burst=burst,
        poll_delay=0.2,
        health_check_interval=60,
        handle_signals=not burst,
        on_startup=on_startup,
        on_shutdown=on_shutdown,
    )


async def mail_inbox_job(ctx: Mapping[str, Any]) -> int:
    """The connected mailboxes' INBOX read once (workflows/mail/inbox.py); ctx["mail_reader"] is set by
    bot/worker_process when mailbox passwords can be opened here."""
    reader = ctx.get("mail_reader")
    if reader is None:
        return 0
    return len(await reader.read_all())


async def tiktok_orders_job(ctx: Mapping[str, Any]) -> int:
    """Every shop's affiliate orders into the results tables (workflows/tiktok_orders.py), every 30 minutes,
    one worker at a time; each shop is held by one sync anyway."""
    sync = getattr(ctx["notifier"], "sync_orders", None)  # TikTokTouches, when TIKTOK_SHOP_* is set
    if not callable(sync):
        return 0
    return int(await sync())


def _tiktok_orders_cron() -> CronJob:
    return cron(
        tiktok_orders_job,
        name="tiktok-orders",
        minute={5, 35},
        second={0},
        unique=True,
        timeout=ORDERS_TIMEOUT_S,
    )


def _mail_cron() -> CronJob:
    # once a minute, one worker at a time; a slow server only delays the next read
    return cron(mail_inbox_job, name="mail-inbox", second={30}, unique=True, timeout=JOB_TIMEOUT_S)


def _sweep_cron(policy: SweepPolicy) -> CronJob:
    step = max(1, min(60, int(policy.every.total_seconds())))
    seconds = set(range(0, 60, step))
    return cron(sweep_job, name="sweep", second=seconds, unique=True, run_at_startup=True)
