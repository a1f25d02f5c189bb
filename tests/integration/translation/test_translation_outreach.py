"""Story 3: the outreach reminder carries the first touch in the creator's language (drafted through the
model at the due moment, once per language, names untouched), and stays Chinese when the model is down."""

from __future__ import annotations

import dataclasses
import io
from datetime import timedelta

from bot.adapters.console import Console, ConsoleOutbound
from bot.core.understanding import Understanding
from bot.jobs.inprocess import DeliveryLoop
from bot.jobs.notifier import OutboundNotifier
from bot.settings import Settings
from bot.wiring import build_dispatcher
from handlers.due import DueCards
from models.enums import Platform
from tests.simulators.openai import Fail, OpenAISimulator
from workflows.ports import FrozenClock
from workflows.translation.ports import Translator


def _team(
    settings: Settings, clock: FrozenClock, translator: Translator
) -> tuple[Console, DeliveryLoop, ConsoleOutbound]:
    notifier = OutboundNotifier(render=DueCards(translator))
    loop = DeliveryLoop(notifier, clock)
    dispatcher = build_dispatcher(settings, clock, loop, translator)
    dispatcher = dataclasses.replace(dispatcher, understanding=Understanding())  # no model reader here
    console = Console(dispatcher, user="小李", locale="zh_CN")
    outbound = ConsoleOutbound(console, io.StringIO())
    notifier.register(Platform.CONSOLE, outbound)
    return console, loop, outbound


async def test_first_touch_in_the_creators_language(
    db: str, settings: Settings, clock: FrozenClock, translator: Translator, sim: OpenAISimulator
) -> None:
    console, loop, outbound = _team(settings, clock, translator)
    await console.say("添加达人 @lucia TikTok 西班牙 马德里")
    await console.say("给 @lucia 安排外联，达人当地时间明早10点")
    await console.press("确认")
    clock.advance(timedelta(days=1, hours=2))
    await loop.run_once()
    assert len(outbound.printed) == 1
    card = outbound.printed[0]
    assert "(Spanish)" in card and "@lucia" in card, "drafted in Spanish with the handle kept"
    assert "回译" in card
    assert "es" in sim.prompts[-1].content or "Spanish" in sim.prompts[-1].content


async def test_model_down_at_the_due_moment_sends_the_chinese_draft(
    db: str, settings: Settings, clock: FrozenClock, translator: Translator, sim: OpenAISimulator
) -> None:
    console, loop, outbound = _team(settings, clock, translator)
    await console.say("添加达人 @lucia TikTok 西班牙 马德里")
    await console.say("给 @lucia 安排外联，达人当地时间明早10点")
    await console.press("确认")
    sim.script(*[Fail(500)] * 10)
    clock.advance(timedelta(days=1, hours=2))
    await loop.run_once()
    assert len(outbound.printed) == 1, "the reminder is not held back by the model"
    assert "Hi @lucia！我们是一个跨境品牌团队" in outbound.printed[0]
