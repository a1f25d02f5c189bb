"""Orders import and results on SQLite and PostgreSQL: a realistic two-sheet export (tests/order_export.py),
every figure checked against values worked out here from what the generator wrote."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal

import pytest

from models.campaign import Collaboration
from models.enums import Platform, Role
from models.results import Order
from models.tenancy import Member
from tests.order_export import CODES, KNOWN, UNKNOWN, UNKNOWN_CODE, Line, build
from workflows import attribution, campaigns, payments, results
from workflows.campaigns import ProductSpec
from workflows.creators import CreatorDraft, add_creators
from workflows.importing.order_run import add_unknown_creators, import_orders, unknown_handles
from workflows.ports import FrozenClock
from workflows.roles import PermissionDenied
from workflows.tenancy import Actor, ensure_member, ensure_workspace

TZ = "Asia/Shanghai"
ALL_TIME = results.Window(None, datetime(2030, 1, 1, tzinfo=UTC))
USD_RATES = ((date(2026, 11, 1), Decimal("7.10")), (date(2026, 11, 20), Decimal("7.20")))
COUNTED = {"paid", "completed", "refunded", "returned"}
CENT = Decimal("0.01")


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def usd_rate(day: date) -> Decimal:
    rate = USD_RATES[0][1]
    for since, value in USD_RATES:
        if day >= since:
            rate = value
    return rate


def worked_out(lines: list[Line], creators: set[str]) -> dict[str, dict[str, Decimal]]:
    """The figures per creator, from the generator's own lines, in CNY."""
    out: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for line in lines:
        if line.creator not in creators or line.status not in COUNTED:
            continue
        rate = usd_rate(line.day) if line.currency == "USD" else Decimal(1)
        kept = line.amount - line.refund
        f = out[line.creator]
        f["gmv"] += kept * rate
        f["refunds"] += line.refund * rate
        f["units"] += line.quantity - line.refunded_quantity
        f["orders"] += 1 if kept > 0 else 0
        commission = (
            line.actual if line.actual is not None else (line.estimated or Decimal(0)) * kept / line.amount
        )
        f["commission"] += commission * rate
        if line.content:
            f[f"{line.content}_gmv"] += kept * rate
            f[f"{line.content}_orders"] += 1 if kept > 0 else 0
    return out


async def _team(clock: FrozenClock) -> Actor:
    workspace = await ensure_workspace(Platform.CONSOLE, "results")
    actor = await ensure_member(workspace.id, "console:lead", "lead")
    assert actor.role == Role.ADMIN
    await add_creators(actor, [CreatorDraft(h, "tiktok") for h in KNOWN], clock)
    for code, handle in CODES.items():
        await attribution.set_code(actor, handle, code, clock)
    for since, rate in USD_RATES:
        await results.set_rate(actor, "USD", "CNY", str(rate), since, clock)
    return actor


@pytest.mark.usefixtures("db")
async def test_a_realistic_export_gives_every_figure(clock: FrozenClock) -> None:
    export = build()
    assert len(export.lines) + len(export.bad) >= 500
    actor = await _team(clock)
    preview = await import_orders(
        actor, export.data, clock, dry_run=True, team_timezone=TZ, default_currency="USD"
    )
    assert await Order.all().count() == 0  # a dry run writes nothing
    report = await import_orders(
        actor, export.data, clock, dry_run=False, team_timezone=TZ, default_currency="USD"
    )
    assert len(report.created) == len(preview.created) == len(export.lines)
    # every refused row is named by sheet and row, with its reason
    assert sorted((p.where.sheet, p.where.row, p.code) for p in report.skipped) == sorted(
        (b.sheet, b.row, b.code) for b in export.bad
    )
    unknown_rows = {(line.sheet, line.row) for line in export.lines if line.creator in UNKNOWN}
    listed = {(w.sheet, w.row) for rows in report.unknown_creators.values() for w in rows}
    assert listed == unknown_rows and set(report.unknown_creators) == set(UNKNOWN)
    assert set(report.unknown_codes) == {UNKNOWN_CODE}
    assert report.currencies.keys() == {"USD", "CNY"}

    expected = worked_out(export.lines, set(KNOWN))
    got = await results.compute(actor, results.Scope(), ALL_TIME, TZ)
    assert got.currency == "CNY" and got.missing_rates == ()
    by_handle = {r.handle: r.figures for r in got.creators}
    assert set(by_handle) == set(expected)
    for handle, want in expected.items():
        f = by_handle[handle]
        assert cents(f.gmv) == cents(want["gmv"]), handle
        assert cents(f.refunds) == cents(want["refunds"]), handle
        assert f.units == want["units"] and f.orders == want["orders"], handle
        assert cents(f.commission) == cents(want["commission"]), handle
        assert f.content(results.ContentType.VIDEO) == (
            int(want["video_orders"]),
            f.content(results.ContentType.VIDEO)[1],
        )
        assert cents(f.content(results.ContentType.VIDEO)[1]) == cents(want["video_gmv"]), handle
        assert cents(f.content(results.ContentType.LIVE)[1]) == cents(want["live_gmv"]), handle
        assert f.spend == f.commission  # nothing paid or shipped yet
        assert f.roi == (cents(want["gmv"]) / cents(want["commission"])).quantize(
            CENT, rounding=ROUND_HALF_UP
        )
    total_gmv = sum((w["gmv"] for w in expected.values()), Decimal(0))
    assert cents(got.total.gmv) == cents(total_gmv)
    assert got.creators[0].figures.gmv == max(f.gmv for f in by_handle.values())  # GMV first

    # importing the same file again duplicates nothing and changes nothing
    again = await import_orders(
        actor, export.data, clock, dry_run=False, team_timezone=TZ, default_currency="USD"
    )
    assert not again.created and not again.updated and again.unchanged == len(export.lines)
    assert await Order.all().count() == len(export.lines)

    # the unknown creators are offered, added, and their lines attached
    assert await unknown_handles(actor) == sorted(UNKNOWN, key=str.casefold)
    added = await add_unknown_creators(actor, report.unknown_creators, clock)
    assert sorted(added.added) == sorted(UNKNOWN) and added.attached == len(unknown_rows)
    everyone = worked_out(export.lines, set(KNOWN) | set(UNKNOWN))
    got = await results.compute(actor, results.Scope(), ALL_TIME, TZ)
    assert cents(got.total.gmv) == cents(sum((w["gmv"] for w in everyone.values()), Decimal(0)))


