"""The delivery engine under faults, with real worker processes, Redis, PostgreSQL and the Feishu simulator.

Each test checks the same promise from the receiving end: every reminder reaches the chat exactly once
(the simulator keeps one message per `uuid`, as Feishu does), none is lost, and no 429 is provoked.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta

import pytest
from redis.asyncio import Redis

from models.enums import DeliveryStatus
from models.schedule import Delivery
from tests.reminder_rows import enqueue_all, seed_reminders
from tests.simulators.feishu import FeishuSimulator


@pytest.fixture
async def sim() -> AsyncIterator[FeishuSimulator]:
    async with FeishuSimulator() as simulator:
        yield simulator


def _env(pg: str, redis_url: str, sim: FeishuSimulator) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": pg,
        "REDIS_URL": redis_url,
        "FEISHU_APP_ID": "cli_test",
        "FEISHU_APP_SECRET": "secret",
        "FEISHU_VERIFICATION_TOKEN": "vtoken",
        "FEISHU_DOMAIN": sim.url,
    }


async def _worker(env: dict[str, str], *extra: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "worker",
        "--sweep-every",
        "1",
        "--stale-after",
        "3",
        "--overdue-after",
        "2",
        *extra,
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )


async def _until(condition: Callable[[], Awaitable[bool]]) -> None:
    async with asyncio.timeout(90):
        while not await condition():  # noqa: ASYNC110 - polling another process's progress in the database
            await asyncio.sleep(0.2)


async def _stop(*workers: asyncio.subprocess.Process) -> None:
    for worker in workers:
        if worker.returncode is None:
            worker.send_signal(signal.SIGTERM)
    for worker in workers:
        try:
            await asyncio.wait_for(worker.wait(), 20)
        except TimeoutError:
            worker.kill()
            await worker.wait()


async def _all_sent(count: int) -> bool:
    return await Delivery.filter(status=DeliveryStatus.SENT).count() == count


def _assert_exactly_once(sim: FeishuSimulator, rows: list[Delivery]) -> None:
    keys = [m.uuid for m in sim.messages]
    assert len(keys) == len(set(keys)), "a reminder reached the chat twice"
    assert set(keys) == {f"cb-d{r.id}-v{r.version}" for r in rows}, "a reminder was lost"
    assert sim.rate_limited == 0


async def test_redis_flushed_between_scheduling_and_due_time(
    pg: str, redis_url: str, sim: FeishuSimulator
) -> None:
    rows = await seed_reminders(30, chats=3, due=datetime.now(UTC) + timedelta(seconds=3))
    await enqueue_all(redis_url, rows)
    client = Redis.from_url(redis_url)
    assert await client.dbsize() > 0
    await client.flushdb()  # every queued job is gone; only the rows remember
    await client.aclose()
    worker = await _worker(_env(pg, redis_url, sim))
    try:
        await _until(lambda: _all_sent(30))
    finally:
        await _stop(worker)
    _assert_exactly_once(sim, rows)


async def test_worker_killed_mid_batch_then_another_finishes(
    pg: str, redis_url: str, sim: FeishuSimulator
) -> None:
    rows = await seed_reminders(60, chats=6, due=datetime.now(UTC))
    await enqueue_all(redis_url, rows)
    sim.latency = 0.05  # slow enough to kill the worker in the middle of the batch
    env = _env(pg, redis_url, sim)
    first = await _worker(env, "--max-jobs", "5")

    async def some_sent() -> bool:
        return len(sim.messages) >= 10

    await _until(some_sent)
    first.send_signal(signal.SIGKILL)
    await first.wait()
    delivered_before = len(sim.messages)
    assert delivered_before < 60, "the batch finished before the kill; the test proves nothing"
    second = await _worker(env)
    try:
        await _until(lambda: _all_sent(60))
    finally:
        await _stop(second)
    _assert_exactly_once(sim, rows)


async def test_two_workers_on_one_queue(pg: str, redis_url: str, sim: FeishuSimulator) -> None:
    rows = await seed_reminders(200, chats=20, due=datetime.now(UTC))
    env = _env(pg, redis_url, sim)
    workers = [await _worker(env), await _worker(env)]
    try:
        await enqueue_all(redis_url, rows)
        await _until(lambda: _all_sent(200))
    finally:
        await _stop(*workers)
    _assert_exactly_once(sim, rows)
