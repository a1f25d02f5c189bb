"""Offers and payments on a creator's collaboration. Money is Decimal with an ISO 4217 code; amounts in
different currencies are never added together or converted. Every change goes to the audit log.

Recording a payment settles what is owed to that creator in the same currency (the kind must match
when one is named), oldest due first:
- exactly the owed amount → the owed row becomes 已付款 (or 已结算 for commission);
- less (a partial payment) → a new 已付款 row for what was paid, and the owed row keeps the remainder
  (still 待付款, its reminder stays);
- more → every owed row is settled and the excess is its own 已付款 row, said in the answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from i18n import Catalog
from models.audit import AuditLog
from models.campaign import Collaboration
from models.creator import Creator
from models.payment import OWED, Payment, PaymentKind, PaymentStatus
from models.schedule import Delivery
from models.tenancy import Chat
from models.tiktok_shop import DeadlineKind, DeadlineStatus
from workflows import audit, currency, deadlines, permissions
from workflows.creators import find_creators
from workflows.delivery import Scheduler
from workflows.errors import WorkflowError
from workflows.payment_words import due_day_in, kind_word_in
from workflows.ports import Clock
from workflows.tenancy import Actor

MAX_NOTE = 500


@dataclass
class BadPercent(WorkflowError):
    given: str


@dataclass
class NothingOffered(WorkflowError):
    """An offer with neither a commission nor a fee."""


def _paid_status(kind: PaymentKind) -> PaymentStatus:
    return PaymentStatus.SETTLED if kind == PaymentKind.COMMISSION else PaymentStatus.PAID


def _owed_status(kind: PaymentKind) -> PaymentStatus:
    return PaymentStatus.COMMISSION_PENDING if kind == PaymentKind.COMMISSION else PaymentStatus.PENDING


def _money(raw_amount: str, code: str | None) -> tuple[Decimal, str]:
    """The amount and its ISO 4217 code, as a payment, a refund or a due amount needs them."""
    amount = currency.amount(raw_amount)
    if code is None:
        raise currency.BadAmount(raw_amount, "no_currency")
    return amount, currency.currency(code)


async def currency_for(actor: Actor, handle: str, code: str | None, yen: bool) -> str | None:
    """The currency a money message means for this creator ("¥" to a creator in Japan is yen)."""
    if code != "CNY":
        return code
    found = await find_creators(actor, [handle])
    return currency.by_country(code, yen, found[0].country if found else None)


async def _new_payment(
    conn: BaseDBAsyncClient,
    actor: Actor,
    creator_id: int,
    collab_id: int,
    kind: PaymentKind | str,
    amount: Decimal,
    code: str,
    status: PaymentStatus,
    **more: object,
) -> Payment:
    """One payment row in the actor's workspace, created by the actor (`more`: due_on, paid_at, method,
    note)."""
    return await Payment.create(
        using_db=conn,
        workspace_id=actor.workspace_id,
        creator_id=creator_id,
        collaboration_id=collab_id,
        kind=kind,
        amount=amount,
        currency=code,
        status=status,
        created_by_id=actor.member_id,
        **more,
    )


async def _split_off(
    conn: BaseDBAsyncClient,
    actor: Actor,
    row: Payment,
    part: Decimal,
    status: PaymentStatus,
    **more: object,
) -> Payment:
    """`part` of `row` becomes its own row in `status` (same creator, collaboration, kind and currency);
    `row` keeps the rest."""
    await Payment.filter(id=row.id).using_db(conn).update(amount=row.amount - part)
    return await _new_payment(
        conn,
        actor,
        row.creator_id,  # type: ignore[attr-defined]
        row.collaboration_id,  # type: ignore[attr-defined]
        row.kind,
        part,
        row.currency,
        status,
        **more,
    )


async def _close_due(
    conn: BaseDBAsyncClient, workspace_id: int, payment_id: int, status: DeadlineStatus
) -> deadlines.Closed:
    """The payment's due-date deadline (and its pending reminder) closes: paid (DONE) or refunded."""
    return await deadlines.close(
        conn, workspace_id, [], (DeadlineKind.PAYMENT_DUE,), status, payment_id=payment_id
    )


