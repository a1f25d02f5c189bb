"""Thin handlers: Command → workflow call → Reply. `build_router()` is the root of the router tree."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from handlers.routing import Router


def build_router() -> Router:
    from handlers import (
        creators,
        fallback,
        help,
        importing,
        later,
        outreach,
        pipeline,
        push,
        reminders,
        translation,
    )
    from handlers.routing import Router

    root = Router("root")
    root.include(
        help.router,
        creators.router,
        pipeline.router,
        outreach.router,
        reminders.router,
        translation.router,
        push.router,
        importing.router,
        later.router,
        fallback.router,
    )
    return root
