"""The one wiring place: builds the dispatcher and its ports for the console, web process and worker."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from bot.core.dispatch import Dispatcher
from bot.settings import Settings
from handlers import build_router
from workflows.ports import Clock, SystemClock

if TYPE_CHECKING:
    from aiohttp import web

    from bot.adapters.feishu.inbound import FeishuInbound
    from bot.core.outbound import Outbound
    from bot.settings import FeishuSettings
    from bot.web.metrics import Metrics


def build_dispatcher(settings: Settings, clock: Clock | None = None) -> Dispatcher:
    return Dispatcher(
        router=build_router(),
        clock=clock or SystemClock(),
        default_locale=settings.bot_locale,
        team_timezone=settings.bot_timezone,
    )


# ---- the web process (`creatorbot serve`) --------------------------------------------------------------


def build_web_app(
    settings: Settings,
    *,
    clock: Clock | None = None,
    outbound: Outbound | None = None,
    dispatcher: Dispatcher | None = None,
) -> web.Application:
    """The `creatorbot serve` app: Feishu callbacks when FEISHU_* is set, /healthz and /metrics always.
    The caller opens the database first (see bot/serve.py)."""
    from bot.web.app import create_app
    from bot.web.metrics import Metrics

    clock = clock or SystemClock()
    metrics = Metrics()
    if settings.feishu is None:
        return create_app(metrics=metrics)
    inbound = build_feishu_inbound(settings, clock, metrics, outbound, dispatcher)
    return _with_feishu(settings.feishu, inbound, metrics)


def build_feishu_inbound(
    settings: Settings,
    clock: Clock,
    metrics: Metrics,
    outbound: Outbound | None = None,
    dispatcher: Dispatcher | None = None,
) -> FeishuInbound:
    from bot.adapters.feishu import cards
    from bot.adapters.feishu.inbound import FeishuInbound
    from bot.core.dedupe import DedupeStore

    assert settings.feishu is not None
    if outbound is None:
        from bot.adapters.feishu.outbound import FeishuOutbound

        outbound = FeishuOutbound(settings.feishu)
    bot_info = getattr(outbound, "bot_info", None)
    return FeishuInbound(
        dispatcher=dispatcher or build_dispatcher(settings, clock),
        outbound=outbound,
        dedupe=DedupeStore(platform="feishu", clock=clock),
        metrics=metrics,
        clock=clock,
        render_card=lambda card: cards.render_card(card).content,
        bot_identity=bot_info if callable(bot_info) else None,
    )


def _with_feishu(feishu: FeishuSettings, inbound: FeishuInbound, metrics: Metrics) -> web.Application:
    """Feishu routes, plus a lifecycle: learn the bot's open_id first, drain background work last."""
    from bot.adapters.feishu.webhook import INBOUND_KEY, FeishuWebhook
    from bot.web.app import create_app

    async def lifecycle(app: web.Application) -> AsyncIterator[None]:
        await inbound.learn_bot_identity()
        yield
        await inbound.tasks.drain(grace=10.0)
        close = getattr(inbound.outbound, "close", None)
        if callable(close):
            await close()

    routes = FeishuWebhook(feishu, inbound, metrics).routes()
    app = create_app(metrics=metrics, routes=routes, lifecycles=[lifecycle])
    app[INBOUND_KEY] = inbound
    return app
