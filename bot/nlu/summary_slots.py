"""Slots of a summary request: the period and the campaign ("本周", "最近30天", "上个月",
"2026-11-01 to 2026-11-15", "campaign 春季新品"). Periods are specs read by workflows/summary_period.py."""

from __future__ import annotations

import re

_DATE = r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
_RANGE = re.compile(_DATE + r"\s*(?:to|until|through|~|-|–|—|至|到)\s*" + _DATE, re.IGNORECASE)
_CN_NUM = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_LAST_DAYS = re.compile(r"(?:最近|过去|近|前)\s*(\d{1,4}|[一两二三四五六七八九十])\s*(天|日|周|个?月)")
_LAST_DAYS_EN = re.compile(r"\b(?:last|past)\s+(\d{1,4})\s*(days?|weeks?|months?)\b", re.IGNORECASE)
_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("all", re.compile(r"全部时间|所有时间|历史以来|有史以来|至今|\ball[- ]time\b|\bever\b", re.IGNORECASE)),
    ("last_month", re.compile(r"上个?月|\blast month\b", re.IGNORECASE)),
    ("last_week", re.compile(r"上个?周|上个?星期|上礼拜|\blast week\b", re.IGNORECASE)),
    ("today", re.compile(r"今天|今日|\btoday\b", re.IGNORECASE)),
    ("month", re.compile(r"本月|这个?月|当月|月报|\bthis month\b|\bmonthly\b", re.IGNORECASE)),
    ("week", re.compile(r"本周|这周|这一周|这个?星期|周报|\bthis week\b|\bweekly\b", re.IGNORECASE)),
)
_CAMPAIGN = (
    re.compile(r"[「“\"]([^「」“”\"]{1,60})[」”\"]\s*(?:活动|项目|campaign)", re.IGNORECASE),
    re.compile(
        r"(?:\bcampaign\b|活动|项目)(?:\s*[:：]\s*|\s+)[「“\"']?([^\s「」“”\"'，,。;；]+)", re.IGNORECASE
    ),
    # "黑五美妆活动的汇总", "黑五美妆 活动汇总" (a space before 活动 too)
    re.compile(r"(?:^|\s)([^\s「」“”\"'，,。;；]{2,30}?)\s?(?:活动|项目)(?=的|\s|$|汇总|进度|数据)"),
)
_NOT_CAMPAIGNS = {"的", "汇总", "进度", "数据", "summary", "report", "的汇总", "的进度"}


def find_period(text: str) -> str | None:
    """A period spec: today | week | last_week | month | last_month | days:N | range:A..B | all."""
    if match := _RANGE.search(text):
        y1, m1, d1, y2, m2, d2 = (int(g) for g in match.groups())
        return f"range:{y1:04d}-{m1:02d}-{d1:02d}..{y2:04d}-{m2:02d}-{d2:02d}"
    if match := _LAST_DAYS.search(text):
        raw, unit = match.groups()
        n = int(raw) if raw.isdigit() else _CN_NUM[raw]
        return f"days:{n * (7 if unit == '周' else 30 if '月' in unit else 1)}"
    if match := _LAST_DAYS_EN.search(text):
        n, unit = int(match.group(1)), match.group(2).lower()
        return f"days:{n * (7 if unit.startswith('week') else 30 if unit.startswith('month') else 1)}"
    for spec, pattern in _WORDS:
        if pattern.search(text):
            return spec
    return None


def strip_periods(text: str) -> str:
    """The text without its period phrases (so "过去两周" is never read as a teammate's name)."""
    for pattern in (_RANGE, _LAST_DAYS, _LAST_DAYS_EN, *(p for _, p in _WORDS)):
        text = pattern.sub(" ", text)
    return text


def find_campaign(text: str) -> str | None:
    for pattern in _CAMPAIGN:
        match = pattern.search(text)
        if match:
            name = match.group(1).strip()
            if name and name.lower() not in _NOT_CAMPAIGNS and find_period(name) is None:  # "本周 活动汇总"
                return name
    return None


_AT_NAME = re.compile(r"@([\u4e00-\u9fff]{1,6}?)(?=这|本|上|今|最近|过去|的|负责|\s|$)")


def find_at_teammate(text: str) -> str | None:
    """ "看看 @小王 这个月的进度": a Chinese name after "@" is a teammate (creators have Latin handles)."""
    match = _AT_NAME.search(text)
    return match.group(1) if match else None
