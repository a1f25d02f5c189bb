"""The delivery engine: the row is the truth, the queue is transport.

A `Delivery` row holds the local wall time + zone it was asked in, `due_at` in UTC, a status and a
version. Whoever runs it — an arq job, the sweeper, or the in-process loop — first *claims* it with
one atomic UPDATE (`pending → sending` for this exact version), then sends through the `Notifier`
with an idempotency key derived from id + version, then marks it `sent`. Rescheduling or cancelling bumps
the version, which turns every older queued job into a no-op.

Never twice: the post and its `sent` mark run in a task of their own (`Sender`), so cancelling whoever
started it — an arq job past its timeout, a stopping sweep — never leaves a post that went out unrecorded.
A claim is a lease: `claimed_at` is renewed every `HEARTBEAT` by the live process that holds the row
(`LEASES`, fenced by the row's `attempts`), so a send waiting minutes for a rate-limit slot keeps its
row, while a dead process's rows are retaken once `LEASE` has passed (`take_expired`); the resend carries
the same key, so the platform keeps one message.

Never lost: a transient failure is retried with a capped backoff until `RETRY_HORIZON` after the asked
moment; then, or at once for a permanent refusal, the row is `failed` and the chat is told which one
(`tell_due`; for a failed row `sent_at` is when the chat was told).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable
from zoneinfo import ZoneInfo

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import F, Q
from tortoise.transactions import in_transaction

from models.enums import DeliveryKind, DeliveryStatus
from models.schedule import Delivery
from workflows import channels, digest_schedule
from workflows.ports import Clock

log = logging.getLogger(__name__)

CONCURRENT_SENDS = 50  # sends in flight at once per process, for rows it claimed in bulk
LEASE = timedelta(seconds=15)  # a claim not renewed for this long belongs to a dead process
HEARTBEAT = timedelta(seconds=3)  # how often a live process renews the leases it holds
STALE_CLAIM = LEASE  # the former name
RETRY_HORIZON = timedelta(hours=6)  # transient failures are retried this long after the asked moment
BACKOFF_CAP = 300.0  # seconds: the longest wait between two tries the bot picks itself
TELL_RETRY = timedelta(minutes=5)  # telling the chat about a failure is retried this often …
TELL_HORIZON = timedelta(hours=24)  # … for this long after the row failed
OUTAGE = "outage: "  # last_error of a row given up at the horizon starts so (the chat is told why)
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
    creator_region_name: str | None = None  # the creator's city or state (canonical name): clocks name it
    creator_id: int | None = (
        None  # what the first message pitches: the creator's campaign (workflows/campaigns)
    )
    repeat: str = ""  # a repeating reminder's cadence (digest_schedule.encode); "" for a one-off
    sent_by: str = ""  # an outreach touch the bot sent itself (workflows/channels): the channel, e.g. email
    sent_summary: str = ""  # … and what went out, for the chat
    source: str = ""  # the row's source_text: what a NOTICE is about ("mail:{id}": an e-mail the bot read)


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


@dataclass(frozen=True, slots=True)
class Failure:
    """Why a delivery will not go out: what the platform said last, and for how long it kept failing before
    the bot gave up (None: the platform refused it outright)."""

    error: str
    outage: timedelta | None


@runtime_checkable
class Teller(Protocol):
    """A notifier that can also tell the item's chat that the item failed for good."""

    async def tell_failed(self, item: DueItem, failure: Failure, idempotency_key: str) -> str:
        """Post a short notice in the item's chat naming it and why; returns the message id. Raises
        DeliveryFailed."""
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
    """Seconds before retry n: 2, 4, 8 … capped at `BACKOFF_CAP` (5 minutes)."""
    return float(min(2 ** min(max(attempts, 1), 16), BACKOFF_CAP))


# ------------------------------------------------------------------------------------------------ leases


class Leases:
    """The rows this process holds, each with the `attempts` value its claim wrote (the fencing token: a
    row another process retook has a higher one, so it is never renewed from here)."""

    def __init__(self) -> None:
        self._held: dict[int, tuple[int, int]] = {}  # id → (token, holders in this process)

    def hold(self, delivery_id: int, attempts: int) -> None:
        _, holders = self._held.get(delivery_id, (attempts, 0))
        self._held[delivery_id] = (attempts, holders + 1)

    def drop(self, delivery_id: int) -> None:
        token, holders = self._held.pop(delivery_id, (0, 0))
        if holders > 1:
            self._held[delivery_id] = (token, holders - 1)

    def token(self, delivery_id: int) -> int | None:
        held = self._held.get(delivery_id)
        return held[0] if held else None

    def ids(self) -> list[int]:
        return list(self._held)

    def __len__(self) -> int:
        return len(self._held)

    async def renew(self, now: datetime) -> int:
        """The heartbeat: every held row still `sending` under our token is claimed as of `now`."""
        by_token: dict[int, list[int]] = {}
        for delivery_id, (token, _) in list(self._held.items()):
            by_token.setdefault(token, []).append(delivery_id)
        if not by_token:
            return 0
        ours = Q(*(Q(id__in=ids, attempts=token) for token, ids in by_token.items()), join_type="OR")
        return await Delivery.filter(ours, status=DeliveryStatus.SENDING).update(claimed_at=now)


