"""The delivery engine: the row is the truth, the queue is transport.

A `Delivery` row holds the local wall time + zone it was asked in, `due_at` in UTC, a status and a
version. Whoever runs it — an arq job, the sweeper, or the in-process loop — first *claims* it with
one atomic UPDATE (`pending → sending` for this exact version), then sends through the `Notifier`
with an idempotency key derived from id + version, then marks it `sent`. A crash between claim and
mark leaves a stale `sending` row that the sweeper puts back to `pending`; the resend carries the
same key, so the platform drops the duplicate. Rescheduling or cancelling bumps the version, which
turns every older queued job into a no-op.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Protocol
from zoneinfo import ZoneInfo

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from models.enums import DeliveryKind, DeliveryStatus
from models.schedule import Delivery
from workflows import digest_schedule
from workflows.ports import Clock

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
CONCURRENT_SENDS = 50  # in-process sends in flight at once
STALE_CLAIM = timedelta(minutes=5)  # longer than any send, incl. rate-limit waits and retries
LATE_AFTER = timedelta(hours=2)  # a team reminder this late says so


@dataclass(frozen=True, slots=True)
class DueItem:
    """Everything a notifier needs to render and post one delivery; no ORM objects."""

    delivery_id: int
    version: int
    kind: DeliveryKind
    step: int
    workspace_id: int
    platform: str
    workspace_key: str
    chat_id: str
    locale: str
    team_timezone: str
    text: str
    local_wall: str
    zone: str
    due_at: datetime
    late_by: timedelta
    owner_user_id: str | None  # platform user id to @, None for name-only members
    owner_name: str | None
    creator_handle: str | None
    creator_zone: str | None
    creator_country: str | None
    creator_region: str | None
    creator_language: str | None


class DeliveryFailed(Exception):
    """The notifier could not post. Transient failures are retried with backoff, permanent ones are not."""

    def __init__(self, reason: str, *, transient: bool, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.transient = transient
        self.retry_after = retry_after


class Notifier(Protocol):
    async def deliver(self, item: DueItem, idempotency_key: str) -> str:
        """Post the item; returns the platform message id. Raises DeliveryFailed."""
        ...


class Scheduler(Protocol):
    async def enqueue(self, delivery_id: int, version: int, due_at: datetime) -> None:
        """Ask for `deliver(delivery_id, version)` at `due_at`. Best effort: the sweeper is the backstop."""
        ...


class Outcome(StrEnum):
    SENT = "sent"
    NOT_CLAIMED = "not_claimed"  # already taken, sent, cancelled, rescheduled or not due
    RETRY = "retry"
    FAILED = "failed"
    DEFERRED = "deferred"  # moved to a later moment by a re-check at delivery time


@dataclass(frozen=True, slots=True)
class Result:
    outcome: Outcome
    retry_after: float = 0.0


class Recheck(Protocol):
    """The send-window re-check at delivery time: a later moment, or None when now is fine."""

    async def __call__(self, item: DueItem, now: datetime) -> datetime | None: ...


async def cancel_pending(conn: BaseDBAsyncClient, ids: Sequence[int]) -> list[int]:
    """Cancel those of `ids` that have not gone out yet (a sent one stays sent); returns the cancelled."""
    query = Delivery.filter(id__in=list(ids), status=DeliveryStatus.PENDING).using_db(conn)
    pending = [int(row[0]) for row in await query.values_list("id")] if ids else []
    if pending:
        await (
            Delivery.filter(id__in=pending, status=DeliveryStatus.PENDING)
            .using_db(conn)
            .update(status=DeliveryStatus.CANCELLED, version=F("version") + 1)
        )
    return pending


def idempotency_key(delivery_id: int, version: int) -> str:
    return f"cb-d{delivery_id}-v{version}"


def backoff(attempts: int) -> float:
    """Seconds before retry n: 2, 4, 8 … capped at 5 minutes."""
    return float(min(2 ** max(attempts, 1), 300))


async def claim(delivery_id: int, version: int, now: datetime) -> bool:
    """Atomically take one due delivery for this version. Exactly one caller can win."""
    taken = await Delivery.filter(
        id=delivery_id, version=version, status=DeliveryStatus.PENDING, due_at__lte=now
    ).update(status=DeliveryStatus.SENDING, claimed_at=now, attempts=F("attempts") + 1)
    return taken == 1


async def claim_due(now: datetime, limit: int = 200) -> list[tuple[int, int]]:
    """Claim up to `limit` due rows, oldest first. On PostgreSQL concurrent callers skip each other's rows
    (`FOR UPDATE SKIP LOCKED`); SQLite has one writer at a time, so the UPDATE's status check suffices."""
    async with in_transaction() as conn:
        rows = (
            await Delivery.filter(status=DeliveryStatus.PENDING, due_at__lte=now)
            .using_db(conn)
            .order_by("due_at", "id")
            .limit(limit)
            .select_for_update(skip_locked=True)
            .values_list("id", "version")
        )
        ids = [row[0] for row in rows]
        if ids:
            await (
                Delivery.filter(id__in=ids, status=DeliveryStatus.PENDING)
                .using_db(conn)
                .update(status=DeliveryStatus.SENDING, claimed_at=now, attempts=F("attempts") + 1)
            )
    return [(int(i), int(v)) for i, v in rows]


