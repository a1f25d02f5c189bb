"""`creatorbot worker`: open the database, connect Redis, run the arq worker until stopped."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from arq.connections import RedisSettings, create_pool

from bot.adapters.wecom.outbound import RefusalEpoch
from bot.core.heap import frozen_startup
from bot.core.outbound import Outbound
from bot.db import database
from bot.jobs.answers import build_answer_worker
from bot.jobs.worker import ArqScheduler, SweepPolicy, build_worker
from bot.settings import Settings
from bot.wiring import (
    build_answerers,
    build_dispatcher,
    build_mail_reader,
    build_mail_watcher,
    build_notifier,
    build_translator,
    register_mail_channel,
    with_tiktok,
)
from models.enums import Platform
from workflows.ports import Clock, SystemClock


@dataclass(frozen=True, slots=True)
class WorkerOptions:
    burst: bool = False  # stop when the queue is empty (tests, one-off catch-up)
    max_jobs: int = 50
    sweep: SweepPolicy = field(default_factory=SweepPolicy)


async def run_worker(
    settings: Settings,
    options: WorkerOptions,
    clock: Clock | None = None,
    *,
    outbound: Outbound | None = None,
) -> None:
    """Two arq workers in one process: due deliveries, and — for INBOUND_MODE=queue web processes —
    queued messages to answer (their own queue, so a burst of messages never delays a reminder)."""
    if settings.redis_url is None:
        raise ValueError("REDIS_URL is not set")
    clock = clock or SystemClock()
    pool = await create_pool(RedisSettings.from_dsn(settings.redis_url))
    translator = build_translator(settings, clock)
    try:
        async with database(settings.database_url):
            refusals = RefusalEpoch()
            notifier = build_notifier(settings, redis=pool, translator=translator, refusals=refusals)
            if outbound is not None:  # the webhook bench lifts Feishu's limits this way
                notifier.register(Platform.FEISHU, outbound)
            await notifier.warm_up()
            scheduler = ArqScheduler(pool)
            sender = with_tiktok(
                settings, notifier, clock, translator=translator, redis=pool, scheduler=scheduler
            )
            register_mail_channel(settings, scheduler, clock, translator, notifier)
            ctx = {
                "notifier": sender,
                "clock": clock,
                "scheduler": scheduler,
                "sweep": options.sweep,
                "mail_reader": build_mail_reader(settings, clock),
            }
            deliveries = build_worker(
                settings.redis_url, ctx, max_jobs=options.max_jobs, burst=options.burst, sweep=options.sweep
            )
            dispatcher = build_dispatcher(settings, clock, scheduler, translator, pool)
            answerers = build_answerers(settings, clock, pool, notifier, dispatcher, refusals)
            inbound = build_answer_worker(
                settings.redis_url, {"answerers": answerers}, max_jobs=options.max_jobs, burst=options.burst
            )
            dispatcher.understanding.warm_up()
            watcher = build_mail_watcher(settings, clock, pool) if settings.mail.idle else None
            watching = (
                asyncio.create_task(watcher.run(), name="mail-idle")
                if watcher is not None and not options.burst
                else None
            )  # one watcher per mailbox across workers (Redis leases); the cron poll stays the fallback
            try:
                with frozen_startup():
                    await _run_both(deliveries.async_run(), inbound.async_run(), burst=options.burst)
            finally:
                if watching is not None:
                    watching.cancel()
                    await asyncio.gather(watching, return_exceptions=True)
                await deliveries.close()
                await inbound.close()
                for answerer in answerers.values():
                    await answerer.tasks.drain(grace=10.0)
                await notifier.close()
                if sender is not notifier:
                    await sender.client.close()  # type: ignore[attr-defined]
    finally:
        if translator is not None:
            await translator.flush()
            await translator.aclose()
        await pool.aclose()


async def _run_both(
    first: Coroutine[Any, Any, None], second: Coroutine[Any, Any, None], *, burst: bool
) -> None:
    """Burst: until both queues are empty. Otherwise until one stops (the delivery worker handles the
    signals), then stop the other."""
    tasks = [asyncio.create_task(first), asyncio.create_task(second)]
    when = asyncio.ALL_COMPLETED if burst else asyncio.FIRST_COMPLETED
    done, pending = await asyncio.wait(tasks, return_when=when)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    for task in done:
        if not task.cancelled() and task.exception() is not None:
            raise task.exception()  # type: ignore[misc]


def sweep_policy(every_s: float, stale_after_s: float, overdue_after_s: float) -> SweepPolicy:
    return SweepPolicy(
        every=timedelta(seconds=every_s),
        stale_after=timedelta(seconds=stale_after_s),
        overdue_after=timedelta(seconds=overdue_after_s),
    )
