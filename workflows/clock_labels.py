"""How a time and its place read in a reply: `周二 3/10 09:00 奥斯汀 (UTC−6)`.

Every clock and zone the bot shows goes through here (handlers/clocks, handlers/format, the outreach
notices, the error replies), so they all read the same: the place is the creator's own city or state
when it is known, else the zone's city (in the reader's language), and the offset is `UTC±h` at that
moment. Never an abbreviation: `CST` is both Chicago and Beijing, and zoneinfo has none for many zones
(São Paulo is "-03").
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from i18n import Catalog
from workflows import geo

MINUS = "\u2212"  # "UTC−6": the minus sign, not a hyphen


def utc_offset(at: datetime, zone: str) -> str:
    """`UTC+8`, `UTC−6`, `UTC+5:30`, `UTC+0` for `zone` at the instant `at`."""
    offset = at.astimezone(ZoneInfo(zone)).utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = MINUS if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}:{rest:02d}" if rest else f"UTC{sign}{hours}"


def place_name(zone: str, locale: str, region: str | None = None) -> str:
    """The place a clock is named by: the creator's region or city (`region`, its canonical name) when
    known, else the zone's city (`Asia/Shanghai` is 北京, the teams' own words)."""
    if region:
        return geo.region_display_name(region, locale)
    return geo.zone_city_name(zone, locale)


def zone_label(locale: str, at: datetime, zone: str, region: str | None = None) -> str:
    """`奥斯汀 (UTC−6)`, `北京 (UTC+8)`, `São Paulo (UTC−3)`."""
    return f"{place_name(zone, locale, region)} ({utc_offset(at, zone)})"


def wall(t: Catalog, at: datetime, zone: str, region: str | None = None) -> str:
    """`周二 3/10 09:00 奥斯汀 (UTC−6)`: weekday, date and time on that clock, then where it is."""
    local = at.astimezone(ZoneInfo(zone))
    weekday = t(f"weekday.{local.weekday()}")
    return f"{weekday} {local.month}/{local.day} {local:%H:%M} {zone_label(t.locale, at, zone, region)}"


def both(t: Catalog, at: datetime, zone: str, team_zone: str, region: str | None = None) -> str:
    """`周二 3/10 09:00 奥斯汀 (UTC−6) = 周三 3/11 00:00 北京 (UTC+8)`: the creator's clock (`region`: the
    creator's, named on that side only), then the team's; one clock when both read the same."""
    if at.astimezone(ZoneInfo(zone)).utcoffset() == at.astimezone(ZoneInfo(team_zone)).utcoffset():
        return wall(t, at, team_zone)
    return f"{wall(t, at, zone, region)} = {wall(t, at, team_zone)}"


def region_on(zone: str, creator_zone: str | None, region: str | None) -> str | None:
    """The creator's region, for a clock in `zone`: only when that clock is the creator's own."""
    return region if creator_zone == zone else None
