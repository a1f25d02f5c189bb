"""What a digest run costs on PostgreSQL: the figures `handlers.digest.render_digest` posts (creators per
stage and owner, moves in the period, new creators, overdue reminders), all aggregate SQL.

Run: python bench/digest.py [--creators 100000] [--changes 1000000] [--owners 20] [--runs 30]

Seeds a scratch database with generate_series (creators over 20 owners and 12 stages, stage changes over
the last 365 days, 20,000 reminders), then times `digest_content.figures` for a day, a week and a month
and prints p50/p95 and the plans' index use for the two queries that read the big tables.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.db import database, migrate
from workflows import digest_content

PG_ADMIN = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
STAGES = [
    "prospect",
    "contacted",
    "replied",
    "negotiating",
    "agreed",
    "sample_shipped",
    "sample_received",
    "content_posted",
    "paid",
    "declined",
    "ghosted",
    "blocked",
]


async def seed(url: str, args: argparse.Namespace, now: datetime) -> int:
    conn = await asyncpg.connect(url)
    try:
        ws = await conn.fetchval(
            "INSERT INTO workspace (platform, external_key, name, created_at) "
            "VALUES ('feishu', 'bench', 'bench', $1) RETURNING id",
            now,
        )
        chat = await conn.fetchval(
            "INSERT INTO chat (workspace_id, platform_chat_id, locale, timezone, webhook_key, webhook_error, "
            "created_at) VALUES ($1, 'oc_bench', 'zh_CN', 'Asia/Shanghai', '', '', $2) RETURNING id",
            ws,
            now,
        )
        await conn.execute(
            "INSERT INTO member (workspace_id, platform_user_id, display_name, name_key, role, created_at) "
            "SELECT $1, 'ou_' || g, 'owner' || g, 'owner' || g, 'operator', $2 FROM generate_series(1, $3) g",
            ws,
            now,
            args.owners,
        )
        first = await conn.fetchval("SELECT min(id) FROM member WHERE workspace_id = $1", ws)
        await conn.execute(
            "INSERT INTO creator (workspace_id, platform, handle, handle_key, stage, tags, owner_id, "
            "created_at, updated_at) "
            "SELECT $1, 'tiktok', 'c' || g, 'c' || g, ($2::text[])[1 + g % 12], '[]', "
            "$3 + g % $4, $5, $5 FROM generate_series(1, $6) g",
            ws,
            STAGES,
            first,
            args.owners,
            now,
            args.creators,
        )
        low = await conn.fetchval("SELECT min(id) FROM creator WHERE workspace_id = $1", ws)
        await conn.execute(
            "INSERT INTO stage_change (workspace_id, creator_id, from_stage, to_stage, changed_by_id, "
            "changed_at) "
            "SELECT $1, $2 + g % $3, CASE WHEN g <= $3 THEN NULL ELSE ($4::text[])[1 + g % 9] END, "
            "($4::text[])[1 + (g + 1) % 12], $5 + g % $6, "
            "$7::timestamptz - (g % 525600) * interval '1 minute' "
            "FROM generate_series(1, $8) g",
            ws,
            low,
            args.creators,
            STAGES,
            first,
            args.owners,
            now,
            args.changes,
        )
        await conn.execute(
            "INSERT INTO delivery (workspace_id, chat_id, kind, status, due_at, local_wall, zone, version, "
            "attempts, last_error, message_ref, owner_id, step, resolution, text, source_text, created_at) "
            "SELECT $1, $2, 'reminder', (ARRAY['pending','sent','sent','cancelled'])[1 + g % 4], "
            "$3::timestamptz - (g % 2000) * interval '1 hour', '2026-01-01T09:00:00', 'Asia/Shanghai', "
            "1, 0, '', '', "
            "$4 + g % $5, 0, CASE WHEN g % 3 = 0 THEN 'done' ELSE '' END, 'bench', '', $3 "
            "FROM generate_series(1, 20000) g",
            ws,
            chat,
            now,
            first,
            args.owners,
        )
        await conn.execute("ANALYZE")
        return int(ws)
    finally:
        await conn.close()


async def plans(url: str, ws: int, start: datetime, end: datetime) -> None:
    conn = await asyncpg.connect(url)
    try:
        queries = {
            "per stage": (
                "SELECT stage, count(id) FROM creator WHERE workspace_id = $1 GROUP BY stage",
                [ws],
            ),
            "moves in period": (
                "SELECT to_stage, count(id) FROM stage_change WHERE workspace_id = $1 AND changed_at >= $2 "
                "AND changed_at < $3 AND from_stage IS NOT NULL GROUP BY to_stage",
                [ws, start, end],
            ),
        }
        for name, (sql, values) in queries.items():
            rows = await conn.fetch("EXPLAIN " + sql, *values)
            used = [r[0].strip() for r in rows if "Index" in r[0] or "Seq Scan" in r[0]]
            print(f"  plan, {name}: {' | '.join(used) or rows[0][0]}")
    finally:
        await conn.close()


async def run(args: argparse.Namespace) -> None:
    name = f"creatorbot_bench_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(PG_ADMIN)
    await admin.execute(f'CREATE DATABASE "{name}"')
    url = PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
    now = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)
    try:
        await migrate(url)
        began = time.perf_counter()
        ws = await seed(url, args, now)
        print(
            f"seeded {args.creators:,} creators, {args.changes:,} stage changes, {args.owners} owners, "
            f"20,000 reminders in {time.perf_counter() - began:.1f} s"
        )
        async with database(url):
            for label, days in (("day", 1), ("week", 7), ("month", 30)):
                start = now - timedelta(days=days)
                times = []
                for _ in range(args.runs):
                    t0 = time.perf_counter()
                    figures = await digest_content.figures(ws, start, now)
                    times.append((time.perf_counter() - t0) * 1000)
                times.sort()
                p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
                print(
                    f"{label:>5}: p50 {statistics.median(times):6.1f} ms  p95 {p95:6.1f} ms  "
                    f"(total {figures.total:,}, moves {sum(figures.moved_into.values()):,}, "
                    f"new {figures.new_creators:,}, overdue {figures.overdue:,})"
                )
        await plans(url, ws, now - timedelta(days=7), now)
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--creators", type=int, default=100_000)
    parser.add_argument("--changes", type=int, default=1_000_000)
    parser.add_argument("--owners", type=int, default=20)
    parser.add_argument("--runs", type=int, default=30)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
