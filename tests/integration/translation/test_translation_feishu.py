"""Translation through `creatorbot serve`'s app: signed, encrypted Feishu callbacks in, the real lark-oapi
client out to the Feishu simulator, and the real AsyncOpenAI client to the OpenAI simulator."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.adapters.feishu.webhook import INBOUND_KEY
from bot.core.understanding import Understanding  # these tests are about translation: no model reader
from bot.settings import FeishuSettings, Settings
from bot.translation_retry import outbound_post
from bot.wiring import build_dispatcher, build_web_app
from models.enums import Platform
from tests.feishu_events import FeishuEvents
from tests.integration.translation.conftest import Monotonic
from tests.simulators.feishu import FeishuSimulator
from tests.simulators.openai import OpenAISimulator
from tests.waiting import eventually
from workflows.ports import FrozenClock
from workflows.translation.pending import retry_pending
from workflows.translation.ports import Translator

ENCRYPT_KEY = "test encrypt key"


@dataclasses.dataclass
class FeishuBot:
    client: TestClient[web.Request, web.Application]
    app: web.Application
    sim: FeishuSimulator
    events: FeishuEvents

    async def say(self, text: str, **options: Any) -> None:
        doc = self.events.message(f"@_user_1 {text}", **options)
        message = doc["event"]["message"]
        self.sim.register_message(message["message_id"], message["chat_id"])
        body, headers = self.events.request(doc)
        response = await self.client.post("/feishu/events", data=body, headers=headers)
        assert response.status == 200

    async def press(self, button: dict[str, Any], message_id: str) -> Any:
        body, headers = self.events.request(self.events.card_action(button["value"], message_id=message_id))
        response = await self.client.post("/feishu/cards", data=body, headers=headers)
        assert response.status == 200
        return await response.json()


@pytest.fixture
async def feishu() -> AsyncIterator[FeishuSimulator]:
    simulator = FeishuSimulator(app_id="cli_test", app_secret="secret", bot_open_id="ou_bot")
    await simulator.start()
    yield simulator
    await simulator.close()


@pytest.fixture
async def bot(
    db: str, feishu: FeishuSimulator, settings: Settings, translator: Translator, clock: FrozenClock
) -> AsyncIterator[FeishuBot]:
    app_settings = dataclasses.replace(
        settings,
        feishu=FeishuSettings(
            app_id="cli_test",
            app_secret="secret",
            verification_token="vtoken123",
            encrypt_key=ENCRYPT_KEY,
            domain=feishu.url,
        ),
    )
    dispatcher = dataclasses.replace(
        build_dispatcher(app_settings, clock), translator=translator, understanding=Understanding()
    )
    app = build_web_app(app_settings, clock=clock, dispatcher=dispatcher)
    client = TestClient(TestServer(app))
    await client.start_server()
    yield FeishuBot(client, app, feishu, FeishuEvents(encrypt_key=ENCRYPT_KEY))
    await client.close()


async def test_a_translation_request_in_a_feishu_group_is_answered_in_the_chat(
    bot: FeishuBot, sim: OpenAISimulator
) -> None:
    sim.responder = lambda p: "你好！我很喜欢你们的品牌，一条视频多少钱？"
    await bot.say("翻译：Hola! Me encanta tu marca, ¿cuánto pagan por video? Código AMY15")
    await eventually(lambda: len(bot.sim.messages) == 1)
    card = bot.sim.messages[0]
    assert card.msg_type == "interactive" and card.chat_id == "oc_group1"
    assert "西班牙语 → 中文" in card.text and "我很喜欢你们的品牌" in card.text
    assert "原文：Hola! Me encanta tu marca" in card.text
    assert "[[P1]] = code: AMY15" in sim.prompts[0].user


async def test_a_draft_reply_and_its_buttons_through_feishu(bot: FeishuBot, sim: OpenAISimulator) -> None:
    await bot.say("添加达人 @carla_mx 墨西哥")
    await eventually(lambda: len(bot.sim.messages) == 1)
    await bot.say("回复 @carla_mx：样品今天寄出")
    await eventually(lambda: len(bot.sim.messages) == 2)
    card = bot.sim.messages[1]
    assert "给 @carla_mx 的回复（西班牙语）" in card.text and "(Spanish) 样品今天寄出" in card.text
    labels = [b["label"] for b in card.buttons]
    assert labels == ["更正式", "更随意", "复制"]
    sim.responder = lambda p: "Estimada Carla: la muestra sale hoy." if "formal" in p.system else "Hoy."
    answer = await bot.press(card.buttons[0], card.message_id)
    assert answer["toast"]["content"] == "已改得更正式"
    assert "Estimada Carla: la muestra sale hoy." in str(answer["card"])  # the card that replaces it


async def test_an_outage_answer_reaches_the_feishu_chat_when_the_model_is_back(
    bot: FeishuBot, sim: OpenAISimulator, translator: Translator, clock: FrozenClock, monotonic: Monotonic
) -> None:
    sim.down = True
    await bot.say("翻译：Obrigada! Recebi o produto ontem e adorei", chat_id="oc_team_br")
    await eventually(lambda: len(bot.sim.messages) == 1)
    assert "翻译服务暂时不可用，恢复后自动发送" in bot.sim.messages[0].text
    sim.down = False
    clock.advance(timedelta(minutes=1))
    monotonic.now += 31
    outbound = bot.app[INBOUND_KEY].outbound
    post = outbound_post(lambda platform: outbound if platform == Platform.FEISHU else None)
    assert await retry_pending(translator, post, clock) == 1
    late = bot.sim.messages[1]
    assert late.chat_id == "oc_team_br" and "补发" in late.text and "葡萄牙语 → 中文" in late.text
    assert await retry_pending(translator, post, clock) == 0
    assert len(bot.sim.messages) == 2


async def test_replying_to_a_pasted_message_with_translate_translates_that_message(
    bot: FeishuBot, sim: OpenAISimulator
) -> None:
    """Story 1 in Feishu: a teammate pasted the creator's reply; someone answers it with "@bot 翻译"."""
    sim.responder = lambda p: "你好！我很喜欢你们的品牌。"
    bot.sim.register_message("om_pasted", "oc_group1", text="Hola! Me encanta tu marca. Código AMY15")
    doc = bot.events.message("@_user_1 翻译")
    doc["event"]["message"]["parent_id"] = doc["event"]["message"]["root_id"] = "om_pasted"
    bot.sim.register_message(doc["event"]["message"]["message_id"], "oc_group1")
    body, headers = bot.events.request(doc)
    assert (await bot.client.post("/feishu/events", data=body, headers=headers)).status == 200
    await eventually(lambda: len(bot.sim.messages) == 1)
    card = bot.sim.messages[0]
    assert "我很喜欢你们的品牌" in card.text and "原文：Hola! Me encanta tu marca" in card.text
    assert any(r.method == "GET" and r.path.endswith("/om_pasted") for r in bot.sim.requests)


async def test_translate_with_its_own_text_does_not_read_the_quoted_message(
    bot: FeishuBot, sim: OpenAISimulator
) -> None:
    sim.responder = lambda p: "谢谢！"
    bot.sim.register_message("om_pasted", "oc_group1", text="something else")
    doc = bot.events.message("@_user_1 翻译：Thanks!")
    doc["event"]["message"]["parent_id"] = "om_pasted"
    bot.sim.register_message(doc["event"]["message"]["message_id"], "oc_group1")
    body, headers = bot.events.request(doc)
    assert (await bot.client.post("/feishu/events", data=body, headers=headers)).status == 200
    await eventually(lambda: len(bot.sim.messages) == 1)
    assert not any(r.method == "GET" and r.path.endswith("/om_pasted") for r in bot.sim.requests)
