"""The rollup (`order_tally`, workflows/results_tally.py) against the line statement, on SQLite and
PostgreSQL: random orders in four currencies (one without a rate) over four months with rate periods that
change inside months, written only by the real writers — imports, a re-import that changes status,
amounts and refunds and adds lines to stored orders, attaching after the unknown creators are added, a
merge and its undo, a rate set afterwards — then every figure of the tally path compared with the lines
path for windows with partial months and days, one creator, campaigns with and without products and
dates, the lead and an operator. The incrementally kept rows are also compared with a rebuild."""

from __future__ import annotations

import importlib.util
import io
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from tortoise import Tortoise

from bot.db import MIGRATIONS_DIR
from models.campaign import Campaign
from models.creator import Creator
from models.enums import Platform
from workflows import campaigns, payments, records, results, results_rates, results_tally, undo
from workflows.campaigns import ProductSpec
from workflows.creators import CreatorDraft, add_creators
from workflows.importing.order_run import add_unknown_creators, import_orders
from workflows.ports import FrozenClock
from workflows.tenancy import Actor, ensure_member, ensure_workspace

TZ = "Asia/Shanghai"
ZONE = ZoneInfo(TZ)
HEADERS = ("订单号", "下单时间", "SKU", "支付金额", "币种", "数量", "达人账号", "订单状态", "退款金额",
           "内容类型", "预估佣金", "实际佣金")  # fmt: skip
STATUSES = ("已完成", "已完成", "已发货", "已退款", "已取消", "待付款")
CONTENT = ("视频", "直播", "", "视频")
HANDLES = ("amy", "bob", "cara", "dan", "dup", "newbie")  # newbie: added after the import; dup: merged
CURRENCIES = ("USD", "USD", "CNY", "EUR", "JPY")  # JPY has no rate


@dataclass
class Row:
    order_id: str
    at: datetime  # the sheet's wall time (the team's)
    sku: str
    amount: Decimal
    currency: str
    quantity: int
    handle: str
    status: str
    refund: Decimal
    content: str
    estimated: Decimal
    actual: Decimal | None

    def cells(self) -> list[str]:
        return [
            self.order_id,
            self.at.strftime("%Y-%m-%d %H:%M"),
            self.sku,
            f"{self.amount}",
            self.currency,
            str(self.quantity),
            self.handle,
            self.status,
            f"{self.refund}" if self.refund else "",
            self.content,
            f"{self.estimated}",
            f"{self.actual}" if self.actual is not None else "",
        ]


def random_rows(rng: random.Random, orders: int) -> list[Row]:
    """Orders of one to three lines (one time, one currency, one creator: as a shop exports them), plus
    a few that are not: lines of one order on two days or in two currencies."""
    rows: list[Row] = []
    start = datetime(2026, 8, 1)  # noqa: DTZ001 - a sheet's wall time
    for i in range(orders):
        at = start + timedelta(minutes=rng.randint(0, 122 * 24 * 60))
        currency, handle = rng.choice(CURRENCIES), rng.choice(HANDLES)
        for n in range(rng.choice((1, 1, 1, 2, 3))):
            quantity = rng.choice((1, 1, 2))
            amount = Decimal(rng.randint(500, 30_000)) / 100
            status = rng.choice(STATUSES)
            refund = amount if status == "已退款" else Decimal(0)
            if status == "已完成" and rng.random() < 0.15:
                refund = (amount / 3).quantize(Decimal("0.01"))  # a part refund
            line_at, line_currency = at, currency
            if i % 37 == 5 and n == 1:
                line_at = at + timedelta(days=1)  # an order over two days
            if i % 41 == 7 and n == 1:
                line_currency = "CNY" if currency != "CNY" else "USD"  # two currencies
            estimated = (amount * Decimal("0.12")).quantize(Decimal("0.01"))
            actual = estimated if status == "已完成" and rng.random() < 0.4 else None
            rows.append(
                Row(f"R{i:05d}", line_at, f"SKU-{n}", amount, line_currency, quantity, handle, status, refund,
                    rng.choice(CONTENT), estimated, actual)
            )  # fmt: skip
    return rows


def sheet(rows: list[Row]) -> bytes:
    out = io.StringIO()
    out.write(",".join(HEADERS) + "\n")
    for row in rows:
        out.write(",".join(row.cells()) + "\n")
    return out.getvalue().encode()


