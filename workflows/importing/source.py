"""Rows out of a file: .xlsx (every sheet, streamed read-only) or .csv (encoding and delimiter guessed).

What a file is comes from its first bytes, not its name: a zip is an .xlsx, an OLE compound file is an
encrypted .xlsx (Excel's "password to open") or a legacy .xls, text is CSV. Anything else is refused with
`NotASpreadsheet(kind)`, naming what it looked like.

Limits, so a small hostile file cannot cost minutes of CPU or gigabytes of memory (a 345 KB "row bomb"
once took 48 s and 770 MB): an .xlsx is refused before openpyxl opens it when its zip entries add up to
more than MAX_UNPACKED_BYTES or one large entry is compressed more than MAX_RATIO to 1 (zipfile never
inflates an entry past the size its header declares, so the declared sizes are a real bound); rows past
MAX_ROWS (plus HEADER_ROWS for titles and the header) or a value past column MAX_COLUMNS stop the read
with a refusal naming the limit (empty formatting past them is ignored, and no blank rows are invented
for a gap up to a far row). Every read here is synchronous: callers on an event loop run it in a thread
(`run.import_file` does).
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import warnings
import weakref
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from openpyxl import load_workbook
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser
from openpyxl.xml.constants import SHEET_MAIN_NS

MAX_BYTES = 100 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # a 100,000-row sheet of ten text columns is about 60 MB
MAX_RATIO = 100  # Excel's own sheets deflate 5–20 to 1; a bomb, hundreds to thousands
RATIO_FROM_BYTES = 8 * 1024 * 1024  # small entries may compress well (empty styles, repeated cells)
MAX_ENTRIES = 10_000
MAX_ROWS = 200_000  # rows of data in one sheet, under a header among the first HEADER_ROWS
HEADER_ROWS = 30  # where the header is looked for (columns.find_header): title rows and the header
MAX_COLUMNS = 500
MB = 1024 * 1024
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")
_DELIMITERS = (",", "\t", ";", "|")
CHUNK = 1024 * 1024  # what is read at once from a file on disk: memory stays flat whatever its size

# A spreadsheet is its bytes (small files, tests) or a file on disk (a download, a kept upload, the CLI's
# argument): a file is read in chunks and streamed, never loaded whole.
Data = bytes | Path


def size_of(data: Data) -> int:
    return len(data) if isinstance(data, bytes) else os.path.getsize(data)


def opened(data: Data) -> IO[bytes]:
    """A binary stream over the data (the caller closes it)."""
    return io.BytesIO(data) if isinstance(data, bytes) else open(data, "rb")


def head(data: Data, size: int) -> bytes:
    if isinstance(data, bytes):
        return data[:size]
    with open(data, "rb") as stream:
        return stream.read(size)


def chunks(data: Data) -> Iterator[bytes]:
    if isinstance(data, bytes):
        for start in range(0, len(data), CHUNK):
            yield data[start : start + CHUNK]
        return
    with open(data, "rb") as stream:
        while chunk := stream.read(CHUNK):
            yield chunk


class NotASpreadsheet(ValueError):
    """`kind`: encrypted | xls | empty | too_large | binary | zip | encoding | broken | csv, or a limit:
    unpacked | ratio | rows | columns, with `details` (the limit and what was found) for the message."""

    def __init__(self, kind: str, **details: int) -> None:
        super().__init__(kind)
        self.kind = kind
        self.details = details


class FormulaWithoutValue(str):
    """A formula cell saved without its computed value (the file was written by a program, not Excel)."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Sheet:
    name: str  # "" for a CSV file
    rows: Iterator[tuple[object, ...]]  # every row, from row 1 (blank rows included, so numbers match)
    total_rows: int | None  # an estimate for progress, when the file says