# ---- offers ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Offer:
    creator: Creator
    commission_percent: Decimal | None
    fixed_fee: Decimal | None
    currency: str | None
    owed: Payment | None  # the fixed fee now owed (待付款)


async def set_offer(
    actor: Actor,
    handle: str,
    *,
    percent: str | None,
    fee: str | None,
    code: str | None,
    clock: Clock,
) -> Offer:
    """ "@amy 合作：佣金15% + 固定费用 300 美元": the offer on the collaboration; an agreed fixed fee is owed
    (待付款) until paid. Changing the offer updates the fee still owed; a paid fee is left alone."""
    commission = _percent(percent) if percent is not None else None
    amount = currency.amount(fee) if fee is not None else None
    code = currency.currency(code) if amount is not None and code is not None else None
    if amount is not None and code is None:
        raise currency.BadAmount(fee or "", "no_currency")
    if commission is None and amount is None:
        raise NothingOffered()
    creator = (await find_creators(actor, [handle], access=permissions.CHANGE))[0]
    now = clock.now()
    owed: Payment | None = None
    async with in_transaction() as conn:
        collab = await deadlines.collaboration_for(conn, actor.workspace_id, creator.id)
        before = {name: _text(getattr(collab, name)) for name in OFFER_FIELDS}  # for undo
        owed_before: dict[str, str] | None = None
        values: dict[str, object] = {}
        if commission is not None:
            values["commission_percent"] = commission
            values["deal_type"] = "affiliate" if amount is None else "paid"
        if amount is not None:
            values.update(fixed_fee=amount, currency=code, deal_type="paid")
        await Collaboration.filter(id=collab.id).using_db(conn).update(**values)
        if amount is not None and code is not None:
            owed, owed_before = await _owe_fee(conn, actor, creator, collab.id, amount, code)
        await audit.record(
            conn,
            actor,
            "offer.set",
            creator.handle,
            now,
            commission_percent=str(commission) if commission is not None else None,
            fixed_fee=str(amount) if amount is not None else None,
            currency=code,
            payment=owed.id if owed is not None else None,  # the fixed fee now owed
            # for undo: the offer before, and the fee row as it was (None: this offer created it)
            collaboration=collab.id,
            before=before,
            owed_before=owed_before,
        )
    return Offer(creator, commission, amount, code, owed)


def _percent(raw: str) -> Decimal:
    try:
        value = Decimal(raw)
    except ArithmeticError:
        raise BadPercent(raw[:20]) from None
    if not value.is_finite() or value <= 0 or value > 100 or value != value.quantize(Decimal("0.01")):
        raise BadPercent(raw[:20])
    return value


OFFER_FIELDS = ("commission_percent", "fixed_fee", "currency", "deal_type")


def _text(value: object) -> str | None:
    return None if value is None else str(value)


async def _owe_fee(
    conn: BaseDBAsyncClient, actor: Actor, creator: Creator, collab_id: int, amount: Decimal, code: str
) -> tuple[Payment, dict[str, str] | None]:
    """The fixed fee owed for the offer: the unpaid fee row updated, else a new one. Returns the row and
    its amount and currency before (None when it is new)."""
    existing = (
        await Payment.filter(
            workspace_id=actor.workspace_id,
            collaboration_id=collab_id,
            kind=PaymentKind.FIXED_FEE,
            status=PaymentStatus.PENDING,
        )
        .using_db(conn)
        .first()
    )
    if existing is not None:
        was = {"amount": str(existing.amount), "currency": existing.currency}
        await Payment.filter(id=existing.id).using_db(conn).update(amount=amount, currency=code)
        await existing.refresh_from_db(using_db=conn)
        return existing, was
    row = await _new_payment(
        conn,
        actor,
        creator.id,
        collab_id,
        PaymentKind.FIXED_FEE,
        amount,
        code,
        PaymentStatus.PENDING,
        note="offer",
    )
    return row, None


# ---- money owed with a due date ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Due:
    payment: Payment
    reminder: Delivery | None  # at the due date, 10:00 team time; None without a date (or already past)


