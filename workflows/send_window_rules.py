"""The send window's rules: allowed days and hours, quiet hours, holidays and weekends, in the
creator's local time. `workflows.send_window` is the public face; this module holds the model and the
day-by-day search its functions share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from workflows.errors import WorkflowError
from workflows.holiday_calendar import holiday_name
from workflows.send_window_text import DAY_MINUTES
from workflows.wall_clock import in_gap, seconds_of_day, wall_instant

if TYPE_CHECKING:
    from holidays import HolidayBase

HORIZON_DAYS = 28
SPREAD_HORIZON_DAYS = 366
_DAY = timedelta(days=1)


class NoSendWindow(WorkflowError):
    """No allowed send moment within the horizon (e.g. every allowed weekday is a holiday)."""

    def __init__(self, zone: str, horizon_days: int) -> None:
        super().__init__(f"no send window in {zone} within {horizon_days} days")
        self.zone = zone
        self.horizon_days = horizon_days


@dataclass(frozen=True, slots=True)
class SendWindow:
    """A team's send window in the creator's local time. `end == time(0)` means 24:00; quiet hours
    may wrap midnight (21:00–08:00); `quiet_start == quiet_end` means no quiet hours."""

    weekdays: frozenset[int] = frozenset({1, 2, 3})  # Monday = 0: default Tue–Thu
    start: time = time(9)
    end: time = time(11)
    quiet_start: time = time(21)
    quiet_end: time = time(8)
    skip_holidays: bool = True
    gap: timedelta = timedelta(minutes=2)  # spacing inside a batch

    def __post_init__(self) -> None:
        if not self.weekdays or not self.weekdays <= frozenset(range(7)):
            raise ValueError(f"weekdays must be a non-empty subset of 0..6, got {sorted(self.weekdays)}")
        for name in ("start", "end", "quiet_start", "quiet_end"):
            value: time = getattr(self, name)
            if value.second or value.microsecond or value.tzinfo is not None:
                raise ValueError(f"{name} must be a naive wall time in whole minutes")
        if not minutes_of(self.start) < end_minutes(self.end):
            raise ValueError("the window must start before it ends")
        if self.gap < timedelta(0):
            raise ValueError("gap must not be negative")
        if not open_intervals(self):
            raise ValueError("the window lies entirely inside quiet hours")

    @classmethod
    def from_policy(
        cls,
        weekdays: str,
        window_start: int,
        window_end: int,
        quiet_start: int,
        quiet_end: int,
        skip_holidays: bool,
        gap_seconds: int,
    ) -> SendWindow:
        """From `models.schedule.SendPolicy` columns (weekdays "1,2,3", minutes after local midnight)."""
        days = frozenset(int(part) for part in weekdays.replace(" ", "").split(",") if part)
        return cls(
            weekdays=days,
            start=clock_time(window_start),
            end=clock_time(window_end),
            quiet_start=clock_time(quiet_start),
            quiet_end=clock_time(quiet_end),
            skip_holidays=skip_holidays,
            gap=timedelta(seconds=gap_seconds),
        )


@dataclass(frozen=True, slots=True)
class Slot:
    """A send moment: `utc` (aware UTC), `local` (naive wall time in `zone`) and why it moved."""

    utc: datetime
    local: datetime
    zone: str
    notes: tuple[str, ...]

    @property
    def window_picked(self) -> bool:
        """True when no time was asked and the window chose it (note "window")."""
        return "window" in self.notes


def window_at_or_after(
    t: datetime, z: ZoneInfo, window: SendWindow, cal: HolidayBase | None, horizon_days: int
) -> tuple[datetime, list[str]]:
    """The earliest instant >= t inside the window on an allowed day, and the holidays skipped."""
    first = t.astimezone(z).date()
    notes: list[str] = []
    for offset in range(horizon_days + 1):
        day = first + timedelta(days=offset)
        if day.weekday() not in window.weekdays:
            continue
        name = holiday_name(day, cal)
        if name is not None:
            code = f"holiday:{name}"
            if code not in notes:
                notes.append(code)
            continue
        for a, b in open_intervals(window):
            end = wall_instant(day, b, z)
            if t < end:
                return max(wall_instant(day, a, z), t), notes
    raise NoSendWindow(z.key, horizon_days)


@lru_cache(maxsize=64)
def open_intervals(window: SendWindow) -> tuple[tuple[int, int], ...]:
    """The window's [start, end) minutes minus quiet hours, as sorted disjoint intervals."""
    start, end = minutes_of(window.start), end_minutes(window.end)
    qs, qe = minutes_of(window.quiet_start), minutes_of(window.quiet_end)
    if qs == qe:
        quiet: list[tuple[int, int]] = []
    elif qs < qe:
        quiet = [(qs, qe)]
    else:
        quiet = [(0, qe), (qs, DAY_MINUTES)]
    free = [(start, end)]
    for q0, q1 in quiet:
        free = [piece for a, b in free for piece in ((a, min(b, q0)), (max(a, q1), b)) if piece[0] < piece[1]]
    return tuple(sorted(free))


