"""Spreadsheet import and export on SQLite and PostgreSQL: preview, merge, batches, bad rows, round trip."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from tortoise import Tortoise

from bot.adapters.console import Console
from models.audit import AuditLog
from models.creator import Creator, Note, StageChange
from models.enums import Platform, Stage
from models.imports import ImportUploadPart
from models.tenancy import Member
from workflows.creators import CreatorDraft, add_creators
from workflows.importing import ImportReport, NoHandleColumn, NotASpreadsheet, import_file, uploads
from workflows.pipeline import add_note, set_stage
from workflows.ports import FrozenClock
from workflows.spreadsheet_export import ExportFilter, Format, export_pipeline, file_name
from workflows.tenancy import Actor, ensure_member, ensure_workspace

HEADER = ["达人名称", "平台", "国家", "州/省", "粉丝数", "邮箱", "负责人", "阶段", "备注"]


async def _actor(name: str = "小李", key: str = "local") -> Actor:
    workspace = await ensure_workspace(Platform.CONSOLE, key)
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


def csv_bytes(rows: Sequence[Sequence[object]], encoding: str = "utf-8") -> bytes:
    return "\n".join(",".join("" if v is None else str(v) for v in row) for row in rows).encode(encoding)


async def run(
    actor: Actor, data: bytes, clock: FrozenClock, *, dry_run: bool = False, **kw: int
) -> ImportReport:
    return await import_file(actor, data, clock, dry_run=dry_run, file_name="t.xlsx", **kw)  # type: ignore[arg-type]


async def _counts() -> tuple[int, ...]:
    return (
        await Creator.all().count(),
        await StageChange.all().count(),
        await Note.all().count(),
        await Member.all().count(),
        await AuditLog.all().count(),
    )


async def test_preview_changes_nothing_then_the_import_writes(db: str, clock: FrozenClock) -> None:
    actor = await _actor()
    data = xlsx(
        [
            ["2026 达人名单"],
            [],
            HEADER,
            ["@amy", "TikTok", "美国", "加州", "12.5万", "amy@x.com", "小王", "已邀约", "喜欢美妆"],
            ["bob", "ins", "UK", "", "1.2M", "N/A", "", "", ""],
        ]
    )
    before = await _counts()
    preview = await run(actor, data, clock, dry_run=True)
    assert [w.row for w in preview.created] == [4, 5] and not preview.skipped
    assert await _counts() == before, "a dry run writes nothing (not even the owner 小王)"

    report = await run(actor, data, clock)
    assert [w.row for w in report.created] == [4, 5]
    amy = await Creator.get(handle_key="amy").prefetch_related("owner")
    assert (amy.followers, amy.timezone, amy.stage, amy.email) == (
        125_000,
        "America/Los_Angeles",
        Stage.CONTACTED,
        "amy@x.com",
    )
    assert amy.owner is not None and amy.owner.display_name == "小王"
    bob = await Creator.get(handle_key="bob").prefetch_related("owner")
    assert bob.platform == "instagram" and bob.email is None and bob.country == "GB"
    assert bob.owner is not None and bob.owner.display_name == "小李", "no owner given: the importer"
    assert [n.text for n in await Note.filter(creator=amy)] == ["喜欢美妆"]
    history = await StageChange.filter(creator=amy).values_list("from_stage", "to_stage")
    assert history == [(None, Stage.CONTACTED)]
    assert await AuditLog.filter(action="creator.import").count() == 1

    again = await run(actor, data, clock)
    assert again.changes == 0 and again.unchanged == 2, "importing the same file twice changes nothing"


async def test_every_bad_row_is_reported_with_its_number(db: str, clock: FrozenClock) -> None:
    actor = await _actor()
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [
        HEADER,
        ["ok_one", "TikTok", "US", "", "3,400", "", "", "", ""],  # 2
        [None, "TikTok", "US", "", "", "", "", "", ""],  # 3 missing handle
        ["carla", "Facebook", "BR", "", "", "", "", "", ""],  # 4 platform
        ["dan", "", "火星", "", "", "", "", "", ""],  # 5 country
        ["erin", "", "US", "", "", "", "", "差不多了", ""],  # 6 unknown stage: warning, default stage
        ["OK_ONE", "tiktok", "", "", "", "", "", "", ""],  # 7 duplicate of 2
        ["frank", "", "US", "", "很多", "frank@", "", "", ""],  # 8 warnings only
        [None, "", "", "", "", "", "", "", ""],  # 9 formula in the handle (set below)
        ["gina", "", "US", "", None, "", "", "", ""],  # 10 formula in followers (set below)
        ["hal", "", "美国", "火星城", "", "", "", "", ""],  # 11 unknown city: warning
    ]:
        sheet.append(row)
    sheet["A9"] = '=B9&"x"'
    sheet["E10"] = "=1+1"
    sheet["A12"] = None
    out = io.BytesIO()
    book.save(out)

    report = await run(actor, out.getvalue(), clock)
    skipped = [(p.where.row, p.code, p.value) for p in report.skipped]
    assert skipped == [
        (3, "missing_handle", ""),
        (4, "platform", "Facebook"),
        (5, "country", "火星"),
        (7, "duplicate", "2"),
        (9, "formula", '=B9&"x"'),
    ]
    warnings = [(p.where.row, p.code) for p in report.warnings]
    assert warnings == [(6, "stage_default"), (8, "followers"), (8, "email"), (10, "formula"), (11, "region")]
    assert report.warnings[0].column == "阶段" and report.warnings[0].value == "差不多了"
    handles = ["erin", "frank", "gina", "hal", "ok_one"]
    assert sorted(await Creator.all().values_list("handle", flat=True)) == handles
    assert (await Creator.get(handle="erin")).stage == Stage.PROSPECT, "an unknown stage never drops the row"
    assert report.platform_defaulted == 4
    hal = await Creator.get(handle="hal")
    assert hal.country == "US" and hal.region is None


async def test_existing_creators_are_merged_field_by_field(db: str, clock: FrozenClock) -> None:
    actor = await _actor()
    await add_creators(
        actor,
        [CreatorDraft("amy", "tiktok", "US", "CA", followers=1000, email="amy@x.com")],
        clock,
    )
    await add_creators(actor, [CreatorDraft("amy", "youtube")], clock)
    data = csv_bytes(
        [
            ["handle", "platform", "followers", "email", "stage", "notes", "owner"],
            ["AMY", "tiktok", "2000", "", "谈判中", "报价 $300", ""],
            ["amy", "youtube", "", "", "", "", "小王"],
        ]
    )
    preview = await run(actor, data, clock, dry_run=True)
    assert [(u.where.row, u.handle, u.fields) for u in preview.updated] == [
        (2, "AMY", ("followers", "stage", "note")),
        (3, "amy", ("owner",)),
    ]
    report = await run(actor, data, clock)
    assert [(u.where.row, u.fields) for u in report.updated] == [
        (2, ("followers", "stage", "note")),
        (3, ("owner",)),
    ]
    tiktok = await Creator.get(platform="tiktok", handle_key="amy")
    assert (tiktok.followers, tiktok.stage, tiktok.email, tiktok.region) == (
        2000,
        Stage.NEGOTIATING,
        "amy@x.com",
        "CA",
    ), "fields the file leaves blank keep their values"
    moves = await StageChange.filter(creator=tiktok).order_by("id").values_list("from_stage", "to_stage")
    assert moves == [(None, Stage.PROSPECT), (Stage.PROSPECT, Stage.NEGOTIATING)]
    assert [n.text for n in await Note.filter(creator=tiktok)] == ["报价 $300"]
    youtube = await Creator.get(platform="youtube", handle_key="amy").prefetch_related("owner")
    assert youtube.owner is not None and youtube.owner.display_name == "小王"
    assert (await run(actor, data, clock)).changes == 0, "the same note is not added twice"


async def test_batches_and_progress(db: str, clock: FrozenClock) -> None:
    actor = await _actor()
    rows = [["账号", "粉丝数"], *([f"c{i:02d}", i * 100] for i in range(10))]
    seen: list[tuple[int, int | None]] = []

    async def progress(done: int, total: int | None) -> None:
        seen.append((done, total))

    report = await import_file(actor, csv_bytes(rows), clock, dry_run=False, batch_size=3, progress=progress)
    assert len(report.created) == 10
    assert seen == [(3, 11), (6, 11), (9, 11), (10, 10)]
    assert await AuditLog.filter(action="creator.import").count() == 4, "one transaction per batch"


async def test_a_row_the_database_refuses_is_reported_and_the_rest_land(db: str, clock: FrozenClock) -> None:
    """A rule in the database (here a constraint added for the test) refuses one row of a batch: the
    batch is rolled back and written row by row, so only that row is reported and the rest land."""
    actor = await _actor()
    conn = Tortoise.get_connection("default")
    if db == "sqlite":
        await conn.execute_script(
            "CREATE TRIGGER refuse BEFORE INSERT ON creator WHEN NEW.handle = 'a2' "
            "BEGIN SELECT RAISE(ABORT, 'refused by a rule'); END;"
        )
    else:
        await conn.execute_script("ALTER TABLE creator ADD CONSTRAINT refuse CHECK (handle <> 'a2')")
    try:
        rows = [
            ["账号", "备注", "负责人"],
            ["a1", "ok", "新人"],
            ["a2", "note", "新人"],
            ["a3", "ok", "新人"],
        ]
        data = csv_bytes(rows)
        report = await import_file(actor, data, clock, dry_run=False, batch_size=10)
    finally:
        if db == "postgres":
            await conn.execute_script("ALTER TABLE creator DROP CONSTRAINT refuse")
    assert [(p.where.row, p.code) for p in report.skipped] == [(3, "database")]
    assert [w.row for w in report.created] == [2, 4]
    assert sorted(await Creator.all().values_list("handle", flat=True)) == ["a1", "a3"]
    owners = await Creator.all().values_list("owner__display_name", flat=True)
    assert owners == ["新人", "新人"], "the new owner, rolled back with the batch, is created again"
    assert await Note.all().values_list("text", flat=True) == ["ok", "ok"], "the refused row wrote nothing"


async def test_fifty_thousand_csv_rows_with_progress(db: str, clock: FrozenClock) -> None:
    if db == "postgres":
        pytest.skip("the same code path; bench/import.py measures PostgreSQL")
    actor = await _actor()
    lines = ["达人账号,平台,国家,粉丝数,阶段"]
    stages = ["待建联", "已邀约", "replied"]
    lines += [f"creator_{i},TikTok,美国,{i % 97}万,{stages[i % 3]}" for i in range(50_000)]
    seen: list[int] = []

    async def progress(done: int, total: int | None) -> None:
        seen.append(done)

    report = await import_file(actor, "\n".join(lines).encode("gbk"), clock, dry_run=False, progress=progress)
    assert len(report.created) == 50_000 and not report.skipped
    assert seen == sorted(seen) and len(seen) == 101 and seen[-1] == 50_000
    assert await Creator.filter(stage=Stage.CONTACTED).count() == 16_667
    assert await StageChange.all().count() == 50_000


async def test_files_that_cannot_be_read(db: str, clock: FrozenClock) -> None:
    actor = await _actor()
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512 + "EncryptionInfo".encode("utf-16-le")
    for data, kind in ((b"%PDF-1.4 hello", "binary"), (ole, "encrypted"), (b"", "empty")):
        with pytest.raises(NotASpreadsheet) as error:
            await run(actor, data, clock, dry_run=True)
        assert error.value.kind == kind
    with pytest.raises(NoHandleColumn) as missing:
        await run(actor, xlsx([["销售额", "日期"], [100, "2026-01-01"]]), clock, dry_run=True)
    assert missing.value.seen == ("销售额", "日期")


async def _seed(actor: Actor, clock: FrozenClock) -> None:
    data = xlsx(
        [
            HEADER,
            ["amy", "TikTok", "美国", "纽约", "12.5万", "amy@x.com", "小王", "已邀约", ""],
            ["bob", "YouTube", "英国", "", 800, "", "小李", "已寄样", "- 寄了两次"],
            ["carla", "ins", "巴西", "", "", "", "", "", ""],
            ["dan", "tiktok", "", "", "", "", "", "黑名单", "备注，含逗号\n和换行"],
        ]
    )
    assert len((await run(actor, data, clock)).created) == 4
    await add_note(actor, "amy", "=喜欢美妆", clock)  # text that spreadsheets would read as a formula
    places = xlsx(  # a city, a state, an area, a city without a state code, a language each
        [
            ["账号", "平台", "国家", "城市", "语言"],
            ["eve", "TikTok", "美国", "奥斯汀", "西班牙语"],
            ["gus", "TikTok", "US", "Texas", "en"],
            ["hal", "YouTube", "美国", "美西", ""],
            ["fay", "Instagram", "墨西哥", "瓜达拉哈拉", "es"],
            ["ivy", "TikTok", "巴西", "里约热内卢", "葡萄牙语"],
        ]
    )
    assert len((await run(actor, places, clock)).created) == 5


@pytest.mark.parametrize(
    ("fmt", "locale", "by_stage"),
    [("xlsx", "zh_CN", False), ("xlsx", "en", True), ("csv", "zh_CN", False), ("csv", "en", False)],
)
async def test_export_then_import_changes_nothing(
    db: str, clock: FrozenClock, fmt: Format, locale: str, by_stage: bool
) -> None:
    actor = await _actor()
    await _seed(actor, clock)
    await set_stage(actor, ["carla"], Stage.REPLIED, clock)
    exported = await export_pipeline(actor, fmt, locale, by_stage=by_stage)
    assert exported.rows == 9
    before = await _counts()
    places = await Creator.all().order_by("id").values_list("region", "region_name", "timezone", "language")
    report = await run(actor, exported.data, clock)
    assert report.rows == 9 and report.changes == 0 and report.unchanged == 9, report
    assert not report.skipped and not report.warnings
    assert await _counts() == before
    after = await Creator.all().order_by("id").values_list("region", "region_name", "timezone", "language")
    assert after == places, "cities, states and languages read back as they were"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("zh_CN", ("eve", "TikTok", "美国", "奥斯汀", None, None, None, "西班牙语", "小李", "待建联", None)),
        (
            "en",
            (
                "eve",
                "TikTok",
                "United States",
                "Austin",
                None,
                None,
                None,
                "Spanish",
                "小李",
                "prospect",
                None,
            ),
        ),
    ],
)
async def test_export_reads_as_people_write_it(
    db: str, clock: FrozenClock, locale: str, expected: tuple[object, ...]
) -> None:
    """Names in the asker's language, not codes (US, ENG, en), and the creator's city, not its state code;
    the header row frozen and filterable."""
    actor = await _actor()
    await _seed(actor, clock)
    exported = await export_pipeline(actor, "xlsx", locale)
    sheet = load_workbook(io.BytesIO(exported.data)).worksheets[0]
    rows = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["eve"] == expected
    zh = locale == "zh_CN"
    assert rows["bob"][2:4] == (("英国", None) if zh else ("United Kingdom", None))
    cities = {h: rows[h][3] for h in ("amy", "fay", "hal", "gus")}
    if zh:
        assert cities == {"amy": "纽约", "fay": "瓜达拉哈拉", "hal": "美西", "gus": "德州"}
    else:
        assert cities == {"amy": "New York", "fay": "Guadalajara", "hal": "US West", "gus": "Texas"}
    assert sheet.freeze_panes == "A2", "the header row stays in view"
    assert sheet.auto_filter.ref == "A1:K10", "filter buttons over the header and every row"


def test_export_file_names_never_repeat() -> None:
    now = datetime(2026, 11, 25, 8, 0, 12, tzinfo=UTC)
    first, second = file_name(now, "xlsx"), file_name(now, "xlsx")
    assert first != second and re.fullmatch(r"creators-20261125-080012-[0-9a-f]{6}\.xlsx", first)


async def test_export_filters_and_sheets(db: str, clock: FrozenClock) -> None:
    actor = await _actor()
    await _seed(actor, clock)
    by_owner = await export_pipeline(actor, "csv", filters=ExportFilter(owner="小王"))
    assert by_owner.rows == 1 and "amy" in by_owner.data.decode("utf-8-sig")
    shipped = await export_pipeline(actor, "xlsx", filters=ExportFilter(stage=Stage.SAMPLE_SHIPPED))
    rows = list(load_workbook(io.BytesIO(shipped.data)).worksheets[0].values)
    assert rows[0][:3] == ("账号", "平台", "国家") and [r[0] for r in rows[1:]] == ["bob"]
    sheets = await export_pipeline(actor, "xlsx", by_stage=True)
    book = load_workbook(io.BytesIO(sheets.data))
    assert book.sheetnames[:3] == ["待建联", "已邀约", "已回复"] and len(book.sheetnames) == len(Stage)
    header = [c.value for c in book["已邀约"][1]]
    note_cell = book["已邀约"].cell(2, header.index("备注") + 1)
    assert note_cell.value == "=喜欢美妆" and note_cell.data_type == "s", "text starting with = stays text"
    other = await _actor("小张", key="other")
    assert (await export_pipeline(other, "csv")).rows == 0, "another workspace sees none of it"


async def test_an_upload_is_imported_once(db: str, clock: FrozenClock) -> None:
    actor = await _actor()
    upload = await uploads.keep(actor, None, "a.csv", b"handle\namy\n", clock)
    claimed = await uploads.claim(actor, upload.id)
    async with uploads.spooled(claimed) as kept:
        assert kept.read_bytes() == b"handle\namy\n"
    with pytest.raises(uploads.UploadFinished):
        await uploads.claim(actor, upload.id)
    other = await _actor("小张", key="other")
    with pytest.raises(uploads.UploadNotFound):
        await uploads.claim(other, upload.id)

    stale = await uploads.keep(actor, None, "old.csv", b"handle\nbob\n", clock)
    clock.advance(timedelta(days=1, minutes=1))
    await uploads.keep(actor, None, "new.csv", b"handle\ncat\n", clock)
    with pytest.raises(uploads.UploadFinished) as finished:
        await uploads.claim(actor, stale.id)
    assert finished.value.status == "cancelled", "a preview left for a day is dropped"
    assert not await ImportUploadPart.filter(upload_id=stale.id).exists(), "its bytes are dropped"


async def test_export_and_import_help_in_the_console(
    console: Console, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert "没有符合条件的达人" in await console.say("导出达人")
    await console.say("添加达人 @amy TikTok 美国加州 粉丝12万")
    await console.say("添加达人 @bob YouTube 英国")
    await console.say("把 @bob 移到已回复")
    answer = await console.say("导出已回复的达人")
    named = re.match(r"已导出 1 个达人 → (creators-20261125-080000-[0-9a-f]{6}\.xlsx)", answer)
    assert named is not None, answer
    rows = list(load_workbook(tmp_path / named[1]).worksheets[0].values)
    assert [r[:4] for r in rows[1:]] == [("bob", "YouTube", "英国", None)]
    again = re.match(r"已导出 1 个达人 → (creators-\S+\.xlsx)", await console.say("导出已回复的达人"))
    assert again is not None and again[1] != named[1], "the same minute: a new file, none overwritten"
    assert load_workbook(tmp_path / named[1]) and load_workbook(tmp_path / again[1])
    assert "粉丝数：粉丝数 / 粉丝 /" in await console.say("怎么导入达人")
