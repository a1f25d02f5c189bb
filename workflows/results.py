"""Results (issue 18): every figure is defined here, once, and README.md's "Results" table says the same.

For a scope (the team, one creator, or one campaign) and a period (on `Order.ordered_at`; the team's
day for rates):

- **orders** — distinct order ids among the counted lines that kept some money (not fully refunded).
- **units** — quantity minus refunded quantity over the counted lines.
- **GMV** — paid amount minus refunds over the counted lines. Counted lines: attributed to a creator of
  the scope, status paid, completed, refunded or returned (never unpaid or cancelled).
- **commission** — per counted line the actual commission when the shop reports it, else the estimated
  commission scaled by the share not refunded (estimated × (amount − refund) ÷ amount): a refund
  recalculates commission, as Upfluence's orders table does.
- **fees** — fixed fees and other payments recorded for the scope's creators (`Payment`, kinds fixed fee
  and other, owed or paid, by the day they were recorded); commission payments are not counted again.
- **samples** — for each collaboration whose sample was shipped in the period: the sample cost (plus
  shipping, if set) of each of its campaign's products with a sample cost (by SKU); a shipment outside a
  campaign counts the team's only sample cost when exactly one is set, else nothing.
- **spend** = fees + commission + samples (GRIN's spend: cash plus product cost; Aspire's investment:
  product cost plus creator pay).
- **ROI** = GMV ÷ spend (GRIN's Revenue ROI; impact.com's "$1 → $5.78" is the same ratio); none when
  nothing was spent.
- **cost per order** = spend ÷ orders; none without orders.
- **video / live** — GMV and orders of the lines whose content type is video, and live; the rest
  (showcase, other, not given) is neither.

All money is converted into the team's reporting currency (CNY until set) with the team's own dated
rates (`ExchangeRate`: the rate in force on the line's day — the newest set on or before it, the
earliest one before the first; the inverse rate when only that one is set); nothing is fetched from the
network. A currency without any rate is left out of the figures and named (`Results.missing_rates`),
never guessed. Every stored line keeps its original amount and currency.

Aggregation happens in the database (one GROUP BY over the order lines, by creator, currency, content
type and rate period), so Python sees at most creators × currencies × content types × rate periods rows.
On SQLite the amounts are stored as text and summed as binary floating point; sums are rounded to cents
(exact far beyond any shop's totals); PostgreSQL sums numerics exactly.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from tortoise import Tortoise
from tortoise.transactions import in_transaction

from models.campaign import Campaign, CampaignProduct, Collaboration
from models.creator import Creator
from models.payment import Payment, PaymentKind, PaymentStatus
from models.results import ContentType, ExchangeRate, OrderStatus, ResultsSetting, SampleCost
from workflows import audit, currency, permissions, roles
from workflows.errors import WorkflowError
from workflows.ports import Clock
from workflows.tenancy import Actor

CENT = Decimal("0.01")
DEFAULT_REPORTING = "CNY"
COUNTED = (OrderStatus.PAID, OrderStatus.COMPLETED, OrderStatus.REFUNDED, OrderStatus.RETURNED)
SPEND_KINDS = (PaymentKind.FIXED_FEE, PaymentKind.OTHER)
SPEND_STATUSES = (PaymentStatus.PENDING, PaymentStatus.PAID)
SPLIT = (ContentType.VIDEO, ContentType.LIVE)


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


# ---- figures -------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Figures:
    """One scope's figures, in the reporting currency (unrounded until shown or compared)."""

    orders: int = 0
    units: int = 0
    gmv: Decimal = Decimal(0)
    refunds: Decimal = Decimal(0)
    commission: Decimal = Decimal(0)
    fees: Decimal = Decimal(0)
    samples: Decimal = Decimal(0)
    by_content: dict[str, tuple[int, Decimal]] = field(default_factory=dict)  # video/live → (orders, GMV)

    @property
    def spend(self) -> Decimal:
        return self.fees + self.commission + self.samples

    @property
    def roi(self) -> Decimal | None:
        spend = cents(self.spend)
        return (cents(self.gmv) / spend).quantize(CENT, rounding=ROUND_HALF_UP) if spend > 0 else None

    @property
    def cost_per_order(self) -> Decimal | None:
        return cents(cents(self.spend) / self.orders) if self.orders else None

    def content(self, kind: ContentType) -> tuple[int, Decimal]:
        return self.by_content.get(kind.value, (0, Decimal(0)))

    def add(self, other: Figures) -> None:
        self.orders += other.orders
        self.units += other.units
        self.gmv += other.gmv
        self.refunds += other.refunds
        self.commission += other.commission
        self.fees += other.fees
        self.samples += other.samples
        for kind, (orders, gmv) in other.by_content.items():
            have = self.by_content.get(kind, (0, Decimal(0)))
            self.by_content[kind] = (have[0] + orders, have[1] + gmv)


