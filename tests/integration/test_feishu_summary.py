"""A summary through the Feishu adapter: signed events in through `creatorbot serve`'s app, and the
simulator receives the card and then the funnel chart as an image message in the same thread."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.adapters.feishu.outbound import FeishuOutbound
from bot.jobs.inprocess import DeliveryLoop
from bot.jobs.notifier import OutboundNotifier
from bot.settings import FeishuSettings, Settings
from bot.wiring import build_dispatcher, build_web_app
from models.enums import Platform
from tests.feishu_events import FeishuEvents, mention
from tests.simulators.feishu import FeishuSimulator, SimMessage
from tests.waiting import eventually
from workflows.ports import FrozenClock

ENCRYPT_KEY = "test encrypt key"
WANG = mention("@_user_2", "ou_wang", "小王")


@dataclass
class Group:
    client: TestClient[web.Request, web.Application]
    sim: FeishuSimulator
    feishu: FeishuEvents

    async def say(
        self, text: str, *, replies: int = 1, mentions: list[dict[str, object]] | None = None
    ) -> list[SimMessage]:
        doc = self.feishu.message(f"@_user_1 {text}", mentions=mentions)  # type: ignore[arg-type]
        message = doc["event"]["message"]
        self.sim.register_message(message["message_id"], message["chat_id"])
        before = len(self.sim.messages)
        body, headers = self.feishu.request(doc)
        assert (await self.client.post("/feishu/events", data=body, headers=headers)).status == 200
        await eventually(lambda: len(self.sim.messages) >= before + replies)
        return self.sim.messages[before:]


@pytest.fixture
async def group(db: str, clock: FrozenClock) -> AsyncIterator[Group]:
    async with FeishuSimulator(app_id="cli_test", app_secret="secret", bot_open_id="ou_bot") as sim:
        feishu = FeishuSettings(
            app_id="cli_test",
            app_secret="secret",
            verification_token="vtoken123",
            encrypt_key=ENCRYPT_KEY,
            domain=sim.url,
        )
        settings = Settings(feishu=feishu)
        notifier = OutboundNotifier({Platform.FEISHU: FeishuOutbound(feishu)})
        dispatcher = build_dispatcher(settings, clock, scheduler=DeliveryLoop(notifier, clock))
        client = TestClient(TestServer(build_web_app(settings, clock=clock, dispatcher=dispatcher)))
        await client.start_server()
        try:
            yield Group(client, sim, FeishuEvents(encrypt_key=ENCRYPT_KEY))
        finally:
            await client.close()


async def test_summary_card_then_chart_image_in_the_thread(group: Group) -> None:
    await group.say("添加达人 @amy TikTok 美国 加州")
    await group.say("添加达人 @bob TikTok 英国")
    await group.say("把 @amy 移到已邀约")
    await group.say("@amy 交给 @_user_2", mentions=[WANG])
    card, image = await group.say("本周管道汇总", replies=2)
    assert card.msg_type == "interactive" and image.msg_type == "image"
    assert "📊 管道汇总 · 本周（11/23–11/25）" in card.text
    assert "待建联→已邀约 50%（1/2）" in card.text
    assert image.reply_to == card.reply_to and image.reply_to is not None, "both answer the message"
    png = group.sim.images[image.content["image_key"]]
    assert png.startswith(b"\x89PNG") and len(png) > 10_000
    assert image.uuid and card.uuid and image.uuid != card.uuid

    card, _ = await group.say("看看 @_user_2 这个月的进度", mentions=[WANG], replies=2)
    assert "负责人 小王" in card.text and "小王 1（新增 1）" in card.text

    (unknown,) = await group.say("pipeline summary for campaign 春季新品")
    assert "没有叫「春季新品」的活动" in unknown.text
