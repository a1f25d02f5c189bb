"""Hostile spreadsheets (issue 16 item 8): a small file that unpacks to something huge is refused before it
is parsed, rows and columns are capped with a message naming the limit, and reading a large file runs off
the event loop — a heartbeat task keeps running while it is read (never blocked for more than 1 s)."""

from __future__ import annotations

import asyncio
import io
import time
import zipfile
from collections.abc import Awaitable, Callable, Iterator
from typing import TypeVar

import pytest

from bot.settings import Settings
from bot.wiring import build_dispatcher
from handlers.importing import bad_file
from i18n import Catalog
from models.creator import Creator
from models.enums import Platform
from workflows.importing import NotASpreadsheet, import_file, source
from workflows.ports import FrozenClock
from workflows.tenancy import Actor, ensure_member, ensure_workspace

T = TypeVar("T")
MAX_STALL_S = 1.0
HEADER = b'<row><c t="inlineStr"><is><t>handle</t></is></c><c t="inlineStr"><is><t>country</t></is></c></row>'


async def _actor() -> Actor:
    workspace = await ensure_workspace(Platform.CONSOLE, "local")
    return await ensure_member(workspace.id, "console:小李", "小李")


def workbook(sheet_rows: Callable[[], Iterator[bytes]]) -> bytes:
    """A minimal .xlsx whose one sheet's XML is streamed into the zip (the test never holds it whole)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<?xml version="1.0" encoding="UTF-8"?>')
            sheet.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            sheet.write(b"<sheetData>")
            for chunk in sheet_rows():
                sheet.write(chunk)
            sheet.write(b"</sheetData></worksheet>")
    return out.getvalue()


def row_bomb() -> bytes:
    """~160 MB of identical rows that compress to well under 1 MB: the 345 KB file of the issue."""

    def rows() -> Iterator[bytes]:
        yield HEADER
        row = b'<row><c t="inlineStr"><is><t>amy_99</t></is></c><c t="inlineStr"><is><t>US</t></is></c></row>'
        for _ in range(200):
            yield row * 10_000

    return workbook(rows)


def many_rows(count: int) -> bytes:
    """A plain file of `count` distinct creators (compresses like a real sheet)."""

    def rows() -> Iterator[bytes]:
        yield HEADER
        for start in range(0, count, 1000):
            yield b"".join(
                b'<row><c t="inlineStr"><is><t>creator_%d</t></is></c>'
                b'<c t="inlineStr"><is><t>US</t></is></c></row>' % n
                for n in range(start, min(start + 1000, count))
            )

    return workbook(rows)


def far_column() -> bytes:
    def rows() -> Iterator[bytes]:
        yield HEADER
        yield (
            b'<row><c t="inlineStr"><is><t>amy</t></is></c>'
            b'<c r="XFD2" t="inlineStr"><is><t>x</t></is></c></row>'
        )

    return workbook(rows)


async def responsive(work: Awaitable[T]) -> tuple[T | BaseException, bool]:
    """Run `work` beside a heartbeat; (its result or error, whether the loop never stalled > 1 s)."""
    stalls: list[float] = []
    done = asyncio.Event()

    async def heartbeat() -> None:
        while not done.is_set():
            before = time.monotonic()
            await asyncio.sleep(0.01)
            stalls.append(time.monotonic() - before)

    beat = asyncio.create_task(heartbeat())
    try:
        result: T | BaseException = await work
    except Exception as error:
        result = error
    finally:
        done.set()
        await beat
    return result, bool(stalls) and max(stalls) <= MAX_STALL_S


async def test_a_row_bomb_is_refused_before_parsing_and_the_loop_stays_free(
    db: str, clock: FrozenClock
) -> None:
    data = row_bomb()
    assert len(data) < 2 * 1024 * 1024, "small compressed"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert sum(i.file_size for i in archive.infolist()) > 150 * 1024 * 1024, "huge unpacked"
    actor = await _actor()
    result, free = await responsive(import_file(actor, data, clock, dry_run=True, file_name="bomb.xlsx"))
    assert free, "the event loop was blocked"
    assert isinstance(result, NotASpreadsheet) and result.kind == "ratio"
    message = bad_file(Catalog("zh_CN"), result)
    assert f"上限 {source.MAX_RATIO}:1" in message
    assert "100:1" in bad_file(Catalog("en"), result)
    assert await Creator.all().count() == 0


async def test_the_bomb_sent_in_chat_gets_the_clear_error(db: str, clock: FrozenClock) -> None:
    from bot.core.types import ChatRef, InboundMessage, Sender

    dispatcher = build_dispatcher(Settings(), clock=clock)
    message = InboundMessage(
        chat=ChatRef(Platform.CONSOLE, "local", "console"),
        sender=Sender("console:小李", "小李"),
        text="",
        event_id="file-1",
        received_at=clock.now(),
    )
    reply, free = await responsive(dispatcher.handle_file(message, "bomb.xlsx", row_bomb()))
    assert free
    assert "压缩比异常" in getattr(reply, "text", "") and f"{source.MAX_RATIO}:1" in getattr(
        reply, "text", ""
    )


def test_unpacked_size_is_capped_by_the_sum_of_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    data = many_rows(40_000)  # about 3.5 MB of XML
    monkeypatch.setattr(source, "MAX_UNPACKED_BYTES", 1024 * 1024)
    with pytest.raises(NotASpreadsheet) as refused:
        source.check_unpacked(data)
    assert refused.value.kind == "unpacked" and refused.value.details["limit"] == 1
    assert "超过上限 1 MB" in bad_file(Catalog("zh_CN"), refused.value)


async def test_rows_past_the_limit_are_refused_off_the_loop(
    db: str, clock: FrozenClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(source, "MAX_ROWS", 5_000)
    actor = await _actor()
    result, free = await responsive(import_file(actor, many_rows(30_000), clock, dry_run=True))
    assert free, "the event loop was blocked while rows were read"
    assert isinstance(result, NotASpreadsheet) and result.kind == "rows"
    assert "5000 行" in bad_file(Catalog("zh_CN"), result)
    assert "5000 rows" in bad_file(Catalog("en"), result)


async def test_a_value_in_a_far_column_is_refused(db: str, clock: FrozenClock) -> None:
    actor = await _actor()
    with pytest.raises(NotASpreadsheet) as refused:
        await import_file(actor, far_column(), clock, dry_run=True)
    assert refused.value.kind == "columns"
    assert f"{source.MAX_COLUMNS} 列" in bad_file(Catalog("zh_CN"), refused.value)


async def test_a_large_plain_file_still_imports_with_the_loop_free(db: str, clock: FrozenClock) -> None:
    actor = await _actor()
    result, free = await responsive(import_file(actor, many_rows(6_000), clock, dry_run=True))
    assert free
    assert not isinstance(result, BaseException), result
    assert result.rows == 6_000 and len(result.created) == 6_000


async def test_csv_limits(db: str, clock: FrozenClock, monkeypatch: pytest.MonkeyPatch) -> None:
    actor = await _actor()
    monkeypatch.setattr(source, "MAX_ROWS", 100)
    rows = "handle,country\n" + "".join(f"c{n},US\n" for n in range(200))
    with pytest.raises(NotASpreadsheet) as refused:
        await import_file(actor, rows.encode(), clock, dry_run=True)
    assert refused.value.kind == "rows"
    huge_cell = "handle,country\n" + '"' + "x" * 200_000 + '",US\n'
    with pytest.raises(NotASpreadsheet) as refused:
        await import_file(actor, huge_cell.encode(), clock, dry_run=True)
    assert refused.value.kind == "csv"


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>'
)
