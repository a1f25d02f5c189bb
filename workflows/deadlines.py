"""TikTok Shop deadlines (from TikTok Shop Seller University, sources below) as reminders through the
delivery engine.

- 已确认 (agreed): the sample request must be approved within 7 days → a reminder on day 7.
- 已寄样 (shipped): the ship date is recorded; the approval deadline is met.
- 已签收 (received, "delivery"): the one seller reminder TikTok allows, not before day 5 after delivery,
  and the content due date: day 14 for a free sample, day 90 for a refundable one.
- 已发布 (posted) or an exit (婉拒/失联/黑名单): pending content reminders are cancelled.

Dates are team-local; each reminder is a `Delivery` row for the creator's owner in the chat where the
stage was changed, at 10:00 team time (never earlier than exactly 5 × 24 h after delivery for day 5).

Sources: TikTok Shop Seller University (US), each page at
https://seller-us.tiktok.com/university/essay?knowledge_id=<id>:
- [samples] 5694209038927617: approve or reject a sample request within 7 days; post within 14 days of
  receiving a free sample;
- [sample reminder] 160355525330702: the seller's reminder goes once per creator per sample, and only 5
  or more days after delivery;
- [refundable samples] 5764641632306946: a refundable sample gives the creator 90 days to post.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from i18n import Catalog
from models.campaign import Collaboration
from models.creator import Creator
from models.enums import CreatorPlatform, DeliveryKind, DeliveryStatus, SampleType, Stage
from models.schedule import Delivery
from models.tiktok_shop import Deadline, DeadlineKind, DeadlineStatus
from workflows import audit, delivery, permissions
from workflows.creators import find_creators
from workflows.ports import Clock
from workflows.tenancy import Actor

APPROVAL_DAYS = 7  # approve a sample request within 7 days [samples]
REMINDER_DAY = 5  # one seller reminder per creator per sample, ≥ 5 days after delivery [sample reminder]
# [samples] (free: 14 days) and [refundable samples] (90 days)
CONTENT_DAYS: dict[SampleType, int] = {SampleType.FREE: 14, SampleType.REFUNDABLE: 90}
REMIND_AT = time(10, 0)  # team-local wall time of a deadline reminder
CONTENT_KINDS = (DeadlineKind.SAMPLE_APPROVAL, DeadlineKind.CONTENT_REMINDER, DeadlineKind.CONTENT_DUE)
EXITS = (Stage.DECLINED, Stage.GHOSTED, Stage.BLOCKED)
SCHEDULING = (Stage.AGREED, Stage.SAMPLE_RECEIVED)  # the moves that start a TikTok Shop clock


@dataclass(frozen=True, slots=True)
class Scheduled:
    """One deadline reminder put in the engine."""

    kind: DeadlineKind
    day: int  # days after the stage change (5, 14, 90, 7)
    due_on: date  # team-local date of the deadline
    remind_at: datetime  # UTC moment of the reminder
    delivery_id: int


@dataclass(frozen=True, slots=True)
class Overdue:
    """What summaries show: a deadline past its day and not met."""

    deadline_id: int
    kind: DeadlineKind
    creator_id: int
    handle: str
    owner_id: int | None
    due_on: date
    due_at: datetime
    payment_id: int | None
    amount: Decimal | None
    currency: str | None


# ---- collaboration -------------------------------------------------------------------------------------


async def collaboration_for(conn: BaseDBAsyncClient, workspace_id: int, creator_id: int) -> Collaboration:
    """The creator's current deal: the newest collaboration, or a default one (no campaign) made now."""
    found = (
        await Collaboration.filter(workspace_id=workspace_id, creator_id=creator_id)
        .using_db(conn)
        .order_by("-id")
        .first()
    )
    if found is not None:
        return found
    return await Collaboration.create(using_db=conn, workspace_id=workspace_id, creator_id=creator_id)


async def set_sample_type(actor: Actor, handle: str, sample_type: SampleType, clock: Clock) -> Creator:
    """ "@amy 样品类型 可退": later content deadlines count 90 days instead of 14."""
    creator = (await find_creators(actor, [handle], access=permissions.CHANGE))[0]
    async with in_transaction() as conn:
        collab = await collaboration_for(conn, actor.workspace_id, creator.id)
        await Collaboration.filter(id=collab.id).using_db(conn).update(sample_type=sample_type)
        await audit.record(
            conn, actor, "collaboration.sample_type", creator.handle, clock.now(), to=sample_type.value
        )
    return creator


async def sample_type_of(workspace_id: int, creator_id: int) -> SampleType:
    collab = (
        await Collaboration.filter(workspace_id=workspace_id, creator_id=creator_id).order_by("-id").first()
    )
    return SampleType(collab.sample_type) if collab is not None and collab.sample_type else SampleType.FREE


