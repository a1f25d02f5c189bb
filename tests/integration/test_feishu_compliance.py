"""Compliance through the Feishu adapter: signed callbacks into the web app, cards out through lark-oapi
to the Feishu simulator (pattern of test_feishu_scheduling.py)."""

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
from tests.feishu_events import FeishuEvents
from tests.simulators.feishu import FeishuSimulator, SimMessage
from tests.waiting import eventually
from workflows.compliance.rules import load_rules
from workflows.ports import FrozenClock

ENCRYPT_KEY = "test encrypt key"


@dataclass
class Team:
    client: TestClient[web.Request, web.Application]
    sim: FeishuSimulator
    feishu: FeishuEvents

    async def say(self, text: str) -> SimMessage:
        doc = self.feishu.message(f"@_user_1 {text}")
        message = doc["event"]["message"]
        self.sim.register_message(message["message_id"], message["chat_id"])
        before = len(self.sim.messages)
        body, headers = self.feishu.request(doc)
        assert (await self.client.post("/feishu/events", data=body, headers=headers)).status == 200
        await eventually(lambda: len(self.sim.messages) > before)
        return self.sim.messages[-1]


@pytest.fixture
async def team(db: str, clock: FrozenClock) -> AsyncIterator[Team]:
    await load_rules(clock)
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
            yield Team(client, sim, FeishuEvents(encrypt_key=ENCRYPT_KEY))
        finally:
            await client.close()


async def test_disclosure_card_reaches_the_group(team: Team) -> None:
    card = await team.say("英国 TikTok 广告怎么标注")
    assert card.msg_type == "interactive" and card.chat_id == "oc_group1"
    assert "英国 · TikTok · 付费合作：广告披露" in card.text
    assert "用 #ad" in card.text and "Disclose commercial content" in card.text
    assert "http://www.asa.org.uk/resource/influencers-guide.html" in card.text


async def test_caption_check_and_brief_cards_reach_the_group(team: Team) -> None:
    await team.say("添加达人 @amy 美国 纽约 tiktok")
    card = await team.say("检查文案 @amy：Obsessed with this serum 😍 #skincare #spon")
    assert card.msg_type == "interactive"
    assert "#spon 不算合格的广告标注" in card.text
    assert "#ad Obsessed with this serum 😍 #skincare #spon" in card.text
    brief = await team.say("给 @amy 生成brief")
    assert brief.msg_type == "interactive"
    assert (
        "Collaboration brief for @amy" in brief.text
        and "Put #ad at the very start of the caption." in brief.text
    )
