"""build_summary on SQLite and PostgreSQL against the known history of tests/summary_rows.py."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from models.campaign import Campaign
from models.enums import Stage
from models.tenancy import Member
from tests.conftest import FROZEN_AT
from tests.summary_rows import seed_team
from workflows.summary import (
    SummaryForbidden,
    SummaryQuery,
    UnknownCampaign,
    UnknownTeammate,
    build_summary,
    resolve_campaign,
    resolve_owner,
)
from workflows.summary_period import PeriodUnreadable, resolve_period
from workflows.tenancy import Actor

TZ = "Asia/Shanghai"


def actor(member: Member) -> Actor:
    return Actor(member.workspace_id, member.id, member.display_name, member.role)  # type: ignore[attr-defined]


def query(member: Member, spec: str | None = "week", **filters: object) -> SummaryQuery:
    return SummaryQuery(actor(member), resolve_period(spec, FROZEN_AT, TZ), FROZEN_AT, **filters)  # type: ignore[arg-type]


def stage_map(summary: object) -> dict[Stage, tuple[int, int | None]]:
    return {s.stage: (s.now, s.before) for s in summary.stages if s.now or s.before}  # type: ignore[attr-defined]


async def test_week_counts_changes_conversion_and_medians(db: str) -> None:
    team = await seed_team()
    summary = await build_summary(query(team["老板"]))
    assert stage_map(summary) == {
        Stage.CONTACTED: (2, 3),
        Stage.REPLIED: (1, 0),
        Stage.NEGOTIATING: (1, 0),
        Stage.SAMPLE_RECEIVED: (1, 1),
        Stage.DECLINED: (1, 0),
    }
    assert summary.total == 6
    assert summary.new_creators == 2  # cat and eve
    assert summary.funnel == (2, 2, 2, 1, 0, 0, 0, 0, 0)
    rates = {(c.from_stage, c.to_stage): c.rate for c in summary.conversions}
    assert rates[(Stage.CONTACTED, Stage.REPLIED)] == Decimal("1.000")
    assert rates[(Stage.REPLIED, Stage.NEGOTIATING)] == Decimal("0.500")
    assert rates[(Stage.NEGOTIATING, Stage.AGREED)] == Decimal("0.000")
    assert rates[(Stage.AGREED, Stage.SAMPLE_SHIPPED)] is None
    medians = {t.stage: (t.median, t.stays) for t in summary.stage_times}
    assert medians == {
        Stage.PROSPECT: (timedelta(hours=18), 2),
        Stage.CONTACTED: (timedelta(days=13, hours=5, minutes=30), 2),
        Stage.REPLIED: (timedelta(hours=14), 1),
    }
    owners = {o.name: (o.total, o.new) for o in summary.owners}
    assert owners == {"小王": (3, 1), "小李": (2, 1), "": (1, 0)}
    assert not summary.owners_limited


async def test_stuck_and_overdue(db: str) -> None:
    team = await seed_team()
    summary = await build_summary(query(team["老板"]))
    assert summary.no_reply.total == 1
    assert [(s.handle, s.owner) for s in summary.no_reply.shown] == [("bob", "小王")]
    assert summary.no_reply.shown[0].since == FROZEN_AT.replace(day=21, hour=0)
    assert [(s.handle, s.owner) for s in summary.no_content.shown] == [("dan", "小李")]
    total, items = summary.overdue
    assert total == 2
    assert [(i.handle, i.owner) for i in items] == [("dan", "小李"), ("amy", "小王")]
    assert summary.owed == ()


async def test_operator_sees_team_totals_and_only_their_own_details(db: str) -> None:
    team = await seed_team()
    summary = await build_summary(query(team["小王"]))
    assert summary.total == 6, "team totals stay"
    assert summary.owners_limited and [o.name for o in summary.owners] == ["小王"]
    assert [s.handle for s in summary.no_reply.shown] == ["bob"]
    assert summary.no_content.total == 0, "dan is 小李's"
    assert [i.handle for i in summary.overdue[1]] == ["amy"]


async def test_operator_asking_about_someone_else_is_refused_saying_who_can(db: str) -> None:
    team = await seed_team()
    with pytest.raises(SummaryForbidden) as refused:
        await resolve_owner(actor(team["小王"]), "小李")
    assert refused.value.owner == "小李" and refused.value.allowed == ["老板"]
    assert (await resolve_owner(actor(team["小王"]), "me")).id == team["小王"].id  # type: ignore[union-attr]
    assert (await resolve_owner(actor(team["老板"]), "小李")).id == team["小李"].id  # type: ignore[union-attr]
    with pytest.raises(UnknownTeammate) as unknown:
        await resolve_owner(actor(team["老板"]), "小张")
    assert unknown.value.known == ["老板", "小王", "小李"]


async def test_filters_owner_platform_country_campaign(db: str) -> None:
    team = await seed_team()
    boss = team["老板"]
    by_owner = await build_summary(query(boss, owner_id=team["小李"].id))
    assert stage_map(by_owner) == {Stage.CONTACTED: (1, 0), Stage.SAMPLE_RECEIVED: (1, 1)}
    assert by_owner.funnel[:2] == (1, 1)
    instagram = await build_summary(query(boss, platform="instagram"))
    assert instagram.total == 1 and stage_map(instagram) == {Stage.CONTACTED: (1, 0)}
    germany = await build_summary(query(boss, country="DE"))
    assert stage_map(germany) == {Stage.CONTACTED: (0, 1), Stage.DECLINED: (1, 0)}
    campaign = await resolve_campaign(actor(boss), "春季新品")
    assert campaign is not None
    spring = await build_summary(query(boss, campaign_id=campaign.id))
    assert stage_map(spring) == {
        Stage.CONTACTED: (0, 1),
        Stage.NEGOTIATING: (1, 0),
        Stage.SAMPLE_RECEIVED: (1, 1),
    }
    assert [i.handle for i in spring.overdue[1]] == ["dan", "amy"]
    with pytest.raises(UnknownCampaign) as unknown:
        await resolve_campaign(actor(boss), "圣诞")
    assert unknown.value.known == ["春季新品"]
    assert await Campaign.all().count() == 1


async def test_past_range_and_all_time(db: str) -> None:
    team = await seed_team()
    october = await build_summary(query(team["老板"], "range:2026-10-01..2026-10-31"))
    # October in Beijing: only dan existed, and ended the month agreed; nobody at its start.
    assert stage_map(october) == {Stage.AGREED: (1, 0)}
    assert october.funnel == (1, 1, 1, 1, 1, 0, 0, 0, 0)
    assert october.new_creators == 1
    everything = await build_summary(query(team["老板"], "all"))
    assert all(s.before is None for s in everything.stages)
    assert everything.total == 6 and everything.new_creators == 6
    assert everything.funnel[0] == 6 and everything.funnel[1] == 6  # eve skipped contacted: crossed it


def test_periods_in_the_team_zone() -> None:
    week = resolve_period("week", FROZEN_AT, TZ)
    assert week.start is not None and week.start.isoformat() == "2026-11-23T00:00:00+08:00"
    assert week.prev_start is not None and week.end - week.start == week.start - week.prev_start
    last = resolve_period("last_month", FROZEN_AT, TZ)
    assert (last.first, last.last) == (
        FROZEN_AT.date().replace(month=10, day=1),
        FROZEN_AT.date().replace(month=10, day=31),
    )
    days = resolve_period("days:30", FROZEN_AT, TZ)
    assert days.start is not None and days.start.isoformat() == "2026-10-27T00:00:00+08:00"
    today = resolve_period("today", FROZEN_AT, TZ)
    assert today.start is not None and today.start.isoformat() == "2026-11-25T00:00:00+08:00"
    with pytest.raises(PeriodUnreadable):
        resolve_period("range:2027-01-01..2027-01-05", FROZEN_AT, TZ)
    with pytest.raises(PeriodUnreadable):
        resolve_period("range:2026-02-30..2026-03-05", FROZEN_AT, TZ)


async def test_payments_owed_per_currency_within_the_filters_and_the_askers_scope(db: str) -> None:
    from models.creator import Creator
    from models.payment import Payment, PaymentStatus

    team = await seed_team()
    workspace = team["老板"].workspace_id  # type: ignore[attr-defined]

    async def owe(handle: str, amount: str, currency: str, status: PaymentStatus) -> None:
        creator = await Creator.get(workspace_id=workspace, handle=handle)
        await Payment.create(
            workspace_id=workspace, creator=creator, amount=Decimal(amount), currency=currency, status=status
        )

    await owe("amy", "300.10", "USD", PaymentStatus.PENDING)  # 小王, tiktok
    await owe("bob", "0.20", "USD", PaymentStatus.COMMISSION_PENDING)  # 小王, tiktok
    await owe("cat", "800", "CNY", PaymentStatus.PENDING)  # 小李, instagram
    await owe("dan", "999", "USD", PaymentStatus.PAID)  # paid: owed nothing
    assert (await build_summary(query(team["老板"]))).owed == (
        ("CNY", Decimal("800.00")),
        ("USD", Decimal("300.30")),
    ), "one sum per currency, never added across currencies, in exact decimals"
    assert (await build_summary(query(team["老板"], platform="tiktok"))).owed == (("USD", Decimal("300.30")),)
    assert (await build_summary(query(team["小李"]))).owed == (("CNY", Decimal("800.00")),), (
        "an operator sees what is owed to their own creators only"
    )