async def add_due(
    actor: Actor,
    handle: str,
    raw_amount: str,
    code: str | None,
    *,
    due_on: date | None,
    kind: PaymentKind | None,
    chat_id: int,
    team_timezone: str,
    scheduler: Scheduler,
    clock: Clock,
) -> Due:
    """ "@amy 应付 500 USD 12月10日前": money owed, and a reminder to the creator's owner on the due day
    (cancelled when it is paid)."""
    amount, code = _money(raw_amount, code)
    creator = (await find_creators(actor, [handle], access=permissions.CHANGE))[0]
    kind = kind or PaymentKind.FIXED_FEE
    now = clock.now()
    reminder: Delivery | None = None
    async with in_transaction() as conn:
        collab = await deadlines.collaboration_for(conn, actor.workspace_id, creator.id)
        payment = await _new_payment(
            conn, actor, creator.id, collab.id, kind, amount, code, _owed_status(kind), due_on=due_on
        )
        if due_on is not None:
            reminder = await _due_reminder(conn, actor, creator, payment, chat_id, team_timezone, now)
            await deadlines.add_deadline(
                conn,
                actor.workspace_id,
                creator.id,
                collab.id,
                DeadlineKind.PAYMENT_DUE,
                due_on,
                team_timezone,
                delivery_id=reminder.id if reminder is not None else None,
                payment_id=payment.id,
            )
        await audit.record(
            conn,
            actor,
            "payment.due",
            creator.handle,
            now,
            payment=payment.id,
            amount=str(amount),
            currency=code,
            kind=kind.value,
            due_on=due_on.isoformat() if due_on else None,
            reminder=reminder.id if reminder is not None else None,
        )
    if reminder is not None:
        await scheduler.enqueue(reminder.id, reminder.version, reminder.due_at)
    return Due(payment, reminder)


async def _due_reminder(
    conn: BaseDBAsyncClient,
    actor: Actor,
    creator: Creator,
    payment: Payment,
    chat_id: int,
    zone: str,
    now: datetime,
) -> Delivery | None:
    local = datetime.combine(payment.due_on, deadlines.REMIND_AT, tzinfo=ZoneInfo(zone))  # type: ignore[arg-type]
    at = local.astimezone(UTC)
    if at <= now:
        return None  # due today after 10:00, or in the past: it shows as owed / overdue right away
    chat = await Chat.filter(id=chat_id, workspace_id=actor.workspace_id).using_db(conn).get()
    t = Catalog(chat.locale)
    text = t(
        "payment.reminder_text",
        handle=f"@{creator.handle}",
        amount=currency.show(payment.amount, payment.currency),
        kind=t(f"payment.kind.{payment.kind}"),
    )
    return await deadlines.creator_reminder(
        conn, actor, creator, chat_id, at, zone, text, f"payment:{payment.id}"
    )


# ---- recording a payment ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Recorded:
    creator: Creator
    paid: list[Payment]  # rows now 已付款 / 已结算 (settled owed rows and new ones)
    settled: list[Payment] = field(default_factory=list)  # owed rows fully paid by this
    partial: Payment | None = None  # an owed row paid in part: its remaining amount
    excess: Decimal | None = None  # paid beyond what was owed in this currency
    other_currency_owed: list[str] = field(default_factory=list)  # owed in other currencies: untouched
    # (paid in all, the agreed fixed fee) when the fee payments now exceed the offer: said as a warning
    over_offer: tuple[Decimal, Decimal] | None = None


AGAIN_WITHIN = timedelta(hours=24)  # the same amount to the same creator within this asks "again?"
_PAID_ACTIONS = ("payment.settle", "payment.partial", "payment.add")


@dataclass
class PaymentAgain(WorkflowError):
    """The same amount in the same currency was recorded for this creator a moment ago (`at`, by `by`):
    nothing is written until the user confirms it was paid again (a double message, two teammates
    logging one transfer)."""

    handle: str
    amount: Decimal
    currency: str
    at: datetime
    by: str


