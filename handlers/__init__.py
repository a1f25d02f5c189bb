"""Thin handlers: Command → workflow call → Reply. `build_router()` is the root of the router tree."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from handlers.routing import Router


def build_router() -> Router:
    from handlers import (
        compliance,
        creators,
        deals,
        digest,
        fallback,
        help,
        importing,
        outreach,
        pipeline,
        push,
        reminders,
        roles,
        summary,
        translation,
        undo,
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
        compliance.router,
        push.router,
        roles.router,
        digest.router,
        deals.router,
        summary.router,
        importing.router,
        undo.router,
        fallback.router,
    )
    return root
