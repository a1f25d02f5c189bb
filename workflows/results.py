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

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from tortoise import Tortoise
from tortoise.transactions import in_transaction

from models.campaign import Campaign, CampaignProduct, Collaboration
from models.payment import Payment, PaymentKind, PaymentStatus
from models.results import ContentType, ExchangeRate, Order, OrderStatus, ResultsSetting, SampleCost
from workflows import audit, currency, permissions, results_tally, roles
from workflows.errors import WorkflowError
from workflows.ports import Clock
from workflows.results_rates import DEFAULT_REPORTING as DEFAULT_REPORTING
from workflows.results_rates import FIRST_DAY, Rates, load_rates, rates_cte, reporting_currency
from workflows.results_rates import Sql as _Sql
from workflows.results_rates import num as _num
from workflows.tenancy import Actor

CENT = Decimal("0.01")
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
    hidden: int = 0  # creators with sales the asker may not see in detail (operators)
    missing_rates: tuple[str, ...] = ()  # currencies with amounts but no rate: left out


@dataclass(frozen=True, slots=True)
class Scope:
    """Whose results: the team (no creator, no campaign), one creator, or one campaign."""

    creator_id: int | None = None
    campaign_id: int | None = None


# ---- rates ---------------------------------------------------------------------------------------------


async def has_orders(workspace_id: int) -> bool:
    """Whether the team has imported any order lines (the summary and the digest show results then)."""
    return await Order.filter(workspace_id=workspace_id).exists()


# ---- the query -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Window:
    start: datetime | None  # None: all time
    end: datetime


async def compute(
    actor: Actor,
    scope: Scope,
    window: Window,
    team_timezone: str,
    *,
    visible_only: bool = True,
    limit: int | None = None,
) -> Results:
    """The figures of `scope` in `window`, per creator and in total. Operators get the team totals and
    the details of their own (and unowned) creators; `hidden` counts the others. `limit`: only the first
    creators by GMV in detail (the card's top list); the totals are always the whole scope's."""
    ws = actor.workspace_id
    reporting = await reporting_currency(ws)
    rates = await load_rates(ws, reporting)
    query = await _query(actor, scope, window, rates, team_timezone)
    sees_all = permissions.sees_everyone(actor) or not visible_only
    missing: set[str] = set()
    lines = await _orders(query, sees_all, limit, missing)
    zone = ZoneInfo(team_timezone)
    spent: dict[int, Figures] = {}
    owners: dict[int, tuple[str, int | None]] = {}  # the live creators with spend: handle, owner
    await _fees(ws, scope, window, rates, zone, spent, owners, missing)
    await _samples(ws, scope, window, rates, zone, spent, owners, missing)
    total, hidden = lines.total, lines.hidden
    shown = {r.creator_id: r for r in lines.creators}
    # the SQL list holds every visible creator with sales unless it was cut at `limit`: then a visible
    # creator with spend outside it has no sales (GMV 0) and comes after them
    complete = limit is None or len(shown) < limit
    for creator_id, figures in spent.items():
        total.add(figures)
        if creator_id in shown:
            shown[creator_id].figures.add(figures)
            continue
        handle, owner_id = owners[creator_id]
        visible = sees_all or owner_id is None or owner_id == actor.member_id
        if visible and complete and (limit is None or len(shown) < limit):
            shown[creator_id] = CreatorResult(creator_id, handle, owner_id, figures)
    ranked = sorted(shown.values(), key=lambda r: (-r.figures.gmv, r.handle.casefold()))
    return Results(reporting, total, ranked, hidden, tuple(sorted(missing)))


@dataclass(slots=True)
class _Lines:
    total: Figures
    creators: list[CreatorResult]  # the visible creators with counted lines, first by GMV (to `limit`)
    hidden: int  # creators with counted lines the asker may not see in detail


