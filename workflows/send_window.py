"""When to message a creator: the team's send window in the creator's local time, quiet hours, public
holidays (the `holidays` package, github.com/vacanza/holidays, per country and state), DST, spreading a
batch, and the re-check at delivery time (a late worker must not send at 03:00 the creator's time).

Pure and platform-free. Wall times are resolved with zoneinfo (PEP 495): a wall time inside a DST gap
moves forward by the gap length ("dst_gap"); an ambiguous one takes its first occurrence ("dst_fold").

Rules chosen here:
- Quiet hours win over everything, explicit times included. An explicit time inside quiet hours moves
  to the morning the quiet hours end, at the later of `quiet_end` and the window's `start` (23:30 →
  09:00 next morning with the defaults), so a moved message lands where window sends land. That
  morning must not be a public holiday (when `skip_holidays`) nor a weekend day unless the requested
  day was one itself; window weekdays are not applied to explicit times.
- A batch (`spread`) keeps every two slots of one zone at least `gap` apart. Explicit slots are placed
  first (they keep their time when they can), then window-picked slots, each group in input order; a
  slot only ever moves later.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from workflows.holiday_calendar import (
    calendar,
    holiday_name,
    weekend_days,
)
from workflows.send_window_rules import (
    HORIZON_DAYS,
    SPREAD_HORIZON_DAYS,
    NoSendWindow,
    SendWindow,
    Slot,
    clock_time,
    end_minutes,
    gap_note,
    in_quiet,
    make_slot,
    minutes_of,
    next_usable_day,
    open_intervals,
    quiet_exit,
    window_at_or_after,
    with_weekend,
)
from workflows.send_window_text import describe_window_parts, parse_window_parts
from workflows.wall_clock import (
    MICROSECOND,
    ceil_minute,
    from_micros,
    require_aware,
    resolve_wall,
    seconds_of_day,
    to_micros,
)

if TYPE_CHECKING:
    from holidays import HolidayBase

__all__ = [
    "NoSendWindow",
    "SendWindow",
    "Slot",
    "describe_window",
    "fit_requested",
    "next_window",
    "parse_window",
    "sendable_now",
    "spread",
]


def next_window(
    now: datetime,
    zone: str,
    window: SendWindow,
    *,
    country: str | None,
    subdiv: str | None,
    horizon_days: int = HORIZON_DAYS,
) -> Slot:
    """The next good send moment: an allowed weekday, not a public holiday of country/subdiv (when
    `skip_holidays`), inside [start, end) and outside quiet hours. Inside today's window it is `now`
    rounded up to the next whole minute. Skipped holidays are noted "holiday:<name>"."""
    z = ZoneInfo(zone)
    cal = calendar(country, subdiv) if window.skip_holidays else None
    at = ceil_minute(require_aware(now, "now"))
    found, notes = window_at_or_after(at, z, window, cal, horizon_days)
    return make_slot(found, z, ("window", *notes, *gap_note(found, z, window)))


def fit_requested(
    requested: datetime,
    zone: str,
    window: SendWindow,
    *,
    country: str | None,
    subdiv: str | None,
) -> Slot:
    """An explicit time, kept unless it is in quiet hours ("quiet_hours": moved to the next quiet-free
    morning, see the module rules) or on a public holiday ("holiday:<name>": same wall time on the next
    day that is neither a holiday nor, unless the request was on one, a weekend day).

    `requested` with a ZoneInfo of `zone` is read as a wall time there: a wall time that does not exist
    is moved forward by the gap ("dst_gap"); an ambiguous one keeps its `fold` (0, the first occurrence,
    unless the caller set fold=1) and is noted "dst_fold". Any other aware time is an instant. A result
    on the country's weekend is kept and noted "weekend"."""
    z = ZoneInfo(zone)
    require_aware(requested, "requested")
    cal = calendar(country, subdiv)
    if isinstance(requested.tzinfo, ZoneInfo) and requested.tzinfo.key == zone:
        wall = requested.replace(tzinfo=None)
        utc, local, dst = resolve_wall(wall, z, requested.fold)
    else:
        utc = requested.astimezone(UTC)
        local, dst = utc.astimezone(z).replace(tzinfo=None), ()
    weekend = weekend_days(cal)
    weekend_ok = local.weekday() in weekend
    hol = cal if window.skip_holidays else None
    if in_quiet(local, window):
        day, minute = quiet_exit(local, window)
        wall_time = clock_time(minute)
        notes = ["quiet_hours"]
    elif holiday_name(local.date(), hol):
        day, wall_time, notes = local.date(), local.time(), []
    else:
        return make_slot(utc, z, with_weekend(list(dst), local, weekend))
    day, skipped = next_usable_day(day, hol, weekend, weekend_ok, zone)
    notes += skipped
    utc, local, dst = resolve_wall(datetime.combine(day, wall_time), z, 0)
    return make_slot(utc, z, with_weekend([*notes, *dst], local, weekend))