@dataclass(frozen=True, slots=True)
class CreatorResult:
    creator_id: int
    handle: str
    owner_id: int | None
    figures: Figures


@dataclass(slots=True)
class Results:
    currency: str
    total: Figures  # the whole scope: team totals are shown to everyone
    creators: list[CreatorResult]  # the creators the asker may see, GMV first
    hidden: int = 0  # creators with results the asker may not see in detail (operators)
    missing_rates: tuple[str, ...] = ()  # currencies with amounts but no rate: left out


@dataclass(frozen=True, slots=True)
class Scope:
    """Whose results: the team (no creator, no campaign), one creator, or one campaign."""

    creator_id: int | None = None
    campaign_id: int | None = None


# ---- rates ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Rates:
    """The workspace's rates into the reporting currency, by day."""

    reporting: str
    # currency → (sorted valid_from days, rates into `reporting`)
    table: dict[str, tuple[list[date], list[Decimal]]] = field(default_factory=dict)

    def boundaries(self) -> list[date]:
        """Every day a rate changes: the periods a line's day is grouped by."""
        days = {d for dates, _ in self.table.values() for d in dates}
        return sorted(days)

    def rate(self, code: str, day: date) -> Decimal | None:
        if code == self.reporting:
            return Decimal(1)
        found = self.table.get(code)
        if found is None:
            return None
        dates, rates = found
        at = bisect_right(dates, day) - 1
        return rates[max(at, 0)]

    def convert(self, amount: Decimal, code: str, day: date) -> Decimal | None:
        rate = self.rate(code, day)
        return None if rate is None else amount * rate


async def reporting_currency(workspace_id: int) -> str:
    setting = await ResultsSetting.get_or_none(workspace_id=workspace_id)
    return setting.reporting_currency if setting is not None else DEFAULT_REPORTING


async def load_rates(workspace_id: int, reporting: str) -> Rates:
    rows = (
        await ExchangeRate.filter(workspace_id=workspace_id)
        .order_by("valid_from", "id")
        .values("base", "quote", "rate", "valid_from")
    )
    direct: dict[str, dict[date, Decimal]] = {}
    inverse: dict[str, dict[date, Decimal]] = {}
    for row in rows:
        base, quote, rate = str(row["base"]), str(row["quote"]), Decimal(str(row["rate"]))
        day = _as_date(row["valid_from"])
        if quote == reporting and base != reporting:
            direct.setdefault(base, {})[day] = rate
        elif base == reporting and quote != reporting and rate > 0:
            inverse.setdefault(quote, {})[day] = Decimal(1) / rate
    rates = Rates(reporting)
    for code in {*direct, *inverse}:
        merged = {**inverse.get(code, {}), **direct.get(code, {})}  # a direct rate wins on the same day
        days = sorted(merged)
        rates.table[code] = (days, [merged[d] for d in days])
    return rates


def _as_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


# ---- the query -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Window:
    start: datetime | None  # None: all time
    end: datetime


