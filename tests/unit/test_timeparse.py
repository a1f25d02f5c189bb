"""workflows.timeparse: DST, rollover, whose clock, CN working days, whole-command extraction."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import FrozenInstanceError
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from workflows.timeparse import NOTE_CODES, ScopeHit, Unreadable, When, find_scope, parse_when, workdays
from workflows.timeparse.items import Clock
from workflows.timeparse.resolve import hour_24

BJ, LA, NY, LON = "Asia/Shanghai", "America/Los_Angeles", "America/New_York", "Europe/London"
WED = datetime(2026, 3, 4, 6, 0, tzinfo=UTC)  # Wednesday 14:00 in Beijing, Tuesday 22:00 in Los Angeles


def when(text: str, now: datetime = WED, **kwargs: object) -> When:
    found = parse_when(text, now=now, team_tz=str(kwargs.pop("team_tz", BJ)), **kwargs)  # type: ignore[arg-type]
    assert isinstance(found, When), (text, found)
    return found


def unreadable(text: str, now: datetime = WED, **kwargs: object) -> str:
    found = parse_when(text, now=now, team_tz=BJ, **kwargs)  # type: ignore[arg-type]
    assert isinstance(found, Unreadable), (text, found)
    return found.reason


def z(text: str) -> str:
    return text.replace("+00:00", "Z")


# ---- the value ----------------------------------------------------------------------------------
def test_when_is_frozen_utc_aware_and_local_naive() -> None:
    found = when("明天上午10点")
    assert found.utc == datetime(2026, 3, 5, 2, 0, tzinfo=UTC) and found.utc.utcoffset() is not None
    assert found.local == datetime(2026, 3, 5, 10, 0) and found.local.tzinfo is None  # noqa: DTZ001
    assert (found.zone, found.granularity, found.scope, found.notes, found.span) == (
        BJ,
        "minute",
        "team",
        (),
        "明天上午10点",
    )
    with pytest.raises(FrozenInstanceError):
        found.zone = LA  # type: ignore[misc]


def test_now_must_be_aware() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        parse_when("明天", now=datetime(2026, 3, 4, 14, 0), team_tz=BJ)  # noqa: DTZ001


# ---- DST ----------------------------------------------------------------------------------------
def test_a_wall_time_in_the_spring_gap_moves_forward_by_the_gap() -> None:
    found = when("纽约时间明天凌晨2点半", now=datetime(2026, 3, 7, 15, 0, tzinfo=UTC))
    assert found.local == datetime(2026, 3, 8, 3, 30)  # noqa: DTZ001
    assert z(found.utc.isoformat()) == "2026-03-08T07:30:00Z" and "dst_gap" in found.notes
    london = when("London time tomorrow 1:30am", now=datetime(2026, 3, 28, 12, 0, tzinfo=UTC))
    assert london.local.hour == 2 and london.zone == LON and "dst_gap" in london.notes


def test_a_wall_time_in_the_autumn_fold_is_the_first_one() -> None:
    found = when("纽约时间明天凌晨1点半", now=datetime(2026, 10, 31, 14, 0, tzinfo=UTC))
    assert z(found.utc.isoformat()) == "2026-11-01T05:30:00Z"  # 01:30 EDT, not 01:30 EST (06:30Z)
    assert found.notes == ("dst_fold",)


def test_durations_are_real_time_across_a_dst_change() -> None:
    found = when("in 2 hours their time", now=datetime(2026, 3, 8, 9, 30, tzinfo=UTC), creator_tz=LA)
    assert z(found.utc.isoformat()) == "2026-03-08T11:30:00Z"
    assert found.local == datetime(2026, 3, 8, 4, 30)  # noqa: DTZ001 (01:30 PST + 2 h = 04:30 PDT)


# ---- past, rollover -----------------------------------------------------------------------------
def test_a_bare_time_already_past_rolls_to_tomorrow() -> None:
    found = when("10点")
    assert found.local == datetime(2026, 3, 5, 10, 0) and found.notes == ("rolled_to_tomorrow",)  # noqa: DTZ001
    assert when("下午3点").notes == ()


def test_today_in_the_past_is_flagged_not_rolled() -> None:
    found = when("今天上午10点")
    assert found.local == datetime(2026, 3, 4, 10, 0) and found.notes == ("in_past",)  # noqa: DTZ001


def test_month_day_in_the_past_is_next_year_and_december_rolls_into_january() -> None:
    assert when("2月14号").local.date() == date(2027, 2, 14)
    december = datetime(2026, 12, 31, 12, 0, tzinfo=UTC)
    jan = when("1月5号", now=december)
    assert jan.local == datetime(2027, 1, 5, 9, 0)  # noqa: DTZ001
    assert (jan.granularity, jan.notes) == ("day", ("date_only", "next_year"))
    assert when("3月15号", now=december).local.date() == date(2027, 3, 15)
    assert when("明天", now=december).local.date() == date(2027, 1, 1)


def test_date_only_is_nine_local_with_a_note() -> None:
    found = when("下周二")
    assert (found.local, found.granularity, found.notes) == (
        datetime(2026, 3, 10, 9, 0),  # noqa: DTZ001
        "day",
        ("date_only",),
    )


def test_assumed_hours_are_noted() -> None:
    assert when("下周二早上").notes == ("default_hour",) and when("下周二早上").local.hour == 9
    friday = when("周五下班前")
    assert friday.local == datetime(2026, 3, 6, 18, 0) and friday.notes == ("eod",)  # noqa: DTZ001


# ---- whose clock --------------------------------------------------------------------------------
def test_a_scope_phrase_scopes_the_whole_expression_relative_days_included() -> None:
    found = when("给 @amy @bob 安排外联，达人当地时间明早10点", creator_tz=LA, kind="outreach")
    assert found.local == datetime(2026, 3, 4, 10, 0)  # noqa: DTZ001  (Los Angeles' tomorrow)
    assert (found.zone, found.scope, found.span) == (LA, "creator", "达人当地时间明早10点")
    assert when("tomorrow 9am their time", creator_tz=LA).zone == LA
    named = when("纽约时间明天上午9点")
    assert (named.zone, named.scope, named.local.day) == (NY, "named", 5)
    assert when("明天上午9点 PST").zone == LA and when("10am London time tomorrow").zone == LON


def test_no_phrase_outreach_is_the_creators_clock_and_reminders_the_teams() -> None:
    assert when("明天上午10点", creator_tz=LA, kind="outreach").zone == LA
    assert when("明天上午10点", creator_tz=LA, kind="reminder").zone == BJ
    assert when("北京时间明天上午10点", kind="outreach").zone == BJ  # named: no creator zone needed


def test_needs_creator_zone() -> None:
    assert unreadable("明天上午10点", kind="outreach") == "needs_creator_zone"
    assert unreadable("达人当地时间明天上午10点") == "needs_creator_zone"
    assert unreadable("晚点", kind="outreach") == "ambiguous"


def test_cst_two_zones_and_summer_gmt_are_ambiguous() -> None:
    assert unreadable("明天上午10点 CST") == "ambiguous"
    assert when("明天上午10点 美国CST").zone == "America/Chicago"
    assert unreadable("纽约时间10点（北京时间23点）") == "ambiguous"
    assert unreadable("3pm GMT on Monday", now=datetime(2026, 7, 1, 0, 0, tzinfo=UTC)) == "ambiguous"
    assert unreadable("美国时间明天上午10点") == "ambiguous"


def test_find_scope() -> None:
    hit = find_scope("下周二达人当地时间9点")
    assert isinstance(hit, ScopeHit) and (hit.scope, hit.zone, hit.start, hit.end) == ("creator", None, 3, 9)
    assert find_scope("10am PT").zone == "America/Los_Angeles"  # type: ignore[union-attr]
    assert find_scope("PT产品明天到") is None
    assert find_scope("迈阿密时间明天") == ScopeHit("named", NY, 0, 5)
    assert isinstance(find_scope("明天10点 CST"), Unreadable)


# ---- CN working days ----------------------------------------------------------------------------
def test_next_working_day_uses_the_cn_calendar_with_make_up_days() -> None:
    friday_day_off = datetime(2026, 1, 2, 2, 0, tzinfo=UTC)  # 01-02 is off, Sunday 01-04 is worked
    found = when("下个工作日", now=friday_day_off)
    assert found.local.date() == date(2026, 1, 4) and found.notes == ("date_only", "workday_shifted")
    before_new_year = datetime(2026, 2, 13, 2, 0, tzinfo=UTC)  # Saturday 02-14 is a make-up day
    assert when("下个工作日上午10点", now=before_new_year).local == datetime(2026, 2, 14, 10, 0)  # noqa: DTZ001
    assert when("2个工作日后", now=before_new_year).local.date() == date(2026, 2, 24)
    assert when("下个工作日").notes == ("date_only",)  # Wednesday → Thursday: nothing moved


def test_working_days_are_unknown_before_the_schedule_is_published() -> None:
    assert workdays.is_working_day(date(2026, 1, 4)) is True
    assert workdays.is_working_day(date(2026, 10, 1)) is False
    assert workdays.is_working_day(date(2027, 1, 4)) is None  # 2027 调休 not published in this data
    assert unreadable("下个工作日", now=datetime(2026, 12, 31, 12, 0, tzinfo=UTC)) == "ambiguous"
    assert unreadable("下个工作日", creator_tz=LA, kind="outreach") == "ambiguous"  # whose holidays?


# ---- extraction from a whole command ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("明天下午3点提醒我跟进 @amy", "明天下午3点"),
        ("15%佣金，明天10点提醒我确认 @amy", "明天10点"),
        ("@amy 报价$300，后天下午2点跟进", "后天下午2点"),
        ("remind @小王 on Friday to ship samples", "on Friday"),
        ("把 https://shop.example.com/item/12345 发给 @amy，明天下午3点", "明天下午3点"),
        ("iPhone 15 的样品明天下午寄出", "明天下午"),
        ("@bob2024 粉丝12万，下周三下午跟进", "下周三下午"),
        ("提醒我：明天10点跟进 @amy", "明天10点"),
    ],
)
def test_the_time_is_found_inside_a_whole_command(text: str, span: str) -> None:
    assert when(text).span == span


@pytest.mark.parametrize(
    "text", ["把 @amy 移到谈判中", "@amy 的佣金是15%", "给 @amy 发样品，预算$300", "Add @amy to the list"]
)
def test_no_time(text: str) -> None:
    assert unreadable(text) == "no_time"


@pytest.mark.parametrize(
    "text",
    [
        "下下下周",
        "过几天",
        "晚点",
        "ASAP",
        "soon",
        "3/4",
        "周五或周六",
        "明天3点",
        "10-11点",
        "next Friday",  # on a Wednesday: in 2 days or in 9?
        "周三",  # on a Wednesday: today or next week?
        "明天10点直播，提前1小时提醒我",
        "明天（周五）上午10点",
        "昨天下午3点",
        "between 2 and 4pm tomorrow",
        "下午3点以后提醒我",
        "sync with @amy Tuesday 4pm till 5pm",
    ],
)
def test_anything_unsure_is_ambiguous(text: str) -> None:
    assert unreadable(text) == "ambiguous"


def test_tomorrow_said_in_the_small_hours_is_ambiguous() -> None:
    one_am = datetime(2026, 3, 4, 17, 0, tzinfo=UTC)  # Thursday 01:00 in Beijing
    assert unreadable("明天上午10点", now=one_am) == "ambiguous"
    assert when("上午10点", now=one_am).local == datetime(2026, 3, 5, 10, 0)  # noqa: DTZ001


def test_hours_without_am_pm() -> None:
    assert hour_24(Clock(9, 0), None) == 9 and hour_24(Clock(15, 0), None) == 15
    assert hour_24(Clock(3, 0), None) is None and hour_24(Clock(7, 30, padded=True), None) == 7
    assert hour_24(Clock(3, 0), "afternoon") == 15 and hour_24(Clock(8, 0), "night") == 20
    assert hour_24(Clock(12, 0), "night") is None and hour_24(Clock(12, 0, "am"), None) is None
    assert hour_24(Clock(8, 0, "pm"), "morning") is None


def test_notes_are_known_codes() -> None:
    for text in ("10点", "今天上午10点", "1月5号", "周五下班前", "下周二早上"):
        assert set(when(text).notes) <= set(NOTE_CODES)


def test_first_parse_in_a_fresh_process_is_fast() -> None:
    """Catches an expensive import or language auto-detection creeping in (target 0.5 s; CI bound 1 s)."""
    code = (
        "import time; t = time.perf_counter()\n"
        "from datetime import datetime, timezone\n"
        "from workflows.timeparse import parse_when\n"
        "parse_when('明天上午10点提醒我', now=datetime.now(timezone.utc), team_tz='Asia/Shanghai')\n"
        "parse_when('Dec 3 at 2pm', now=datetime.now(timezone.utc), team_tz='Asia/Shanghai')\n"
        "print(time.perf_counter() - t)"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert float(out.stdout) < 1.0


def test_a_command_naming_two_thousand_creators_still_reads_its_time() -> None:
    """Handles are dropped before the grammar runs (its whitespace runs once cost O(n^5) on this)."""
    text = "给 " + " ".join(f"@u{i:04d}_x" for i in range(2000)) + " 安排外联，明天上午10点"
    now = datetime(2026, 11, 25, 8, tzinfo=UTC)
    found = parse_when(text, now=now, team_tz="Asia/Shanghai", creator_tz="Europe/London", kind="outreach")
    assert isinstance(found, When) and found.span == "明天上午10点"
    assert found.utc == datetime(2026, 11, 26, 10, tzinfo=UTC)
