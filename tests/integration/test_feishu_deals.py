"""Issue 8 through the Feishu adapter: a stage change in the group schedules the TikTok Shop deadlines and
the day-5 reminder reaches the owner there; offers, payments and the quota card work end to end — real
signed callbacks in through the web app, real lark-oapi out to the Feishu simulator."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from models.enums import DeliveryStatus
from models.payment import Payment, PaymentStatus
from models.schedule import Delivery
from tests.feishu_team import Team, feishu_team
from workflows.ports import FrozenClock


@pytest.fixture
async def team(db: str, clock: FrozenClock) -> AsyncIterator[Team]:
    async with feishu_team(clock) as team:
        yield team


async def test_sample_received_schedules_the_day_5_reminder_in_the_group(
    team: Team, clock: FrozenClock
) -> None:
    await team.say("添加达人 @amy TikTok 美国 加州")
    reply = await team.say("@amy 已签收")
    assert (
        "已安排：第5天提醒发内容 周一 11/30 16:00 北京 (UTC+8) #1；内容截止 12月9日（第14天，免费样品） #2"
        in reply.text
    )
    assert await Delivery.filter(status=DeliveryStatus.PENDING).count() == 2
    clock.advance(timedelta(days=5))
    before = len(team.sim.messages)
    await team.loop.run_once()
    assert len(team.sim.messages) == before + 1
    due = team.sim.messages[-1]
    assert due.chat_id == "oc_group1" and "第5天" in due.text and "@amy" in due.text
    assert "<at id=ou_alice></at>" in due.text, "the owner is pinged where the stage was changed"
    answer = await team.press(due, "完成")
    assert answer["toast"]["content"]


async def test_posting_cancels_in_the_group_too(team: Team, clock: FrozenClock) -> None:
    await team.say("添加达人 @amy TikTok 美国 加州")
    await team.say("@amy 已签收")
    await team.say("@amy 已发布")
    assert await Delivery.filter(status=DeliveryStatus.PENDING).count() == 0
    clock.advance(timedelta(days=20))
    before = len(team.sim.messages)
    await team.loop.run_once()
    assert len(team.sim.messages) == before


async def test_offer_payment_and_payments_due(team: Team) -> None:
    await team.say("添加达人 @amy TikTok 美国 加州")
    offer = await team.say("@amy 合作：佣金15% + 固定费用 300 美元")
    assert "佣金 15% + 固定费用 300.00 USD" in offer.text and "待付款 #1" in offer.text
    owed = await team.say("欠款")
    assert "@amy 300.00 USD" in owed.text and "300.00 USD" in owed.text
    paid = await team.say("@amy 已付 300 美元 PayPal")
    assert "已结清 #1" in paid.text and "PayPal" in paid.text
    assert (await Payment.get()).status == PaymentStatus.PAID
    assert "没有欠款" in (await team.say("欠款")).text
    assert "是什么币种" in (await team.say("@amy 已付 300")).text
    assert "你是不是指：@amy" in (await team.say("@amyy 已付 300 美元")).text


async def test_quota_card_confirm_anyway(team: Team) -> None:
    await team.say("添加达人 @bob TikTok 英国 伦敦")
    await team.say("添加达人 @carl TikTok 英国 伦敦")
    await team.say("每周邀约额度 1")
    plan = await team.say("给 @bob @carl 安排外联，达人当地时间明早10点")
    assert "超出每周邀约额度 1 位：@carl" in plan.text
    assert [b["label"] for b in plan.buttons] == ["仍然确认", "修改", "取消"]
    answer = await team.press(plan, "仍然确认")
    assert "已安排 2 条外联提醒" in answer["toast"]["content"]
    assert "已用 2/1，剩 0" in (await team.say("本周额度")).text
