"""The one wiring place: builds the dispatcher and its ports for the console, web process and worker."""

from __future__ import annotations

from bot.core.dispatch import Dispatcher
from bot.settings import Settings
from handlers import build_router
from workflows.ports import Clock, SystemClock


def build_dispatcher(settings: Settings, clock: Clock | None = None) -> Dispatcher:
    return Dispatcher(
        router=build_router(),
        clock=clock or SystemClock(),
        default_locale=settings.bot_locale,
        team_timezone=settings.bot_timezone,
    )
