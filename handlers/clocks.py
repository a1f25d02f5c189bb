"""Times as the team reads them: both clocks side by side, and what the bot changed and why."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from i18n import Catalog
from workflows import clock_labels
from workflows.digest_schedule import Cadence, DigestSpec


class Located(Protocol):
    """A creator as far as a clock cares: its zone and region (models.creator.Creator is one)."""

    @property
    def timezone(self) -> str | None: ...

    @property
    def region_name(self) -> str | None: ...


def wall(t: Catalog, at: datetime, zone: str, region: str | None = None) -> str:
    """'周二 3/10 09:00 奥斯汀 (UTC−6)' — weekday, date, time, the place (`region`: the creator's city or
    state when the clock is theirs, else the zone's city) and its UTC offset then."""
    return clock_labels.wall(t, at, zone, region)


def both(t: Catalog, at: datetime, zone: str, team_zone: str, region: str | None = None) -> str:
    """`周二 3/10 09:00 奥斯汀 (UTC−6) = 周三 3/11 00:00 北京 (UTC+8)`; one clock when the zones agree."""
    return clock_labels.both(t, at, zone, team_zone, region)


def of_creator(zone: str, creator: Located | None) -> str | None:
    """The creator's region for a clock in `zone`, when that clock is the creator's own (else None: the
    zone's city names it)."""
    if creator is None:
        return None
    return clock_labels.region_on(zone, creator.timezone, creator.region_name)


def day_and_time(t: Catalog, at: datetime, zone: str, *, city: bool = True) -> str:
    """A date as people write it: '12月11日 周五 09:00 北京' / 'Fri 11 Dec 09:00 Beijing' — never an ISO
    string or a zone's IANA name. `city=False` leaves the clock's city out (buttons that share one)."""
    local = at.astimezone(ZoneInfo(zone))
    text = t(
        "clock.day_and_time",
        month=t(f"month.{local.month}"),
        day=local.day,
        weekday=t(f"weekday.{local.weekday()}"),
        time=f"{local:%H:%M}",
    )
    if not city:
        return text
    place = clock_labels.place_name(zone, t.locale)
    return f"{text} {place}"


def cadence_text(t: Catalog, spec: DigestSpec) -> str:
    """'每周五 15:00' / 'every Friday at 15:00': a digest's or a repeating reminder's cadence."""
    at = f"{spec.hour:02d}:{spec.minute:02d}"
    if spec.cadence in (Cadence.DAILY, Cadence.WEEKDAYS):
        return t(f"digest.when.{spec.cadence.value}", time=at)
    if spec.cadence == Cadence.WEEKLY:
        return t("digest.when.weekly", weekday=t(f"weekday.{spec.weekday}"), time=at)
    return t("digest.when.monthly", day=spec.day_of_month, time=at)


def notes(t: Catalog, codes: Iterable[str]) -> list[str]:
    """One line per thing worth pointing out (rolled to tomorrow, DST, quiet hours, a holiday …)."""
    lines: list[str] = []
    for code in dict.fromkeys(codes):
        kind, _, detail = code.partition(":")
        key = f"when.note.{kind}"
        if key in t:
            lines.append(t(key, name=detail) if detail else t(key))
    return lines
