"""Times as the team reads them: both clocks side by side, and what the bot changed and why."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

from i18n import Catalog
from workflows import geo


def wall(t: Catalog, at: datetime, zone: str) -> str:
    """'周二 3/10 09:00 洛杉矶(PDT)' — weekday, date, time, city and the zone's abbreviation then."""
    local = at.astimezone(ZoneInfo(zone))
    # the team's clock is "Beijing time" in the teams' own words, though the IANA zone is named for Shanghai
    city = t("clock.beijing") if zone == "Asia/Shanghai" else geo.zone_city_name(zone, t.locale)
    weekday = t(f"weekday.{local.weekday()}")
    return f"{weekday} {local.month}/{local.day} {local:%H:%M} {city}({local.tzname()})"


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
    place = t("clock.beijing") if zone == "Asia/Shanghai" else geo.zone_city_name(zone, t.locale)
    return f"{text} {place}"


def both(t: Catalog, at: datetime, zone: str, team_zone: str) -> str:
    """`周二 3/10 09:00 洛杉矶(PDT) = 周三 3/11 00:00 北京(CST)`; one clock when the zones agree."""
    if ZoneInfo(zone).utcoffset(at.replace(tzinfo=None)) == ZoneInfo(team_zone).utcoffset(
        at.replace(tzinfo=None)
    ):
        return wall(t, at, team_zone)
    return f"{wall(t, at, zone)} = {wall(t, at, team_zone)}"


def notes(t: Catalog, codes: Iterable[str]) -> list[str]:
    """One line per thing worth pointing out (rolled to tomorrow, DST, quiet hours, a holiday …)."""
    lines: list[str] = []
    for code in dict.fromkeys(codes):
        kind, _, detail = code.partition(":")
        key = f"when.note.{kind}"
        if key in t:
            lines.append(t(key, name=detail) if detail else t(key))
    return lines
