"""Export the pipeline to .xlsx (openpyxl write-only: rows stream out) or .csv (UTF-8 with BOM, for Excel).

Columns use the import's own header names, and values as people write them in the asker's language,
which the import reads back: the platform's name, the country's name, the creator's city (or state) by
name, the language's name, the stage's name, the owner by name, the latest note. So an export imported
again changes nothing. In .xlsx the header row stays in view (frozen) and carries Excel's filter buttons.
"""

from __future__ import annotations

import csv
import io
import secrets
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from i18n import Catalog
from models.creator import Creator, Note
from models.enums import Stage
from models.results import ContentType
from workflows import geo, permissions, results
from workflows.creators import PLATFORM_NAMES
from workflows.importing.columns import FIELDS
from workflows.importing.run import RESULTS_SHEETS
from workflows.tenancy import Actor, teammate
from workflows.text_safety import clean_text, looks_like_formula, neutralise_formula

Format = Literal["xlsx", "csv"]
RESULT_COLUMNS = ("creator", "gmv", "orders", "units", "refunds", "commission", "fees", "samples", "spend",
                  "roi", "cost_per_order", "video_gmv", "live_gmv", "currency")  # fmt: skip
PAGE = 1000
# Each canonical field's column label, one the importer reads back as that field.
_LABELS_ZH = {
    "handle": "账号",
    "platform": "平台",
    "country": "国家",
    "region": "州/省/城市",  # a city when the creator has one
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


def file_name(now: datetime, fmt: Format) -> str:
    """`creators-20261125-080012-3f9a0c.xlsx`: to the second, plus a short random part, so two exports in
    the same minute (or second) never overwrite each other in a chat's files or a download folder."""
    return f"creators-{now:%Y%m%d-%H%M%S}-{secrets.token_hex(3)}.{fmt}"


def _language(code: str, locale: str) -> str:
    try:
        return geo.language_name(code, locale)
    except ValueError:  # a code stored before the language list knew it: kept as it is
        return code


def _country(code: str, locale: str) -> str:
    try:
        return geo.country_name(code, locale)
    except geo.UnknownCountry:
        return code


async def _rows(
    actor: Actor, filters: ExportFilter, stage_name: Callable[[Stage], str], locale: str
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
            region = creator.region_name
            values = {
                "handle": creator.handle,
                "platform": PLATFORM_NAMES.get(str(creator.platform), str(creator.platform)),
                "country": _country(creator.country, locale) if creator.country else "",
                "region": geo.region_display_name(region, locale) if region else creator.region or "",
                "followers": creator.followers if creator.followers is not None else "",
                "email": creator.email or "",
                "phone": creator.phone or "",
                "language": _language(creator.language, locale) if creator.language else "",
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
    locale: str = "zh_CN",
    *,
    filters: ExportFilter | None = None,
    by_stage: bool = False,
    team_timezone: str = "Asia/Shanghai",
) -> Exported:
    """The workspace's creators as a file, in `locale`'s words. `by_stage` (xlsx only): one sheet per
    stage, in funnel order."""
    t = Catalog(locale)
    locale = t.locale

    def stage_name(stage: Stage) -> str:
        return t(f"stage.{stage.value}")

    filters = filters or ExportFilter()
    await _query(actor, filters)  # an unknown owner is refused (UnknownTeammate) before a book is opened
    headers = HEADERS_ZH if locale.startswith("zh") else HEADERS_EN
    if fmt == "csv":
        return await _csv(actor, filters, stage_name, headers, locale)
    book = Workbook(write_only=True)
    count = 0
    sheets = (
        [(stage_name(s), ExportFilter(s, filters.owner, filters.country)) for s in _stages(filters)]
        if by_stage
        else [(t("export.sheet"), filters)]
    )
    for title, only in sheets:
        sheet = _sheet(book, title, headers)
        rows = 0
        async for row in _rows(actor, only, stage_name, locale):
            sheet.append(_literal(sheet, row))
            rows += 1
        # the stubs leave `auto_filter` out of write-only sheets; openpyxl sets it up and writes it last
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{rows + 1}"  # type: ignore[attr-defined]
        count += rows
    await _results_sheet(book, actor, t, team_timezone)
    out = io.BytesIO()
    book.save(out)
    book.close()
    return Exported(out.getvalue(), count, "creators.xlsx", await _hidden(actor, filters, count))


async def _results_sheet(book: Workbook, actor: Actor, t: Catalog, team_timezone: str) -> None:
    """When the team has orders: one row per creator with sales or spend (all time, GMV first), the
    figures of workflows/results.py in the reporting currency, and the team's totals last. Operators get
    their own (and unowned) creators and the team's totals, as on the results card. The importer leaves
    this sheet alone (`run.RESULTS_SHEETS`)."""
    if not await results.has_orders(actor.workspace_id):
        return
    got = await results.compute(
        actor, results.Scope(), results.Window(None, datetime.now(UTC)), team_timezone
    )
    zh = t.locale.startswith("zh")
    headers = tuple(t(f"export.results.{name}") for name in RESULT_COLUMNS)
    sheet = _sheet(book, RESULTS_SHEETS[0] if zh else RESULTS_SHEETS[1], headers)

    def figures(f: results.Figures) -> list[Any]:
        video, live = f.content(ContentType.VIDEO), f.content(ContentType.LIVE)
        return [
            float(results.cents(f.gmv)),
            f.orders,
            f.units,
            float(results.cents(f.refunds)),
            float(results.cents(f.commission)),
            float(results.cents(f.fees)),
            float(results.cents(f.samples)),
            float(results.cents(f.spend)),
            float(f.roi) if f.roi is not None else None,
            float(f.cost_per_order) if f.cost_per_order is not None else None,
            float(results.cents(video[1])),
            float(results.cents(live[1])),
            got.currency,
        ]

    for found in got.creators:
        sheet.append(_literal(sheet, [f"@{found.handle}", *figures(found.figures)]))
    sheet.append([t("export.results.team_total"), *figures(got.total)])
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(got.creators) + 1}"  # type: ignore[attr-defined]


def _stages(filters: ExportFilter) -> list[Stage]:
    return [filters.stage] if filters.stage else list(Stage)


def _sheet(book: Workbook, title: str, headers: tuple[str, ...]) -> WriteOnlyWorksheet:
    """A sheet whose header row stays in view while scrolling (set before any row: write-only sheets
    write their views first); the filter buttons are set once the rows are counted."""
    sheet: WriteOnlyWorksheet = book.create_sheet(title=title[:31])
    sheet.freeze_panes = "A2"
    sheet.append(headers)
    return sheet


async def _hidden(actor: Actor, filters: ExportFilter, exported: int) -> int:
    """How many creators the filter matched that were left out because the actor may not see them."""
    if permissions.visible_to(actor) is None:
        return 0
    everyone: int = await (await _query(actor, filters, only_visible=False)).count()
    return max(everyone - exported, 0)


async def _csv(
    actor: Actor,
    filters: ExportFilter,
    stage_name: Callable[[Stage], str],
    headers: tuple[str, ...],
    locale: str,
) -> Exported:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(headers)
    count = 0
    async for row in _rows(actor, filters, stage_name, locale):
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
