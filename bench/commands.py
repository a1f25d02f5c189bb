"""In-process command latency through router + handler + database, and `creatorbot parse` wall time.

Run: python bench/commands.py [--n-creators 10000] [--n 1000] [--backend sqlite|postgres|both]
Target (PostgreSQL): p50 <= 5 ms and p99 <= 20 ms per command; `creatorbot parse` < 1 s.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
from tortoise import Tortoise

from bot.core.dispatch import Dispatcher
from bot.core.types import ChatRef, InboundMessage, Sender
from bot.db import database, migrate
from bot.settings import Settings
from bot.wiring import build_dispatcher
from handlers.replies import Card, Reply, Text
from models.creator import Creator, StageChange
from models.enums import CreatorPlatform, Platform, Role, Stage
from models.tenancy import Member, Workspace
from workflows import stage_flows
from workflows.ports import SystemClock

PG_ADMIN_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
CHAT = ChatRef(platform=Platform.CONSOLE, workspace_key="local", chat_id="console")
SENDER = Sender(user_id="console:运营", display_name="运营")
OTHERS = ("小李", "Amy", "Bob", "陈晨", "Dana")
COUNTRIES = ("US", "GB", "DE", "FR", "JP", "BR", "ID", "TH", "VN", "MX", None)
STAGE_WORDS = {Stage.NEGOTIATING: "谈判中", Stage.REPLIED: "已回复"}
LIST_TEXTS = ("列出谈判中的达人", "我负责的达人", "list creators in replied")
TARGET_P50_MS, TARGET_P99_MS, BATCH = 5.0, 20.0, 1000


@dataclass
class Timings:
    samples: list[float] = field(default_factory=list)  # seconds

    def row(self, name: str) -> str:
        ms = sorted(s * 1000 for s in self.samples)
        q = statistics.quantiles(ms, n=100, method="inclusive")
        p50, p95, p99 = q[49], q[94], q[98]
        verdict = "PASS" if p50 <= TARGET_P50_MS and p99 <= TARGET_P99_MS else "MISS"
        pad = " " * max(0, 30 - sum(2 if unicodedata.east_asian_width(c) == "W" else 1 for c in name))
        return (
            f"  {name}{pad} n={len(ms):<5} {len(ms) / (sum(ms) / 1000):8.0f} cmd/s  p50={p50:6.2f}  "
            f"p95={p95:6.2f}  p99={p99:6.2f}  max={ms[-1]:7.2f} ms  {verdict}"
        )


async def seed(n_creators: int, rng: random.Random) -> dict[str, Stage]:
    """One console workspace, the sender + a few members, n creators with one history row each."""
    workspace = await Workspace.create(platform=Platform.CONSOLE, external_key="local", name="bench")
    owners: list[Member | None] = [None]
    for user_id, name in [(SENDER.user_id, SENDER.display_name), *((f"bench:{o}", o) for o in OTHERS)]:
        role = Role.ADMIN if user_id == SENDER.user_id else Role.OPERATOR
        owners.append(
            await Member.create(
                workspace=workspace,
                platform_user_id=user_id,
                display_name=name,
                name_key=name.casefold(),
                role=role,
            )
        )
    stages = list(Stage)
    start = datetime.now(UTC) - timedelta(days=90)
    state: dict[str, Stage] = {}
    for lo in range(0, n_creators, BATCH):
        rows = []
        for i in range(lo, min(lo + BATCH, n_creators)):
            handle, stage, owner = f"creator_{i}", rng.choice(stages), rng.choice(owners)
            state[handle] = stage
            when = start + timedelta(minutes=rng.randrange(90 * 24 * 60))
            rows.append(
                Creator(
                    workspace_id=workspace.id,
                    platform=rng.choice(list(CreatorPlatform)),
                    handle=handle,
                    handle_key=handle,
                    country=rng.choice(COUNTRIES),
                    stage=stage,
                    owner_id=owner.id if owner else None,
                    followers=rng.randrange(1_000, 2_000_000),
                    tags=[],
                    created_at=when,
                    updated_at=when,
                )
            )
        await Creator.bulk_create(rows)
    ids = await Creator.filter(workspace_id=workspace.id).values_list("id", "stage")
    history = [
        StageChange(
            workspace_id=workspace.id, creator_id=cid, from_stage=None, to_stage=stage, changed_at=start
        )
        for cid, stage in ids
    ]
    for lo in range(0, len(history), BATCH):
        await StageChange.bulk_create(history[lo : lo + BATCH])
    await stage_flows.count(Tortoise.get_connection("default"), history)  # the running totals
    return state


def message(text: str, seq: int) -> InboundMessage:
    return InboundMessage(
        chat=CHAT, sender=SENDER, text=text, event_id=f"bench-{seq}", received_at=datetime.now(UTC)
    )


def set_stage_text(state: dict[str, Stage], handles: Sequence[str], rng: random.Random, seq: int) -> str:
    """A move to negotiating/replied (alternating) that is always a real change for the creator picked."""
    handle = rng.choice(handles)
    target = Stage.NEGOTIATING if seq % 2 == 0 else Stage.REPLIED
    if state[handle] == target:
        target = Stage.REPLIED if target == Stage.NEGOTIATING else Stage.NEGOTIATING
    state[handle] = target
    return f"把 @{handle} 移到{STAGE_WORDS[target]}"


def is_moved(reply: Reply) -> bool:
    return isinstance(reply, Text) and reply.text.startswith("✅")


async def timed(dispatcher: Dispatcher, text: str, seq: int) -> tuple[float, Reply]:
    msg = message(text, seq)
    t0 = time.perf_counter()
    reply = await dispatcher.handle(msg)
    return time.perf_counter() - t0, reply


async def run_backend(name: str, url: str, n_creators: int, n: int) -> None:
    rng = random.Random(1234)
    await migrate(url)
    async with database(url):
        t0 = time.perf_counter()
        state = await seed(n_creators, rng)
        print(f"[{name}] seeded {n_creators} creators in {time.perf_counter() - t0:.2f} s (not timed below)")
        dispatcher = build_dispatcher(Settings(), SystemClock())
        handles = list(state)
        changes_before = await StageChange.all().count()
        moved, seq = 0, 0
        for i in range(50):  # warm-up: connections, statement caches, first chat/member lookups
            seq += 1
            text = set_stage_text(state, handles, rng, seq) if i % 2 else LIST_TEXTS[i % 3]
            _, reply = await timed(dispatcher, text, seq)
            moved += is_moved(reply)
        set_stage, lists = Timings(), Timings()
        per_list = {text: Timings() for text in LIST_TEXTS}
        unexpected: list[str] = []
        for _ in range(n):
            seq += 1
            took, reply = await timed(dispatcher, set_stage_text(state, handles, rng, seq), seq)
            set_stage.samples.append(took)
            moved += is_moved(reply)
            if not is_moved(reply):
                unexpected.append(str(reply)[:120])
        for i in range(max(n * 3 // 10, 6)):
            seq += 1
            text = LIST_TEXTS[i % 3]
            took, reply = await timed(dispatcher, text, seq)
            lists.samples.append(took)
            per_list[text].samples.append(took)
            if not isinstance(reply, Card):
                unexpected.append(str(reply)[:120])
        print(
            f"[{name}] latency per command (dispatcher.handle, ms); target p50<={TARGET_P50_MS:g} "
            f"p99<={TARGET_P99_MS:g}"
        )
        print(set_stage.row("set_stage"))
        print(lists.row("list_creators"))
        for text, timings in per_list.items():
            print(timings.row(f"  {text}"))
        grew = await StageChange.all().count() - changes_before
        ok = "OK" if grew == moved else "MISMATCH"
        print(
            f"[{name}] sanity: stage_change rows +{grew}, replies with ✅ {moved} -> {ok}; "
            f"unexpected replies: {len(unexpected)}" + (f" e.g. {unexpected[0]!r}" if unexpected else "")
        )


async def pg_admin(sql: str) -> str:
    conn = await asyncpg.connect(PG_ADMIN_URL)
    try:
        return str(await conn.fetchval(sql) or "")
    finally:
        await conn.close()


async def pg_version() -> str | None:
    try:
        return await pg_admin("SHOW server_version")
    except (OSError, asyncpg.PostgresError) as error:
        print(f"PostgreSQL unreachable at {PG_ADMIN_URL} ({type(error).__name__}: {error}); skipping it")
        return None


def bench_parse(runs: int = 5) -> None:
    exe = Path(sys.executable).with_name("creatorbot")
    walls: list[float] = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([str(exe), "parse", "把 @amy 移到已回复"], check=True, capture_output=True)
        walls.append(time.perf_counter() - t0)
    low, mid = min(walls) * 1000, statistics.median(walls) * 1000
    print(
        f"creatorbot parse wall time ({runs} runs, incl. interpreter start): min={low:.0f} ms "
        f"median={mid:.0f} ms  target < 1000 ms  {'PASS' if mid < 1000 else 'MISS'}"
    )


def run_postgres(n_creators: int, n: int) -> None:
    name = f"creatorbot_bench_{uuid.uuid4().hex[:10]}"
    asyncio.run(pg_admin(f'CREATE DATABASE "{name}"'))
    try:
        url = f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{name}"
        asyncio.run(run_backend("postgres", url, n_creators, n))
    finally:
        asyncio.run(pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--n-creators", type=int, default=10_000)
    parser.add_argument("--n", type=int, default=1000, help="set_stage commands (list_creators: 30%% of it)")
    parser.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.n < 2:
        parser.error("--n must be at least 2 (percentiles need two samples)")
    if args.child:  # one backend per process: Tortoise caches INSERT SQL per connection name, not per dialect
        if args.backend == "sqlite":
            with tempfile.TemporaryDirectory() as tmp:
                asyncio.run(run_backend("sqlite", f"sqlite://{tmp}/bench.sqlite3", args.n_creators, args.n))
        else:
            run_postgres(args.n_creators, args.n)
        return 0
    version = asyncio.run(pg_version()) if args.backend != "sqlite" else None
    print(
        f"env: python {sys.version.split()[0]}, {os.cpu_count()} CPUs, sqlite {sqlite3.sqlite_version}, "
        f"postgres {version or 'n/a'}",
        flush=True,
    )
    backends = [b for b in ("sqlite", "postgres") if args.backend in (b, "both")]
    for backend in backends:
        if backend == "postgres" and version is None:
            continue
        sizes = ["--n-creators", str(args.n_creators), "--n", str(args.n)]
        subprocess.run([sys.executable, __file__, "--child", "--backend", backend, *sizes], check=True)
    bench_parse()
    return 0


if __name__ == "__main__":
    sys.exit(main())
