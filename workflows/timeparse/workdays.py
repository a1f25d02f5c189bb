"""Chinese working days, 调休 included, from `holidays` (the make-up Saturdays/Sundays are working days).

A year whose 调休 schedule is not published yet (the State Council announces it late each year) has no
make-up days in the data; counting working days in it could be wrong, so callers get None.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from typing import Any

CN_ZONES = frozenset(
    {"Asia/Shanghai", "Asia/Chongqing", "Asia/Chungking", "Asia/Harbin", "Asia/Urumqi", "PRC"}
)
_HORIZON_DAYS = 60


@lru_cache(maxsize=8)
def _calendar(year: int) -> Any:
    import holidays  # imported on first use: most parses never need it

    return holidays.country_holidays("CN", years=year)


@lru_cache(maxsize=8)
def _published(year: int) -> bool:
    return any(day.year == year for day in _calendar(year).weekend_workdays)


def is_working_day(day: date) -> bool | None:
    """True/False for a CN working day; None when that year's schedule is not known yet."""
    if not _published(day.year):
        return None
    return bool(_calendar(day.year).is_working_day(day))


def nth_working_day(after: date, count: int) -> tuple[date, bool] | None:
    """The `count`-th working day after `after`, and whether holidays or 调休 moved it off the plain
    Monday-to-Friday answer. None when the schedule is unknown for a year on the way."""
    day, seen = after, 0
    for _ in range(_HORIZON_DAYS):
        day += timedelta(days=1)
        working = is_working_day(day)
        if working is None:
            return None
        seen += working
        if seen == count:
            return day, day != _nth_weekday(after, count)
    return None


def _nth_weekday(after: date, count: int) -> date:
    day, seen = after, 0
    while seen < count:
        day += timedelta(days=1)
        seen += day.weekday() < 5
    return day
