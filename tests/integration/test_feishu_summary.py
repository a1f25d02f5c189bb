"""A summary through the Feishu adapter: signed events in through `creatorbot serve`'s app, and the
simulator receives the card and then the funnel chart as an image message in the same thread."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.feishu_events import mention
from tests.feishu_team import Team, feishu_team
from workflows.ports import FrozenClock

WANG = mention("@_user_2", "ou_wang", "小王")


@pytest.fixture
async def group(db: str, clock: FrozenClock) -> AsyncIterator[Team]:
    async with feishu_team(clock) as team:
        yield team


async def test_summary_card_then_chart_image_in_the_thread(group: Team) -> None:
    await group.say_all("添加达人 @amy TikTok 美国 加州")
    await group.say_all("添加达人 @bob TikTok 英国")
    await group.say_all("把 @amy 移到已邀约")
    await group.say_all("@amy 交给 @_user_2", mentions=[WANG])
    card, image = await group.say_all("本周管道汇总", replies=2)
    assert card.msg_type == "interactive" and image.msg_type == "image"
    assert "📊 管道汇总 · 本周（11/23–11/25）" in card.text
    assert "待建联→已邀约 50%（1/2）" in card.text
    assert image.reply_to == card.reply_to and image.reply_to is not None, "both answer the message"
    png = group.sim.images[image.content["image_key"]]
    assert png.startswith(b"\x89PNG") and len(png) > 10_000
    assert image.uuid and card.uuid and image.uuid != card.uuid

    card, _ = await group.say_all("看看 @_user_2 这个月的进度", mentions=[WANG], replies=2)
    assert "负责人 小王" in card.text and "小王 1（新增 1）" in card.text

    (unknown,) = await group.say_all("pipeline summary for campaign 春季新品")
    assert "没有叫「春季新品」的活动" in unknown.text
