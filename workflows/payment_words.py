"""What a money message says besides the amount, read without the database: how it was paid, what kind
of payment, and a due day as written."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_METHODS: tuple[tuple[str, str], ...] = (
    (r"paypal|贝宝", "PayPal"),
    (r"payoneer|派安盈", "Payoneer"),
    (r"alipay|支付宝", "Alipay"),
    (r"wechat ?pay|微信(支付)?", "WeChat Pay"),
    (r"\bwise\b", "Wise"),
    (r"stripe", "Stripe"),
    (r"银行|bank|wire|电汇", "bank"),
)
_KINDS: tuple[tuple[str, str], ...] = (  # values of models.payment.PaymentKind
    (r"佣金|commission", "commission"),
    (r"固定费用|合作费|推广费|坑位费|出场费|flat fee|\bfee\b|fixed", "fixed_fee"),
)
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_ZH_DATE = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_EN_DATE = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?!\d)", re.I)
_EN_DATE_DM = re.compile(r"\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)


def method_in(text: str) -> str:
    lowered = text.lower()
    return next((name for pattern, name in _METHODS if re.search(pattern, lowered)), "")


def kind_word_in(text: str) -> str | None:
    """The payment kind a message names (a `PaymentKind` value), or None."""
    lowered = text.lower()
    return next((kind for pattern, kind in _KINDS if re.search(pattern, lowered)), None)


@dataclass(frozen=True, slots=True)
class DayAsk:
    """A due day as written ("12月10日前", "Dec 10", "2026-12-10"): the year only if it was typed."""

    month: int
    day: int
    year: int | None = None

    def nearest(self, today: date) -> date | None:
        """The day itself, or without a year the occurrence nearest today ("11月20日" typed on 25 Nov is
        already overdue); None for a day that does not exist (2月30日)."""
        if self.year is not None:
            return _date_or_none(self.year, self.month, self.day)
        found = [c for d in (-1, 0, 1) if (c := _date_or_none(today.year + d, self.month, self.day))]
        return min(found, key=lambda c: abs((c - today).days)) if found else None


def due_day_in(text: str) -> DayAsk | None:
    """ "12月10日前", "2026-12-10", "Dec 10", "10 Dec": the first date written, as written."""
    for pattern, order in ((_ISO_DATE, "ymd"), (_ZH_DATE, "ymd"), (_EN_DATE, "md"), (_EN_DATE_DM, "dm")):
        match = pattern.search(text)
        if match is None:
            continue
        groups = match.groups()
        if order == "ymd":
            return DayAsk(int(groups[1]), int(groups[2]), int(groups[0]) if groups[0] else None)
        if order == "md":
            return DayAsk(_MONTHS[groups[0][:3].lower()], int(groups[1]))
        return DayAsk(_MONTHS[groups[1][:3].lower()], int(groups[0]))
    return None


def _date_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