def spread(
    slots: Sequence[Slot],
    window: SendWindow,
    *,
    country_of: Callable[[int], tuple[str | None, str | None]] | None = None,
) -> list[Slot]:
    """Space a batch so two slots of one zone are at least `window.gap` apart; the result is in input
    order. Explicit slots (no "window" note) are placed first and, when taken, move later by the gap
    ("spread"), out of quiet hours if they run into them ("quiet_hours"). Window-picked slots fill in
    after them; one pushed past its window's end goes to the next allowed window ("next_window").
    `country_of(i)` gives the (country, subdiv) of input item i for holiday checks when a slot moves
    to another day; without it no holidays are skipped on moved days."""
    placed: list[Slot | None] = [None] * len(slots)
    busy: dict[str, _Busy] = {}
    gap = window.gap // MICROSECOND
    order = [i for i, s in enumerate(slots) if not s.window_picked]
    order += [i for i, s in enumerate(slots) if s.window_picked]
    for i in order:
        slot = slots[i]
        country, subdiv = country_of(i) if country_of else (None, None)
        cal = calendar(country, subdiv)
        taken = busy.setdefault(slot.zone, _Busy(gap))
        placed[i] = _place(slot, window, cal, taken, (country, subdiv))
    return [slot for slot in placed if slot is not None]


def sendable_now(
    at: datetime,
    zone: str,
    window: SendWindow,
    *,
    country: str | None,
    subdiv: str | None,
    explicit: bool,
) -> bool:
    """The re-check at delivery time. False in quiet hours; for window-picked sends also False outside
    the window, on a weekday not in the window, or on a public holiday (when `skip_holidays`)."""
    local = require_aware(at, "at").astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    if in_quiet(local, window):
        return False
    if explicit:
        return True
    if local.weekday() not in window.weekdays:
        return False
    if window.skip_holidays and holiday_name(local.date(), calendar(country, subdiv)):
        return False
    seconds = seconds_of_day(local)
    return any(a * 60 <= seconds < b * 60 for a, b in open_intervals(window))


def parse_window(text: str) -> SendWindow | None:
    """A window from chat text ("设置发送窗口 周二到周四 9-11点", "Mon-Fri 9am-11am"), keeping the default
    quiet hours, holiday skipping and gap. None when days or hours are missing, unclear, or the hours
    fall entirely in quiet hours: never a guess."""
    parts = parse_window_parts(text)
    if parts is None:
        return None
    days, start, end = parts
    try:
        return SendWindow(weekdays=days, start=clock_time(start), end=clock_time(end))
    except ValueError:
        return None


def describe_window(window: SendWindow, locale: str) -> str:
    """The window for people: "周二至周四 09:00–11:00（达人当地时间）" (zh*), else
    "Tue–Thu 09:00–11:00 (creator's local time)"."""
    return describe_window_parts(window.weekdays, minutes_of(window.start), end_minutes(window.end), locale)


# --- placing one slot of a batch ---------------------------------------------------------------------


class _Busy:
    """Taken instants of one zone as merged open intervals (t - gap, t + gap), in microseconds."""

    __slots__ = ("ends", "gap", "resume", "starts")

    def __init__(self, gap: int) -> None:
        self.gap = gap
        self.starts: list[int] = []
        self.ends: list[int] = []
        # Where the last search from the same origin ended, with the notes gathered on the way. Taken
        # instants only ever grow, so everything the last search passed over is still unusable: the
        # next search can start there (this keeps a 500-slot batch linear instead of quadratic).
        self.resume: dict[tuple[object, ...], tuple[datetime, tuple[str, ...]]] = {}

    def free_from(self, t: int) -> int:
        """The earliest instant >= t not within `gap` of a taken one."""
        i = bisect.bisect_right(self.starts, t) - 1
        if i >= 0 and self.starts[i] < t < self.ends[i]:
            return self.ends[i]
        return t

    def take(self, t: int) -> None:
        if self.gap <= 0:
            return
        a, b = t - self.gap, t + self.gap
        i = bisect.bisect_left(self.starts, a)
        if i > 0 and self.ends[i - 1] > a:
            i -= 1
            a, b = self.starts[i], max(b, self.ends[i])
        j = i
        while j < len(self.starts) and self.starts[j] < b:
            b = max(b, self.ends[j])
            j += 1
        self.starts[i:j] = [a]
        self.ends[i:j] = [b]


def _place(
    slot: Slot, window: SendWindow, cal: HolidayBase | None, busy: _Busy, where: tuple[str | None, str | None]
) -> Slot:
    z = ZoneInfo(slot.zone)
    hol = cal if window.skip_holidays else None
    picked = slot.window_picked
    origin = (slot.utc, slot.notes, picked, where)
    t, notes_so_far = busy.resume.get(origin, (slot.utc, slot.notes))
    notes = list(notes_so_far)
    weekend = weekend_days(cal)
    weekend_ok = slot.local.weekday() in weekend
    while True:
        if picked:
            moved, skipped = window_at_or_after(t, z, window, hol, SPREAD_HORIZON_DAYS)
            if moved != t:
                _add(notes, "next_window", *skipped)
        else:
            local = t.astimezone(z).replace(tzinfo=None)
            moved = t
            if in_quiet(local, window):
                day, minute = quiet_exit(local, window)
                day, skipped = next_usable_day(day, hol, weekend, weekend_ok, slot.zone)
                wall = datetime.combine(day, time()) + timedelta(minutes=minute)
                moved = resolve_wall(wall, z, 0)[0]
                _add(notes, "quiet_hours", *skipped)
        free = from_micros(busy.free_from(to_micros(moved)))
        if free == moved:
            break
        t = free
        _add(notes, "spread")
    busy.take(to_micros(moved))
    busy.resume[origin] = (moved, tuple(notes))
    if moved == slot.utc:
        return slot
    return make_slot(moved, z, tuple(notes))


def _add(notes: list[str], *codes: str) -> None:
    notes.extend(code for code in codes if code not in notes)
