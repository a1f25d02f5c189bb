"""Issue 18: the summary card and the digest gain a results section (GMV, orders, ROI of the period and
the top creators) when the team has orders, in Chinese and English; operators see the team totals and
only their own creators by name."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from handlers.results_format import money
from handlers.summary import summary_card
from i18n import Catalog
from models.creator import Creator
from models.enums import Platform, Role
from tests.integration.test_results import TZ, _team
from tests.order_export import build
from workflows import results
from workflows.importing.order_run import import_orders
from workflows.ports import FrozenClock
from workflows.summary import SummaryQuery
from workflows.summary_period import Period, resolve_period
from workflows.tenancy import Actor, ensure_member, ensure_workspace

NOW = datetime(2026, 12, 2, 4, tzinfo=UTC)
NOVEMBER = Period(
    "range", datetime(2026, 10, 31, 16, tzinfo=UTC), datetime(2026, 11, 30, 16, tzinfo=UTC), None
)


@pytest.mark.usefixtures("db")
async def test_the_summary_and_the_digest_show_the_results_of_the_period(clock: FrozenClock) -> None:
    lead = await _team(clock)
    export = build(us_rows=60, cn_rows=40, seed=11)
    await import_orders(lead, export.data, clock, dry_run=False, team_timezone=TZ, default_currency="USD")
    window = results.Window(NOVEMBER.start, NOVEMBER.end)
    want = await results.compute(lead, results.Scope(), window, TZ)
    assert want.total.gmv > 0

    zh = await summary_card(Catalog("zh_CN"), SummaryQuery(lead, NOVEMBER, NOW), TZ)
    fields = dict(zh.fields)
    assert (
        money(want.total.gmv, "CNY") in fields["带货成绩"]
        and f"订单 {want.total.orders:,}" in fields["带货成绩"]
    )
    assert "GMV 前 3 名：" in zh.body and f"1. @{want.creators[0].handle}" in zh.body
    en = await summary_card(Catalog("en"), SummaryQuery(lead, NOVEMBER, NOW), TZ)
    assert f"{want.total.orders:,} orders" in dict(en.fields)["Sales results"] and "Top 3 by GMV:" in en.body

    # the digest's card is the summary of its period as a manager sees it (handlers/digest.render_digest)
    team = Actor(lead.workspace_id, 0, "", Role.MANAGER)
    digest = await summary_card(Catalog("zh_CN"), SummaryQuery(team, NOVEMBER, NOW), TZ)
    assert dict(digest.fields)["带货成绩"] == fields["带货成绩"]

    # an operator: the team's totals, only their own creator by name
    operator = await ensure_member(lead.workspace_id, "console:op", "小王")
    await Creator.filter(workspace_id=lead.workspace_id).update(owner_id=lead.member_id)
    await Creator.filter(handle="eve").update(owner_id=operator.member_id)
    mine = await summary_card(Catalog("zh_CN"), SummaryQuery(operator, NOVEMBER, NOW), TZ)
    assert dict(mine.fields)["带货成绩"] == fields["带货成绩"]
    named = [line for line in mine.body.splitlines() if line[:2] in ("1.", "2.", "3.")]
    assert named and all("@eve" in line for line in named)

    # narrowed to one owner: no results section (results are not cut by owner)
    narrowed = await summary_card(
        Catalog("zh_CN"), SummaryQuery(lead, NOVEMBER, NOW, owner_id=operator.member_id), TZ
    )
    assert "带货成绩" not in dict(narrowed.fields)


@pytest.mark.usefixtures("db")
async def test_a_team_without_orders_gets_no_results_section(clock: FrozenClock) -> None:
    workspace = await ensure_workspace(Platform.CONSOLE, "no-orders")
    lead = await ensure_member(workspace.id, "console:lead", "lead")
    card = await summary_card(Catalog("zh_CN"), SummaryQuery(lead, resolve_period("month", NOW, TZ), NOW), TZ)
    assert "带货成绩" not in dict(card.fields) and "GMV" not in card.body


@pytest.mark.usefixtures("db")
async def test_the_export_gains_a_results_sheet_that_the_import_leaves_alone(clock: FrozenClock) -> None:
    from io import BytesIO

    from openpyxl import load_workbook

    from workflows.importing import import_file
    from workflows.spreadsheet_export import export_pipeline

    lead = await _team(clock)
    export = build(us_rows=60, cn_rows=40, seed=11)
    await import_orders(lead, export.data, clock, dry_run=False, team_timezone=TZ, default_currency="USD")
    got = await results.compute(lead, results.Scope(), results.Window(None, datetime.now(UTC)), TZ)
    for locale, title, total_label in (
        ("zh_CN", "带货成绩", "团队合计"),
        ("en", "Sales results", "team total"),
    ):
        done = await export_pipeline(lead, "xlsx", locale, team_timezone=TZ)
        book = load_workbook(BytesIO(done.data), read_only=True)
        assert book.sheetnames[-1] == title
        rows = list(book[title].iter_rows(values_only=True))
        assert [r[0] for r in rows[1:-1]] == [f"@{c.handle}" for c in got.creators]
        assert rows[-1][0] == total_label and rows[-1][1] == float(results.cents(got.total.gmv))
        assert rows[-1][2] == got.total.orders and rows[-1][-1] == "CNY"
        first = got.creators[0].figures
        assert rows[1][1] == float(results.cents(first.gmv)) and rows[1][9] == float(first.roi or 0)
        # importing the export again changes nothing: the results sheet is not read as creators
        again = await import_file(lead, done.data, clock, dry_run=True)
        assert not again.created and not again.updated and "带货成绩" not in again.columns
