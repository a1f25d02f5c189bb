"""Send windows, quiet hours, holidays, DST and batch spreading (workflows.send_window).

Expected values are worked out by hand from the calendar: 2026-03-08 is the US DST start (LA is -08:00
before, -07:00 after), 2026-11-01 the US DST end; 2026-03-04 is a Wednesday, 2026-11-26 Thanksgiving
(Thursday), 2026-11-27 the Day After Thanksgiving (a California holiday, not a federal one), Songkran
2026-04-13..15 (Monday..Wednesday).
"""

from __future__ import annotations

import itertools
import time as clock
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from workflows.send_window import (
    NoSendWindow,
    SendWindow,
    Slot,
    describe_window,
    fit_requested,
    next_window,
    parse_window,
    sendable_now,
    spread,
)
from workflows.timeparse import workdays

LA, NY, SH, BKK = "America/Los_Angeles", "America/New_York", "Asia/Shanghai", "Asia/Bangkok"
W = SendWindow()
NO_QUIET = SendWindow(quiet_start=time(0), quiet_end=time(0))


def at(zone: str, *parts: int, fold: int = 0) -> datetime:
    return datetime(*parts, tzinfo=ZoneInfo(zone), fold=fold)


def wall(*parts: int) -> datetime:
    """A naive wall-clock time, as in Slot.local."""
    return datetime(*parts, tzinfo=UTC).replace(tzinfo=None)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def ca(i: int) -> tuple[str | None, str | None]:
    return "US", "CA"


# --- next_window ------------------------------------------------------------------------------------


def test_reference_beijing_friday_evening_to_la_after_dst_change() -> None:
    slot = next_window(at(SH, 2026, 3, 6, 18), LA, W, country="US", subdiv="CA")
    assert slot.utc == utc(2026, 3, 10, 16)  # Tue 09:00 PDT (-07:00)
    assert slot.local == wall(2026, 3, 10, 9)
    assert slot.utc.astimezone(ZoneInfo(LA)).isoformat() == "2026-03-10T09:00:00-07:00"
    assert slot.utc.astimezone(ZoneInfo(SH)) == at(SH, 2026, 3, 11, 0)
    assert slot.zone == LA
    assert slot.notes == ("window",)
    assert slot.window_picked


def test_reference_beijing_wednesday_late_to_la_same_morning() -> None:
    slot = next_window(at(SH, 2026, 3, 4, 23, 30), LA, W, country="US", subdiv="CA")
    assert slot.utc.astimezone(ZoneInfo(LA)).isoformat() == "2026-03-04T09:00:00-08:00"


def test_reference_thai_creator_during_songkran() -> None:
    slot = next_window(at(BKK, 2026, 4, 13, 10), BKK, W, country="TH", subdiv=None)
    assert slot.utc.astimezone(ZoneInfo(BKK)).isoformat() == "2026-04-16T09:00:00+07:00"
    assert slot.notes == ("window", "holiday:Songkran Festival")


def test_inside_todays_window_is_now_rounded_up_to_the_minute() -> None:
    slot = next_window(at(LA, 2026, 3, 4, 9, 13, 20), LA, W, country="US", subdiv="CA")
    assert slot.utc == utc(2026, 3, 4, 17, 14)
    exact = next_window(at(LA, 2026, 3, 4, 10, 0), LA, W, country="US", subdiv="CA")
    assert exact.utc == utc(2026, 3, 4, 18, 0)


def test_rounding_past_the_end_goes_to_the_next_window_day() -> None:
    slot = next_window(at(LA, 2026, 3, 4, 10, 59, 30), LA, W, country="US", subdiv="CA")
    assert slot.local == wall(2026, 3, 5, 9)