def changed(rng: random.Random, rows: list[Row]) -> list[Row]:
    """A re-export: a fifth of the lines with another status, amount or refund; new lines on stored orders."""
    out: list[Row] = []
    for row in rows:
        if rng.random() < 0.2:
            pick = rng.randrange(3)
            if pick == 0:
                row.status = rng.choice(STATUSES)
                row.refund = row.amount if row.status == "已退款" else Decimal(0)
            elif pick == 1:
                row.amount += Decimal("1.50")
            elif row.status == "已完成":
                row.refund = row.amount  # refunded in full after all
            out.append(row)
    for row in rows[:: len(rows) // 12]:
        extra = Row(row.order_id, row.at, "SKU-9", Decimal("19.90"), row.currency, 1, row.handle, "已完成",
                    Decimal(0), row.content, Decimal("2.00"), None)  # fmt: skip
        rows.append(extra)
        out.append(extra)
    return out


def _exact(value: Decimal, postgres: bool) -> Decimal:
    """PostgreSQL sums numerics exactly (the same digits either way); SQLite sums floats: cents."""
    return value if postgres else value.quantize(Decimal("0.01"))


def _figures(f: results.Figures, postgres: bool) -> tuple[Any, ...]:
    content = tuple(sorted((k, o, _exact(g, postgres)) for k, (o, g) in f.by_content.items()))
    money = (f.gmv, f.refunds, f.commission, f.fees, f.samples)
    return (f.orders, f.units, *(_exact(m, postgres) for m in money), content)


def _seen(got: results.Results, postgres: bool) -> tuple[Any, ...]:
    creators = tuple((r.handle, r.owner_id, _figures(r.figures, postgres)) for r in got.creators)
    return (got.currency, _figures(got.total, postgres), creators, got.hidden, got.missing_rates)


async def _both(actor: Actor, scope: results.Scope, window: results.Window, monkeypatch: Any) -> list[Any]:
    """(tally path, lines path, whether the tally answered without falling back)."""
    used: list[bool] = []
    real = results.orders_statement

    def spy(query: Any, sees_all: bool, limit: int | None, *, tally: bool = True) -> Any:
        used.append(tally and results._plan(query) is not None)
        return real(query, sees_all, limit, tally=tally)

    monkeypatch.setattr(results, "orders_statement", spy)
    with_tally = await results.compute(actor, scope, window, TZ, limit=4)
    answered = used == [True]
    monkeypatch.setattr(results, "_plan", lambda query: None)
    lines = await results.compute(actor, scope, window, TZ, limit=4)
    monkeypatch.undo()
    return [with_tally, lines, answered]


def _at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=ZONE).astimezone(UTC)  # type: ignore[misc]


WINDOWS = (
    results.Window(None, datetime(2030, 1, 1, tzinfo=UTC)),  # all time
    results.Window(None, _at(2026, 11, 20, 9)),  # all time up to a moment inside the data
    results.Window(_at(2026, 8, 17, 10, 30), _at(2026, 11, 3, 15)),  # partial days and months
    results.Window(_at(2026, 9, 1), _at(2026, 10, 1)),  # one whole month
    results.Window(_at(2026, 9, 10), _at(2026, 9, 25)),  # whole days inside a month
    results.Window(_at(2026, 10, 14), _at(2026, 10, 21)),  # a week
    results.Window(_at(2026, 9, 2), _at(2026, 11, 30, 23)),  # ninety days or so, a partial last day
    results.Window(_at(2026, 8, 1, 0, 0), _at(2026, 8, 1, 18)),  # part of one day: lines only
)


async def _rows(workspace_id: int) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    db = Tortoise.get_connection("default")
    found = await db.execute_query_dict(
        "SELECT * FROM order_tally WHERE workspace_id = "
        + ("$1" if db.capabilities.dialect == "postgres" else "?"),
        [workspace_id],
    )
    out = {}
    for r in found:
        key = (r["grain"], str(r["period"])[:10], r["creator_id"])
        sums = tuple(
            None if r[c] is None else Decimal(str(r[c])).quantize(Decimal("0.000001"))
            for c in results_tally.COLUMNS
        )
        out[key] = sums
    return out


async def _fees_agree(workspace_id: int, scopes: list[results.Scope]) -> None:
    """The fees PostgreSQL sums (`_fees_sql`) are the fees Python converts one by one (`_fees_orm`)."""
    rates = await results_rates.load_rates(workspace_id, "CNY")
    for window in WINDOWS[:3]:
        for scope in scopes:
            got: list[Any] = []
            for way in (results._fees_sql, results._fees_orm):
                per: dict[int, results.Figures] = {}
                owners: dict[int, Any] = {}
                missing: set[str] = set()
                await way(workspace_id, scope, window, rates, ZONE, per, owners, missing)
                got.append(({k: v.fees for k, v in per.items()}, owners, missing))
            assert got[0] == got[1]
            if window is WINDOWS[0] and scope == results.Scope():  # all three, JPY without a rate
                assert len(got[0][0]) == 2 and got[0][2] == {"JPY"}


