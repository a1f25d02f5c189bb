"""A WeCom group talking to the bot end to end, shared by the WeCom scheduling and digest flows:
encrypted callbacks into `creatorbot serve`'s web app, pushes out through the group's bound 消息推送
webhook to the WeCom simulator, and the in-process delivery loop a test drives with `run_once()`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.adapters.wecom.outbound import ChatWebhookKeys, RefusalEpoch, WeComOutbound
from bot.core.understanding import Understanding
from bot.jobs.inprocess import DeliveryLoop
from bot.jobs.notifier import OutboundNotifier
from bot.settings import Settings, WeComSettings
from bot.wiring import build_dispatcher, build_web_app
from handlers.due import DueCards
from models.enums import Platform
from models.secrets import Sealer
from tests.simulators.wecom import WeComSimulator
from tests.wecom_callbacks import TOKEN, WeComCallbacks
from workflows.ports import FrozenClock

KEY = "693a91f6-7f1e-4bc4-97a0-0ec2a1fa5aaa"
URL = f"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={KEY}"  # a group's 消息推送 webhook


@dataclass
class Team:
    client: TestClient[web.Request, web.Application]
    sim: WeComSimulator
    wecom: WeComCallbacks
    loop: DeliveryLoop

    async def say(self, text: str, userid: str = "alice") -> str:
        content: str = (await self.answer(text, userid))["stream"]["content"]
        return content

    async def answer(self, text: str, userid: str = "alice") -> dict[str, Any]:
        """The bot's whole (decrypted) stream reply: content, and msg_item pictures when there are any."""
        doc = self.wecom.text(text, userid=userid, response_url=self.sim.response_url())
        path, body = self.wecom.request(doc)
        response = await self.client.post(path, data=body)
        assert response.status == 200
        answer: dict[str, Any] = self.wecom.open_reply(await response.json())
        return answer


@asynccontextmanager
async def wecom_team(clock: FrozenClock, understanding: Understanding | None = None) -> AsyncIterator[Team]:
    async with WeComSimulator() as sim:
        settings = Settings(
            wecom=WeComSettings(token=TOKEN, aes_key=WeComCallbacks().aes_key, api_base=sim.url)
        )
        refusals = RefusalEpoch()  # one per process: the outbound marks, the inbound tells the group
        keys = ChatWebhookKeys(Sealer(WeComCallbacks().aes_key), refusals)
        outbound = WeComOutbound(sim.url, keys, coalesce_s=0.05)
        loop = DeliveryLoop(OutboundNotifier({Platform.WECOM: outbound}, render=DueCards()), clock)
        dispatcher = build_dispatcher(settings, clock, scheduler=loop)
        if understanding is not None:
            dispatcher = replace(dispatcher, understanding=understanding)
        client = TestClient(
            TestServer(build_web_app(settings, clock=clock, dispatcher=dispatcher, refusals=refusals))
        )
        await client.start_server()
        try:
            yield Team(client, sim, WeComCallbacks(), loop)
        finally:
            await client.close()
            await outbound.close()