LEASES = Leases()  # one per process: every claim this process makes is renewed by its heartbeat


async def claim(delivery_id: int, version: int, now: datetime) -> bool:
    """Atomically take one due delivery for this version. Exactly one caller can win."""
    taken = await Delivery.filter(
        id=delivery_id, version=version, status=DeliveryStatus.PENDING, due_at__lte=now
    ).update(status=DeliveryStatus.SENDING, claimed_at=now, attempts=F("attempts") + 1)
    return taken == 1


async def claim_due(
    now: datetime, limit: int = 200, *, due_by: datetime | None = None
) -> list[tuple[int, int]]:
    """Claim up to `limit` rows due by `due_by` (default `now`), oldest first, as of `now`, and hold their
    leases until the caller has sent them (`Sender.start`)."""
    query = Delivery.filter(status=DeliveryStatus.PENDING, due_at__lte=due_by or now)
    return await _take(query, now, {"status": DeliveryStatus.SENDING}, limit)


async def take_expired(now: datetime, lease: timedelta = LEASE, limit: int = 200) -> list[tuple[int, int]]:
    """Retake rows whose lease ran out — the process that claimed them stopped renewing, so it is dead —
    and hold them here until the caller has sent them (`Sender.start`). They stay `sending`; the resend
    carries the same idempotency key."""
    query = Delivery.filter(status=DeliveryStatus.SENDING, claimed_at__lt=now - lease)
    held = LEASES.ids()
    rows = await _take(query.exclude(id__in=held) if held else query, now, {}, limit)
    if rows:
        log.warning("retook %d deliveries whose lease ran out (their process died)", len(rows))
    return rows


async def _take(query: Any, now: datetime, changes: dict[str, Any], limit: int) -> list[tuple[int, int]]:
    """Claim up to `limit` rows of `query`, oldest first: `claimed_at = now` and `attempts + 1` (the new
    fencing token). On PostgreSQL concurrent callers skip each other's rows (`FOR UPDATE SKIP LOCKED`, on a
    model query: tortoise drops the clause from `values_list`); SQLite has one writer at a time, and the
    UPDATE repeats the query's conditions. Only rows the UPDATE took (stamped `now`) are returned and held."""
    async with in_transaction() as conn:
        locked = await (
            query.using_db(conn)
            .order_by("due_at", "id")
            .limit(limit)
            .select_for_update(skip_locked=True)
            .only("id")
        )
        ids = [row.id for row in locked]
        if not ids:
            return []
        await (
            query.filter(id__in=ids)
            .using_db(conn)
            .update(**changes, claimed_at=now, attempts=F("attempts") + 1)
        )
        taken = (
            await Delivery.filter(id__in=ids, status=DeliveryStatus.SENDING, claimed_at=now)
            .using_db(conn)
            .order_by("due_at", "id")
            .values_list("id", "version", "attempts")
        )
    for delivery_id, _, attempts in taken:
        LEASES.hold(int(delivery_id), int(attempts))
    return [(int(i), int(v)) for i, v, _ in taken]


async def _unclaim(delivery_id: int, version: int) -> None:
    """A held row this process will not send after all (it is stopping): back to `pending` at once."""
    token = LEASES.token(delivery_id)
    if token is not None:
        await Delivery.filter(
            id=delivery_id, version=version, status=DeliveryStatus.SENDING, attempts=token
        ).update(status=DeliveryStatus.PENDING, attempts=F("attempts") - 1)


async def due_soon(now: datetime, horizon: timedelta, limit: int = 1000) -> list[tuple[int, int, datetime]]:
    """Pending rows due before now + horizon: what the sweeper hands (again) to the queue."""
    rows = (
        await Delivery.filter(status=DeliveryStatus.PENDING, due_at__lte=now + horizon)
        .order_by("due_at", "id")
        .limit(limit)
        .values_list("id", "version", "due_at")
    )
    return [(int(i), int(v), d) for i, v, d in rows]