def test_us_holidays_follow_the_subdivision() -> None:
    mon_fri = SendWindow(weekdays=frozenset(range(5)))
    wed_noon = at(LA, 2026, 11, 25, 12)
    california = next_window(wed_noon, LA, mon_fri, country="US", subdiv="CA")
    assert california.local == wall(2026, 11, 30, 9)
    assert california.notes == ("window", "holiday:Thanksgiving Day", "holiday:Day After Thanksgiving")
    federal = next_window(wed_noon, LA, mon_fri, country="US", subdiv=None)
    assert federal.local == wall(2026, 11, 27, 9)
    tue_thu = next_window(wed_noon, LA, W, country="US", subdiv="CA")
    assert tue_thu.local == wall(2026, 12, 1, 9)
    assert tue_thu.utc == utc(2026, 12, 1, 17)


def test_holidays_are_not_skipped_when_the_team_says_so() -> None:
    keep = SendWindow(weekdays=frozenset(range(5)), skip_holidays=False)
    slot = next_window(at(LA, 2026, 11, 25, 12), LA, keep, country="US", subdiv="CA")
    assert slot.local == wall(2026, 11, 26, 9)


def test_unknown_country_or_subdivision_does_not_fail() -> None:
    slot = next_window(at(LA, 2026, 11, 25, 12), LA, W, country="XX", subdiv=None)
    assert slot.local == wall(2026, 11, 26, 9)
    national = next_window(at(LA, 2026, 11, 25, 12), LA, W, country="US", subdiv="ZZ")
    assert national.local == wall(2026, 12, 1, 9)


def test_no_window_within_the_horizon_raises() -> None:
    with pytest.raises(NoSendWindow):
        next_window(at(LA, 2026, 3, 6, 12), LA, W, country=None, subdiv=None, horizon_days=2)


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        next_window(wall(2026, 3, 4, 9), LA, W, country=None, subdiv=None)


# --- fit_requested ----------------------------------------------------------------------------------


def test_an_explicit_time_is_kept() -> None:
    slot = fit_requested(at(LA, 2026, 3, 4, 15, 45), LA, W, country="US", subdiv="CA")
    assert (slot.local, slot.notes) == (wall(2026, 3, 4, 15, 45), ())
    assert not slot.window_picked


def test_an_explicit_instant_in_another_zone_is_the_same_instant() -> None:
    slot = fit_requested(at(SH, 2026, 3, 5, 1, 0), LA, W, country="US", subdiv="CA")
    assert slot.utc == utc(2026, 3, 4, 17)
    assert slot.local == wall(2026, 3, 4, 9)
    assert slot.notes == ()


def test_late_evening_moves_to_the_window_start_next_morning() -> None:
    slot = fit_requested(at(LA, 2026, 3, 4, 23, 30), LA, W, country="US", subdiv="CA")
    assert slot.local == wall(2026, 3, 5, 9)
    assert slot.utc == utc(2026, 3, 5, 17)
    assert slot.notes == ("quiet_hours",)


def test_early_morning_moves_to_the_same_morning() -> None:
    slot = fit_requested(at(LA, 2026, 3, 5, 6), LA, W, country="US", subdiv="CA")
    assert (slot.local, slot.notes) == (wall(2026, 3, 5, 9), ("quiet_hours",))


def test_quiet_end_wins_when_the_window_starts_earlier() -> None:
    early = SendWindow(start=time(7), end=time(11))
    slot = fit_requested(at(LA, 2026, 3, 4, 22), LA, early, country=None, subdiv=None)
    assert slot.local == wall(2026, 3, 5, 8)


def test_friday_night_moves_past_the_weekend() -> None:
    slot = fit_requested(at(LA, 2026, 3, 6, 22), LA, W, country="US", subdiv="CA")
    assert (slot.local, slot.notes) == (wall(2026, 3, 9, 9), ("quiet_hours",))


def test_saturday_night_stays_on_the_weekend_it_asked_for() -> None:
    slot = fit_requested(at(LA, 2026, 3, 7, 23), LA, W, country="US", subdiv="CA")
    assert (slot.local, slot.notes) == (wall(2026, 3, 8, 9), ("quiet_hours", "weekend"))
    assert slot.utc == utc(2026, 3, 8, 16)  # already PDT that morning


