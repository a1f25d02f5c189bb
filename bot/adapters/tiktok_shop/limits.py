"""TikTok Shop's rate limit: 50 requests a second per API, per app and shop (TikTok Shop Partner Center,
"API rate limits"; above it the API answers HTTP 429).

The windowed limiters are the ones the chat platforms use (`bot/core/ratelimit.py` in-process,
`bot/core/shared_limits.py` through Redis, shared by web and workers); here each (shop, API) pair is one
scoped window of 50 per second and there is no app-wide window. A call counts from when it is let through
until a second after it finished, so the server can never see 51 in one of its seconds.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from bot.core.ratelimit import Limit, Limits, LocalRateLimiter, RateLimiter

PER_API = Limit(50, 1.0)
TIKTOK_LIMITS = Limits(app=(), chat=PER_API, user=PER_API, message=PER_API, margin=0.02)
AUTH_SCOPE = "-auth-"  # token calls carry no shop
# A call holds its slot in the shared (Redis) windows while in flight. The client gives up on a call after
# 15 s, so one still "in flight" 20 s later belongs to a killed process: its slot is freed then. (The chat
# platforms keep the 10-minute default; for TikTok, a worker killed with 50 sends in flight would
# otherwise close an API for ten minutes — seen while writing the SIGKILL fault test.)
IN_FLIGHT_S = 20.0


def tiktok_limits(**changes: Any) -> Limits:
    """TikTok's limits with some windows changed (tests and benches tighten them)."""
    return dataclasses.replace(TIKTOK_LIMITS, **changes)


class ApiLimiter:
    """One window per (shop, API) over any `RateLimiter` (local, or Redis for all processes)."""

    def __init__(self, limiter: RateLimiter | None = None) -> None:
        self._limiter = limiter or LocalRateLimiter(TIKTOK_LIMITS)

    @asynccontextmanager
    async def slot(self, shop: str | None, api: str) -> AsyncIterator[None]:
        async with self._limiter.acquire(chat_id=f"{shop or AUTH_SCOPE}|{api}"):
            yield
