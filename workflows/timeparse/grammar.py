"""The time grammar: regular expressions over the prepared (folded, lower-cased, masked) text, each with
a builder that turns a match into typed items. Overlapping matches are settled longest first, so a
specific phrase (下周二, 3天后, "in 2 hours") wins over the vague word inside it (下周, later).

Chinese numerals are read in place (no rewriting), so offsets stay offsets into the original text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Literal

from workflows.timeparse.items import (
    Clock,
    DayOfMonth,
    EnDate,
    Eod,
    Item,
    MonthDay,
    Number,
    Offset,
    Past,
    Period,
    PeriodName,
    RelDay,
    Token,
    Unit,
    Vague,
    Weekday,
    WeekMode,
    Workdays,
)
from workflows.timeparse.numerals import CN_NUM, NUM, to_int

Builder = Callable[[re.Match[str]], tuple[Item, ...] | None]

# ---- shared vocabularies -------------------------------------------------------------------------
_DAY_WORDS: dict[str, tuple[Item, ...]] = {
    "今天": (RelDay(0),),
    "今日": (RelDay(0),),
    "今儿": (RelDay(0),),
    "今早": (RelDay(0), Period("morning")),
    "今晚": (RelDay(0), Period("night")),
    "今夜": (RelDay(0), Period("night")),
    "明天": (RelDay(1),),
    "明日": (RelDay(1),),
    "明儿": (RelDay(1),),
    "明早": (RelDay(1), Period("morning")),
    "明晨": (RelDay(1), Period("morning")),
    "明晚": (RelDay(1), Period("night")),
    "后天": (RelDay(2),),
    "後天": (RelDay(2),),
    "大后天": (RelDay(3),),
    "大後天": (RelDay(3),),
    "昨天": (Past(),),
    "昨日": (Past(),),
    "昨晚": (Past(),),
    "前天": (Past(),),
    "today": (RelDay(0),),
    "tonight": (RelDay(0), Period("night")),
    "tonite": (RelDay(0), Period("night")),
    "tomorrow": (RelDay(1),),
    "tomorow": (RelDay(1),),
    "tommorow": (RelDay(1),),
    "tommorrow": (RelDay(1),),
    "tmrw": (RelDay(1),),
    "tmr": (RelDay(1),),
    "tmw": (RelDay(1),),
    "yesterday": (Past(),),
}
_PERIODS: dict[str, PeriodName] = {
    "凌晨": "small_hours",
    "清晨": "morning",
    "早晨": "morning",
    "早上": "morning",
    "上午": "morning",
    "早": "morning",
    "中午": "noon",
    "午间": "noon",
    "下午": "afternoon",
    "傍晚": "evening",
    "晚上": "night",
    "晚间": "night",
    "晚": "night",
    "夜里": "late_night",
    "夜间": "late_night",
    "半夜": "late_night",
    "深夜": "late_night",
    "morning": "morning",
    "afternoon": "afternoon",
    "evening": "evening",
    "night": "night",
}
_ZH_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "7": 6}
_ZH_WEEKDAY.update({str(i + 1): i for i in range(6)})
_EN_WEEKDAYS = (
    ("monday", "mon"),
    ("tuesday", "tues", "tue"),
    ("wednesday", "weds", "wed"),
    ("thursday", "thurs", "thur", "thu"),
    ("friday", "fri"),
    ("saturday", "sat"),
    ("sunday", "sun"),
)
_EN_WEEKDAY = {name: i for i, names in enumerate(_EN_WEEKDAYS) for name in names}
_EN_WEEKDAY_RE = "|".join(sorted(_EN_WEEKDAY, key=len, reverse=True))
_EN_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty-five": 45,
    "forty five": 45,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "ninety": 90,
}
_EN_NUM = "|".join(sorted(_EN_NUMBERS, key=len, reverse=True))
_UNITS: dict[str, Unit] = {
    "小时": "hour",
    "钟头": "hour",
    "分钟": "minute",
    "天": "day",
    "日": "day",
    "周": "week",
    "星期": "week",
    "礼拜": "week",
    "月": "month",
}
_EN_UNIT = r"minutes?|mins?|hours?|hrs?|hr|h|days?|weeks?|wks?|months?"
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_HAO_NOUNS = (
    "链接|楼|店|样|品|位|码|线|机|门|房|桌|选手|达人|视频|产品|商品|款|包|窗|车|客服|主播|仓|模特|球衣"
)
_NOUN_AFTER_HAO = rf"(?!\s*(?:{_HAO_NOUNS}))"  # 1号链接, 3号楼: a number, not a day of the month
_CLOCK_AHEAD = re.compile(
    rf"\s*(?:{NUM}\s*[点點時时]|上午|下午|晚上|早上|中午|凌晨|傍晚|\d{{1,2}}:\d{{2}}|\d{{1,2}}\s*[ap]\.?m)"
)


def _number(text: str | None) -> float | None:
    if not text:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    if text in _EN_NUMBERS:
        return float(_EN_NUMBERS[text])
    value = to_int(text)
    return float(value) if value is not None else None


def _en_unit(word: str) -> Unit:
    if word.startswith("m") and word.startswith("mo"):
        return "month"
    return {"m": "minute", "h": "hour", "d": "day", "w": "week"}[word[0]]  # type: ignore[return-value]


# ---- builders -----------------------------------------------------------------------------------
def _day_word(m: re.Match[str]) -> tuple[Item, ...] | None:
    return _DAY_WORDS.get(re.sub(r"\s+", " ", m.group(0)))


def _day_after_tomorrow(m: re.Match[str]) -> tuple[Item, ...]:
    return (RelDay(2),)


def _this_part_of_day(m: re.Match[str]) -> tuple[Item, ...]:
    return (RelDay(0), Period(_PERIODS[m.group("p")]))


def _period(m: re.Match[str]) -> tuple[Item, ...] | None:
    name = _PERIODS.get(m.group("p"))
    return (Period(name),) if name else None


def _zh_weekday(m: re.Match[str]) -> tuple[Item, ...] | None:
    mod = (m.group("mod") or "").replace("个", "")
    if mod.startswith("上"):
        return (Past(),)
    modes: dict[str, WeekMode] = {"": "bare", "本": "this", "这": "this", "下": "next", "下下": "next2"}
    mode = modes.get(mod)
    if m.group("d") == "一" and m.string.startswith("起", m.end()):
        return (Vague(),) if mod else None  # 下周一起: "together next week", not Monday
    return (Weekday(_ZH_WEEKDAY[m.group("d")], mode),) if mode else None


def _next_to_a_number(m: re.Match[str]) -> bool:
    before = m.string[max(0, m.start() - 8) : m.start()]
    return bool(
        re.match(r"\s*(?:at\s+)?\d", m.string[m.end() :]) or re.search(r"\d\s*(?:[ap]m)?\s*$", before)
    )


def _en_weekday(m: re.Match[str]) -> tuple[Item, ...] | None:
    mod = re.sub(r"\s+", " ", m.group("mod") or "")
    name = m.group("d")
    if name in ("sat", "sun", "mon", "wed") and not mod and not _next_to_a_number(m):
        return None  # "sun", "sat", "mon", "wed" are words too: only with this/next/on or a time next to them
    modes: dict[str, WeekMode] = {
        "": "bare",
        "on": "bare",
        "this": "en_this",
        "next": "en_next",
        "coming": "coming",
        "this coming": "coming",
    }
    return (Weekday(_EN_WEEKDAY[name], modes[mod]),)


def _month_day(m: re.Match[str]) -> tuple[Item, ...] | None:
    month, day = to_int(m.group("m")), to_int(m.group("d"))
    if month is None or day is None or not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    groups = m.groupdict()
    year = int(groups["y"]) if groups.get("y") else None
    ahead = {"今年": 0, "明年": 1}.get(groups.get("ry") or "")
    return (MonthDay(month, day, year, ahead),)


def _dot_date(m: re.Match[str]) -> tuple[Item, ...] | None:
    """ "3.15 10点": month.day, read as a date only when a time follows (else it is a number)."""
    if not _CLOCK_AHEAD.match(m.string, m.end()):
        return None
    return _month_day(m)


def _slash_date(m: re.Match[str]) -> tuple[Item, ...] | None:
    a, b = int(m.group("a")), int(m.group("b"))
    year = int(m.group("y")) if m.group("y") else None
    if year is not None and year < 100:
        year += 2000
    readings = {(x, y) for x, y in ((a, b), (b, a)) if 1 <= x <= 12 and 1 <= y <= 31}
    if len(readings) > 1:
        return (Vague(),)  # 3/4: March 4 or 3 April
    if not readings:
        return None
    month, day = readings.pop()
    return (MonthDay(month, day, year),)


def _iso_date(m: re.Match[str]) -> tuple[Item, ...] | None:
    month, day = int(m.group("m")), int(m.group("d"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return (MonthDay(month, day, int(m.group("y"))),)


def _day_of_month(m: re.Match[str]) -> tuple[Item, ...] | None:
    day = to_int(m.group("d"))
    if day is None or not 1 <= day <= 31:
        return None
    pre = (m.group("pre") or "").replace("个", "")
    ahead = {"": None, "本月": 0, "这月": 0, "当月": 0, "下月": 1, "下下月": 2}.get(pre)
    return (DayOfMonth(day, ahead),)


def _en_ordinal_day(m: re.Match[str]) -> tuple[Item, ...] | None:
    day = int(m.group("d"))
    return (DayOfMonth(day),) if 1 <= day <= 31 else None


def _en_date(m: re.Match[str]) -> tuple[Item, ...]:
    return (EnDate(re.sub(r"\bfirst\b", "1st", m.group(0))),)


def _zh_clock(m: re.Match[str]) -> tuple[Item, ...] | None:
    raw = m.group("h")
    if raw in ("一", "1") and m.start() > 0 and m.string[m.start() - 1] in "快多少慢好大小高低长短有稍差些点":
        return None  # 快一点 / 多一点: "a bit", not one o'clock
    hour = to_int(raw)
    minute = {"半": 30, "一刻": 15, "三刻": 45}.get(m.group("frac") or "")
    if minute is None:
        minute = to_int(m.group("m")) if m.group("m") else 0
    if hour is None or minute is None:
        return None
    return (Clock(hour, minute, None, raw.isdigit() and len(raw) == 2 and raw.startswith("0")),)


def _colon_clock(m: re.Match[str]) -> tuple[Item, ...]:
    raw = m.group("h")
    return (Clock(int(raw), int(m.group("m")), None, len(raw) == 2 and raw.startswith("0")),)


def _meridiem_clock(m: re.Match[str]) -> tuple[Item, ...]:
    meridiem: Literal["am", "pm"] = "am" if m.group("ap").startswith("a") else "pm"
    return (Clock(int(m.group("h")), int(m.group("m") or 0), meridiem),)


def _at_hour(m: re.Match[str]) -> tuple[Item, ...] | None:
    hour = _number(m.group("h"))
    return (Clock(int(hour), 0),) if hour is not None else None


def _noon(m: re.Match[str]) -> tuple[Item, ...]:
    return (Clock(12, 0, "pm"),)


def _eod(m: re.Match[str]) -> tuple[Item, ...]:
    return (Eod(),)


def _bare_number(m: re.Match[str]) -> tuple[Item, ...]:
    return (Number(m.group(0)),)


def _vague(m: re.Match[str]) -> tuple[Item, ...]:
    return (Vague(),)


def _past(m: re.Match[str]) -> tuple[Item, ...]:
    return (Past(),)


def _offset(m: re.Match[str]) -> tuple[Item, ...] | None:
    amount = _number(m.group("n"))
    half = m.groupdict().get("half")
    if half:
        amount = (amount or 0) + 0.5
    if amount is None or amount <= 0:
        return None
    word = m.group("unit")
    if word == "月" and "个" not in m.group(0):
        return None  # "3月后" is not "3 months later"
    if word == "刻钟":
        amount, word = amount * 15, "分钟"
    unit = _UNITS[word] if word in _UNITS else _en_unit(word)
    if (m.groupdict().get("dir") or "").endswith("前"):
        return (Past(),)
    return (Offset(amount, unit),)


_COMPOUND_UNITS: dict[str, int] = {"day": 24 * 60, "hour": 60, "minute": 1}


def _compound(m: re.Match[str]) -> tuple[Item, ...] | None:
    """ "1小时30分钟后", "2天3小时后", "in 1h30m", "in 2 days and 3 hours": a larger unit, then a smaller."""
    first, second = _number(m.group("a")), _number(m.group("b"))
    if first is None or second is None or first != int(first) or second != int(second):
        return None
    said = m.group(0)
    relative = (
        said.startswith(("过", "in")) or m.groupdict().get("dir") or re.search(r"(?:now|later|ago)$", said)
    )
    if not relative:
        return None  # "视频1小时30分钟" is a length, not a time
    units = [
        _UNITS.get(w) or ("minute" if w == "分" else _en_unit(w)) for w in (m.group("u1"), m.group("u2"))
    ]
    big, small = (_COMPOUND_UNITS.get(u, 0) for u in units)
    if not big or not small or small >= big or first <= 0 or second <= 0:
        return None
    if (m.groupdict().get("dir") or "").endswith("前") or m.groupdict().get("ago"):
        return (Past(),)
    extra = int(second) * small
    if units[0] == "day":
        return (Offset(first, "day", extra),)
    return (Offset(int(first) * big + extra, "minute"),)


def _en_half_hour(m: re.Match[str]) -> tuple[Item, ...]:
    return (Offset(0.5, "hour"),)


def _workdays(m: re.Match[str]) -> tuple[Item, ...] | None:
    count = _number(m.groupdict().get("n")) if m.groupdict().get("n") else 1.0
    if count is None or count != int(count) or count < 1:
        return None
    return (Workdays(int(count)),)


# ---- rules --------------------------------------------------------------------------------------
_CN_AMOUNT = rf"\d+(?:\.\d+)?|{CN_NUM}+"
_EN_AMOUNT = rf"\d+(?:\.\d+)?|{_EN_NUM}"
_RULES: tuple[tuple[str, Builder], ...] = (
    (
        "大后天|大後天|后天|後天|明天|明日|明儿|今天|今日|今儿|明早|明晚|明晨|今早|今晚|今夜|昨天|昨日|昨晚|前天",
        _day_word,
    ),
    (r"\b(?:today|tonight|tonite|tomorrow|tomorow|tommorow|tommorrow|tmrw|tmr|tmw|yesterday)\b", _day_word),
    (r"\b(?:the\s+)?day\s+after\s+tomorrow\b", _day_after_tomorrow),
    (r"\bthis\s+(?P<p>morning|afternoon|evening)\b", _this_part_of_day),
    (r"(?P<p>凌晨|清晨|早晨|早上|上午|中午|午间|下午|傍晚|晚上|晚间|夜里|夜间|半夜|深夜)", _period),
    (rf"(?P<p>[早晚])(?=\s*(?:\d|{CN_NUM})+\s*[点點时時:])", _period),
    (r"\b(?:in\s+the\s+)?(?P<p>morning|afternoon|evening|night)\b", _period),
    (
        r"(?P<mod>下下个?|下个?|本|这个?|上个?)?\s*(?:周|星期|礼拜|禮拜)\s*(?P<d>[一二三四五六日天1-7])",
        _zh_weekday,
    ),
    (rf"\b(?:(?P<mod>this\s+coming|this|next|coming|on)\s+)?(?P<d>{_EN_WEEKDAY_RE})\b\.?", _en_weekday),
    (
        rf"(?:(?P<y>\d{{4}})\s*年\s*|(?P<ry>今年|明年))?(?P<m>{NUM})\s*月\s*(?P<d>{NUM})\s*(?:日|号|號)?(?!\d)",
        _month_day,
    ),
    (r"(?<![\d.])(?P<m>\d{1,2})\.(?P<d>\d{1,2})(?![\d.%])", _dot_date),
    (r"(?<![\d/.:\-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?(?![\d/%])", _slash_date),
    (r"(?<![\d/.:\-])(?P<y>\d{4})[/\-.](?P<m>\d{1,2})[/\-.](?P<d>\d{1,2})(?![\d/.\-])", _iso_date),
    (
        rf"(?P<pre>下下个?月|下个?月|本月|这个?月|当月)?\s*(?<![\d.])(?P<d>{NUM})\s*(?:号|號|日)"
        rf"(?![游内后]){_NOUN_AFTER_HAO}",
        _day_of_month,
    ),
    (r"\b(?:on\s+)?the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+of)", _en_ordinal_day),
    (
        rf"\b{_MONTH}\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s*\d{{4}})?(?![\d:])|"
        rf"\b(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?![a-z])(?:,?\s*\d{{4}})?(?![\d:])",
        _en_date,
    ),
    (
        r"\b(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|first)\s+(?:day\s+)?of\s+(?:the\s+)?(?:next|this)\s+month\b",
        _en_date,
    ),
    (
        rf"(?P<h>{NUM})\s*(?:点|點|时|時)(?:钟|鐘)?(?:(?P<frac>半|一刻|三刻)|整|(?P<m>{NUM})\s*分?)?",
        _zh_clock,
    ),
    (r"(?<![\d:.])(?P<h>\d{1,2}):(?P<m>\d{2})(?![\d:])", _colon_clock),
    (
        r"(?<![\d.:/])(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ap>a\.m\.?|p\.m\.?|am|pm)(?![a-z])",
        _meridiem_clock,
    ),
    (
        r"\b(?:at|around|@)\s+(?P<h>\d{1,2})(?![\d:.%/])(?!\s*(?:[-~]|号|点|點|st|nd|rd|th|a\.?m|p\.?m))(?:\s*o'?clock)?",
        _at_hour,
    ),
    (rf"\b(?P<h>\d{{1,2}}|{_EN_NUM})\s*o'?clock\b", _at_hour),
    (r"\b(?:12\s*)?(?:noon|midday)\b", _noon),
    (r"下班(?:前|之前|以前|时|的时候)?", _eod),
    (
        r"\b(?:by\s+)?(?:eod|e\.o\.d\.?|cob|c\.o\.b\.?|eob|end\s+of\s+(?:the\s+)?(?:business\s+)?day|"
        r"close\s+of\s+business|end\s+of\s+business)(?![a-z])",
        _eod,
    ),
    (
        rf"(?:(?P<n>{_CN_AMOUNT})\s*)?(?:个\s*)?(?:(?P<half>半)\s*)?(?:个\s*)?"
        r"(?P<unit>小时|钟头|分钟|刻钟|天|日|周|星期|礼拜|月)\s*(?P<dir>以后|之后|过后|后|以前|之前|前)",
        _offset,
    ),
    (
        rf"过\s*(?:(?P<n>{_CN_AMOUNT})\s*)?(?:个\s*)?(?:(?P<half>半)\s*)?(?:个\s*)?(?P<unit>小时|钟头|分钟)",
        _offset,
    ),
    (
        rf"\bin\s+(?P<n>{_EN_AMOUNT})\s*(?P<unit>{_EN_UNIT})\b(?P<half>\s+and\s+a\s+half)?",
        _offset,
    ),
    (rf"\b(?P<n>{_EN_AMOUNT})\s*(?P<unit>{_EN_UNIT})\s+(?:from\s+now|from\s+today|later)\b", _offset),
    (
        rf"(?:过\s*)?(?P<a>{_CN_AMOUNT})\s*个?\s*(?P<u1>天|日|小时|钟头)\s*(?:零\s*|又\s*)?"
        rf"(?P<b>{_CN_AMOUNT})\s*个?\s*(?P<u2>小时|钟头|分钟|分)\s*(?P<dir>以后|之后|过后|后|以前|之前|前)?",
        _compound,
    ),
    (
        rf"\b(?:in\s+)?(?P<a>{_EN_AMOUNT})\s*(?P<u1>days?|d|hours?|hrs?|hr|h)\s*(?:,\s*|\s+and\s+|\s*)"
        rf"(?P<b>{_EN_AMOUNT})\s*(?P<u2>hours?|hrs?|hr|h|minutes?|mins?|m)\b"
        r"(?:\s+(?:from\s+now|later)|\s+(?P<ago>ago))?",
        _compound,
    ),
    (r"\bin\s+half\s+an?\s+hour\b", _en_half_hour),
    (rf"\b(?:{_EN_AMOUNT})\s*(?:{_EN_UNIT})\s+ago\b", _past),
    (r"下一?个工作日|下个?工作日", _workdays),
    (rf"(?P<n>{_CN_AMOUNT})\s*个?\s*工作日\s*(?:以后|之后|后)", _workdays),
    (r"\bnext\s+(?:business|working|work)\s*day\b", _workdays),
    (rf"\bin\s+(?P<n>{_EN_AMOUNT})\s+(?:business|working)\s+days?\b", _workdays),
    (
        r"晚点|晚一点|晚些|稍后|稍晚|回头|过几天|过两天|过段时间|过阵子|过一阵子?|改天|有空|尽快|马上|立刻|立即|"
        r"一会儿?|待会儿?|等会儿?|等一下|近期|这几天|这两天|早点|早一点|工作日|双十一|双11|双十二|双12|黑五|"
        r"下下下+个?(?:周|星期|礼拜)[一二三四五六日天1-7]?|[月年](?:底|初|中)|(?:下下?|这|本|上)?个?周末|"
        r"每个?(?:天|日|晚|早|周|月|星期|礼拜)[一二三四五六日天1-7]?|"
        r"几个?(?:天|小时|钟头|分钟|周|星期|礼拜|月)(?:后|以后|之后|内)?|"
        r"下下?个?(?:周|星期|礼拜)|这个?(?:周|星期|礼拜)|本(?:周|星期)|下下?个?月|这个?月|本月|"
        rf"(?:{NUM})\s*个?\s*(?:天|小时|钟头|分钟|周|星期|月|工作日)\s*(?:内|之内|以内)|"
        rf"{NUM}\s*月(?!\s*{NUM})|半个?(?:天|月)(?:后|以后|之后)|下班(?:后|以后|之后)|"
        r"[一二两三四五六七八九十\d]\s*[到至或~\-]\s*[一二两三四五六七八九十\d]+\s*(?:点|點|天|小时|分钟|号)",
        _vague,
    ),
    (r"上个?(?:周|星期|礼拜|月)", _past),
    (
        r"元旦|春节|过年|除夕|大年初[一二三四五六七八九十]|元宵|清明|五一|劳动节|端午|七夕|中秋|国庆|十一假期|"
        r"圣诞|平安夜|情人节|感恩节|黑色星期五|节后|节前|假期|第[一二三四五六七八九十\d]+天|次日|隔天|翌日|当天|"
        r"那天|同一天|前一天|后一天|这个时候|这个点|同一时间|老时间|(?:之)?前\s*提醒|"
        r"提前\s*(?:\d+(?:\.\d+)?|[零一二两三四五六七八九十半]+)?\s*个?\s*半?\s*(?:小时|分钟|钟头|天)?|"
        r"前\s*(?:\d+|[一二两三四五六七八九十]+|半)\s*个?\s*(?:小时|分钟|钟头)",
        _vague,
    ),
    (
        r"\b(?:new\s+year'?s?(?:\s+day|\s+eve)?|christmas(?:\s+eve)?|xmas|thanksgiving|easter|"
        r"valentine'?s?(?:\s+day)?|halloween|memorial\s+day|labor\s+day|independence\s+day|prime\s+day|"
        r"the\s+next\s+day|the\s+day\s+after|that\s+day|the\s+following\s+(?:day|week)|(?:the\s+)?same\s+time|"
        r"the\s+same\s+day|(?:\d+|an?|one|two|three|half\s+an?)\s*(?:minutes?|mins?|hours?|hrs?|days?)\s+"
        r"(?:before|ahead|earlier|prior)|january|february|march|april|june|july|august|september|october|"
        r"november|december|between|after(?=\s+\d))\b",
        _vague,
    ),
    (
        r"(?<=[点點])\s*(?:以后|之后|过后|后)|(?<=[点點]半)\s*(?:以后|之后|后)",
        _vague,
    ),  # 3点以后: any time after
    (r"(?<![\d\-/.])\d{1,2}\s*[-~～]\s*\d{1,2}(?![\d\-/])", _vague),
    (r"(?<=[一二三四五六日天号])(?P<p>[早晚])(?![点些上间一])", _period),
    (
        r"(?<![0-9a-z.:/$%,\-])\d{1,2}(?:\.\d{1,2})?"
        r"(?![0-9a-z.:/%,\-]|\s*(?:点|點|时|時|号|號|日|月|个|天|分|小时|周|年|元|块|万|千|w|k))",
        _bare_number,
    ),
    (
        r"\b(?:asap|a\.s\.a\.p\.?|soon|soonish|later|sometime|shortly|whenever|tbd|tba|midnight|"
        r"(?:this\s+|next\s+|the\s+)?weekend|this\s+week|next\s+week|this\s+month|next\s+month|"
        r"end\s+of\s+(?:the\s+)?(?:week|month|year)|eow|eom|eoy|every\s+\w+|daily|weekly|monthly|"
        r"in\s+a\s+(?:bit|while|few|couple)|a\s+few\s+(?:days|hours|minutes|weeks)|"
        r"a\s+couple\s+(?:of\s+)?(?:days|hours|minutes|weeks)|black\s+friday|cyber\s+monday|some\s+time|"
        r"first\s+thing)\b",
        _vague,
    ),
    (
        rf"\b(?:last\s+(?:night|week|month|year|{_EN_WEEKDAY_RE}))\b",
        _past,
    ),
)


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[re.Pattern[str], Builder], ...]:
    return tuple((re.compile(pattern), builder) for pattern, builder in _RULES)


def scan(text: str) -> list[Token]:
    """Every time piece in `text`, overlaps settled longest first, in text order."""
    candidates: list[Token] = []
    for pattern, builder in _compiled():
        for match in pattern.finditer(text):
            items = builder(match)
            if items and match.end() > match.start():
                start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
                candidates.append(Token(start, match.end(), items))
    chosen: list[Token] = []
    for token in sorted(candidates, key=lambda t: (t.start - t.end, t.start)):
        if all(token.end <= c.start or token.start >= c.end for c in chosen):
            chosen.append(token)
    return sorted(chosen, key=lambda t: t.start)
