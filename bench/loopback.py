"""What the webhook benchmarks share: child processes pinned to cores, free ports, health waits, and a
throwaway database."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
PG_ADMIN_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")


def spawn(script: str, role: str, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """`script --role ROLE …` in a child process. Servers get CPU 0, the load generator and the simulator
    CPU 1 (when there are two), so the server measured never shares its core with the machinery
    measuring it."""
    cpus = sorted(os.sched_getaffinity(0))
    core = ({cpus[0]} if role in ("serve", "bare") else {cpus[1]}) if len(cpus) >= 2 else set(cpus)
    return subprocess.Popen(
        [sys.executable, script, "--role", role, *args],
        preexec_fn=lambda: os.sched_setaffinity(0, core),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL if role != "load" else None,
        text=True,
        env=env,
        cwd=ROOT,
    )


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def wait_healthy(port: int, within: float = 60.0) -> None:
    deadline = time.monotonic() + within
    async with aiohttp.ClientSession() as session:
        while time.monotonic() < deadline:
            try:
                async with session.get(f"http://127.0.0.1:{port}/healthz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.2)
    raise SystemExit("the web process did not become healthy")


def bench_database(backend: str, workdir: Path) -> tuple[str, str | None]:
    """(DATABASE_URL, the PostgreSQL database to drop afterwards or None for SQLite)."""
    if backend == "sqlite":
        return f"sqlite://{workdir / 'bench.sqlite3'}", None
    name = f"creatorbot_bench_{uuid.uuid4().hex[:8]}"
    asyncio.run(_admin(f'CREATE DATABASE "{name}"'))
    return f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{name}", name


def drop_database(name: str | None) -> None:
    if name is not None:
        asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


async def _admin(sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(PG_ADMIN_URL)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


async def flush_redis(url: str) -> None:
    """Empty the Redis database a queue-mode bench uses, before it starts."""
    from redis.asyncio import Redis

    client = Redis.from_url(url)
    try:
        await client.flushdb()
    finally:
        await client.aclose()


# What both webhook benches call sustained, and their targets (issues 3 and 4).
TARGET_P99_MS, TARGET_RATE, TARGET_RATIO = 20.0, 200, 0.5
SUSTAIN_P99_MS, SUSTAIN_SHARE = 100.0, 0.95


@dataclass
class Step:
    """One rate of an open-loop ramp. Sustained: every request got 200, ≥ 95 % of the target rate was
    achieved and the p99 stayed ≤ 100 ms (a server falling behind queues requests and its latency climbs)."""

    rate: int
    sent: int = 0
    ok: int = 0
    errors: int = 0
    seconds: float = 0.0
    p50_ms: float = 0.0
    p99_ms: float = 0.0
    max_ms: float = 0.0

    @property
    def achieved(self) -> float:
        return self.ok / self.seconds if self.seconds else 0.0

    @property
    def sustained(self) -> bool:
        return (
            self.errors == 0 and self.achieved >= SUSTAIN_SHARE * self.rate and self.p99_ms <= SUSTAIN_P99_MS
        )


async def until_terminated() -> None:
    """A child process's main wait: until SIGTERM or SIGINT."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
