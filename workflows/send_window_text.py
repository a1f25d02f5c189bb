"""Read and write a send window as chat text (zh/en): "周二到周四 9-11点", "Mon-Fri 9am-11am".

Pure text: weekdays are Monday = 0, times are minutes after local midnight (1440 = 24:00). The
reader never guesses: anything it cannot account for makes the whole text unreadable (None).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from workflows.timeparse.numerals import to_int

DAY_MINUTES = 24 * 60
ALL_DAYS = frozenset(range(7))
WORKDAYS = frozenset(range(5))
WEEKEND = frozenset({5, 6})

ZH_DAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

_ZH_DAY_CHARS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "七": 6}
_ZH_DAY_CHARS.update({str(i + 1): i for i in range(7)})
_EN_DAY = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_GROUPS = {
    "工作日": WORKDAYS,
    "每个工作日": WORKDAYS,
    "每天": ALL_DAYS,
    "每日": ALL_DAYS,
    "天天": ALL_DAYS,
    "全周": ALL_DAYS,
    "周末": WEEKEND,
    "weekdays": WORKDAYS,
    "weekday": WORKDAYS,
    "workdays": WORKDAYS,
    "working days": WORKDAYS,
    "business days": WORKDAYS,
    "every day": ALL_DAYS,
    "everyday": ALL_DAYS,
    "daily": ALL_DAYS,
    "all week": ALL_DAYS,
    "weekends": WEEKEND,
    "weekend": WEEKEND,
}

_RANGE_SEP = r"(?:-|–|—|~|〜|到|至|to|through|thru|until|till)"
_DAY_RE = re.compile(
    r"(?P<group>工作日|每个工作日|每天|每日|天天|全周|周末|"
    r"\b(?:weekdays?|workdays|working days|business days|every ?day|daily|all week|weekends?)\b)"
    r"|(?:周|星期|礼拜)(?P<zh>[一二三四五六日天七1-7])"
    r"|(?<=[-–—~〜到至])\s*(?P<zhbare>[一二三四五六日天七])(?![点时:\d])"
    r"|\b(?P<en>mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|r|rs|rsday|urday)?\b\.?"
)
_LIST_GAP = re.compile(r"^(?:\s|[、,，/&和及与]|and)*$")
_RANGE_GAP = re.compile(rf"^\s*{_RANGE_SEP}\s*$")

_NUM = r"\d{1,2}|[零一二两三四五六七八九十]{1,3}"
_ZH_PERIOD = r"凌晨|早上|早晨|清晨|上午|中午|午后|下午|傍晚|晚上|晚间|夜里|晚"


def _time(p: str) -> str:
    return (
        rf"(?P<{p}period>{_ZH_PERIOD})?\s*(?P<{p}h>{_NUM})"
        rf"(?:[:：.](?P<{p}m>\d{{2}})|点半(?P<{p}half>)|[点时](?P<{p}zm>\d{{1,2}}|[零一二三四五十]{{1,3}})分?|[点时])?"
        rf"\s*(?P<{p}ampm>[ap]\.?m\.?(?![a-z]))?"
    )


_TIME_RANGE_RE = re.compile(
    rf"(?P<between>between\s+)?{_time('a')}"
    rf"\s*(?P<sep>-|–|—|~|〜|到|至|\bto\b|\buntil\b|\btill\b|\band\b)\s*{_time('b')}"
)
_FILLER = re.compile(
    r"设置|设定|修改|改成|改为|改到|更改|调整|调成|一下|帮我|麻烦|请|把|我们|团队|的|发送|发消息|发信|窗口|窗|"
    r"时间段|时段|时间|设成|设为|为|成|是|"
    r"从|在|每周|每个|每|达人|当地|本地|[:：,，。.;；!！()（）\s]|"
    r"\b(?:please|set|change|update|the|our|team|send|sending|window|windows|hours?|time|to|on|from|every|"
    r"creators?'?s?|local|is|at|between)\b"
)
_AM = {"凌晨", "早上", "早晨", "清晨", "上午"}
_PM = {"午后", "下午", "傍晚", "晚上", "晚间", "夜里", "晚"}


def parse_window_parts(text: str) -> tuple[frozenset[int], int, int] | None:
    """(weekdays, start minute, end minute) read from `text`, or None when it is not clearly a window."""
    norm = "".join(unicodedata.normalize("NFKC", ch) for ch in text).lower()
    days, rest = _days(norm)
    if days is None:
        return None
    found = list(_TIME_RANGE_RE.finditer(rest))
    if len(found) != 1:
        return None
    match = found[0]
    if (match.group("sep") == "and") != (match.group("between") is not None):
        return None  # "between 9 and 11" only; "9 and 11" may be two times
    hours = _hours(match)
    if hours is None:
        return None
    leftover = _FILLER.sub("", rest[: match.start()] + " " + rest[match.end() :])
    if leftover:
        return None
    return days, hours[0], hours[1]


def _days(text: str) -> tuple[frozenset[int] | None, str]:
    """The weekdays named in `text` (one expression of ranges and lists) and the text without them."""
    matches = list(_DAY_RE.finditer(text))
    if not matches:
        return None, text
    days: set[int] = set()
    previous: int | None = None
    pending_range = False
    for i, match in enumerate(matches):
        if i:
            gap = text[matches[i - 1].end() : match.start()]
            if _RANGE_GAP.match(gap):
                pending_range = True
            elif not _LIST_GAP.match(gap):
                return None, text
        group = match.group("group")
        if group is not None:
            if pending_range:
                return None, text
            days |= _GROUPS[re.sub(r"\s+", " ", group)]
            previous = None
            continue
        day = _day_index(match)
        if pending_range:
            if previous is None:
                return None, text
            days |= _cyclic(previous, day)
            pending_range = False
        days.add(day)
        previous = day
    rest = text[: matches[0].start()] + " " + text[matches[-1].end() :]
    return frozenset(days), rest


def _day_index(match: re.Match[str]) -> int:
    if match.group("en") is not None:
        return _EN_DAY[match.group("en")]
    return _ZH_DAY_CHARS[match.group("zh") or match.group("zhbare")]


def _cyclic(first: int, last: int) -> set[int]:
    """Days from `first` to `last` inclusive, wrapping past Sunday ("Fri-Mon")."""
    return {(first + k) % 7 for k in range((last - first) % 7 + 1)}


def _hours(match: re.Match[str]) -> tuple[int, int] | None:
    start = _clock(match, "a")
    end = _clock(match, "b")
    if start is None or end is None:
        return None
    (sh, sm, speriod), (eh, em, eperiod) = start, end
    if speriod and not eperiod:
        end_minutes = _first_after(_candidates(eh, em, speriod, end=True), _to_minutes(sh, sm, speriod))
        start_minutes = _to_minutes(sh, sm, speriod)
    elif eperiod and not speriod:
        end_minutes = _to_minutes(eh, em, eperiod, end=True)
        start_minutes = _first_before(_candidates(sh, sm, eperiod), end_minutes)
    else:
        start_minutes = _to_minutes(sh, sm, speriod)
        end_minutes = _to_minutes(eh, em, eperiod, end=True)
    if start_minutes is None or end_minutes is None:
        return None
    if not 0 <= start_minutes < end_minutes <= DAY_MINUTES:
        return None
    return start_minutes, end_minutes


def _clock(match: re.Match[str], p: str) -> tuple[int, int, str | None] | None:
    hour = to_int(match.group(p + "h"))
    if match.group(p + "half") is not None:
        minute: int | None = 30
    elif match.group(p + "m") is not None:
        minute = int(match.group(p + "m"))
    elif match.group(p + "zm") is not None:
        minute = to_int(match.group(p + "zm"))
    else:
        minute = 0
    if hour is None or minute is None or minute > 59 or hour > 24 or (hour == 24 and minute):
        return None
    zh, ampm = match.group(p + "period"), match.group(p + "ampm")
    if zh and ampm:
        return None
    period = zh or (ampm.replace(".", "") if ampm else None)
    return hour, minute, period


def _to_minutes(hour: int, minute: int, period: str | None, *, end: bool = False) -> int | None:
    if period is None:
        return hour * 60 + minute
    if period in ("am", "pm"):
        if not 1 <= hour <= 12:
            return None
        if period == "am":
            return (0 if hour == 12 else hour) * 60 + minute
        return (12 if hour == 12 else hour + 12) * 60 + minute
    if hour > 12:  # 下午14点: a 24-hour clock with a redundant period word
        return None if period in _AM else hour * 60 + minute
    if period in _AM or (period == "中午" and hour >= 11):
        return hour * 60 + minute
    if hour == 12:  # 晚上12点 = midnight: only an end
        return DAY_MINUTES if end and period in _PM and not minute else None
    return (hour + 12) * 60 + minute


def _candidates(hour: int, minute: int, period: str, *, end: bool = False) -> list[int]:
    """A bare end of a range read with the other end's period first, then as written."""
    inherited = _to_minutes(hour, minute, period, end=end)
    plain = hour * 60 + minute
    return [m for m in (inherited, plain) if m is not None]


