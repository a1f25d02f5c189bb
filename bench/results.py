"""Results at scale (issue 18): importing 200,000 order rows, and the results queries over 1M order lines.

Run: python bench/results.py [--part import|query|both] [--rows 200000] [--backend sqlite|postgres|both]
                             [--lines 1000000] [--creators 100000] [--runs 20] [--keep] [--reuse]
                             [--name DB] [--lines-only] [--compare]

Part 1, import: a TikTok Shop affiliate orders export (English headers, plain-number amounts, no currency
column: `--currency USD` as the CLI takes it) of `--rows` rows, as .csv, imported into a fresh database
whose workspace has the export's creators. Each backend runs in its own child process; the RSS is sampled
at every progress report (every batch of 500 rows), so "memory flat" is seen, not assumed. Prints rows/s,
the wall time against the 60 s target and the RSS at 10 %, 50 % and 100 % of the rows, and the peak.
Part 2, queries (PostgreSQL): a scratch database (`creatorbot_bench_results`, dropped unless --keep)
seeded with COPY — `--creators` creators, `--lines` order lines over 400 days in USD and CNY (two rate
periods), fees, samples and a campaign — and `order_tally` rebuilt from them (the migration's backfill;
COPY passes the writers that keep it), then `results.compute` for the team (week, month, all time), an
operator, one creator and the campaign: p50/p95 over `--runs` runs each (target p95 <= 300 ms), and the
EXPLAIN ANALYZE of the main statements.

Prints figures; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import asyncpg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.db import database, migrate
from models.creator import Creator
from models.enums import Platform, Role
from models.results import Order
from workflows import results, results_tally
from workflows.ports import SystemClock
from workflows.summary_period import resolve_period
from workflows.tenancy import Actor, ensure_member, ensure_workspace

PG_ADMIN = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
NAME = "creatorbot_bench_results"
TZ = "Asia/Shanghai"
NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
IMPORT_TARGET_S, QUERY_TARGET_MS = 60.0, 300.0
TOP = 10  # the card's top list (handlers/results.TOP)
HEADERS = (
    "Order ID",
    "Product ID",
    "Product Name",
    "SKU ID",
    "Payment Amount",
    "Quantity",
    "Fully returned or refunded",
    "Order Status",
    "Creator Username",
    "Content Type",
    "Est. standard commission payment",
    "Actual Commission Payment",
    "Time Created",
)
STATUSES = ("Completed", "Completed", "Shipped", "Delivered", "Canceled", "To ship")
IMPORT_CREATORS = 5_000


def _url(name: str) -> str:
    return f"{PG_ADMIN.rsplit('/', 1)[0]}/{name}"


def rss_mb() -> float:
    """The process's resident set now (Linux), in MB."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1_048_576


# ---- part 1: import ------------------------------------------------------------------------------------


def make_csv(rows: int, seed: int = 18) -> bytes:
    """The export as TikTok Shop writes it: one line per order and SKU, a tenth of the creators unknown."""
    rng = random.Random(seed)
    out = io.StringIO()
    out.write(",".join(HEADERS) + "\n")
    start = datetime(2026, 10, 13)  # noqa: DTZ001 - a sheet wall time; day first is learned at once
    for i in range(rows):
        quantity = rng.choice((1, 1, 1, 2, 3))
        amount = Decimal(rng.randint(800, 9_000)) / 100 * quantity
        status = rng.choice(STATUSES)
        refunded = i % 11 == 3 and status != "Canceled"
        creator = f"creator{rng.randint(1, IMPORT_CREATORS * 11 // 10)}"
        actual = f"{amount * Decimal('0.15'):.2f}" if status == "Completed" and i % 2 else ""
        created = start + timedelta(seconds=i * 13)
        out.write(
            f"57{i:012d},17{i % 7},Rose Serum {i % 7},SKU-{i % 7},{amount},{quantity},"
            f"{'Yes' if refunded else 'No'},{status},{creator},{'LIVE' if i % 4 == 0 else 'VIDEO'},"
            f"{amount * Decimal('0.15'):.2f},{actual},{created:%d/%m/%Y %H:%M:%S}\n"
        )
    return out.getvalue().encode()