def test_a_weekend_time_is_kept_and_noted() -> None:
    slot = fit_requested(at(LA, 2026, 3, 7, 10), LA, W, country="US", subdiv="CA")
    assert (slot.local, slot.notes) == (wall(2026, 3, 7, 10), ("weekend",))


def test_weekend_is_the_countrys_weekend() -> None:
    riyadh = "Asia/Riyadh"
    friday = fit_requested(at(riyadh, 2026, 3, 6, 10), riyadh, W, country="SA", subdiv=None)
    sunday = fit_requested(at(riyadh, 2026, 3, 8, 10), riyadh, W, country="SA", subdiv=None)
    assert friday.notes == ("weekend",)
    assert sunday.notes == ()


def test_a_public_holiday_moves_to_the_next_working_day_same_time() -> None:
    slot = fit_requested(at(LA, 2026, 11, 26, 10), LA, W, country="US", subdiv="CA")
    assert slot.local == wall(2026, 11, 30, 10)
    assert slot.notes == ("holiday:Thanksgiving Day", "holiday:Day After Thanksgiving")
    federal = fit_requested(at(LA, 2026, 11, 26, 10), LA, W, country="US", subdiv=None)
    assert (federal.local, federal.notes) == (wall(2026, 11, 27, 10), ("holiday:Thanksgiving Day",))


def test_a_holiday_is_kept_when_the_team_does_not_skip_holidays() -> None:
    keep = SendWindow(skip_holidays=False)
    slot = fit_requested(at(LA, 2026, 11, 26, 10), LA, keep, country="US", subdiv="CA")
    assert (slot.local, slot.notes) == (wall(2026, 11, 26, 10), ())


def test_quiet_hours_before_a_holiday_move_past_it() -> None:
    slot = fit_requested(at(LA, 2026, 11, 25, 22), LA, W, country="US", subdiv="CA")
    assert slot.local == wall(2026, 11, 30, 9)
    assert slot.notes == ("quiet_hours", "holiday:Thanksgiving Day", "holiday:Day After Thanksgiving")


def test_dst_gap_moves_forward_by_the_gap() -> None:
    slot = fit_requested(at(NY, 2026, 3, 8, 2, 30), NY, NO_QUIET, country="US", subdiv="NY")
    assert slot.utc == utc(2026, 3, 8, 7, 30)
    assert slot.local == wall(2026, 3, 8, 3, 30)
    assert slot.notes == ("dst_gap", "weekend")


def test_dst_gap_inside_quiet_hours_moves_to_the_morning() -> None:
    slot = fit_requested(at(NY, 2026, 3, 8, 2, 30), NY, W, country="US", subdiv="NY")
    assert slot.utc == utc(2026, 3, 8, 13)  # 09:00 EDT
    assert slot.notes == ("quiet_hours", "weekend")


def test_dst_fold_takes_the_first_occurrence() -> None:
    slot = fit_requested(at(NY, 2026, 11, 1, 1, 30), NY, NO_QUIET, country="US", subdiv="NY")
    assert slot.utc == utc(2026, 11, 1, 5, 30)  # 01:30 EDT (-04:00)
    assert slot.local == wall(2026, 11, 1, 1, 30)
    assert slot.notes == ("dst_fold", "weekend")
    second = fit_requested(at(NY, 2026, 11, 1, 1, 30, fold=1), NY, NO_QUIET, country="US", subdiv="NY")
    assert second.utc == utc(2026, 11, 1, 6, 30)  # the caller chose 01:30 EST


# --- spread -----------------------------------------------------------------------------------------


def _window_slot(zone: str, local: datetime) -> Slot:
    aware = local.replace(tzinfo=ZoneInfo(zone))
    return Slot(utc=aware.astimezone(UTC), local=local, zone=zone, notes=("window",))