# ---- inside the stage change's transaction -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Closed:
    """Deadlines a change closed and the reminders of theirs it cancelled (they were pending): what an undo
    reopens (`reopen`)."""

    deadlines: tuple[int, ...] = ()
    reminders: tuple[int, ...] = ()

    def __add__(self, other: Closed) -> Closed:
        return Closed(self.deadlines + other.deadlines, self.reminders + other.reminders)

    def as_detail(self) -> dict[str, list[int]]:
        """For an audit row's detail (empty when nothing was closed)."""
        if not self.deadlines:
            return {}
        return {"deadlines": list(self.deadlines), "reminders": list(self.reminders)}

    @staticmethod
    def from_detail(detail: object) -> Closed:
        if not isinstance(detail, dict):
            return Closed()
        return Closed(
            tuple(int(i) for i in detail.get("deadlines", ())),
            tuple(int(i) for i in detail.get("reminders", ())),
        )


@dataclass(frozen=True, slots=True)
class StageEffects:
    """What `on_stage` changed besides the stage, so an undo of the move can put it back."""

    closed: Closed = Closed()
    collaboration: int | None = None
    previous: dict[str, str | None] = field(default_factory=dict)  # collaboration dates before, ISO


_DATED: dict[Stage, tuple[str, ...]] = {
    Stage.SAMPLE_SHIPPED: ("sample_shipped_at",),
    Stage.SAMPLE_RECEIVED: ("sample_received_at", "content_due_on"),  # schedule_in sets content_due_on
    Stage.CONTENT_POSTED: ("content_posted_at",),
}


async def on_stage(
    conn: BaseDBAsyncClient, workspace_id: int, creator_id: int, stage: Stage, now: datetime
) -> StageEffects:
    """Record the dates on the collaboration and close what the new stage settles (pipeline.set_stage).
    Returns what it changed, for an undo of the move."""
    dated = StageEffects()
    if stage in _DATED:
        collab = await collaboration_for(conn, workspace_id, creator_id)
        previous = {name: _iso(getattr(collab, name)) for name in _DATED[stage]}
        await Collaboration.filter(id=collab.id).using_db(conn).update(**{_DATED[stage][0]: now})
        dated = StageEffects(collaboration=collab.id, previous=previous)
    closed = Closed()
    if stage in (Stage.SAMPLE_SHIPPED, Stage.SAMPLE_RECEIVED):
        closed += await close(
            conn, workspace_id, [creator_id], (DeadlineKind.SAMPLE_APPROVAL,), DeadlineStatus.DONE
        )
    if stage == Stage.SAMPLE_RECEIVED:
        # a new delivery restarts the clock: the old sample's reminders go
        closed += await close(conn, workspace_id, [creator_id], CONTENT_KINDS, DeadlineStatus.CANCELLED)
    elif stage == Stage.CONTENT_POSTED:
        closed += await close(
            conn, workspace_id, [creator_id], (DeadlineKind.CONTENT_DUE,), DeadlineStatus.DONE
        )
        closed += await close(conn, workspace_id, [creator_id], CONTENT_KINDS, DeadlineStatus.CANCELLED)
    elif stage in EXITS:
        closed += await close(conn, workspace_id, [creator_id], CONTENT_KINDS, DeadlineStatus.CANCELLED)
    return StageEffects(closed, dated.collaboration, dated.previous)


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


async def close(
    conn: BaseDBAsyncClient,
    workspace_id: int,
    creator_ids: Sequence[int],
    kinds: Sequence[DeadlineKind],
    status: DeadlineStatus,
    *,
    payment_id: int | None = None,
) -> Closed:
    """Mark open deadlines done/cancelled and cancel their reminders that have not gone out yet."""
    query = Deadline.filter(workspace_id=workspace_id, status=DeadlineStatus.OPEN, kind__in=list(kinds))
    query = (
        query.filter(payment_id=payment_id)
        if payment_id is not None
        else query.filter(creator_id__in=list(creator_ids))
    )
    rows = await query.using_db(conn).values_list("id", "delivery_id")
    if not rows:
        return Closed()
    await Deadline.filter(id__in=[r[0] for r in rows]).using_db(conn).update(status=status)
    pending = await delivery.cancel_pending(conn, [r[1] for r in rows if r[1] is not None])
    return Closed(tuple(int(r[0]) for r in rows), tuple(pending))


# ---- undo: putting back what a change closed or scheduled ---------------------------------------------