# ------------------------------------------------------------------------------------------------ sending


_RUNNING: set[asyncio.Task[Any]] = set()  # strong references: a send nobody awaits any more still runs


def _spawn(work: Coroutine[Any, Any, Result]) -> asyncio.Task[Result]:
    task = asyncio.get_running_loop().create_task(work)
    _RUNNING.add(task)
    task.add_done_callback(_reap)
    return task


def _reap(task: asyncio.Task[Any]) -> None:
    _RUNNING.discard(task)
    if not task.cancelled() and task.exception() is not None:
        log.error("a delivery send failed", exc_info=task.exception())


class Sender:
    """One process's sending side. Every send runs in a task of its own: a caller that is cancelled (an arq
    job past its timeout, a stopping sweep) leaves the post to finish and be recorded. Rows claimed in bulk
    wait for one of `concurrency` places; their leases are held (renewed by the heartbeat) meanwhile."""

    def __init__(
        self,
        notifier: Notifier,
        clock: Clock,
        recheck: Recheck | None = None,
        *,
        concurrency: int = CONCURRENT_SENDS,
    ) -> None:
        self.notifier = notifier
        self.clock = clock
        self._recheck = recheck
        self._concurrency = concurrency
        self._gate: asyncio.Semaphore | None = None
        self._tasks: set[asyncio.Task[Result]] = set()

    @property
    def busy(self) -> int:
        """Sends started here and not finished."""
        return sum(not task.done() for task in self._tasks)

    def start(self, delivery_id: int, version: int, *, gated: bool = True) -> asyncio.Task[Result]:
        """Send a row this process claimed, in its own task. `gated`: the row was claimed in bulk (its lease
        is held): wait for a place first, and give it back to `pending` if stopped before its turn."""
        task = _spawn(self._run(delivery_id, version, gated))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def send(self, delivery_id: int, version: int) -> Result:
        """Send a row this caller claimed; cancelling the caller does not stop the send or its record."""
        return await asyncio.shield(self.start(delivery_id, version, gated=False))

    async def deliver(self, delivery_id: int, version: int) -> Result:
        """Claim and send one delivery (the arq job body)."""
        if not await claim(delivery_id, version, self.clock.now()):
            return Result(Outcome.NOT_CLAIMED)
        return await self.send(delivery_id, version)

    async def take_due(
        self, now: datetime, *, late_by: timedelta = timedelta(0), limit: int = 200, lease: timedelta = LEASE
    ) -> list[asyncio.Task[Result]]:
        """Retake rows of dead processes and claim rows due `late_by` ago or earlier (at most `limit` sends
        in flight here), and start sending them."""
        room = max(limit - self.busy, 0)
        rows = await take_expired(now, lease, room) if room else []
        if room > len(rows):
            rows += await claim_due(now, room - len(rows), due_by=now - late_by)
        return [self.start(delivery_id, version) for delivery_id, version in rows]

    async def run_due(self, limit: int = 200) -> list[Result]:
        """One pass of the in-process loop: send what is due (concurrently: the platform's rate limiter paces
        them, and a group webhook can merge several reminders for one chat), then tell chats of failures."""
        tasks = await self.take_due(self.clock.now(), limit=limit)
        results = list(await asyncio.gather(*(asyncio.shield(task) for task in tasks)))
        await tell_due(self.notifier, self.clock)
        return results

    async def drain(self, grace: float) -> int:
        """On the way out: let sends in flight finish for up to `grace` seconds, then stop the rest (rows that
        had not started go back to `pending`; a send cut short is retaken when its lease runs out). Returns
        how many were stopped."""
        pending = {task for task in self._tasks if not task.done()}
        if pending:
            _, pending = await asyncio.wait(pending, timeout=grace)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        return len(pending)

    async def _run(self, delivery_id: int, version: int, gated: bool) -> Result:
        if not gated:
            return await _send_claimed(delivery_id, version, self.notifier, self.clock, self._recheck)
        try:
            if self._gate is None:
                self._gate = asyncio.Semaphore(self._concurrency)
            gate = self._gate
            try:
                await gate.acquire()
            except asyncio.CancelledError:
                await asyncio.shield(_unclaim(delivery_id, version))
                raise
            try:
                return await _send_claimed(delivery_id, version, self.notifier, self.clock, self._recheck)
            finally:
                gate.release()
        finally:
            LEASES.drop(delivery_id)


