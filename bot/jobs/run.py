"""`creatorbot worker`: open the database, connect Redis, run the arq worker until stopped."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from arq.connections import RedisSettings, create_pool

from bot.db import database
from bot.jobs.worker import ArqScheduler, SweepPolicy, build_worker
from bot.settings import Settings
from bot.wiring import build_notifier
from workflows.ports import Clock, SystemClock


@dataclass(frozen=True, slots=True)
class WorkerOptions:
    burst: bool = False  # stop when the queue is empty (tests, one-off catch-up)
    max_jobs: int = 50
    sweep: SweepPolicy = field(default_factory=SweepPolicy)


async def run_worker(settings: Settings, options: WorkerOptions, clock: Clock | None = None) -> None:
    if settings.redis_url is None:
        raise ValueError("REDIS_URL is not set")
    pool = await create_pool(RedisSettings.from_dsn(settings.redis_url))
    try:
        async with database(settings.database_url):
            notifier = build_notifier(settings, redis=pool)
            await notifier.warm_up()
            ctx = {
                "notifier": notifier,
                "clock": clock or SystemClock(),
                "scheduler": ArqScheduler(pool),
                "sweep": options.sweep,
            }
            worker = build_worker(
                settings.redis_url, ctx, max_jobs=options.max_jobs, burst=options.burst, sweep=options.sweep
            )
            try:
                await worker.async_run()
            finally:
                await worker.close()
    finally:
        await pool.aclose()


def sweep_policy(every_s: float, stale_after_s: float, overdue_after_s: float) -> SweepPolicy:
    return SweepPolicy(
        every=timedelta(seconds=every_s),
        stale_after=timedelta(seconds=stale_after_s),
        overdue_after=timedelta(seconds=overdue_after_s),
    )
