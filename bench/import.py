"""Import a generated 10,000-row .xlsx (mixed Chinese/English, realistic mess) into a fresh database.

Run: python bench/import.py [--rows 10000] [--backend sqlite|postgres|both]
Each backend runs in its own child process, so its peak RSS (ru_maxrss) is the import's alone.
Targets: wall time <= 15 s, peak memory <= 300 MB. Prints the dry run and the import separately, then
the same file again (every row an unchanged existing creator).
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import asyncpg
from openpyxl import Workbook

from bot.db import database, migrate
from models.creator import Creator
from models.enums import Platform
from workflows.importing import import_file
from workflows.ports import SystemClock
from workflows.tenancy import ensure_member, ensure_workspace

PG_ADMIN_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
TARGET_S, TARGET_MB = 15.0, 300.0
HEADERS = [
    "达人账号",
    "Platform",
    "国家/地区",
    "州/城市",
    "粉丝数",
    "Email",
    "语言",
    "负责人",
    "阶段",
    "备注",
]
PLATFORMS = ["TikTok", "tiktok", "TT", "Instagram", "ins", "YouTube", "油管", ""]
PLACES = [
    ("美国", "加州"),
    ("US", "Texas"),
    ("United States", "纽约"),
    ("英国", ""),
    ("UK", "London"),
    ("德国", ""),
    ("Brazil", "São Paulo"),
    ("印尼", ""),
    ("泰国", ""),
    ("墨西哥", ""),
    ("日本", "东京"),
    ("CA", "Ontario"),
    ("", ""),
]
FOLLOWERS = ["12.5万", "1.2M", "3,400", "８０００", 250000, "45k", "N/A", "-", "", "2w"]
STAGES = ["待建联", "已邀约", "已回复", "谈判中", "已寄样", "contacted", "replied", "", "已发布"]
OWNERS = ["小王", "小李", "Amy", "陈晨", "Bob", ""]
NOTES = ["喜欢美妆", "prefers email", "", "", "报价 $300", "已寄样品，单号 SF123", ""]


def make_xlsx(rows: int, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("达人名单")
    sheet.append(["2026 Q4 达人建联表"])
    sheet.append([])
    sheet.append(HEADERS)
    for i in range(rows):
        country, region = rng.choice(PLACES)
        handle = f"{rng.choice(['@', ''])}{rng.choice(['beauty', 'fit', 'chef', 'mama', 'tech'])}_{i:05d}"
        sheet.append(
            [
                handle,
                rng.choice(PLATFORMS),
                country,
                region,
                rng.choice(FOLLOWERS),
                f"creator{i}@example.com" if rng.random() < 0.6 else "",
                rng.choice(["英语", "en", "Spanish", ""]),
                rng.choice(OWNERS),
                rng.choice(STAGES),
                rng.choice(NOTES),
            ]
        )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


async def _run(url: str, data: bytes) -> dict[str, object]:
    await migrate(url)
    figures: dict[str, object] = {}
    async with database(url):
        workspace = await ensure_workspace(Platform.CONSOLE, "bench")
        actor = await ensure_member(workspace.id, "console:bench", "运营")
        clock = SystemClock()
        for label, dry in (("dry run", True), ("import", False), ("again (all unchanged)", True)):
            started = time.perf_counter()
            report = await import_file(actor, data, clock, dry_run=dry, file_name="bench.xlsx")
            figures[label] = {
                "seconds": round(time.perf_counter() - started, 2),
                "rows": report.rows,
                "created": len(report.created),
                "updated": len(report.updated),
                "unchanged": report.unchanged,
                "skipped": len(report.skipped),
                "warnings": len(report.warnings),
            }
        figures["creators in db"] = await Creator.filter(workspace_id=workspace.id).count()
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return figures


def child(backend: str, rows: int) -> None:
    data = make_xlsx(rows)
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            figures = asyncio.run(_run(f"sqlite://{Path(tmp) / 'bench.sqlite3'}", data))
    else:
        name = f"creatorbot_bench_import_{uuid.uuid4().hex[:8]}"
        asyncio.run(_admin(f'CREATE DATABASE "{name}"'))
        try:
            figures = asyncio.run(_run(PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}", data))
        finally:
            asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    figures["file_kb"] = len(data) // 1024
    print(json.dumps(figures, ensure_ascii=False))


async def _admin(sql: str) -> None:
    conn = await asyncpg.connect(PG_ADMIN_URL)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--child", choices=("sqlite", "postgres"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.rows)
        return
    backends = ("sqlite", "postgres") if args.backend == "both" else (args.backend,)
    targets = f"import <= {TARGET_S:.0f} s, peak <= {TARGET_MB:.0f} MB"
    print(f"import bench: {args.rows} rows of .xlsx; targets: {targets}")
    for backend in backends:
        out = subprocess.run(
            [sys.executable, __file__, "--child", backend, "--rows", str(args.rows)],
            capture_output=True,
            text=True,
            check=False,
        )
        if out.returncode != 0:
            print(f"  {backend}: failed\n{out.stderr[-2000:]}")
            continue
        figures = json.loads(out.stdout.strip().splitlines()[-1])
        wall = figures["import"]["seconds"]
        peak = figures["peak_rss_mb"]
        verdict = "PASS" if wall <= TARGET_S and peak <= TARGET_MB else "MISS"
        print(f"  {backend} ({figures['file_kb']} KB file): {verdict}")
        for label in ("dry run", "import", "again (all unchanged)"):
            print(f"    {label:<24} {json.dumps(figures[label], ensure_ascii=False)}")
        print(f"    creators in db           {figures['creators in db']}")
        print(f"    peak RSS (whole process) {peak} MB")


if __name__ == "__main__":
    main()
