"""Reading one spreadsheet cell: blanks, full-width text, follower counts, platforms, handles, e-mails.

Pure functions (stdlib and text_safety only). A value that cannot be read raises `BadCell` with a reason
code that `handlers/importing.py` turns into words (zh_CN / en).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

from workflows.text_safety import clean_text

# What people type in a cell that means "nothing here".
BLANKS = frozenset(
    {
        "",
        "-",
        "--",
        "---",
        "—",
        "——",
        "/",
        "n/a",
        "na",
        "#n/a",
        "null",
        "none",
        "nil",
        "无",
        "暂无",
        "空",
        "未知",
    }
)
MAX_TEXT = 4000
MAX_FOLLOWERS = 10_000_000_000  # more than anyone has: a typo or a phone number
_ESCAPED = ("'=", "'+", "'-", "'@", "'\t", "'\r")


class BadCell(ValueError):
    """`code` names what is wrong (`followers`, `date`, `email`, …); `value` is the cell as text."""

    def __init__(self, code: str, value: str) -> None:
        super().__init__(f"{code}: {value!r}")
        self.code = code
        self.value = value


def text(value: object, *, normalise: bool = True) -> str | None:
    """The cell as clean text (NFKC: full-width letters and digits become ASCII), or None when blank.
    `normalise=False` keeps free text (a note) exactly as written, apart from surrounding spaces."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    raw = clean_text(str(value)).strip()  # no NUL, control or bidi characters reach the database
    if normalise:
        raw = unicodedata.normalize("NFKC", raw).replace("\u200b", "").strip()
    if raw[:2] in _ESCAPED:  # an exported CSV cell protected from Excel's formula reading
        raw = raw[1:]
    if unicodedata.normalize("NFKC", raw).casefold() in BLANKS:
        return None
    return raw[:MAX_TEXT]


def plain_text(value: object) -> str | None:
    """Text for a field where a date or time makes no sense (handle, stage, …)."""
    if isinstance(value, datetime | date | time):
        raise BadCell("date", str(value))
    return text(value)


_MULTIPLIERS = {
    "": 1,
    "k": 1_000,
    "千": 1_000,
    "w": 10_000,
    "万": 10_000,
    "m": 1_000_000,
    "百万": 1_000_000,
    "亿": 100_000_000,
    "b": 1_000_000_000,
}
_FOLLOWERS = re.compile(
    r"^(\d+(?:\.\d+)?)\s*(百万|万|千|亿|w|k|m|b)?\s*\+?\s*(?:粉丝|粉|followers|fans|subscribers|subs)?$",
    re.IGNORECASE,
)


def followers(value: object, unit: int = 1) -> int | None:
    """'12.5万' → 125000, '1.2M', '3,400', '１２万', 12500.0; `unit` scales a bare number
    (a 粉丝(万) column)."""
    if isinstance(value, bool | datetime | date | time):
        raise BadCell("followers", str(value))
    if isinstance(value, int | float):
        return _plausible(int(Decimal(str(value)) * unit), str(value))
    raw = text(value)
    if raw is None:
        return None
    match = _FOLLOWERS.match(raw.replace(",", "").replace(" ", "").replace("，", ""))
    if match is None:
        raise BadCell("followers", raw)
    try:
        number = Decimal(match.group(1))
    except InvalidOperation:
        raise BadCell("followers", raw) from None
    scale = _MULTIPLIERS[(match.group(2) or "").lower()]
    return _plausible(int(number * (scale if match.group(2) else unit)), raw)


def _plausible(count: int, raw: str) -> int:
    if not 0 <= count <= MAX_FOLLOWERS:
        raise BadCell("followers", raw)
    return count


_PLATFORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?:tik\s*tok|tt|抖音国际版|tiktok\s*shop|tts)$", re.IGNORECASE), "tiktok"),
    (re.compile(r"^(?:instagram|insta|ins|ig|ins博主)$", re.IGNORECASE), "instagram"),
    (re.compile(r"^(?:youtube|yt|油管|you\s*tube)$", re.IGNORECASE), "youtube"),
)


def platform(value: object) -> str | None:
    """A creator platform key from a cell ('TikTok', 'IG', '油管'); raises BadCell for any other word."""
    raw = plain_text(value)
    if raw is None:
        return None
    for pattern, name in _PLATFORMS:
        if pattern.match(raw):
            return name
    raise BadCell("platform", raw)


_PROFILE_URL = re.compile(
    r"^(?:https?://)?(?:www\.|m\.)?(tiktok\.com|instagram\.com|youtube\.com)/@?([A-Za-z0-9_.\-]+)",
    re.IGNORECASE,
)
_URL_PLATFORM = {"tiktok.com": "tiktok", "instagram.com": "instagram", "youtube.com": "youtube"}


def handle(value: object) -> tuple[str, str | None] | None:
    """(handle without '@', platform when the cell was a profile URL) or None when blank."""
    raw = plain_text(value)
    if raw is None:
        return None
    url = _PROFILE_URL.match(raw)
    if url:
        return url.group(2), _URL_PLATFORM[url.group(1).lower()]
    return raw.lstrip("@＠").strip(), None


_EMAIL = re.compile(r"^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$")


def email(value: object) -> str | None:
    raw = plain_text(value)
    if raw is None:
        return None
    if raw.lower().startswith("mailto:"):
        raw = raw[7:]
    if not _EMAIL.match(raw) or len(raw) > 254:
        raise BadCell("email", raw)
    return raw


def header_unit(label: str) -> int:
    """The multiplier a follower column's header announces: 粉丝数(万) → 10000, Followers (k) → 1000."""
    folded = unicodedata.normalize("NFKC", label).casefold()
    match = re.search(r"[(\[]\s*(万|w|k|千|m|百万)\s*[)\]]|(万|千)$", folded)
    if match is None:
        return 1
    return _MULTIPLIERS[(match.group(1) or match.group(2)).lower()]