_AGGREGATES = ("orders", "units", "gmv", "refunds", "commission", "video_orders", "video_gmv",
               "live_orders", "live_gmv", "unrated", "suspect")  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Query:
    """What selects the counted lines of a question: who asks, the scope, the window and the rates."""

    actor: Actor
    scope: Scope
    campaign: Campaign | None
    skus: tuple[str, ...]
    window: Window
    rates: Rates
    postgres: bool
    zone: ZoneInfo

    def rates_cte(self, sql: _Sql) -> str:
        return rates_cte(self.rates, sql)

    def lines(self, sql: _Sql) -> str:
        """FROM … WHERE of the counted lines, each with its rate (`r.rate` null: no rate)."""
        ws = self.actor.workspace_id
        where = [
            f"o.workspace_id = {sql.p(ws)}",
            "o.creator_id IS NOT NULL",
            "o.status IN (" + ", ".join(sql.p(s.value) for s in COUNTED) + ")",
            f"o.ordered_at < {sql.p(self.window.end)}",
            # the same bounds on the team's day, which (workspace, ordered_on) is indexed by: without
            # them a month is a sequential scan of every line (bench/README.md)
            f"o.ordered_on <= {sql.p(self.window.end.astimezone(self.zone).date())}",
        ]
        if self.window.start is not None:
            where.append(f"o.ordered_at >= {sql.p(self.window.start)}")
            where.append(f"o.ordered_on >= {sql.p(self.window.start.astimezone(self.zone).date())}")
        if self.scope.creator_id is not None:
            where.append(f"o.creator_id = {sql.p(self.scope.creator_id)}")
        campaign = self.campaign
        if campaign is not None:
            where.append(
                "o.creator_id IN (SELECT co.creator_id FROM collaboration co WHERE "
                f"co.workspace_id = {sql.p(ws)} AND co.campaign_id = {sql.p(campaign.id)})"
            )
            if self.skus:  # the campaign's products only, by SKU or product id
                marks = ", ".join(sql.p(s) for s in self.skus)
                where.append(
                    f"(o.sku IN ({marks}) OR o.product_id IN ({', '.join(sql.p(s) for s in self.skus)}))"
                )
            if campaign.starts_on is not None:
                where.append(f"o.ordered_on >= {sql.p(campaign.starts_on)}")
            if campaign.ends_on is not None:
                where.append(f"o.ordered_on <= {sql.p(campaign.ends_on)}")
        return (
            "FROM shop_order o LEFT JOIN r ON r.code = o.currency AND o.ordered_on >= r.lo "
            f"AND o.ordered_on < r.hi WHERE {' AND '.join(where)}"
        )


def orders_statement(
    query: _Query, sees_all: bool, limit: int | None, *, tally: bool = True
) -> tuple[str, list[Any]]:
    """One statement for the order lines' figures: the creators the asker may see (first by GMV, at most
    `limit`) and one row of totals (`kind` 0) over every live creator of the scope, with the count of
    the creators not shown in detail (`hidden`) and of the lines without a rate (`unrated`).

    Each line is converted in the database with the rate in force on its day (the `r` VALUES list joined
    to the line), so the aggregation is one GROUP BY creator and Python sees the top creators and one
    total — never a row per creator of a large team."""
    sql = _Sql(query.postgres)
    cte = query.rates_cte(sql)
    plan = _plan(query) if tally else None
    if plan is None:
        per = _line_per(query, sql, None)
    elif plan.days is None:  # all time: one row per creator, no lines
        per = _tally_rows(query, plan, sql)
    else:
        rows = _tally_rows(query, plan, sql)
        lines = _line_per(query, sql, plan)
        sums = ", ".join(f"SUM(u.{a}) AS {a}" for a in _AGGREGATES)
        per = f"SELECT u.creator_id AS creator_id, {sums} FROM ({rows} UNION ALL {lines}) u "
        per += "GROUP BY u.creator_id"
    me = query.actor.member_id
    visible = "1 = 1" if sees_all else f"(c.owner_id IS NULL OR c.owner_id = {sql.p(me)})"
    seen = (
        f"SELECT per.*, c.handle AS handle, c.owner_id AS owner_id, "
        f"CASE WHEN {visible} THEN 1 ELSE 0 END AS visible "
        "FROM per JOIN creator c ON c.id = per.creator_id AND c.deleted_at IS NULL"
    )
    columns = ", ".join(_AGGREGATES)
    sums = ", ".join(f"SUM({a}) AS {a}" for a in _AGGREGATES)
    top = f"SELECT 1 AS kind, creator_id, handle, owner_id, {columns}, 0 AS hidden FROM seen "
    top += "WHERE visible = 1 ORDER BY gmv DESC, handle"
    if limit is not None:
        top += f" LIMIT {int(limit)}"
    totals = (
        "SELECT 0 AS kind, CAST(NULL AS INTEGER) AS creator_id, CAST(NULL AS VARCHAR(100)) AS handle, "
        "CAST(NULL AS INTEGER) AS owner_id, "
        f"{sums}, SUM(1 - visible) AS hidden FROM seen"
    )
    statement = (
        f"WITH {cte}, per AS ({per}), seen AS ({seen}) "
        f"SELECT * FROM ({totals}) t UNION ALL SELECT * FROM ({top}) s"
    )
    return statement, sql.params