async def deliver(
    delivery_id: int, version: int, notifier: Notifier, clock: Clock, recheck: Recheck | None = None
) -> Result:
    """Claim and send one delivery."""
    return await Sender(notifier, clock, recheck).deliver(delivery_id, version)


async def send_claimed(
    delivery_id: int, version: int, notifier: Notifier, clock: Clock, recheck: Recheck | None = None
) -> Result:
    """Send a delivery this caller has claimed, and record what happened."""
    return await Sender(notifier, clock, recheck).send(delivery_id, version)


async def run_due(
    notifier: Notifier, clock: Clock, *, limit: int = 200, recheck: Recheck | None = None
) -> Sequence[Result]:
    """One pass of the sweeper's delivering half: claim what is due and send it (in-process mode)."""
    return await Sender(notifier, clock, recheck).run_due(limit)


async def _send_claimed(
    delivery_id: int, version: int, notifier: Notifier, clock: Clock, recheck: Recheck | None
) -> Result:
    row = await Delivery.get_or_none(id=delivery_id, version=version).select_related(
        "chat__workspace", "owner", "creator"
    )
    if row is None or row.status != DeliveryStatus.SENDING:
        return Result(Outcome.NOT_CLAIMED)
    token = LEASES.token(row.id)
    if token is not None and token != row.attempts:  # retaken by another process since we claimed it
        return Result(Outcome.NOT_CLAIMED)
    LEASES.hold(row.id, row.attempts)
    try:
        now = clock.now()
        item = due_item(row, now)
        later = await recheck(item, now) if recheck is not None else None
        if later is not None:
            await _defer(row, later)
            return Result(Outcome.DEFERRED)
        try:
            if item.kind == DeliveryKind.OUTREACH:  # a channel may send the touch itself (workflows/channels)
                sent = await channels.send(
                    channels.of(notifier), item, idempotency_key(delivery_id, version), now
                )
                if isinstance(sent, channels.Later):
                    await _defer(row, sent.at)
                    return Result(Outcome.DEFERRED)
                if sent is not None:
                    item = replace(item, sent_by=sent.channel, sent_summary=sent.summary)
            ref = await notifier.deliver(item, idempotency_key(delivery_id, version))
        except DeliveryFailed as failure:
            return await _failed(row, failure, notifier, clock)
        except Exception as error:  # a bug in rendering must not leave the row stuck in `sending`
            log.exception("delivery %s crashed", delivery_id)
            crash = DeliveryFailed(f"{type(error).__name__}: {error}", transient=True)
            return await _failed(row, crash, notifier, clock)
        await _mark_sent(row, clock, ref)
        return Result(Outcome.SENT)
    finally:
        LEASES.drop(row.id)


async def _mark_sent(row: Delivery, clock: Clock, ref: str) -> None:
    """The post went out: record it, whoever holds the row by now, and keep trying a few seconds when the
    database hiccups (until then the lease stays held, so nobody sends it again)."""
    for attempt in range(4):
        try:
            now = clock.now()
            await _finish(
                row, now, fenced=False, status=DeliveryStatus.SENT, sent_at=now, message_ref=ref[:128]
            )
            return
        except Exception:
            if attempt == 3:
                raise
            log.warning("delivery %s went out but is not recorded yet; retrying", row.id, exc_info=True)
            await asyncio.sleep(0.5 * 2**attempt)


async def _finish(row: Delivery, now: datetime, *, fenced: bool = True, **changes: object) -> bool:
    """Move a claimed row out of `sending`; a digest's next run (or a repeating reminder's next occurrence)
    is scheduled in the same transaction, so only the caller whose update took effect chains it (a
    retried or duplicate job never does). `fenced`:
    only while this caller's claim is the row's current one. A post that went out is recorded unfenced —
    also over a row another process retook, or put back to `pending` after a failed resend."""
    changes["last_error"] = str(changes.get("last_error", ""))[:500]
    if fenced:
        claimed = Delivery.filter(
            id=row.id, version=row.version, status=DeliveryStatus.SENDING, attempts=row.attempts
        )
    else:
        statuses = (DeliveryStatus.SENDING, DeliveryStatus.PENDING)
        claimed = Delivery.filter(id=row.id, version=row.version, status__in=statuses)
    if row.kind != DeliveryKind.DIGEST and not row.repeat:
        return bool(await claimed.update(**changes))
    async with in_transaction() as conn:
        if await claimed.using_db(conn).update(**changes):
            if row.kind == DeliveryKind.DIGEST:
                await digest_schedule.chain(conn, row, now)
            else:
                await digest_schedule.chain_repeat(conn, row, now)
            return True
    return False


