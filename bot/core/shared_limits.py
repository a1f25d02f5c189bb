"""Rate limits shared by every process sending for one app (workers, web), kept in Redis.

Same contract and counting rule as `LocalRateLimiter` (see ratelimit.py): a call occupies a slot in
each window from the moment it is let through until `per` seconds after it *finished*. In Redis each
window is a sorted set of call ids scored by time; a call in flight is scored far in the future so
it counts, and is re-scored with its finishing time when it ends. One Lua script checks every window
and takes the slots atomically, so N processes together never exceed a limit.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from redis.asyncio import Redis

from bot.core.ratelimit import Limit, Limits

IN_FLIGHT_MS = 10 * 60 * 1000  # a call in flight counts until it ends (or this long, if its process died)
POLL_S = 0.02  # re-check after this long when only a call in flight ending can free a slot

# KEYS: one sorted set per window, then the pause key. ARGV: now_ms, member, in_flight_ms, then
# (count, per_ms) pairs.
_TAKE = """
local now = tonumber(ARGV[1])
local member = ARGV[2]
local in_flight = tonumber(ARGV[3])
local n = #KEYS - 1
local paused = tonumber(redis.call('GET', KEYS[n + 1]) or '0')
if paused > now then return paused - now end
local wait = 0
for i = 1, n do
  local count = tonumber(ARGV[2 + 2 * i])
  local per = tonumber(ARGV[3 + 2 * i])
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - per)
  local used = redis.call('ZCARD', KEYS[i])
  if used >= count then
    local blocking = redis.call('ZRANGE', KEYS[i], used - count, used - count, 'WITHSCORES')
    local w = tonumber(blocking[2]) + per - now
    if w > wait then wait = w end
  end
end
if wait > 0 then return wait end
for i = 1, n do
  redis.call('ZADD', KEYS[i], now + in_flight, member)
  redis.call('PEXPIRE', KEYS[i], 2 * in_flight)
end
return 0
"""

_FINISH = """
for i = 1, #KEYS do redis.call('ZADD', KEYS[i], 'XX', ARGV[1], ARGV[2]) end
return 0
"""


class RedisRateLimiter:
    """`RateLimiter` shared through Redis. `namespace` separates apps (use the app id). `in_flight_s`: how
    long a call still in flight counts at most — past it, its process is taken for dead and the slot is
    freed; set it just above the client's own timeout when there is one (a call cannot outlive it)."""

    def __init__(
        self, redis: Redis, namespace: str, limits: Limits, *, in_flight_s: float = IN_FLIGHT_MS / 1000
    ) -> None:
        self._in_flight_ms = int(in_flight_s * 1000)
        self._redis = redis
        self._ns = f"creatorbot:rl:{namespace}"
        self._limits = limits
        self._take: Any = redis.register_script(_TAKE)
        self._finish: Any = redis.register_script(_FINISH)

    @asynccontextmanager
    async def acquire(
        self, *, chat_id: str | None = None, user_id: str | None = None, message_id: str | None = None
    ) -> AsyncIterator[None]:
        windows = [(f"{self._ns}:app:{i}", limit) for i, limit in enumerate(self._limits.app)]
        for kind, key, limit in (
            ("chat", chat_id, self._limits.chat),
            ("user", user_id, self._limits.user),
            ("message", message_id, self._limits.message),
        ):
            if key is not None:
                windows.append((f"{self._ns}:{kind}:{key}", limit))
        member = uuid.uuid4().hex
        keys = [name for name, _ in windows]
        await self._wait_for_slots(keys, [limit for _, limit in windows], member)
        try:
            yield
        finally:
            await self._finish(keys=keys, args=[_now_ms(), member])

    async def pause(self, seconds: float) -> None:
        until = _now_ms() + int(max(0.0, seconds) * 1000)
        key = f"{self._ns}:pause"
        current = int(await self._redis.get(key) or 0)
        if until > current:
            await self._redis.set(key, until, px=max(1, until - _now_ms()))

    async def _wait_for_slots(self, keys: list[str], limits: list[Limit], member: str) -> None:
        args: list[int | str] = [0, member, self._in_flight_ms]
        for limit in limits:
            args += [limit.count, int((limit.per + self._limits.margin) * 1000)]
        while True:
            args[0] = _now_ms()
            wait_ms = int(await self._take(keys=[*keys, f"{self._ns}:pause"], args=args))
            if wait_ms <= 0:
                return
            await asyncio.sleep(
                min(wait_ms / 1000, POLL_S) if wait_ms > self._in_flight_ms // 2 else wait_ms / 1000
            )


def _now_ms() -> int:
    return int(time.time() * 1000)
