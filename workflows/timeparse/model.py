"""The values `parse_when` returns: a `When` it is sure of, or an `Unreadable` with the reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

Kind = Literal["outreach", "reminder"]
Granularity = Literal["minute", "day"]
ScopeName = Literal["creator", "team", "named"]
Reason = Literal["no_time", "ambiguous", "needs_creator_zone"]

# Machine codes a `When` can carry, in the order they are reported.
NOTE_CODES: tuple[str, ...] = (
    "date_only",
    "default_hour",
    "eod",
    "rolled_to_tomorrow",
    "in_past",
    "next_year",
    "workday_shifted",
    "dst_gap",
    "dst_fold",
)


@dataclass(frozen=True, slots=True)
class When:
    utc: datetime  # tz-aware UTC
    local: datetime  # naive wall-clock time in `zone`
    zone: str  # IANA name
    granularity: Granularity
    scope: ScopeName  # whose clock: the creator's zone, the team's zone, or a named zone/abbreviation
    notes: tuple[str, ...]  # codes from NOTE_CODES
    span: str  # the part of the text that was read as the time (for echoing back)


@dataclass(frozen=True, slots=True)
class Unreadable:
    reason: Reason
    span: str = ""


@dataclass(frozen=True, slots=True)
class Choices:
    """A time that is clear except for which day it names: "明天下午3点" typed at 03:05 (later today, or
    the day after?), "周五" said on a Friday (today or next week?). The readings still to come, earliest
    first (one or two); the caller asks which one and never picks for the user."""

    readings: tuple[When, ...]
    span: str = ""


NO_TIME = Unreadable("no_time")  # a message with no time in it (a default argument value)


def ordered_notes(notes: set[str]) -> tuple[str, ...]:
    return tuple(code for code in NOTE_CODES if code in notes)
