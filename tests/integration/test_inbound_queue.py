"""INBOUND_MODE=queue: the web app only verifies, claims and enqueues; an arq worker answers.

Real pieces throughout: the web app built by the wiring, real Redis (arq queue, claims, pub/sub), the
worker built by the wiring, lark-oapi against the Feishu simulator, the WeCom simulator's response_url.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from arq.connections import ArqRedis, RedisSettings, create_pool

from bot.jobs.answers import AnswerBus, build_answer_worker, offer_answer
from bot.settings import FeishuSettings, Settings, SettingsError, WeComSettings
from bot.wiring import build_answerers, build_dispatcher, build_notifier, build_web_app
from handlers.replies import Reply, Text
from handlers.routing import CommandContext, Router
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


async def _client(app: web.Application) -> TestClient[web.Request, web.Application]:
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
        app = build_web_app(
            settings, clock=clock, dispatcher=build_dispatcher(settings, clock), queue_redis=pool
        )
        client = await _client(app)
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


slow = Router("test-slow-queue")


@slow.intent("help")
async def _slow_help(ctx: CommandContext, command: Any) -> Reply:
    await asyncio.sleep(0.5)  # past the test's inline budget
    return Text("慢慢的帮助")


def _wecom_settings(sim: WeComSimulator) -> Settings:
    wecom = WeComSettings(token=TOKEN, aes_key=WeComCallbacks().aes_key, api_base=sim.url)
    return Settings(wecom=wecom, redis_url="redis://unused", inbound_mode="queue")


async def _wecom_app(
    settings: Settings, clock: FrozenClock, pool: ArqRedis, budget: float
) -> TestClient[Any, Any]:
    from bot.adapters.wecom.webhook import INBOUND_KEY

    app = build_web_app(settings, clock=clock, dispatcher=build_dispatcher(settings, clock), queue_redis=pool)
    app[INBOUND_KEY].inline_budget = budget
    return await _client(app)


async def test_wecom_answer_from_a_worker_comes_back_inline(
    db: str, redis_url: str, pool: ArqRedis, clock: FrozenClock
) -> None:
    async with WeComSimulator() as sim:
        settings = _wecom_settings(sim)
        client = await _wecom_app(settings, clock, pool, budget=5.0)
        callbacks = WeComCallbacks()
        worker = asyncio.create_task(_keep_working(redis_url, settings, clock, pool))
        try:
            path, body = callbacks.request(callbacks.text("帮助", response_url=sim.response_url()))
            response = await client.post(path, data=body)
            assert response.status == 200
            answer = callbacks.open_reply(await response.json())
            assert answer["msgtype"] == "stream" and answer["stream"]["finish"] is True
            assert answer["stream"]["content"].startswith("**我能帮你做这些**")
            assert sim.responses == [], "answered inline: nothing posted to response_url"
            # the stream's refresh poll is answered from what this process returned
            poll = {
                "msgid": "poll-q",
                "aibotid": "aib_test",
                "msgtype": "stream",
                "stream": {"id": answer["stream"]["id"]},
            }
            path, body = callbacks.request(poll)
            polled = callbacks.open_reply(await (await client.post(path, data=body)).json())
            assert polled["stream"]["content"] == answer["stream"]["content"]
        finally:
            worker.cancel()
            await asyncio.gather(worker, return_exceptions=True)
            await client.close()


async def test_wecom_slow_worker_answer_goes_to_response_url_once(
    db: str, redis_url: str, pool: ArqRedis, clock: FrozenClock
) -> None:
    async with WeComSimulator() as sim:
        settings = _wecom_settings(sim)
        client = await _wecom_app(settings, clock, pool, budget=0.2)
        callbacks = WeComCallbacks()
        try:
            path, body = callbacks.request(callbacks.text("帮助", response_url=sim.response_url()))
            answer = callbacks.open_reply(await (await client.post(path, data=body)).json())
            assert answer["stream"]["content"] == "处理中…"
            dispatcher = dataclasses.replace(build_dispatcher(settings, clock), router=slow)
            await _work_off(redis_url, settings, clock, pool, dispatcher=dispatcher)
            await eventually(lambda: len(sim.responses) == 1)
            assert sim.responses[0]["markdown"]["content"] == "慢慢的帮助"
        finally:
            await client.close()


async def test_answer_race_the_loser_of_the_claim_never_drops_the_answer(pool: ArqRedis) -> None:
    bus = AnswerBus(pool)
    await bus.start()
    try:
        # the worker finishes first: the waiting web process gets it over pub/sub
        arrived = bus.expect("m1")
        assert await offer_answer(pool, bus.channel, "m1", "答案一")
        assert await asyncio.wait_for(arrived, timeout=2) == "答案一"
        # the web process gives up first: the worker learns it must use response_url
        assert await bus.give_up("m2") is None
        assert not await offer_answer(pool, bus.channel, "m2", "答案二")
        # the worker claimed just before the web process gave up: the stored text is used inline
        assert await offer_answer(pool, bus.channel, "m3", "答案三")
        assert await bus.give_up("m3") == "答案三"
    finally:
        await bus.stop()


async def _keep_working(redis_url: str, settings: Settings, clock: FrozenClock, pool: ArqRedis) -> None:
    notifier = build_notifier(settings, redis=pool)
    answerers = build_answerers(settings, clock, pool, notifier, build_dispatcher(settings, clock))
    worker = build_answer_worker(redis_url, {"answerers": answerers})
    try:
        await worker.async_run()
    finally:
        await worker.close()
        await notifier.close()


def test_queue_mode_needs_redis() -> None:
    with pytest.raises(SettingsError, match="INBOUND_MODE"):
        Settings.from_env({"INBOUND_MODE": "queue"}, env_file=None)
    with pytest.raises(SettingsError, match="INBOUND_MODE"):
        Settings.from_env({"INBOUND_MODE": "sometimes"}, env_file=None)
    mode = Settings.from_env({"INBOUND_MODE": "queue", "REDIS_URL": "redis://x:6379/0"}, env_file=None)
    assert mode.inbound_mode == "queue"
    assert Settings.from_env({}, env_file=None).inbound_mode == "inprocess"
