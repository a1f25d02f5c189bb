"""Summaries on WeCom: the chart rides in the finished stream of a callback answer (msg_item, base64 +
md5), and a pushed card (a digest, through the group's webhook) is followed by an `image` push."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.adapters.wecom.outbound import WeComOutbound
from bot.adapters.wecom.webhook import INBOUND_KEY
from bot.core.outbound import SendTarget
from bot.settings import Settings, WeComSettings
from bot.wiring import build_dispatcher, build_web_app
from handlers.replies import Card, Image
from tests.integration.test_wecom_outbound import CHAT, Keys
from tests.simulators.wecom import WeComSimulator
from tests.waiting import eventually
from tests.wecom_callbacks import TOKEN, WeComCallbacks
from workflows.ports import FrozenClock
from workflows.summary_chart import FunnelChart, draw_funnel


@pytest.fixture
async def sim() -> AsyncIterator[WeComSimulator]:
    async with WeComSimulator() as simulator:
        yield simulator


def png() -> bytes:
    return draw_funnel(FunnelChart("管道漏斗", "本周", ("待建联", "已邀约"), (3, 1), ("33.3%",)))


def summary_app(sim: WeComSimulator, clock: FrozenClock) -> TestClient[web.Request, web.Application]:
    settings = Settings(wecom=WeComSettings(token=TOKEN, aes_key=WeComCallbacks().aes_key, api_base=sim.url))
    app = build_web_app(settings, clock=clock, dispatcher=build_dispatcher(settings, clock))
    return TestClient(TestServer(app))


async def test_summary_answer_carries_the_chart_in_the_finished_stream(
    db: str, sim: WeComSimulator, clock: FrozenClock
) -> None:
    client = summary_app(sim, clock)
    await client.start_server()
    wecom = WeComCallbacks()

    async def ask(text: str) -> dict[str, Any]:
        path, body = wecom.request(wecom.text(text, response_url=sim.response_url()))
        response = await client.post(path, data=body)
        assert response.status == 200
        return wecom.open_reply(await response.json())

    try:
        await ask("添加达人 @amy TikTok 美国 加州")
        answer = await ask("本周管道汇总")
    finally:
        await client.close()
    stream = answer["stream"]
    assert stream["finish"] is True and "**📊 管道汇总 · 本周（11/23–11/25）**" in stream["content"]
    (item,) = stream["msg_item"]
    data = base64.b64decode(item["image"]["base64"])
    assert data.startswith(b"\x89PNG") and hashlib.md5(data).hexdigest() == item["image"]["md5"]


async def test_a_late_summary_says_the_chart_could_not_come(
    db: str, sim: WeComSimulator, clock: FrozenClock
) -> None:
    client = summary_app(sim, clock)
    await client.start_server()
    client.app[INBOUND_KEY].inline_budget = 0.0  # every answer is late: it goes through response_url
    wecom = WeComCallbacks()
    try:
        path, body = wecom.request(wecom.text("本周管道汇总", response_url=sim.response_url()))
        answer = wecom.open_reply(await (await client.post(path, data=body)).json())
        assert answer["stream"]["content"] == "处理中…" and "msg_item" not in answer["stream"]
        await eventually(lambda: len(sim.responses) == 1)
    finally:
        await client.close()
    content = sim.responses[0]["markdown"]["content"]
    assert "📊 管道汇总" in content and "漏斗图没能随这条延迟回复发出" in content


async def test_a_pushed_card_with_a_chart_is_followed_by_an_image_push(sim: WeComSimulator) -> None:
    out = WeComOutbound(sim.url, Keys(), coalesce_s=0)
    chart = png()
    await out.send(
        SendTarget(CHAT), Card(title="周报", fields=(("达人", "3"),), image=Image(chart, "漏斗图")), "d1"
    )
    await out.close()
    assert [p.payload["msgtype"] for p in sim.pushes] == ["markdown", "image"]
    assert sim.pushes[0].content == "**周报**\n达人：3"
    assert base64.b64decode(sim.pushes[1].payload["image"]["base64"]) == chart
