"""Export the pipeline to .xlsx (openpyxl write-only: rows stream out) or .csv (UTF-8 with BOM, for Excel).

Columns use the import's own header names and values it reads back (the stage as its name in the
reader's language, the country as its ISO code, the region as its code or name, the owner by name, the
latest note), so an export imported again changes nothing.
"""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any, Literal

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from models.creator import Creator, Note
from models.enums import Stage
from workflows import permissions
from workflows.importing.columns import FIELDS
from workflows.tenancy import Actor, teammate
from workflows.text_safety import clean_text, looks_like_formula, neutralise_formula

Format = Literal["xlsx", "csv"]
PAGE = 1000
# Each canonical field's column label, one the importer reads back as that field.
_LABELS_ZH = {
    "handle": "账号",
    "platform": "平台",
    "country": "国家",
    "region": "州/省",
    "followers": "粉丝数",
    "email": "邮箱",
    "phone": "电话",
    "language": "语言",
    "owner": "负责人",
    "stage": "阶段",
    "note": "备注",
}
_LABELS_EN = {"note": "notes"}  # otherwise the field's own name
# Columns follow the import's FIELDS: a field without a label here fails at import time (KeyError).
HEADERS_ZH = tuple(_LABELS_ZH[field] for field in FIELDS)
HEADERS_EN = tuple(_LABELS_EN.get(field, field) for field in FIELDS)


@dataclass(frozen=True, slots=True)
class ExportFilter:
    stage: Stage | None = None
    owner: str | None = None  # an existing member's name, or "me"
    country: str | None = None  # ISO code


@dataclass(frozen=True, slots=True)
class Exported:
    data: bytes
    rows: int
    file_name: str
    hidden: int = 0  # creators the filter matched that the actor may not see (others', for operators)


async def _query(actor: Actor, filters: ExportFilter, *, only_visible: bool = True) -> Any:
    query = Creator.filter(workspace_id=actor.workspace_id)
    visible = permissions.visible_to(actor)  # operators export what they may see: own and unowned
    if visible is not None and only_visible:
        query = query.filter(visible)
    if filters.stage is not None:
        query = query.filter(stage=filters.stage)
    if filters.country is not None:
        query = query.filter(country=filters.country)
    if filters.owner is not None:  # an export never creates a member (UnknownTeammate)
        member_id = (
            actor.member_id
            if filters.owner == "me"
            else (await teammate(actor.workspace_id, filters.owner)).id
        )
        query = query.filter(owner_id=member_id)
    return query


async def _rows(
    actor: Actor, filters: ExportFilter, stage_name: Callable[[Stage], str]
) -> AsyncIterator[list[Any]]:
    """One list per creator, ordered by id, read a page at a time (never the whole table at once)."""
    query = await _query(actor, filters)
    last = 0
    while True:
        page = await query.filter(id__gt=last).order_by("id").limit(PAGE).prefetch_related("owner")
        if not page:
            return
        notes = await _latest_notes(actor, [c.id for c in page])
        for creator in page:
            values = {
                "handle": creator.handle,
                "platform": str(creator.platform),
                "country": creator.country or "",
                "region": creator.region or creator.region_name or "",
                "followers": creator.followers if creator.followers is not None else "",
                "email": creator.email or "",
                "phone": creator.phone or "",
                "language": creator.language or "",
                "owner": creator.owner.display_name if creator.owner else "",
                "stage": stage_name(Stage(creator.stage)),
                "note": notes.get(creator.id, ""),
            }
            yield [values[field] for field in FIELDS]
        last = page[-1].id


async def _latest_notes(actor: Actor, creator_ids: list[int]) -> dict[int, str]:
    rows = (
        await Note.filter(workspace_id=actor.workspace_id, creator_id__in=creator_ids, kind="note")
        .order_by("creator_id", "created_at", "id")
        .values_list("creator_id", "text")
    )
    return {int(c): str(t) for c, t in rows}  # the last one per creator wins


async def export_pipeline(
    actor: Actor,
    fmt: Format,
    stage_name: Callable[[Stage], str],
    *,
    zh: bool = True,
    filters: ExportFilter | None = None,
    by_stage: bool = False,
    sheet_title: str = "creators",
) -> Exported:
    """The workspace's creators as a file. `by_stage` (xlsx only): one sheet per stage, in funnel order."""
    filters = filters or ExportFilter()
    await _query(actor, filters)  # an unknown owner is refused (UnknownTeammate) before a book is opened
    headers = HEADERS_ZH if zh else HEADERS_EN
    if fmt == "csv":
        return await _csv(actor, filters, stage_name, headers)
    book = Workbook(write_only=True)
    count = 0
    if by_stage:
        stages = [filters.stage] if filters.stage else list(Stage)
        for stage in stages:
            sheet = book.create_sheet(title=stage_name(stage)[:31])
            sheet.append(headers)
            async for row in _rows(actor, ExportFilter(stage, filters.owner, filters.country), stage_name):
                sheet.append(_literal(sheet, row))
                count += 1
    else:
        sheet = book.create_sheet(title=sheet_title[:31])
        sheet.append(headers)
        async for row in _rows(actor, filters, stage_name):
            sheet.append(_literal(sheet, row))
            count += 1
    out = io.BytesIO()
    book.save(out)
    book.close()
    return Exported(out.getvalue(), count, "creators.xlsx", await _hidden(actor, filters, count))


async def _hidden(actor: Actor, filters: ExportFilter, exported: int) -> int:
    """How many creators the filter matched that were left out because the actor may not see them."""
    if permissions.visible_to(actor) is None:
        return 0
    everyone: int = await (await _query(actor, filters, only_visible=False)).count()
    return max(everyone - exported, 0)


async def _csv(
    actor: Actor, filters: ExportFilter, stage_name: Callable[[Stage], str], headers: tuple[str, ...]
) -> Exported:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(headers)
    count = 0
    async for row in _rows(actor, filters, stage_name):
        writer.writerow([_csv_safe(v) for v in row])
        count += 1
    hidden = await _hidden(actor, filters, count)
    return Exported(out.getvalue().encode("utf-8-sig"), count, "creators.csv", hidden)


def _literal(sheet: WriteOnlyWorksheet, row: list[Any]) -> list[Any]:
    """Text that starts with = + - @ (or a tab) is written as text with Excel's quote prefix — the
    leading apostrophe Excel itself stores when one types `'=…` — so it shows as typed and stays text
    even when the cell is edited (openpyxl would write `=…` as a formula). Control characters, which
    openpyxl refuses and rows stored before they were cleaned may hold, are left out."""
    out: list[Any] = []
    for value in row:
        if isinstance(value, str):
            value = clean_text(value)
        if isinstance(value, str) and looks_like_formula(value):
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"
            cell.quotePrefix = True
            out.append(cell)
        else:
            out.append(value)
    return out


def _csv_safe(value: Any) -> Any:
    """Excel runs a CSV cell starting with = + - @ (tab, carriage return) as a formula: such text gets
    a leading apostrophe, which the importer removes again (`cells.text`)."""
    if isinstance(value, str):
        return neutralise_formula(clean_text(value))
    return value