@pytest.mark.usefixtures("db")
async def test_spend_roi_and_cost_per_order_with_fees_samples_and_a_campaign(clock: FrozenClock) -> None:
    export = build(us_rows=60, cn_rows=40, seed=7)
    actor = await _team(clock)
    await import_orders(actor, export.data, clock, dry_run=False, team_timezone=TZ, default_currency="USD")
    await payments.set_offer(actor, "amy", percent=None, fee="2000", code="CNY", clock=clock)
    await campaigns.create_campaign(actor, "黑五美妆", [ProductSpec("玫瑰精华", sku="SKU-1")], clock)
    await campaigns.join_campaign(actor, ["bob"], "黑五美妆", clock)
    await Collaboration.filter(creator__handle="bob").update(
        sample_shipped_at=datetime(2026, 11, 10, 2, tzinfo=UTC)
    )
    await results.set_sample_cost(actor, "SKU-1", "35", "CNY", "8", clock)

    expected = worked_out(export.lines, set(KNOWN))
    got = await results.compute(actor, results.Scope(), ALL_TIME, TZ)
    amy = next(r.figures for r in got.creators if r.handle == "amy")
    assert amy.fees == Decimal("2000") and amy.samples == 0
    spend = cents(expected["amy"]["commission"]) + Decimal("2000")
    assert cents(amy.spend) == spend
    assert amy.roi == (cents(expected["amy"]["gmv"]) / spend).quantize(CENT, rounding=ROUND_HALF_UP)
    assert amy.cost_per_order == cents(spend / expected["amy"]["orders"])
    bob = next(r.figures for r in got.creators if r.handle == "bob")
    assert bob.samples == Decimal("43")  # 35 + 8 shipping, one sample of the campaign's one product

    # the campaign: bob's SKU-1 lines, his sample; nobody else's
    campaign = await campaigns.find_campaign(actor, "黑五美妆")
    scoped = await results.compute(actor, results.Scope(campaign_id=campaign.id), ALL_TIME, TZ)
    sku1 = [line for line in export.lines if line.sku == "SKU-1"]
    want = worked_out(sku1, {"bob"})["bob"]
    assert [r.handle for r in scoped.creators] == ["bob"]
    assert cents(scoped.total.gmv) == cents(want["gmv"])
    assert cents(scoped.total.spend) == cents(want["commission"]) + Decimal("43")

    # one creator; and a period (November 1–10 on the team's clock)
    one = await results.compute(actor, results.Scope(creator_id=amy_id(got)), ALL_TIME, TZ)
    assert [r.handle for r in one.creators] == ["amy"]
    early = [line for line in export.lines if line.day <= date(2026, 11, 10)]
    window = results.Window(datetime(2026, 10, 31, 16, tzinfo=UTC), datetime(2026, 11, 10, 16, tzinfo=UTC))
    period = await results.compute(actor, results.Scope(), window, TZ)
    want_early = worked_out(early, set(KNOWN))
    assert cents(period.total.gmv) == cents(sum((w["gmv"] for w in want_early.values()), Decimal(0)))


def amy_id(found: results.Results) -> int:
    return next(r.creator_id for r in found.creators if r.handle == "amy")