@pytest.mark.usefixtures("db")
async def test_the_tally_gives_the_figures_of_the_lines(clock: FrozenClock, monkeypatch: Any) -> None:
    postgres = Tortoise.get_connection("default").capabilities.dialect == "postgres"
    rng = random.Random(2026)
    workspace = await ensure_workspace(Platform.CONSOLE, "tally")
    lead = await ensure_member(workspace.id, "console:lead", "lead")
    operator = await ensure_member(workspace.id, "console:op", "小王")
    await add_creators(lead, [CreatorDraft(h, "tiktok") for h in ("amy", "bob", "dup")], clock)
    await add_creators(operator, [CreatorDraft(h, "tiktok") for h in ("cara", "dan")], clock)
    await Creator.filter(handle="bob").update(owner_id=None)  # unowned: operators see it
    for since, rate in ((date(2026, 7, 1), "7.10"), (date(2026, 9, 15), "7.20"), (date(2026, 11, 1), "7.15")):
        await results.set_rate(lead, "USD", "CNY", rate, since, clock)
    await results.set_rate(lead, "CNY", "EUR", "0.128", date(2026, 10, 20), clock)  # the inverse only

    rows = random_rows(rng, 260)
    await import_orders(lead, sheet(rows), clock, dry_run=False, team_timezone=TZ)
    again = changed(rng, rows)
    await import_orders(lead, sheet(again), clock, dry_run=False, team_timezone=TZ)
    added = await add_unknown_creators(lead, ["newbie"], clock)
    assert added.attached > 0
    merged = await records.merge_creators(lead, "amy", "dup", clock)
    assert merged.moved.get("shop_order")
    before_undo = await _rows(workspace.id)
    await undo.undo_last(lead, clock)  # the merge undone: the lines are dup's again
    assert await Creator.filter(handle="dup", workspace_id=workspace.id).exists()
    undone = await _rows(workspace.id)
    await results_tally.rebuild(workspace.id)
    assert await _rows(workspace.id) == undone != before_undo
    await records.merge_creators(lead, "amy", "dup", clock)
    await results.set_rate(lead, "USD", "CNY", "7.05", date(2026, 10, 10), clock)  # rebuilds

    await Campaign.create(workspace_id=workspace.id, name="x", name_key="x")  # ids not in step with names
    await campaigns.create_campaign(lead, "全品", [], clock)
    await campaigns.join_campaign(lead, ["bob", "cara", "newbie"], "全品", clock)
    await campaigns.create_campaign(lead, "单品", [ProductSpec("一号", sku="SKU-1")], clock)
    await campaigns.join_campaign(lead, ["amy", "dan"], "单品", clock)
    await campaigns.create_campaign(lead, "九月", [], clock)
    await campaigns.join_campaign(lead, ["amy", "bob", "dan"], "九月", clock)
    await Campaign.filter(name="九月").update(starts_on=date(2026, 8, 20), ends_on=date(2026, 10, 31))
    scopes = [results.Scope()]
    amy = await Creator.get(handle="amy", workspace_id=workspace.id)
    scopes.append(results.Scope(creator_id=amy.id))
    for name in ("全品", "单品", "九月"):
        campaign = await campaigns.find_campaign(lead, name)
        scopes.append(results.Scope(campaign_id=campaign.id))

    async def compare() -> int:
        answered = 0
        for window in WINDOWS:
            for scope in scopes:
                for actor in (lead, operator):
                    tally, lines, used = await _both(actor, scope, window, monkeypatch)
                    assert _seen(tally, postgres) == _seen(lines, postgres), (window, scope, actor.role)
                    answered += used
        return answered

    answered = await compare()
    assert answered >= len(WINDOWS) * 2  # the tally did answer (not every question fell back to lines)
    everything = await results.compute(lead, results.Scope(), WINDOWS[0], TZ)
    assert everything.missing_rates == ("JPY",) and everything.total.orders > 100
    assert everything.total.by_content and everything.total.refunds > 0

    # fees summed in PostgreSQL are the fees converted one by one in Python
    for handle, amount, code in (("amy", "120.5", "USD"), ("cara", "80", "EUR"), ("bob", "5000", "JPY")):
        await payments.set_offer(lead, handle, percent=None, fee=amount, code=code, clock=clock)
    if postgres:
        await _fees_agree(workspace.id, scopes[:2])

    # the rows kept by deltas are the rows a rebuild writes
    kept = await _rows(workspace.id)
    assert await results_tally.rebuild_all() == len(kept)  # `creatorbot results rebuild`
    assert await _rows(workspace.id) == kept

    # the rollup's migration on a database that already has these lines: the same rows, from the backfill
    files = sorted((MIGRATIONS_DIR / "models").glob("*_results_tally.py"))
    spec = importlib.util.spec_from_file_location("tally_migration", files[0])
    assert spec and spec.loader
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    db = Tortoise.get_connection("default")
    await db.execute_script('DROP TABLE "order_tally"')
    await migration.upgrade(db)
    assert await _rows(workspace.id) == kept
