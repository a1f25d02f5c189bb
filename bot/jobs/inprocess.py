"""Embedded mode (no REDIS_URL): the same delivery engine as an asyncio task inside the process.

The loop sleeps until the next row is due (at most `interval`), or until a new row is scheduled;
then it claims and sends what is due, retakes rows whose lease ran out (a previous run of the process
died holding them) and tells chats about deliveries that failed for good. While it runs, a heartbeat
renews the leases of the rows it is sending (a WeCom key's 20/min can keep a send waiting for minutes).
The database stays the source of truth, so a restart loses nothing: the first pass after start-up sends
what came due while the process was down.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime

from workflows import delivery, outreach
from workflows.delivery import Notifier
from workflows.ports import Clock

log = logging.getLogger(__name__)

DRAIN_GRACE_S = 5.0  # on the way out, sends in flight get this long to finish and be recorded


class DeliveryLoop:
    def __init__(self, notifier: Notifier, clock: Clock, *, interval: float = 30.0) -> None:
        self._clock = clock
        self.notifier = notifier  # what it sends with (the TikTok Shop jobs of bot/background ride on it)
        self._interval = interval
        self._wake = asyncio.Event()
        self._sender = delivery.Sender(notifier, clock, outreach.recheck)

    async def enqueue(self, delivery_id: int, version: int, due_at: datetime) -> None:
        """The `Scheduler` port: a new row may be due sooner than the loop's next wake-up."""
        self._wake.set()

    async def run_once(self) -> list[delivery.Result]:
        return await self._sender.run_due()

    async def run(self) -> None:
        heartbeat = asyncio.create_task(self._heartbeat())
        try:
            await self._loop()
        finally:
            heartbeat.cancel()
            await self._sender.drain(DRAIN_GRACE_S)
            with contextlib.suppress(asyncio.CancelledError):
                await heartbeat

    async def _loop(self) -> None:
        while True:
            try:
                await self.run_once()
                pause = await self._pause()
            except asyncio.CancelledError:
                raise
            except Exception:  # the database may be briefly away: keep the loop alive
                log.exception("delivery pass failed")
                pause = self._interval
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=pause)

    async def _heartbeat(self) -> None:
        while True:
            await asyncio.sleep(delivery.HEARTBEAT.total_seconds())
            try:
                await delivery.LEASES.renew(self._clock.now())
            except Exception:
                log.exception("renewing delivery leases failed")

    async def _pause(self) -> float:
        due = await delivery.next_due_at()
        if due is None:
            return self._interval
        return min(max((due - self._clock.now()).total_seconds(), 0.05), self._interval)