async def reopen(conn: BaseDBAsyncClient, workspace_id: int, closed: Closed) -> list[Delivery]:
    """Undo of `close`: the deadlines are open again and the reminders it cancelled pending again (new
    version). Returns those reminders, for the caller to enqueue after the commit."""
    if closed.deadlines:
        await (
            Deadline.filter(workspace_id=workspace_id, id__in=list(closed.deadlines))
            .using_db(conn)
            .update(status=DeadlineStatus.OPEN)
        )
    if not closed.reminders:
        return []
    ids = list(closed.reminders)
    await (
        Delivery.filter(workspace_id=workspace_id, id__in=ids, status=DeliveryStatus.CANCELLED)
        .using_db(conn)
        .update(status=DeliveryStatus.PENDING, version=F("version") + 1)
    )
    return list(await Delivery.filter(id__in=ids, status=DeliveryStatus.PENDING).using_db(conn))


async def cancel_reminders(conn: BaseDBAsyncClient, workspace_id: int, delivery_ids: Sequence[int]) -> None:
    """Undo of scheduling: these reminders are cancelled (if not sent yet) and their deadlines too."""
    if not delivery_ids:
        return
    ids = list(delivery_ids)
    await (
        Deadline.filter(workspace_id=workspace_id, delivery_id__in=ids, status=DeadlineStatus.OPEN)
        .using_db(conn)
        .update(status=DeadlineStatus.CANCELLED)
    )
    await (
        Delivery.filter(workspace_id=workspace_id, id__in=ids, status=DeliveryStatus.PENDING)
        .using_db(conn)
        .update(status=DeliveryStatus.CANCELLED, version=F("version") + 1)
    )


async def restore_dates(conn: BaseDBAsyncClient, collab_id: int, previous: dict[str, str | None]) -> None:
    """Undo of `on_stage`'s dates: the collaboration's date fields get their earlier values back."""
    values: dict[str, object] = {}
    for name, value in previous.items():
        if name not in ("sample_shipped_at", "sample_received_at", "content_posted_at", "content_due_on"):
            continue
        if value is None:
            values[name] = None
        elif name == "content_due_on":
            values[name] = date.fromisoformat(value)
        else:
            values[name] = datetime.fromisoformat(value)
    if values:
        await Collaboration.filter(id=collab_id).using_db(conn).update(**values)


# ---- after the stage change: schedule ----------------------------------------------------------------


def day_at(start: datetime, days: int, zone: str) -> tuple[date, datetime]:
    """(team-local date `days` after `start`'s local date, 10:00 that day in UTC)."""
    tz = ZoneInfo(zone)
    day = start.astimezone(tz).date() + timedelta(days=days)
    return day, datetime.combine(day, REMIND_AT, tzinfo=tz).astimezone(UTC)


def end_of(day: date, zone: str) -> datetime:
    return datetime.combine(day + timedelta(days=1), time(0), tzinfo=ZoneInfo(zone)).astimezone(UTC)


async def creator_reminder(
    conn: BaseDBAsyncClient,
    actor: Actor,
    creator: Creator,
    chat_id: int,
    at: datetime,
    zone: str,
    text: str,
    source: str,
) -> Delivery:
    """A reminder about `creator` posted to `chat_id` at `at` (UTC) for the creator's owner (the actor
    when nobody owns the creator); its wall time is `at` in `zone`. `source`: "deadline:…" / "payment:…"."""
    return await Delivery.create(
        using_db=conn,
        workspace_id=actor.workspace_id,
        chat_id=chat_id,
        kind=DeliveryKind.REMINDER,
        due_at=at,
        local_wall=at.astimezone(ZoneInfo(zone)).replace(tzinfo=None).isoformat(timespec="seconds"),
        zone=zone,
        owner_id=creator.owner_id or actor.member_id,  # type: ignore[attr-defined]
        created_by_id=actor.member_id,
        creator_id=creator.id,
        text=text,
        source_text=source,
    )


async def add_deadline(
    conn: BaseDBAsyncClient,
    workspace_id: int,
    creator_id: int,
    collab_id: int,
    kind: DeadlineKind,
    due_on: date,
    zone: str,
    *,
    delivery_id: int | None,
    payment_id: int | None = None,
) -> Deadline:
    """An open deadline due by the end of `due_on` in the team's zone."""
    return await Deadline.create(
        using_db=conn,
        workspace_id=workspace_id,
        creator_id=creator_id,
        collaboration_id=collab_id,
        payment_id=payment_id,
        delivery_id=delivery_id,
        kind=kind,
        due_on=due_on,
        due_at=end_of(due_on, zone),
    )


@dataclass(frozen=True, slots=True)
class Where:
    """Where a stage change happened: the chat the reminders go to, its zone and language, and a sample
    type said with the change ("@amy 寄样（可退款样品）")."""

    chat_id: int
    team_timezone: str
    locale: str
    sample_type: SampleType | None = None


