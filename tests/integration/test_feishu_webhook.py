"""`creatorbot serve`'s app end to end: signed/encrypted Feishu callbacks in through aiohttp's test client,
real lark-oapi out to the Feishu simulator, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import dataclasses
import gc
import io
import json
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.adapters.feishu.webhook import INBOUND_KEY
from bot.core.dispatch import Dispatcher
from bot.core.types import InboundMessage
from bot.serve import serve
from bot.settings import FeishuSettings, Settings
from bot.web.app import METRICS_KEY, create_app
from bot.web.metrics import Metrics
from bot.wiring import build_dispatcher, build_web_app
from handlers.replies import ActionResult, Card, Reply
from handlers.routing import CommandContext, Router
from models.creator import Creator
from models.enums import Stage
from models.events import ProcessedEvent
from tests.feishu_events import FeishuEvents, mention, new_id
from tests.simulators.feishu import FeishuSimulator
from tests.waiting import eventually
from workflows.pipeline import set_stage
from workflows.ports import FrozenClock

ENCRYPT_KEY = "test encrypt key"
ACK_BUDGET_S = 0.5  # generous for CI; the bench measures the real figure


@dataclass
class Bot:
    client: TestClient[web.Request, web.Application]
    app: web.Application
    sim: FeishuSimulator
    feishu: FeishuEvents

    async def post(self, doc: dict[str, Any], path: str = "/feishu/events", **options: Any) -> Any:
        message = doc.get("event", {}).get("message")
        if message:  # the user's message exists on the platform: the bot's reply lands in its chat
            self.sim.register_message(message["message_id"], message["chat_id"])
        body, headers = self.feishu.request(doc, **options)
        return await self.client.post(path, data=body, headers=headers)

    @property
    def metrics(self) -> Metrics:
        return self.app[METRICS_KEY]


def _settings(url: str, encrypt_key: str) -> Settings:
    feishu = FeishuSettings(
        app_id="cli_test",
        app_secret="secret",
        verification_token="vtoken123",
        encrypt_key=encrypt_key,
        domain=url,
    )
    return Settings(feishu=feishu)


@pytest.fixture
async def sim() -> AsyncIterator[FeishuSimulator]:
    simulator = FeishuSimulator(app_id="cli_test", app_secret="secret", bot_open_id="ou_bot")
    await simulator.start()
    yield simulator
    await simulator.close()


StartBot = Callable[..., Awaitable[Bot]]


@pytest.fixture
async def start_bot(db: str, sim: FeishuSimulator, clock: FrozenClock) -> AsyncIterator[StartBot]:
    """Starts the app (as many times as a test wants) against the simulator; closes them all after."""
    clients: list[TestClient[web.Request, web.Application]] = []

    async def start(encrypt_key: str = ENCRYPT_KEY, dispatcher: Dispatcher | None = None) -> Bot:
        settings = _settings(sim.url, encrypt_key)
        dispatcher = dispatcher or _dispatcher(settings, clock)
        app = build_web_app(settings, clock=clock, dispatcher=dispatcher)
        client = TestClient(TestServer(app))
        await client.start_server()
        clients.append(client)
        return Bot(client, app, sim, FeishuEvents(encrypt_key=encrypt_key))

    yield start
    for client in clients:
        await client.close()


@pytest.fixture
async def bot(start_bot: StartBot) -> Bot:
    return await start_bot()


# -------------------------------------------------------------------------------- test actions

actions = Router("test-actions")


@actions.action("test.replied")
async def _mark_replied(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    await set_stage(ctx.actor, [value["handle"]], Stage.REPLIED, ctx.clock)
    return ActionResult(
        toast=f"{value['handle']} → replied", card=Card(title=value["handle"], body="replied")
    )


@actions.action("test.slow")
async def _slow(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    await asyncio.sleep(0.6)
    return ActionResult(toast="done late", card=Card(title="late card", body="patched"))


def _dispatcher(settings: Settings, clock: FrozenClock) -> Dispatcher:
    dispatcher = build_dispatcher(settings, clock)
    dispatcher.router.include(actions)
    return dispatcher


# ------------------------------------------------------------------------------------- helpers


async def _settle(bot: Bot) -> None:
    """Let background work finish (for asserting that nothing was sent)."""
    inbound = bot.app[INBOUND_KEY]
    await eventually(lambda: len(inbound.tasks) == 0)
    await asyncio.sleep(0.05)


def _texts(content: object) -> Iterator[str]:
    if isinstance(content, str):
        yield content
    elif isinstance(content, Mapping):
        for value in content.values():
            yield from _texts(value)
    elif isinstance(content, list):
        for value in content:
            yield from _texts(value)


def _text(message: Any) -> str:
    return str(message.text)


async def _timed_post(bot: Bot, doc: dict[str, Any], **options: Any) -> tuple[Any, float]:
    started = time.perf_counter()
    response = await bot.post(doc, **options)
    return response, time.perf_counter() - started


# --------------------------------------------------------------------------------------- tests


async def test_encrypted_challenge_answered_before_anything_else(bot: Bot) -> None:
    response, took = await _timed_post(bot, bot.feishu.challenge("c-123"), sign=False)
    assert response.status == 200 and took < 1.0
    assert await response.json() == {"challenge": "c-123"}
    plain_bot = FeishuEvents(encrypt_key="")
    body, headers = plain_bot.request(plain_bot.challenge("c-plain"))
    response = await bot.client.post("/feishu/cards", data=body, headers=headers)
    assert await response.json() == {"challenge": "c-plain"}  # an echo reveals nothing; the token matched
    forged = FeishuEvents(encrypt_key=ENCRYPT_KEY, verification_token="wrong")
    response = await bot.client.post("/feishu/events", data=forged.request(forged.challenge())[0])
    assert response.status == 401


async def test_group_mention_is_acked_fast_and_answered_in_thread(bot: Bot) -> None:
    bot.sim.latency = 0.6  # a slow Open API must not slow the ack: the reply is sent after it
    doc = bot.feishu.message("@_user_1 添加达人 @amy tiktok 美国 加州")
    message_id = doc["event"]["message"]["message_id"]
    response, took = await _timed_post(bot, doc)
    assert response.status == 200 and took < ACK_BUDGET_S
    assert bot.sim.messages == []
    await eventually(lambda: len(bot.sim.messages) == 1)
    sent = bot.sim.messages[0]
    assert sent.reply_to == message_id and sent.uuid == f"r:{message_id}"
    assert "已添加 @amy" in _text(sent)
    amy = await Creator.get(handle_key="amy").prefetch_related("workspace")
    assert amy.timezone == "America/Los_Angeles"
    assert amy.workspace.external_key == "tenant_a"


async def test_teammate_mention_reaches_the_command_as_a_name(bot: Bot) -> None:
    await bot.post(bot.feishu.message("@_user_1 添加达人 @amy tiktok 美国 加州"))
    await eventually(lambda: len(bot.sim.messages) == 1)
    doc = bot.feishu.message(
        "@_user_1 @amy 交给 @_user_2 跟进", mentions=[mention("@_user_2", "ou_wang", "小王", "tenant_a")]
    )
    await bot.post(doc)
    await eventually(lambda: len(bot.sim.messages) == 2)
    assert "小王" in _text(bot.sim.messages[1])
    amy = await Creator.get(handle_key="amy").prefetch_related("owner")
    assert amy.owner is not None and amy.owner.display_name == "小王"


async def test_plain_mode_with_token(start_bot: StartBot) -> None:
    bot = await start_bot(encrypt_key="")
    response = await bot.post(bot.feishu.message("@_user_1 帮助"))
    assert response.status == 200
    await eventually(lambda: len(bot.sim.messages) == 1)
    assert bot.sim.messages[0].msg_type == "interactive"
    wrong = FeishuEvents(verification_token="nope")
    response = await bot.client.post("/feishu/events", data=wrong.request(wrong.message("@_user_1 帮助"))[0])
    assert response.status == 401
    await _settle(bot)
    assert len(bot.sim.messages) == 1


async def test_dm_answered_without_mention_and_group_without_mention_ignored(bot: Bot) -> None:
    await bot.post(bot.feishu.message("@_user_1 帮助", at_bot=False))
    await bot.post(bot.feishu.message("help", chat_type="p2p", chat_id="oc_dm", at_bot=False))
    await eventually(lambda: len(bot.sim.messages) == 1)
    await _settle(bot)
    assert [m.chat_id for m in bot.sim.messages] == ["oc_dm"]
    assert (
        bot.metrics.value("creatorbot_events_ignored_total", platform="feishu", reason="not_addressed") == 1
    )


async def test_forged_signature_is_refused_and_nothing_sent(bot: Bot) -> None:
    docs = [bot.feishu.message("@_user_1 帮助") for _ in range(3)]
    body, headers = bot.feishu.request(docs[0])
    headers["X-Lark-Signature"] = "0" * 64
    response = await bot.client.post("/feishu/events", data=body, headers=headers)
    assert response.status == 401
    tampered_body, headers = bot.feishu.request(docs[1])
    response = await bot.client.post("/feishu/events", data=tampered_body + b" ", headers=headers)
    assert response.status == 401
    unsigned = await bot.post(docs[2], sign=False)
    assert unsigned.status == 401
    await _settle(bot)
    assert bot.sim.messages == []
    message_ids = [doc["event"]["message"]["message_id"] for doc in docs]
    assert not await ProcessedEvent.filter(key__in=[f"msg:tenant_a:{m}" for m in message_ids]).exists()


async def test_stale_timestamp_is_refused(bot: Bot) -> None:
    response = await bot.post(bot.feishu.message("@_user_1 帮助"), timestamp=str(int(time.time()) - 2 * 3600))
    assert response.status == 401
    assert bot.metrics.value("creatorbot_events_rejected_total", platform="feishu", reason="stale") == 1


async def test_wrong_token_inside_a_good_signature_is_refused(bot: Bot) -> None:
    other = FeishuEvents(encrypt_key=ENCRYPT_KEY, verification_token="not-ours")
    body, headers = other.request(other.message("@_user_1 帮助"))
    response = await bot.client.post("/feishu/events", data=body, headers=headers)
    assert response.status == 401
    assert bot.metrics.value("creatorbot_events_rejected_total", platform="feishu", reason="token") == 1


async def test_malformed_and_undecryptable_bodies_are_400(bot: Bot) -> None:
    for body in (b"{not json", json.dumps({"encrypt": "bm90IGNpcGhlcnRleHQ="}).encode(), b'["x"]'):
        _, headers = bot.feishu.request({})
        headers["X-Lark-Signature"] = _sign(headers, body)
        response = await bot.client.post("/feishu/events", data=body, headers=headers)
        assert response.status == 400, body
    wrong_key = FeishuEvents(encrypt_key="another key")
    body, headers = wrong_key.request(wrong_key.message("@_user_1 帮助"))
    headers["X-Lark-Signature"] = _sign(headers, body)
    assert (await bot.client.post("/feishu/events", data=body, headers=headers)).status == 400


def _sign(headers: Mapping[str, str], body: bytes) -> str:
    from bot.adapters.feishu.crypto import signature

    return signature(headers["X-Lark-Request-Timestamp"], headers["X-Lark-Request-Nonce"], ENCRYPT_KEY, body)


async def test_body_over_one_megabyte_is_413(bot: Bot) -> None:
    body, headers = bot.feishu.request(bot.feishu.message("@_user_1 " + "x" * (1100 * 1024)))
    assert len(body) > 1024 * 1024
    response = await bot.client.post("/feishu/events", data=io.BytesIO(body), headers=headers)
    assert response.status == 413
    # streamed without a Content-Length: the limit applies to what is read
    chunked = await bot.client.post("/feishu/events", data=_chunks(body), headers=headers)
    assert chunked.status == 413
    await _settle(bot)
    assert bot.sim.messages == []


async def _chunks(body: bytes) -> AsyncIterator[bytes]:
    for start in range(0, len(body), 64 * 1024):
        yield body[start : start + 64 * 1024]


async def test_unknown_event_type_is_200_and_ignored(bot: Bot) -> None:
    response = await bot.post(bot.feishu.event("contact.user_group.created_v3", {"x": 1}))
    assert response.status == 200
    await _settle(bot)
    assert bot.sim.messages == []
    assert bot.metrics.value("creatorbot_events_ignored_total", platform="feishu", reason="unhandled") == 1


async def test_same_event_five_times_one_reply(bot: Bot) -> None:
    doc = bot.feishu.message("@_user_1 帮助")
    responses = await asyncio.gather(*(bot.post(doc) for _ in range(3)))  # concurrent deliveries race
    responses += [await bot.post(doc) for _ in range(2)]
    assert [r.status for r in responses] == [200] * 5
    await eventually(lambda: len(bot.sim.messages) == 1)
    await _settle(bot)
    assert len(bot.sim.messages) == 1
    assert bot.metrics.value("creatorbot_events_deduplicated_total", platform="feishu") == 4


async def test_redelivery_with_a_new_event_id_is_still_one_reply(bot: Bot) -> None:
    message_id = new_id("om")
    await bot.post(bot.feishu.message("@_user_1 帮助", message_id=message_id))
    await bot.post(bot.feishu.message("@_user_1 帮助", message_id=message_id))
    await eventually(lambda: len(bot.sim.messages) == 1)
    await _settle(bot)
    assert len(bot.sim.messages) == 1


async def test_dedupe_survives_a_restart(start_bot: StartBot) -> None:
    first = await start_bot()
    doc = first.feishu.message("@_user_1 帮助")
    await first.post(doc)
    await eventually(lambda: len(first.sim.messages) == 1)
    await first.client.close()
    second = await start_bot()
    assert (await second.post(doc)).status == 200
    await _settle(second)
    assert len(second.sim.messages) == 1
    assert second.metrics.value("creatorbot_events_deduplicated_total", platform="feishu") == 1


async def test_card_button_press_answers_a_toast_and_changes_state(bot: Bot) -> None:
    await bot.post(bot.feishu.message("@_user_1 添加达人 @amy tiktok 美国 加州"))
    await eventually(lambda: len(bot.sim.messages) == 1)
    press = bot.feishu.card_action({"action": "test.replied", "handle": "amy"}, message_id="om_card1")
    response, took = await _timed_post(bot, press, path="/feishu/cards")
    assert response.status == 200 and took < 2.9
    answer = await response.json()
    assert answer["toast"] == {"type": "success", "content": "amy → replied"}
    assert answer["card"]["type"] == "raw" and answer["card"]["data"]["schema"] == "2.0"
    assert "replied" in "\n".join(_texts(answer["card"]["data"]))
    assert (await Creator.get(handle_key="amy")).stage == Stage.REPLIED
    again = await bot.post(press, path="/feishu/cards")
    assert await again.json() == {}  # a redelivered press is not run twice


async def test_card_press_arriving_on_the_events_url_works_too(bot: Bot) -> None:
    await bot.post(bot.feishu.message("@_user_1 添加达人 @amy tiktok 美国 加州"))
    await eventually(lambda: len(bot.sim.messages) == 1)
    response = await bot.post(bot.feishu.card_action({"action": "test.replied", "handle": "amy"}))
    assert (await response.json())["toast"]["type"] == "success"
    assert (await Creator.get(handle_key="amy")).stage == Stage.REPLIED


async def test_slow_press_answers_within_budget_then_patches_the_card(bot: Bot) -> None:
    bot.app[INBOUND_KEY].action_budget = 0.2
    await bot.post(bot.feishu.message("@_user_1 帮助"))  # the help card stands in for a card with a button
    await eventually(lambda: len(bot.sim.messages) == 1)
    card_id = bot.sim.messages[0].message_id
    response, took = await _timed_post(
        bot, bot.feishu.card_action({"action": "test.slow"}, message_id=card_id), path="/feishu/cards"
    )
    assert took < 0.5
    assert (await response.json())["toast"]["type"] == "info"
    await eventually(lambda: len(bot.sim.patches) == 1)
    message_id, content = bot.sim.patches[0]
    assert message_id == card_id and "patched" in "\n".join(_texts(content))


async def test_card_press_from_another_tenant_is_refused(bot: Bot) -> None:
    await bot.post(bot.feishu.message("@_user_1 添加达人 @amy tiktok 美国 加州", chat_id="oc_a"))
    await eventually(lambda: len(bot.sim.messages) == 1)
    outsider = bot.feishu.card_action(
        {"action": "test.replied", "handle": "amy"}, chat_id="oc_a", operator_tenant="t_b"
    )
    answer = await (await bot.post(outsider, path="/feishu/cards")).json()
    assert answer["toast"]["type"] == "error" and "card" not in answer
    other_tenant = FeishuEvents(encrypt_key=ENCRYPT_KEY, tenant_key="tenant_b")
    forged = other_tenant.card_action({"action": "test.replied", "handle": "amy"}, chat_id="oc_a")
    body, headers = other_tenant.request(forged)
    answer = await (await bot.client.post("/feishu/cards", data=body, headers=headers)).json()
    assert answer["toast"]["type"] == "error"
    elsewhere = other_tenant.card_action({"action": "test.replied", "handle": "amy"}, chat_id="oc_b")
    body, headers = other_tenant.request(elsewhere)
    answer = await (await bot.client.post("/feishu/cards", data=body, headers=headers)).json()
    assert "card" not in answer  # tenant_b's own chat, but amy is tenant_a's: not found there
    assert (await Creator.get(handle_key="amy")).stage == Stage.PROSPECT


async def test_bot_added_sends_the_help_card_once(bot: Bot) -> None:
    doc = bot.feishu.bot_added(chat_id="oc_new")
    for _ in range(2):
        assert (await bot.post(doc)).status == 200
    await eventually(lambda: len(bot.sim.messages) == 1)
    await _settle(bot)
    sent = bot.sim.messages
    assert len(sent) == 1 and sent[0].chat_id == "oc_new" and sent[0].msg_type == "interactive"
    assert sent[0].uuid == f"a:{doc['header']['event_id']}"[:50]
    assert "添加达人" in _text(sent[0])


class _Exploding(Dispatcher):
    async def handle(self, message: InboundMessage) -> Reply:
        if "boom" in message.text:
            raise RuntimeError("processing blew up")
        return await Dispatcher.handle(self, message)


async def test_processing_exception_is_still_200_and_the_next_event_works(
    start_bot: StartBot, clock: FrozenClock
) -> None:
    base = build_dispatcher(Settings(), clock)
    exploding = _Exploding(**{f.name: getattr(base, f.name) for f in dataclasses.fields(base)})
    bot = await start_bot(dispatcher=exploding)
    assert (await bot.post(bot.feishu.message("@_user_1 boom"))).status == 200
    assert (await bot.post(bot.feishu.message("@_user_1 帮助"))).status == 200
    await eventually(lambda: len(bot.sim.messages) == 1)
    await _settle(bot)
    assert bot.metrics.value("creatorbot_processing_errors_total", platform="feishu") == 1


async def test_bot_identity_is_fetched_again_after_a_failed_start(
    start_bot: StartBot, sim: FeishuSimulator
) -> None:
    sim.fail_next(1, status=400, code=99991672, msg="no permission")  # bot info fails at start
    bot = await start_bot()
    inbound = bot.app[INBOUND_KEY]
    assert inbound.bot_open_id is None
    await bot.post(bot.feishu.message("@_user_1 帮助"))  # cannot tell it is for us: not answered
    inbound._identity_tried_at -= 61
    await bot.post(bot.feishu.message("@_user_1 帮助"))  # triggers the retry
    await eventually(lambda: inbound.bot_open_id == "ou_bot")
    await bot.post(bot.feishu.message("@_user_1 帮助"))
    await eventually(lambda: len(bot.sim.messages) == 1)


async def test_send_failure_is_counted_not_raised(bot: Bot) -> None:
    bot.sim.fail_next(10, status=400, code=230002, msg="bot not in chat")
    assert (await bot.post(bot.feishu.message("@_user_1 帮助"))).status == 200
    await eventually(lambda: bot.metrics.value("creatorbot_send_errors_total", platform="feishu") == 1)


async def test_healthz_and_metrics(bot: Bot) -> None:
    health = await bot.client.get("/healthz")
    assert health.status == 200 and (await health.json())["database"] == "ok"
    await bot.post(bot.feishu.message("@_user_1 帮助"))
    await eventually(lambda: len(bot.sim.messages) == 1)
    bad, headers = bot.feishu.request(bot.feishu.message("@_user_1 帮助"))
    headers["X-Lark-Signature"] = "f" * 64
    await bot.client.post("/feishu/events", data=bad, headers=headers)
    await eventually(lambda: bot.metrics.value("creatorbot_replies_sent_total", platform="feishu") == 1)
    text = await (await bot.client.get("/metrics")).text()
    assert 'creatorbot_events_received_total{platform="feishu",type="im.message.receive_v1"} 1' in text
    assert 'creatorbot_events_rejected_total{platform="feishu",reason="signature"} 1' in text
    assert 'creatorbot_replies_sent_total{platform="feishu"} 1' in text
    assert 'creatorbot_ack_seconds_count{route="/feishu/events"} 2' in text
    assert "# TYPE creatorbot_ack_seconds histogram" in text


async def test_healthz_503_when_the_database_does_not_answer() -> None:
    async def down() -> bool:
        return False

    client = TestClient(TestServer(create_app(metrics=Metrics(), health=down)))
    await client.start_server()
    try:
        assert (await client.get("/healthz")).status == 503
    finally:
        await client.close()


async def test_serve_runs_the_app_on_a_real_port(tmp_path: Path, sim: FeishuSimulator) -> None:
    """`creatorbot serve` itself: migrations, the ORM context seen by request handlers, shutdown."""
    port = _free_port()
    settings = dataclasses.replace(
        _settings(sim.url, ENCRYPT_KEY), database_url=f"sqlite://{tmp_path / 'serve.sqlite3'}"
    )
    stop, started = asyncio.Event(), asyncio.Event()
    server = asyncio.create_task(serve(settings, "127.0.0.1", port, stop=stop, started=started))
    await asyncio.wait_for(started.wait(), 30)
    assert gc.get_freeze_count() > 10_000  # what start-up loaded is out of the collector's walks
    feishu = FeishuEvents(encrypt_key=ENCRYPT_KEY)
    doc = feishu.message("@_user_1 帮助")
    sim.register_message(doc["event"]["message"]["message_id"], "oc_group1")
    body, headers = feishu.request(doc)
    async with aiohttp.ClientSession(f"http://127.0.0.1:{port}") as http:
        assert (await http.get("/healthz")).status == 200
        assert (await http.post("/feishu/events", data=body, headers=headers)).status == 200
        await eventually(lambda: len(sim.messages) == 1)
        assert "feishu" in await (await http.get("/metrics")).text()
    stop.set()
    await asyncio.wait_for(server, 30)
    assert gc.get_freeze_count() == 0  # given back on the way out


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_dedupe_store_claims_once_and_forgets_after_a_day(db: str, clock: FrozenClock) -> None:
    from datetime import timedelta

    from bot.core.dedupe import DedupeStore

    store = DedupeStore(platform="feishu", clock=clock)
    key = f"msg:tenant_a:{new_id('om')}"
    claims = await asyncio.gather(*(store.first_time(key) for _ in range(4)))
    assert sorted(claims) == [False, False, False, True]
    clock.advance(timedelta(hours=8))
    assert not await store.first_time(key)  # still within Feishu's retry window
    clock.advance(timedelta(hours=17))
    await store.purge()
    assert await store.first_time(key)