@dataclass(frozen=True, slots=True)
class _Plan:
    """Which tally rows answer a question (workflows/results_tally.py): all time (`days` None), or the
    whole months and whole days inside `days` (inclusive), the lines outside them."""

    days: tuple[date, date] | None
    months: tuple[date, date] | None  # first days of the first and last whole month inside `days`


class _Literal:
    """Dates and instants the code computed (never typed input) written into the statement: a month's
    window then gets a plan for its own days, not the generic plan of a prepared statement (which
    PostgreSQL switches to after five runs and which reads the wrong index for a short range)."""

    def __init__(self, postgres: bool) -> None:
        self.postgres = postgres

    def __call__(self, value: date) -> str:
        if isinstance(value, datetime):
            text = value.astimezone(UTC).isoformat(" ")
            return f"CAST('{text}' AS TIMESTAMPTZ)" if self.postgres else f"'{text}'"
        return f"CAST('{value.isoformat()}' AS DATE)" if self.postgres else f"'{value.isoformat()}'"


def _month_before(day: date) -> date:
    return date(day.year - 1, 12, 1) if day.month == 1 else date(day.year, day.month - 1, 1)


def _month_after(day: date) -> date:
    return date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)


def _plan(query: _Query) -> _Plan | None:
    """The tally's share of a question, or None (lines only): a campaign narrowed to its products (the
    rows are not by product), or a window without a whole day."""
    if query.skus:
        return None
    window, zone, campaign = query.window, query.zone, query.campaign
    starts = campaign.starts_on if campaign is not None else None
    ends = campaign.ends_on if campaign is not None else None
    if window.start is None and starts is None and ends is None:
        return _Plan(None, None)
    low = FIRST_DAY
    if window.start is not None:
        first = window.start.astimezone(zone).date()
        midnight = datetime.combine(first, datetime.min.time(), zone)
        low = first if midnight == window.start else first + timedelta(days=1)
    if starts is not None:
        low = max(low, starts)
    high = window.end.astimezone(zone).date() - timedelta(days=1)  # the last day is the lines'
    if ends is not None:
        high = min(high, ends)
    if low > high:
        return None
    first_month = low if low.day == 1 else _month_after(low)
    last_month = date(high.year, high.month, 1)
    if (high + timedelta(days=1)).day != 1:
        last_month = _month_before(last_month)
    months = (first_month, last_month) if first_month <= last_month else None
    return _Plan((low, high), months)


def _tally_rows(query: _Query, plan: _Plan, sql: _Sql) -> str:
    """The tally rows of a plan with the line statement's columns; `suspect` marks a row whose orders
    also lie in another row, or whose lines lie outside the window's instants (then lines answer)."""
    ws, window = query.actor.workspace_id, query.window
    # gmv is null while every line is without a rate, as the lines' SUM is
    values = ", ".join(
        "CASE WHEN t.lines > t.unrated THEN t.gmv END AS gmv" if a == "gmv" else f"t.{a} AS {a}"
        for a in _AGGREGATES
        if a != "suspect"
    )
    lit = _Literal(query.postgres)

    def rows(grain: str, bounds: Callable[[], str]) -> str:
        # parameters are written in the order they appear: SQLite's are positional
        stray = [f"t.last_at >= {lit(window.end)}"]
        if plan.days is None:
            stray.append(f"t.last_on > {lit(window.end.astimezone(query.zone).date())}")
        elif window.start is not None:
            stray.append(f"t.first_at < {lit(window.start)}")
        head = (
            f"SELECT t.creator_id AS creator_id, {values}, "
            f"CASE WHEN t.spanning > 0 OR {' OR '.join(stray)} THEN 1 ELSE 0 END AS suspect "
            f"FROM order_tally t WHERE t.workspace_id = {sql.p(ws)} AND t.grain = '{grain}' AND "
        )
        head += bounds()
        if query.scope.creator_id is not None:
            head += f" AND t.creator_id = {sql.p(query.scope.creator_id)}"
        if query.campaign is not None:
            head += (
                " AND t.creator_id IN (SELECT co.creator_id FROM collaboration co WHERE "
                f"co.workspace_id = {sql.p(ws)} AND co.campaign_id = {sql.p(query.campaign.id)})"
            )
        return head

    # each part writes its own parameters in the order they appear (SQLite's are positional)
    if plan.days is None:
        return rows("a", lambda: f"t.period = {lit(results_tally.ALL_TIME)}")
    low, high = plan.days
    if plan.months is None:
        return rows("d", lambda: f"t.period >= {lit(low)} AND t.period <= {lit(high)}")
    first, last = plan.months
    months = rows("m", lambda: f"t.period >= {lit(first)} AND t.period <= {lit(last)}")
    days = rows(
        "d",
        lambda: (
            f"((t.period >= {lit(low)} AND t.period < {lit(first)}) OR "
            f"(t.period >= {lit(_month_after(last))} AND t.period <= {lit(high)}))"
        ),
    )
    return f"{months} UNION ALL {days}"


