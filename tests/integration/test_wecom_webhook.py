"""`creatorbot serve`'s app with WeCom: encrypted smart-bot callbacks in through aiohttp's test client,
answers back in the (encrypted) callback response or through response_url at the WeCom simulator."""

from __future__ import annotations

import asyncio
import dataclasses
import io
import json
import socket
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.serve import serve
from bot.settings import Settings, WeComSettings
from bot.web.app import METRICS_KEY
from bot.wiring import build_dispatcher, build_web_app
from handlers.replies import Reply, Text
from handlers.routing import CommandContext, Router
from models.events import ProcessedEvent
from tests.simulators.wecom import WeComSimulator
from tests.waiting import eventually
from tests.wecom_callbacks import TOKEN, WeComCallbacks
from workflows.ports import FrozenClock


@dataclass
class Bot:
    client: TestClient[web.Request, web.Application]
    app: web.Application
    sim: WeComSimulator
    wecom: WeComCallbacks

    async def post(self, doc: dict[str, Any], **options: Any) -> Any:
        path, body = self.wecom.request(doc, **options)
        return await self.client.post(path, data=body)

    async def ask(self, text: str, **options: Any) -> dict[str, Any]:
        response = await self.post(self.wecom.text(text, response_url=self.sim.response_url(), **options))
        assert response.status == 200
        return self.wecom.open_reply(await response.json())


slow = Router("test-slow")


@slow.intent("help")
async def _slow_help(ctx: CommandContext, command: Any) -> Reply:
    await asyncio.sleep(1.0)  # past the inline budget (0.6 s)
    return Text("慢慢的帮助 " + "长" * 3000)


@pytest.fixture
async def sim() -> AsyncIterator[WeComSimulator]:
    async with WeComSimulator() as simulator:
        yield simulator


def settings_for(sim: WeComSimulator) -> Settings:
    return Settings(wecom=WeComSettings(token=TOKEN, aes_key=WeComCallbacks().aes_key, api_base=sim.url))


@pytest.fixture
async def bot(db: str, sim: WeComSimulator, clock: FrozenClock) -> AsyncIterator[Bot]:
    settings = settings_for(sim)
    app = build_web_app(settings, clock=clock, dispatcher=build_dispatcher(settings, clock))
    client = TestClient(TestServer(app))
    await client.start_server()
    yield Bot(client, app, sim, WeComCallbacks())
    await client.close()


async def test_url_verification_echoes_the_decrypted_echostr(bot: Bot) -> None:
    response = await bot.client.get(bot.wecom.verify_url("1616140317555161061"))
    assert response.status == 200
    assert await response.text() == "1616140317555161061"


async def test_url_verification_refusals(bot: Bot) -> None:
    path = bot.wecom.verify_url("123")
    assert (await bot.client.get(path.replace("msg_signature=", "msg_signature=0"))).status == 403
    other_corp = WeComCallbacks(receive_id="wx5823bf96d3bd56c7").verify_url("123")
    assert (await bot.client.get(other_corp)).status == 403, "a self-built app's receive id is not ours"
    assert (await bot.client.get("/wecom/callback?timestamp=1")).status == 400


async def test_group_mention_answered_in_the_callback(bot: Bot) -> None:
    answer = await bot.ask("帮助")
    assert answer["msgtype"] == "stream" and answer["stream"]["finish"] is True
    assert answer["stream"]["content"].startswith("**我能帮你做这些**")
    assert bot.sim.responses == [], "a fast answer needs no response_url"


async def test_slow_answer_says_working_then_arrives_through_response_url(
    db: str, sim: WeComSimulator, clock: FrozenClock
) -> None:
    settings = settings_for(sim)
    dispatcher = dataclasses.replace(build_dispatcher(settings, clock), router=slow)
    client = TestClient(TestServer(build_web_app(settings, clock=clock, dispatcher=dispatcher)))
    await client.start_server()
    try:
        bot = Bot(client, client.app, sim, WeComCallbacks())
        answer = await bot.ask("帮助")
        assert answer["stream"] == {"id": answer["stream"]["id"], "finish": True, "content": "处理中…"}
        await eventually(lambda: len(sim.responses) == 1)
        posted = sim.responses[0]
        assert posted["msgtype"] == "markdown" and posted["markdown"]["content"].startswith("慢慢的帮助")
    finally:
        await client.close()


async def test_the_same_callback_three_times_has_one_effect(bot: Bot) -> None:
    doc = bot.wecom.text("帮助", response_url=bot.sim.response_url())
    answers = []
    for _ in range(3):
        response = await bot.post(doc)
        assert response.status == 200
        answers.append(await response.read())
    assert answers[0] and answers[1] == b"" and answers[2] == b""
    assert await ProcessedEvent.filter(platform="wecom").count() == 1


