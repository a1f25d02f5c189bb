"""Reminders through WeCom: the group binds its push webhook by message, a reminder set by @mention is
pushed through that webhook at the due minute (owner pinged with mentioned_list), a refused key is told
to the chat and the reminder kept until the group binds a good one — encrypted callbacks in through
`creatorbot serve`'s app, pushes out to the WeCom simulator."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.adapters.wecom.outbound import ChatWebhookKeys, RefusalEpoch, WeComOutbound
from bot.jobs.inprocess import DeliveryLoop
from bot.jobs.notifier import OutboundNotifier
from bot.settings import Settings, WeComSettings
from bot.wiring import build_dispatcher, build_web_app
from models.enums import DeliveryStatus, Platform
from models.schedule import Delivery
from models.secrets import Sealer
from models.tenancy import Chat
from tests.simulators.wecom import WeComSimulator
from tests.wecom_callbacks import TOKEN, WeComCallbacks
from workflows.ports import FrozenClock

KEY = "693a91f6-7f1e-4bc4-97a0-0ec2a1fa5aaa"
URL = f"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={KEY}"


@dataclass
class Team:
    client: TestClient[web.Request, web.Application]
    sim: WeComSimulator
    wecom: WeComCallbacks
    loop: DeliveryLoop

    async def say(self, text: str, userid: str = "alice") -> str:
        doc = self.wecom.text(text, userid=userid, response_url=self.sim.response_url())
        path, body = self.wecom.request(doc)
        response = await self.client.post(path, data=body)
        assert response.status == 200
        answer: dict[str, Any] = self.wecom.open_reply(await response.json())
        content: str = answer["stream"]["content"]
        return content


@pytest.fixture
async def team(db: str, clock: FrozenClock) -> AsyncIterator[Team]:
    async with WeComSimulator() as sim:
        settings = Settings(
            wecom=WeComSettings(token=TOKEN, aes_key=WeComCallbacks().aes_key, api_base=sim.url)
        )
        refusals = RefusalEpoch()  # one per process: the outbound marks, the inbound tells the group
        keys = ChatWebhookKeys(Sealer(WeComCallbacks().aes_key), refusals)
        outbound = WeComOutbound(sim.url, keys, coalesce_s=0.05)
        loop = DeliveryLoop(OutboundNotifier({Platform.WECOM: outbound}), clock)
        dispatcher = build_dispatcher(settings, clock, scheduler=loop)
        client = TestClient(
            TestServer(build_web_app(settings, clock=clock, dispatcher=dispatcher, refusals=refusals))
        )
        await client.start_server()
        try:
            yield Team(client, sim, WeComCallbacks(), loop)
        finally:
            await client.close()
            await outbound.close()


async def test_bind_then_reminder_pushed_at_the_due_minute(team: Team, clock: FrozenClock) -> None:
    answer = await team.say(f"绑定推送 {URL}")
    assert "已绑定" in answer and KEY not in answer
    chat = await Chat.get(platform_chat_id="wrgroup1")
    assert KEY not in chat.webhook_key and chat.webhook_key.startswith("v1:"), "sealed, not stored plain"

    card = await team.say("两小时后提醒我寄样")
    assert "已设置提醒 #1" in card
    clock.advance(timedelta(hours=1, minutes=59))
    await team.loop.run_once()
    assert team.sim.pushes == [], "one minute early: nothing"
    clock.advance(timedelta(minutes=1))
    await team.loop.run_once()
    assert len(team.sim.pushes) == 1
    push = team.sim.pushes[0]
    assert push.key == KEY and push.payload["msgtype"] == "text"
    assert "寄样" in push.content and push.mentioned == ["alice"], "the owner is pinged by userid"
    assert (await Delivery.get()).status == DeliveryStatus.SENT
    await team.loop.run_once()
    assert len(team.sim.pushes) == 1, "delivered once"


async def test_not_a_webhook_is_refused(team: Team) -> None:
    answer = await team.say("绑定推送 https://example.com/cgi-bin/webhook/send?key=abcdefgh")
    assert "不是企业微信的消息推送地址" in answer
    assert (await Chat.get(platform_chat_id="wrgroup1")).webhook_key == ""


async def test_refused_key_told_to_the_chat_and_the_reminder_kept(team: Team, clock: FrozenClock) -> None:
    team.sim.revoked.add(KEY)
    await team.say(f"绑定推送 {URL}")
    await team.say("两小时后提醒我寄样")
    clock.advance(timedelta(hours=2))
    await team.loop.run_once()
    assert team.sim.pushes == []
    row = await Delivery.get()
    assert row.status == DeliveryStatus.PENDING and "refused" in row.last_error, "kept for later"

    answer = await team.say("帮助")
    assert "推送 webhook 被企业微信拒绝" in answer, "the chat is told"

    good = "0ec2a1fa-7f1e-4bc4-97a0-693a91f6aaaa"
    answer = await team.say(f"绑定推送 https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={good}")
    assert "1 条等待中的提醒马上发出" in answer
    await team.loop.run_once()
    assert [p.key for p in team.sim.pushes] == [good]
    assert (await Delivery.get()).status == DeliveryStatus.SENT
    assert "推送 webhook 被企业微信拒绝" not in await team.say("帮助")


async def test_unbound_group_reminder_kept_until_bound(team: Team, clock: FrozenClock) -> None:
    await team.say("两小时后提醒我寄样")
    clock.advance(timedelta(hours=2))
    await team.loop.run_once()
    assert (await Delivery.get()).status == DeliveryStatus.PENDING
    answer = await team.say(f"绑定推送 {URL}")
    assert "1 条等待中的提醒马上发出" in answer
    await team.loop.run_once()
    assert len(team.sim.pushes) == 1


async def test_reminders_due_together_for_one_group_go_as_one_push(team: Team, clock: FrozenClock) -> None:
    """The in-process loop sends what is due concurrently, so the group webhook merges them."""
    await team.say(f"绑定推送 {URL}")
    await team.say("两小时后提醒我寄样")
    await team.say("两小时后提醒我催视频")
    await team.say("两小时后提醒我对账")
    clock.advance(timedelta(hours=2))
    await team.loop.run_once()
    assert len(team.sim.pushes) == 1
    assert all(word in team.sim.pushes[0].content for word in ("寄样", "催视频", "对账"))
    assert await Delivery.filter(status=DeliveryStatus.SENT).count() == 3