def sniff(data: Data) -> str:
    """'xlsx' or 'csv'; raises NotASpreadsheet for anything else."""
    size = size_of(data)
    if size > MAX_BYTES:
        raise NotASpreadsheet("too_large")
    first = head(data, 1_000_000)
    if not first.strip() and (size <= len(first) or not any(c.strip() for c in chunks(data))):
        raise NotASpreadsheet("empty")
    if first.startswith(_OLE):
        raise NotASpreadsheet("encrypted" if _ENCRYPTED_MARK in first else "xls")
    data = first
    if data.startswith(b"PK\x03\x04"):
        return "xlsx"
    if data.startswith((b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"Rar!", b"7z\xbc")):
        raise NotASpreadsheet("binary")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise NotASpreadsheet("binary")
    return "csv"


def open_sheets(data: Data) -> Iterator[Sheet]:
    """Every sheet of the file, in order. Raises NotASpreadsheet before yielding anything it cannot read."""
    if sniff(data) == "xlsx":
        return _xlsx_sheets(data)
    return iter([_csv_sheet(data)])


# ------------------------------------------------------------------------------------------------ xlsx


class _Parser(WorkSheetParser):
    """openpyxl's parser (values only), except that a formula without a cached value is marked."""

    def parse_cell(self, element: Any) -> dict[str, Any]:
        if element.get("t") == "inlineStr":  # what programs write; openpyxl's rich-text path is slow
            return self._inline(element)
        cell: dict[str, Any] = super().parse_cell(element)
        if cell["value"] is None and element.find(FORMULA_TAG) is not None:
            formula = element.find(FORMULA_TAG)
            cell["value"] = FormulaWithoutValue("=" + (formula.text or ""))
        return cell

    def _inline(self, element: Any) -> dict[str, Any]:
        coordinate = element.get("r")
        if coordinate:
            row, column = coordinate_to_tuple(coordinate)
            self.col_counter = column
        else:
            self.col_counter += 1
            row, column = self.row_counter, self.col_counter
        inline = element.find(_INLINE_TAG)
        value = None
        if inline is not None:  # the text and its rich-text runs, not phonetic hints (rPh)
            runs = [run.findtext(_TEXT_TAG) or "" for run in inline.findall(_RUN_TAG)]
            value = "".join([inline.findtext(_TEXT_TAG) or "", *runs]) or None
        return {"row": row, "column": column, "value": value, "data_type": "s", "style_id": 0}


_TEXT_TAG, _RUN_TAG, _INLINE_TAG = (f"{{{SHEET_MAIN_NS}}}{tag}" for tag in ("t", "r", "is"))


