"""Turn an assembled expression into a wall-clock time in one zone, then into UTC.

Everything is computed on the target zone's wall clock ("the wall-clock trick"): today, tomorrow and
next Tuesday are the creator's when the creator's clock is asked for. Durations under a day ("in 2
hours") are real elapsed time, added in UTC; "3天后" keeps the wall time three calendar days on.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from workflows.timeparse import english, workdays
from workflows.timeparse.assemble import Ambiguous, DayChoice, Spec
from workflows.timeparse.items import (
    Clock,
    DayOfMonth,
    EnDate,
    MonthDay,
    Offset,
    PeriodName,
    RelDay,
    Weekday,
    Workdays,
)
from workflows.timeparse.model import Granularity

DEFAULT_HOUR = 9  # a date without a time: 09:00 local, granularity "day"
EOD_HOUR = 18  # 下班前 / EOD
SMALL_HOURS_END = 5  # before 05:00, "明天" may mean the day that has just begun
_PERIOD_DEFAULTS: dict[PeriodName, int] = {
    "morning": 9,
    "noon": 12,
    "afternoon": 15,
    "evening": 18,
    "night": 20,
}
# (first hour said, last hour said, hours to add) per part of the day; None: no part of the day said.
_PERIOD_HOURS: dict[PeriodName | None, tuple[tuple[int, int, int], ...]] = {
    None: ((0, 0, 0), (8, 12, 0), (13, 23, 0)),
    "small_hours": ((0, 6, 0),),
    "morning": ((5, 11, 0),),
    "noon": ((11, 12, 0), (1, 2, 12), (13, 14, 0)),
    "afternoon": ((1, 7, 12), (12, 12, 0), (13, 19, 0)),
    "evening": ((5, 8, 12), (17, 20, 0)),
    "night": ((6, 11, 12), (18, 23, 0)),
    "late_night": ((9, 11, 12), (21, 23, 0)),
}


@dataclass(frozen=True, slots=True)
class Resolved:
    utc: datetime
    local: datetime
    granularity: Granularity
    notes: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class _Day:
    day: date
    notes: set[str]


def hour_24(clock: Clock, period: PeriodName | None) -> int | None:
    """The hour on a 24-hour clock, or None when the words leave it open (3点, 晚上12点, 12am)."""
    if clock.minute > 59 or clock.hour > 23:
        return None
    by_period = _by_period(clock, period)
    if clock.meridiem is None:
        return by_period
    said = clock.hour
    if said == 0 or said > 12 or (clock.meridiem == "am" and said == 12):
        return None
    hour = said % 12 + (12 if clock.meridiem == "pm" else 0)
    return hour if period is None or by_period == hour else None


def _by_period(clock: Clock, period: PeriodName | None) -> int | None:
    if period is None and clock.padded:
        return clock.hour  # "07:30"
    for low, high, add in _PERIOD_HOURS[period]:
        if low <= clock.hour <= high:
            return clock.hour + add
    return None


def _time(spec: Spec) -> tuple[time | None, set[str]]:
    """The time of day and its notes; (None, set()) when the expression names no time of day."""
    if spec.clock is not None:
        hour = hour_24(spec.clock, spec.period)
        if hour is None:
            raise Ambiguous
        return time(hour, spec.clock.minute), set()
    if spec.eod:
        return time(EOD_HOUR), {"eod"}
    if spec.period is not None:
        if spec.period not in _PERIOD_DEFAULTS:
            raise Ambiguous  # 凌晨 / 半夜 with no hour
        return time(_PERIOD_DEFAULTS[spec.period]), {"default_hour"}
    return None, set()


def _add_months(day: date, months: int, day_of_month: int) -> date | None:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if day_of_month > calendar.monthrange(year, month + 1)[1]:
        return None
    return date(year, month + 1, day_of_month)


def _rel_day(item: RelDay, now: datetime, zone: str) -> _Day:
    return _Day(now.date() + timedelta(days=item.days), set())


def _weekday(item: Weekday, now: datetime, zone: str) -> _Day:
    today = now.date()
    t, d = today.weekday(), item.day
    monday = today - timedelta(days=t)
    ahead = (d - t) % 7
    if item.mode == "bare":
        if ahead == 0:
            raise DayChoice(today, today + timedelta(days=7))  # "周三" on a Wednesday: today or next week?
        return _Day(today + timedelta(days=ahead), set())
    if item.mode in ("next", "next2"):
        return _Day(monday + timedelta(days=(7 if item.mode == "next" else 14) + d), set())
    if item.mode == "coming":
        return _Day(today + timedelta(days=ahead or 7), set())
    if item.mode == "this":
        if t == 6 and d != 6:  # 本周五 said on a Sunday: the week just ending or the one starting?
            raise DayChoice(monday + timedelta(days=d), monday + timedelta(days=7 + d))
        day = monday + timedelta(days=d)
        return _Day(day, {"in_past"} if day < today else set())
    if item.mode == "en_this":
        if d >= t or t == 6:
            return _Day(today + timedelta(days=ahead), set())
        raise DayChoice(monday + timedelta(days=d), today + timedelta(days=ahead))  # "this Monday" on a Wed
    # en_next: "next Friday" said on a Wednesday may be in 2 days or in 9.
    ahead = ahead or 7
    if ahead <= max(6 - t, 6 - (t + 1) % 7):
        raise DayChoice(today + timedelta(days=ahead), today + timedelta(days=ahead + 7))
    return _Day(today + timedelta(days=ahead), set())


def _month_day(item: MonthDay, now: datetime, zone: str) -> _Day:
    today = now.date()
    fixed = item.year is not None or item.years_ahead is not None
    year = item.year if item.year is not None else today.year + (item.years_ahead or 0)
    day = _date_or_ambiguous(year, item.month, item.day)
    if day >= today:
        return _Day(day, set())
    if fixed:
        return _Day(day, {"in_past"})
    return _Day(_date_or_ambiguous(year + 1, item.month, item.day), {"next_year"})


def _date_or_ambiguous(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise Ambiguous from None  # 2月30号


def _day_of_month(item: DayOfMonth, now: datetime, zone: str) -> _Day:
    today = now.date()
    ahead = item.months_ahead
    if ahead is None:
        ahead = 0 if item.day >= today.day else 1
    day = _add_months(today.replace(day=1), ahead, item.day)
    if day is None:
        raise Ambiguous  # 31号 in April
    return _Day(day, {"in_past"} if day < today else set())


def _workdays(item: Workdays, now: datetime, zone: str) -> _Day:
    if zone not in workdays.CN_ZONES:
        raise Ambiguous  # whose working days? We only know the Chinese calendar for sure.
    found = workdays.nth_working_day(now.date(), item.count)
    if found is None:
        raise Ambiguous
    day, shifted = found
    return _Day(day, {"workday_shifted"} if shifted else set())


def _en_date(item: EnDate, now: datetime, zone: str) -> _Day:
    found = english.read_date(item.text, now)
    if found is None:
        raise Ambiguous
    day, fixed = found
    today = now.date()
    if day >= today:
        return _Day(day, set())
    if fixed:
        return _Day(day, {"in_past"})
    return _Day(_date_or_ambiguous(day.year + 1, day.month, day.day), {"next_year"})


_DATE_RULES: dict[type, Callable[..., _Day]] = {
    RelDay: _rel_day,
    Weekday: _weekday,
    MonthDay: _month_day,
    DayOfMonth: _day_of_month,
    Workdays: _workdays,
    EnDate: _en_date,
}


def _offset_day(offset: Offset, now: datetime) -> date:
    if offset.amount != int(offset.amount):
        raise Ambiguous  # 1.5天后
    count = int(offset.amount)
    if offset.unit == "month":
        day = _add_months(now.date().replace(day=1), count, now.day)
        if day is None:
            raise Ambiguous  # a month after Jan 31
        return day
    return now.date() + timedelta(days=count * (7 if offset.unit == "week" else 1))


def localize(wall: datetime, zone: ZoneInfo) -> tuple[datetime, datetime, set[str]]:
    """(UTC instant, the wall time actually meant, notes). A wall time in a DST gap moves forward by the
    gap (02:30 → 03:30); in a fold the first occurrence (fold=0) is taken."""
    first = wall.replace(tzinfo=zone, fold=0)
    utc = first.astimezone(UTC)
    back = utc.astimezone(zone).replace(tzinfo=None)
    if back != wall:
        return utc, back, {"dst_gap"}
    if wall.replace(tzinfo=zone, fold=1).utcoffset() != first.utcoffset():
        return utc, wall, {"dst_fold"}
    return utc, wall, set()


def _finish(wall: datetime, granularity: Granularity, notes: set[str], zone: ZoneInfo) -> Resolved:
    utc, local, dst_notes = localize(wall, zone)
    return Resolved(utc=utc, local=local, granularity=granularity, notes=notes | dst_notes)


def resolve(spec: Spec, now_utc: datetime, zone_name: str, speaker_tz: str) -> Resolved:
    """Raises Ambiguous when the expression, read on this zone's clock, is not one clear time.

    A relative day said in the small hours is ambiguous: at 01:00, "明天上午" may well mean in a few
    hours. That confusion needs both clocks in the small hours — the speaker's (`speaker_tz`, where the
    sense of "today" comes from) and the one the days are counted on — so an operator at 03:00 Beijing
    can still say "达人当地时间明早10点" for a Los Angeles creator (11:00 there), and 纽约时间明天 said at
    14:00 Beijing (01:00 in New York) is New York's tomorrow.
    """
    said = spec.date
    if (
        isinstance(said, RelDay)
        and said.days >= 1
        and all(now_utc.astimezone(ZoneInfo(tz)).hour < SMALL_HOURS_END for tz in (speaker_tz, zone_name))
    ):
        today = now_utc.astimezone(ZoneInfo(zone_name)).date()
        raise DayChoice(today + timedelta(days=said.days - 1), today + timedelta(days=said.days))
    zone = ZoneInfo(zone_name)
    now = now_utc.astimezone(zone).replace(tzinfo=None, second=0, microsecond=0)
    offset = spec.offset
    if offset is not None and offset.unit in ("minute", "hour"):
        minutes = offset.amount * (60 if offset.unit == "hour" else 1)
        if minutes != int(minutes):
            raise Ambiguous
        # relative offsets are exact: "1分钟后" is 60 s from now, not the start of the next minute
        utc = now_utc.astimezone(UTC) + timedelta(minutes=int(minutes))
        return Resolved(utc=utc, local=utc.astimezone(zone).replace(tzinfo=None), granularity="minute")
    clock_time, notes = _time(spec)
    if offset is not None:
        wall = datetime.combine(_offset_day(offset, now), clock_time or now.time())
        done = _finish(wall, "minute", notes, zone)
        if not offset.extra_minutes:
            return done
        utc = done.utc + timedelta(minutes=offset.extra_minutes)  # "2天3小时后": the hours are elapsed time
        return replace(done, utc=utc, local=utc.astimezone(zone).replace(tzinfo=None))
    if spec.date is None:
        return _finish(*_bare(spec, clock_time, now, notes), zone)
    found = _DATE_RULES[type(spec.date)](spec.date, now, zone_name)
    if spec.weekday_check is not None and spec.weekday_check.day != found.day.weekday():
        raise Ambiguous  # 明天（周五） said on a Wednesday
    notes |= found.notes
    if clock_time is None:
        return _finish(datetime.combine(found.day, time(DEFAULT_HOUR)), "day", notes | {"date_only"}, zone)
    wall = datetime.combine(found.day, clock_time)
    if wall < now:
        notes.add("in_past")
    return _finish(wall, "minute", notes, zone)


def _bare(
    spec: Spec, clock_time: time | None, now: datetime, notes: set[str]
) -> tuple[datetime, Granularity, set[str]]:
    """A time with no day: a clock time already past rolls to tomorrow; 下班前/晚上 mean today."""
    assert clock_time is not None
    wall = datetime.combine(now.date(), clock_time)
    if wall > now:
        return wall, "minute", notes
    if spec.clock is not None:
        return wall + timedelta(days=1), "minute", notes | {"rolled_to_tomorrow"}
    return wall, "minute", notes | {"in_past"}
