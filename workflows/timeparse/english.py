"""English calendar dates ("Dec 3rd", "3 December 2026", "1st of next month") read by dateparser.

Only the date phrase the grammar cut out is given to dateparser, never the whole message, with
`languages=['en']` (never auto-detect) and the wall-clock settings: a naive RELATIVE_BASE that is the
local wall time in the target zone and TIMEZONE='UTC', so dateparser does no zone arithmetic of its own.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _dateparser() -> Any:
    import dateparser  # imported on first use: 0.1 s, and most messages never need it

    return dateparser


def read_date(text: str, local_now: datetime) -> tuple[date, bool] | None:
    """(the date, whether the phrase fixed the year itself: a 4-digit year or "next/this month")."""
    settings = {
        "TIMEZONE": "UTC",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DATES_FROM": "current_period",
        "PREFER_DAY_OF_MONTH": "first",
        "RELATIVE_BASE": local_now,
        "REQUIRE_PARTS": ["day", "month"] if not re.search(r"\bmonth\b", text) else [],
    }
    parsed = _dateparser().parse(text, languages=["en"], settings=settings)
    if not isinstance(parsed, datetime):
        return None
    fixed = bool(re.search(r"\d{4}|\bmonth\b", text))
    return parsed.date(), fixed
