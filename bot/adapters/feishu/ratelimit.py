"""Feishu's Open API rate limits (Feishu Open Platform, "Frequency control" for the IM APIs).

Send / reply / patch allow 50 calls a second and 1000 a minute per app, 5 a second into one chat (shared
by every bot in it), 5 a second to one user, and 5 a second patching one message. A 429 / 99991400 says
how long to hold the app in `x-ogw-ratelimit-reset`. The windowed limiter itself is `bot/core/ratelimit`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from bot.core.ratelimit import Limit, Limits

RESET_HEADER = "x-ogw-ratelimit-reset"
FEISHU_LIMITS = Limits(
    app=(Limit(50, 1.0), Limit(1000, 60.0)),
    chat=Limit(5, 1.0),
    user=Limit(5, 1.0),
    message=Limit(5, 1.0),
    margin=0.05,  # a fraction of a 60 s window would waste seconds of the 1000/min budget
)


def feishu_limits(**changes: Any) -> Limits:
    """Feishu's limits with some windows changed (tests and benches lift or tighten them)."""
    return dataclasses.replace(FEISHU_LIMITS, **changes)


def retry_after_from(headers: Mapping[str, str] | None) -> float | None:
    """Seconds the platform asked us to wait (`x-ogw-ratelimit-reset`), if it said and it parses."""
    for name, value in (headers or {}).items():
        if name.lower() == RESET_HEADER:
            try:
                seconds = float(value)
            except ValueError:
                return None
            return seconds if 0 <= seconds < 3600 else None
    return None
