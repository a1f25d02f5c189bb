"""Team reminders ("明天下午3点提醒我跟进 @amy"), the agenda, cancel, and what owners do with sent ones."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from models.creator import Creator
from models.enums import DeliveryKind, DeliveryStatus
from models.schedule import Delivery
from models.tenancy import Member
from workflows import audit, permissions, roles
from workflows.creators import find_creators, handle_key
from workflows.delivery import Scheduler
from workflows.errors import CreatorsNotFound, WorkflowError
from workflows.ports import Clock
from workflows.results_milestones import Quiet, quiet_after_posting
from workflows.tenancy import Actor, teammate
from workflows.timeparse import When

SNOOZE = timedelta(hours=1)
MAX_REMINDER_CHARS = 1000


@dataclass
class DeliveryNotFound(WorkflowError):
    number: int


@dataclass
class AlreadyFinished(WorkflowError):
    """Cancelling or changing something already sent, cancelled or failed."""

    number: int
    status: str


@dataclass
class TimeInPast(WorkflowError):
    at: datetime  # the instant asked for (UTC); shown on `zone`'s clock as people write dates
    zone: str


def wall(at: datetime, zone: str) -> str:
    return at.astimezone(ZoneInfo(zone)).replace(tzinfo=None).isoformat(timespec="seconds")


async def add_reminder(
    actor: Actor,
    chat_id: int,
    when: When,
    text: str,
    *,
    owner: str | None,
    creators: Sequence[Creator],
    scheduler: Scheduler,
    clock: Clock,
    source: str = "",
    once: bool = False,
    repeat: str = "",
) -> Delivery:
    """One reminder row for `owner` (a name, "me"/None = the asker), due at `when`, about the first of
    `creators` (already resolved in the actor's workspace) if any. `once`: a button pressed twice (a
    reading picked on the "which day?" card) finds the row the first press made instead of a second.
    `repeat`: a repeating reminder's cadence (digest_schedule.encode); `when` is its first occurrence and
    each occurrence sent schedules the next (digest_schedule.chain_repeat)."""
    if when.utc <= clock.now():
        raise TimeInPast(when.utc, when.zone)
    target = await _owner(actor, owner)
    if once:
        made = await Delivery.filter(
            workspace_id=actor.workspace_id,
            chat_id=chat_id,
            kind=DeliveryKind.REMINDER,
            created_by_id=actor.member_id,
            owner_id=target,
            due_at=when.utc,
            text=text.strip()[:MAX_REMINDER_CHARS],
        ).first()
        if made is not None:
            return made
    async with in_transaction() as conn:
        row = await Delivery.create(
            using_db=conn,
            workspace_id=actor.workspace_id,
            chat_id=chat_id,
            kind=DeliveryKind.REMINDER,
            due_at=when.utc,
            local_wall=when.local.isoformat(timespec="seconds"),
            zone=when.zone,
            owner_id=target,
            created_by_id=actor.member_id,
            creator_id=creators[0].id if creators else None,
            text=text.strip()[:MAX_REMINDER_CHARS],
            source_text=source[:500],
            repeat=repeat,
        )
        await audit.record(
            conn, actor, "reminder.add", str(row.id), clock.now(), due=when.utc.isoformat(), delivery=row.id
        )
    await scheduler.enqueue(row.id, row.version, row.due_at)
    return row


async def named_creators(actor: Actor, handles: Sequence[str]) -> tuple[list[Creator], list[str]]:
    """The creators a reminder names that are in the pipeline, and the handles that are not. A reminder
    about someone not added yet is still set (its text keeps the handle): refusing it loses the follow-up,
    and the asker can add them from the reminder's card (`link_creator`)."""
    try:
        return (await find_creators(actor, handles) if handles else []), []
    except CreatorsNotFound as error:
        unknown = [h for h in handles if handle_key(h) in error.suggestions]
        known = [h for h in handles if handle_key(h) not in error.suggestions]
        return (await find_creators(actor, known) if known else []), unknown


async def link_creator(actor: Actor, number: int, creator: Creator) -> bool:
    """Tie a reminder that names no creator yet to `creator` (just added from its card), so it is shown
    and cancelled as a reminder about them. False when it is gone, cancelled or tied already."""
    linked = await Delivery.filter(
        id=number,
        workspace_id=actor.workspace_id,
        kind=DeliveryKind.REMINDER,
        status__not=DeliveryStatus.CANCELLED,
        creator_id=None,
    ).update(creator_id=creator.id)
    return linked > 0