async def compute(
    actor: Actor, scope: Scope, window: Window, team_timezone: str, *, visible_only: bool = True
) -> Results:
    """The figures of `scope` in `window`, per creator and in total. Operators get the team totals and
    the details of their own (and unowned) creators; `hidden` counts the others."""
    ws = actor.workspace_id
    reporting = await reporting_currency(ws)
    rates = await load_rates(ws, reporting)
    campaign = (
        await Campaign.get_or_none(id=scope.campaign_id, workspace_id=ws) if scope.campaign_id else None
    )
    creators = await _creators(ws, scope)
    per: dict[int, Figures] = {}
    missing: set[str] = set()
    await _orders(ws, scope, campaign, window, rates, per, missing)
    zone = ZoneInfo(team_timezone)
    await _fees(ws, scope, window, rates, zone, per, missing)
    await _samples(ws, scope, window, rates, zone, per, missing)
    total = Figures()
    shown: list[CreatorResult] = []
    hidden = 0
    sees_all = permissions.sees_everyone(actor) or not visible_only
    for creator_id, figures in per.items():
        found = creators.get(creator_id)
        if found is None:  # deleted, or outside the scope
            continue
        total.add(figures)
        handle, owner_id = found
        if sees_all or owner_id is None or owner_id == actor.member_id:
            shown.append(CreatorResult(creator_id, handle, owner_id, figures))
        else:
            hidden += 1
    shown.sort(key=lambda r: (-r.figures.gmv, r.handle.casefold()))
    return Results(reporting, total, shown, hidden, tuple(sorted(missing)))


async def _creators(workspace_id: int, scope: Scope) -> dict[int, tuple[str, int | None]]:
    """The live creators of the scope: id → (handle, owner id)."""
    query = Creator.filter(workspace_id=workspace_id)
    if scope.creator_id is not None:
        query = query.filter(id=scope.creator_id)
    if scope.campaign_id is not None:
        ids = await Collaboration.filter(
            workspace_id=workspace_id, campaign_id=scope.campaign_id
        ).values_list("creator_id", flat=True)
        query = query.filter(id__in=[int(str(i)) for i in ids])
    rows = await query.values_list("id", "handle", "owner_id")
    return {int(i): (str(h), int(o) if o is not None else None) for i, h, o in rows}


class _Sql:
    """Positional parameters written the connection's way ($1 on PostgreSQL, ? on SQLite)."""

    def __init__(self, postgres: bool) -> None:
        self.postgres = postgres
        self.params: list[Any] = []

    def p(self, value: Any) -> str:
        if not self.postgres:
            if isinstance(value, datetime):
                value = value.astimezone(UTC).isoformat(" ")
            elif isinstance(value, date):
                value = value.isoformat()
        self.params.append(value)
        return f"${len(self.params)}" if self.postgres else "?"


async def _orders(
    workspace_id: int,
    scope: Scope,
    campaign: Campaign | None,
    window: Window,
    rates: Rates,
    per: dict[int, Figures],
    missing: set[str],
) -> None:
    db = Tortoise.get_connection("default")
    sql = _Sql(db.capabilities.dialect == "postgres")
    # the SELECT's parameters come first: they are numbered in the order they appear
    amount, refund = _num(sql, "o.amount"), _num(sql, "o.refund_amount")
    actual, estimated = _num(sql, "o.commission_actual"), _num(sql, "o.commission_estimated")
    days = rates.boundaries()
    period = "0"
    if days:  # which rate period the line's day falls in: 0 before the second change, …
        period = (
            "CASE "
            + " ".join(f"WHEN o.ordered_on < {sql.p(d)} THEN {i}" for i, d in enumerate(days))
            + (f" ELSE {len(days)} END")
        )
    where = [
        f"o.workspace_id = {sql.p(workspace_id)}",
        "o.creator_id IS NOT NULL",
        "o.status IN (" + ", ".join(sql.p(s.value) for s in COUNTED) + ")",
        f"o.ordered_at < {sql.p(window.end)}",
    ]
    if window.start is not None:
        where.append(f"o.ordered_at >= {sql.p(window.start)}")
    if scope.creator_id is not None:
        where.append(f"o.creator_id = {sql.p(scope.creator_id)}")
    if campaign is not None:
        where.append(
            "o.creator_id IN (SELECT co.creator_id FROM collaboration co WHERE "
            f"co.workspace_id = {sql.p(workspace_id)} AND co.campaign_id = {sql.p(campaign.id)})"
        )
        skus = [
            str(s)
            for s in await CampaignProduct.filter(campaign_id=campaign.id)
            .exclude(sku="")
            .values_list("sku", flat=True)
        ]
        if skus:  # the campaign's products only, by SKU or product id
            marks = ", ".join(sql.p(s) for s in skus)
            where.append(f"(o.sku IN ({marks}) OR o.product_id IN ({', '.join(sql.p(s) for s in skus)}))")
        if campaign.starts_on is not None:
            where.append(f"o.ordered_on >= {sql.p(campaign.starts_on)}")
        if campaign.ends_on is not None:
            where.append(f"o.ordered_on <= {sql.p(campaign.ends_on)}")
    statement = (
        f"SELECT o.creator_id AS creator_id, o.currency AS currency, o.content_type AS content_type, "
        f"{period} AS period, "
        f"COUNT(DISTINCT CASE WHEN {amount} > {refund} THEN o.order_id END) AS orders, "
        "SUM(o.quantity - o.refunded_quantity) AS units, "
        f"SUM({amount} - {refund}) AS gmv, SUM({refund}) AS refunds, "
        f"SUM(COALESCE({actual}, {estimated} * ({amount} - {refund}) / {amount}, 0)) AS commission "
        f"FROM shop_order o JOIN creator c ON c.id = o.creator_id AND c.deleted_at IS NULL "
        f"WHERE {' AND '.join(where)} "
        "GROUP BY o.creator_id, o.currency, o.content_type, period"
    )
    for row in await db.execute_query_dict(statement, sql.params):
        code = str(row["currency"])
        index = int(row["period"])
        day = days[index - 1] if index > 0 else (days[0] if days else date.min)
        rate = rates.rate(code, day)
        if rate is None:
            missing.add(code)
            continue
        figures = per.setdefault(int(row["creator_id"]), Figures())
        gmv = _dec(row["gmv"]) * rate
        orders = int(row["orders"] or 0)
        figures.orders += orders
        figures.units += int(row["units"] or 0)
        figures.gmv += gmv
        figures.refunds += _dec(row["refunds"]) * rate
        figures.commission += _dec(row["commission"]) * rate
        kind = row["content_type"]
        if kind in {k.value for k in SPLIT}:
            have = figures.by_content.get(str(kind), (0, Decimal(0)))
            figures.by_content[str(kind)] = (have[0] + orders, have[1] + gmv)


