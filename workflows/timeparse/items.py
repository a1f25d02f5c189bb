"""What the grammar reads out of a message: small typed pieces that `assemble` puts together."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

WeekMode = Literal["bare", "this", "next", "next2", "coming", "en_this", "en_next"]
PeriodName = Literal["small_hours", "morning", "noon", "afternoon", "evening", "night", "late_night"]
Unit = Literal["minute", "hour", "day", "week", "month"]


@dataclass(frozen=True, slots=True)
class RelDay:
    days: int  # 今天 0, 明天 1, 后天 2, 大后天 3


@dataclass(frozen=True, slots=True)
class Weekday:
    day: int  # Monday 0 … Sunday 6
    mode: WeekMode


@dataclass(frozen=True, slots=True)
class MonthDay:
    month: int
    day: int
    year: int | None = None
    years_ahead: int | None = None  # 今年 0, 明年 1


@dataclass(frozen=True, slots=True)
class DayOfMonth:
    day: int
    months_ahead: int | None = None  # None: this month if not past, else next month


@dataclass(frozen=True, slots=True)
class Workdays:
    count: int  # the n-th working day after today


@dataclass(frozen=True, slots=True)
class EnDate:
    text: str  # an English date phrase ("Dec 3rd", "1st of next month") read by dateparser


@dataclass(frozen=True, slots=True)
class Clock:
    hour: int
    minute: int
    meridiem: Literal["am", "pm"] | None = None
    padded: bool = False  # "07:30": a leading zero means a 24-hour clock


@dataclass(frozen=True, slots=True)
class Period:
    name: PeriodName


@dataclass(frozen=True, slots=True)
class Eod:
    pass


@dataclass(frozen=True, slots=True)
class Offset:
    amount: float
    unit: Unit
    extra_minutes: int = 0  # "2天3小时后": the hours and minutes after the whole days (elapsed time)


@dataclass(frozen=True, slots=True)
class Vague:
    pass  # a time that is not one: 晚点, soon, 下周 (which day?), every Monday, 3/4 …


@dataclass(frozen=True, slots=True)
class Past:
    pass  # 昨天, 3天前, last Friday: nothing to schedule


@dataclass(frozen=True, slots=True)
class Number:
    text: str  # a bare number ("tomorrow 9", "明天 10"): an hour only right next to a date


DateItem = RelDay | Weekday | MonthDay | DayOfMonth | Workdays | EnDate
Item = DateItem | Clock | Period | Eod | Offset | Vague | Past | Number


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    items: tuple[Item, ...]