def _line_per(query: _Query, sql: _Sql, plan: _Plan | None) -> str:
    """Per creator, the figures of the counted lines (each converted at its day's rate); with a `plan`,
    only the lines of the days its tally rows do not cover (the window's partial first and last days)."""
    amount, refund = _num(sql, "o.amount"), _num(sql, "o.refund_amount")
    actual, estimated = _num(sql, "o.commission_actual"), _num(sql, "o.commission_estimated")
    kept = f"(r.rate IS NOT NULL AND {amount} > {refund})"
    net = f"({amount} - {refund}) * r.rate"
    video, live = f"'{ContentType.VIDEO.value}'", f"'{ContentType.LIVE.value}'"  # constants, no input
    lines = query.lines(sql)
    if plan is not None:
        lines += (
            " AND 1 = 0"
            if plan.days is None
            else f" AND (o.ordered_on < {sql.p(plan.days[0], 'date')} "
            f"OR o.ordered_on > {sql.p(plan.days[1], 'date')})"
        )
    return (
        "SELECT o.creator_id AS creator_id, "
        f"COUNT(DISTINCT CASE WHEN {kept} THEN o.order_id END) AS orders, "
        "SUM(CASE WHEN r.rate IS NOT NULL THEN o.quantity - o.refunded_quantity ELSE 0 END) AS units, "
        f"SUM({net}) AS gmv, SUM({refund} * r.rate) AS refunds, "
        f"SUM(COALESCE({actual}, {estimated} * ({amount} - {refund}) / {amount}, 0) * r.rate) AS commission, "
        f"COUNT(DISTINCT CASE WHEN {kept} AND o.content_type = {video} THEN o.order_id END) AS video_orders, "
        f"SUM(CASE WHEN o.content_type = {video} THEN {net} END) AS video_gmv, "
        f"COUNT(DISTINCT CASE WHEN {kept} AND o.content_type = {live} THEN o.order_id END) AS live_orders, "
        f"SUM(CASE WHEN o.content_type = {live} THEN {net} END) AS live_gmv, "
        "SUM(CASE WHEN r.rate IS NULL THEN 1 ELSE 0 END) AS unrated, 0 AS suspect "
        f"{lines} GROUP BY o.creator_id"
    )


async def _campaign_skus(campaign: Campaign | None) -> tuple[str, ...]:
    if campaign is None:
        return ()
    skus = await CampaignProduct.filter(campaign_id=campaign.id).exclude(sku="").values_list("sku", flat=True)
    return tuple(str(s) for s in skus)


async def _query(actor: Actor, scope: Scope, window: Window, rates: Rates, team_timezone: str) -> _Query:
    db = Tortoise.get_connection("default")
    campaign = (
        await Campaign.get_or_none(id=scope.campaign_id, workspace_id=actor.workspace_id)
        if scope.campaign_id
        else None
    )
    skus = await _campaign_skus(campaign)
    postgres = db.capabilities.dialect == "postgres"
    return _Query(actor, scope, campaign, skus, window, rates, postgres, ZoneInfo(team_timezone))


async def statements(
    actor: Actor, scope: Scope, window: Window, team_timezone: str, *, limit: int | None = 10
) -> list[tuple[str, str, list[Any]]]:
    """The statements `compute` runs for a question (for the bench's EXPLAIN): label, SQL, parameters."""
    rates = await load_rates(actor.workspace_id, await reporting_currency(actor.workspace_id))
    query = await _query(actor, scope, window, rates, team_timezone)
    statement, params = orders_statement(query, permissions.sees_everyone(actor), limit)
    return [("orders", statement, params)]


