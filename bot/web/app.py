"""The aiohttp app of `creatorbot serve`: platform callback routes, /healthz and /metrics.

Built by `bot.wiring.build_web_app`; this module only assembles routes and lifecycles.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence

from aiohttp import web
from tortoise import Tortoise

from bot.web.callbacks import MAX_BODY_BYTES
from bot.web.metrics import Metrics

log = logging.getLogger(__name__)
METRICS_KEY = web.AppKey("metrics", Metrics)
HEALTH_TIMEOUT_S = 2.0
PROMETHEUS_TYPE = "text/plain; version=0.0.4; charset=utf-8"
Lifecycle = Callable[[web.Application], AsyncIterator[None]]


async def database_answers() -> bool:
    """The ORM's default connection runs `SELECT 1` within the time limit."""
    try:
        async with asyncio.timeout(HEALTH_TIMEOUT_S):
            await Tortoise.get_connection("default").execute_query("SELECT 1")
    except Exception as error:
        log.warning("healthz: database check failed (%s)", type(error).__name__)
        return False
    return True


def create_app(
    *,
    metrics: Metrics,
    routes: Sequence[web.RouteDef] = (),
    lifecycles: Sequence[Lifecycle] = (),
    health: Callable[[], Awaitable[bool]] = database_answers,
) -> web.Application:
    # client_max_size makes aiohttp answer 413 for bodies over 1 MB before a handler reads them all.
    app = web.Application(client_max_size=MAX_BODY_BYTES)
    app[METRICS_KEY] = metrics

    async def healthz(request: web.Request) -> web.Response:
        if await health():
            return web.json_response({"status": "ok", "database": "ok"})
        return web.json_response({"status": "unavailable", "database": "unreachable"}, status=503)

    async def metrics_text(request: web.Request) -> web.Response:
        return web.Response(body=metrics.render().encode(), headers={"Content-Type": PROMETHEUS_TYPE})

    app.router.add_routes([*routes, web.get("/healthz", healthz), web.get("/metrics", metrics_text)])
    app.cleanup_ctx.extend(lifecycles)
    return app
