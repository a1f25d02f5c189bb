"""The Feishu long connection offline: a fake `POST /callback/ws/endpoint` and a WebSocket server speaking
lark's protobuf frames push events to the real `lark.ws.Client`; replies go to the Feishu simulator."""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import WSMsgType, web
from aiohttp.test_utils import TestClient, TestServer

from bot.adapters.feishu.long_connection import LongConnection
from bot.adapters.feishu.webhook import INBOUND_KEY
from bot.settings import FeishuSettings, Settings
from bot.wiring import build_dispatcher, build_web_app
from handlers.replies import ActionResult, Card
from handlers.routing import CommandContext, Router
from tests.feishu_events import FeishuEvents, new_id
from tests.simulators.feishu import FeishuSimulator
from tests.waiting import eventually
from workflows.ports import FrozenClock

Json = dict[str, Any]
Frame = Any  # lark_oapi.ws.pb.pbbp2_pb2.Frame, imported inside a running loop (see `_frame`)


def _frame() -> Any:
    """lark_oapi grabs `asyncio.get_event_loop()` when first imported; importing it at collection time
    would leave that loop unclosed at exit, so it is imported from within a test's running loop."""
    from lark_oapi.ws.pb.pbbp2_pb2 import Frame

    return Frame()


@dataclass
class FakeGateway:
    """Feishu's side of the long connection: endpoint discovery plus one WebSocket per client."""

    app_id: str = "cli_test"
    app_secret: str = "secret"
    endpoint_calls: list[Json] = field(default_factory=list)
    acks: list[Frame] = field(default_factory=list)
    pings: int = 0
    sockets: list[web.WebSocketResponse] = field(default_factory=list)
    connected: asyncio.Event = field(default_factory=asyncio.Event)
    url: str = ""
    _runner: web.AppRunner | None = None

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post("/callback/ws/endpoint", self._endpoint)
        app.router.add_get("/ws", self._ws)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        host, port = self._runner.addresses[0][:2]
        self.url = f"http://{host}:{port}"
        return self.url

    async def close(self) -> None:
        for socket in self.sockets:
            await socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _endpoint(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.endpoint_calls.append(body)
        if body.get("AppID") != self.app_id or body.get("AppSecret") != self.app_secret:
            return web.json_response({"code": 514, "msg": "auth failed"})
        ws_url = self.url.replace("http://", "ws://") + "/ws?device_id=dev-1&service_id=7"
        config = {"ReconnectCount": -1, "ReconnectInterval": 1, "ReconnectNonce": 0, "PingInterval": 120}
        return web.json_response({"code": 0, "data": {"URL": ws_url, "ClientConfig": config}})

    async def _ws(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self.sockets.append(socket)
        self.connected.set()
        async for message in socket:
            if message.type != WSMsgType.BINARY:
                continue
            frame = _frame()
            frame.ParseFromString(message.data)
            if frame.method == 0:
                self.pings += 1
            else:
                self.acks.append(frame)
        return socket

    async def push(self, event: Json, *, frame_type: str = "event") -> str:
        """Send one event as a data frame; returns the frame's message_id (to find its ack)."""
        frame = _frame()
        frame.SeqID, frame.LogID, frame.service, frame.method = 1, 1, 7, 1
        message_id = new_id("ws")
        headers = {"type": frame_type, "message_id": message_id, "trace_id": "t", "sum": "1", "seq": "0"}
        for key, value in headers.items():
            header = frame.headers.add()
            header.key, header.value = key, value
        frame.payload = json.dumps(event, ensure_ascii=False).encode()
        await self.sockets[-1].send_bytes(frame.SerializeToString())
        return message_id

    def ack_for(self, message_id: str) -> Frame | None:
        for frame in self.acks:
            if any(h.key == "message_id" and h.value == message_id for h in frame.headers):
                return frame
        return None


actions = Router("ws-test-actions")


@actions.action("test.ping")
async def _ping(ctx: CommandContext, value: dict[str, str]) -> ActionResult:
    return ActionResult(toast="pong", card=Card(title="pong"))


async def _eventually(check: Callable[[], bool], within: float = 10.0) -> None:
    await eventually(check, within)


@pytest.fixture
async def gateway() -> AsyncIterator[FakeGateway]:
    fake = FakeGateway()
    await fake.start()
    yield fake
    await fake.close()


@pytest.fixture
async def sim() -> AsyncIterator[FeishuSimulator]:
    async with FeishuSimulator(app_id="cli_test", app_secret="secret") as simulator:
        yield simulator


@dataclass
class Running:
    connection: LongConnection
    client: TestClient[web.Request, web.Application]
    app: web.Application


@pytest.fixture
async def running(
    db: str, sim: FeishuSimulator, gateway: FakeGateway, clock: FrozenClock
) -> AsyncIterator[Running]:
    feishu = FeishuSettings(
        app_id="cli_test",
        app_secret="secret",
        verification_token="vtoken123",
        domain=sim.url,
        long_connection=True,
    )
    settings = Settings(feishu=feishu)
    dispatcher = build_dispatcher(settings, clock)
    dispatcher.router.include(actions)
    app = build_web_app(settings, clock=clock, dispatcher=dispatcher)
    client = TestClient(TestServer(app))
    await client.start_server()
    connection = LongConnection(feishu, app[INBOUND_KEY], endpoint_domain=gateway.url)
    connection.start()
    await asyncio.wait_for(gateway.connected.wait(), 15)
    yield Running(connection, client, app)
    await connection.stop()
    await client.close()


async def test_event_is_acked_and_answered_through_the_simulator(
    running: Running, gateway: FakeGateway, sim: FeishuSimulator
) -> None:
    assert gateway.endpoint_calls == [{"AppID": "cli_test", "AppSecret": "secret"}]
    event = FeishuEvents().message("@_user_1 帮助")
    message_id = event["event"]["message"]["message_id"]
    sim.register_message(message_id, "oc_group1")
    frame_id = await gateway.push(event)
    await _eventually(lambda: gateway.ack_for(frame_id) is not None)
    ack = gateway.ack_for(frame_id)
    assert ack is not None
    assert json.loads(ack.payload)["code"] == 200
    assert any(h.key == "biz_rt" and int(h.value) < 1000 for h in ack.headers)
    await _eventually(lambda: len(sim.messages) == 1)
    assert sim.messages[0].reply_to == message_id and sim.messages[0].chat_id == "oc_group1"
    assert sim.messages[0].msg_type == "interactive"
    assert (await running.client.get("/healthz")).status == 200


async def test_duplicate_push_is_answered_once(
    running: Running, gateway: FakeGateway, sim: FeishuSimulator
) -> None:
    event = FeishuEvents().message("help", chat_type="p2p", chat_id="oc_dm", at_bot=False)
    for _ in range(3):
        await gateway.push(event)
    await _eventually(lambda: len(gateway.acks) == 3)
    await _eventually(lambda: len(sim.messages) == 1)
    await asyncio.sleep(0.3)
    assert len(sim.messages) == 1


async def test_card_action_result_travels_back_in_the_ack(running: Running, gateway: FakeGateway) -> None:
    frame_id = await gateway.push(FeishuEvents().card_action({"action": "test.ping"}))
    await _eventually(lambda: gateway.ack_for(frame_id) is not None)
    ack = gateway.ack_for(frame_id)
    assert ack is not None
    payload = json.loads(ack.payload)
    result = json.loads(base64.b64decode(payload["data"]))
    assert result["toast"] == {"type": "success", "content": "pong"}
    assert result["card"]["data"]["header"]["title"]["content"] == "pong"


async def test_stop_ends_the_thread_and_closes_the_socket(running: Running, gateway: FakeGateway) -> None:
    thread = running.connection._thread
    assert thread is not None and thread.is_alive()
    await running.connection.stop()
    assert not thread.is_alive()
    await _eventually(lambda: all(socket.closed for socket in gateway.sockets))