async def schedule_in(
    conn: BaseDBAsyncClient, actor: Actor, creator: Creator, stage: Stage, where: Where, now: datetime
) -> tuple[list[Scheduled], list[Delivery]]:
    """Inside the stage change's transaction: the reminders the platform allows for a creator that just
    moved to `stage` (TikTok creators only: these are TikTok Shop rules). The caller enqueues the rows
    after the commit."""
    if creator.platform != CreatorPlatform.TIKTOK or stage not in SCHEDULING:
        return [], []  # most moves (谈判中, 已回复…) cost no query here
    collab = await collaboration_for(conn, actor.workspace_id, creator.id)
    zone, t = where.team_timezone, Catalog(where.locale)
    plan = _plan(stage, SampleType(collab.sample_type or SampleType.FREE), now, zone)
    content_due = next((d for k, _, d, _ in plan if k == DeadlineKind.CONTENT_DUE), None)
    items: list[Scheduled] = []
    rows: list[Delivery] = []
    for kind, day, due_on, remind_at in plan:
        text = t(
            f"deadline.text.{kind.value}",
            handle=f"@{creator.handle}",
            day=day,
            due=_md(t, content_due or due_on),
        )
        row = await creator_reminder(
            conn, actor, creator, where.chat_id, remind_at, zone, text, f"deadline:{kind.value}"
        )
        await add_deadline(
            conn, actor.workspace_id, creator.id, collab.id, kind, due_on, zone, delivery_id=row.id
        )
        if kind == DeadlineKind.CONTENT_DUE:
            await Collaboration.filter(id=collab.id).using_db(conn).update(content_due_on=due_on)
        rows.append(row)
        items.append(Scheduled(kind, day, due_on, remind_at, row.id))
    if items:
        due = {s.kind.value: s.due_on.isoformat() for s in items}
        await audit.record(conn, actor, "deadline.schedule", creator.handle, now, stage=stage.value, due=due)
    return items, rows


async def note_sample_type(
    conn: BaseDBAsyncClient, workspace_id: int, creator_id: int, sample: SampleType
) -> None:
    collab = await collaboration_for(conn, workspace_id, creator_id)
    if collab.sample_type != sample:
        await Collaboration.filter(id=collab.id).using_db(conn).update(sample_type=sample)


def _plan(
    stage: Stage, sample_type: SampleType, now: datetime, zone: str
) -> list[tuple[DeadlineKind, int, date, datetime]]:
    if stage == Stage.AGREED:
        day, at = day_at(now, APPROVAL_DAYS, zone)
        return [(DeadlineKind.SAMPLE_APPROVAL, APPROVAL_DAYS, day, at)]
    if stage == Stage.SAMPLE_RECEIVED:
        remind_day, remind_at = day_at(now, REMINDER_DAY, zone)
        remind_at = max(remind_at, now + timedelta(days=REMINDER_DAY))  # never before 5 full days
        content_days = CONTENT_DAYS[sample_type]
        due_day, due_at = day_at(now, content_days, zone)
        return [
            (DeadlineKind.CONTENT_REMINDER, REMINDER_DAY, remind_day, remind_at),
            (DeadlineKind.CONTENT_DUE, content_days, due_day, due_at),
        ]
    return []


def _md(t: Catalog, day: date) -> str:
    return t("deadline.date", month=day.month, day=day.day)


# ---- what summaries read ---------------------------------------------------------------------------------


async def overdue(workspace_id: int, now: datetime) -> list[Overdue]:
    """Open deadlines past their day (sample approval, content due, payments due), oldest first. The day-5
    content reminder is a nudge, not an obligation, so it never shows as overdue."""
    rows = (
        await Deadline.filter(
            workspace_id=workspace_id,
            status=DeadlineStatus.OPEN,
            due_at__lte=now,
            kind__in=[DeadlineKind.SAMPLE_APPROVAL, DeadlineKind.CONTENT_DUE, DeadlineKind.PAYMENT_DUE],
        )
        .order_by("due_at", "id")
        .prefetch_related("creator", "payment")
    )
    out: list[Overdue] = []
    for row in rows:
        payment = row.payment
        out.append(
            Overdue(
                deadline_id=row.id,
                kind=DeadlineKind(row.kind),
                creator_id=row.creator.id,
                handle=row.creator.handle,
                owner_id=row.creator.owner_id,  # type: ignore[attr-defined]
                due_on=row.due_on,
                due_at=row.due_at,
                payment_id=payment.id if payment is not None else None,
                amount=payment.amount if payment is not None else None,
                currency=payment.currency if payment is not None else None,
            )
        )
    return out
