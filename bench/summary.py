"""Pipeline summaries at scale on PostgreSQL (issue 7): a workspace with 100,000 creators, 1,000,000 stage
changes and 20 owners (plus a small second workspace that must never be counted), then `build_summary`
for a week, a month and all time — p50/p95 over N runs each — and the plans of the main statements.

Run: python bench/summary.py [--creators 100000] [--changes 1000000] [--runs 25] [--keep]

Seeds its own scratch database (`creatorbot_bench_summary`, dropped at the end unless --keep) with COPY.
Prints figures; asserts nothing about time (target: p95 <= 200 ms each).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.db import database, migrate
from models.enums import EXITS, FUNNEL, Role
from workflows import summary_sql as q
from workflows.summary import SummaryQuery, build_summary
from workflows.summary_period import resolve_period
from workflows.tenancy import Actor

PG_ADMIN = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
NAME = "creatorbot_bench_summary"
NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
TZ = "Asia/Shanghai"
PLATFORMS = ("tiktok", "instagram", "youtube")
COUNTRIES = ("US", "GB", "DE", "FR", "BR", "MX", "ID", "TH")


def url(name: str) -> str:
    return f"{PG_ADMIN.rsplit('/', 1)[0]}/{name}"


def histories(creators: int, changes: int, rng: random.Random) -> tuple[list[tuple[Any, ...]], list[str]]:
    """Stage change rows (workspace, creator, from, to, at, since, stay) and each creator's final stage.

    Each creator is added at a random moment in the last 400 days, then moves about every few days,
    mostly forward, sometimes back or to an exit and back, until its share of changes is used."""
    rows: list[tuple[Any, ...]] = []
    finals: list[str] = []
    per = changes / creators
    funnel = [s.value for s in FUNNEL]
    exits = [s.value for s in EXITS]
    for cid in range(1, creators + 1):
        n = max(1, int(per + rng.uniform(-per / 2, per / 2)))
        at = NOW - timedelta(days=rng.uniform(0, 400))
        stage, since, rank = "prospect", at, 0
        rows.append((1, cid, None, stage, at, None, None))
        for _ in range(n - 1):
            at = at + timedelta(hours=rng.expovariate(1 / 60))
            if at >= NOW:
                break
            roll = rng.random()
            if stage in exits:
                target = funnel[rank]
            elif roll < 0.65 and rank < len(funnel) - 1:
                rank += 1 if roll > 0.1 else min(2, len(funnel) - 1 - rank)
                target = funnel[rank]
            elif roll < 0.85 and rank > 0:
                rank -= 1
                target = funnel[rank]
            else:
                target = rng.choice(exits)
            rows.append((1, cid, stage, target, at, since, (at - since).total_seconds()))
            stage, since = target, at
        finals.append(stage)
    return rows, finals


def _delivery(rng: random.Random, creators: int) -> tuple[Any, ...]:
    """A reminder due within 30 days either side of now: future ones pending; past ones mostly sent and
    marked done, a few sent and left open, a few still pending (a stalled worker), a few cancelled."""
    due = NOW + timedelta(days=rng.uniform(-30, 30))
    status, resolution = "pending", ""
    if due < NOW:
        roll = rng.random()
        if roll < 0.9:
            status, resolution = "sent", "done"
        elif roll < 0.95:
            status = "sent"
        elif roll >= 0.97:
            status = "cancelled"
    owner = rng.randint(1, 20)
    return (1, 1, "reminder", status, due, "2026-11-25T16:00:00", TZ, rng.randint(1, creators), owner,
            resolution, "跟进", NOW, 1, 0, "", "", 0, "")  # fmt: skip


async def seed(conn: asyncpg.Connection, args: argparse.Namespace) -> None:
    rng = random.Random(7)
    await conn.execute(
        "INSERT INTO workspace (id, platform, external_key, name, created_at) VALUES "
        "(1, 'feishu', 'bench', 'bench', now()), (2, 'feishu', 'other', 'other', now())"
    )
    members = [
        (i, 1, f"ou_{i}", f"成员{i}", f"成员{i}", Role.ADMIN if i == 1 else Role.OPERATOR, NOW)
        for i in range(1, 21)
    ] + [(21, 2, "ou_other", "别人", "别人", Role.ADMIN, NOW)]
    await conn.copy_records_to_table(
        "member",
        records=members,
        columns=["id", "workspace_id", "platform_user_id", "display_name", "name_key", "role", "created_at"],
    )
    started = time.perf_counter()
    changes, finals = histories(args.creators, args.changes, rng)
    creators = [
        (
            cid,
            1,
            rng.choice(PLATFORMS),
            f"creator{cid}",
            f"creator{cid}",
            rng.choice(COUNTRIES),
            finals[cid - 1],
            "[]",
            rng.randint(1, 20),
            NOW,
            NOW,
        )
        for cid in range(1, args.creators + 1)
    ]
    other = [
        (args.creators + 1 + i, 2, "tiktok", f"x{i}", f"x{i}", "US", "contacted", "[]", 21, NOW, NOW)
        for i in range(500)
    ]
    columns = [
        "id",
        "workspace_id",
        "platform",
        "handle",
        "handle_key",
        "country",
        "stage",
        "tags",
        "owner_id",
        "created_at",
        "updated_at",
    ]
    await conn.copy_records_to_table("creator", records=creators + other, columns=columns)
    other_changes = [
        (2, args.creators + 1 + i, None, "contacted", NOW - timedelta(days=i % 30), None, None)
        for i in range(500)
    ]
    await conn.copy_records_to_table(
        "stage_change",
        records=changes + other_changes,
        columns=[
            "workspace_id",
            "creator_id",
            "from_stage",
            "to_stage",
            "changed_at",
            "from_since",
            "stay_seconds",
        ],
    )
    await conn.execute(  # the running totals set_stage and the import keep (models/stage_flow.py)
        "INSERT INTO stage_flow (workspace_id, from_stage, to_stage, changes, stays) "
        "SELECT workspace_id, COALESCE(from_stage, ''), to_stage, COUNT(*), COUNT(stay_seconds) "
        "FROM stage_change GROUP BY workspace_id, COALESCE(from_stage, ''), to_stage"
    )
    await conn.execute(
        "INSERT INTO campaign (id, workspace_id, name, name_key, product, deal_type, offer_text, created_at) "
        "VALUES (1, 1, '春季新品', '春季新品', '', 'paid', '', now())"
    )
    collaborations = [(1, cid, 1, "paid", NOW, NOW) for cid in range(1, args.creators + 1) if cid % 3 == 0]
    await conn.copy_records_to_table(
        "collaboration",
        records=collaborations,
        columns=["workspace_id", "creator_id", "campaign_id", "deal_type", "created_at", "updated_at"],
    )
    await conn.execute(
        "INSERT INTO chat (id, workspace_id, platform_chat_id, locale, timezone, webhook_key, webhook_error, "
        "created_at) VALUES (1, 1, 'oc_bench', 'zh_CN', 'Asia/Shanghai', '', '', now())"
    )
    deliveries = [_delivery(rng, args.creators) for _ in range(50_000)]
    await conn.copy_records_to_table(
        "delivery",
        records=deliveries,
        columns=[
            "workspace_id",
            "chat_id",
            "kind",
            "status",
            "due_at",
            "local_wall",
            "zone",
            "creator_id",
            "owner_id",
            "resolution",
            "text",
            "created_at",
            "version",
            "attempts",
            "last_error",
            "message_ref",
            "step",
            "source_text",
        ],
    )
    for table in ("member", "creator", "stage_change", "campaign", "collaboration", "chat", "delivery"):
        await conn.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
        )
    await conn.execute("VACUUM ANALYZE")
    print(
        f"seeded {args.creators:,} creators, {len(changes):,} stage changes, 20 owners, "
        f"{len(collaborations):,} collaborations, 50,000 deliveries in {time.perf_counter() - started:.1f} s"
    )


async def timings(args: argparse.Namespace) -> None:
    boss = Actor(1, 1, "成员1", Role.ADMIN)
    operator = Actor(1, 5, "成员5", Role.OPERATOR)
    cases = [
        ("week", boss, "week", {}),
        ("month", boss, "month", {}),
        ("all time", boss, "all", {}),
        ("month, one owner", boss, "month", {"owner_id": 7}),
        ("month, campaign", boss, "month", {"campaign_id": 1}),
        ("month, TikTok US", boss, "month", {"platform": "tiktok", "country": "US"}),
        ("all time, operator", operator, "all", {}),
    ]
    print(f"\nbuild_summary, {args.runs} runs each after one warm-up (ms):")
    print(f"{'case':<22}{'p50':>8}{'p95':>8}{'max':>8}  creators / funnel top")
    for label, actor, spec, filters in cases:
        query = SummaryQuery(actor, resolve_period(spec, NOW, TZ), NOW, **filters)
        summary = await build_summary(query)
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            await build_summary(query)
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        p95 = times[max(0, int(len(times) * 0.95) - 1)]
        print(
            f"{label:<22}{statistics.median(times):8.1f}{p95:8.1f}{times[-1]:8.1f}  "
            f"{summary.total:,} / {summary.funnel[0]:,}"
        )


async def plans() -> None:
    conn = q.connection()
    team = q.CreatorFilter(1)
    week = resolve_period("week", NOW, TZ)
    statements = []
    for label, period in (("week", week), ("all time", resolve_period("all", NOW, TZ))):
        st = q.Statement(True)
        statements.append((f"counts ({label})", q.counts_sql(st, team), st.params))
        st = q.Statement(True)
        statements.append(
            (f"flows ({label})", q.flows_sql(st, team, period.start, period.start, period.end), st.params)
        )
        st = q.Statement(True)
        statements.append(
            (f"medians ({label})", q.medians_sql(st, team, period.start, period.end), st.params)
        )
    # all time reads these instead of the two scans above (kept to show what they would cost)
    st = q.Statement(True)
    statements.append(("flow totals (all time)", q.flow_totals_sql(st, team), st.params))
    st = q.Statement(True)
    statements.append(("flows after end", q.flows_after_sql(st, team, NOW), st.params))
    st = q.Statement(True)
    _, found = await conn.execute_query(
        "SELECT SUM(stays) FROM stage_flow WHERE workspace_id = 1 AND from_stage = 'prospect'"
    )
    middle = q.middle_stays_sql(st, team, "prospect", int(found[0][0]))
    statements.append(("middle prospect stay", middle, st.params))
    assert week.start is not None
    st = q.Statement(True)
    statements.append(("added (week)", q.added_sql(st, team, week.start, week.end), st.params))
    st = q.Statement(True)
    statements.append(
        ("stuck no reply", q.stuck_sql(st, team, "contacted", NOW - timedelta(days=3), 8), st.params)
    )
    st = q.Statement(True)
    statements.append(("overdue count", q.overdue_count_sql(st, team, NOW), st.params))
    st = q.Statement(True)
    statements.append(("overdue", q.overdue_sql(st, team, NOW, 8), st.params))
    month = resolve_period("month", NOW, TZ)
    for label, narrowed in (
        ("campaign", q.CreatorFilter(1, campaign_id=1)),
        ("TikTok US", q.CreatorFilter(1, platform="tiktok", country="US")),
    ):
        st = q.Statement(True)
        statements.append((f"counts ({label})", q.counts_sql(st, narrowed), st.params))
        st = q.Statement(True)
        statements.append(
            (
                f"flows (month, {label})",
                q.flows_sql(st, narrowed, month.start, month.start, month.end),
                st.params,
            )
        )
        st = q.Statement(True)
        statements.append(
            (f"medians (month, {label})", q.medians_sql(st, narrowed, month.start, month.end), st.params)
        )
        st = q.Statement(True)
        statements.append(
            (
                f"stuck ({label})",
                q.stuck_sql(st, narrowed, "contacted", NOW - timedelta(days=3), 8),
                st.params,
            )
        )
        st = q.Statement(True)
        statements.append((f"overdue count ({label})", q.overdue_count_sql(st, narrowed, NOW), st.params))
    print("\nEXPLAIN (ANALYZE): scans used and execution time")
    for label, sql, params in statements:
        _, found = await conn.execute_query(f"EXPLAIN (ANALYZE, COSTS OFF) {sql}", params)
        lines = [str(row["QUERY PLAN"]).strip() for row in found]
        scans = [line.lstrip("-> ").split("  ")[0] for line in lines if "Scan" in line]
        total = next((line for line in lines if line.startswith("Execution Time")), "")
        print(f"  {label:<20} {total}")
        for scan in scans:
            print(f"      {scan}")


async def main(args: argparse.Namespace) -> None:
    admin = await asyncpg.connect(PG_ADMIN)
    await admin.execute(f'DROP DATABASE IF EXISTS "{NAME}" WITH (FORCE)')
    await admin.execute(f'CREATE DATABASE "{NAME}"')
    try:
        await migrate(url(NAME))
        conn = await asyncpg.connect(url(NAME))
        try:
            await seed(conn, args)
        finally:
            await conn.close()
        async with database(url(NAME)):
            await timings(args)
            await plans()
    finally:
        if not args.keep:
            await admin.execute(f'DROP DATABASE IF EXISTS "{NAME}" WITH (FORCE)')
        await admin.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--creators", type=int, default=100_000)
    parser.add_argument("--changes", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--keep", action="store_true", help="keep the database for a look with psql")
    asyncio.run(main(parser.parse_args()))
