"""A Feishu team talking to the bot end to end, shared by the tests/integration/test_feishu_*.py flows:
signed callbacks into `creatorbot serve`'s web app, real lark-oapi calls out to the Feishu simulator, and
the in-process delivery loop a test drives with `run_once()`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.adapters.feishu.outbound import FeishuOutbound
from bot.core.understanding import Understanding
from bot.jobs.inprocess import DeliveryLoop
from bot.jobs.notifier import OutboundNotifier
from bot.settings import FeishuSettings, Settings
from bot.wiring import build_dispatcher, build_translator, build_web_app, with_tiktok
from handlers.due import DueCards
from models.enums import Platform
from tests.feishu_events import FeishuEvents, new_id
from tests.simulators.feishu import FeishuSimulator, SimMessage
from tests.waiting import eventually
from workflows.delivery import Notifier
from workflows.ports import FrozenClock

ENCRYPT_KEY = "test encrypt key"


def feishu_settings(sim: FeishuSimulator) -> FeishuSettings:
    """The bot's Feishu app, pointed at the simulator (whose credentials these are)."""
    return FeishuSettings(
        app_id="cli_test",
        app_secret="secret",
        verification_token="vtoken123",
        encrypt_key=ENCRYPT_KEY,
        domain=sim.url,
    )


@dataclass
class Team:
    client: TestClient[web.Request, web.Application]
    sim: FeishuSimulator
    feishu: FeishuEvents
    loop: DeliveryLoop
    notifier: Notifier

    async def post_all(
        self, doc: dict[str, Any], *, replies: int = 1, within: float = 5.0
    ) -> list[SimMessage]:
        """Posts a signed event and waits (up to `within` s) for `replies` messages from the bot; returns
        what it sent."""
        before = len(self.sim.messages)
        body, headers = self.feishu.request(doc)
        assert (await self.client.post("/feishu/events", data=body, headers=headers)).status == 200
        await eventually(lambda: len(self.sim.messages) >= before + replies, within=within)
        return self.sim.messages[before:]

    async def post_event(self, doc: dict[str, Any], *, within: float = 5.0) -> SimMessage:
        await self.post_all(doc, within=within)
        return self.sim.messages[-1]

    def _mention_bot(self, text: str, mentions: list[dict[str, object]] | None) -> dict[str, Any]:
        doc = self.feishu.message(f"@_user_1 {text}", mentions=mentions)  # type: ignore[arg-type]
        message = doc["event"]["message"]
        self.sim.register_message(message["message_id"], message["chat_id"])
        return doc

    async def say(self, text: str, *, mentions: list[dict[str, object]] | None = None) -> SimMessage:
        """@mentions the bot in the group; returns its (last) reply."""
        await self.post_all(self._mention_bot(text, mentions))
        return self.sim.messages[-1]

    async def say_all(
        self, text: str, *, replies: int = 1, mentions: list[dict[str, object]] | None = None
    ) -> list[SimMessage]:
        """@mentions the bot in the group; returns every message it sent in answer."""
        return await self.post_all(self._mention_bot(text, mentions), replies=replies)

    async def send_file(
        self, name: str, data: bytes, *, chat_type: str = "p2p", within: float = 5.0
    ) -> SimMessage:
        message_id, key = new_id("om"), f"file_v3_{new_id('k')}"
        chat_id = "oc_dm1" if chat_type == "p2p" else "oc_group1"
        self.sim.register_file(message_id, chat_id, key, name, data)
        doc = self.feishu.message(
            "",
            chat_id=chat_id,
            chat_type=chat_type,
            at_bot=False,
            message_id=message_id,
            message_type="file",
            content={"file_key": key, "file_name": name},
        )
        return await self.post_event(doc, within=within)

    async def press(self, card: SimMessage, label: str) -> dict[str, Any]:
        value = next(b["value"] for b in card.buttons if b["label"] == label)
        doc = self.feishu.card_action(value, message_id=card.message_id, chat_id=card.chat_id)
        body, headers = self.feishu.request(doc)
        response = await self.client.post("/feishu/cards", data=body, headers=headers)
        assert response.status == 200
        answer: dict[str, Any] = await response.json()
        return answer


@asynccontextmanager
async def feishu_team(
    clock: FrozenClock,
    *,
    scheduled: bool = True,
    understanding: Understanding | None = None,
    extra: Settings | None = None,
) -> AsyncIterator[Team]:
    """The bot served against a fresh Feishu simulator. `scheduled=False` builds the dispatcher without
    the delivery loop as its scheduler (as `creatorbot serve` does when nothing is scheduled). `extra`
    adds other settings (TikTok Shop, translation): the delivery engine then runs through the same
    notifier `creatorbot serve` builds (`with_tiktok`)."""
    async with FeishuSimulator(app_id="cli_test", app_secret="secret", bot_open_id="ou_bot") as sim:
        feishu = feishu_settings(sim)
        settings = replace(extra or Settings(), feishu=feishu)
        translator = build_translator(settings, clock)
        chat = OutboundNotifier({Platform.FEISHU: FeishuOutbound(feishu)}, render=DueCards(translator))
        notifier = with_tiktok(settings, chat, clock, translator=translator)
        loop = DeliveryLoop(notifier, clock)
        if notifier is not chat:
            notifier.scheduler = loop  # type: ignore[attr-defined]
        dispatcher = build_dispatcher(
            settings, clock, scheduler=loop if scheduled else None, translator=translator
        )
        if understanding is not None:
            dispatcher = replace(dispatcher, understanding=understanding)
        client = TestClient(TestServer(build_web_app(settings, clock=clock, dispatcher=dispatcher)))
        await client.start_server()
        try:
            yield Team(client, sim, FeishuEvents(encrypt_key=ENCRYPT_KEY), loop, notifier)
        finally:
            await client.close()
            await chat.close()
            if notifier is not chat:
                await notifier.client.close()  # type: ignore[attr-defined]
            if translator is not None:
                await translator.aclose()
