"""The first touch drafted in the creator's language names the brand and the creator's campaign product
(kept untranslated), and the model is never handed a stand-in such as "我们的新品"."""

from __future__ import annotations

from datetime import timedelta

from bot.settings import Settings
from tests.integration.translation.test_translation_outreach import _team
from tests.simulators.openai import OpenAISimulator
from workflows.ports import FrozenClock
from workflows.translation.ports import Translator


async def test_drafted_first_touch_has_brand_and_product(
    db: str, settings: Settings, clock: FrozenClock, translator: Translator, sim: OpenAISimulator
) -> None:
    console, loop, outbound = _team(settings, clock, translator)
    await console.say("添加达人 @lucia TikTok 西班牙 马德里")
    await console.say("品牌是 GlowLab")
    await console.say("新建活动 黑五美妆 商品 SKU123 玫瑰精华 $29.9")
    await console.say("@lucia 加入黑五美妆")
    await console.say("给 @lucia 安排外联，达人当地时间明早10点")
    await console.press("确认")
    clock.advance(timedelta(days=1, hours=2))
    await loop.run_once()
    card = outbound.printed[-1]
    assert "GlowLab" in card and "玫瑰精华" in card, card
    prompt = sim.prompts[-1].content
    assert "黑五美妆" in prompt and "我们的新品" not in prompt and "新品推广" not in prompt
    assert "GlowLab" not in prompt  # brand and product go to the model as protected tokens


async def test_drafted_first_touch_without_brand_or_campaign_has_no_stand_in(
    db: str, settings: Settings, clock: FrozenClock, translator: Translator, sim: OpenAISimulator
) -> None:
    console, loop, _outbound = _team(settings, clock, translator)
    await console.say("添加达人 @lucia TikTok 西班牙 马德里")
    await console.say("给 @lucia 安排外联，达人当地时间明早10点")
    await console.press("确认")
    clock.advance(timedelta(days=1, hours=2))
    await loop.run_once()
    prompt = sim.prompts[-1].content
    assert "跨境品牌的达人合作团队" in prompt
    assert "我们的新品" not in prompt and "新品推广" not in prompt and "「」" not in prompt