async def _failed(row: Delivery, failure: DeliveryFailed, notifier: Notifier, clock: Clock) -> Result:
    now = clock.now()
    give_up = asked_instant(row.local_wall, row.zone) + RETRY_HORIZON
    if failure.transient and now < give_up:
        # due_at moves to the retry moment; local_wall keeps what the user asked for (lateness counts from it)
        at = min(now + timedelta(seconds=failure.retry_after or backoff(row.attempts)), give_up)
        await Delivery.filter(
            id=row.id, version=row.version, status=DeliveryStatus.SENDING, attempts=row.attempts
        ).update(status=DeliveryStatus.PENDING, last_error=str(failure)[:500], due_at=at)
        return Result(Outcome.RETRY, (at - now).total_seconds())
    error = f"{OUTAGE}{failure}" if failure.transient else str(failure)
    log.warning("delivery %s failed for good after %s attempts: %s", row.id, row.attempts, error)
    if await _finish(row, now, status=DeliveryStatus.FAILED, last_error=error, due_at=now, sent_at=None):
        try:
            await tell(row.id, notifier, clock)
        except Exception:  # the next sweep tells
            log.exception("could not tell the chat of delivery %s yet", row.id)
    return Result(Outcome.FAILED)


async def _defer(row: Delivery, at: datetime) -> None:
    wall = at.astimezone(ZoneInfo(row.zone)).replace(tzinfo=None).isoformat(timespec="seconds")
    await Delivery.filter(
        id=row.id, version=row.version, status=DeliveryStatus.SENDING, attempts=row.attempts
    ).update(status=DeliveryStatus.PENDING, due_at=at, local_wall=wall, version=row.version + 1)


# ------------------------------------------------------------------------------ telling a chat what failed


async def tell(delivery_id: int, notifier: Notifier, clock: Clock) -> bool:
    """Tell the chat of a `failed` row that it will not go out; True once told. Taken atomically by moving
    `due_at` on by `TELL_RETRY` (a caller that dies is followed by another then), and recorded in `sent_at`.
    Given up after `TELL_HORIZON`, or when the platform refuses the notice too."""
    now = clock.now()
    taken = await Delivery.filter(
        id=delivery_id, status=DeliveryStatus.FAILED, sent_at=None, due_at__lte=now
    ).update(due_at=now + TELL_RETRY)
    if not taken:
        return False
    row = await Delivery.get(id=delivery_id).select_related("chat__workspace", "owner", "creator")
    failed_at = row.claimed_at or now
    if not isinstance(notifier, Teller) or now > failed_at + TELL_HORIZON:
        log.warning("the chat of failed delivery %s was not told", delivery_id)
        await _told(row, now, "")
        return False
    outage = row.last_error.startswith(OUTAGE)
    failure = Failure(row.last_error.removeprefix(OUTAGE), RETRY_HORIZON if outage else None)
    key = f"{idempotency_key(row.id, row.version)}-failed"
    try:
        ref = await notifier.tell_failed(due_item(row, now), failure, key)
    except DeliveryFailed as refusal:
        if not refusal.transient:
            log.warning("the chat of failed delivery %s refused the notice too: %s", delivery_id, refusal)
            await _told(row, now, "")
        elif refusal.retry_after and refusal.retry_after > TELL_RETRY.total_seconds():  # e.g. a refused key
            later = now + timedelta(seconds=refusal.retry_after)
            await Delivery.filter(id=row.id, status=DeliveryStatus.FAILED, sent_at=None).update(due_at=later)
        return False
    await _told(row, now, ref)
    return True


async def _told(row: Delivery, now: datetime, ref: str) -> None:
    await Delivery.filter(id=row.id, status=DeliveryStatus.FAILED, sent_at=None).update(
        sent_at=now, message_ref=ref[:128]
    )


async def tell_due(notifier: Notifier, clock: Clock, limit: int = 50) -> int:
    """Tell the chats of failed rows not told yet (their notice is due). Returns how many were told."""
    now = clock.now()
    rows = (
        await Delivery.filter(
            status=DeliveryStatus.FAILED, sent_at=None, due_at__lte=now, due_at__gt=now - TELL_HORIZON
        )
        .order_by("due_at", "id")
        .limit(limit)
        .values_list("id")
    )
    told = 0
    for (delivery_id,) in rows:
        told += await tell(int(delivery_id), notifier, clock)
    return told


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
        creator_region_name=creator.region_name if creator is not None else None,
        creator_id=creator.id if creator is not None else None,
        repeat=row.repeat,
        source=row.source_text,
    )


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