async def release_stale(now: datetime, after: timedelta = STALE_CLAIM) -> int:
    """Put back rows claimed by a worker that died before finishing (the resend reuses the same key)."""
    return await Delivery.filter(status=DeliveryStatus.SENDING, claimed_at__lt=now - after).update(
        status=DeliveryStatus.PENDING
    )


async def due_soon(now: datetime, horizon: timedelta, limit: int = 1000) -> list[tuple[int, int, datetime]]:
    """Pending rows due before now + horizon: what the sweeper hands (again) to the queue."""
    rows = (
        await Delivery.filter(status=DeliveryStatus.PENDING, due_at__lte=now + horizon)
        .order_by("due_at", "id")
        .limit(limit)
        .values_list("id", "version", "due_at")
    )
    return [(int(i), int(v), d) for i, v, d in rows]


async def deliver(
    delivery_id: int, version: int, notifier: Notifier, clock: Clock, recheck: Recheck | None = None
) -> Result:
    """Claim and send one delivery (the arq job body)."""
    if not await claim(delivery_id, version, clock.now()):
        return Result(Outcome.NOT_CLAIMED)
    return await send_claimed(delivery_id, version, notifier, clock, recheck)


async def send_claimed(
    delivery_id: int, version: int, notifier: Notifier, clock: Clock, recheck: Recheck | None = None
) -> Result:
    """Send a delivery this caller has claimed, and record what happened."""
    row = await Delivery.get_or_none(id=delivery_id, version=version).select_related(
        "chat__workspace", "owner", "creator"
    )
    if row is None or row.status != DeliveryStatus.SENDING:
        return Result(Outcome.NOT_CLAIMED)
    now = clock.now()
    item = due_item(row, now)
    later = await recheck(item, now) if recheck is not None else None
    if later is not None:
        await _defer(row, later)
        return Result(Outcome.DEFERRED)
    try:
        ref = await notifier.deliver(item, idempotency_key(delivery_id, version))
    except DeliveryFailed as failure:
        return await _failed(row, failure, now)
    except Exception as error:  # a bug in rendering must not leave the row stuck in `sending`
        log.exception("delivery %s crashed", delivery_id)
        crash = DeliveryFailed(f"{type(error).__name__}: {error}", transient=True)
        return await _failed(row, crash, now)
    await _finish(row, clock.now(), status=DeliveryStatus.SENT, sent_at=clock.now(), message_ref=ref[:128])
    return Result(Outcome.SENT)


async def _finish(row: Delivery, now: datetime, **changes: object) -> None:
    """Move a claimed row out of `sending`; a digest's next run is scheduled in the same transaction, so
    only the caller whose update took effect chains it (a retried or duplicate job never does)."""
    changes["last_error"] = str(changes.get("last_error", ""))[:500]
    claimed = Delivery.filter(id=row.id, version=row.version, status=DeliveryStatus.SENDING)
    if row.kind != DeliveryKind.DIGEST:
        await claimed.update(**changes)
        return
    async with in_transaction() as conn:
        if await claimed.using_db(conn).update(**changes):
            await digest_schedule.chain(conn, row, now)