def check_unpacked(data: Data) -> None:
    """Refuse a zip whose entries would inflate past the limits, before anything is inflated."""
    try:
        with opened(data) as stream, zipfile.ZipFile(stream) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise NotASpreadsheet("broken") from None
    if len(entries) > MAX_ENTRIES:
        raise NotASpreadsheet("broken")
    total = sum(entry.file_size for entry in entries)
    if total > MAX_UNPACKED_BYTES:
        raise NotASpreadsheet("unpacked", size=-(-total // MB), limit=MAX_UNPACKED_BYTES // MB)
    for entry in entries:
        ratio = entry.file_size // max(entry.compress_size, 1)
        if entry.file_size > RATIO_FROM_BYTES and ratio > MAX_RATIO:
            raise NotASpreadsheet("ratio", ratio=ratio, limit=MAX_RATIO)


def _xlsx_sheets(data: Data) -> Iterator[Sheet]:
    check_unpacked(data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions it does not read
        try:
            stream = opened(data)
            book = load_workbook(stream, read_only=True, data_only=True)
        except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as error:
            kind = "zip" if isinstance(error, KeyError | InvalidFileException) else "broken"
            stream.close()
            raise NotASpreadsheet(kind) from None
    weakref.finalize(book, stream.close)  # the file closes with the workbook (see _each_sheet)
    return _each_sheet(book)


def _each_sheet(book: Any) -> Iterator[Sheet]:
    """The workbook (over bytes in memory or an open file) is left to the garbage collector, which closes
    the file: each sheet's rows may still be read after this generator has finished."""
    for sheet in book.worksheets:
        if not isinstance(sheet, ReadOnlyWorksheet):
            continue  # a chart sheet
        total = sheet.max_row if isinstance(sheet.max_row, int) else None
        yield Sheet(sheet.title, _xlsx_rows(book, sheet), total)


def _xlsx_rows(book: Any, sheet: Any) -> Iterator[tuple[object, ...]]:
    """Rows as value tuples, read past a wrong <dimension> (programs often write A1), within MAX_ROWS
    and MAX_COLUMNS."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with sheet._get_source() as src:
            parser = _Parser(
                src,
                sheet._shared_strings,
                data_only=True,
                epoch=book.epoch,
                date_formats=book._date_formats,
                timedelta_formats=book._timedelta_formats,
            )
            counter = 1
            for idx, cells in parser.parse():
                valued = [c for c in cells if c["value"] is not None]
                if idx > MAX_ROWS + HEADER_ROWS:
                    if valued:
                        raise NotASpreadsheet("rows", limit=MAX_ROWS)
                    return  # formatting far below the data: nothing more to read
                width = max((c["column"] for c in valued), default=0)
                if width > MAX_COLUMNS:
                    raise NotASpreadsheet("columns", limit=MAX_COLUMNS)
                while counter < idx:  # rows missing from the file are blank rows
                    counter += 1
                    yield ()
                counter += 1
                values: list[object] = [None] * width
                for cell in valued:
                    values[cell["column"] - 1] = cell["value"]
                yield tuple(values)


# ------------------------------------------------------------------------------------------------- csv


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text"), else GB18030 (covers GBK)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise NotASpreadsheet("encoding") from None


def delimiter(sample: str) -> str:
    """The delimiter that splits the most sample lines into the same number (> 1) of fields."""
    lines = [line for line in sample.splitlines()[:50] if line.strip()]
    best, best_score = ",", (0, 0)
    for candidate in _DELIMITERS:
        widths = [len(row) for row in csv.reader(lines, delimiter=candidate)]
        counts: dict[int, int] = {}
        for width in widths:
            if width > 1:
                counts[width] = counts.get(width, 0) + 1
        if not counts:
            continue
        width, often = max(counts.items(), key=lambda item: (item[1], item[0]))
        if (often, width) > best_score:
            best, best_score = candidate, (often, width)
    return best


def encoding(data: Data) -> str:
    """`decode`'s choice, made by decoding the file chunk by chunk (nothing is kept)."""
    first = head(data, 4)
    utf16 = first.startswith((b"\xff\xfe", b"\xfe\xff"))
    for name in ("utf-16",) if utf16 else ("utf-8-sig", "gb18030"):
        decoder = codecs.getincrementaldecoder(name)()
        try:
            for chunk in chunks(data):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return name
    raise NotASpreadsheet("encoding")


def _csv_sheet(data: Data) -> Sheet:
    """Rows streamed through a text wrapper over the file: a 100 MB CSV never becomes one string."""
    code = encoding(data)
    sample = codecs.getincrementaldecoder(code)(errors="replace").decode(head(data, 65536))
    sep = delimiter(sample)
    if code == "utf-16":
        total = None
    else:
        newlines, last = 0, b""
        for chunk in chunks(data):
            newlines += chunk.count(b"\n")
            last = chunk
        total = newlines + (0 if last.endswith(b"\n") else 1)

    def rows() -> Iterator[tuple[object, ...]]:
        with io.TextIOWrapper(opened(data), encoding=code, newline="") as text:
            reader = csv.reader(text, delimiter=sep)
            try:
                for number, row in enumerate(reader, start=1):
                    if number > MAX_ROWS + HEADER_ROWS:
                        raise NotASpreadsheet("rows", limit=MAX_ROWS)
                    if len(row) > MAX_COLUMNS:
                        raise NotASpreadsheet("columns", limit=MAX_COLUMNS)
                    yield tuple(row)
            except csv.Error:  # a field past csv's size limit, a NUL: not a table we can read
                raise NotASpreadsheet("csv") from None

    return Sheet("", rows(), total)
