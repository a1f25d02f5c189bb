"""Thin handlers: Command → workflow call → Reply. Each module here that has a module-level `router` is a
feature; `build_router()` finds them all (a new feature is a new module, nothing to register elsewhere)
and `intent_specs()` is what they declare."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from handlers.routing import Router
    from handlers.spec import IntentSpec


def feature_routers() -> list[Router]:
    """The routers of every module in this package, in their declared order."""
    from handlers.routing import Router

    found = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        router = getattr(module, "router", None)
        if isinstance(router, Router):
            found.append(router)
    return sorted(found, key=lambda r: (r.order, r.name))


def build_router() -> Router:
    from handlers.routing import Router

    root = Router("root")
    root.include(*feature_routers())
    return root


@cache
def intent_specs() -> Mapping[str, IntentSpec]:
    """Every intent the features declare, read once per process."""
    return build_router().specs()
