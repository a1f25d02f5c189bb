"""Compliance through the Feishu adapter: signed callbacks into the web app, cards out through lark-oapi
to the Feishu simulator (pattern of test_feishu_scheduling.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.feishu_team import Team, feishu_team
from workflows.compliance.rules import load_rules
from workflows.ports import FrozenClock


@pytest.fixture
async def team(db: str, clock: FrozenClock) -> AsyncIterator[Team]:
    await load_rules(clock)
    async with feishu_team(clock) as team:
        yield team


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
