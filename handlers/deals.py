"""Offers, payments, the weekly outreach quota and sample types (issue 8): thin over workflows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Self

from handlers import clocks
from handlers.command import Args, Command, Heard
from handlers.replies import ActionResult, Button, Card, Reply, Text
from handlers.routing import CommandContext, Router
from models.enums import SampleType
from models.payment import Payment, PaymentKind
from workflows import clock_labels, currency, deadlines, payments, quota
from workflows.payment_words import DayAsk, due_day_in, kind_word_in, method_in
from workflows.payments import BadPercent, NothingOffered

router = Router("deals", help=("help.deals.deadlines", "help.deals.quota", "help.deals.money"), order=110)
OWED_ROWS = 30


@dataclass(frozen=True, slots=True)
class Offer(Args):
    percent: str | None = None  # "佣金15%" → "15"
    amount: str | None = None  # the fixed fee as typed
    currency: str | None = None
    yen: bool = False  # "¥" with no 元/RMB: yen to a creator in Japan (workflows/currency.yen_sign)

    @classmethod
    def read(cls, heard: Heard) -> Self:
        return replace(cls.shared(heard), yen=currency.yen_sign(heard.text))


@dataclass(frozen=True, slots=True)
class Money(Args):
    """A payment, a refund or an amount owed: how much, how it was paid, what for, and by when."""

    amount: str | None = None  # as typed, signed
    currency: str | None = None
    yen: bool = False
    method: str = ""  # PayPal, Alipay, bank … ("" when not said)
    kind: str | None = None  # a PaymentKind value: fixed_fee | commission
    due: DayAsk | None = None  # "12月10日前": the day as written, placed on the calendar when used

    @classmethod
    def read(cls, heard: Heard) -> Self:
        return replace(
            cls.shared(heard),
            yen=currency.yen_sign(heard.text),
            method=method_in(heard.text),
            kind=kind_word_in(heard.text),
            due=due_day_in(heard.text),
        )


@dataclass(frozen=True, slots=True)
class Quota(Args):
    number: int | None = None  # invitations a week


@dataclass(frozen=True, slots=True)
class Sample(Args):
    sample_type: str | None = None  # free | refundable


def money_error(ctx: CommandContext, error: Exception, example_key: str) -> Reply | None:
    """Bad amounts and currencies as a question (nothing is written)."""
    t, example = ctx.t, ctx.t(example_key)
    match error:
        case currency.UnknownCurrency(code=code):
            return Text(
                t("payment.unknown_currency", code=code, examples=t("deals.sep").join(currency.EXAMPLES))
            )
        case currency.BadAmount(amount=amount, reason="no_currency"):
            return Text(t("payment.no_currency", amount=amount, example=example))
        case currency.BadAmount(amount=amount, reason="not_positive"):
            return Text(t("payment.not_positive", amount=amount, example=example))
        case currency.BadAmount(amount=amount, reason="too_precise"):
            return Text(t("payment.too_precise", amount=amount))
        case currency.BadAmount(amount=amount, reason="too_large"):
            return Text(t("payment.too_large", amount=amount))
        case currency.BadAmount(amount=amount):
            return Text(t("payment.unreadable", amount=amount, example=example))
        case BadPercent(given=given):
            return Text(t("payment.bad_percent", given=given))
        case NothingOffered():
            return Text(t("payment.offer_empty", example=example))
    return None


def _show(value: Decimal, code: str) -> str:
    return currency.show(value, code)


@router.intent(
    "set_offer",
    reads=("deal",),
    needs_creator=True,
    args=Offer,
    writes=True,
    describe="the agreed deal with a creator: commission percent and/or fixed fee",
)
async def set_offer(ctx: CommandContext, command: Command) -> Reply:
    t, args = ctx.t, command.arg(Offer)
    if not command.creators:
        return Text(t("error.need_creator", example=t("example.set_offer")))
    try:
        offer = await payments.set_offer(
            ctx.actor,
            command.creators[0],
            percent=args.percent,
            fee=args.amount,
            code=await payments.currency_for(ctx.actor, command.creators[0], args.currency, args.yen),
            clock=ctx.clock,
        )
    except (currency.UnknownCurrency, currency.BadAmount, BadPercent, NothingOffered) as error:
        return money_error(ctx, error, "example.set_offer") or Text(t("error.generic"))
    terms = []
    if offer.commission_percent is not None:
        terms.append(t("payment.offer_commission", percent=_percent(offer.commission_percent)))
    if offer.fixed_fee is not None and offer.currency is not None:
        terms.append(t("payment.offer_fee", amount=_show(offer.fixed_fee, offer.currency)))
    lines = [t("payment.offer_set", handle=f"@{offer.creator.handle}", terms=" + ".join(terms))]
    if offer.owed is not None:
        owed = offer.owed
        amount = _show(owed.amount, owed.currency)
        lines.append(
            t("payment.offer_owed", number=owed.id, handle=f"@{offer.creator.handle}", amount=amount)
        )
    return Text("\n".join(lines))


def _percent(value: Decimal) -> str:
    return format(value.normalize(), "f")


@router.intent(
    "record_payment",
    reads=("deal",),
    required=("amount",),
    needs_creator=True,
    args=Money,
    writes=True,
    describe="money paid to a creator",
)
async def record_payment(ctx: CommandContext, command: Command) -> Reply:
    t, asked = ctx.t, _money(ctx, command, "example.record_payment")
    if isinstance(asked, Text):
        return asked
    args, creator, amount = asked
    method, kind = args.method, PaymentKind(args.kind) if args.kind else None
    try:
        code = await payments.currency_for(ctx.actor, creator, args.currency, args.yen)
        done = await payments.record_payment(
            ctx.actor,
            creator,
            amount,
            code,
            kind=kind,
            method=method,
            note=command.source[:200],
            clock=ctx.clock,
        )
    except (currency.UnknownCurrency, currency.BadAmount) as error:
        return money_error(ctx, error, "example.record_payment") or Text(t("error.generic"))
    except payments.PaymentAgain as again:  # the same amount a moment ago: ask before recording it twice
        value = {
            "creator": creator,
            "amount": str(again.amount),
            "currency": again.currency,
            "kind": kind.value if kind else "",
            "method": method,
            "note": command.source[:200],
        }
        return Card(
            title=t("payment.again_title", handle=f"@{again.handle}"),
            body=t(
                "payment.again_body",
                handle=f"@{again.handle}",
                amount=_show(again.amount, again.currency),
                when=clocks.wall(t, again.at, ctx.team_timezone),
                by=again.by or "-",
            ),
            buttons=(Button(t("payment.again_button"), "payment.again", value, "danger"),),
        )
    return Text("\n".join(_recorded_lines(ctx, done, method)))


@router.action("payment.again")
async def record_again(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    """「仍然记录」: the user says the same amount really was paid again."""
    kind = value.get("kind") or None
    done = await payments.record_payment(
        ctx.actor,
        value.get("creator", ""),
        value.get("amount", ""),
        value.get("currency") or None,
        kind=PaymentKind(kind) if kind else None,
        method=value.get("method", ""),
        note=value.get("note", ""),
        clock=ctx.clock,
        again=True,
    )
    lines = _recorded_lines(ctx, done, value.get("method", ""))
    return ActionResult(toast=lines[0], card=Card(title=lines[0], body="\n".join(lines[1:])))


def _recorded_lines(ctx: CommandContext, done: payments.Recorded, method: str) -> list[str]:
    t = ctx.t
    handle = f"@{done.creator.handle}"
    total = sum((p.amount for p in done.paid), Decimal(0))
    code = done.paid[0].currency
    lines = [
        t(
            "payment.recorded",
            handle=handle,
            amount=_show(total, code),
            method=t("payment.method", method=method) if method else "",
        )
    ]
    for row in done.settled:
        lines.append(
            t("payment.settled", number=row.id, kind=_kind(ctx, row), amount=_show(row.amount, code))
        )
    if done.partial is not None:
        lines.append(t("payment.partial", number=done.partial.id, amount=_show(done.partial.amount, code)))
    if done.excess is not None:
        lines.append(t("payment.excess", amount=_show(done.excess, code)))
    if done.other_currency_owed:
        lines.append(
            t("payment.other_currency", handle=handle, codes=t("deals.sep").join(done.other_currency_owed))
        )
    if done.over_offer is not None:  # paid past the agreed fixed fee: recorded, and said
        paid, fee = done.over_offer
        lines.append(t("payment.over_offer", handle=handle, paid=_show(paid, code), fee=_show(fee, code)))
    return lines


def _money(ctx: CommandContext, command: Command, example: str) -> tuple[Money, str, str] | Text:
    """(the arguments, the creator's handle, the amount typed) of a money command, or the question when
    the creator or the amount is missing."""
    args = command.arg(Money)
    if not command.creators:
        return Text(ctx.t("error.need_creator", example=ctx.t(example)))
    if args.amount is None:
        return Text(ctx.t("payment.need_amount", example=ctx.t(example)))
    return args, command.creators[0], args.amount


def _date(ctx: CommandContext, day: date) -> str:
    return ctx.t("deadline.date", month=day.month, day=day.day)


def _kind(ctx: CommandContext, row: Payment) -> str:
    return ctx.t(f"payment.kind.{row.kind}")


@router.intent(
    "record_refund",
    reads=("deal",),
    required=("amount",),
    needs_creator=True,
    args=Money,
    writes=True,
    describe="a creator's commission or payment was refunded or clawed back",
)
async def record_refund(ctx: CommandContext, command: Command) -> Reply:
    t, asked = ctx.t, _money(ctx, command, "example.record_refund")
    if isinstance(asked, Text):
        return asked
    args, creator, amount = asked
    try:
        done = await payments.record_refund(
            ctx.actor,
            creator,
            amount,
            await payments.currency_for(ctx.actor, creator, args.currency, args.yen),
            kind=PaymentKind(args.kind) if args.kind else None,
            clock=ctx.clock,
        )
    except (currency.UnknownCurrency, currency.BadAmount) as error:
        return money_error(ctx, error, "example.record_refund") or Text(t("error.generic"))
    except payments.NothingToRefund as error:
        return Text(t("payment.nothing_to_refund", handle=f"@{error.handle}", currency=error.currency))
    code = done.rows[0].payment.currency
    total = sum((r.payment.amount for r in done.rows), Decimal(0))
    lines = [t("payment.refunded", handle=f"@{done.creator.handle}", amount=_show(total, code))]
    for row in done.rows:
        p = row.payment
        before = t(f"payment.status.{row.before.value}")
        lines.append(
            t(
                "payment.refund_row",
                number=p.id,
                kind=_kind(ctx, p),
                amount=_show(p.amount, code),
                before=before,
            )
        )
    if done.unmatched is not None:
        lines.append(t("payment.refund_unmatched", amount=_show(done.unmatched, code)))
    return Text("\n".join(lines))


@router.intent(
    "payment_due",
    reads=("deal",),
    required=("amount",),
    needs_creator=True,
    args=Money,
    writes=True,
    describe="an amount owed to a creator, with or without a due date",
)
async def payment_due(ctx: CommandContext, command: Command) -> Reply:
    t, asked = ctx.t, _money(ctx, command, "example.payment_due")
    if isinstance(asked, Text):
        return asked
    args, creator, amount = asked
    today = payments.today_in(ctx.clock, ctx.team_timezone)
    due_on = args.due.nearest(today) if args.due else None
    try:
        due = await payments.add_due(
            ctx.actor,
            creator,
            amount,
            await payments.currency_for(ctx.actor, creator, args.currency, args.yen),
            due_on=due_on,
            kind=PaymentKind(args.kind) if args.kind else None,
            chat_id=ctx.chat_id,
            team_timezone=ctx.team_timezone,
            scheduler=ctx.scheduler,
            clock=ctx.clock,
        )
    except (currency.UnknownCurrency, currency.BadAmount) as error:
        return money_error(ctx, error, "example.payment_due") or Text(t("error.generic"))
    row = due.payment
    await row.fetch_related("creator__owner")
    values = {
        "number": row.id,
        "handle": f"@{row.creator.handle}",
        "amount": _show(row.amount, row.currency),
        "kind": _kind(ctx, row),
    }
    if row.due_on is None:
        return Text(t("payment.due_no_date", **values))
    lines = [t("payment.due_set", date=_date(ctx, row.due_on), **values)]
    if due.reminder is not None:
        owner = (
            row.creator.owner.display_name if row.creator.owner is not None else ctx.t("payment.owner_you")
        )
        when = clocks.wall(t, due.reminder.due_at, ctx.team_timezone)
        reminder = t("payment.due_reminder", when=when, owner=owner)
        lines.append(t("deadline.numbered", item=reminder, number=due.reminder.id))  # 取消提醒 <n> names it
    else:
        lines.append(t("payment.due_no_reminder"))
    return Text("\n".join(lines))


@router.intent(
    "payments_owed",
    describe="the list of what the team still owes creators",
)
async def payments_owed(ctx: CommandContext, command: Command) -> Reply:
    t = ctx.t
    owed = await payments.owed(ctx.actor, ctx.clock, ctx.team_timezone)
    if not owed.items:
        return Text(t("payment.owed_none"))
    lines = []
    for item in owed.items[:OWED_ROWS]:
        row = item.payment
        due = t("payment.owed_due", date=_date(ctx, row.due_on)) if row.due_on else ""
        lines.append(
            t(
                "payment.owed_line",
                flag=t("payment.owed_overdue") if item.overdue else "",
                handle=t("payment.owed_deleted", handle=f"@{item.handle}")
                if item.deleted
                else f"@{item.handle}",
                amount=_show(row.amount, row.currency),
                kind=_kind(ctx, row),
                status=t(f"payment.status.{row.status}"),
                due=due,
                number=row.id,
            )
        )
    totals = t("deals.sep_items").join(_show(total, code) for code, total in owed.totals)
    return Card(
        title=t("payment.owed_title", count=len(owed.items)),
        body="\n".join(lines),
        footer=t("payment.owed_totals", totals=totals),
    )


@router.intent(
    "set_quota",
    reads=("deal",),
    required=("number",),
    args=Quota,
    writes=True,
    describe="set the weekly invitation quota (a number)",
)
async def set_quota(ctx: CommandContext, command: Command) -> Reply:
    t = ctx.t
    limit = command.arg(Quota).number
    if limit is None:
        return Text(t("quota.bad", example=t("example.set_quota")))
    try:
        await quota.set_quota(ctx.actor, limit, ctx.clock)
    except quota.BadQuota:
        return Text(t("quota.bad", example=t("example.set_quota")))
    zone = clock_labels.zone_label(t.locale, ctx.clock.now(), ctx.team_timezone)  # 北京 (UTC+8)
    return Text(t("quota.set", limit=limit, zone=zone))


@router.intent(
    "show_quota",
    describe="how much of the weekly invitation quota is used or left",
)
async def show_quota(ctx: CommandContext, command: Command) -> Reply:
    t = ctx.t
    week = await quota.usage(ctx.actor.workspace_id, ctx.clock.now(), ctx.team_timezone)
    if week is None:
        return Text(t("quota.none", example=t("example.set_quota")))
    return Text(
        t(
            "quota.show",
            week=_date(ctx, week.starts),
            used=week.used,
            limit=week.limit,
            left=week.left,
        )
    )


@router.intent(
    "set_sample_type",
    reads=("deal",),
    required=("sample_type",),
    needs_creator=True,
    args=Sample,
    writes=True,
    describe="a creator's sample is free or refundable",
)
async def set_sample_type(ctx: CommandContext, command: Command) -> Reply:
    t = ctx.t
    if not command.creators:
        return Text(t("error.need_creator", example=t("example.set_sample_type")))
    asked = command.arg(Sample).sample_type
    if asked is None:
        return Text(t("sample.type_missing", example=t("example.set_sample_type")))
    sample = SampleType(asked)
    creator = await deadlines.set_sample_type(ctx.actor, command.creators[0], sample, ctx.clock)
    return Text(
        t(
            "sample.type_set",
            handle=f"@{creator.handle}",
            sample=t(f"sample.{sample.value}"),
            days=deadlines.CONTENT_DAYS[sample],
        )
    )
