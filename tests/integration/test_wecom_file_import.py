"""Issue 18: a spreadsheet sent to the smart bot in a WeCom DM feeds the same preview / 确认导入 flow as
Feishu — downloaded from its (simulated) URL, decrypted with the callback key as it streams, previewed as
markdown with numbered choices, confirmed by typing 1 — for a creator list and for an orders export."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from models.creator import Creator
from models.results import Order
from tests.waiting import eventually
from tests.wecom_callbacks import AIBOTID, WeComCallbacks, new_msgid
from tests.wecom_team import Team, wecom_team
from workflows.ports import FrozenClock


@pytest.fixture
async def team(db: str, clock: FrozenClock) -> AsyncIterator[Team]:
    async with wecom_team(clock) as team:
        yield team


async def _dm(team: Team, body: dict[str, Any]) -> str:
    """A DM callback; the finished stream's text, or what went to the response_url when it took longer."""
    doc = {
        "msgid": new_msgid(),
        "aibotid": AIBOTID,
        "chattype": "single",
        "from": {"userid": "alice"},
        "response_url": team.sim.response_url(),
        **body,
    }
    before = len(team.sim.responses)
    path, data = team.wecom.request(doc)
    response = await team.client.post(path, data=data)
    assert response.status == 200
    content = str(team.wecom.open_reply(await response.json())["stream"]["content"])
    if content != "处理中…":
        return content
    await eventually(lambda: len(team.sim.responses) > before, within=20)
    return str(team.sim.responses[-1]["markdown"]["content"])


async def _send_file(team: Team, name: str, data: bytes) -> str:
    url = team.sim.register_media(data, WeComCallbacks().aes_key)
    return await _dm(team, {"msgtype": "file", "file": {"url": url, "filename": name}})


async def _type(team: Team, text: str) -> str:
    return await _dm(team, {"msgtype": "text", "text": {"content": text}})


async def test_a_creator_list_sent_in_a_dm_is_previewed_then_imported_by_typing_1(team: Team) -> None:
    data = "达人账号,平台,国家,粉丝数\n@amy,TikTok,美国,12.5万\nbob,YouTube,英国,3000\n".encode()
    preview = await _send_file(team, "达人.csv", data)
    assert "导入预览：达人.csv" in preview and "1." in preview and "确认导入" in preview, preview
    assert len(team.sim.media_gets) == 1
    assert await Creator.all().count() == 0, "the preview writes nothing"
    report = await _type(team, "1")
    assert "导入完成" in report, report
    assert sorted(await Creator.all().values_list("handle", flat=True)) == ["amy", "bob"]


async def test_an_orders_export_sent_in_a_dm_is_imported(team: Team) -> None:
    data = b"Order ID,SKU ID,Payment Amount,Creator Username,Time Created\n"
    data += b"A-1,S1,$20.00,amy,2026-11-03 10:00:00\nA-2,S2,$5.50,bob,2026-11-03 11:00:00\n"
    preview = await _send_file(team, "orders.csv", data)
    assert "订单导入预览：orders.csv" in preview, preview
    report = await _type(team, "1")
    assert "订单导入完成" in report, report
    assert await Order.all().count() == 2


async def test_an_expired_link_is_said_plainly(team: Team) -> None:
    url = f"{team.sim.url}/media/gone"
    answer = await _dm(team, {"msgtype": "file", "file": {"url": url, "filename": "a.csv"}})
    assert "没能从企业微信下载这个文件" in answer
