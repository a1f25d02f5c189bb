"""Reading spreadsheets without a database: file kinds, encodings, delimiters, headers and cells."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, date, datetime

import pytest
from openpyxl import Workbook

from i18n import Catalog
from workflows.importing import HEADER_NAMES, cells
from workflows.importing.columns import FIELDS, NoHandleColumn, find_header
from workflows.importing.rows import Problem, RowDraft, Where, read_row
from workflows.importing.source import (
    FormulaWithoutValue,
    NotASpreadsheet,
    decode,
    delimiter,
    open_sheets,
    sniff,
)
from workflows.spreadsheet_export import HEADERS_EN, HEADERS_ZH

# These rows name every canonical field, in FIELDS order: each must land on its own column. A field added
# to FIELDS without a label in these rows fails here, on purpose.
EVERY_FIELD = {field: column for column, field in enumerate(FIELDS)}

# (rows at the top of a sheet, expected header row, expected field → column)
HEADER_TABLE: list[tuple[str, list[list[object]], int, dict[str, int]]] = [
    (
        "chinese",
        [["达人名称", "平台", "国家", "州", "粉丝数", "邮箱", "手机号", "语言", "负责人", "阶段", "备注"]],
        1,
        EVERY_FIELD,
    ),
    (
        "english",
        [
            [
                "Username",
                "Platform",
                "Country",
                "State",
                "Followers",
                "Email",
                "WhatsApp",
                "Language",
                "Owner",
                "Status",
                "Notes",
            ]
        ],
        1,
        EVERY_FIELD,
    ),
    (
        "mixed with marks and spaces",
        [["*TikTok账号（必填） ", " Followers (k)", "国家/地区", "City", "Remark", "负责人:"]],
        1,
        {"handle": 0, "followers": 1, "country": 2, "region": 3, "note": 4, "owner": 5},
    ),
    (
        "title rows above the header",
        [["2026 Q4 达人建联名单"], [], ["导出时间：2026-11-25"], ["昵称", "账号", "粉丝", "地区"]],
        4,
        {"handle": 1, "followers": 2, "country": 3},  # 账号 beats 昵称 for the handle
    ),
    (
        "header merged over two rows",
        [["达人信息", None, None, "备注"], ["账号", "平台", "粉丝数", None]],
        2,
        {"handle": 0, "platform": 1, "followers": 2, "note": 3},
    ),
    (
        "full-width letters",
        [["ＨＡＮＤＬＥ", "ＰＬＡＴＦＯＲＭ", "Ｅｍａｉｌ"]],
        1,
        {"handle": 0, "platform": 1, "email": 2},
    ),
    (
        "an @ column and English synonyms",
        [["@", "Market", "Subscribers", "Assignee", "Pipeline stage", "Comments"]],
        1,
        {"handle": 0, "country": 1, "followers": 2, "owner": 3, "stage": 4, "note": 5},
    ),
]


@pytest.mark.parametrize(
    ("name", "rows", "header_row", "expected"), HEADER_TABLE, ids=[t[0] for t in HEADER_TABLE]
)
def test_header_recognition(
    name: str, rows: list[list[object]], header_row: int, expected: dict[str, int]
) -> None:
    columns = find_header([tuple(r) for r in rows])
    assert columns.header_row == header_row
    assert columns.index == expected


@pytest.mark.parametrize("headers", [HEADERS_ZH, HEADERS_EN], ids=["zh", "en"])
def test_export_headers_import_as_every_field(headers: tuple[str, ...]) -> None:
    assert find_header([headers]).index == EVERY_FIELD


def test_follower_unit_from_the_header() -> None:
    assert find_header([("账号", "粉丝数（万）")]).follower_unit == 10_000
    assert find_header([("handle", "Followers (k)")]).follower_unit == 1_000
    assert find_header([("handle", "Followers")]).follower_unit == 1


def test_no_handle_column_lists_what_it_saw() -> None:
    with pytest.raises(NoHandleColumn) as error:
        find_header([("销售额", "日期", "平台"), ("100", "2026-01-01", "TikTok")])
    assert error.value.seen == ("销售额", "日期", "平台")


@pytest.mark.parametrize(
    ("raw", "unit", "expected"),
    [
        ("12.5万", 1, 125_000),
        ("1.2M", 1, 1_200_000),
        ("3,400", 1, 3_400),
        ("３，４００", 1, 3_400),
        ("１２万", 1, 120_000),
        ("12w", 1, 120_000),
        ("45k", 1, 45_000),
        ("8000粉", 1, 8_000),
        ("1.5亿", 1, 150_000_000),
        (12500.0, 1, 12_500),
        (12.5, 10_000, 125_000),
        ("3.2", 10_000, 32_000),
        ("2万", 1_000, 20_000),  # an explicit scale wins over the column's unit
        ("N/A", 1, None),
        ("-", 1, None),
        ("", 1, None),
        (None, 1, None),
    ],
)
def test_followers(raw: object, unit: int, expected: int | None) -> None:
    assert cells.followers(raw, unit) == expected


@pytest.mark.parametrize("raw", ["很多", "12..5", "-300", -5, datetime(2026, 1, 1, tzinfo=UTC), "1e10"])
def test_unreadable_followers(raw: object) -> None:
    with pytest.raises(cells.BadCell):
        cells.followers(raw)


def test_handles_platforms_and_blanks() -> None:
    assert cells.handle("@amy") == ("amy", None)
    assert cells.handle(" ＠amy ") == ("amy", None)
    assert cells.handle("https://www.tiktok.com/@amy.b?lang=en") == ("amy.b", "tiktok")
    assert cells.handle("instagram.com/bob_fit/") == ("bob_fit", "instagram")
    assert cells.handle("N/A") is None
    assert [cells.platform(p) for p in ("TikTok", "tt", "IG", "油管", None)] == [
        "tiktok",
        "tiktok",
        "instagram",
        "youtube",
        None,
    ]
    with pytest.raises(cells.BadCell):
        cells.platform("Facebook")
    assert cells.text("  —  ") is None and cells.text("暂无") is None
    assert cells.text("'=1+1") == "=1+1", "an exported CSV cell's apostrophe comes off"


def _xlsx(rows: list[list[object]], formula_at: str | None = None) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    if formula_at:
        sheet[formula_at] = '=CONCAT("a","b")'
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_xlsx_formula_without_cached_value_is_marked() -> None:
    data = _xlsx([["账号", "粉丝数"], ["amy", None]], formula_at="B2")
    sheet = next(open_sheets(data))
    rows = list(sheet.rows)
    assert rows[1][0] == "amy"
    assert isinstance(rows[1][1], FormulaWithoutValue) and rows[1][1] == '=CONCAT("a","b")'


def test_rows_name_the_problem_and_the_row() -> None:
    columns = find_header([("账号", "平台", "国家", "州", "粉丝数", "邮箱", "阶段", "日期")])

    def read(*values: object) -> RowDraft | Problem:
        return read_row(Where("", 7), values, columns)

    assert read(None, "TikTok") == Problem(Where("", 7), "missing_handle")
    assert read(date(2026, 1, 2), "TikTok") == Problem(Where("", 7), "date", "2026-01-02")
    assert read("amy", "Facebook") == Problem(Where("", 7), "platform", "Facebook")
    assert read("amy", "", "火星") == Problem(Where("", 7), "country", "火星")
    assert read("amy bob") == Problem(Where("", 7), "bad_handle", "amy bob")
    assert read(FormulaWithoutValue("=A1")) == Problem(Where("", 7), "formula", "=A1")
    draft = read("@Amy", "ins", "美国", "德州", "很多", "not-an-email", "已回复", date(2026, 1, 2))
    assert isinstance(draft, RowDraft)
    assert (draft.handle, draft.key, draft.platform) == ("Amy", "amy", "instagram")
    assert draft.place is not None and draft.place.timezone == "America/Chicago"
    assert [w.code for w in draft.warnings] == ["followers", "email"]
    assert draft.followers is None and draft.email is None
    assert draft.kept == [("日期", "2026-01-02")], "a column no field reads is kept for the notes"
    unknown = read("amy", "", "", "", "", "", "差不多了")
    assert isinstance(unknown, RowDraft) and unknown.stage is None, "an unknown stage never skips the row"
    assert unknown.warnings == [Problem(Where("", 7), "stage_default", "差不多了", False, "阶段")]


def test_file_kinds() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    assert _kind(ole + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 100) == "encrypted"
    assert _kind(ole) == "xls"
    assert _kind(b"%PDF-1.7 ...") == "binary"
    assert _kind(b"\x89PNG\r\n\x1a\n....") == "binary"
    assert _kind(b"   \n") == "empty"
    docx = io.BytesIO()
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    with pytest.raises(NotASpreadsheet) as error:
        list(open_sheets(docx.getvalue()))
    assert error.value.kind == "zip"
    assert sniff(_xlsx([["账号"]])) == "xlsx"
    assert sniff("账号,平台\n".encode()) == "csv"


def _kind(data: bytes) -> str:
    with pytest.raises(NotASpreadsheet) as error:
        sniff(data)
    return error.value.kind


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("账号,平台\n".encode(), "账号,平台\n"),
        ("\ufeff账号,平台\n".encode(), "账号,平台\n"),
        ("账号,平台,国家\n小王,抖音国际版,美国\n".encode("gbk"), "账号,平台,国家\n小王,抖音国际版,美国\n"),
        ("账号\t𠀀\n".encode("gb18030"), "账号\t𠀀\n"),
        ("账号\t平台\n".encode("utf-16"), "账号\t平台\n"),
    ],
)
def test_csv_encodings(data: bytes, text: str) -> None:
    assert decode(data) == text


@pytest.mark.parametrize(("sep"), [",", "\t", ";"])
def test_csv_delimiters(sep: str) -> None:
    sample = sep.join(["账号", "平台", "备注"]) + "\n" + sep.join(["amy", "TikTok", '"a, b; c"']) + "\n"
    assert delimiter("达人名单\n" + sample) == sep
    rows = list(next(open_sheets(("达人名单\n" + sample).encode("gbk"))).rows)
    assert rows[2] == ("amy", "TikTok", "a, b; c")


PROBLEM_CODES = (
    "missing_handle",
    "bad_handle",
    "formula",
    "date",
    "platform",
    "country",
    "region",
    "region_without_country",
    "stage",
    "followers",
    "email",
    "language",
    "duplicate",
    "database",
    "stage_default",
    "phone",
    "price",
    "price_currency",
    "offer_kept",
    "not_yours",
)
FILE_KINDS = ("encrypted", "xls", "empty", "too_large", "binary", "zip", "encoding", "broken")


@pytest.mark.parametrize("locale", ["zh_CN", "en"])
def test_every_problem_and_file_kind_has_words(locale: str) -> None:
    t = Catalog(locale)
    assert all(f"import.problem.{code}" in t for code in PROBLEM_CODES)
    assert all(f"import.bad_file.{kind}" in t for kind in FILE_KINDS)
    assert all(f"import.field.{field}" in t for field in HEADER_NAMES)