@pytest.mark.usefixtures("db")
async def test_refunds_in_a_later_export_update_the_lines(clock: FrozenClock) -> None:
    export = build(us_rows=40, cn_rows=0, seed=3)
    actor = await _team(clock)
    await import_orders(actor, export.data, clock, dry_run=False, team_timezone=TZ, default_currency="USD")
    before = await results.compute(actor, results.Scope(), ALL_TIME, TZ)
    target = next(line for line in export.lines if line.creator in KNOWN and line.status == "completed")
    refunded = bytes(export.data)  # the shop's next export: the same order, now fully refunded
    from io import BytesIO

    from openpyxl import load_workbook

    book = load_workbook(BytesIO(refunded))
    sheet = book["US"]
    sheet.cell(row=target.row, column=8).value = "Yes"
    out = BytesIO()
    book.save(out)
    again = await import_orders(
        actor, out.getvalue(), clock, dry_run=False, team_timezone=TZ, default_currency="USD"
    )
    assert [w.row for w in again.updated] == [target.row] and not again.created
    line = await Order.get(order_id=target.order_id)
    assert line.status == "refunded" and line.refund_amount == target.amount
    after = await results.compute(actor, results.Scope(), ALL_TIME, TZ)
    drop = cents((target.amount) * usd_rate(target.day))
    assert cents(before.total.gmv - after.total.gmv) == drop


@pytest.mark.usefixtures("db")
async def test_operators_see_their_own_creators_and_the_team_totals(clock: FrozenClock) -> None:
    export = build(us_rows=40, cn_rows=20, seed=5)
    lead = await _team(clock)
    await import_orders(lead, export.data, clock, dry_run=False, team_timezone=TZ, default_currency="USD")
    operator = await ensure_member(lead.workspace_id, "console:op", "小王")
    assert operator.role == Role.OPERATOR
    from models.creator import Creator

    await Creator.filter(handle__in=["amy", "bob", "cara", "dan"]).update(owner_id=lead.member_id)
    await Creator.filter(handle="eve").update(owner_id=operator.member_id)
    full = await results.compute(lead, results.Scope(), ALL_TIME, TZ)
    mine = await results.compute(operator, results.Scope(), ALL_TIME, TZ)
    assert [r.handle for r in mine.creators] == ["eve"] and mine.hidden == len(full.creators) - 1
    assert mine.total.gmv == full.total.gmv
    with pytest.raises(PermissionDenied):
        await import_orders(
            operator, export.data, clock, dry_run=True, team_timezone=TZ, default_currency="USD"
        )
    with pytest.raises(PermissionDenied):
        await results.set_rate(operator, "USD", "CNY", "7", date(2026, 11, 1), clock)
    assert await Member.filter(workspace_id=lead.workspace_id).count() == 2


@pytest.mark.usefixtures("db")
async def test_a_currency_without_a_rate_is_named_not_guessed(clock: FrozenClock) -> None:
    export = build(us_rows=30, cn_rows=10, seed=9)
    workspace = await ensure_workspace(Platform.CONSOLE, "norate")
    actor = await ensure_member(workspace.id, "console:lead", "lead")
    await add_creators(actor, [CreatorDraft(h, "tiktok") for h in KNOWN], clock)
    await import_orders(actor, export.data, clock, dry_run=False, team_timezone=TZ, default_currency="USD")
    for code, handle in CODES.items():  # set after the import: the lines with the code are attached
        await attribution.set_code(actor, handle, code, clock)
    got = await results.compute(actor, results.Scope(), ALL_TIME, TZ)
    assert got.missing_rates == ("USD",)
    want = worked_out([line for line in export.lines if line.currency == "CNY"], set(KNOWN))
    assert cents(got.total.gmv) == cents(sum((w["gmv"] for w in want.values()), Decimal(0)))
    # reporting in dollars: the inverse of a CNY→USD rate converts yuan
    await results.set_reporting_currency(actor, "USD", clock)
    await results.set_rate(actor, "USD", "CNY", "8", date(2026, 1, 1), clock)
    dollars = await results.compute(actor, results.Scope(), ALL_TIME, TZ)
    assert dollars.currency == "USD" and dollars.missing_rates == ()
    everything = worked_out(export.lines, set(KNOWN))
    usd = sum(
        (
            (line.amount - line.refund) * (Decimal(1) if line.currency == "USD" else Decimal(1) / Decimal(8))
            for line in export.lines
            if line.creator in KNOWN and line.status in COUNTED
        ),
        Decimal(0),
    )
    assert everything and cents(dollars.total.gmv) == cents(usd)


@pytest.mark.usefixtures("db")
async def test_the_top_list_is_cut_in_the_database_and_the_totals_are_not(clock: FrozenClock) -> None:
    export = build(us_rows=60, cn_rows=40, seed=11)
    actor = await _team(clock)
    await import_orders(actor, export.data, clock, dry_run=False, team_timezone=TZ, default_currency="USD")
    await payments.set_offer(actor, "eve", percent=None, fee="100", code="CNY", clock=clock)
    full = await results.compute(actor, results.Scope(), ALL_TIME, TZ)
    top = await results.compute(actor, results.Scope(), ALL_TIME, TZ, limit=2)
    assert [r.handle for r in top.creators] == [r.handle for r in full.creators[:2]]
    assert [r.figures.spend for r in top.creators] == [r.figures.spend for r in full.creators[:2]]
    assert top.total.gmv == full.total.gmv and top.total.spend == full.total.spend
    assert top.total.orders == full.total.orders and top.total.fees == Decimal("100")