async def test_bad_inputs(bot: Bot) -> None:
    doc = bot.wecom.text("帮助")
    assert (await bot.post(doc, bad_signature=True)).status == 403
    foreign = WeComCallbacks(receive_id="wwcorp")
    path, body = foreign.request(doc)
    assert (await bot.client.post(path, data=body)).status == 403, "wrong receive id"
    path, body = bot.wecom.request(doc)
    assert (await bot.client.post(path, data=b"{not json")).status == 400
    assert (await bot.client.post(path, data=b"<xml><Encrypt>")).status == 400, "malformed XML"
    assert (await bot.client.post(path, data=json.dumps({"nothing": 1}))).status == 400
    bad_b64 = "!!!" + json.loads(body)["encrypt"]
    from bot.adapters.wecom.crypto import signature

    query = path.split("?")[1]
    ts, nonce = (dict(p.split("=") for p in query.split("&"))[k] for k in ("timestamp", "nonce"))
    sig = signature(TOKEN, ts, nonce, bad_b64)
    bad = f"/wecom/callback?msg_signature={sig}&timestamp={ts}&nonce={nonce}"
    assert (await bot.client.post(bad, data=json.dumps({"encrypt": bad_b64}))).status == 400, "bad base64"
    assert (await bot.client.post(path, data=io.BytesIO(b"x" * (1024 * 1024 + 1)))).status == 413
    not_json = bot.wecom.crypto.encrypt("<xml>not json</xml>")
    sig = signature(TOKEN, ts, nonce, not_json)
    url = f"/wecom/callback?msg_signature={sig}&timestamp={ts}&nonce={nonce}"
    assert (await bot.client.post(url, data=json.dumps({"encrypt": not_json}))).status == 400
    stale = str(int(time.time()) - 2 * 3600)  # a captured callback replayed after the dedupe forgot it
    assert (await bot.post(bot.wecom.text("帮助"), timestamp=stale)).status == 403
    assert (await bot.client.get(bot.wecom.verify_url("1", timestamp=stale))).status == 403
    rejected = bot.app[METRICS_KEY].render()
    assert 'reason="signature"' in rejected and 'reason="receive_id"' in rejected
    assert 'reason="stale"' in rejected


async def test_enter_chat_stream_poll_mixed_and_card_events(bot: Bot) -> None:
    enter = {
        "msgid": "enter-1",
        "aibotid": "aib_test",
        "chattype": "single",
        "from": {"userid": "alice"},
        "msgtype": "event",
        "event": {"eventtype": "enter_chat"},
    }
    response = await bot.post(enter)
    welcome = bot.wecom.open_reply(await response.json())
    assert welcome["msgtype"] == "text" and welcome["text"]["content"].startswith("我能帮你做这些")

    first = await bot.ask("帮助")
    poll = {
        "msgid": "poll-1",
        "aibotid": "aib_test",
        "msgtype": "stream",
        "stream": {"id": first["stream"]["id"]},
    }
    again = bot.wecom.open_reply(await (await bot.post(poll)).json())
    assert again["stream"] == first["stream"], "a refresh poll gets the finished stream again"
    unknown = {**poll, "stream": {"id": "not-ours"}}
    assert await (await bot.post(unknown)).read() == b""

    mixed = bot.wecom.text("", response_url=bot.sim.response_url())
    mixed |= {
        "msgtype": "mixed",
        "mixed": {"msg_item": [{"msgtype": "text", "text": {"content": "@bot 帮助"}}]},
    }
    answer = bot.wecom.open_reply(await (await bot.post(mixed)).json())
    assert answer["stream"]["content"].startswith("**我能帮你做这些**")

    card = {**enter, "msgid": "card-1", "event": {"eventtype": "template_card_event"}}
    assert (await bot.post(card)).status == 200


def test_notifier_has_a_wecom_outbound(sim: WeComSimulator) -> None:
    from bot.adapters.wecom.outbound import WeComOutbound
    from bot.wiring import build_notifier
    from models.enums import Platform

    assert isinstance(build_notifier(settings_for(sim)).outbound(Platform.WECOM), WeComOutbound)


async def test_serve_answers_a_group_mention_on_a_real_port(tmp_path: Path, sim: WeComSimulator) -> None:
    """`creatorbot serve` itself (migrations, ORM context in handlers, shutdown) with only WECOM_* set:
    a slow-path answer would go to response_url, a fast one comes back encrypted in the response."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    settings = dataclasses.replace(settings_for(sim), database_url=f"sqlite://{tmp_path / 'serve.sqlite3'}")
    stop, started = asyncio.Event(), asyncio.Event()
    server = asyncio.create_task(serve(settings, "127.0.0.1", port, stop=stop, started=started))
    await asyncio.wait_for(started.wait(), 30)
    wecom = WeComCallbacks()
    async with aiohttp.ClientSession(f"http://127.0.0.1:{port}") as http:
        assert await (await http.get(wecom.verify_url("echo-42"))).text() == "echo-42"
        doc = wecom.text("帮助", response_url=sim.response_url())
        path, body = wecom.request(doc)
        answer = wecom.open_reply(await (await http.post(path, data=body)).json())
        for _ in range(2):  # WeCom's retries of the same callback: no second answer
            assert await (await http.post(path, data=body)).read() == b""
        assert answer["stream"]["content"].startswith("**我能帮你做这些**")
        assert 'platform="wecom"' in await (await http.get("/metrics")).text()
    stop.set()
    await asyncio.wait_for(server, 30)
