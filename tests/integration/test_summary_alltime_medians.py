"""All-time medians read from stored stay lengths equal the percentile path's, on SQLite and PostgreSQL."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from models.creator import Creator, StageChange
from models.enums import FUNNEL, Role, Stage
from models.stage_flow import StageFlow
from models.tenancy import Member, Workspace
from tests.conftest import FROZEN_AT
from workflows import stage_flows
from workflows import summary_sql as q
from workflows.pipeline import set_stage, stay_seconds
from workflows.ports import FrozenClock
from workflows.summary import SummaryQuery, _flows_and_medians, build_summary
from workflows.summary_period import resolve_period
from workflows.tenancy import Actor


async def _seed_history(workspace: Workspace, creators: int, seed: int) -> None:
    """Random histories along the funnel: stays of every length, odd and even counts per stage."""
    rng = random.Random(seed)
    for n in range(creators):
        creator = await Creator.create(
            workspace=workspace, platform="tiktok", handle=f"c{n}", handle_key=f"c{n}", stage=Stage.PROSPECT
        )
        at = FROZEN_AT - timedelta(days=300, seconds=rng.randint(0, 86_400 * 100))
        stage: Stage | None = None
        since = None
        for target in FUNNEL[: rng.randint(1, len(FUNNEL))]:
            change = await StageChange.create(
                workspace=workspace,
                creator=creator,
                from_stage=stage,
                to_stage=target,
                changed_at=at,
                from_since=since,
                stay_seconds=stay_seconds(since, at),
            )
            await stage_flows.count(q.connection(), [change])
            stage, since = target, at
            at += timedelta(seconds=rng.randint(1, 86_400 * 20), microseconds=rng.randint(0, 999_999))
        await Creator.filter(id=creator.id).update(stage=stage)


async def _percentile(f: q.CreatorFilter, end: Any) -> dict[str, tuple[int, float]]:
    conn = q.connection()
    st = q.Statement(q.is_postgres(conn))
    found = await q.rows(conn, q.medians_sql(st, f, None, end), st.params)
    return {str(s): (int(n), _seconds(m)) for s, n, m in found}


def _seconds(value: Any) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


async def _indexed(f: q.CreatorFilter, end: Any) -> dict[str, tuple[int, float]]:
    conn = q.connection()
    _, found = await _flows_and_medians(conn, q.is_postgres(conn), f, None, end)
    return {str(s): (int(n), _seconds(m)) for s, n, m in found}


async def _flows(f: q.CreatorFilter, end: Any) -> tuple[set[tuple[Any, ...]], set[tuple[Any, ...]]]:
    """(from the running totals, from a scan of every change)."""
    conn = q.connection()
    postgres = q.is_postgres(conn)
    totals, _ = await _flows_and_medians(conn, postgres, f, None, end)
    st = q.Statement(postgres)
    scanned = await q.rows(conn, q.flows_sql(st, f, None, None, end), st.params)
    return {tuple(int(v) if isinstance(v, int) else v for v in r) for r in totals if r[2] or r[3]}, {
        tuple(int(v) if isinstance(v, int) else v for v in r) for r in scanned
    }


def _same(a: dict[str, tuple[int, float]], b: dict[str, tuple[int, float]]) -> None:
    assert a.keys() == b.keys()
    for stage in a:
        assert a[stage][0] == b[stage][0], stage
        assert abs(a[stage][1] - b[stage][1]) < 0.01, (stage, a[stage], b[stage])


async def test_all_time_flows_and_medians_from_the_index_equal_the_percentile_path(db: str) -> None:
    workspace = await Workspace.create(platform="console", external_key="w")
    other = await Workspace.create(platform="console", external_key="other")
    await _seed_history(workspace, 41, seed=3)
    await _seed_history(other, 9, seed=4)  # another workspace's stays count for nothing here
    f = q.CreatorFilter(workspace.id)
    indexed = await _indexed(f, FROZEN_AT)
    assert len(indexed) >= 4 and {n % 2 for n, _ in indexed.values()} == {0, 1}  # odd and even counts
    _same(indexed, await _percentile(f, FROZEN_AT))
    totals, scanned = await _flows(f, FROZEN_AT)
    assert totals == scanned and len(scanned) >= 8
    assert await StageChange.filter(workspace=workspace, stay_seconds__isnull=False).count() == sum(
        n for n, _ in indexed.values()
    )


async def test_a_change_after_the_end_falls_back_to_the_percentile_path(db: str) -> None:
    workspace = await Workspace.create(platform="console", external_key="w")
    await _seed_history(workspace, 25, seed=5)
    latest = await StageChange.filter(workspace=workspace).order_by("-changed_at").first()
    assert latest is not None
    end = latest.changed_at - timedelta(seconds=1)  # the latest stay ended after the end: not counted
    f = q.CreatorFilter(workspace.id)
    expected = await _percentile(f, end)
    _same(await _indexed(f, end), expected)
    totals, scanned = await _flows(f, end)
    assert totals == scanned and any(after for *_, after in scanned)
    assert expected != await _percentile(f, FROZEN_AT)


async def test_set_stage_stores_the_stay_and_the_summary_uses_it(db: str) -> None:
    workspace = await Workspace.create(platform="console", external_key="w")
    boss = await Member.create(
        workspace=workspace, platform_user_id="b", display_name="老板", name_key="老板", role=Role.ADMIN
    )
    actor = Actor(workspace.id, boss.id, "老板", Role.ADMIN)
    clock = FrozenClock(FROZEN_AT - timedelta(days=30))
    for handle in ("amy", "bob", "cat"):
        creator = await Creator.create(
            workspace=workspace, platform="tiktok", handle=handle, handle_key=handle, stage=Stage.PROSPECT
        )
        first = await StageChange.create(
            workspace=workspace, creator=creator, to_stage=Stage.PROSPECT, changed_at=clock.now()
        )
        await stage_flows.count(q.connection(), [first])
    for handle, days in (("amy", 1), ("bob", 2), ("cat", 6)):
        clock.advance(timedelta(days=days))
        await set_stage(actor, [handle], Stage.CONTACTED, clock)
    stays = (
        await StageChange.filter(from_stage=Stage.PROSPECT)
        .order_by("id")
        .values_list("stay_seconds", flat=True)
    )
    assert stays == [86_400.0, 3 * 86_400.0, 9 * 86_400.0]
    summary = await build_summary(
        SummaryQuery(actor, resolve_period("all", FROZEN_AT, "Asia/Shanghai"), FROZEN_AT)
    )
    prospect = next(t for t in summary.stage_times if t.stage == Stage.PROSPECT)
    assert (prospect.median, prospect.stays) == (timedelta(days=3), 3)
    assert summary.funnel[:2] == (3, 3)
    assert await StageFlow.filter(workspace=workspace).order_by("from_stage").values_list(
        "from_stage", "to_stage", "changes", "stays"
    ) == [("", "prospect", 3, 0), ("prospect", "contacted", 3, 3)]
