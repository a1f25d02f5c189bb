"""Public holidays and weekends per country/subdivision (China's working days: timeparse/workdays.py).

Backed by the `holidays` library, imported on first use. One calendar object per (country, subdiv) is
cached; it expands year by year on lookup. Names are the library's default-language names.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from holidays import HolidayBase

DEFAULT_WEEKEND = frozenset({5, 6})  # Saturday, Sunday (Monday = 0)


@lru_cache(maxsize=256)
def calendar(country: str | None, subdiv: str | None = None) -> HolidayBase | None:
    """The holidays of `country` (ISO 3166 alpha-2) and `subdiv` (a code such as "CA" for California).

    An unknown subdivision falls back to the country's national holidays; an unknown or missing
    country gives None (no holidays known, nothing is skipped)."""
    if not country:
        return None
    import holidays  # imported on first use: most commands never need it

    code = country.strip().upper()
    sub = subdiv.strip().upper() if subdiv else None
    try:
        return holidays.country_holidays(code, subdiv=sub)
    except NotImplementedError:
        if sub is None:
            return None
    try:
        return holidays.country_holidays(code)
    except NotImplementedError:
        return None


def holiday_name(day: date, cal: HolidayBase | None) -> str | None:
    """The holiday's name when `day` is a public holiday in `cal`, else None."""
    if cal is None or day not in cal:
        return None
    return str(cal.get(day))


def weekend_days(cal: HolidayBase | None) -> frozenset[int]:
    """The country's weekend (Friday–Saturday in Saudi Arabia); Saturday–Sunday when unknown."""
    if cal is None:
        return DEFAULT_WEEKEND
    return frozenset(int(d) for d in cal.weekend)
