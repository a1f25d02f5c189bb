"""The network between a sender and a simulated platform, as the fault tests need it: calls arriving while
it is paused are held; resumed, they go through, or are dropped (they never arrived: their sender died)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager


class Gate:
    def __init__(self) -> None:
        self._open = asyncio.Event()
        self._open.set()
        self._drop_held = False
        self._handling = 0  # calls past the gate and not answered yet

    def pause(self) -> None:
        """Calls arriving from now on wait before they reach the platform."""
        self._drop_held = False
        self._open.clear()

    async def quiet(self, within: float = 10.0) -> None:
        """Wait until every call that got past the pause has been answered."""
        async with asyncio.timeout(within):
            while self._handling:  # noqa: ASYNC110 - the handlers run on this loop
                await asyncio.sleep(0.01)

    def resume(self, *, drop: bool = False) -> None:
        """Let held calls through; `drop`: they never reach the platform."""
        self._drop_held = drop
        self._open.set()

    async def dropped(self) -> bool:
        """Hold a call while paused; True when it is to be dropped rather than handled."""
        if self._open.is_set():
            return False
        await self._open.wait()
        return self._drop_held

    @contextmanager
    def handling(self) -> Iterator[None]:
        self._handling += 1
        try:
            yield
        finally:
            self._handling -= 1