def test_spread_ten_creators_two_minutes_apart() -> None:
    first = next_window(at(SH, 2026, 3, 6, 18), LA, W, country="US", subdiv="CA")
    out = spread([first] * 10, W, country_of=ca)
    assert [s.local for s in out] == [wall(2026, 3, 10, 9, 2 * k) for k in range(10)]
    assert out[0] is first
    assert all(s.notes == ("window", "spread") for s in out[1:])


def _spread_500() -> list[Slot]:
    first = _window_slot(LA, wall(2026, 3, 10, 9))
    return spread([first] * 500, W, country_of=ca)


def test_spread_five_hundred_in_one_zone() -> None:
    out = _spread_500()
    days = [date(2026, 3, d) for d in (10, 11, 12, 17, 18, 19, 24, 25, 26)]
    expected = [
        datetime.combine(days[k // 60], time(9)) + timedelta(minutes=2 * (k % 60)) for k in range(500)
    ]
    assert [s.local for s in out] == expected
    assert out[-1].local == wall(2026, 3, 26, 9, 38)
    instants = sorted(s.utc for s in out)
    assert len({s.utc.replace(second=0) for s in out}) == 500
    assert min(b - a for a, b in itertools.pairwise(instants)) >= W.gap
    assert all(sendable_now(s.utc, LA, W, country="US", subdiv="CA", explicit=False) for s in out)
    assert "next_window" in out[60].notes
    assert out == _spread_500()


def test_spread_five_hundred_is_fast() -> None:
    best = min(_timed(_spread_500) for _ in range(3))
    assert best < 0.05


def _timed(run: object) -> float:
    started = clock.perf_counter()
    assert callable(run)
    run()
    return clock.perf_counter() - started


def test_spread_keeps_zones_apart_only_within_a_zone() -> None:
    la = _window_slot(LA, wall(2026, 3, 10, 9))
    ny = _window_slot(NY, wall(2026, 3, 10, 9))
    out = spread([la, ny, la, ny, la, ny], W)
    assert [s.local.minute for s in out] == [0, 0, 2, 2, 4, 4]
    assert [s.zone for s in out] == [LA, NY, LA, NY, LA, NY]


def test_spread_explicit_times_never_into_quiet_hours() -> None:
    asked = fit_requested(at(LA, 2026, 3, 4, 20, 56), LA, W, country="US", subdiv="CA")
    out = spread([asked, asked, asked], W, country_of=ca)
    assert [s.local for s in out] == [
        wall(2026, 3, 4, 20, 56),
        wall(2026, 3, 4, 20, 58),
        wall(2026, 3, 5, 9, 0),
    ]
    assert out[1].notes == ("spread",)
    assert out[2].notes == ("spread", "quiet_hours")


def test_spread_gives_explicit_times_first_claim() -> None:
    picked = _window_slot(LA, wall(2026, 3, 10, 9))
    asked = fit_requested(at(LA, 2026, 3, 10, 9), LA, W, country="US", subdiv="CA")
    out = spread([picked, asked], W)
    assert out[1] == asked
    assert out[0].local == wall(2026, 3, 10, 9, 2)


def test_spread_rolls_a_full_window_to_the_next_allowed_non_holiday_day() -> None:
    hourly = SendWindow(gap=timedelta(hours=1))
    first = _window_slot(LA, wall(2026, 11, 25, 9))
    out = spread([first] * 3, hourly, country_of=ca)
    assert [s.local for s in out] == [
        wall(2026, 11, 25, 9),
        wall(2026, 11, 25, 10),
        wall(2026, 12, 1, 9),
    ]
    assert out[2].notes == ("window", "spread", "next_window", "holiday:Thanksgiving Day")
    unknown = spread([first] * 3, hourly)
    assert unknown[2].local == wall(2026, 11, 26, 9)


def test_spread_of_nothing() -> None:
    assert spread([], W) == []


# --- sendable_now -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("local", "explicit", "expected"),
    [
        (wall(2026, 3, 4, 9, 30), False, True),
        (wall(2026, 3, 4, 11, 0), False, False),  # the window has ended: reschedule
        (wall(2026, 3, 4, 15, 0), False, False),
        (wall(2026, 3, 4, 15, 0), True, True),
        (wall(2026, 3, 4, 3, 0), True, False),  # a late dispatcher at 03:00
        (wall(2026, 3, 4, 21, 0), True, False),
        (wall(2026, 3, 4, 7, 59), True, False),
        (wall(2026, 3, 4, 8, 0), True, True),
        (wall(2026, 3, 6, 9, 30), False, False),  # Friday: not a window day
        (wall(2026, 11, 26, 9, 30), False, False),  # Thanksgiving
        (wall(2026, 11, 26, 9, 30), True, True),
    ],
)
def test_sendable_now(local: datetime, explicit: bool, expected: bool) -> None:
    when = local.replace(tzinfo=ZoneInfo(LA))
    assert sendable_now(when, LA, W, country="US", subdiv="CA", explicit=explicit) is expected


def test_sendable_now_on_a_holiday_when_holidays_are_not_skipped() -> None:
    keep = SendWindow(skip_holidays=False)
    assert sendable_now(at(LA, 2026, 11, 26, 9, 30), LA, keep, country="US", subdiv="CA", explicit=False)


def test_sendable_now_reads_the_instant_in_the_creators_zone() -> None:
    assert sendable_now(at(SH, 2026, 3, 5, 1, 30), LA, W, country="US", subdiv="CA", explicit=False)
    assert not sendable_now(at(SH, 2026, 3, 4, 18, 30), LA, W, country="US", subdiv="CA", explicit=True)


# --- China working days (one implementation: workflows/timeparse/workdays.py) -----------------------


def test_cn_make_up_working_days() -> None:
    assert workdays.is_working_day(date(2026, 1, 4))  # Sunday, 调休 working day
    assert not workdays.is_working_day(date(2026, 1, 2))  # Friday, day off moved from 01-04
    assert not workdays.is_working_day(date(2026, 1, 1))
    assert not workdays.is_working_day(date(2026, 1, 3))
    assert workdays.is_working_day(date(2026, 1, 5))
    assert workdays.is_working_day(date(2026, 2, 14))  # Saturday before the Spring Festival break


def test_next_cn_working_day() -> None:
    assert workdays.nth_working_day(date(2026, 2, 13), 1) == (date(2026, 2, 14), True)
    assert workdays.nth_working_day(date(2026, 2, 14), 1) == (date(2026, 2, 24), True)
    assert workdays.nth_working_day(date(2026, 3, 4), 1) == (date(2026, 3, 5), False)


# --- the window as text and as a policy -------------------------------------------------------------

TUE_THU = frozenset({1, 2, 3})
MON_FRI = frozenset(range(5))


@pytest.mark.parametrize(
    ("text", "days", "start", "end"),
    [
        ("设置发送窗口 周二到周四 9-11点", TUE_THU, time(9), time(11)),
        ("周一至周五 上午9点-11点", MON_FRI, time(9), time(11)),
        ("工作日 10:00-12:00", MON_FRI, time(10), time(12)),
        ("set send window Tue-Thu 9-11", TUE_THU, time(9), time(11)),
        ("Mon-Fri 9am-11am", MON_FRI, time(9), time(11)),
        ("weekdays 10-12", MON_FRI, time(10), time(12)),
        ("每天 9-11", frozenset(range(7)), time(9), time(11)),
        ("发送窗口改成周一至周五 上午10点-12点", MON_FRI, time(10), time(12)),
        ("把发送窗口设成周二到周四 9-11点", TUE_THU, time(9), time(11)),
        ("每天 晚上7点-9点", frozenset(range(7)), time(19), time(21)),
        ("set our send hours to weekdays 10am-12pm", MON_FRI, time(10), time(12)),
        ("发送窗口改成 周二、周四 下午2点到4点", frozenset({1, 3}), time(14), time(16)),
        ("星期二至星期四 九点到十一点半", TUE_THU, time(9), time(11, 30)),
        ("Tuesday through Thursday 2-4pm", TUE_THU, time(14), time(16)),
        ("set window Tue, Wed and Thu between 9:30 and 11:30", TUE_THU, time(9, 30), time(11, 30)),
        ("Fri-Mon 11-1pm", frozenset({4, 5, 6, 0}), time(11), time(13)),
        ("ＷＥＥＫＤＡＹＳ　１０－１２", MON_FRI, time(10), time(12)),
    ],
)
def test_parse_window(text: str, days: frozenset[int], start: time, end: time) -> None:
    window = parse_window(text)
    assert window is not None
    assert (window.weekdays, window.start, window.end) == (days, start, end)
    assert (window.quiet_start, window.quiet_end, window.gap) == (time(21), time(8), timedelta(minutes=2))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "设置发送窗口",
        "周二到周四",  # no hours
        "9-11点",  # no days
        "周二到周四 11-9",  # ends before it starts
        "周二到周四 上午11点-1点",
        "周二到周四 9-25",
        "每天 9-11, 14-16",  # two ranges
        "周二 9-11点 周四",
        "weekdays 9 and 11",
        "每天 凌晨2点-4点",  # entirely in quiet hours
        "明天下午3点 提醒我",
        "hello tue-thu 9-11",
        "发送窗口 北京时间 周二到周四 9-11点",  # another zone: not the creator's local time
        "设置发送窗口 随便",
    ],
)
def test_parse_window_unreadable(text: str) -> None:
    assert parse_window(text) is None


