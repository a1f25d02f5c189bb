"""Undo ("撤销", "undo that"): put back the asker's most recent change, read from the audit log.

The newest audit entry of the asker in the workspace, written within `within` (30 minutes), whose action
is undoable and that no earlier undo reverted, is reverted in one transaction together with the other
rows its command wrote (detail key "batch": a stage change of several creators, a payment that settled
two rows and recorded the rest). Each reverted entry gets an "undo" audit entry {"of": id, "action": …},
so a second undo steps back to the change before it. Entries written before undo existed lack what is
needed to put them back and are passed over.

What a change left behind must still be there: a change made over by someone else since (the creator's
stage moved on, the payment was refunded) is refused with what it is now, never overwritten. Undoing is a
write: it needs the permission the original action needed (send window and digests: managers, admins;
roles: admins).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from models.audit import AuditLog
from models.campaign import Campaign, CampaignProduct, Collaboration
from models.creator import Creator, Note, StageChange
from models.digest import Digest
from models.enums import DeliveryStatus, Role, Stage
from models.payment import OWED, Payment, PaymentStatus
from models.schedule import Delivery, Outreach, SendPolicy
from models.tenancy import Member
from models.tiktok_shop import Deadline, DeadlineStatus, OutreachQuota
from models.translation import GlossaryTerm, ReplyDraft
from workflows import (
    audit,
    campaigns,
    currency,
    deadlines,
    digests,
    outreach,
    permissions,
    pipeline,
    quota,
    records,
    roles,
    stage_flows,
)
from workflows.delivery import Scheduler
from workflows.errors import WorkflowError
from workflows.ports import Clock
from workflows.sequences import resume_sequences
from workflows.tenancy import Actor, lock_workspace
from workflows.translation import glossary

UNDO_WINDOW = timedelta(minutes=30)
SCAN_LIMIT = 500  # audit entries of the asker read to find the change (30 minutes of one person's work)
PAID = (PaymentStatus.PAID, PaymentStatus.SETTLED)


# ---- what an undo answers --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Reverted:
    """One audit entry put back.

    `target`: what it was about as the team names it (a creator's handle without @, a glossary term; ""
    for team settings); `number`: the row number the bot shows (#3 for a reminder or a payment).
    `before`: the value restored (None: it did not exist before and is now gone); `after`: the value the
    change had set (None: the change removed something, now back). Values are language-neutral — stage,
    payment status and cadence codes, member names, "300.00 USD", "15% + 300.00 USD", "0,1,2 09:00-11:00"
    (weekdays Monday = 0, then the hours); `amount`: the money a payment entry was about."""

    action: str
    target: str
    before: str | None
    after: str | None
    amount: str | None = None
    number: int | None = None


@dataclass(frozen=True, slots=True)
class Undone:
    """What one undo reverted: the entries of the asker's latest change, newest first."""

    audit_id: int  # the newest entry reverted
    action: str
    changed_at: datetime  # when the change was made
    items: tuple[Reverted, ...]


class UndoError(WorkflowError):
    """Undo could not be done; nothing was changed."""


@dataclass
class NothingToUndo(UndoError):
    """No undoable change of the asker's own within the window."""

    minutes: int


@dataclass
class CannotUndo(UndoError):
    """The latest change cannot be put back as it was; nothing was changed. `reason`: changed (changed
    since; `now` is what it is now, in the form of `Reverted` values), gone (deleted since), sent (a reminder
    already went out; `now` its status), in_use (a creator that has since gathered history; `now` says
    what: owner, stage, notes, outreach, reminders, payments, deals, drafts). `target`, `number` as in
    `Reverted`."""

    action: str
    target: str
    reason: str
    now: str = ""
    number: int | None = None


# ---- finding the change --------------------------------------------------------------------------------


async def undo_last(
    actor: Actor,
    clock: Clock,
    *,
    within: timedelta = UNDO_WINDOW,
    scheduler: Scheduler | None = None,
) -> Undone:
    """Revert the asker's latest undoable change made within `within`. Reminders put back to pending
    (reopened deadlines, resumed sequences, a digest's next run) are enqueued on `scheduler` after the
    commit; without one the engine's sweep finds them."""
    now = clock.now()
    queued: list[Delivery] = []
    async with in_transaction() as conn:
        await _lock_member(conn, actor)  # two undos of one person at once revert two changes, not one twice
        group = await _latest_change(conn, actor, now - within)
        if not group:
            raise NothingToUndo(int(within.total_seconds() // 60))
        await _require(actor, group[0].action)
        items: list[Reverted] = []
        for entry in group:  # newest first
            reverted, rows = await _REVERT[entry.action](conn, actor, entry, now)
            items.append(reverted)
            queued += rows
            await audit.record(
                conn,
                actor,
                "undo",
                entry.target,
                now,
                of=entry.id,
                action=entry.action,
                before=reverted.before,
                after=reverted.after,
            )
    if scheduler is not None:
        for row in queued:
            await scheduler.enqueue(row.id, row.version, row.due_at)
    return Undone(group[0].id, group[0].action, group[0].created_at, tuple(items))


async def _lock_member(conn: BaseDBAsyncClient, actor: Actor) -> None:
    if conn.capabilities.dialect == "postgres":  # SQLite: one writer at a time, transactions are serial
        await conn.execute_query("SELECT id FROM member WHERE id = $1 FOR UPDATE", [actor.member_id])


async def _latest_change(conn: BaseDBAsyncClient, actor: Actor, since: datetime) -> list[AuditLog]:
    """The entries of the asker's latest undoable change not undone yet (its batch), newest first."""
    entries = list(
        await AuditLog.filter(
            workspace_id=actor.workspace_id, actor_id=actor.member_id, created_at__gte=since
        )
        .using_db(conn)
        .order_by("-id")
        .limit(SCAN_LIMIT)
    )
    undone = {_int(e.detail.get("of")) for e in entries if e.action == "undo" and isinstance(e.detail, dict)}
    open_ = [e for e in entries if e.id not in undone and _undoable(e)]
    if not open_:
        return []
    latest = open_[0]
    batch = latest.detail.get("batch")
    if not batch:
        return [latest]
    return [e for e in open_ if e.detail.get("batch") == batch]


def _int(value: object) -> int | None:
    return int(value) if isinstance(value, int | str) and str(value).isdigit() else None


# What each undoable action's detail must carry (entries written before undo existed lack some).
_NEEDS: dict[str, tuple[str, ...]] = {
    "creator.stage": ("creator", "from", "to"),
    "creator.owner": ("creator", "to", "before"),
    "creator.note": ("note",),
    "creator.add": ("creator",),
    "reminder.add": ("delivery",),
    "reminder.move": ("delivery", "before", "before_zone", "after", "zone"),
    "offer.set": ("collaboration", "before", "owed_before"),
    "payment.due": ("payment", "amount", "currency", "reminder"),
    "payment.settle": ("payment", "before", "method_before"),
    "payment.partial": ("payment", "of", "amount", "remaining", "batch"),
    "payment.add": ("payment", "amount", "batch"),
    "payment.refund": ("payment", "of", "amount", "before", "batch"),
    "quota.set": ("weekly_limit", "before"),
    "glossary.set": ("term", "language", "before"),
    "glossary.remove": ("terms",),
    "send_window.set": ("weekdays", "window_start", "window_end", "before"),
    "digest.add": ("digest", "replaced"),
    "member.role": ("before", "after"),
    "brand.set": ("brand", "before"),
    "campaign.add": ("campaign", "products"),
    "campaign.product": ("campaign", "products"),
    "campaign.join": ("campaign", "collaboration", "made", "batch"),
    "creator.edit": ("creator", "before", "after"),
    "creator.delete": ("creator", "stopped"),
    "creator.restore": ("creator",),
    "creator.merge": ("creator", "other", "moved", "filled", "before"),
}
UNDOABLE = frozenset(_NEEDS)


def _undoable(entry: AuditLog) -> bool:
    detail = entry.detail
    return (
        entry.action in _NEEDS and isinstance(detail, dict) and all(k in detail for k in _NEEDS[entry.action])
    )


async def _require(actor: Actor, action: str) -> None:
    """The permission the original action needed (today only team settings need a lead)."""
    if action == "send_window.set":
        await roles.require(actor, "send_window", permissions.can_set_send_window(actor))
    elif action == "digest.add":
        await roles.require(actor, "digests", permissions.can_manage_digests(actor))
    elif action == "member.role":
        await roles.require(actor, "roles", permissions.can_manage_roles(actor))
    elif action in ("brand.set", "campaign.add", "campaign.product"):
        await roles.require(actor, "campaigns", permissions.can_manage_campaigns(actor))


# ---- putting each kind of change back --------------------------------------------------------------------

Result = tuple[Reverted, list[Delivery]]
Reverter = Callable[[BaseDBAsyncClient, Actor, AuditLog, datetime], Awaitable[Result]]


def _refuse(entry: AuditLog, reason: str, now: str = "", number: int | None = None) -> CannotUndo:
    return CannotUndo(entry.action, _target(entry), reason, now, number)


def _target(entry: AuditLog) -> str:
    """The entry's target as the team names it: "tiktok:amy" (creator.add) is @amy; a reminder is its
    number."""
    if entry.action == "creator.add":
        return entry.target.split(":", 1)[-1]
    if entry.action in ("reminder.add", "reminder.move"):
        return ""
    return entry.target


async def _creator(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog) -> Creator:
    found = (
        await Creator.filter(id=int(entry.detail["creator"]), workspace_id=actor.workspace_id)
        .using_db(conn)
        .select_for_update()
        .first()
    )
    if found is None:
        raise _refuse(entry, "gone")
    return found


async def _stage(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, now: datetime) -> Result:
    """Back through pipeline's own stage change (a new StageChange from→to, counted in stage_flow), then
    what the move did besides: its deadline reminders cancelled, the deadlines it closed reopened, the
    collaboration dates it set restored, the outreach sequences it stopped resumed."""
    d = entry.detail
    creator = await _creator(conn, actor, entry)
    if creator.stage != d["to"]:
        raise _refuse(entry, "changed", str(creator.stage))
    await pipeline.move_creators(conn, actor, [creator], Stage(d["from"]), now, undoing=True)
    await deadlines.cancel_reminders(conn, actor.workspace_id, [int(i) for i in d.get("scheduled", ())])
    queued = await deadlines.reopen(conn, actor.workspace_id, deadlines.Closed.from_detail(d.get("closed")))
    if d.get("collaboration") is not None:
        await deadlines.restore_dates(conn, int(d["collaboration"]), dict(d.get("dates") or {}))
    sequences = d.get("sequences") or {}
    queued += await resume_sequences(
        conn,
        actor.workspace_id,
        [int(i) for i in sequences.get("stopped", ())],
        [int(i) for i in sequences.get("touches", ())],
    )
    return Reverted(entry.action, creator.handle, str(d["from"]), str(d["to"])), queued


async def _owner(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, now: datetime) -> Result:
    d = entry.detail
    creator = await _creator(conn, actor, entry)
    current: int | None = creator.owner_id  # type: ignore[attr-defined]
    if current != d["to"]:
        raise _refuse(entry, "changed", await _name(conn, current))
    before = _int(d["before"])
    await Creator.filter(id=creator.id).using_db(conn).update(owner_id=before, updated_at=now)
    return Reverted(entry.action, creator.handle, await _name(conn, before) or None, str(d["owner"])), []


async def _name(conn: BaseDBAsyncClient, member_id: int | None) -> str:
    if member_id is None:
        return ""
    member = await Member.get_or_none(id=member_id, using_db=conn)
    return member.display_name if member is not None else ""


async def _note(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, now: datetime) -> Result:
    note = await Note.get_or_none(
        id=int(entry.detail["note"]), workspace_id=actor.workspace_id, using_db=conn
    )
    if note is None:
        raise _refuse(entry, "gone")
    await Note.filter(id=note.id).using_db(conn).delete()
    return Reverted(entry.action, entry.target, None, note.text), []


async def _creator_add(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, now: datetime) -> Result:
    """Delete the creator added, only while nothing refers to it yet (what the asker did with it since and
    undid does not count); its stage changes go with it and leave the stage_flow totals."""
    creator = await _creator(conn, actor, entry)
    in_use = await _in_use(conn, actor, creator)
    if in_use:
        raise _refuse(entry, "in_use", in_use)
    changes = list(await StageChange.filter(creator_id=creator.id).using_db(conn))
    await stage_flows.uncount(conn, changes)
    await Creator.filter(id=creator.id).using_db(conn).delete()  # cancelled rows of undone changes go too
    return Reverted(entry.action, creator.handle, None, str(creator.platform)), []


_DEAL_FIELDS = (
    "campaign_id",
    "commission_percent",
    "fixed_fee",
    "sample_type",
    "sample_shipped_at",
    "sample_received_at",
    "content_due_on",
    "content_posted_at",
)


async def _in_use(conn: BaseDBAsyncClient, actor: Actor, creator: Creator) -> str:
    """What refers to the creator now ("" when nothing does). Left-overs of the asker's own undone changes
    do not count: stage moves that ended back in the first stage, cancelled reminders and deadlines, the
    empty collaboration a stage move or an offer made."""
    owner: int | None = creator.owner_id  # type: ignore[attr-defined]
    if owner != actor.member_id:
        return "owner"
    others = StageChange.filter(creator_id=creator.id).exclude(changed_by_id=actor.member_id)
    if creator.stage != Stage.PROSPECT or await others.using_db(conn).exists():
        return "stage"
    mine = creator.id
    checks: Sequence[tuple[str, Any]] = (
        ("notes", Note.filter(creator_id=mine)),
        ("outreach", Outreach.filter(creator_id=mine)),
        ("reminders", Delivery.filter(creator_id=mine).exclude(status=DeliveryStatus.CANCELLED)),
        ("reminders", Deadline.filter(creator_id=mine).exclude(status=DeadlineStatus.CANCELLED)),
        ("payments", Payment.filter(creator_id=mine)),
        ("drafts", ReplyDraft.filter(creator_id=mine)),
    )
    for what, query in checks:
        if await query.using_db(conn).exists():
            return str(what)
    for collab in await Collaboration.filter(creator_id=mine).using_db(conn):
        if any(getattr(collab, name) is not None for name in _DEAL_FIELDS):
            return "deals"
    return ""


async def _reminder(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, now: datetime) -> Result:
    number = int(entry.detail["delivery"])
    row = await Delivery.get_or_none(id=number, workspace_id=actor.workspace_id, using_db=conn)
    if row is None:
        raise _refuse(entry, "gone", number=number)
    cancelled = await (
        Delivery.filter(id=row.id, status=DeliveryStatus.PENDING)
        .using_db(conn)
        .update(status=DeliveryStatus.CANCELLED, version=F("version") + 1)
    )
    if not cancelled:
        raise _refuse(entry, "sent", str(row.status), number)
    creator_id: int | None = row.creator_id  # type: ignore[attr-defined]
    creator = await Creator.get_or_none(id=creator_id, using_db=conn) if creator_id else None
    return Reverted(entry.action, creator.handle if creator else "", None, row.text, number=row.id), []


async def _reminder_move(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, now: datetime) -> Result:
    """A moved reminder back to the time it had, if it is still waiting at the time it was moved to."""
    d = entry.detail
    number = int(d["delivery"])
    row = await Delivery.get_or_none(id=number, workspace_id=actor.workspace_id, using_db=conn)
    if row is None:
        raise _refuse(entry, "gone", number=number)
    after = datetime.fromisoformat(str(d["after"]))
    if row.status != DeliveryStatus.PENDING:
        raise _refuse(entry, "sent", str(row.status), number)
    if row.due_at != after:
        raise _refuse(entry, "changed", _moment(row.due_at, row.zone), number)
    before, zone = datetime.fromisoformat(str(d["before"])), str(d["before_zone"])
    wall = before.astimezone(ZoneInfo(zone)).replace(tzinfo=None).isoformat(timespec="seconds")
    await (
        Delivery.filter(id=row.id, version=row.version)
        .using_db(conn)
        .update(due_at=before, local_wall=wall, zone=zone, version=row.version + 1)
    )
    await row.refresh_from_db(using_db=conn)
    return Reverted(entry.action, "", _moment(before, zone), _moment(after, str(d["zone"])), number=row.id), [
        row
    ]


def _moment(at: datetime, zone: str) -> str:
    """A time as a language-neutral value: the UTC instant and the zone it was asked on."""
    return f"{at.isoformat()}|{zone}"


# -- offers and payments


def _dec(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _terms(values: Mapping[str, Any]) -> str | None:
    """ "15% + 300.00 USD" (commission, fixed fee), or None for no offer."""
    parts = []
    percent = _dec(values.get("commission_percent"))
    if percent is not None:
        parts.append(f"{percent.normalize():f}%")
    fee = _dec(values.get("fixed_fee"))
    if fee is not None and values.get("currency"):
        parts.append(currency.show(fee, str(values["currency"])))
    return " + ".join(parts) or None


async def _payment(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, key: str = "payment") -> Payment:
    number = int(entry.detail[key])
    found = (
        await Payment.filter(id=number, workspace_id=actor.workspace_id)
        .using_db(conn)
        .select_for_update()
        .first()
    )
    if found is None:
        raise _refuse(entry, "gone", number=number)
    return found


def _money(row: Payment) -> str:
    return currency.show(row.amount, row.currency)


def _changed(entry: AuditLog, row: Payment) -> CannotUndo:
    return _refuse(entry, "changed", str(row.status), row.id)


async def _offer(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, now: datetime) -> Result:
    """The collaboration's offer as it was; the fee row the offer created is deleted, or one it updated
    gets its amount back (while still unpaid)."""
    d = entry.detail
    collab = await Collaboration.get_or_none(
        id=int(d["collaboration"]), workspace_id=actor.workspace_id, using_db=conn
    )
    if collab is None:
        raise _refuse(entry, "gone")
    current = {name: getattr(collab, name) for name in ("commission_percent", "fixed_fee", "currency")}
    set_by_change = {name: d.get(name) for name in current if d.get(name) is not None}
    if any(_same(name, current[name], value) is False for name, value in set_by_change.items()):
        raise _refuse(entry, "changed", _terms(current) or "-")
    before: dict[str, Any] = dict(d["before"])
    await (
        Collaboration.filter(id=collab.id)
        .using_db(conn)
        .update(
            commission_percent=_dec(before.get("commission_percent")),
            fixed_fee=_dec(before.get("fixed_fee")),
            currency=before.get("currency"),
            deal_type=before.get("deal_type") or collab.deal_type,
        )
    )
    if d.get("payment") is not None:
        fee = await _payment(conn, actor, entry)
        if fee.status != PaymentStatus.PENDING:
            raise _changed(entry, fee)
        owed_before = d["owed_before"]
        if owed_before is None:
            await Payment.filter(id=fee.id).using_db(conn).delete()
        else:
            await (
                Payment.filter(id=fee.id)
                .using_db(conn)
                .update(amount=Decimal(str(owed_before["amount"])), currency=str(owed_before["currency"]))
            )
    return Reverted(entry.action, entry.target, _terms(before), _terms(d)), []


def _same(name: str, current: object, value: object) -> bool:
    if name == "currency":
        return current == value
    return _dec(current) == _dec(value)


async def _payment_due(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, now: datetime) -> Result:
    """Money owed that was added: deleted, with its due-day reminder cancelled."""
    d = entry.detail
    row = await _payment(conn, actor, entry)
    if row.status not in OWED or row.amount != Decimal(str(d["amount"])):
        raise _changed(entry, row)
    if d.get("reminder") is not None:
        await deadlines.cancel_reminders(conn, actor.workspace_id, [int(d["reminder"])])
    await Payment.filter(id=row.id).using_db(conn).delete()  # its deadline goes with it (cascade)
    return Reverted(entry.action, entry.target, None, str(row.status), _money(row), row.id), []


async def _payment_settle(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, now: datetime) -> Result:
    """An owed row the payment settled: owed again, its due date (and reminder) reopened."""
    d = entry.detail
    row = await _payment(conn, actor, entry)
    if row.status not in PAID:
        raise _changed(entry, row)
    await (
        Payment.filter(id=row.id)
        .using_db(conn)
        .update(status=PaymentStatus(d["before"]), paid_at=None, method=str(d["method_before"])[:32])
    )
    queued = await deadlines.reopen(conn, actor.workspace_id, deadlines.Closed.from_detail(d.get("closed")))
    return Reverted(
        entry.action, entry.target, str(d["before"]), str(row.status), _money(row), row.id
    ), queued


async def _payment_partial(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, now: datetime) -> Result:
    """The part paid is deleted and the owed row gets its amount back."""
    d = entry.detail
    part = await _payment(conn, actor, entry)
    owed = await _payment(conn, actor, entry, "of")
    amount, remaining = Decimal(str(d["amount"])), Decimal(str(d["remaining"]))
    if part.status not in PAID or part.amount != amount:
        raise _changed(entry, part)
    if owed.status not in OWED or owed.amount != remaining:
        raise _changed(entry, owed)
    await Payment.filter(id=part.id).using_db(conn).delete()
    await Payment.filter(id=owed.id).using_db(conn).update(amount=remaining + amount)
    restored = currency.show(remaining + amount, owed.currency)
    return Reverted(entry.action, entry.target, restored, _money(owed), _money(part), owed.id), []


async def _payment_add(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, now: datetime) -> Result:
    """A payment recorded as its own row: deleted."""
    row = await _payment(conn, actor, entry)
    if row.status not in PAID or row.amount != Decimal(str(entry.detail["amount"])):
        raise _changed(entry, row)
    await Payment.filter(id=row.id).using_db(conn).delete()
    return Reverted(entry.action, entry.target, None, str(row.status), _money(row), row.id), []


async def _payment_refund(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, now: datetime) -> Result:
    """A whole row refunded gets its status back (and the due date the refund closed); a part split off
    as refunded is deleted and its row gets the amount back."""
    d = entry.detail
    part = await _payment(conn, actor, entry)
    if part.status != PaymentStatus.REFUNDED:
        raise _changed(entry, part)
    before = PaymentStatus(d["before"])
    if part.id == int(d["of"]):
        await Payment.filter(id=part.id).using_db(conn).update(status=before)
        closed = deadlines.Closed.from_detail(d.get("closed"))
        queued = await deadlines.reopen(conn, actor.workspace_id, closed)
        reverted = Reverted(entry.action, entry.target, before.value, part.status, _money(part), part.id)
        return reverted, queued
    row = await _payment(conn, actor, entry, "of")
    if row.status != before:
        raise _changed(entry, row)
    await Payment.filter(id=part.id).using_db(conn).delete()
    await Payment.filter(id=row.id).using_db(conn).update(amount=row.amount + part.amount)
    refunded = PaymentStatus.REFUNDED.value
    return Reverted(entry.action, entry.target, before.value, refunded, _money(part), row.id), []


# -- team settings


async def _quota(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, now: datetime) -> Result:
    d = entry.detail
    current = await OutreachQuota.get_or_none(workspace_id=actor.workspace_id, using_db=conn)
    if current is None or current.weekly_limit != int(d["weekly_limit"]):
        raise _refuse(entry, "changed", str(current.weekly_limit) if current is not None else "-")
    before = _int(d["before"])
    await quota.restore_quota(conn, actor.workspace_id, before)
    return Reverted(entry.action, "", None if before is None else str(before), str(d["weekly_limit"])), []


async def _glossary_set(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, now: datetime) -> Result:
    d = entry.detail
    term = await GlossaryTerm.get_or_none(
        workspace_id=actor.workspace_id,
        source_key=entry.target.casefold(),
        language=str(d["language"]),
        using_db=conn,
    )
    if term is None:
        raise _refuse(entry, "gone")
    if term.target != d["term"]:
        raise _refuse(entry, "changed", term.target)
    before = d["before"]
    await glossary.restore_term(conn, actor, entry.target, str(d["language"]), before, now)
    return Reverted(
        entry.action, entry.target, None if before is None else str(before["target"]), term.target
    ), []


async def _glossary_remove(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, now: datetime) -> Result:
    rows = [[str(v) for v in row] for row in entry.detail["terms"]]
    await glossary.readd_terms(conn, actor, rows, now)
    return Reverted(entry.action, entry.target, ", ".join(row[1] for row in rows) or None, None), []


def _window(values: Mapping[str, Any] | None) -> str | None:
    """ "0,1,2 09:00-11:00" (Monday = 0, creator-local minutes as clock times)."""
    if values is None:
        return None
    start, end = int(values["window_start"]), int(values["window_end"])
    return f"{values['weekdays']} {start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d}"


async def _send_window(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, now: datetime) -> Result:
    d = entry.detail
    current = await SendPolicy.get_or_none(workspace_id=actor.workspace_id, using_db=conn)
    names = ("weekdays", "window_start", "window_end")
    if current is None or any(getattr(current, n) != d[n] for n in names):
        shown = _window({n: getattr(current, n) for n in names}) if current is not None else "-"
        raise _refuse(entry, "changed", shown or "-")
    await outreach.restore_window(conn, actor.workspace_id, d["before"])
    return Reverted(entry.action, "", _window(d["before"]), _window(d)), []


async def _digest_add(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, now: datetime) -> Result:
    d = entry.detail
    digest = await Digest.get_or_none(id=int(d["digest"]), workspace_id=actor.workspace_id, using_db=conn)
    if digest is None:
        raise _refuse(entry, "gone")
    if not digest.active:
        raise _refuse(entry, "changed")
    replaced = [int(i) for i in d["replaced"]]
    runs = await digests.undo_create(conn, actor.workspace_id, digest.id, replaced)
    cadence = str(digest.cadence)
    return Reverted(entry.action, entry.target, cadence if replaced else None, cadence), runs


async def _role(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, now: datetime) -> Result:
    """The member's earlier role back; the last admin stays admin (as in roles.set_role)."""
    d = entry.detail
    await lock_workspace(conn, actor.workspace_id)
    member_id = _int(entry.target.removeprefix("member:"))
    member = await Member.get_or_none(id=member_id, workspace_id=actor.workspace_id, using_db=conn)
    if member is None:
        raise _refuse(entry, "gone")
    if member.role != d["after"]:
        raise CannotUndo(entry.action, member.display_name, "changed", str(member.role))
    before = Role(d["before"])
    if member.role == Role.ADMIN and before != Role.ADMIN:
        admins = await Member.filter(workspace_id=actor.workspace_id, role=Role.ADMIN).using_db(conn).count()
        if admins <= 1:
            raise roles.LastAdmin(member.display_name)
    await Member.filter(id=member.id).using_db(conn).update(role=before)
    return Reverted(entry.action, member.display_name, before.value, str(d["after"])), []


async def _brand(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, now: datetime) -> Result:
    d = entry.detail
    before, brand = str(d["before"]), str(d["brand"])
    if not await campaigns.restore_brand(conn, actor, brand, before):
        raise _refuse(entry, "changed", await campaigns.brand_of(actor.workspace_id) or "-")
    return Reverted(entry.action, entry.target, before or None, brand), []


async def _campaign_add(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, now: datetime) -> Result:
    """A new campaign goes, products and all, while no creator was put into it since."""
    campaign_id = int(entry.detail["campaign"])
    if not await Campaign.filter(id=campaign_id, workspace_id=actor.workspace_id).using_db(conn).exists():
        raise _refuse(entry, "gone")
    if not await campaigns.delete_campaign(conn, actor, campaign_id):
        raise _refuse(entry, "in_use", "creators")
    return Reverted(entry.action, entry.target, None, entry.target), []


async def _campaign_product(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, now: datetime) -> Result:
    ids = [int(i) for i in entry.detail["products"]]
    names = list(
        await CampaignProduct.filter(id__in=ids, workspace_id=actor.workspace_id)
        .using_db(conn)
        .values_list("name", flat=True)
    )
    if not names:
        raise _refuse(entry, "gone")
    await campaigns.delete_products(conn, actor, int(entry.detail["campaign"]), ids)
    return Reverted(entry.action, entry.target, None, "、".join(str(n) for n in names)), []


async def _campaign_join(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, now: datetime) -> Result:
    d = entry.detail
    reason = await campaigns.leave_campaign(
        conn, actor, int(d["collaboration"]), int(d["campaign"]), bool(d["made"])
    )
    if reason == "deals":
        raise _refuse(entry, "in_use", "deals")
    if reason:
        raise _refuse(entry, reason)
    return Reverted(entry.action, entry.target, None, str(d.get("campaign_name") or "")), []


async def _creator_edit(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, now: datetime) -> Result:
    """The fields back as they were, unless one was changed again since. `before`: the fields' names."""
    try:
        creator = await records.revert_edit(conn, actor, entry.detail, now)
    except records.CreatorGone:
        raise _refuse(entry, "gone") from None
    except records.EditChanged as changed:
        raise _refuse(entry, "changed", str(changed.now) if changed.now is not None else "-") from None
    names = ",".join(entry.detail["after"])
    return Reverted(entry.action, creator.handle, names, names), []


async def _creator_delete(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, now: datetime) -> Result:
    """Restore the creator, with its reminders and outreach that are still due."""
    try:
        done = await records.undo_delete(conn, actor, entry.detail, now)
    except records.CreatorGone:
        raise _refuse(entry, "gone") from None
    except (records.NotDeleted, records.HandleTaken):
        raise _refuse(entry, "changed") from None
    return Reverted(entry.action, done.creator.handle, None, None), done.resumed


async def _creator_restore(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, now: datetime) -> Result:
    try:
        creator = await records.redelete(conn, actor, entry.detail, now)
    except records.CreatorGone:
        raise _refuse(entry, "gone") from None
    return Reverted(entry.action, creator.handle, None, None), []


async def _creator_merge(conn: BaseDBAsyncClient, actor: Actor, entry: AuditLog, now: datetime) -> Result:
    """The merged creator back with the rows that were its own; the kept one's filled fields empty."""
    try:
        kept, other = await records.unmerge(conn, actor, entry.detail, now)
    except records.CreatorGone:
        raise _refuse(entry, "gone") from None
    except (records.NotDeleted, records.HandleTaken):
        raise _refuse(entry, "changed") from None
    return Reverted(entry.action, kept.handle, other.handle, kept.handle), []


_REVERT: dict[str, Reverter] = {
    "creator.stage": _stage,
    "creator.owner": _owner,
    "creator.note": _note,
    "creator.add": _creator_add,
    "reminder.add": _reminder,
    "reminder.move": _reminder_move,
    "offer.set": _offer,
    "payment.due": _payment_due,
    "payment.settle": _payment_settle,
    "payment.partial": _payment_partial,
    "payment.add": _payment_add,
    "payment.refund": _payment_refund,
    "quota.set": _quota,
    "glossary.set": _glossary_set,
    "glossary.remove": _glossary_remove,
    "send_window.set": _send_window,
    "digest.add": _digest_add,
    "member.role": _role,
    "brand.set": _brand,
    "campaign.add": _campaign_add,
    "campaign.product": _campaign_product,
    "campaign.join": _campaign_join,
    "creator.edit": _creator_edit,
    "creator.delete": _creator_delete,
    "creator.restore": _creator_restore,
    "creator.merge": _creator_merge,
}
assert set(_REVERT) == UNDOABLE
