"""`creatorbot worker`: the arq worker that delivers due rows (production mode, REDIS_URL set).

arq is transport only: the row is the truth. Each scheduled row is one deferred job `deliver:{id}:v{version}`;
the job claims the row atomically, so duplicate jobs, retries and a second worker are harmless. A
sweep every 30 s (arq cron, unique across workers) puts back rows claimed by a dead worker, hands rows
due soon to the queue again — so a Redis flush or an expired job costs one sweep, not a reminder — and
delivers overdue rows itself, claimed with `FOR UPDATE SKIP LOCKED` so sweeping workers never collide.
"""

from __future__ import annotations

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
from workflows.delivery import Notifier, Outcome
from workflows.ports import Clock

log = logging.getLogger(__name__)

QUEUE = "creatorbot:queue"
SWEEP_HORIZON = timedelta(minutes=2)  # rows due this soon are (re)queued by each sweep
MAX_TRIES = delivery.MAX_ATTEMPTS + 2


@dataclass(frozen=True, slots=True)
class SweepPolicy:
    every: timedelta = timedelta(seconds=30)
    stale_after: timedelta = delivery.STALE_CLAIM  # a claim this old belongs to a dead worker
    overdue_after: timedelta = timedelta(seconds=30)  # this late = missed by the queue: sweep sends it


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


async def deliver_job(ctx: Mapping[str, Any], delivery_id: int, version: int) -> str:
    """The job body: claim, re-check, send, record. Transient failures come back with arq's Retry."""
    notifier: Notifier = ctx["notifier"]
    clock: Clock = ctx["clock"]
    result = await delivery.deliver(delivery_id, version, notifier, clock, recheck=outreach.recheck)
    if result.outcome == Outcome.RETRY:
        raise Retry(defer=timedelta(seconds=result.retry_after))
    if result.outcome == Outcome.DEFERRED:
        row = await Delivery.get(id=delivery_id)
        await ctx["scheduler"].enqueue(row.id, row.version, row.due_at)
    return result.outcome.value


async def sweep_job(ctx: Mapping[str, Any]) -> dict[str, int]:
    clock: Clock = ctx["clock"]
    policy: SweepPolicy = ctx.get("sweep", SweepPolicy())
    now = clock.now()
    released = await delivery.release_stale(now, policy.stale_after)
    queued = 0
    for delivery_id, version, due_at in await delivery.due_soon(now, SWEEP_HORIZON):
        if due_at > now - policy.overdue_after:
            await ctx["scheduler"].enqueue(delivery_id, version, due_at)
            queued += 1
    sent = 0
    for delivery_id, version in await delivery.claim_due(now - policy.overdue_after, limit=500):
        result = await delivery.send_claimed(delivery_id, version, ctx["notifier"], clock, outreach.recheck)
        sent += result.outcome == Outcome.SENT
    if released or sent:
        log.warning("sweep: released %s stale claims, sent %s overdue rows", released, sent)
    return {"released": released, "queued": queued, "sent": sent}


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
        cron_jobs=[_sweep_cron(sweep or SweepPolicy())],
        redis_settings=RedisSettings.from_dsn(redis_url),
        queue_name=queue,
        ctx=ctx,
        max_jobs=max_jobs,
        job_timeout=120,
        keep_result=0,
        burst=burst,
        poll_delay=0.2,
        health_check_interval=60,
        handle_signals=not burst,
    )


def _sweep_cron(policy: SweepPolicy) -> CronJob:
    step = max(1, min(60, int(policy.every.total_seconds())))
    seconds = set(range(0, 60, step))
    return cron(sweep_job, name="sweep", second=seconds, unique=True, run_at_startup=True)
