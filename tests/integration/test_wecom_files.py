"""Issue 18: an export asked for in a WeCom group arrives as a file — uploaded through the group's 消息推送
webhook (upload_media, type=file) and pushed as a `file` message — next to its caption in the answer; a
group without a bound webhook is told how to get the file instead of silently getting only the caption."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator

import pytest
from openpyxl import load_workbook

from bot.adapters.wecom.outbound import WeComOutbound
from bot.core.outbound import SendTarget
from handlers.replies import File
from tests.integration.test_wecom_outbound import CHAT, Keys
from tests.simulators.wecom import WeComSimulator
from tests.waiting import eventually
from tests.wecom_team import KEY, URL, Team, wecom_team
from workflows.ports import FrozenClock


@pytest.fixture
async def team(db: str, clock: FrozenClock) -> AsyncIterator[Team]:
    async with wecom_team(clock) as team:
        yield team


async def _answer(team: Team, text: str) -> str:
    """The finished stream's text, or — when the answer took longer — what went to the response_url."""
    before = len(team.sim.responses)
    content = await team.say(text)
    if content != "处理中…":
        return content
    await eventually(lambda: len(team.sim.responses) > before, within=10)
    return str(team.sim.responses[-1]["markdown"]["content"])


async def test_an_export_in_a_group_is_pushed_as_a_file(team: Team) -> None:
    await team.say("添加达人 @amy TikTok 美国 加州")
    assert "已绑定" in await team.say(f"绑定推送 {URL}")
    answer = await _answer(team, "导出达人")
    assert "已导出 1 个达人" in answer and "文件已发到本群" in answer, answer
    await eventually(lambda: any(p.payload.get("msgtype") == "file" for p in team.sim.pushes))
    upload = team.sim.uploads[-1]
    assert upload.key == KEY and upload.type == "file" and upload.filename.endswith(".xlsx")
    rows = list(load_workbook(io.BytesIO(upload.data)).worksheets[0].values)
    assert rows[1][0] == "amy", "the bytes WeCom received are the export"
    pushed = next(p for p in team.sim.pushes if p.payload.get("msgtype") == "file")
    assert pushed.key == KEY and pushed.payload["file"]["media_id"] == upload.media_id


async def test_without_a_bound_webhook_the_group_is_told_how_to_get_the_file(team: Team) -> None:
    await team.say("添加达人 @amy TikTok 美国 加州")
    answer = await _answer(team, "导出达人")
    assert "已导出 1 个达人" in answer and "文件没能发出" in answer and "绑定推送" in answer, answer
    assert team.sim.uploads == [] and team.sim.pushes == []


async def test_a_file_reply_pushed_through_the_webhook_is_caption_then_file() -> None:
    """A File reply the notifier pushes (not an answer): the caption as markdown, then the file message."""
    async with WeComSimulator() as sim:
        outbound = WeComOutbound(sim.url, Keys(), coalesce_s=0.01)
        try:
            await outbound.send(
                SendTarget(CHAT), File(b"handle\namy\n", "creators.csv", "已导出 1 个达人"), "k1"
            )
        finally:
            await outbound.close()
    assert [p.payload["msgtype"] for p in sim.posts] == ["markdown", "file"]
    assert "已导出 1 个达人" in sim.posts[0].content
    assert [(u.filename, u.data) for u in sim.uploads] == [("creators.csv", b"handle\namy\n")]
