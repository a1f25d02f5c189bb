"""Spreadsheet import and export on SQLite and PostgreSQL: preview, merge, batches, bad rows, round trip."""

from __future__ import annotations

import io
from collections.abc import Sequence

from openpyxl import Workbook

from models.creator import Creator
from models.enums import Platform, Stage
from workflows.importing import ImportReport, import_file
from workflows.ports import FrozenClock
from workflows.tenancy import Actor, ensure_member, ensure_workspace

ZH_STAGES = {s: s.value for s in Stage}


async def _actor(name: str = "小李") -> Actor:
    workspace = await ensure_workspace(Platform.CONSOLE, "local")
    return await ensure_member(workspace.id, f"console:{name}", name)


def xlsx(rows: Sequence[Sequence[object]], title: str = "Sheet") -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def csv_bytes(rows: Sequence[Sequence[object]], encoding: str = "utf-8", sep: str = ",") -> bytes:
    return "\n".join(sep.join(str(v) for v in row) for row in rows).encode(encoding)


async def run(
    actor: Actor, data: bytes, clock: FrozenClock, dry_run: bool = False, **kw: object
) -> ImportReport:
    return await import_file(actor, data, clock, dry_run=dry_run, **kw)  # type: ignore[arg-type]


async def test_smoke(db: str, clock: FrozenClock) -> None:
    actor = await _actor()
    data = xlsx(
        [
            ["2026 达人名单"],
            [],
            ["达人名称", "平台", "国家", "州/省", "粉丝数", "邮箱", "负责人", "阶段", "备注"],
            ["@amy", "TikTok", "美国", "加州", "12.5万", "amy@x.com", "小王", "已邀约", "喜欢美妆"],
            ["bob", "ins", "UK", "", "1.2M", "N/A", "", "", ""],
        ]
    )
    preview = await run(actor, data, clock, dry_run=True)
    assert len(preview.created) == 2 and not preview.skipped, preview
    assert await Creator.all().count() == 0
    report = await run(actor, data, clock)
    assert [w.row for w in report.created] == [4, 5]
    amy = await Creator.get(handle_key="amy")
    assert amy.followers == 125000 and amy.timezone == "America/Los_Angeles" and amy.stage == Stage.CONTACTED
    again = await run(actor, data, clock)
    assert again.changes == 0, again