def in_quiet(local: datetime, window: SendWindow) -> bool:
    seconds = seconds_of_day(local)
    qs, qe = minutes_of(window.quiet_start) * 60, minutes_of(window.quiet_end) * 60
    if qs <= qe:
        return qs <= seconds < qe
    return seconds >= qs or seconds < qe


def quiet_exit(local: datetime, window: SendWindow) -> tuple[date, int]:
    """The day the quiet hours containing `local` end, and the minute to send then: the later of
    quiet_end and the window's start, unless that start is itself in quiet hours."""
    qs, qe = minutes_of(window.quiet_start), minutes_of(window.quiet_end)
    day = local.date()
    if qs > qe and seconds_of_day(local) >= qs * 60:
        day += _DAY
    start = minutes_of(window.start)
    probe = datetime.combine(day, time()) + timedelta(minutes=start)
    minute = start if start > qe and not in_quiet(probe, window) else qe
    return day, minute


def next_usable_day(
    day: date, cal: HolidayBase | None, weekend: frozenset[int], weekend_ok: bool, zone: str
) -> tuple[date, list[str]]:
    """`day`, or the first later day that is not a holiday in `cal` and not a weekend day (unless
    `weekend_ok`), with the names of the holidays passed."""
    notes: list[str] = []
    for _ in range(SPREAD_HORIZON_DAYS):
        name = holiday_name(day, cal)
        if name is None and (weekend_ok or day.weekday() not in weekend):
            return day, notes
        if name is not None and f"holiday:{name}" not in notes:
            notes.append(f"holiday:{name}")
        day += _DAY
    raise NoSendWindow(zone, SPREAD_HORIZON_DAYS)


def with_weekend(notes: list[str], local: datetime, weekend: frozenset[int]) -> tuple[str, ...]:
    if local.weekday() in weekend and "weekend" not in notes:
        notes.append("weekend")
    return tuple(notes)


def gap_note(found: datetime, z: ZoneInfo, window: SendWindow) -> tuple[str, ...]:
    """Note "dst_gap" when `found` is a window start that did not exist on the wall clock that day."""
    local = found.astimezone(z).replace(tzinfo=None)
    for a, _ in open_intervals(window):
        wall = datetime.combine(local.date(), time()) + timedelta(minutes=a)
        if in_gap(wall, z) and wall_instant(local.date(), a, z) == found:
            return ("dst_gap",)
    return ()


def make_slot(utc: datetime, z: ZoneInfo, notes: tuple[str, ...] | list[str]) -> Slot:
    utc = utc.astimezone(UTC)
    return Slot(utc=utc, local=utc.astimezone(z).replace(tzinfo=None), zone=z.key, notes=tuple(notes))


def minutes_of(t: time) -> int:
    return t.hour * 60 + t.minute


def end_minutes(t: time) -> int:
    return minutes_of(t) or DAY_MINUTES


def clock_time(minutes: int) -> time:
    """Minutes after midnight as a time; 1440 (24:00) becomes time(0), which ends a window at midnight."""
    if not 0 <= minutes <= DAY_MINUTES:
        raise ValueError(f"minutes after midnight out of range: {minutes}")
    return time((minutes // 60) % 24, minutes % 60)
