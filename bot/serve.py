"""`creatorbot serve`: the web process (platform callbacks, /healthz, /metrics) and, when asked, the
Feishu long connection beside it.

The ORM context is opened before the site starts listening: aiohttp runs every request handler in a copy
of the context current at `site.start()` (asyncio copies contexts when callbacks are registered), so
handlers and the tasks they spawn see the database without a process-global fallback.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable
from contextlib import AsyncExitStack

from aiohttp import web

from bot.adapters.feishu.long_connection import LongConnection
from bot.adapters.feishu.webhook import INBOUND_KEY
from bot.background import background
from bot.core.heap import frozen_startup
from bot.core.outbound import Outbound
from bot.db import database, migrate
from bot.settings import Settings
from bot.wiring import build_dispatcher, build_web_app
from models.enums import Platform
from workflows.ports import Clock, SystemClock

log = logging.getLogger(__name__)


async def serve(
    settings: Settings,
    host: str,
    port: int,
    *,
    long_connection: bool | None = None,
    stop: asyncio.Event | None = None,
    started: asyncio.Event | None = None,
    outbound: Outbound | None = None,
    clock: Clock | None = None,
) -> None:
    """Run until SIGINT/SIGTERM (or `stop` is set). `long_connection=None` follows FEISHU_MODE;
    `outbound` replaces the platform client (the webhook bench lifts its rate limits that way)."""
    stop = stop or asyncio.Event()
    async with AsyncExitStack() as stack:
        stack.callback(_on_signals(stop))
        await migrate(settings.database_url)
        await stack.enter_async_context(database(settings.database_url))
        clock = clock or SystemClock()
        jobs = await stack.enter_async_context(background(settings, clock))
        dispatcher = build_dispatcher(settings, clock, jobs.scheduler, jobs.translator, jobs.redis)
        replies = outbound or jobs.outbound(Platform.FEISHU)  # one Feishu client: one rate limiter
        queue_redis = jobs.redis if settings.inbound_mode == "queue" else None
        app = build_web_app(
            settings,
            clock=clock,
            outbound=replies,
            dispatcher=dispatcher,
            refusals=jobs.refusals,
            queue_redis=queue_redis,
        )
        dispatcher.understanding.warm_up()  # loaded now, not on the first message, and frozen with the rest
        stack.enter_context(frozen_startup())
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=5.0)
        await runner.setup()
        stack.push_async_callback(runner.cleanup)
        await web.TCPSite(runner, host, port).start()
        log.info("creatorbot serve: listening on http://%s:%d", host, port)
        wanted = settings.feishu is not None and (
            long_connection if long_connection is not None else settings.feishu.long_connection
        )
        if wanted and settings.feishu is not None:
            connection = LongConnection(settings.feishu, app[INBOUND_KEY])
            connection.start()
            stack.push_async_callback(connection.stop)
            log.info("creatorbot serve: Feishu long connection started")
        if started is not None:
            started.set()
        await stop.wait()
        log.info("creatorbot serve: stopping")


def _on_signals(stop: asyncio.Event) -> Callable[[], None]:
    """SIGINT/SIGTERM set `stop`; returns the function that removes the handlers again."""
    loop = asyncio.get_running_loop()
    installed: list[signal.Signals] = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError, ValueError):  # not the main thread, or no signals here
            break
        installed.append(sig)

    def remove() -> None:
        for sig in installed:
            loop.remove_signal_handler(sig)

    return remove
