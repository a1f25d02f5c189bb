"""Hostile text in chat and in files (issue 16 items 9 and 15), on SQLite and PostgreSQL.

A NUL byte in a handle or a note used to reach PostgreSQL (which refuses it: "数据库暂时连不上" and an
ERROR log); U+202E and `=HYPERLINK(…)` were accepted as handles; a mistyped e-mail `kim@@mail` added a
creator called "mail"; an exported note starting with = + - @ was a formula waiting to be edited.
"""

from __future__ import annotations

import csv
import io
import logging
import zipfile

import pytest
from openpyxl import load_workbook

from bot.adapters.console import Console
from bot.nlu.text import find_handles
from models.creator import Creator, Note
from models.enums import Platform
from workflows.creators import MAX_HANDLE, check_handle, malformed_email
from workflows.errors import InvalidHandle
from workflows.importing import import_file
from workflows.ports import FrozenClock
from workflows.spreadsheet_export import export_pipeline
from workflows.tenancy import Actor, ensure_member, ensure_workspace
from workflows.text_safety import clean_text, neutralise_formula, visible

DB_ERROR = "数据库暂时连不上"


@pytest.mark.parametrize(
    "handle", ["amy_99", "jess.fit", "小美", "kev-99", "A" * MAX_HANDLE, "@amy"], ids=repr
)
def test_handles_in_the_platforms_character_set_are_accepted(handle: str) -> None:
    assert check_handle(handle) == handle.lstrip("@")


@pytest.mark.parametrize(
    "handle",
    [
        "amy\u202e",
        "\u202eyma",
        "a\x00b",
        '=HYPERLINK("http://evil.example","x")',
        "=cmd",
        "+1",
        "o'brien",
        "<script>",
        "a b",
        "amy@x",
        "A" * (MAX_HANDLE + 1),
        "\u200bamy",
    ],
    ids=repr,
)
def test_other_handles_are_refused_and_shown_safely(handle: str) -> None:
    with pytest.raises(InvalidHandle) as refused:
        check_handle(handle)
    assert clean_text(refused.value.handle) == refused.value.handle, "the echo carries no control"


def test_text_safety() -> None:
    assert clean_text("a\x00b\u202ec\u2066d\r\ne\x1bf\u200bg") == "abcd\nefg"
    assert clean_text("emoji 👩‍👩‍👧 中文 عربي \u200f ok\tend") == "emoji 👩‍👩‍👧 中文 عربي \u200f ok\tend"
    assert visible("amy\u202e\x00") == "amy<U+202E><U+0000>"
    assert [neutralise_formula(v) for v in ("=1", "+1", "-1", "@x", "\tx", "ok", "")] == [
        "'=1",
        "'+1",
        "'-1",
        "'@x",
        "'\tx",
        "ok",
        "",
    ]


def test_a_doubled_at_in_an_email_is_no_mention() -> None:
    assert find_handles("添加达人 @kim 邮箱 kim@@mail") == [("kim", (5, 9))]
    assert find_handles("邮箱kim@mail 或 a.b@c") == []
    assert [h for h, _ in find_handles("联系@amy，还有 @bob")] == ["amy", "bob"], (
        "CJK before @ still a mention"
    )
    assert malformed_email("邮箱 kim@@mail，谢谢") == "kim@@mail"
    assert malformed_email("邮箱 kim@mail.com") is None


async def test_nul_in_a_note_or_a_handle_is_no_database_error(
    console: Console, caplog: pytest.LogCaptureFixture
) -> None:
    assert "已添加 @amy" in await console.say("添加达人 @amy TikTok 美国 加州")
    reply = await console.say("备注 @amy：想要\x0020%佣金\u202e")
    assert DB_ERROR not in reply
    assert [n.text for n in await Note.all()] == ["想要20%佣金"]
    reply = await console.say("添加达人 @kim\x00 TikTok 美国")
    assert DB_ERROR not in reply
    assert sorted(await Creator.all().values_list("handle", flat=True)) == ["amy", "kim"]
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []


async def test_formula_and_bidi_handles_never_become_creators(console: Console) -> None:
    reply = await console.say('添加达人 @=HYPERLINK("http://evil.example") TikTok 美国')
    assert "达人账号格式不对" in reply and "只能用字母、数字" in reply
    reply = await console.say("添加达人 @amy\u202e TikTok 美国")
    assert "\u202e" not in reply
    handles = await Creator.all().values_list("handle", flat=True)
    assert all(check_handle(h) == h for h in handles), handles


async def test_a_mistyped_email_adds_no_creator_and_is_named(console: Console) -> None:
    reply = await console.say("添加达人 @kim TikTok 美国 邮箱 kim@@mail")
    assert "已添加 @kim" in reply
    assert "邮箱「kim@@mail」格式不对" in reply
    assert await Creator.all().values_list("handle", flat=True) == ["kim"]
    kim = await Creator.get(handle="kim")
    assert kim.email is None


async def _actor() -> Actor:
    workspace = await ensure_workspace(Platform.CONSOLE, "local")
    return await ensure_member(workspace.id, "console:小李", "小李")


def _csv(rows: list[list[str]]) -> bytes:
    """A CSV file: its cells are text as written (openpyxl would refuse NUL and save `=…` as a formula)."""
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode("utf-8")


async def test_import_refuses_bad_handles_and_cleans_notes(db: str, clock: FrozenClock) -> None:
    actor = await _actor()
    data = _csv(
        [
            ["账号", "国家", "备注"],
            ["amy", "US", "hello\x1b\u202eworld"],  # (a NUL makes a CSV "not a spreadsheet" already)
            ["bad\u202e", "US", ""],
            ["=1+1", "US", ""],
        ]
    )
    report = await import_file(actor, data, clock, dry_run=False)
    assert {c.handle for c in await Creator.all()} <= {"amy", "bad"}, "bidi stripped or the row refused"
    assert all(check_handle(c.handle) == c.handle for c in await Creator.all())
    assert [n.text for n in await Note.all()] == ["helloworld"]
    assert any(p.code == "bad_handle" for p in report.skipped)


async def test_export_neutralises_formulas(db: str, clock: FrozenClock) -> None:
    actor = await _actor()
    data = _csv(
        [
            ["账号", "国家", "备注"],
            ["amy", "US", '=HYPERLINK("http://evil.example","click")'],
            ["bob", "US", "+86 138 0000"],
            ["cat", "US", "@SUM(1+1)"],
            ["-dan", "US", "-5% off"],
        ]
    )
    await import_file(actor, data, clock, dry_run=False)
    exported = await export_pipeline(actor, "csv")
    rows = list(csv.reader(io.StringIO(exported.data.decode("utf-8-sig"))))
    cells = [cell for row in rows[1:] for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")], cells
    assert '\'=HYPERLINK("http://evil.example","click")' in cells and "'-dan" in cells
    xlsx = await export_pipeline(actor, "xlsx")
    book = load_workbook(io.BytesIO(xlsx.data))
    risky = [
        c for row in book.active.iter_rows(min_row=2) for c in row if str(c.value)[:1] in ("=", "+", "-", "@")
    ]
    assert len(risky) == 5 and all(c.data_type == "s" and c.quotePrefix for c in risky)
    with zipfile.ZipFile(io.BytesIO(xlsx.data)) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml"), "no formula in the file"
    again = await import_file(actor, exported.data, clock, dry_run=True)
    assert again.changes == 0, "an export imported again changes nothing"