async def _recorded_before(
    actor: Actor, creator: Creator, amount: Decimal, code: str, now: datetime
) -> PaymentAgain | None:
    """The latest payment of exactly `amount` `code` to this creator within AGAIN_WITHIN (one command's
    audit rows summed; undone ones left out), as the question to ask."""
    since = now - AGAIN_WITHIN
    rows = (
        await AuditLog.filter(
            workspace_id=actor.workspace_id,
            action__in=(*_PAID_ACTIONS, "undo"),
            created_at__gte=since,
        )
        .order_by("id")
        .prefetch_related("actor")
    )
    undone = {int(r.detail.get("of", 0)) for r in rows if r.action == "undo"}
    batches: dict[str, list[AuditLog]] = {}
    for row in rows:
        if row.action == "undo" or row.target != creator.handle or row.id in undone:
            continue
        if row.detail.get("currency") != code:
            continue
        batches.setdefault(str(row.detail.get("batch") or row.id), []).append(row)
    for batch in sorted(batches.values(), key=lambda b: b[-1].id, reverse=True):
        total = sum((Decimal(str(r.detail.get("amount", "0"))) for r in batch), Decimal(0))
        if total == amount:
            last = batch[-1]
            by = last.actor.display_name if last.actor is not None else ""
            return PaymentAgain(creator.handle, amount, code, last.created_at, by)
    return None


async def _over_offer(
    conn: BaseDBAsyncClient, actor: Actor, creator: Creator, code: str
) -> tuple[Decimal, Decimal] | None:
    """Fee payments (fixed fee and unlabelled, 已付款) in the offer's currency beyond its fixed fee."""
    collab = await deadlines.collaboration_for(conn, actor.workspace_id, creator.id)
    if collab.fixed_fee is None or collab.currency != code:
        return None
    paid = await (
        Payment.filter(
            workspace_id=actor.workspace_id,
            creator_id=creator.id,
            currency=code,
            status=PaymentStatus.PAID,
            kind__in=(PaymentKind.FIXED_FEE, PaymentKind.OTHER),
        )
        .using_db(conn)
        .values_list("amount", flat=True)
    )
    total = sum((Decimal(str(v)) for v in paid), Decimal(0))
    return (total, Decimal(collab.fixed_fee)) if total > collab.fixed_fee else None


