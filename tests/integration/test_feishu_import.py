"""Import and export through the Feishu adapter: a file message → download → preview card → 确认导入 →
report; "导出达人" → an uploaded .xlsx file message. Real signed callbacks into `creatorbot serve`'s app,
real lark-oapi calls out to the Feishu simulator, on SQLite and PostgreSQL."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from handlers import upload_flow
from models.creator import Creator
from models.enums import Stage
from models.imports import ImportUpload, ImportUploadPart, UploadStatus
from tests.feishu_team import Team, feishu_team
from tests.waiting import eventually
from workflows.ports import FrozenClock


@pytest.fixture
async def team(db: str, clock: FrozenClock) -> AsyncIterator[Team]:
    async with feishu_team(clock, scheduled=False) as team:
        yield team


def _xlsx(rows: list[list[object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _card_text(answer: dict[str, Any]) -> str:
    return str(answer.get("card", {}).get("data", ""))


async def test_a_spreadsheet_sent_to_the_bot_is_previewed_then_imported(team: Team) -> None:
    data = _xlsx(
        [
            ["达人名称", "平台", "国家", "粉丝数", "阶段", "备注"],
            ["@amy", "TikTok", "美国", "12.5万", "已邀约", "喜欢美妆"],
            ["bob", "Facebook", "英国", "", "", ""],
        ]
    )
    preview = await team.send_file("11月达人.xlsx", data)
    assert preview.msg_type == "interactive" and preview.chat_id == "oc_dm1"
    assert "导入预览：11月达人.xlsx" in preview.text
    assert "第 3 行：不认识的平台「Facebook」" in preview.text
    assert [b["label"] for b in preview.buttons] == ["确认导入", "取消"]
    assert await Creator.all().count() == 0, "the preview writes nothing"
    assert (await ImportUpload.get()).status == UploadStatus.PENDING

    answer = await team.press(preview, "确认导入")
    assert answer["toast"]["content"] == "导入完成"
    assert "导入完成：11月达人.xlsx" in _card_text(answer) and "新增的行：2" in _card_text(answer)
    amy = await Creator.get(handle_key="amy")
    assert (amy.followers, amy.stage) == (125_000, Stage.CONTACTED)
    upload = await ImportUpload.get()
    assert (
        upload.status == UploadStatus.DONE and not await ImportUploadPart.filter(upload_id=upload.id).exists()
    ), "the file is dropped once done"

    again = await team.press(preview, "确认导入")
    assert "已经处理过了（已导入）" in again["toast"]["content"]
    assert await Creator.all().count() == 1


async def test_cancel_and_bad_files(team: Team) -> None:
    preview = await team.send_file("a.csv", "账号,平台\namy,TikTok\n".encode("gbk"))
    answer = await team.press(preview, "取消")
    assert "已取消导入" in answer["toast"]["content"]
    assert (await ImportUpload.get()).status == UploadStatus.CANCELLED
    assert await Creator.all().count() == 0

    pdf = await team.send_file("报价单.pdf", b"%PDF-1.7 quote")
    assert "需要 .xlsx（Excel）或 .csv" in pdf.text
    encrypted = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512 + "EncryptionInfo".encode("utf-16-le")
    locked = await team.send_file("加密.xlsx", encrypted)
    assert "设置了打开密码" in locked.text
    headers = await team.send_file("sales.xlsx", _xlsx([["销售额", "日期"], [1, 2]]))
    assert "看到的表头：「销售额」、「日期」" in headers.text
    in_group = await team.send_file("名单.csv", b"handle\nzed\n", chat_type="group")
    assert "导入预览：名单.csv" in in_group.text, "a spreadsheet posted in a group is for the bot too"


async def test_progress_is_shown_on_the_card_for_a_large_file(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(upload_flow, "PROGRESS_EVERY_S", 0.0)
    rows: list[list[object]] = [["handle", "followers"], *([f"c{i:04d}", i] for i in range(1_200))]
    preview = await team.send_file("big.xlsx", _xlsx(rows))
    assert "1200" in preview.text
    answer = await team.press(preview, "确认导入")
    if "card" not in answer:  # slower than the press budget: the report replaces the card afterwards
        await eventually(lambda: "导入完成" in str(team.sim.patches[-1][1]), within=60)
    progress = [str(content) for message_id, content in team.sim.patches if message_id == preview.message_id]
    assert any("导入中… 500/1201 行（41%）" in p for p in progress), progress
    assert any("导入中… 1000/1201 行（83%）" in p for p in progress), progress
    assert await Creator.all().count() == 1_200


async def test_export_creators_arrives_as_an_xlsx_file(team: Team) -> None:
    await team.say("添加达人 @amy TikTok 美国加州 粉丝12万")
    await team.say("添加达人 @bob YouTube 英国")
    before = len(team.sim.messages)
    await team.say("导出达人")
    await eventually(lambda: len(team.sim.messages) >= before + 2)
    caption, file_message = team.sim.messages[-2:]
    assert "已导出 2 个达人" in caption.text
    assert file_message.msg_type == "file"
    file_type, name, data = team.sim.files[file_message.content["file_key"]]
    assert file_type == "xls" and name.endswith(".xlsx")
    rows = list(load_workbook(io.BytesIO(data)).worksheets[0].values)
    assert rows[0][0] == "账号" and sorted(r[0] for r in rows[1:]) == ["amy", "bob"]