async def _import_run(url: str, data: bytes) -> dict[str, Any]:
    from workflows.importing.order_run import import_orders

    await migrate(url)
    figures: dict[str, Any] = {}
    async with database(url):
        workspace = await ensure_workspace(Platform.CONSOLE, "bench")
        actor = await ensure_member(workspace.id, "console:bench", "运营")
        await Creator.bulk_create(
            [
                Creator(
                    workspace_id=workspace.id,
                    platform="tiktok",
                    handle=f"creator{i}",
                    handle_key=f"creator{i}",
                )
                for i in range(1, IMPORT_CREATORS + 1)
            ],
            batch_size=1_000,
        )
        await _analyze_creators()  # a workspace's creators have statistics (autovacuum, the creator import)
        samples: list[tuple[int, float]] = []

        async def progress(done: int, total: int | None) -> None:
            samples.append((done, rss_mb()))

        before = rss_mb()
        for label, dry in (("dry run", True), ("import", False), ("again (all unchanged)", False)):
            samples.clear()
            started = time.perf_counter()
            report = await import_orders(
                actor,
                data,
                SystemClock(),
                dry_run=dry,
                team_timezone=TZ,
                file_name="bench.csv",
                default_currency="USD",
                progress=progress,
            )
            seconds = time.perf_counter() - started
            rows = max(report.rows, 1)
            at = {
                f"{p}%": round(next(m for d, m in samples if d >= rows * p // 100), 1) for p in (10, 50, 100)
            }
            figures[label] = {
                "seconds": round(seconds, 2),
                "rows_per_s": round(report.rows / seconds),
                "rows": report.rows,
                "created": len(report.created),
                "updated": len(report.updated),
                "unchanged": report.unchanged,
                "skipped": len(report.skipped),
                "unknown creators": len(report.unknown_creators),
                "rss_mb": at,
            }
        figures["lines in db"] = await Order.filter(workspace_id=workspace.id).count()
        figures["rss_before_mb"] = round(before, 1)
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return figures


async def _analyze_creators() -> None:
    from tortoise import Tortoise

    db = Tortoise.get_connection("default")
    if db.capabilities.dialect == "postgres":
        await db.execute_script("ANALYZE creator")


def import_child(backend: str, rows: int) -> None:
    data = make_csv(rows)
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            figures = asyncio.run(_import_run(f"sqlite://{Path(tmp) / 'bench.sqlite3'}", data))
    else:
        name = f"creatorbot_bench_orders_{uuid.uuid4().hex[:8]}"
        asyncio.run(_admin(f'CREATE DATABASE "{name}"'))
        try:
            figures = asyncio.run(_import_run(_url(name), data))
        finally:
            asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    figures["file_mb"] = round(len(data) / 1_048_576, 1)
    print(json.dumps(figures, ensure_ascii=False))


async def _admin(sql: str) -> None:
    conn = await asyncpg.connect(PG_ADMIN)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def import_part(args: argparse.Namespace) -> None:
    backends = ("sqlite", "postgres") if args.backend == "both" else (args.backend,)
    print(f"orders import: {args.rows:,} rows of .csv; target <= {IMPORT_TARGET_S:.0f} s, memory flat")
    for backend in backends:
        out = subprocess.run(
            [sys.executable, __file__, "--child", backend, "--rows", str(args.rows)],
            capture_output=True,
            text=True,
            check=False,
        )
        if out.returncode != 0:
            print(f"  {backend}: failed\n{out.stderr[-3000:]}")
            continue
        figures = json.loads(out.stdout.strip().splitlines()[-1])
        wall = figures["import"]["seconds"]
        verdict = "PASS" if wall <= IMPORT_TARGET_S else "MISS"
        print(f"  {backend} ({figures['file_mb']} MB file): {verdict}")
        for label in ("dry run", "import", "again (all unchanged)"):
            print(f"    {label:<24} {json.dumps(figures[label], ensure_ascii=False)}")
        print(f"    lines in db              {figures['lines in db']:,}")
        print(f"    RSS before / peak        {figures['rss_before_mb']} / {figures['peak_rss_mb']} MB")


# ---- part 2: queries -----------------------------------------------------------------------------------

ORDER_COLUMNS = [
    "workspace_id",
    "order_id",
    "sku",
    "product_id",
    "product_name",
    "creator_id",
    "handle",
    "handle_key",
    "promo_code",
    "link",
    "quantity",
    "refunded_quantity",
    "amount",
    "refund_amount",
    "currency",
    "status",
    "commission_estimated",
    "commission_actual",
    "content_type",
    "content_id",
    "ordered_at",
    "ordered_on",
    "source",
    "created_at",
    "updated_at",
]
CONTENT = ("video", "video", "live", "showcase", None)
LINE_STATUSES = ("completed", "completed", "paid", "paid", "refunded", "cancelled", "unpaid")


def _lines(creators: int, count: int, rng: random.Random) -> Any:
    """Order lines (rows for COPY) over the 400 days before NOW, USD and CNY, in workspace 1; a few
    orders have two lines (two SKUs)."""
    zone_shift = timedelta(hours=8)
    i = 0
    while i < count:
        at = NOW - timedelta(seconds=rng.uniform(0, 400 * 86_400))
        creator = rng.randint(1, creators)
        currency = "USD" if rng.random() < 0.8 else "CNY"
        status = rng.choice(LINE_STATUSES)
        content = rng.choice(CONTENT)
        for sku in range(2 if rng.random() < 0.1 else 1):
            quantity = rng.choice((1, 1, 2))
            amount = Decimal(rng.randint(800, 30_000)) / 100
            refund = amount if status == "refunded" else Decimal(0)
            estimated = (amount * Decimal("0.15")).quantize(Decimal("0.01"))
            actual = estimated if status == "completed" and rng.random() < 0.5 else None
            yield (
                1, f"O{i:09d}", f"SKU-{sku}", "", "", creator, f"creator{creator}", f"creator{creator}",
                "", "",
                quantity, quantity if refund else 0, amount, refund, currency, status, estimated, actual,
                content, "", at, (at + zone_shift).date(), "tiktok_shop", NOW, NOW,
            )  # fmt: skip
            i += 1


async def seed(conn: asyncpg.Connection, args: argparse.Namespace) -> None:
    rng = random.Random(18)
    started = time.perf_counter()
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
    creators = [
        (
            cid,
            1,
            "tiktok",
            f"creator{cid}",
            f"creator{cid}",
            "US",
            "posted",
            "[]",
            rng.randint(1, 20),
            NOW,
            NOW,
        )
        for cid in range(1, args.creators + 1)
    ] + [
        (args.creators + 1 + i, 2, "tiktok", f"x{i}", f"x{i}", "US", "posted", "[]", 21, NOW, NOW)
        for i in range(500)
    ]
    columns = ["id", "workspace_id", "platform", "handle", "handle_key", "country", "stage", "tags",
               "owner_id", "created_at", "updated_at"]  # fmt: skip
    await conn.copy_records_to_table("creator", records=creators, columns=columns)
    await conn.copy_records_to_table(
        "shop_order", records=_lines(args.creators, args.lines, rng), columns=ORDER_COLUMNS
    )
    other = [  # another workspace's lines: never counted
        (2, f"X{i}", "", "", "", args.creators + 1 + i % 500, "x", "x", "", "", 1, 0, Decimal("10.00"),
         Decimal(0), "USD", "paid", None, None, "video", "", NOW - timedelta(days=i % 30),
         (NOW - timedelta(days=i % 30)).date(), "sheet", NOW, NOW)
        for i in range(5_000)
    ]  # fmt: skip
    await conn.copy_records_to_table("shop_order", records=other, columns=ORDER_COLUMNS)
    await conn.execute(
        "INSERT INTO campaign (id, workspace_id, name, name_key, product, deal_type, offer_text, created_at) "
        "VALUES (1, 1, '黑五美妆', '黑五美妆', '', 'paid', '', now())"
    )
    await conn.execute(
        "INSERT INTO campaign_product (workspace_id, campaign_id, name, sku, link, created_at) "
        "VALUES (1, 1, 'Rose Serum', 'SKU-0', '', now())"
    )
    await conn.execute(  # the same 10,000 creators in a campaign without products: every line of theirs
        "INSERT INTO campaign (id, workspace_id, name, name_key, product, deal_type, offer_text, created_at) "
        "VALUES (2, 1, '全店', '全店', '', 'paid', '', now())"
    )
    collaborations = [
        (1, cid, 1, "paid", NOW - timedelta(days=rng.uniform(0, 400)), NOW, NOW)
        for cid in range(1, args.creators + 1)
        if cid % 10 == 0
    ]
    collaborations += [(1, cid, 2, "paid", None, NOW, NOW) for cid in range(10, args.creators + 1, 10)]
    await conn.copy_records_to_table(
        "collaboration",
        records=collaborations,
        columns=["workspace_id", "creator_id", "campaign_id", "deal_type", "sample_shipped_at", "created_at",
                 "updated_at"],
    )  # fmt: skip
    payments = [
        (1, rng.randint(1, args.creators), "fixed_fee", Decimal(rng.randint(100, 900)), "USD",
         rng.choice(("pending", "paid")), "", "", NOW - timedelta(days=rng.uniform(0, 400)), NOW)
        for _ in range(args.creators // 5)
    ]  # fmt: skip
    await conn.copy_records_to_table(
        "payment",
        records=payments,
        columns=["workspace_id", "creator_id", "kind", "amount", "currency", "status", "method", "note",
                 "created_at", "updated_at"],
    )  # fmt: skip
    await conn.execute(
        "INSERT INTO sample_cost (workspace_id, sku, sku_key, cost, shipping, currency, updated_at) "
        "VALUES (1, 'SKU-0', 'sku-0', 35, 8, 'CNY', now())"
    )
    await conn.execute(
        "INSERT INTO exchange_rate (workspace_id, base, quote, rate, valid_from, created_at) VALUES "
        "(1, 'USD', 'CNY', 7.1, '2025-10-01', now()), (1, 'USD', 'CNY', 7.2, '2026-06-01', now())"
    )
    for table in ("member", "creator", "campaign", "collaboration", "payment"):
        await conn.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
        )
    await conn.execute("VACUUM ANALYZE")
    lines = await conn.fetchval("SELECT count(*) FROM shop_order WHERE workspace_id = 1")
    samples = sum(1 for c in collaborations if c[4] is not None)
    print(
        f"seeded {args.creators:,} creators, {lines:,} order lines, {samples:,} samples, "
        f"{len(payments):,} fees in {time.perf_counter() - started:.1f} s"
    )


def _cases() -> list[tuple[str, Actor, str, results.Scope]]:
    boss = Actor(1, 1, "成员1", Role.ADMIN)
    operator = Actor(1, 5, "成员5", Role.OPERATOR)
    return [
        ("team, week", boss, "week", results.Scope()),
        ("team, month", boss, "month", results.Scope()),
        ("team, last 90 days", boss, "days:90", results.Scope()),
        ("team, all time", boss, "all", results.Scope()),
        ("operator, all time", operator, "all", results.Scope()),
        ("one creator, all time", boss, "all", results.Scope(creator_id=4242)),
        ("campaign, all time", boss, "all", results.Scope(campaign_id=1)),
        ("campaign, no products", boss, "all", results.Scope(campaign_id=2)),
    ]


async def compare(args: argparse.Namespace) -> None:
    """The rollup and the lines alone, run in turn for each case (on a shared machine the load moves
    between two separate runs): min and median of `--runs` each, and whether the figures agree."""
    real = results._plan
    print(f"\nrollup against lines, {args.runs} runs each in turn (ms): min / median")
    print(f"{'case':<24}{'rollup':>16}{'lines':>16}  same figures")
    for label, actor, spec, scope in _cases():
        period = resolve_period(spec, NOW, TZ)
        window = results.Window(period.start, period.end)
        times: dict[bool, list[float]] = {True: [], False: []}
        got: dict[bool, Any] = {}
        for _ in range(args.runs + 1):
            for tally in (True, False):
                results._plan = real if tally else (lambda query: None)  # type: ignore[assignment]
                started = time.perf_counter()
                got[tally] = await results.compute(actor, scope, window, TZ, limit=TOP)
                times[tally].append((time.perf_counter() - started) * 1000)
        results._plan = real  # type: ignore[assignment]
        same = got[True] == got[False]
        cells = [f"{min(t[1:]):7.0f} / {statistics.median(t[1:]):6.0f}" for t in (times[True], times[False])]
        print(f"{label:<24}{cells[0]:>16}{cells[1]:>16}  {'yes' if same else 'NO'}")


async def timings(args: argparse.Namespace) -> None:
    cases = _cases()
    print(
        f"\nresults.compute, {args.runs} runs each after one warm-up (ms); "
        f"target p95 <= {QUERY_TARGET_MS:.0f}"
    )
    print(f"{'case':<24}{'p50':>8}{'p95':>8}{'max':>8}  GMV / orders / creators shown")
    for label, actor, spec, scope in cases:
        period = resolve_period(spec, NOW, TZ)
        window = results.Window(period.start, period.end)
        got = await results.compute(actor, scope, window, TZ, limit=TOP)
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            await results.compute(actor, scope, window, TZ, limit=TOP)
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        p95 = times[max(0, int(len(times) * 0.95) - 1)]
        verdict = "" if p95 <= QUERY_TARGET_MS else "  MISS"
        print(
            f"{label:<24}{statistics.median(times):8.1f}{p95:8.1f}{times[-1]:8.1f}  "
            f"{results.cents(got.total.gmv):,} {got.currency} / {got.total.orders:,} / {len(got.creators):,}"
            f"{verdict}"
        )


async def plans() -> None:
    """EXPLAIN ANALYZE of the statements `results.compute` runs for the team, all time and a month."""
    from tortoise import Tortoise

    conn = Tortoise.get_connection("default")
    boss = Actor(1, 1, "成员1", Role.ADMIN)
    print("\nEXPLAIN (ANALYZE): scans used and execution time")
    for spec in ("all", "month"):
        period = resolve_period(spec, NOW, TZ)
        window = results.Window(period.start, period.end)
        for label, sql, params in await results.statements(boss, results.Scope(), window, TZ):
            _, found = await conn.execute_query(f"EXPLAIN (ANALYZE, COSTS OFF) {sql}", params)
            lines = [str(row["QUERY PLAN"]).strip() for row in found]
            scans = [line.lstrip("-> ").split("  ")[0] for line in lines if "Scan" in line]
            total = next((line for line in lines if line.startswith("Execution Time")), "")
            print(f"  {label} ({spec}): {total}")
            for scan in scans:
                print(f"      {scan}")


async def rebuild() -> None:
    """The lines were loaded with COPY, past the writers that keep `order_tally`: build it as the
    migration does, then let the planner know it (autovacuum would, later)."""
    from tortoise import Tortoise

    started = time.perf_counter()
    rows = await results_tally.rebuild_all()
    await Tortoise.get_connection("default").execute_script("VACUUM ANALYZE order_tally")
    print(f"order_tally rebuilt: {rows:,} rows in {time.perf_counter() - started:.1f} s")


async def query_part(args: argparse.Namespace) -> None:
    global NAME
    NAME = args.name
    if args.lines_only:  # the figures before the rollup, on the same database and machine load
        results._plan = lambda query: None  # type: ignore[assignment]
    if args.reuse:  # the database a --keep run left
        async with database(_url(NAME)):
            if args.compare:
                await compare(args)
                return
            await timings(args)
            await plans()
        return
    admin = await asyncpg.connect(PG_ADMIN)
    await admin.execute(f'DROP DATABASE IF EXISTS "{NAME}" WITH (FORCE)')
    await admin.execute(f'CREATE DATABASE "{NAME}"')
    try:
        await migrate(_url(NAME))
        conn = await asyncpg.connect(_url(NAME))
        try:
            await seed(conn, args)
        finally:
            await conn.close()
        async with database(_url(NAME)):
            await rebuild()
            await timings(args)
            await plans()
    finally:
        if not args.keep:
            await admin.execute(f'DROP DATABASE IF EXISTS "{NAME}" WITH (FORCE)')
        await admin.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("import", "query", "both"), default="both")
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--creators", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--keep", action="store_true", help="keep the query database for a look with psql")
    parser.add_argument("--reuse", action="store_true", help="time the database a --keep run left")
    parser.add_argument("--name", default=NAME, help="the query database's name (default %(default)s)")
    parser.add_argument(
        "--compare", action="store_true", help="with --reuse: the rollup and the lines in turn, per case"
    )
    parser.add_argument(
        "--lines-only", action="store_true", help="time the line statement alone (no order_tally), as before"
    )
    parser.add_argument("--child", choices=("sqlite", "postgres"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        import_child(args.child, args.rows)
        return
    if args.part in ("import", "both"):
        import_part(args)
    if args.part in ("query", "both"):
        asyncio.run(query_part(args))


if __name__ == "__main__":
    main()