async def _owner(actor: Actor, owner: str | None) -> int:
    if owner is None or owner in ("me", "我"):
        return actor.member_id
    member: Member = await teammate(actor.workspace_id, owner)  # never a member made up from a name
    return member.id


@dataclass(frozen=True, slots=True)
class Agenda:
    overdue: list[Delivery]  # sent (or due) and not dealt with
    today: list[Delivery]  # still to come today, team-local
    repeating: list[Delivery] = field(default_factory=list)  # the next occurrence of each repeating one
    quiet: list[Quiet] = field(default_factory=list)  # their creators whose content sold nothing in 14 days


async def agenda(actor: Actor, clock: Clock, team_timezone: str, *, everyone: bool = False) -> Agenda:
    """The asker's reminders and outreach touches: due today, and overdue (pinged but not done)."""
    now = clock.now()
    local_now = now.astimezone(ZoneInfo(team_timezone))
    end_of_day = (local_now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    query = Delivery.filter(workspace_id=actor.workspace_id, resolution="")
    if not everyone:
        query = query.filter(owner_id=actor.member_id)
    rows = (
        await query.filter(
            status__in=(DeliveryStatus.PENDING, DeliveryStatus.SENDING, DeliveryStatus.SENT),
            due_at__lt=end_of_day,
        )
        .order_by("due_at", "id")
        .limit(100)
        .prefetch_related("creator")
    )
    overdue = [r for r in rows if r.status == DeliveryStatus.SENT or r.due_at <= now]
    today = [r for r in rows if r not in overdue]
    repeating = query.filter(status=DeliveryStatus.PENDING, kind=DeliveryKind.REMINDER).exclude(repeat="")
    return Agenda(
        overdue=overdue,
        today=today,
        repeating=await repeating.order_by("due_at", "id").limit(50).prefetch_related("creator"),
        quiet=await quiet_after_posting(actor.workspace_id, None if everyone else actor.member_id, now),
    )


async def stop_repeating(actor: Actor, number: int, clock: Clock) -> Delivery | None:
    """Stop the repeating reminder occurrence `number` belongs to (any of its numbers, sent or not): its
    next occurrence is cancelled and none follows. None when `number` is not part of a repeating reminder
    still going; the row that carried the series on (with its cadence, for the answer) otherwise."""
    row = await Delivery.get_or_none(id=number, workspace_id=actor.workspace_id).prefetch_related(
        "creator__owner"
    )
    if row is None:
        raise DeliveryNotFound(number)
    if row.kind != DeliveryKind.REMINDER:
        return None
    if row.creator is not None:
        await roles.check_creator(actor, row.creator, permissions.CHANGE)
    series = row.series or row.id
    async with in_transaction() as conn:
        carrier = (
            await Delivery.filter(workspace_id=actor.workspace_id, kind=DeliveryKind.REMINDER)
            .filter(Q(series=series) | Q(id=series))
            .exclude(repeat="")
            .using_db(conn)
            .select_for_update()
            .first()
        )
        if carrier is None:  # a one-off reminder, or a series stopped already
            return None
        stopped = await Delivery.filter(id=carrier.id, repeat=carrier.repeat).using_db(conn).update(repeat="")
        if not stopped:  # pragma: no cover - the row lock makes this unreachable on PostgreSQL
            return None
        await (
            Delivery.filter(id=carrier.id, status=DeliveryStatus.PENDING)
            .using_db(conn)
            .update(status=DeliveryStatus.CANCELLED, version=carrier.version + 1)
        )
        await audit.record(conn, actor, "reminder.stop_repeat", str(series), clock.now(), delivery=carrier.id)
    await carrier.fetch_related("creator")
    return carrier


async def cancel(actor: Actor, number: int, clock: Clock) -> Delivery:
    """Cancel a pending reminder or touch by its number; a sent one cannot be unsent and says so. The row
    comes back with its creator, so the answer can say what was cancelled. A reminder about a creator is
    a change to that creator (workflows/permissions.py)."""
    row = await Delivery.get_or_none(id=number, workspace_id=actor.workspace_id).prefetch_related(
        "creator__owner"
    )
    if row is None:
        raise DeliveryNotFound(number)
    if row.creator is not None:
        await roles.check_creator(actor, row.creator, permissions.CHANGE)
    changed = await Delivery.filter(id=row.id, status=DeliveryStatus.PENDING).update(
        status=DeliveryStatus.CANCELLED, version=row.version + 1
    )
    if not changed:
        await row.refresh_from_db()
        raise AlreadyFinished(number, str(row.status))
    await row.refresh_from_db()
    async with in_transaction() as conn:
        await audit.record(conn, actor, "delivery.cancel", str(row.id), clock.now())
    return row


def is_deadline(row: Delivery) -> bool:
    """A reminder the bot scheduled for a TikTok Shop deadline or a payment's due date (its Deadline stays
    open when the reminder is cancelled)."""
    return row.source_text.startswith(("deadline:", "payment:"))


async def sent_row(actor: Actor, number: int) -> Delivery:
    """A delivery the bot already posted, in this workspace (what the card buttons act on)."""
    row = await Delivery.get_or_none(id=number, workspace_id=actor.workspace_id).prefetch_related("creator")
    if row is None:
        raise DeliveryNotFound(number)
    return row


async def resolve(actor: Actor, number: int, resolution: str, clock: Clock) -> Delivery:
    """Record what the owner did with a sent reminder (done / skipped). Pressing twice is harmless."""
    return await mark_resolved(await sent_row(actor, number), resolution, clock)


async def mark_resolved(row: Delivery, resolution: str, clock: Clock) -> Delivery:
    """`resolve` for a row already loaded (and checked to be in the actor's workspace)."""
    if row.resolution:
        return row
    await Delivery.filter(id=row.id, resolution="").update(resolution=resolution, resolved_at=clock.now())
    await row.refresh_from_db()
    return row


async def snooze(actor: Actor, number: int, scheduler: Scheduler, clock: Clock) -> Delivery:
    """Ask again in an hour: the same row goes back to pending with a new version."""
    row = await sent_row(actor, number)
    if row.status not in (DeliveryStatus.SENT, DeliveryStatus.PENDING):
        raise AlreadyFinished(number, str(row.status))
    due = clock.now() + SNOOZE
    await Delivery.filter(id=row.id, version=row.version).update(
        status=DeliveryStatus.PENDING,
        due_at=due,
        local_wall=wall(due, row.zone),
        version=row.version + 1,
        resolution="",
        message_ref="",
    )
    await row.refresh_from_db()
    await scheduler.enqueue(row.id, row.version, row.due_at)
    return row


@dataclass(frozen=True, slots=True)
class Moved:
    row: Delivery
    before: datetime  # the time it was due at (UTC)
    before_zone: str


async def move_reminder(actor: Actor, number: int, when: When, scheduler: Scheduler, clock: Clock) -> Moved:
    """A pending reminder to a new time ("改一下提醒 16 到周六上午10点"): the same row, a new version (older
    queued jobs become no-ops), audited as `reminder.move` so undo can put the old time back."""
    row = await Delivery.get_or_none(
        id=number, workspace_id=actor.workspace_id, kind=DeliveryKind.REMINDER
    ).prefetch_related("creator__owner")
    if row is None:
        raise DeliveryNotFound(number)
    if row.creator is not None:
        await roles.check_creator(actor, row.creator, permissions.CHANGE)
    if when.utc <= clock.now():
        raise TimeInPast(when.utc, when.zone)
    before, before_zone = row.due_at, row.zone
    async with in_transaction() as conn:
        changed = (
            await Delivery.filter(id=row.id, version=row.version, status=DeliveryStatus.PENDING)
            .using_db(conn)
            .update(
                due_at=when.utc,
                local_wall=when.local.isoformat(timespec="seconds"),
                zone=when.zone,
                version=row.version + 1,
            )
        )
        if not changed:
            await row.refresh_from_db()
            raise AlreadyFinished(number, str(row.status))
        await audit.record(
            conn,
            actor,
            "reminder.move",
            str(row.id),
            clock.now(),
            delivery=row.id,
            before=before.isoformat(),
            before_zone=before_zone,
            after=when.utc.isoformat(),
            zone=when.zone,
        )
    await row.refresh_from_db()
    await scheduler.enqueue(row.id, row.version, row.due_at)
    return Moved(row, before, before_zone)
