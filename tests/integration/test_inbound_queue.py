"""INBOUND_MODE=queue: the web app only verifies, claims and enqueues; an arq worker answers.

Real pieces throughout: the web app built by the wiring, real Redis (arq queue, claims, pub/sub), the
worker built by the wiring, lark-oapi against the Feishu simulator, the WeCom simulator's response_url.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from arq.connections import ArqRedis, RedisSettings, create_pool

from bot.jobs.answers import StreamState, StreamStore, build_answer_worker
from bot.settings import FeishuSettings, Settings, SettingsError, WeComSettings
from bot.wiring import build_answerers, build_dispatcher, build_notifier, build_web_app
from models.events import ProcessedEvent
from tests.feishu_events import FeishuEvents
from tests.simulators.feishu import FeishuSimulator
from tests.simulators.wecom import WeComSimulator
from tests.waiting import eventually
from tests.wecom_callbacks import TOKEN, WeComCallbacks
from workflows.ports import FrozenClock

ENCRYPT_KEY = "queue test key"


@pytest.fixture
async def pool(redis_url: str) -> AsyncIterator[ArqRedis]:
    redis = await create_pool(RedisSettings.from_dsn(redis_url))
    yield redis
    await redis.aclose()


async def _queue_client(
    settings: Settings, clock: FrozenClock, pool: ArqRedis
) -> TestClient[web.Request, web.Application]:
    """A web process in queue mode (it verifies, claims and enqueues on `pool`), served for the test."""
    app = build_web_app(settings, clock=clock, dispatcher=build_dispatcher(settings, clock), queue_redis=pool)
    client = TestClient(TestServer(app))
    await client.start_server()
    return client


async def _work_off(
    redis_url: str, settings: Settings, clock: FrozenClock, pool: ArqRedis, **kw: Any
) -> None:
    """Run the answer worker until the inbound queue is empty (what `creatorbot worker` does forever)."""
    notifier = build_notifier(settings, redis=pool)
    dispatcher = kw.pop("dispatcher", None) or build_dispatcher(settings, clock)
    answerers = build_answerers(settings, clock, pool, notifier, dispatcher)
    worker = build_answer_worker(redis_url, {"answerers": answerers}, burst=True)
    try:
        await worker.async_run()
    finally:
        await worker.close()
        for answerer in answerers.values():
            await answerer.tasks.drain(grace=5.0)
            close = getattr(answerer, "close", None)
            if callable(close):
                await close()
        await notifier.close()


# ------------------------------------------------------------------------------------------- Feishu


def _feishu_settings(sim: FeishuSimulator) -> Settings:
    feishu = FeishuSettings(
        app_id="cli_test",
        app_secret="secret",
        verification_token="vtoken123",
        encrypt_key=ENCRYPT_KEY,
        domain=sim.url,
    )
    return Settings(feishu=feishu, redis_url="redis://unused", inbound_mode="queue")


async def test_feishu_web_only_acks_and_the_worker_answers_once(
    db: str, redis_url: str, pool: ArqRedis, clock: FrozenClock
) -> None:
    async with FeishuSimulator(app_id="cli_test", app_secret="secret", bot_open_id="ou_bot") as sim:
        settings = _feishu_settings(sim)
        client = await _queue_client(settings, clock, pool)
        events = FeishuEvents(encrypt_key=ENCRYPT_KEY)
        doc = events.message("帮助")
        message = doc["event"]["message"]
        sim.register_message(message["message_id"], message["chat_id"])
        try:
            for _ in range(5):  # Feishu redelivers: five pushes, one answer
                body, headers = events.request(doc)
                response = await client.post("/feishu/events", data=body, headers=headers)
                assert response.status == 200, await response.text()
            await asyncio.sleep(0.2)
            assert sim.messages == [], "the web process must not answer in queue mode"
            assert await ProcessedEvent.all().count() == 0, "the durable claim is the worker's"
            assert await pool.zcard("creatorbot:inbound") == 1, "one job for five deliveries"

            await _work_off(redis_url, settings, clock, pool)
            assert len(sim.messages) == 1
            reply = sim.messages[0]
            assert reply.reply_to == message["message_id"]
            assert reply.msg_type == "interactive", "the help card"
            assert await ProcessedEvent.filter(platform="feishu").count() == 1

            # Redis lost its claims (a flush, a failover): the push comes again and is queued again,
            # but the worker's database claim stops a second answer.
            await pool.flushdb()
            body, headers = events.request(doc)
            assert (await client.post("/feishu/events", data=body, headers=headers)).status == 200
            assert await pool.zcard("creatorbot:inbound") == 1
            await _work_off(redis_url, settings, clock, pool)
            assert len(sim.messages) == 1
        finally:
            await client.close()


# -------------------------------------------------------------------------------------------- WeCom


def _wecom_settings(sim: WeComSimulator) -> Settings:
    wecom = WeComSettings(token=TOKEN, aes_key=WeComCallbacks().aes_key, api_base=sim.url)
    return Settings(wecom=wecom, redis_url="redis://unused", inbound_mode="queue")


async def _post(
    client: TestClient[Any, Any], callbacks: WeComCallbacks, doc: dict[str, Any]
) -> dict[str, Any] | None:
    path, body = callbacks.request(doc)
    response = await client.post(path, data=body)
    assert response.status == 200
    raw = await response.read()
    return callbacks.open_reply(json.loads(raw)) if raw else None


def _poll(stream_id: str) -> dict[str, Any]:
    return {
        "msgid": f"poll-{stream_id}",
        "aibotid": "aib_test",
        "msgtype": "stream",
        "stream": {"id": stream_id},
    }


async def test_wecom_acks_with_an_open_stream_and_polls_get_the_workers_answer(
    db: str, redis_url: str, pool: ArqRedis, clock: FrozenClock
) -> None:
    async with WeComSimulator() as sim:
        settings = _wecom_settings(sim)
        client = await _queue_client(settings, clock, pool)
        callbacks = WeComCallbacks()
        try:
            doc = callbacks.text("帮助", response_url=sim.response_url())
            first = await _post(client, callbacks, doc)
            assert first is not None and first["stream"]["finish"] is False
            assert first["stream"]["content"] == "处理中…", "acked at once, before any work"
            stream_id = first["stream"]["id"]
            assert await _post(client, callbacks, doc) is None, (
                "WeCom's retry of the same msgid: nothing more"
            )
            assert await pool.zcard("creatorbot:inbound") == 1

            polled = await _post(client, callbacks, _poll(stream_id))
            assert polled is not None and polled["stream"] == {
                "id": stream_id,
                "finish": False,
                "content": "处理中…",
            }

            await _work_off(redis_url, settings, clock, pool)
            # a poll may reach any web process: a second app over the same Redis answers it too
            other = await _queue_client(settings, clock, pool)
            try:
                done = await _post(other, callbacks, _poll(stream_id))
            finally:
                await other.close()
            assert done is not None and done["stream"]["finish"] is True
            assert done["stream"]["content"].startswith("**我能帮你做这些**")
            assert await _post(client, callbacks, _poll("not-ours")) is None
            assert sim.responses == [], "answered through the stream: response_url untouched"
        finally:
            await client.close()


async def test_wecom_answer_after_the_poll_window_goes_to_response_url(
    db: str, redis_url: str, pool: ArqRedis, clock: FrozenClock
) -> None:
    async with WeComSimulator() as sim:
        settings = _wecom_settings(sim)
        client = await _queue_client(settings, clock, pool)
        callbacks = WeComCallbacks()
        try:
            first = await _post(client, callbacks, callbacks.text("帮助", response_url=sim.response_url()))
            assert first is not None and first["stream"]["finish"] is False
            clock.advance(timedelta(minutes=6))  # the worker was down; WeCom stopped polling at 6 min
            await _work_off(redis_url, settings, clock, pool)
            await eventually(lambda: len(sim.responses) == 1)
            assert sim.responses[0]["markdown"]["content"].startswith("**我能帮你做这些**")
        finally:
            await client.close()


async def test_stream_store_round_trip(pool: ArqRedis) -> None:
    streams = StreamStore(pool)
    assert await streams.read("s1") is None
    await streams.begin("s1")
    assert await streams.read("s1") == StreamState(done=False)
    await streams.finish("s1", "完成 ✅", (b"\x89PNG-one", b"\x89PNG-two"))
    assert await streams.read("s1") == StreamState(
        done=True, text="完成 ✅", images=(b"\x89PNG-one", b"\x89PNG-two")
    )


def test_queue_mode_needs_redis() -> None:
    with pytest.raises(SettingsError, match="INBOUND_MODE"):
        Settings.from_env({"INBOUND_MODE": "queue"}, env_file=None)
    with pytest.raises(SettingsError, match="INBOUND_MODE"):
        Settings.from_env({"INBOUND_MODE": "sometimes"}, env_file=None)
    mode = Settings.from_env({"INBOUND_MODE": "queue", "REDIS_URL": "redis://x:6379/0"}, env_file=None)
    assert mode.inbound_mode == "queue"
    assert Settings.from_env({}, env_file=None).inbound_mode == "inprocess"
