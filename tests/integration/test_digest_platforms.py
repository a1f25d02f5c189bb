"""Digests through the platforms: set up by a message in a Feishu group (signed callbacks into the web app)
and posted there as a card by the delivery loop through lark-oapi to the Feishu simulator; in a WeCom group
posted as markdown through the bound 消息推送 webhook. Nobody is @-mentioned."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from models.enums import DeliveryKind, DeliveryStatus
from models.schedule import Delivery
from tests.feishu_events import mention
from tests.feishu_team import Team as FeishuTeam
from tests.feishu_team import feishu_team
from tests.waiting import eventually
from tests.wecom_team import KEY, URL, wecom_team
from tests.wecom_team import Team as WeComTeam
from workflows.ports import FrozenClock

MONDAY_9_BEIJING = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)


@pytest.fixture
async def feishu_group(db: str, clock: FrozenClock) -> AsyncIterator[FeishuTeam]:
    async with feishu_team(clock) as team:
        yield team


async def test_feishu_weekly_digest_posted_as_a_card_in_the_group(
    feishu_group: FeishuTeam, clock: FrozenClock
) -> None:
    team = feishu_group
    await team.say("添加达人 @bob YouTube 英国 伦敦")
    card = await team.say("每周一上午9点把周报发到这个群")
    assert "已设置周报：每周一 09:00" in card.text and "周一 11/30 09:00 北京 (UTC+8)" in card.text

    clock.advance(MONDAY_9_BEIJING - clock.now())
    before = len(team.sim.messages)
    await team.loop.run_once()
    assert len(team.sim.messages) == before + 2, "the summary card, then its funnel chart"
    posted, chart = team.sim.messages[-2:]
    assert posted.chat_id == "oc_group1" and posted.reply_to is None
    assert "📊 周报（11/23 09:00 – 11/30 09:00）" in posted.text
    assert "待建联\n1 ↑1" in posted.text and "待建联→已邀约 0%（0/1）" in posted.text, "the full summary"
    assert "<at" not in posted.text, "a digest pings nobody"
    assert posted.uuid == "cb-d1-v1"
    assert chart.msg_type == "image" and chart.chat_id == "oc_group1"
    await team.loop.run_once()
    assert len(team.sim.messages) == before + 2, "posted once"
    pending = await Delivery.filter(kind=DeliveryKind.DIGEST, status=DeliveryStatus.PENDING)
    assert [r.due_at for r in pending] == [MONDAY_9_BEIJING + timedelta(days=7)]


async def test_feishu_role_granted_to_a_mentioned_teammate(feishu_group: FeishuTeam) -> None:
    team = feishu_group
    await team.say("帮助")  # ou_alice speaks first: admin
    li = mention("@_user_2", "ou_li", "小李", team.feishu.tenant_key)
    answer = await team.say("设为经理 @_user_2", mentions=[li])
    assert "已把 小李 设为经理" in answer.text


@pytest.fixture
async def wecom_group(db: str, clock: FrozenClock) -> AsyncIterator[WeComTeam]:
    async with wecom_team(clock) as team:
        yield team


async def test_wecom_daily_digest_pushed_as_markdown_through_the_bound_webhook(
    wecom_group: WeComTeam, clock: FrozenClock
) -> None:
    team = wecom_group
    assert "还没绑定推送 webhook" in await team.say("每天早上9点发日报"), "told before the first run is held"
    assert "只有管理员或经理" not in await team.say(f"绑定推送 {URL}")
    assert "只有管理员或经理可以设置定时汇总：@alice" in await team.say("每天早上9点发日报", userid="bob")
    answer = await team.say("每天早上9点发日报")
    assert "已设置日报：每天 09:00" in answer and "周四 11/26 09:00 北京 (UTC+8)" in answer
    assert "还没绑定推送" not in answer and "替换了这个群原来的日报" in answer

    clock.advance(datetime(2026, 11, 26, 1, 0, tzinfo=UTC) - clock.now())
    await team.loop.run_once()
    await eventually(lambda: len(team.sim.pushes) == 2)
    push, chart = team.sim.pushes
    assert push.key == KEY and push.payload["msgtype"] == "markdown"
    assert "日报" in push.payload["markdown"]["content"] and push.mentioned == []
    assert chart.payload["msgtype"] == "image", "the funnel chart follows the summary"
    await team.loop.run_once()
    assert len(team.sim.pushes) == 2, "pushed once"
    assert await Delivery.filter(kind=DeliveryKind.DIGEST, status=DeliveryStatus.PENDING).count() == 1
    assert "已停止这个群的日报" in await team.say("取消日报")
    assert await Delivery.filter(kind=DeliveryKind.DIGEST, status=DeliveryStatus.PENDING).count() == 0