def _first_after(options: Iterable[int], start: int | None) -> int | None:
    if start is None:
        return None
    return next((m for m in options if m > start), None)


def _first_before(options: Iterable[int], end: int | None) -> int | None:
    if end is None:
        return None
    return next((m for m in options if m < end), None)


def describe_window_parts(weekdays: frozenset[int], start: int, end: int, locale: str) -> str:
    """Days and hours as text: "周二至周四 09:00–11:00（达人当地时间）" or
    "Tue–Thu 09:00–11:00 (creator's local time)"."""
    zh = locale.lower().startswith("zh")
    hours = f"{_hhmm(start)}–{_hhmm(end)}"
    if zh:
        return f"{_days_text(weekdays, ZH_DAYS, '至', '、', '每天')} {hours}（达人当地时间）"
    return f"{_days_text(weekdays, EN_DAYS, '–', ', ', 'Every day')} {hours} (creator's local time)"


def _days_text(weekdays: frozenset[int], names: tuple[str, ...], to: str, sep: str, every: str) -> str:
    if weekdays >= ALL_DAYS:
        return every
    first = next(d for d in range(7) if (d - 1) % 7 not in weekdays and d in weekdays)
    runs: list[list[int]] = []
    for k in range(7):
        day = (first + k) % 7
        if day not in weekdays:
            continue
        if runs and (runs[-1][-1] + 1) % 7 == day:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{names[run[0]]}{to}{names[run[-1]]}")
        else:
            parts.extend(names[d] for d in run)
    return sep.join(parts)


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