async def record_payment(
    actor: Actor,
    handle: str,
    raw_amount: str,
    code: str | None,
    *,
    kind: PaymentKind | None,
    method: str,
    note: str,
    clock: Clock,
    again: bool = False,
) -> Recorded:
    """Record money paid. The same amount for the same creator within AGAIN_WITHIN raises PaymentAgain
    unless `again` (the user confirmed it was paid twice); paying past the offer's fixed fee is recorded
    and warned about (`Recorded.over_offer`)."""
    amount, code = _money(raw_amount, code)
    creator = (await find_creators(actor, [handle], access=permissions.CHANGE))[0]
    now = clock.now()
    if not again:
        asked = await _recorded_before(actor, creator, amount, code, now)
        if asked is not None:
            raise asked
    batch = audit.batch_id()  # the rows of one payment are undone together
    async with in_transaction() as conn:
        owed_query = Payment.filter(workspace_id=actor.workspace_id, creator_id=creator.id, status__in=OWED)
        if kind is not None:
            owed_query = owed_query.filter(kind=kind)
        owed = await owed_query.using_db(conn).order_by("due_on", "id")
        owed.sort(key=lambda p: (p.due_on is None, p.due_on or date.max, p.id))
        same = [p for p in owed if p.currency == code]
        others = sorted({p.currency for p in owed if p.currency != code})
        left = amount
        paid: list[Payment] = []
        settled: list[Payment] = []
        partial: Payment | None = None
        for row in same:
            if left <= 0:
                break
            if left >= row.amount:
                before, method_before = PaymentStatus(row.status), row.method
                await (
                    Payment.filter(id=row.id)
                    .using_db(conn)
                    .update(status=_paid_status(PaymentKind(row.kind)), paid_at=now, method=method[:32])
                )
                closed = await _close_due(conn, actor.workspace_id, row.id, DeadlineStatus.DONE)
                await row.refresh_from_db(using_db=conn)
                left -= row.amount
                settled.append(row)
                paid.append(row)
                await audit.record(
                    conn,
                    actor,
                    "payment.settle",
                    creator.handle,
                    now,
                    payment=row.id,
                    amount=str(row.amount),
                    currency=code,
                    method=method,
                    before=before.value,
                    method_before=method_before,
                    closed=closed.as_detail(),
                    batch=batch,
                )
            else:
                remaining = row.amount - left
                part = await _split_off(
                    conn,
                    actor,
                    row,
                    left,
                    _paid_status(PaymentKind(row.kind)),
                    paid_at=now,
                    method=method[:32],
                    note=(f"partial #{row.id}; {note}" if note else f"partial #{row.id}")[:MAX_NOTE],
                )
                await audit.record(
                    conn,
                    actor,
                    "payment.partial",
                    creator.handle,
                    now,
                    payment=part.id,
                    of=row.id,
                    amount=str(left),
                    remaining=str(remaining),
                    currency=code,
                    method=method,
                    batch=batch,
                )
                await row.refresh_from_db(using_db=conn)
                partial = row
                paid.append(part)
                left = Decimal(0)
        excess: Decimal | None = None
        if left > 0:
            collab = await deadlines.collaboration_for(conn, actor.workspace_id, creator.id)
            new_kind = kind or PaymentKind.OTHER
            row = await _new_payment(
                conn,
                actor,
                creator.id,
                collab.id,
                new_kind,
                left,
                code,
                _paid_status(new_kind),
                paid_at=now,
                method=method[:32],
                note=note[:MAX_NOTE],
            )
            await audit.record(
                conn,
                actor,
                "payment.add",
                creator.handle,
                now,
                payment=row.id,
                amount=str(left),
                currency=code,
                kind=new_kind.value,
                method=method,
                batch=batch,
            )
            paid.append(row)
            excess = left if settled or partial else None
        over = await _over_offer(conn, actor, creator, code)
    return Recorded(creator, paid, settled, partial, excess, others, over)


# ---- refunds ------------------------------------------------------------------------------------------


@dataclass
class NothingToRefund(WorkflowError):
    handle: str
    currency: str


@dataclass(frozen=True, slots=True)
class RefundedRow:
    payment: Payment  # the row now 已退款 (a split-off part when only some of it was refunded)
    before: PaymentStatus


@dataclass(frozen=True, slots=True)
class Refunded:
    creator: Creator
    rows: list[RefundedRow]
    unmatched: Decimal | None  # more than there was to refund in that currency


async def record_refund(
    actor: Actor,
    handle: str,
    raw_amount: str,
    code: str | None,
    *,
    kind: PaymentKind | None,
    clock: Clock,
) -> Refunded:
    """ "@amy 佣金已退款 50 USD": TikTok pays no commission on refunded orders (TikTok Shop Seller
    University, commission statuses: https://seller-us.tiktok.com/university/essay?knowledge_id=6837836318361346),
    so commission not yet settled (佣金待结算) is marked 已退款 first, oldest first; after that, money
    already paid to the creator and returned (已付款 / 已结算), newest first. A part of a row is split
    off as its own 已退款 row."""
    amount, code = _money(raw_amount, code)
    creator = (await find_creators(actor, [handle], access=permissions.CHANGE))[0]
    now = clock.now()
    batch = audit.batch_id()
    async with in_transaction() as conn:
        base = Payment.filter(workspace_id=actor.workspace_id, creator_id=creator.id, currency=code)
        if kind is not None:
            base = base.filter(kind=kind)
        pending = await base.filter(status=PaymentStatus.COMMISSION_PENDING).using_db(conn).order_by("id")
        paid = (
            await base.filter(status__in=(PaymentStatus.PAID, PaymentStatus.SETTLED))
            .using_db(conn)
            .order_by("-paid_at", "-id")
        )
        if not pending and not paid:
            raise NothingToRefund(creator.handle, code)
        left, rows = amount, []
        for row in [*pending, *paid]:
            if left <= 0:
                break
            before = PaymentStatus(row.status)
            closed = deadlines.Closed()
            if left >= row.amount:
                await Payment.filter(id=row.id).using_db(conn).update(status=PaymentStatus.REFUNDED)
                closed = await _close_due(conn, actor.workspace_id, row.id, DeadlineStatus.CANCELLED)
                await row.refresh_from_db(using_db=conn)
                part, left = row, left - row.amount
            else:
                part = await _split_off(
                    conn,
                    actor,
                    row,
                    left,
                    PaymentStatus.REFUNDED,
                    paid_at=row.paid_at,
                    method=row.method,
                    note=f"refund of #{row.id}",
                )
                left = Decimal(0)
            rows.append(RefundedRow(part, before))
            await audit.record(
                conn,
                actor,
                "payment.refund",
                creator.handle,
                now,
                payment=part.id,
                of=row.id,
                amount=str(part.amount),
                currency=code,
                before=before.value,
                closed=closed.as_detail(),
                batch=batch,
            )
    return Refunded(creator, rows, left if left > 0 else None)


