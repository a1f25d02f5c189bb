"""`creatorbot migrate` loads the disclosure rules after the migrations; `creatorbot rules load` reloads
them idempotently; the console answers from them."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_cli import _run


def test_migrate_loads_the_rules_and_rules_load_is_idempotent(tmp_path: Path) -> None:
    first = _run(["migrate"], tmp_path, DATABASE_URL="sqlite://bot.sqlite3")
    assert first.returncode == 0, first.stderr
    assert "disclosure rules version 2026-11-25.1: 54 records" in first.stdout
    again = _run(["rules", "load"], tmp_path, DATABASE_URL="sqlite://bot.sqlite3")
    assert again.returncode == 0, again.stderr
    assert "0 new, 0 updated, 54 unchanged, 0 removed" in again.stdout
    console = _run(
        ["console", "--lang", "en"],
        tmp_path,
        stdin="disclosure rules for UK TikTok\n",
        DATABASE_URL="sqlite://bot.sqlite3",
    )
    assert "United Kingdom · TikTok · paid: ad disclosure" in console.stdout


def test_rules_load_on_an_unreachable_database_is_one_clear_line(tmp_path: Path) -> None:
    result = _run(["rules", "load"], tmp_path, DATABASE_URL="postgres://nobody@127.0.0.1:1/none")
    assert result.returncode == 1
    assert "cannot open the database" in result.stderr and "Traceback" not in result.stderr