async def _failed(row: Delivery, failure: DeliveryFailed, now: datetime) -> Result:
    if failure.transient and row.attempts < MAX_ATTEMPTS:
        # due_at moves to the retry moment; local_wall keeps what the user asked for (lateness counts from it)
        wait = failure.retry_after or backoff(row.attempts)
        await Delivery.filter(id=row.id, version=row.version, status=DeliveryStatus.SENDING).update(
            status=DeliveryStatus.PENDING, last_error=str(failure)[:500], due_at=now + timedelta(seconds=wait)
        )
        return Result(Outcome.RETRY, wait)
    log.warning("delivery %s failed for good after %s attempts: %s", row.id, row.attempts, failure)
    await _finish(row, now, status=DeliveryStatus.FAILED, last_error=str(failure))
    return Result(Outcome.FAILED)


async def _defer(row: Delivery, at: datetime) -> None:
    wall = at.astimezone(ZoneInfo(row.zone)).replace(tzinfo=None).isoformat(timespec="seconds")
    await Delivery.filter(id=row.id, version=row.version, status=DeliveryStatus.SENDING).update(
        status=DeliveryStatus.PENDING, due_at=at, local_wall=wall, version=row.version + 1
    )


def asked_instant(local_wall: str, zone: str) -> datetime:
    """The moment the user asked for (due_at may have moved on for retries)."""
    return datetime.fromisoformat(local_wall).replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)


def due_item(row: Delivery, now: datetime) -> DueItem:
    chat, owner, creator = row.chat, row.owner, row.creator
    asked = asked_instant(row.local_wall, row.zone)
    owner_id = owner.platform_user_id if owner is not None else None
    return DueItem(
        delivery_id=row.id,
        version=row.version,
        kind=DeliveryKind(row.kind),
        step=row.step,
        workspace_id=chat.workspace.id,
        platform=str(chat.workspace.platform),
        workspace_key=chat.workspace.external_key,
        chat_id=chat.platform_chat_id,
        locale=chat.locale,
        team_timezone=chat.timezone,
        text=row.text,
        local_wall=row.local_wall,
        zone=row.zone,
        due_at=asked,
        late_by=max(now - asked, timedelta(0)),
        owner_user_id=None if owner_id is None or owner_id.startswith("name:") else owner_id,
        owner_name=owner.display_name if owner is not None else None,
        creator_handle=creator.handle if creator is not None else None,
        creator_zone=creator.timezone if creator is not None else None,
        creator_country=creator.country if creator is not None else None,
        creator_region=creator.region if creator is not None else None,
        creator_language=creator.language if creator is not None else None,
    )


async def run_due(
    notifier: Notifier, clock: Clock, *, limit: int = 200, recheck: Recheck | None = None
) -> Sequence[Result]:
    """One pass of the sweeper's delivering half: claim what is due and send it (in-process mode)."""
    await release_stale(clock.now())
    claimed = await claim_due(clock.now(), limit)
    # Sent concurrently: the platform's rate limiter paces them, and a group webhook (WeCom) can merge
    # several reminders for one chat that arrive together into one message.
    gate = asyncio.Semaphore(CONCURRENT_SENDS)

    async def send(delivery_id: int, version: int) -> Result:
        async with gate:
            return await send_claimed(delivery_id, version, notifier, clock, recheck)

    return await asyncio.gather(*(send(i, v) for i, v in claimed))


async def next_due_at() -> datetime | None:
    row = (
        await Delivery.filter(status=DeliveryStatus.PENDING).order_by("due_at").first().values_list("due_at")
    )
    return row[0] if row else None


class PollOnly:
    """A scheduler that queues nothing: whoever sweeps the table (the in-process loop, the worker's cron)
    finds the row when it is due. Used where no faster transport is wired."""

    async def enqueue(self, delivery_id: int, version: int, due_at: datetime) -> None:
        return None
