"""What a long-running process (`creatorbot serve`) runs beside its requests: delivery and kept translations.

Without Redis the process delivers due rows itself (`DeliveryLoop`) and runs the worker's periodic jobs
itself (mailboxes read; TikTok Shop tokens renewed, replies polled, orders synced: `tiktok_jobs`); with
Redis it only queues them for `creatorbot worker` (arq). Either way kept translation requests are
answered here once the model is back. One notifier, one translator and one Feishu client (so one rate
limiter) serve replies, reminders and late translations alike.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass

from arq.connections import ArqRedis, RedisSettings, create_pool

from bot.adapters.wecom.outbound import RefusalEpoch
from bot.core.outbound import Outbound
from bot.jobs.inprocess import DeliveryLoop
from bot.jobs.notifier import OutboundNotifier
from bot.jobs.tiktok_touch import TikTokTouches
from bot.jobs.worker import ArqScheduler
from bot.settings import Settings
from bot.translation_retry import outbound_post, start_translation_retry, stop_translation_retry
from bot.wiring import (
    build_mail_reader,
    build_mail_watcher,
    build_notifier,
    build_translator,
    register_mail_channel,
    with_tiktok,
)
from models.enums import Platform
from workflows import tiktok_orders
from workflows.delivery import Scheduler
from workflows.mail.inbox import MailReader
from workflows.ports import Clock
from workflows.translation.ports import Translator

log = logging.getLogger(__name__)
POLL_EVERY_S = 30.0  # the newest-messages list covers the last minute: every 30 s misses nothing
TOKENS_EVERY_S = 600.0  # tokens are renewed with a day left: every 10 minutes is plenty


@dataclass(frozen=True, slots=True)
class Background:
    scheduler: Scheduler
    notifier: OutboundNotifier
    translator: Translator | None
    redis: ArqRedis | None
    refusals: RefusalEpoch

    def outbound(self, platform: Platform) -> Outbound | None:
        return self.notifier.outbound(platform)


Job = Callable[[], Awaitable[object]]


async def every(job: Job, every_s: float, what: str, *, first_after_s: float = 0.0) -> None:
    """Without Redis: one periodic job in this process (the worker's cron jobs' stand-in); a failure is
    logged and the next round tries again."""
    await asyncio.sleep(first_after_s)
    while True:
        try:
            await job()
        except asyncio.CancelledError:
            raise
        except Exception:  # the database or the platform may be briefly away: keep going
            log.exception("%s failed; trying again in %.0f s", what, every_s)
        await asyncio.sleep(every_s)


def tiktok_jobs(sender: object, settings: Settings) -> list[tuple[str, Job, float]]:
    """The TikTok Shop work the worker's cron does, for a process without Redis — one entry per job
    (name, job, every seconds): tokens renewed before they expire, the newest creator messages polled when
    TIKTOK_SHOP_POLL=1 (no webhook), affiliate orders synced, sample applications read (cards, moves).
    Empty without TikTok Shop configured."""
    if not isinstance(sender, TikTokTouches) or settings.tiktok is None:
        return []
    from bot.jobs import tiktok_samples

    async def samples() -> object:
        return await tiktok_samples.sweep(sender)

    jobs: list[tuple[str, Job, float]] = [
        ("tiktok-tokens", sender.refresh_tokens, TOKENS_EVERY_S),
        ("tiktok-orders", sender.sync_orders, tiktok_orders.EVERY.total_seconds()),
        ("tiktok-samples", samples, tiktok_samples.EVERY_S),
    ]
    if settings.tiktok.poll:
        jobs.append(("tiktok-replies", sender.poll_replies, POLL_EVERY_S))
    return jobs


def start_jobs(jobs: list[tuple[str, Job, float]]) -> list[asyncio.Task[None]]:
    return [asyncio.create_task(every(job, seconds, name), name=name) for name, job, seconds in jobs]


async def read_mail_forever(reader: MailReader, every_s: float) -> None:
    """Without Redis: the connected mailboxes' INBOX read every minute in this process."""
    while True:
        try:
            await reader.read_all()
        except asyncio.CancelledError:
            raise
        except Exception:  # the database may be briefly away: keep reading
            log.exception("reading the mailboxes failed")
        await asyncio.sleep(every_s)


@asynccontextmanager
async def background(settings: Settings, clock: Clock) -> AsyncIterator[Background]:
    """Start the delivery transport and the translation retry loop; stop them at exit."""
    redis = await create_pool(RedisSettings.from_dsn(settings.redis_url)) if settings.redis_url else None
    translator = build_translator(settings, clock)
    refusals = RefusalEpoch()  # the outbound marks a refused WeCom key, the inbound tells the group
    notifier = build_notifier(settings, redis=redis, translator=translator, refusals=refusals)
    await notifier.warm_up()
    tasks: list[asyncio.Task[None]] = []
    scheduler: Scheduler
    sender = with_tiktok(settings, notifier, clock, translator=translator, redis=redis)
    if redis is not None:
        scheduler = ArqScheduler(redis)
    else:
        loop = DeliveryLoop(sender, clock)
        tasks.append(asyncio.create_task(loop.run(), name="delivery-loop"))
        scheduler = loop
        reader = build_mail_reader(settings, clock)  # with Redis the worker's cron job reads the inboxes
        if reader is not None:
            reading = read_mail_forever(reader, settings.mail.poll_s)
            tasks.append(asyncio.create_task(reading, name="mail-inbox"))
        tasks.extend(start_jobs(tiktok_jobs(sender, settings)))  # with Redis: the worker's sweep and cron
    watcher = build_mail_watcher(settings, clock) if redis is None and settings.mail.idle else None
    if watcher is not None:  # with Redis the workers watch the mailboxes (bot/worker_process.py)
        tasks.append(asyncio.create_task(watcher.run(), name="mail-idle"))
    if sender is not notifier:
        sender.scheduler = scheduler  # type: ignore[attr-defined]
    register_mail_channel(settings, scheduler, clock, translator, notifier)
    retry = (
        start_translation_retry(translator, outbound_post(notifier.outbound), clock) if translator else None
    )
    try:
        yield Background(scheduler, notifier, translator, redis, refusals)
    finally:
        if retry is not None:
            await stop_translation_retry(retry)
        for task in tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await notifier.close()
        if sender is not notifier:
            await sender.client.close()  # type: ignore[attr-defined]
        if translator is not None:
            await translator.flush()  # usage and cache writes that were deferred past the answer
            await translator.aclose()
        if redis is not None:
            await redis.aclose()
