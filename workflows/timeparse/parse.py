"""`parse_when`: find the time in a chat command and read it on the right clock."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from workflows.spans import blank
from workflows.timeparse.assemble import Ambiguous, DayChoice, Spec, assemble
from workflows.timeparse.grammar import scan
from workflows.timeparse.items import MonthDay
from workflows.timeparse.model import Choices, Kind, ScopeName, Unreadable, When, ordered_notes
from workflows.timeparse.normalise import Prepared, prepare
from workflows.timeparse.resolve import Resolved, resolve
from workflows.timeparse.scope import ScopeHit, scan_scope

_JOINER = re.compile(r"[\s,，、()（）的]*")


def _zone(
    scope: ScopeHit | None, kind: str, team_tz: str, creator_tz: str | None
) -> tuple[str | None, ScopeName]:
    if scope is None:
        return (creator_tz, "creator") if kind == "outreach" else (team_tz, "team")
    if scope.scope == "creator":
        return creator_tz, "creator"
    if scope.scope == "team":
        return team_tz, "team"
    return scope.zone, "named"


def _span(prepared: Prepared, spec: Spec, scope: ScopeHit | None) -> str:
    """The time as typed, with the scope phrase when it sits right next to it."""
    start, end = spec.start, spec.end
    if scope is not None:
        if _JOINER.fullmatch(prepared.lowered, scope.end, start):
            start = scope.start
        elif _JOINER.fullmatch(prepared.lowered, end, scope.start):
            end = scope.end
    return prepared.original[start:end].strip()


def _standard_time_only(scope: ScopeHit | None, utc: datetime) -> bool:
    """ "GMT" names London's clock only while London keeps GMT; in summer it may mean UTC."""
    return bool(scope and scope.standard_only and utc.astimezone(ZoneInfo(scope.zone or "UTC")).dst())


_HANDLES = re.compile(r"(?<![\w.])@[A-Za-z0-9_][A-Za-z0-9_.]*")
_RUNS = re.compile(r"\s{2,}")
MAX_CHARS = 2000  # a time expression sits in a command, not in a pasted essay


@dataclass(frozen=True, slots=True)
class TimeAsk:
    """The time a message asks for, read once from its words: which expression, on whose clock. It
    becomes an instant only on a clock (`on`), because a batch of creators has one clock each."""

    spec: Spec
    scope: ScopeHit | None
    span: str  # the time as typed, with its scope phrase

    def on(
        self, *, now: datetime, team_tz: str, creator_tz: str | None = None, kind: Kind = "reminder"
    ) -> When | Unreadable:
        """This ask read on a clock. `now` must be timezone-aware. A scope phrase (达人当地时间, their
        time, 纽约时间, PST) decides the zone; without one, outreach is read on the creator's clock and
        reminders on the team's."""
        found = self.choices(now=now, team_tz=team_tz, creator_tz=creator_tz, kind=kind, offer=False)
        assert not isinstance(found, Choices)
        return found

    def choices(
        self,
        *,
        now: datetime,
        team_tz: str,
        creator_tz: str | None = None,
        kind: Kind = "reminder",
        offer: bool = True,
    ) -> When | Choices | Unreadable:
        """`on`, except that a time unclear only in which day it names ("明天下午3点" at 03:05, "周五" on a
        Friday, "next Friday" on a Wednesday) comes back as the readings still to come (`Choices`), for
        the caller to offer. Anything else unsure stays Unreadable."""
        if now.tzinfo is None or now.utcoffset() is None:
            raise ValueError("now must be timezone-aware")
        zone, scope_name = _zone(self.scope, kind, team_tz, creator_tz)
        if zone is None:
            return Unreadable("needs_creator_zone", self.span)
        try:
            return self._when(resolve(self.spec, now, zone, team_tz), zone, scope_name)
        except DayChoice as choice:
            if not offer:
                return Unreadable("ambiguous", self.span)
            readings = []
            for day in choice.days:
                fixed = replace(self.spec, date=MonthDay(day.month, day.day, year=day.year))
                try:
                    reading = self._when(resolve(fixed, now, zone, team_tz), zone, scope_name)
                except Ambiguous:
                    continue  # 明天3点: no part of the day, on either day
                if isinstance(reading, When) and reading.utc > now:
                    readings.append(reading)
            if not readings:
                return Unreadable("ambiguous", self.span)
            return Choices(tuple(sorted(readings, key=lambda w: w.utc)), self.span)
        except Ambiguous:
            return Unreadable("ambiguous", self.span)

    def _when(self, resolved: Resolved, zone: str, scope_name: ScopeName) -> When | Unreadable:
        if _standard_time_only(self.scope, resolved.utc):
            return Unreadable("ambiguous", self.span)
        return When(
            utc=resolved.utc,
            local=resolved.local,
            zone=zone,
            granularity=resolved.granularity,
            scope=scope_name,
            notes=ordered_notes(resolved.notes),
            span=self.span,
        )


def read_time(text: str) -> TimeAsk | Unreadable:
    """The one time expression in `text`, not yet on any clock, or why there is none to be sure of."""
    # Handles are never times, and the grammar's optional-whitespace runs cost O(n²) per run: drop both
    # first, so a batch of 2,000 creators reads as fast as one.
    text = _RUNS.sub(" ", _HANDLES.sub(" ", text))[:MAX_CHARS]
    prepared = prepare(text)
    scope = scan_scope(prepared)
    if isinstance(scope, Unreadable):
        return scope
    lowered = blank(prepared.lowered, [(scope.start, scope.end)]) if scope else prepared.lowered
    try:
        spec = assemble(scan(lowered), lowered)
    except Ambiguous:
        return Unreadable("ambiguous")
    if spec is None:
        return Unreadable("no_time")
    return TimeAsk(spec, scope, _span(prepared, spec, scope))


def parse_when(
    text: str,
    *,
    now: datetime,
    team_tz: str,
    creator_tz: str | None = None,
    kind: Kind = "reminder",
) -> When | Unreadable:
    """The one time `text` asks for, read on the scoped clock, or why it cannot be read for sure."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    ask = read_time(text)
    return (
        ask
        if isinstance(ask, Unreadable)
        else ask.on(now=now, team_tz=team_tz, creator_tz=creator_tz, kind=kind)
    )
