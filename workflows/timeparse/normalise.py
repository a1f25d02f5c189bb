"""Prepare a chat message for the time grammar without moving any character.

Every step keeps the length of the text, so an offset found in the prepared copy is an offset into
what the user typed (used to echo the time span back). Full-width forms are folded one character at a
time (as bot/nlu/text.py does: workflows must not import bot/), and things that hold digits but are not
times (handles, e-mails, links, money, percentages, follower counts, product names, order numbers) are
blanked out with spaces.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from workflows.spans import blank

CJK = r"\u2e80-\u9fff\uf900-\ufaff"

_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_HANDLE = re.compile(rf"@[^\s{CJK},;:!?()\[\]{{}}、，；：。！？（）【】“”]+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_AMOUNT = r"\d[\d,]*(?:\.\d+)?"
_MONEY_PREFIX = re.compile(
    rf"(?<![a-z])(?:us\$|r\$|\$|¥|€|£|rp\.?|usd|cny|rmb|eur|gbp|idr|brl|mxn|thb|jpy)\s*{_AMOUNT}"
    r"(?:\s*(?:k|w|m|万|千|百万)(?![a-z]))?",
    re.IGNORECASE,
)
# A number followed by a unit that is never a time: money, shares, counts of things.
_COUNTED = re.compile(
    rf"{_AMOUNT}\s*(?:%|‰|美元|美金|刀|块钱|块|元|人民币|欧元|欧|英镑|雷亚尔|印尼盾|比索|泰铢|日元|加元|澳元|"
    r"usd|dollars?|bucks|euros?|pounds|rmb|cny|万|千|百万|w(?![a-z])|k(?![a-z])|"
    r"粉丝?|followers|fans|subs(?:cribers)?|views|likes|播放|点赞|赞|"
    r"个(?!\s*(?:月|小时|钟头|半|工作日|星期|礼拜))|条|件|单|次|人|位|款|篇|期|套|盒|支|瓶|份|倍|折|"
    r"pcs|units|items|videos?|posts?|orders?)",
    re.IGNORECASE,
)
# Letters glued to digits: product and model names (iPhone15, S24, v2.3), not 9am / 3rd / 2h.
_PRODUCT = re.compile(r"(?<![a-z0-9])[a-z]+\d[\w.\-]*", re.IGNORECASE)
_LONG_NUMBER = re.compile(r"(?<![\d])\d{5,}(?![\d])")
_MASKS = (_EMAIL, _URL, _HANDLE, _MONEY_PREFIX, _COUNTED, _LONG_NUMBER, _PRODUCT)


@dataclass(frozen=True, slots=True)
class Prepared:
    original: str  # as typed
    folded: str  # full-width folded, case kept (for zone abbreviations), masked
    lowered: str  # folded, lower-cased, masked: what the grammar reads


def _fold_char(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


def _lower_char(ch: str) -> str:
    lowered = ch.lower()
    return lowered if len(lowered) == 1 else ch


def prepare(text: str) -> Prepared:
    folded = "".join(_fold_char(ch) for ch in text)
    spans: list[tuple[int, int]] = []
    for pattern in _MASKS:
        spans += [m.span() for m in pattern.finditer(blank(folded, spans))]
    masked = blank(folded, spans)
    return Prepared(original=text, folded=masked, lowered="".join(_lower_char(ch) for ch in masked))
