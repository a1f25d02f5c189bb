"""The `creatorbot` command as a newcomer runs it: console over a pipe, parse, migrate, bad settings."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.cli_run import run_cli


def _run(args: list[str], cwd: Path, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    """The console runs here are quick: a shorter bound than an import's."""
    return run_cli(args, cwd, stdin, timeout=60, **env)


def test_console_reads_lines_from_a_pipe_on_embedded_sqlite(tmp_path: Path) -> None:
    script = "添加达人 @amy_beauty TikTok 美国加州 粉丝12万\n把 @amy_beauty 移到已回复\n列出已回复的达人\n"
    result = _run(["console"], tmp_path, stdin=script)
    assert result.returncode == 0, result.stderr
    assert "已添加 @amy_beauty" in result.stdout
    assert "待建联 → 已回复" in result.stdout
    assert "@amy_beauty · tiktok · 已回复" in result.stdout
    assert (tmp_path / "creatorbot.sqlite3").exists()
    again = _run(["console", "--lang", "en"], tmp_path, stdin="show @amy_beauty\n")
    assert "replied" in again.stdout and "California (UTC−8)" in again.stdout


def test_parse_prints_one_json_object(tmp_path: Path) -> None:
    result = _run(["parse", "把 @amy、@bob 移到谈判中"], tmp_path)
    assert result.returncode == 0
    printed = json.loads(result.stdout)
    assert 0.7 <= printed.pop("confidence") <= 1.0  # sure enough to act: no "alternatives"
    assert printed == {
        "intent": "set_stage",
        "creators": ["amy", "bob"],
        "stage": "negotiating",
        "stage_text": None,
        "sample_type": None,
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


def test_when_prints_one_json_object(tmp_path: Path) -> None:
    result = _run(["when", "明天上午10点", "--now", "2026-03-04T06:00:00Z"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "utc": "2026-03-05T02:00:00Z",
        "local": "2026-03-05T10:00:00",
        "zone": "Asia/Shanghai",
        "granularity": "minute",
        "notes": [],
    }
    scoped = _run(
        [
            "when",
            "达人当地时间明早10点",
            "--now",
            "2026-03-04T06:00:00Z",
            "--creator-tz",
            "America/Los_Angeles",
        ],
        tmp_path,
    )
    assert json.loads(scoped.stdout)["utc"] == "2026-03-04T18:00:00Z"
    outreach = _run(
        ["when", "下周二", "--now", "2026-03-04T06:00:00Z", "--tz", "Europe/London", "--kind", "outreach"],
        tmp_path,
        BOT_TIMEZONE="Asia/Tokyo",
    )
    assert json.loads(outreach.stdout) == {"error": "needs_creator_zone"} and outreach.returncode == 1
    team = _run(["when", "10点", "--now", "2026-03-04T06:00:00Z"], tmp_path, BOT_TIMEZONE="Asia/Tokyo")
    assert json.loads(team.stdout)["zone"] == "Asia/Tokyo"  # --tz defaults to BOT_TIMEZONE


def test_when_unreadable_and_bad_options(tmp_path: Path) -> None:
    vague = _run(["when", "晚点再说", "--now", "2026-03-04T06:00:00Z"], tmp_path)
    assert vague.returncode == 1 and json.loads(vague.stdout) == {"error": "ambiguous"}
    none = _run(["when", "把 @amy 移到谈判中"], tmp_path)
    assert none.returncode == 1 and json.loads(none.stdout) == {"error": "no_time"}
    bad_zone = _run(["when", "明天", "--tz", "Mars/Base"], tmp_path)
    assert bad_zone.returncode == 2 and "Mars/Base" in bad_zone.stderr and "Traceback" not in bad_zone.stderr
    bad_now = _run(["when", "明天", "--now", "yesterday-ish"], tmp_path)
    assert bad_now.returncode == 2 and "--now" in bad_now.stderr


def test_parse_fills_when_for_reminders_and_outreach(tmp_path: Path) -> None:
    now = ["--now", "2026-03-04T06:00:00Z"]
    remind = json.loads(_run(["parse", "明天下午3点提醒我跟进 @amy", *now], tmp_path).stdout)
    assert remind["intent"] == "remind" and remind["when"] == "2026-03-05T07:00:00Z"
    text = "给 @amy 安排外联，达人当地时间明早10点"
    outreach = json.loads(_run(["parse", text, *now, "--creator-tz", "America/Los_Angeles"], tmp_path).stdout)
    assert outreach["intent"] == "schedule_outreach" and outreach["when"] == "2026-03-04T18:00:00Z"
    unknown_zone = json.loads(_run(["parse", text, *now], tmp_path).stdout)
    assert unknown_zone["intent"] == "schedule_outreach" and unknown_zone["when"] is None
