"""Chinese numerals as used in times and dates (一 … 九十九), kept to what a clock or calendar needs."""

from __future__ import annotations

_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
CN_NUM = "[零〇一二两三四五六七八九十]"
# An hour, minute, day or month count: Arabic (after NFKC) or Chinese numerals.
NUM = rf"(?:\d{{1,2}}|{CN_NUM}{{1,3}})"


def to_int(text: str) -> int | None:
    """`15`, `十五`, `二十三`, `两` → int; None when it is not a number we read."""
    if text.isascii() and text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch == "十":
            if total:
                return None  # "十十", "二十十": not a number
            total, current = (current or 1) * 10, 0
        elif ch in _DIGITS:
            if current:
                return None  # "二三": a range or a typo, not a number
            current = _DIGITS[ch]
        else:
            return None
    return total + current