# ---- what is owed ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OwedItem:
    payment: Payment
    handle: str
    overdue: bool
    deleted: bool = False  # owed to a creator deleted since: still owed, so still listed (and marked)


@dataclass(frozen=True, slots=True)
class OwedList:
    items: list[OwedItem]  # overdue first, then by due date (undated last)
    totals: list[tuple[str, Decimal]]  # per currency, never converted


async def owed(actor: Actor, clock: Clock, team_timezone: str, *, limit: int = 200) -> OwedList:
    today = clock.now().astimezone(ZoneInfo(team_timezone)).date()
    query = Payment.filter(workspace_id=actor.workspace_id, status__in=OWED)
    visible = permissions.visible_to(actor, via="creator__")  # operators: their own and unowned creators
    if visible is not None:
        query = query.filter(visible)
    rows = await query
    # deleted creators too: money owed does not go away with the creator (models/creator.LiveCreators
    # would leave `payment.creator` empty for them)
    creators = {c.id: c for c in await Creator.everyone().filter(id__in={p.creator_id for p in rows})}  # type: ignore[attr-defined]
    items = [
        OwedItem(
            p,
            creators[p.creator_id].handle,  # type: ignore[attr-defined]
            p.due_on is not None and p.due_on < today,
            creators[p.creator_id].deleted_at is not None,  # type: ignore[attr-defined]
        )
        for p in rows
    ]
    items.sort(
        key=lambda i: (not i.overdue, i.payment.due_on is None, i.payment.due_on or date.max, i.payment.id)
    )
    totals = await owed_by_currency(actor.workspace_id, visible=visible)
    return OwedList(items[:limit], totals)


async def owed_by_currency(
    workspace_id: int, owner_id: int | None = None, *, visible: Q | None = None
) -> list[tuple[str, Decimal]]:
    """What the team owes creators (待付款 + 佣金待结算), one sum per currency, sorted by code; amounts in
    different currencies are never added or converted. `owner_id`: only creators that member owns;
    `visible`: only the creators an operator may see (`permissions.visible_to(actor, via="creator__")`)."""
    query = Payment.filter(workspace_id=workspace_id, status__in=OWED)
    if owner_id is not None:
        query = query.filter(creator__owner_id=owner_id)
    if visible is not None:
        query = query.filter(visible)
    sums: dict[str, Decimal] = {}
    for code, value in await query.values_list("currency", "amount"):
        sums[code] = sums.get(code, Decimal(0)) + Decimal(value)
    return sorted((code, total.quantize(Decimal("0.01"))) for code, total in sums.items())


# ---- reading the message ------------------------------------------------------------------------------


def kind_in(text: str) -> PaymentKind | None:
    found = kind_word_in(text)
    return PaymentKind(found) if found else None


def due_date_in(text: str, today: date) -> date | None:
    """The due day written in `text`, on the calendar around `today`."""
    asked = due_day_in(text)
    return asked.nearest(today) if asked else None


def today_in(clock: Clock, zone: str) -> date:
    return clock.now().astimezone(ZoneInfo(zone)).date()
