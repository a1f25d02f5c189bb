"""Shared fixtures: a database per test on SQLite and on the real PostgreSQL, a frozen clock, a console.

PostgreSQL is used for real. When it is not reachable the PostgreSQL variants skip with the reason,
except under CI (CI=true), where a missing service fails the run loudly.
"""

from __future__ import annotations

import asyncio
import io
import os
import uuid
from collections.abc import AsyncIterator, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import asyncpg
import pytest
from tortoise import Tortoise
from tortoise.backends.base.executor import EXECUTOR_CACHE
from tortoise.context import tortoise_test_context

from bot.adapters.console import Console, ConsoleOutbound
from bot.db import database, migrate
from bot.jobs.inprocess import DeliveryLoop
from bot.jobs.notifier import OutboundNotifier
from bot.settings import Settings
from bot.wiring import build_dispatcher
from handlers.due import DueCards
from models import MODEL_MODULES
from models.enums import Platform
from workflows.ports import FrozenClock

T = TypeVar("T")
PG_ADMIN_URL = os.environ.get("TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
FROZEN_AT = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)  # Wednesday 16:00 Beijing


def _service_missing(what: str, error: BaseException) -> None:
    message = f"{what} is not reachable ({type(error).__name__}: {error})"
    if os.environ.get("CI"):
        pytest.fail(f"{message}; CI must provide it (see .ci/run)", pytrace=False)
    pytest.skip(message)


async def _admin(sql: str) -> None:
    conn = await asyncpg.connect(PG_ADMIN_URL)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def _run(coro: Coroutine[Any, Any, T]) -> T:
    """Run set-up work on its own loop in a thread: session fixtures may be reached from a running loop."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


def pg_url(name: str) -> str:
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    return f"{base}/{name}"


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session, migrated with the checked-in migrations."""
    name = f"creatorbot_test_{uuid.uuid4().hex[:10]}"
    try:
        _run(_admin(f'CREATE DATABASE "{name}"'))
    except (OSError, asyncpg.PostgresError) as error:
        _service_missing("PostgreSQL", error)
    url = pg_url(name)
    EXECUTOR_CACHE.clear()  # session fixtures run before the per-test clearing below
    _run(migrate(url))
    yield url
    _run(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(autouse=True)
def _fresh_sql_cache() -> None:
    """Tortoise caches compiled SQL per (connection name, table), not per dialect. A process of ours
    never switches dialect, but this test session does, so every test starts with an empty cache."""
    EXECUTOR_CACHE.clear()


@pytest.fixture(params=["sqlite", "postgres"])
async def db(request: pytest.FixtureRequest) -> AsyncIterator[str]:
    """An empty database on each backend; yields the backend name."""
    if request.param == "sqlite":
        async with tortoise_test_context(MODEL_MODULES, db_url="sqlite://:memory:"):
            yield "sqlite"
        return
    async with database(request.getfixturevalue("postgres_url")):
        await truncate_all()
        yield "postgres"


async def truncate_all() -> None:
    """Empty every table of the open PostgreSQL database (ids restart at 1)."""
    conn = Tortoise.get_connection("default")
    _, rows = await conn.execute_query(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'aerich'"
    )
    tables = ", ".join(f'"{row["tablename"]}"' for row in rows)
    await conn.execute_script(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")


@pytest.fixture
async def pg(postgres_url: str) -> AsyncIterator[str]:
    """The session's PostgreSQL database, open and empty; yields its URL for child processes."""
    async with database(postgres_url):
        await truncate_all()
        yield postgres_url


@pytest.fixture
async def redis_url() -> AsyncIterator[str]:
    """A Redis database of its own (db 11), flushed before and after."""
    from redis.asyncio import Redis

    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/11")
    client = Redis.from_url(url)
    try:
        await client.flushdb()
    except (OSError, ConnectionError) as error:
        await client.aclose()
        _service_missing("Redis", error)
    yield url
    await client.flushdb()
    await client.aclose()


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(FROZEN_AT)


@pytest.fixture
def console(db: str, clock: FrozenClock) -> Console:
    """A zh_CN console user 小李 on the current database."""
    return Console(build_dispatcher(Settings(), clock=clock), user="小李", locale="zh_CN")


@pytest.fixture
def console_with_loop(db: str, clock: FrozenClock) -> tuple[Console, DeliveryLoop, ConsoleOutbound]:
    """A zh_CN console (小李) wired to an in-process delivery loop; due items land in the outbound."""
    notifier = OutboundNotifier(render=DueCards())
    loop = DeliveryLoop(notifier, clock)
    console = Console(build_dispatcher(Settings(), clock, scheduler=loop), user="小李", locale="zh_CN")
    outbound = ConsoleOutbound(console, io.StringIO())
    notifier.register(Platform.CONSOLE, outbound)
    return console, loop, outbound


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    from tests.report import REPORT_KEY

    lines = config.stash.get(REPORT_KEY, [])
    if lines:
        terminalreporter.section("command understanding accuracy")
        for line in lines:
            terminalreporter.write_line(line)


@pytest.fixture(autouse=True)
async def _close_feishu_outbounds(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[None]:
    """A FeishuOutbound keeps its HTTP connections alive until closed (as serve and the worker do at
    exit); tests that make one directly need not remember to: every one is closed after the test."""
    from bot.adapters.feishu.outbound import FeishuOutbound

    made: list[FeishuOutbound] = []
    original = FeishuOutbound.__init__

    def init(self: FeishuOutbound, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(FeishuOutbound, "__init__", init)
    yield
    for outbound in made:
        await outbound.close()


@pytest.fixture(autouse=True)
def _in_a_scratch_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the bot writes to the working directory (the console's charts and exports) lands in the
    test's own directory, never in the checkout."""
    monkeypatch.chdir(tmp_path)