def _num(sql: _Sql, column: str) -> str:
    """A money column as a number: SQLite keeps tortoise's decimals as text (compared as text otherwise)."""
    return column if sql.postgres else f"CAST({column} AS REAL)"


def _dec(value: Any) -> Decimal:
    """A database sum as Decimal (SQLite's are binary floating point: kept to 7 places, the figures are
    rounded to cents when shown)."""
    if value is None:
        return Decimal(0)
    return Decimal(str(value)).quantize(Decimal("0.0000001"))


async def _fees(
    workspace_id: int,
    scope: Scope,
    window: Window,
    rates: Rates,
    zone: ZoneInfo,
    per: dict[int, Figures],
    missing: set[str],
) -> None:
    query = Payment.filter(
        workspace_id=workspace_id, kind__in=SPEND_KINDS, status__in=SPEND_STATUSES, created_at__lt=window.end
    )
    if window.start is not None:
        query = query.filter(created_at__gte=window.start)
    if scope.creator_id is not None:
        query = query.filter(creator_id=scope.creator_id)
    if scope.campaign_id is not None:
        query = query.filter(collaboration__campaign_id=scope.campaign_id)
    for creator_id, amount, code, created in await query.values_list(
        "creator_id", "amount", "currency", "created_at"
    ):
        value = rates.convert(Decimal(str(amount)), str(code), created.astimezone(zone).date())
        if value is None:
            missing.add(str(code))
            continue
        per.setdefault(int(creator_id), Figures()).fees += value


