"""The `creatorbot` command as a newcomer runs it: console over a pipe, parse, migrate, bad settings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CLI = [sys.executable, "-m", "bot"]


def _run(args: list[str], cwd: Path, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL", "BOT_LOCALE")}
    environ.update(env)
    environ["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    return subprocess.run(
        [*CLI, *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        env=environ,
        timeout=60,
        check=False,
    )


def test_console_reads_lines_from_a_pipe_on_embedded_sqlite(tmp_path: Path) -> None:
    script = "添加达人 @amy_beauty TikTok 美国加州 粉丝12万\n把 @amy_beauty 移到已回复\n列出已回复的达人\n"
    result = _run(["console"], tmp_path, stdin=script)
    assert result.returncode == 0, result.stderr
    assert "已添加 @amy_beauty" in result.stdout
    assert "待建联 → 已回复" in result.stdout
    assert "@amy_beauty · tiktok · 已回复" in result.stdout
    assert (tmp_path / "creatorbot.sqlite3").exists()
    again = _run(["console", "--lang", "en"], tmp_path, stdin="show @amy_beauty\n")
    assert "replied" in again.stdout and "Los Angeles" in again.stdout


def test_parse_prints_one_json_object(tmp_path: Path) -> None:
    result = _run(["parse", "把 @amy、@bob 移到谈判中"], tmp_path)
    assert result.returncode == 0
    assert json.loads(result.stdout) == {
        "intent": "set_stage",
        "creators": ["amy", "bob"],
        "stage": "negotiating",
    }
    unknown = _run(["parse", "今天天气不错"], tmp_path)
    assert unknown.returncode == 0 and json.loads(unknown.stdout)["intent"] == "unknown"
    assert not (tmp_path / "creatorbot.sqlite3").exists(), "parse must not touch the database"


def test_migrate_then_again(tmp_path: Path) -> None:
    first = _run(["migrate"], tmp_path, DATABASE_URL="sqlite://bot.sqlite3")
    assert first.returncode == 0 and "0_" in first.stdout and "1_" in first.stdout
    assert "applied 0 migration" in _run(["migrate"], tmp_path, DATABASE_URL="sqlite://bot.sqlite3").stdout


def test_invalid_database_url_is_one_clear_line(tmp_path: Path) -> None:
    result = _run(["console"], tmp_path, stdin="帮助\n", DATABASE_URL="mysql:/oops")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "DATABASE_URL" in result.stderr
    assert "Traceback" not in result.stderr


def test_unreachable_database_is_one_clear_line(tmp_path: Path) -> None:
    result = _run(["migrate"], tmp_path, DATABASE_URL="postgres://nobody@127.0.0.1:1/none")
    assert result.returncode == 1
    assert "cannot migrate" in result.stderr and "Traceback" not in result.stderr
