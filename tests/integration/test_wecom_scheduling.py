"""Reminders through WeCom: the group binds its push webhook by message, a reminder set by @mention is
pushed through that webhook at the due minute (owner pinged with mentioned_list), a refused key is told
to the chat and the reminder kept until the group binds a good one — encrypted callbacks in through
`creatorbot serve`'s app, pushes out to the WeCom simulator."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from models.enums import DeliveryStatus
from models.schedule import Delivery
from models.tenancy import Chat
from tests.wecom_team import KEY, URL, Team, wecom_team
from workflows.ports import FrozenClock


@pytest.fixture
async def team(db: str, clock: FrozenClock) -> AsyncIterator[Team]:
    async with wecom_team(clock) as team:
        yield team


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
