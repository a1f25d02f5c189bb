"""Seen-before check for inbound events, kept in the database so it survives a restart.

Platforms deliver at least once (Feishu re-pushes for ~7 h after a missed ack, and sometimes even after a
good one), so every adapter claims a key before acting. The claim is an INSERT on a unique
(platform, key): of two concurrent deliveries exactly one insert succeeds, in this process or another.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from tortoise.exceptions import IntegrityError

from models.events import ProcessedEvent
from workflows.ports import Clock

log = logging.getLogger(__name__)
# Keys are kept a day: well past Feishu's last retry (~7.1 h after the first push) and past the replay
# window of signed requests (bot/adapters/feishu/crypto.py), so every redelivery and replay meets its key.
RETENTION = timedelta(hours=24)
PURGE_EVERY = timedelta(hours=1)


@dataclass(slots=True)
class DedupeStore:
    platform: str
    clock: Clock
    retention: timedelta = RETENTION
    purge_every: timedelta = PURGE_EVERY
    _last_purge: datetime | None = field(default=None, init=False)

    async def first_time(self, key: str) -> bool:
        """Claim `key`: True the first time it is seen within the retention, False for a duplicate."""
        now = self.clock.now()
        try:
            await ProcessedEvent.create(platform=self.platform, key=key[:200], created_at=now)
        except IntegrityError:
            return False
        if self._last_purge is None or now - self._last_purge >= self.purge_every:
            self._last_purge = now
            await self.purge(now)
        return True

    async def purge(self, now: datetime | None = None) -> int:
        """Forget keys older than the retention; returns how many rows went."""
        cutoff = (now or self.clock.now()) - self.retention
        removed = await ProcessedEvent.filter(platform=self.platform, created_at__lt=cutoff).delete()
        if removed:
            log.info("dedupe: purged %d %s keys older than %s", removed, self.platform, cutoff.isoformat())
        return removed


class Claims(Protocol):
    """Anything that claims an event key once: the database store here, or Redis (bot/jobs/answers.py)."""

    async def first_time(self, key: str) -> bool: ...


class InboundSubmitter(Protocol):
    """Hands an accepted event to a worker process (bot/jobs/answers.py InboundQueue)."""

    async def submit(self, platform: str, key: str, payload: Mapping[str, Any]) -> bool:
        """Claim `key` and queue the event; False (nothing queued) when it was claimed before."""
        ...