def test_describe_window() -> None:
    assert describe_window(W, "zh_CN") == "周二至周四 09:00–11:00（达人当地时间）"
    assert describe_window(W, "en") == "Tue–Thu 09:00–11:00 (creator's local time)"
    spaced = SendWindow(weekdays=frozenset({0, 2, 3, 4}), start=time(9, 30), end=time(0))
    assert describe_window(spaced, "en") == "Mon, Wed–Fri 09:30–24:00 (creator's local time)"
    assert (
        describe_window(SendWindow(weekdays=frozenset(range(7))), "zh") == "每天 09:00–11:00（达人当地时间）"
    )


def test_from_policy_matches_the_model_defaults() -> None:
    window = SendWindow.from_policy("1,2,3", 9 * 60, 11 * 60, 21 * 60, 8 * 60, True, 120)
    assert window == SendWindow()
    evening = SendWindow.from_policy("0,1,2,3,4", 600, 1440, 1380, 420, False, 30)
    assert (evening.end, evening.quiet_start, evening.gap) == (time(0), time(23), timedelta(seconds=30))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"weekdays": frozenset()},
        {"weekdays": frozenset({7})},
        {"start": time(11), "end": time(9)},
        {"start": time(22), "end": time(23)},
        {"gap": timedelta(seconds=-1)},
        {"start": time(9, 0, 30)},
    ],
)
def test_invalid_windows(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011
        SendWindow(**kwargs)  # type: ignore[arg-type]


def test_a_window_split_by_quiet_hours() -> None:
    long_day = SendWindow(start=time(6), end=time(0), quiet_start=time(12), quiet_end=time(13))
    slot = next_window(at(LA, 2026, 3, 4, 11, 59, 30), LA, long_day, country=None, subdiv=None)
    assert slot.local == wall(2026, 3, 4, 13)
    assert not sendable_now(
        at(LA, 2026, 3, 4, 12, 30), LA, long_day, country=None, subdiv=None, explicit=False
    )


def test_a_window_start_inside_a_dst_gap_moves_forward() -> None:
    night = SendWindow(
        weekdays=frozenset(range(7)), start=time(2), end=time(4), quiet_start=time(0), quiet_end=time(0)
    )
    slot = next_window(at(NY, 2026, 3, 7, 12), NY, night, country=None, subdiv=None)
    assert slot.utc == utc(2026, 3, 8, 7)  # 02:00 does not exist that night: 03:00 EDT
    assert slot.local == wall(2026, 3, 8, 3)
    assert slot.notes == ("window", "dst_gap")
