"""Issue 17 item 6, "imports keep everything": every cell of a sheet lands somewhere — a creator field, a
note, the offer — or is named in the report. For .xlsx and .csv, with the report in Chinese and English,
on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Literal

import pytest
from openpyxl import Workbook, load_workbook

from handlers.importing import report_card
from i18n import Catalog
from models.campaign import Collaboration
from models.creator import Creator, Note
from models.enums import Platform, Stage
from models.payment import Payment
from workflows.importing import ImportReport, import_file
from workflows.payments import set_offer
from workflows.ports import FrozenClock
from workflows.spreadsheet_export import export_pipeline
from workflows.tenancy import Actor, ensure_member, ensure_workspace

Kind = Literal["xlsx", "csv"]

HEADER = ["序号", "达人账号", "平台", "国家", "州/省", "联系方式", "阶段", "报价", "来源", "其他", "备注"]
ROWS: list[list[object]] = [
    # 2: mixed contact cell (e-mail, phone and a WeChat id), 已同意, a price in words, a source
    [
        1,
        "amy",
        "TikTok",
        "美国",
        "加州",
        "amy@x.com / +1 415 555 0100, 微信 amy_wx",
        "已同意",
        "报价300美元",
        "朋友推荐",
        "",
        "",
    ],
    # 3: two phones and an e-mail separated by spaces; a stage word nobody knows; US without a city;
    #    a phone typed into a notes-like column
    [
        2,
        "bob",
        "TikTok",
        "美国",
        "",
        "bob@y.com 13800000000 13900000000",
        "差不多了",
        "$300",
        "",
        "电话 +1 212 555 0111",
        "",
    ],
    # 4: a WhatsApp number, 已同意 in English, a price without a currency; Brazil without a city
    [3, "carla", "ins", "巴西", "", "WhatsApp: +55 11 91234-5678", "Accepted", "300", "展会", "", "喜欢美妆"],
    # 5: US without a city again, a price with a commission, the chat's own stage word
    [4, "dan", "YouTube", "美国", "", "dan@z.org", "谈判中", "300 USD + 10%", "", "", ""],
]
# Where each non-blank cell must end up: (row, header) → check. A cell without an entry fails the test.
Check = Callable[[dict[str, Creator], dict[str, list[str]], dict[str, Collaboration], str], bool]


def _field(handle: str, name: str, value: object) -> Check:
    return lambda creators, notes, deals, report: getattr(creators[handle], name) == value


def _note(handle: str, text: str) -> Check:
    return lambda creators, notes, deals, report: any(text in n for n in notes[handle])


def _offer(handle: str, fee: str, code: str, percent: str | None = None) -> Check:
    def check(
        creators: dict[str, Creator], notes: dict[str, list[str]], deals: dict[str, Collaboration], _: str
    ) -> bool:
        deal = deals[handle]
        rate = Decimal(percent) if percent else None
        return (deal.fixed_fee, deal.currency, deal.commission_percent) == (Decimal(fee), code, rate)

    return check


def _report(*parts: str) -> Check:
    return lambda creators, notes, deals, report: all(p in report for p in parts)


def _both(*checks: Check) -> Check:
    return lambda *args: all(check(*args) for check in checks)


EXPECTED: dict[tuple[int, str], Check] = {
    (2, "达人账号"): _field("amy", "handle", "amy"),
    (2, "平台"): _field("amy", "platform", "tiktok"),
    (2, "国家"): _field("amy", "country", "US"),
    (2, "州/省"): _field("amy", "timezone", "America/Los_Angeles"),
    (2, "联系方式"): _both(
        _field("amy", "email", "amy@x.com"),
        _field("amy", "phone", "+1 415 555 0100"),
        _note("amy", "联系方式: 微信 amy_wx"),
    ),
    (2, "阶段"): _field("amy", "stage", Stage.AGREED),
    (2, "报价"): _offer("amy", "300", "USD"),
    (2, "来源"): _note("amy", "来源: 朋友推荐"),
    (3, "达人账号"): _field("bob", "handle", "bob"),
    (3, "平台"): _field("bob", "platform", "tiktok"),
    (3, "国家"): _both(_field("bob", "country", "US"), _field("bob", "timezone", None)),
    (3, "联系方式"): _both(
        _field("bob", "email", "bob@y.com"),
        _field("bob", "phone", "13800000000"),
        _note("bob", "联系方式: 13900000000"),
    ),
    (3, "阶段"): _both(_field("bob", "stage", Stage.PROSPECT), _report("差不多了", "阶段")),
    (3, "报价"): _offer("bob", "300", "USD"),
    (3, "其他"): _note("bob", "其他: 电话 +1 212 555 0111"),
    (4, "达人账号"): _field("carla", "handle", "carla"),
    (4, "平台"): _field("carla", "platform", "instagram"),
    (4, "国家"): _both(_field("carla", "country", "BR"), _field("carla", "timezone", None)),  # 4 zones
    (4, "联系方式"): _field("carla", "phone", "+55 11 91234-5678"),
    (4, "阶段"): _field("carla", "stage", Stage.AGREED),
    (4, "报价"): _both(_note("carla", "报价: 300"), _report("报价")),  # and the warning, checked below
    (4, "来源"): _note("carla", "来源: 展会"),
    (4, "备注"): _note("carla", "喜欢美妆"),
    (5, "达人账号"): _field("dan", "handle", "dan"),
    (5, "平台"): _field("dan", "platform", "youtube"),
    (5, "国家"): _both(_field("dan", "country", "US"), _field("dan", "timezone", None)),
    (5, "联系方式"): _field("dan", "email", "dan@z.org"),
    (5, "阶段"): _field("dan", "stage", Stage.NEGOTIATING),
    (5, "报价"): _offer("dan", "300", "USD", "10"),
}
ROW_NUMBERS = "序号"  # a column of row numbers: named in the report as not imported


async def _actor() -> Actor:
    workspace = await ensure_workspace(Platform.CONSOLE, "local")
    return await ensure_member(workspace.id, "console:小李", "小李")


def _file(kind: Kind, rows: Sequence[Sequence[object]]) -> bytes:
    if kind == "xlsx":
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        for row in rows:
            sheet.append(list(row))
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()
    text = io.StringIO(newline="")
    csv.writer(text).writerows(rows)
    return text.getvalue().encode("utf-8")


async def _state() -> tuple[dict[str, Creator], dict[str, list[str]], dict[str, Collaboration]]:
    creators = {c.handle: c for c in await Creator.all()}
    notes: dict[str, list[str]] = {h: [] for h in creators}
    deals: dict[str, Collaboration] = {}
    by_id = {c.id: c.handle for c in creators.values()}
    for note in await Note.all().order_by("id"):
        notes[by_id[note.creator_id]].append(note.text)  # type: ignore[attr-defined]
    for deal in await Collaboration.all():
        deals[by_id[deal.creator_id]] = deal  # type: ignore[attr-defined]
    return creators, notes, deals


def _text(t: Catalog, report: ImportReport) -> str:
    card = report_card(t, report, "t")
    return "\n".join([card.title, *(f"{k} {v}" for k, v in card.fields), card.body])


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
@pytest.mark.parametrize("locale", ["zh_CN", "en"])
async def test_every_cell_lands_somewhere_or_is_named(
    db: str, clock: FrozenClock, kind: Kind, locale: str
) -> None:
    actor = await _actor()
    data = _file(kind, [HEADER, *ROWS])
    t = Catalog(locale)
    preview = await import_file(actor, data, clock, dry_run=True, file_name=f"t.{kind}")
    assert await Creator.all().count() == 0
    report = await import_file(actor, data, clock, dry_run=False, file_name=f"t.{kind}")
    assert len(report.created) == 4 and not report.skipped, "no row is dropped"
    assert (preview.warnings, preview.needs_region) == (report.warnings, report.needs_region)
    text = _text(t, report)
    creators, notes, deals = await _state()

    unchecked = []
    for number, row in enumerate(ROWS, start=2):
        for header, value in zip(HEADER, row, strict=True):
            if value in ("", None) or header == ROW_NUMBERS:
                continue
            check = EXPECTED.get((number, header))
            if check is None:
                unchecked.append((number, header, value))
            else:
                assert check(creators, notes, deals, text), (number, header, value, text)
    assert not unchecked, f"cells with no expectation: {unchecked}"

    # the report names what did not go into a field of its own
    assert [(w.where.row, w.code, w.column, w.value) for w in report.warnings] == [
        (3, "stage_default", "阶段", "差不多了"),
        (4, "price_currency", "报价", "300"),
    ]
    assert report.kept_columns == ["联系方式", "来源", "其他", "报价"]
    assert report.row_number_columns == ["序号"] and "序号" in text
    assert report.needs_region == ["bob", "carla", "dan"] and report.offers == 3
    stage_line = (
        "第 3 行：「阶段」列的「差不多了」不是已知阶段"
        if locale == "zh_CN"
        else 'row 3: the 阶段 column\'s "差不多了" is not a stage I know'
    )
    assert stage_line in text
    region = (
        "3 位达人所在国家有多个时区"
        if locale == "zh_CN"
        else "3 creators are in a country with several time zones"
    )
    assert region in text and "@bob" in text and "@dan" in text
    quote = "「{}」" if locale == "zh_CN" else '"{}"'
    assert all(quote.format(column) in text for column in ("联系方式", "来源", "其他", "报价")), text
    assert await Payment.all().count() == 0, "an imported price is an offer, not money owed"

    again = await import_file(actor, data, clock, dry_run=False, file_name=f"t.{kind}")
    assert again.changes == 0 and again.unchanged == 4, "the same file twice changes nothing"
    assert (await _state())[1] == notes

    for fmt in ("xlsx", "csv"):
        exported = await export_pipeline(actor, fmt, locale)  # type: ignore[arg-type]
        assert "+1 415 555 0100" in _cells(fmt, exported.data), "the export carries the phone"
        back = await import_file(actor, exported.data, clock, dry_run=False, file_name=f"e.{fmt}")
        assert back.changes == 0 and back.unchanged == 4 and not back.warnings, back


def _cells(fmt: str, data: bytes) -> str:
    if fmt == "csv":
        return data.decode("utf-8-sig")
    return str(list(load_workbook(io.BytesIO(data)).worksheets[0].values))


async def test_a_sheet_price_never_replaces_an_offer_with_payments(db: str, clock: FrozenClock) -> None:
    actor = await _actor()
    first = await import_file(
        actor, _file("csv", [["账号", "报价"], ["amy", "200 USD"]]), clock, dry_run=False
    )
    assert first.offers == 1
    changed = await import_file(
        actor, _file("csv", [["账号", "报价"], ["amy", "250 USD"]]), clock, dry_run=False
    )
    assert changed.offers == 1 and [u.fields for u in changed.updated] == [("price",)]
    assert (await Collaboration.get()).fixed_fee == Decimal("250"), "an imported offer follows the sheet"

    await set_offer(actor, "amy", percent=None, fee="300", code="USD", clock=clock)  # owes 300 USD
    kept = await import_file(
        actor, _file("csv", [["账号", "报价"], ["amy", "400 USD"]]), clock, dry_run=False
    )
    assert kept.offers == 0 and [(w.code, w.value) for w in kept.warnings] == [("offer_kept", "amy")]
    assert (await Collaboration.get()).fixed_fee == Decimal("300")
    assert [p.amount for p in await Payment.all()] == [Decimal("300")]
    assert "@amy" in _text(Catalog("zh_CN"), kept)


async def test_phones_and_emails_in_their_own_columns(db: str, clock: FrozenClock) -> None:
    actor = await _actor()
    rows = [
        ["handle", "Email", "Phone", "WhatsApp", "Engagement rate"],
        ["amy", "amy@x.com; amy2@x.com", "+1 415 555 0100", "+1 415 555 0199", "5%"],
        ["bob", "", "微信同号", "", ""],
    ]
    report = await import_file(actor, _file("xlsx", rows), clock, dry_run=False)
    amy = await Creator.get(handle="amy")
    assert (amy.email, amy.phone) == ("amy@x.com", "+1 415 555 0100")
    assert [n.text for n in await Note.filter(creator=amy)] == [
        "Email: amy2@x.com\nWhatsApp: +1 415 555 0199\nEngagement rate: 5%"
    ], "a second address, a second number and a column no field reads are kept"
    bob = await Creator.get(handle="bob")
    assert bob.phone is None and [n.text for n in await Note.filter(creator=bob)] == ["Phone: 微信同号"]
    assert [(w.where.row, w.code, w.column) for w in report.warnings] == [(3, "phone", "Phone")]
    # the same number written another way is no change
    again = _file("csv", [["handle", "Phone"], ["amy", "+1 (415) 555-0100"]])
    assert (await import_file(actor, again, clock, dry_run=False)).changes == 0


@pytest.mark.parametrize("locale", ["zh_CN", "en"])
async def test_a_row_for_a_deleted_creator_is_named_not_written_into_the_hidden_record(
    db: str, clock: FrozenClock, locale: str
) -> None:
    from workflows.records import delete_creator, restore_creator

    actor = await _actor()
    await import_file(actor, _file("csv", [["账号", "国家"], ["amy", "美国"]]), clock, dry_run=False)
    await delete_creator(actor, "amy", clock)
    report = await import_file(
        actor, _file("csv", [["账号", "国家", "备注"], ["amy", "英国", "新备注"]]), clock, dry_run=False
    )
    assert [(p.where.row, p.code) for p in report.skipped] == [(2, "deleted")]
    text = _text(Catalog(locale), report)
    assert ("恢复达人 @amy" if locale == "zh_CN" else "restore creator @amy") in text
    await restore_creator(actor, "amy", clock)
    amy = await Creator.get(handle="amy")
    assert amy.country == "US" and await Note.filter(creator=amy).count() == 0, "the hidden record untouched"
