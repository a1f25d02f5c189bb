"""Watching the connected mailboxes with IMAP IDLE (RFC 2177), so a creator's reply is read within seconds
instead of at the next once-a-minute poll.

- **One watcher per mailbox across processes**: a lease (`Leases`: Redis `SET NX PX` in
  bot/mail_watch.py when there is Redis, `LocalLeases` in one process otherwise) named after the mailbox;
  it is renewed every third of its life while held, and a watcher that loses it stops watching that
  mailbox (another process has it). Other processes keep trying, so a dead watcher is replaced once its
  lease runs out.
- **A cycle**: read the mailbox (`MailReader.read_box`: the same path as the poll, so a message pushed and
  polled at once is recorded once — the unique `MailMessage` row), then IDLE until a message arrives or
  `idle_s` pass (25 minutes: IDLE is re-issued before the 29 the RFC allows), then read again. A message
  that came between the read and the IDLE is seen at once (the UIDs above the last read are asked first).
- **Drops**: a failed login, a refused connection or a connection dropped during IDLE waits 1 s, 2 s, 4 s …
  up to 5 minutes before trying again; a good cycle resets it.
- **Fallback**: a server without IDLE is left to the poll (asked again after an hour); the poll itself
  keeps running whatever the watcher does, so a watcher that is down costs a minute, never a message.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Awaitable, Callable
from typing import Protocol

from models import secrets
from models.mail import Mailbox
from workflows.mail.inbox import MailReader
from workflows.mail.mailboxes import account_of
from workflows.mail.ports import MailError

log = logging.getLogger(__name__)

IDLE_S = 25 * 60.0  # RFC 2177: re-issue IDLE at least every 29 minutes
LEASE_S = 90.0
RESCAN_S = 60.0  # how often newly connected (or removed) mailboxes are noticed
MAX_BACKOFF_S = 300.0
NO_IDLE_RETRY_S = 3600.0


class Leases(Protocol):
    async def acquire(self, key: str, owner: str, ttl_s: float) -> bool:
        """Take the lease if it is free (or already ours); True when `owner` holds it now."""
        ...

    async def renew(self, key: str, owner: str, ttl_s: float) -> bool:
        """Extend it if `owner` still holds it; False when it was lost."""
        ...

    async def release(self, key: str, owner: str) -> None:
        """Give it up if `owner` holds it."""
        ...


class LocalLeases:
    """Leases within one process (no Redis: one process reads the mail)."""

    def __init__(self) -> None:
        self._held: dict[str, str] = {}

    async def acquire(self, key: str, owner: str, ttl_s: float) -> bool:
        return self._held.setdefault(key, owner) == owner

    async def renew(self, key: str, owner: str, ttl_s: float) -> bool:
        return self._held.get(key) == owner

    async def release(self, key: str, owner: str) -> None:
        if self._held.get(key) == owner:
            del self._held[key]


Sleep = Callable[[float], Awaitable[None]]


class MailWatcher:
    def __init__(
        self,
        reader: MailReader,
        leases: Leases,
        *,
        idle_s: float = IDLE_S,
        lease_s: float = LEASE_S,
        rescan_s: float = RESCAN_S,
        max_backoff_s: float = MAX_BACKOFF_S,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.reader = reader
        self.leases = leases
        self.owner = uuid.uuid4().hex
        self.idle_s = idle_s
        self.lease_s = lease_s
        self.rescan_s = rescan_s
        self.max_backoff_s = max_backoff_s
        self._sleep = sleep
        self.watching: set[int] = set()  # mailboxes this watcher holds the lease of right now
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self._no_idle: dict[int, float] = {}  # mailbox → when its server was found without IDLE

    async def run(self) -> None:
        """Watch every connected mailbox until cancelled; notices new and removed mailboxes."""
        try:
            while True:
                try:
                    await self._rescan()
                except asyncio.CancelledError:
                    raise
                except Exception:  # the database may be briefly away
                    log.exception("mail watcher: listing the mailboxes failed")
                await self._sleep(self.rescan_s)
        finally:
            await self.stop()

    async def stop(self) -> None:
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._tasks.clear()

    async def _rescan(self) -> None:
        ids = {box.id for box in await Mailbox.all().only("id")}
        now = asyncio.get_running_loop().time()
        for box_id in ids:
            task = self._tasks.get(box_id)
            if task is not None and not task.done():
                continue
            if now - self._no_idle.get(box_id, -NO_IDLE_RETRY_S) < NO_IDLE_RETRY_S:
                continue
            self._tasks[box_id] = asyncio.create_task(self._watch(box_id), name=f"mail-idle-{box_id}")
        for box_id in set(self._tasks) - ids:
            self._tasks.pop(box_id).cancel()

    async def _watch(self, box_id: int) -> None:
        key = f"creatorbot:mail-idle:{box_id}"
        while True:
            if not await self.leases.acquire(key, self.owner, self.lease_s):
                await self._sleep(self.lease_s / 3)  # another process watches it; take over if it dies
                continue
            self.watching.add(box_id)
            try:
                finished = await self._while_held(key, box_id)
            finally:
                self.watching.discard(box_id)
                with contextlib.suppress(Exception):
                    await self.leases.release(key, self.owner)
            if finished:
                return

    async def _while_held(self, key: str, box_id: int) -> bool:
        """Cycles while the lease is renewed; True when the mailbox needs no watching (gone, no IDLE)."""
        cycles = asyncio.create_task(self._cycles(box_id))
        keeper = asyncio.create_task(self._keep(key))
        try:
            done, _ = await asyncio.wait({cycles, keeper}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (cycles, keeper):
                task.cancel()
            await asyncio.gather(cycles, keeper, return_exceptions=True)
        return cycles in done and not cycles.cancelled() and cycles.exception() is None

    async def _keep(self, key: str) -> None:
        while True:
            await self._sleep(self.lease_s / 3)
            try:
                if not await self.leases.renew(key, self.owner, self.lease_s):
                    log.warning("mail watcher: lease %s lost to another process", key)
                    return
            except Exception:
                log.exception("mail watcher: renewing %s failed", key)
                return

    async def _cycles(self, box_id: int) -> None:
        backoff = 1.0
        while True:
            box = await Mailbox.get_or_none(id=box_id)
            if box is None:
                return
            try:
                await self.reader.read_box(box)
                box = await Mailbox.get(id=box_id)
                account = account_of(box, self.reader.sealer)
                arrived = await self.reader.transport.wait_for_new(
                    account, self.idle_s, box.uidvalidity, box.last_uid
                )
            except MailError as error:
                log.warning("mailbox %s: IDLE interrupted (%s), again in %.0f s", box_id, error, backoff)
                await Mailbox.filter(id=box_id).update(last_error=str(error)[:300])
                await self._sleep(backoff)
                backoff = min(backoff * 2, self.max_backoff_s)
                continue
            except secrets.SecretsUnavailable:
                log.warning("mailbox %s: its password cannot be opened in this process", box_id)
                return
            except Exception:  # the database briefly away, a server saying nonsense: later, not in a loop
                log.exception("mailbox %s: watching failed, again in %.0f s", box_id, backoff)
                await self._sleep(backoff)
                backoff = min(backoff * 2, self.max_backoff_s)
                continue
            if arrived is None:
                log.info("mailbox %s: the server has no IDLE; the poll reads it", box_id)
                self._no_idle[box_id] = asyncio.get_running_loop().time()
                return
            backoff = 1.0
