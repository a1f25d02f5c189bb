"""Digest cadences (zh/en) and next runs on the chat's wall clock across DST and month ends."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from workflows.digest_schedule import Cadence, DigestSpec, next_run, previous_run
from workflows.digests import DigestUnreadable, cadence_in, parse_digest

NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)  # Wednesday


@pytest.mark.parametrize(
    ("text", "cadence", "hour", "minute", "weekday", "day"),
    [
        ("每周一上午9点把周报发到这个群", Cadence.WEEKLY, 9, 0, 0, 1),
        ("每周五下午5点半发周报", Cadence.WEEKLY, 17, 30, 4, 1),
        ("每星期日晚上8点发周报", Cadence.WEEKLY, 20, 0, 6, 1),
        ("每周三 21:00 周报", Cadence.WEEKLY, 21, 0, 2, 1),
        ("每天早上9点发日报", Cadence.DAILY, 9, 0, 0, 1),
        ("每天早上九点发日报", Cadence.DAILY, 9, 0, 0, 1),
        ("每月1号上午10点发月报", Cadence.MONTHLY, 10, 0, 0, 1),
        ("每个月15日下午两点发月报", Cadence.MONTHLY, 14, 0, 0, 15),
        ("每月31号上午9点发月报", Cadence.MONTHLY, 9, 0, 0, 31),
        ("每月月底下午6点发月报", Cadence.MONTHLY, 18, 0, 0, 31),
        ("send the weekly digest here every Monday 9am", Cadence.WEEKLY, 9, 0, 0, 1),
        ("every friday at 5:30pm send the digest", Cadence.WEEKLY, 17, 30, 4, 1),
        ("daily digest at 18:30", Cadence.DAILY, 18, 30, 0, 1),
        ("monthly digest on the 15th at 9am", Cadence.MONTHLY, 9, 0, 0, 15),
    ],
)
def test_cadences_are_read(
    text: str, cadence: Cadence, hour: int, minute: int, weekday: int, day: int
) -> None:
    spec = parse_digest(text)
    assert spec == DigestSpec(cadence, hour, minute, weekday, day)


def test_no_time_at_all_is_nine_and_says_so() -> None:
    spec = parse_digest("每月1号发月报")
    assert isinstance(spec, DigestSpec) and (spec.hour, spec.minute, spec.day_of_month) == (9, 0, 1)
    assert not spec.time_given
    weekly = parse_digest("每周发周报")
    assert isinstance(weekly, DigestSpec) and weekly.weekday == 0 and not weekly.time_given


@pytest.mark.parametrize(
    "text",
    [
        "每天3点发日报",
        "每周一下午晚些时候发周报",
        "每周一25点发周报",
        "每月32号发月报",
        "every monday evening digest",
    ],
)
def test_unreadable_or_ambiguous_times_are_not_guessed(text: str) -> None:
    assert isinstance(parse_digest(text), DigestUnreadable)


def test_which_digest_to_stop() -> None:
    assert cadence_in("取消周报") == Cadence.WEEKLY
    assert cadence_in("别再发日报了") == Cadence.DAILY
    assert cadence_in("stop the monthly digest") == Cadence.MONTHLY
    assert cadence_in("stop the digests") is None


def _local(at: datetime, zone: str) -> str:
    return at.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M %Z")


def test_weekly_keeps_its_wall_time_across_the_fall_back_in_los_angeles() -> None:
    zone = "America/Los_Angeles"
    spec = DigestSpec(Cadence.WEEKLY, 9, 0, weekday=0)
    first = next_run(spec, zone, datetime(2026, 10, 28, 12, tzinfo=UTC))
    second = next_run(spec, zone, first)
    assert _local(first, zone) == "2026-11-02 09:00 PST"  # DST ended on Sunday 11/1
    assert _local(second, zone) == "2026-11-09 09:00 PST"
    before = next_run(spec, zone, datetime(2026, 10, 20, 12, tzinfo=UTC))
    assert _local(before, zone) == "2026-10-26 09:00 PDT"
    assert (first - before).total_seconds() == 7 * 86400 + 3600, "one wall week is 7 days and an hour"


def test_daily_run_inside_the_repeated_hour_runs_once() -> None:
    zone = "America/Los_Angeles"
    spec = DigestSpec(Cadence.DAILY, 1, 30)
    first = next_run(spec, zone, datetime(2026, 11, 1, 7, tzinfo=UTC))  # 00:00 PDT on the fall-back day
    assert first == datetime(2026, 11, 1, 8, 30, tzinfo=UTC), "the first 01:30 (PDT)"
    assert _local(next_run(spec, zone, first), zone) == "2026-11-02 01:30 PST", "not again at 01:30 PST"


def test_london_spring_forward_gap_runs_an_hour_later_that_day_only() -> None:
    zone = "Europe/London"
    spec = DigestSpec(Cadence.DAILY, 1, 30)
    runs = [next_run(spec, zone, datetime(2026, 3, 27, 12, tzinfo=UTC))]
    for _ in range(3):
        runs.append(next_run(spec, zone, runs[-1]))
    assert [_local(r, zone) for r in runs] == [
        "2026-03-28 01:30 GMT",
        "2026-03-29 02:30 BST",  # 01:30 does not exist on 3/29: the gap's length later
        "2026-03-30 01:30 BST",
        "2026-03-31 01:30 BST",
    ]
    weekly = DigestSpec(Cadence.WEEKLY, 9, 0, weekday=0)
    monday = next_run(weekly, zone, datetime(2026, 3, 25, tzinfo=UTC))
    assert _local(monday, zone) == "2026-03-30 09:00 BST"
    assert _local(previous_run(weekly, zone, monday), zone) == "2026-03-23 09:00 GMT"


def test_day_31_runs_on_the_last_day_of_shorter_months() -> None:
    zone = "Asia/Shanghai"
    spec = DigestSpec(Cadence.MONTHLY, 9, 0, day_of_month=31)
    at = datetime(2026, 12, 1, tzinfo=UTC)
    seen = []
    for _ in range(5):
        at = next_run(spec, zone, at)
        seen.append(_local(at, zone)[:10])
    assert seen == ["2026-12-31", "2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"]
    leap = next_run(spec, zone, datetime(2028, 2, 1, tzinfo=UTC))
    assert _local(leap, zone)[:10] == "2028-02-29"


def test_first_of_the_month_and_the_period_it_covers() -> None:
    zone = "Asia/Shanghai"
    spec = DigestSpec(Cadence.MONTHLY, 9, 0, day_of_month=1)
    run = next_run(spec, zone, NOW)
    assert _local(run, zone) == "2026-12-01 09:00 CST"
    assert _local(previous_run(spec, zone, run), zone) == "2026-11-01 09:00 CST"
    assert next_run(spec, zone, run) > run, "strictly after"
