"""The period a summary covers, in the team's time zone: today, this week, this month, last month, the
last N days, a date range, or all time. `spec` is what the NLU read (`bot/nlu/summary_slots.py`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DEFAULT_SPEC = "days:7"
MAX_DAYS = 3660
_DAYS = re.compile(r"^days:(\d{1,4})$")
_RANGE = re.compile(r"^range:(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")


@dataclass(frozen=True, slots=True)
class Period:
    """`start` None = all time. `end` is never after now; `prev_start` begins the previous period of equal
    length (None for all time). `kind` and `days`/`first`/`last` are for the card's title."""

    kind: str  # today | week | last_week | month | last_month | days | range | all
    start: datetime | None
    end: datetime
    prev_start: datetime | None
    days: int = 0
    first: date | None = None
    last: date | None = None


class PeriodUnreadable(ValueError):
    """A date range that cannot be a period (end before start, a date that does not exist, too long)."""


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone)


def resolve_period(spec: str | None, now: datetime, team_tz: str) -> Period:
    zone = ZoneInfo(team_tz)
    today = now.astimezone(zone).date()
    spec = spec or DEFAULT_SPEC
    if spec == "all":
        return Period("all", None, now, None)
    if spec == "today":
        return _make("today", _midnight(today, zone), now, first=today, last=today)
    if spec == "week":
        monday = today - timedelta(days=today.weekday())
        return _make("week", _midnight(monday, zone), now, first=monday, last=today)
    if spec == "last_week":
        monday = today - timedelta(days=today.weekday())
        first = monday - timedelta(days=7)
        return _make(
            "last_week",
            _midnight(first, zone),
            _midnight(monday, zone),
            first=first,
            last=monday - timedelta(days=1),
        )
    if spec == "month":
        first = today.replace(day=1)
        return _make("month", _midnight(first, zone), now, first=first, last=today)
    if spec == "last_month":
        this_first = today.replace(day=1)
        first = (this_first - timedelta(days=1)).replace(day=1)
        last = this_first - timedelta(days=1)
        return _make(
            "last_month", _midnight(first, zone), _midnight(this_first, zone), first=first, last=last
        )
    if match := _DAYS.match(spec):
        days = max(1, min(int(match.group(1)), MAX_DAYS))
        first = today - timedelta(days=days - 1)
        return _make("days", _midnight(first, zone), now, days=days, first=first, last=today)
    if match := _RANGE.match(spec):
        return _range(match.group(1), match.group(2), now, zone)
    raise PeriodUnreadable(spec)


def _range(first_text: str, last_text: str, now: datetime, zone: ZoneInfo) -> Period:
    try:
        first, last = date.fromisoformat(first_text), date.fromisoformat(last_text)
    except ValueError as error:
        raise PeriodUnreadable(f"{first_text}..{last_text}") from error
    if last < first:
        first, last = last, first
    if (last - first).days > MAX_DAYS:
        raise PeriodUnreadable(f"{first_text}..{last_text}")
    start = _midnight(first, zone)
    if start >= now:
        raise PeriodUnreadable(f"{first_text}..{last_text}")
    end = min(_midnight(last + timedelta(days=1), zone), now)
    return _make("range", start, end, first=first, last=last)


def _make(kind: str, start: datetime, end: datetime, *, days: int = 0, first: date, last: date) -> Period:
    length = end - start
    return Period(kind, start, end, start - length, days=days, first=first, last=last)