WORK_MEM = "64MB"


async def _run(statement: str, params: list[Any], postgres: bool) -> list[dict[str, Any]]:
    """Run a figures statement. On PostgreSQL with a plan for its own values (a prepared statement run a
    sixth time may get the generic plan, which read a 90-day window through the wrong index: 1.5 s →
    2.8 s in bench/results.py), grouping by creator sorted rather than hashed (a hash of 76,000
    creators' eleven numeric sums took 134 MB and still spilled to disk: 1.4 s; sorted, 0.2 s) and
    `WORK_MEM` for that sort."""
    if not postgres:
        return list(await Tortoise.get_connection("default").execute_query_dict(statement, params))
    async with in_transaction() as conn:
        await conn.execute_script(
            "SET LOCAL plan_cache_mode = force_custom_plan; "
            f"SET LOCAL work_mem = '{WORK_MEM}'; SET LOCAL enable_hashagg = off"
        )
        return list(await conn.execute_query_dict(statement, params))


async def _orders(query: _Query, sees_all: bool, limit: int | None, missing: set[str]) -> _Lines:
    db = Tortoise.get_connection("default")
    statement, params = orders_statement(query, sees_all, limit)
    found_rows = await _run(statement, params, query.postgres)
    if any(int(row["kind"]) == 0 and int(row["suspect"] or 0) for row in found_rows):
        # a tally row it read is not the window's alone (results_tally: `spanning`, stray instants)
        statement, params = orders_statement(query, sees_all, limit, tally=False)
        found_rows = await _run(statement, params, query.postgres)
    found = _Lines(Figures(), [], 0)
    for row in found_rows:
        figures = Figures(
            orders=int(row["orders"] or 0),
            units=int(row["units"] or 0),
            gmv=_dec(row["gmv"]),
            refunds=_dec(row["refunds"]),
            commission=_dec(row["commission"]),
        )
        for kind in SPLIT:
            count, gmv = int(row[f"{kind.value}_orders"] or 0), _dec(row[f"{kind.value}_gmv"])
            if count or gmv:
                figures.by_content[kind.value] = (count, gmv)
        if int(row["kind"]) == 0:
            found.total, found.hidden = figures, int(row["hidden"] or 0)
            if int(row["unrated"] or 0):
                missing.update(await _unrated(db, query))
        else:
            owner = row["owner_id"]
            found.creators.append(
                CreatorResult(
                    int(row["creator_id"]), str(row["handle"]), int(owner) if owner else None, figures
                )
            )
    return found


async def _unrated(db: Any, query: _Query) -> set[str]:
    """The currencies of counted lines without a rate (asked only when there are some)."""
    sql = _Sql(query.postgres)
    cte = query.rates_cte(sql)
    statement = f"WITH {cte} SELECT DISTINCT o.currency AS code {query.lines(sql)} AND r.rate IS NULL"
    return {str(r["code"]) for r in await db.execute_query_dict(statement, sql.params)}


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
    owners: dict[int, tuple[str, int | None]],
    missing: set[str],
) -> None:
    if Tortoise.get_connection("default").capabilities.dialect == "postgres":
        await _fees_sql(workspace_id, scope, window, rates, zone, per, owners, missing)
    else:
        await _fees_orm(workspace_id, scope, window, rates, zone, per, owners, missing)


async def _fees_orm(
    workspace_id: int,
    scope: Scope,
    window: Window,
    rates: Rates,
    zone: ZoneInfo,
    per: dict[int, Figures],
    owners: dict[int, tuple[str, int | None]],
    missing: set[str],
) -> None:
    """The fees of the scope's creators in the window, each payment converted in Python at its day's rate."""
    query = Payment.filter(
        workspace_id=workspace_id,
        kind__in=SPEND_KINDS,
        status__in=SPEND_STATUSES,
        created_at__lt=window.end,
        creator__deleted_at__isnull=True,
    )
    if window.start is not None:
        query = query.filter(created_at__gte=window.start)
    if scope.creator_id is not None:
        query = query.filter(creator_id=scope.creator_id)
    if scope.campaign_id is not None:
        query = query.filter(collaboration__campaign_id=scope.campaign_id)
    for creator_id, amount, code, created, handle, owner in await query.values_list(
        "creator_id", "amount", "currency", "created_at", "creator__handle", "creator__owner_id"
    ):
        value = rates.convert(Decimal(str(amount)), str(code), created.astimezone(zone).date())
        if value is None:
            missing.add(str(code))
            continue
        per.setdefault(int(creator_id), Figures()).fees += value
        owners[int(creator_id)] = (str(handle), int(owner) if owner is not None else None)