async def _samples(
    workspace_id: int,
    scope: Scope,
    window: Window,
    rates: Rates,
    zone: ZoneInfo,
    per: dict[int, Figures],
    missing: set[str],
) -> None:
    costs = {
        str(r["sku_key"]): r
        for r in await SampleCost.filter(workspace_id=workspace_id).values(
            "sku_key", "cost", "shipping", "currency"
        )
    }
    if not costs:
        return
    query = Collaboration.filter(
        workspace_id=workspace_id, sample_shipped_at__isnull=False, sample_shipped_at__lt=window.end
    )
    if window.start is not None:
        query = query.filter(sample_shipped_at__gte=window.start)
    if scope.creator_id is not None:
        query = query.filter(creator_id=scope.creator_id)
    if scope.campaign_id is not None:
        query = query.filter(campaign_id=scope.campaign_id)
    shipped = await query.values_list("creator_id", "campaign_id", "sample_shipped_at")
    campaign_ids = {int(c) for _, c, _ in shipped if c is not None}
    products: dict[int, list[str]] = {}
    for campaign_id, sku in await CampaignProduct.filter(campaign_id__in=list(campaign_ids)).values_list(
        "campaign_id", "sku"
    ):
        products.setdefault(int(campaign_id), []).append(str(sku).casefold().strip())
    only = next(iter(costs)) if len(costs) == 1 else None
    for creator_id, campaign_id, at in shipped:
        skus = (
            [s for s in products.get(int(campaign_id), []) if s in costs] if campaign_id is not None else []
        )
        if campaign_id is None and only is not None:
            skus = [only]
        day = at.astimezone(zone).date()
        for sku in skus:
            row = costs[sku]
            cost = Decimal(str(row["cost"])) + Decimal(str(row["shipping"] or 0))
            value = rates.convert(cost, str(row["currency"]), day)
            if value is None:
                missing.add(str(row["currency"]))
                continue
            per.setdefault(int(creator_id), Figures()).samples += value


# ---- settings: sample cost, rates, reporting currency -----------------------------------------------


@dataclass
class BadRate(WorkflowError):
    given: str


@dataclass(frozen=True, slots=True)
class RateSet:
    base: str
    quote: str
    rate: Decimal
    valid_from: date


async def _lead(actor: Actor) -> None:
    """Sample costs, exchange rates and the reporting currency are the team's: leads set them."""
    await roles.require(actor, "results", permissions.can_manage_results(actor))


async def set_sample_cost(
    actor: Actor, sku: str, amount: str, code: str | None, shipping: str | None, clock: Clock
) -> SampleCost:
    """ "样品成本 SKU123 = 35元" (and "运费 8元"): one sample of the product costs this; set again
    replaces it."""
    await _lead(actor)
    sku = sku.strip()[:64]
    value = currency.amount(amount)
    if code is None:
        raise currency.BadAmount(amount, "no_currency")
    iso = currency.currency(code)
    ship = currency.amount(shipping) if shipping else None
    row, _ = await SampleCost.update_or_create(
        defaults={"sku": sku, "cost": value, "shipping": ship, "currency": iso},
        workspace_id=actor.workspace_id,
        sku_key=sku.casefold(),
    )
    async with in_transaction() as conn:
        await audit.record(
            conn,
            actor,
            "sample_cost.set",
            sku,
            clock.now(),
            cost=str(value),
            currency=iso,
            shipping=str(ship),
        )
    return row


async def set_rate(actor: Actor, base: str, quote: str, rate: str, valid_from: date, clock: Clock) -> RateSet:
    """ "汇率 1 USD = 7.1 CNY": in force from `valid_from` (the team's today unless a date is given)."""
    await _lead(actor)
    base, quote = currency.currency(base), currency.currency(quote)
    try:
        value = Decimal(rate.replace(",", ""))
    except ArithmeticError:
        raise BadRate(rate) from None
    if base == quote or not value.is_finite() or value <= 0 or value >= Decimal("1e10"):
        raise BadRate(rate)
    value = value.quantize(Decimal("0.00000001"))
    await ExchangeRate.update_or_create(
        defaults={"rate": value},
        workspace_id=actor.workspace_id,
        base=base,
        quote=quote,
        valid_from=valid_from,
    )
    async with in_transaction() as conn:
        await audit.record(
            conn,
            actor,
            "rate.set",
            f"{base}/{quote}",
            clock.now(),
            rate=str(value),
            valid_from=valid_from.isoformat(),
        )
    return RateSet(base, quote, value, valid_from)


async def set_reporting_currency(actor: Actor, code: str, clock: Clock) -> tuple[str, str]:
    """ "报表币种 人民币": (before, after)."""
    await _lead(actor)
    iso = currency.currency(code)
    before = await reporting_currency(actor.workspace_id)
    await ResultsSetting.update_or_create(
        defaults={"reporting_currency": iso}, workspace_id=actor.workspace_id
    )
    async with in_transaction() as conn:
        await audit.record(conn, actor, "reporting_currency.set", iso, clock.now(), before=before)
    return before, iso
