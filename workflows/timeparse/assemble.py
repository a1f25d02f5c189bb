"""Put the pieces the grammar found into one time expression, or say why there is none.

Pieces next to each other (only spaces, commas, 的/在, at/on/by between them) form a group. One group is
the expression. A date-only group and a time-only group elsewhere in the same sentence are joined
("明天提醒我 10点跟进"); anything else with two groups, a vague or past word, or a range/"or" between two
pieces is ambiguous. When the message has a colon, a time before it (the instruction) wins over the
pasted content after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

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
    Vague,
    Weekday,
    Workdays,
)

_DATE_TYPES = (RelDay, Weekday, MonthDay, DayOfMonth, Workdays, EnDate)
_TIME_TYPES = (Clock, Period, Eod)
_CONNECTOR = re.compile(
    r"(?:[\s,，、()（）]|的|在|于|之|前|\bat\b|\bon\b|\bby\b|\baround\b|\babout\b|\bthe\b)*"
)
_ALTERNATIVE = re.compile(
    r"[\s,，]*(?:或者|或是|或|还是|到|至|和|跟|及|or|and|to|through|till|until|[-~～/])[\s,，]*"
)
_RANGE_BEFORE = re.compile(r"(?:\d|[一二两三四五六七八九十])\s*(?:[-~～到至]|or|或|to|and|till|until)\s*$")
_RANGE_AFTER = re.compile(r"\s*(?:[-~～到至]|or\b|或|to\b|till\b|until\b)\s*(?:\d|[一二两三四五六七八九十])")
_SENTENCE_BREAK = re.compile(r"[。！？!?;；\n]|(?<!\d):|:(?!\d)")
_COLON = re.compile(r"(?<!\d):|:(?!\d)")  # the instruction ends here; "10:30" is not a colon


@dataclass(frozen=True, slots=True)
class Spec:
    date: RelDay | Weekday | MonthDay | DayOfMonth | Workdays | EnDate | None
    weekday_check: Weekday | None  # "3月20号（周五）": the weekday must agree with the date
    offset: Offset | None
    clock: Clock | None
    period: PeriodName | None
    eod: bool
    start: int
    end: int


class Ambiguous(Exception):
    """The text has a time, but not one we can be sure of."""


class DayChoice(Ambiguous):
    """Clear except for which day: "明天" typed at 03:00 (today, or the day after?), "周五" on a Friday."""

    def __init__(self, *days: date) -> None:
        super().__init__(*days)
        self.days = days


def _groups(tokens: list[Token], text: str) -> list[list[Token]]:
    groups: list[list[Token]] = []
    for token in tokens:
        if groups:
            gap = text[groups[-1][-1].end : token.start]
            if _ALTERNATIVE.fullmatch(gap) and not (_only_number([token]) or _only_number(groups[-1][-1:])):
                raise Ambiguous  # 周五或周六, 10点到11点, Monday and Tuesday
            if _CONNECTOR.fullmatch(gap):
                groups[-1].append(token)
                continue
        groups.append([token])
    return groups


def _only_number(group: list[Token]) -> bool:
    return all(isinstance(i, Number) for t in group for i in t.items)


def _unique(items: list[Item], kinds: tuple[type, ...]) -> list[Item]:
    found: list[Item] = []
    for item in items:
        if isinstance(item, kinds) and item not in found:
            found.append(item)
    return found


def _number_as_clock(items: list[Item]) -> list[Item]:
    """ "tomorrow 9", "明天 10", "下午 3": a bare number is an hour only right after a date or a part of
    the day with no clock; elsewhere it is ignored."""
    numbers = [i for i in items if isinstance(i, Number)]
    rest: list[Item] = [i for i in items if not isinstance(i, Number)]
    if not numbers or any(isinstance(i, Clock) for i in rest):
        return rest
    if not any(isinstance(i, (*_DATE_TYPES, Offset, Period)) for i in rest):
        return rest
    if len(numbers) > 1 or "." in numbers[0].text:
        raise Ambiguous  # 明天 10.30, 明天 3 5
    return [*rest, Clock(int(numbers[0].text), 0)]


def _spec(group: list[Token]) -> Spec:
    items = _number_as_clock([item for token in group for item in token.items])
    dates = _unique(items, _DATE_TYPES)
    offsets = [i for i in _unique(items, (Offset,)) if isinstance(i, Offset)]
    clocks = [i for i in _unique(items, (Clock,)) if isinstance(i, Clock)]
    periods = [i.name for i in _unique(items, (Period,)) if isinstance(i, Period)]
    eod = any(isinstance(i, Eod) for i in items)
    if len(offsets) > 1 or len(clocks) > 1 or len(periods) > 1:
        raise Ambiguous  # 10点 11点, 早上 晚上
    if len(dates) > 2 or (len(dates) == 2 and not any(isinstance(d, Weekday) for d in dates)):
        raise Ambiguous  # 明天 后天
    offset = offsets[0] if offsets else None
    timed = offset is not None and (offset.unit in ("minute", "hour") or offset.extra_minutes > 0)
    if offset and (dates or (timed and (clocks or periods or eod))):
        raise Ambiguous  # 明天 3小时后
    if eod and (clocks or periods):
        raise Ambiguous
    date = next((d for d in dates if not isinstance(d, Weekday)), dates[0] if dates else None)
    check = next((d for d in dates if isinstance(d, Weekday) and d is not date), None)
    assert date is None or isinstance(date, _DATE_TYPES)
    return Spec(
        date=date,
        weekday_check=check,
        offset=offset,
        clock=clocks[0] if clocks else None,
        period=periods[0] if periods else None,
        eod=eod,
        start=group[0].start,
        end=group[-1].end,
    )


def _has_date(group: list[Token]) -> bool:
    return any(isinstance(i, (*_DATE_TYPES, Offset)) for t in group for i in t.items)


def _has_time(group: list[Token]) -> bool:
    return any(isinstance(i, _TIME_TYPES) for t in group for i in t.items)


def _join(groups: list[list[Token]], text: str) -> list[Token]:
    """Two groups are one expression only when one is a date and the other a time of day."""
    if len(groups) == 1:
        return groups[0]
    if len(groups) == 2:
        first, second = groups
        kinds = {(_has_date(first), _has_time(first)), (_has_date(second), _has_time(second))}
        between = text[first[-1].end : second[0].start]
        if kinds == {(True, False), (False, True)} and not _SENTENCE_BREAK.search(between):
            return first + second
    raise Ambiguous


def _check_ranges(tokens: list[Token], text: str) -> None:
    for token in tokens:
        if _only_number([token]):
            continue
        if _RANGE_BEFORE.search(text[max(0, token.start - 8) : token.start]):
            raise Ambiguous
        if _RANGE_AFTER.match(text, token.end):
            raise Ambiguous


def _instruction_tokens(tokens: list[Token], text: str) -> list[Token]:
    colon = _COLON.search(text)
    if colon is None:
        return tokens
    head = [t for t in tokens if t.end <= colon.start()]
    return head if head and not _only_number(head) else tokens


def assemble(tokens: list[Token], text: str) -> Spec | None:
    """The expression in `text` (None: no time at all). Raises Ambiguous when it cannot be sure."""
    if not tokens:
        return None
    tokens = _instruction_tokens(tokens, text)
    if any(isinstance(i, (Vague, Past)) for t in tokens for i in t.items):
        raise Ambiguous
    _check_ranges(tokens, text)
    groups = [g for g in _groups(tokens, text) if not _only_number(g)]
    return _spec(_join(groups, text)) if groups else None
