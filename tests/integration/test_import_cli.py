"""`creatorbot import` / `creatorbot export` as a user runs them, on the embedded SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook

from tests.cli_run import run_cli


def _sheet(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["达人名单"])
    sheet.append(["达人账号", "平台", "国家", "粉丝数", "阶段", "备注"])
    sheet.append(["@amy", "TikTok", "美国", "12.5万", "已邀约", "喜欢美妆"])
    sheet.append(["bob", "Facebook", "英国", "", "", ""])
    sheet.append(["carla", "ins", "巴西", "1.2M", "", ""])
    book.save(path)
    return path


def _flow(tmp_path: Path, **env: str) -> None:
    _sheet(tmp_path / "a.xlsx")
    dry = run_cli(["import", "a.xlsx", "--dry-run"], tmp_path, **env)
    assert dry.returncode == 0, dry.stderr
    assert "新增    2" in dry.stdout and "第 4 行：不认识的平台「Facebook」" in dry.stdout
    refused = run_cli(["import", "a.xlsx"], tmp_path, stdin="n\n", **env)
    assert "已取消导入" in refused.stdout
    done = run_cli(["import", "a.xlsx"], tmp_path, stdin="y\n", **env)
    assert done.returncode == 0 and "导入完成" in done.stdout and "新增的行：3, 5" in done.stdout
    assert "导入中… 3/3 行（100%）" in done.stderr, "progress goes to stderr"
    exported = run_cli(["export", "out.xlsx", "--by-stage"], tmp_path, **env)
    assert exported.returncode == 0 and "已导出 2 个达人" in exported.stdout
    book = load_workbook(tmp_path / "out.xlsx")
    assert [r[0] for r in list(book["已邀约"].values)[1:]] == ["amy"]
    again = run_cli(["import", "out.xlsx", "--yes", "--lang", "en"], tmp_path, **env)
    assert "Nothing to change." in again.stdout and "Unchanged  2" in again.stdout
    csv_out = run_cli(["export", "out.csv", "--stage", "已邀约", "--lang", "en"], tmp_path, **env)
    assert csv_out.returncode == 0
    line = (tmp_path / "out.csv").read_text("utf-8-sig").splitlines()[1]
    assert line.startswith("amy,TikTok,United States,,125000,,,English,"), "names, not US / en"


def test_import_and_export_on_embedded_sqlite(tmp_path: Path) -> None:
    _flow(tmp_path)
    assert (tmp_path / "creatorbot.sqlite3").exists()
    console = run_cli(["console"], tmp_path, stdin="列出已邀约的达人\n")
    assert "@amy · tiktok · 已邀约" in console.stdout, "the import went to the console's workspace"


def test_import_and_export_on_postgresql(tmp_path: Path, pg: str) -> None:
    _flow(tmp_path, DATABASE_URL=pg)


def test_bad_files_and_arguments(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_bytes(b"\x89PNG\r\n\x1a\nxxxx")
    result = run_cli(["import", "notes.txt"], tmp_path)
    assert result.returncode == 1 and "需要 .xlsx（Excel）或 .csv" in result.stderr
    assert "Traceback" not in result.stderr
    (tmp_path / "sales.csv").write_text("销售额,日期\n100,2026-01-01\n", encoding="gbk")
    result = run_cli(["import", "sales.csv", "--lang", "en"], tmp_path)
    assert result.returncode == 1 and "Headers seen: 「销售额」、「日期」" in result.stderr
    result = run_cli(["import", "missing.xlsx"], tmp_path)
    assert result.returncode == 1 and "cannot read missing.xlsx" in result.stderr
    result = run_cli(["export", "out.pdf"], tmp_path)
    assert result.returncode == 1 and "must end in .xlsx or .csv" in result.stderr
    result = run_cli(["import", "sales.csv", "--workspace", "feishu:nope"], tmp_path)
    assert result.returncode == 1 and "no workspace 'feishu:nope'" in result.stderr
