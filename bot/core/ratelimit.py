"""Outbound rate limits for a chat platform's API, shared by the adapters (each brings its own numbers:
Feishu's in `bot/adapters/feishu/ratelimit.py`, WeCom's in `bot/adapters/wecom/outbound.py`).

    async with limiter.acquire(chat_id="oc_x"):   # waits until the call fits; never drops it
        response = await call()

The platform counts a call when it *arrives*, which we cannot see; we can see when its answer is back,
and that is never earlier than its arrival. So a window (at most `count` calls in any `per` seconds)
counts a call from the moment it is let through until `per` seconds after it finished: while in flight
it occupies a slot, then it is stamped with its finishing time. However the network delays a call, two
calls the server counts in one window were then both counted here too. `margin` (seconds) pads every
window for coarse server clocks. `pause` holds the whole app for as long as the platform said in
its rate-limit answer (Feishu: `x-ogw-ratelimit-reset` after a 429 / 99991400).

Callers for the same chat (user, message) wait their turn in FIFO order, so a burst into one chat keeps
its order and never holds up other chats more than the app windows require.

`RateLimiter` is the seam for a shared (Redis) limiter when several processes send for one app; this
module is the in-process one.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from typing import Protocol

Scope = tuple[str, str]  # ("chat", "oc_x"), ("user", "ou_x"), ("message", "om_x")


class RateLimiter(Protocol):
    def acquire(
        self, *, chat_id: str | None = None, user_id: str | None = None, message_id: str | None = None
    ) -> AbstractAsyncContextManager[None]:
        """Hold one call's place in the app windows and those of the given chat, user or message."""
        ...

    async def pause(self, seconds: float) -> None:
        """The platform said: no calls from this app for `seconds`."""
        ...


@dataclass(frozen=True, slots=True)
class Limit:
    count: int
    per: float  # seconds


@dataclass(frozen=True, slots=True)
class Limits:
    """The windows one app's calls must fit: app-wide, and per chat, user and message."""

    app: tuple[Limit, ...]
    chat: Limit
    user: Limit
    message: Limit
    margin: float  # seconds added to every window (coarse server clocks)


@dataclass(slots=True)
class _Window:
    count: int
    per: float
    stamps: deque[float] = field(default_factory=deque)  # finishing times, oldest first
    in_flight: int = 0

    def wait(self, now: float) -> float | None:
        """Seconds until one more call fits: 0 now, None when only a call in flight finishing can help."""
        while self.stamps and self.stamps[0] <= now - self.per:
            self.stamps.popleft()
        excess = len(self.stamps) + self.in_flight - self.count + 1
        if excess <= 0:
            return 0.0
        if excess > len(self.stamps):
            return None
        return self.stamps[excess - 1] + self.per - now

    def idle(self, now: float) -> bool:
        return not self.in_flight and (not self.stamps or self.stamps[-1] <= now - self.per)


class LocalRateLimiter:
    """The in-process `RateLimiter`: one per app per process."""

    PRUNE_ABOVE = 2048  # per-chat windows kept before idle ones are dropped

    def __init__(
        self,
        limits: Limits,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._limits = limits
        self._clock = clock
        self._sleep = sleep
        self._app = [self._window(limit) for limit in self._limits.app]
        self._scoped: dict[Scope, _Window] = {}
        self._queues: dict[Scope, tuple[asyncio.Lock, int]] = {}
        self._finished = asyncio.Event()  # replaced each time a call finishes
        self._paused_until = 0.0

    @asynccontextmanager
    async def acquire(
        self, *, chat_id: str | None = None, user_id: str | None = None, message_id: str | None = None
    ) -> AsyncIterator[None]:
        scopes = sorted(
            (kind, key)
            for kind, key in (("chat", chat_id), ("user", user_id), ("message", message_id))
            if key is not None
        )
        async with AsyncExitStack() as stack:
            for scope in scopes:  # sorted, so two callers never wait on each other's locks crosswise
                await stack.enter_async_context(self._queue(scope))
            windows = self._app + [self._scoped_window(scope) for scope in scopes]
            await self._until_free(windows)
            for window in windows:
                window.in_flight += 1
        try:
            yield
        finally:
            now = self._clock()
            for window in windows:
                window.in_flight -= 1
                window.stamps.append(now)
            self._finished.set()
            self._finished = asyncio.Event()

    async def pause(self, seconds: float) -> None:
        self._paused_until = max(self._paused_until, self._clock() + max(0.0, seconds))

    async def _until_free(self, windows: list[_Window]) -> None:
        while True:
            now = self._clock()
            waits = [w.wait(now) for w in windows]
            known = [self._paused_until - now, *(w for w in waits if w is not None)]
            if None not in waits and max(known) <= 0:
                return
            finished = self._finished
            timer = asyncio.ensure_future(self._sleep(max(known))) if max(known) > 0 else None
            waiter = asyncio.ensure_future(finished.wait()) if None in waits else None
            pending = {task for task in (timer, waiter) if task is not None}
            try:
                await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for task in pending:
                    task.cancel()

    def _window(self, limit: Limit) -> _Window:
        return _Window(limit.count, limit.per + self._limits.margin)

    def _scoped_window(self, scope: Scope) -> _Window:
        window = self._scoped.get(scope)
        if window is None:
            if len(self._scoped) >= self.PRUNE_ABOVE:
                self._prune()
            limit = {"chat": self._limits.chat, "user": self._limits.user}.get(scope[0], self._limits.message)
            window = self._scoped[scope] = self._window(limit)
        return window

    def _prune(self) -> None:
        now = self._clock()
        for scope in [s for s, w in self._scoped.items() if w.idle(now) and s not in self._queues]:
            del self._scoped[scope]

    @asynccontextmanager
    async def _queue(self, scope: Scope) -> AsyncIterator[None]:
        lock, users = self._queues.get(scope, (asyncio.Lock(), 0))
        self._queues[scope] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._queues[scope]
            if users == 1:
                del self._queues[scope]
            else:
                self._queues[scope] = (lock, users - 1)