async def _fees_sql(
    workspace_id: int,
    scope: Scope,
    window: Window,
    rates: Rates,
    zone: ZoneInfo,
    per: dict[int, Figures],
    owners: dict[int, tuple[str, int | None]],
    missing: set[str],
) -> None:
    """`_fees` summed in PostgreSQL per creator and currency, each payment at the rate of its day on the
    team's clock (the same products as in Python, summed exactly): all time in the bench read 20,000
    payments through the ORM and converted them in Python, 0.23 s of a 0.3 s budget."""
    sql = _Sql(True)
    cte = rates_cte(rates, sql)
    day = f"CAST(p.created_at AT TIME ZONE {sql.p(zone.key, 'varchar')} AS DATE)"
    where = [
        f"p.workspace_id = {sql.p(workspace_id)}",
        "p.kind IN (" + ", ".join(sql.p(k.value) for k in SPEND_KINDS) + ")",
        "p.status IN (" + ", ".join(sql.p(k.value) for k in SPEND_STATUSES) + ")",
        f"p.created_at < {sql.p(window.end)}",
    ]
    if window.start is not None:
        where.append(f"p.created_at >= {sql.p(window.start)}")
    if scope.creator_id is not None:
        where.append(f"p.creator_id = {sql.p(scope.creator_id)}")
    if scope.campaign_id is not None:
        where.append(
            f"p.collaboration_id IN (SELECT co.id FROM collaboration co WHERE co.campaign_id = "
            f"{sql.p(scope.campaign_id)})"
        )
    statement = (
        f"WITH {cte} SELECT p.creator_id, c.handle, c.owner_id, p.currency, SUM(p.amount * r.rate) AS fees, "
        "COUNT(r.rate) AS rated FROM payment p "
        "JOIN creator c ON c.id = p.creator_id AND c.deleted_at IS NULL "
        f"LEFT JOIN r ON r.code = p.currency AND {day} >= r.lo AND {day} < r.hi "
        f"WHERE {' AND '.join(where)} GROUP BY p.creator_id, c.handle, c.owner_id, p.currency"
    )
    for row in await _run(statement, sql.params, True):
        if not int(row["rated"]):
            missing.add(str(row["currency"]))
            continue
        creator_id, owner = int(row["creator_id"]), row["owner_id"]
        per.setdefault(creator_id, Figures()).fees += Decimal(row["fees"])
        owners[creator_id] = (str(row["handle"]), int(owner) if owner is not None else None)


async def _samples(
    workspace_id: int,
    scope: Scope,
    window: Window,
    rates: Rates,
    zone: ZoneInfo,
    per: dict[int, Figures],
    owners: dict[int, tuple[str, int | None]],
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
        workspace_id=workspace_id,
        sample_shipped_at__isnull=False,
        sample_shipped_at__lt=window.end,
        creator__deleted_at__isnull=True,
    )
    if window.start is not None:
        query = query.filter(sample_shipped_at__gte=window.start)
    if scope.creator_id is not None:
        query = query.filter(creator_id=scope.creator_id)
    if scope.campaign_id is not None:
        query = query.filter(campaign_id=scope.campaign_id)
    shipped = await query.values_list(
        "creator_id", "campaign_id", "sample_shipped_at", "creator__handle", "creator__owner_id"
    )
    campaign_ids = {int(c) for _, c, _, _, _ in shipped if c is not None}
    products: dict[int, list[str]] = {}
    for campaign_id, sku in await CampaignProduct.filter(campaign_id__in=list(campaign_ids)).values_list(
        "campaign_id", "sku"
    ):
        products.setdefault(int(campaign_id), []).append(str(sku).casefold().strip())
    only = next(iter(costs)) if len(costs) == 1 else None
    for creator_id, campaign_id, at, handle, owner in shipped:
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
            owners[int(creator_id)] = (str(handle), int(owner) if owner is not None else None)


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
        await results_tally.rebuild(actor.workspace_id, conn)  # the totals are converted: again
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
        if iso != before:
            await results_tally.rebuild(actor.workspace_id, conn)  # the totals are converted: again
        await audit.record(conn, actor, "reporting_currency.set", iso, clock.now(), before=before)
    return before, iso
