"""Weekday cadence ("工作日每天9点", "every weekday at 9:30"), and a part of the day after a cadence
("每周五下午") read as the time of day the project's parser gives it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from workflows.digest_schedule import Cadence, DigestSpec, decode, encode, next_run
from workflows.digests import DigestUnreadable, cadence_in, parse_digest


@pytest.mark.parametrize(
    "text",
    [
        "工作日每天早上9点半发日报",
        "周一到周五 9:30 发日报",
        "every weekday at 9:30am",
        "weekdays 9:30 daily report",
    ],
)
def test_weekdays_are_read(text: str) -> None:
    spec = parse_digest(text)
    assert isinstance(spec, DigestSpec)
    assert (spec.cadence, spec.hour, spec.minute) == (Cadence.WEEKDAYS, 9, 30)


def test_weekday_runs_skip_the_weekend() -> None:
    spec = DigestSpec(Cadence.WEEKDAYS, 9, 0)
    friday_after = datetime(2026, 12, 11, 2, tzinfo=UTC)  # Friday 10:00 Beijing, after the run
    assert next_run(spec, "Asia/Shanghai", friday_after) == datetime(2026, 12, 14, 1, tzinfo=UTC)  # Monday


@pytest.mark.parametrize(
    ("text", "hour"), [("每周五下午发周报", 15), ("每周一早上发周报", 9), ("每周五晚上8点发周报", 20)]
)
def test_a_part_of_the_day_after_a_cadence_is_a_time(text: str, hour: int) -> None:
    spec = parse_digest(text)
    assert isinstance(spec, DigestSpec) and spec.hour == hour


def test_a_bare_hour_stays_ambiguous() -> None:
    assert parse_digest("每周三3点发周报") == DigestUnreadable("ambiguous_time")


def test_stopping_the_weekday_digest_is_not_the_daily_one() -> None:
    assert cadence_in("取消工作日日报") == Cadence.WEEKDAYS


def test_a_cadence_is_stored_and_read_back() -> None:
    spec = DigestSpec(Cadence.MONTHLY, 17, 30, 0, 31)
    assert decode(encode(spec)) == spec
