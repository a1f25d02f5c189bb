"""Slot extractors: small functions over normalised text with handles and e-mails masked out."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from bot.nlu.text import CJK, strip_punct
from workflows.currency import SIGNS

# A number as people type it: 1,200 / 1.200 / 750.000 / 45,50 / 1.5 — and a scale after it (1.5k, 50万, 1w).
_NUM = r"(\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?)"
_AMOUNT_SCALE = r"\s*(百万|万|千|[kKwWmM](?![A-Za-z]))?"
_PREFIX_CURRENCY: dict[str, str] = {
    **SIGNS,  # "¥" is yen for a Japanese creator: the handler decides (workflows/currency)
    "rp.": "IDR",
    "usd": "USD",
    "cny": "CNY",
    "rmb": "CNY",
    "eur": "EUR",
    "gbp": "GBP",
    "brl": "BRL",
    "idr": "IDR",
    "mxn": "MXN",
    "thb": "THB",
    "jpy": "JPY",
    "cad": "CAD",
    "aud": "AUD",
    "vnd": "VND",
    "php": "PHP",
    "myr": "MYR",
    "sgd": "SGD",
    "krw": "KRW",
    "inr": "INR",
    "hkd": "HKD",
}
_SUFFIX_CURRENCY: dict[str, str] = {
    "美元": "USD",
    "美金": "USD",
    "美刀": "USD",
    "刀": "USD",
    "usd": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "bucks": "USD",
    "人民币": "CNY",
    "元": "CNY",
    "块钱": "CNY",
    "块": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "欧元": "EUR",
    "欧": "EUR",
    "eur": "EUR",
    "euros": "EUR",
    "euro": "EUR",
    "英镑": "GBP",
    "镑": "GBP",
    "gbp": "GBP",
    "pounds": "GBP",
    "雷亚尔": "BRL",
    "brl": "BRL",
    "印尼盾": "IDR",
    "越南盾": "VND",
    "盾": "IDR",
    "idr": "IDR",
    "比索": "MXN",
    "mxn": "MXN",
    "泰铢": "THB",
    "thb": "THB",
    "日元": "JPY",
    "日币": "JPY",
    "円": "JPY",
    "jpy": "JPY",
    "韩元": "KRW",
    "韩币": "KRW",
    "krw": "KRW",
    "卢比": "INR",
    "inr": "INR",
    "林吉特": "MYR",
    "马币": "MYR",
    "myr": "MYR",
    "港币": "HKD",
    "港元": "HKD",
    "新币": "SGD",
    "新加坡元": "SGD",
    "加元": "CAD",
    "cad": "CAD",
    "澳元": "AUD",
    "aud": "AUD",
}


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_PREFIX_RE = re.compile(
    rf"(?<![A-Za-z])({_alternation(list(_PREFIX_CURRENCY))})\s*{_NUM}{_AMOUNT_SCALE}", re.IGNORECASE
)
_SUFFIX_RE = re.compile(
    rf"{_NUM}{_AMOUNT_SCALE}\s*({_alternation(list(_SUFFIX_CURRENCY))})(?![A-Za-z])", re.IGNORECASE
)
_BARE_AMOUNT = re.compile(rf"(?<![\w.%,]){_NUM}{_AMOUNT_SCALE}(?![\w.%])")
_SCALES = {"万": 10_000, "w": 10_000, "k": 1_000, "千": 1_000, "m": 1_000_000, "百万": 1_000_000}


def find_amount(text: str) -> tuple[str | None, str | None]:
    """(amount as a plain decimal string, ISO 4217 code or None) for the first money phrase."""
    prefix, suffix = _PREFIX_RE.search(text), _SUFFIX_RE.search(text)
    candidates = [m for m in (prefix, suffix) if m is not None]
    if candidates:
        first = min(candidates, key=lambda m: m.start())
        if first is prefix:
            code = _PREFIX_CURRENCY[first.group(1).lower()]
            return _decimal(first.group(2), first.group(3), code), code
        code = _SUFFIX_CURRENCY[first.group(3).lower()]
        return _decimal(first.group(1), first.group(2), code), code
    bare = _BARE_AMOUNT.search(text)
    return (_decimal(bare.group(1), bare.group(2)), None) if bare else (None, None)


# Where "1.200" is one thousand two hundred: currencies written with a dot between thousands.
_DOT_THOUSANDS = {"IDR", "BRL", "EUR", "VND", "ARS", "CLP", "COP"}


def _plain(raw: str, code: str | None) -> str:
    """1,200 / 750.000 / 1.250.000 → thousands; 45,50 / 1.5 → decimals. The last separator before one or
    two digits is the decimal point; before three digits it groups thousands — except one dot in a
    currency that writes thousands with commas ("1.005 USD" stays 1.005, and is asked about)."""
    groups = re.split(r"[.,]", raw)
    if len(groups) == 1:
        return raw
    last = groups[-1]
    one_dot = len(groups) == 2 and "." in raw
    if (
        len(last) == 3
        and all(len(g) == 3 for g in groups[1:])
        and not (one_dot and code not in _DOT_THOUSANDS)
    ):
        return "".join(groups)
    return "".join(groups[:-1]) + "." + last


def _decimal(raw: str, scale: str | None = None, code: str | None = None) -> str | None:
    try:
        value = Decimal(_plain(raw, code)) * _SCALES.get((scale or "").lower(), 1)
    except InvalidOperation:
        return None
    return format(value.normalize(), "f") if value == value.to_integral() else str(value.normalize())


_MULTIPLIER = {"万": 10_000, "w": 10_000, "k": 1_000, "千": 1_000, "m": 1_000_000, "百万": 1_000_000}
_SCALE = r"(百万|万|千|w|k|m)?"
_FOLLOWERS = (
    re.compile(rf"粉丝数?\s*:?\s*{_NUM}\s*{_SCALE}", re.IGNORECASE),
    re.compile(rf"{_NUM}\s*{_SCALE}\s*(?:粉丝|粉|followers|fans|subscribers|subs)", re.IGNORECASE),
)


def find_followers(text: str) -> int | None:
    for pattern in _FOLLOWERS:
        match = pattern.search(text)
        if match:
            number = Decimal(match.group(1).replace(",", ""))
            scale = _MULTIPLIER.get((match.group(2) or "").lower(), 1)
            return int(number * scale)
    return None


_PLATFORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"(?<![A-Za-z])(tik\s?tok|tiktok)(?![A-Za-z])|抖音国际版|TT(?![A-Za-z])", re.IGNORECASE),
        "tiktok",
    ),
    (re.compile(r"(?<![A-Za-z])(instagram|insta|ins|ig)(?![A-Za-z])", re.IGNORECASE), "instagram"),
    (re.compile(r"(?<![A-Za-z])(youtube|yt)(?![A-Za-z])|油管", re.IGNORECASE), "youtube"),
)


def find_platform(text: str) -> str | None:
    hits = [(m.start(), name) for pattern, name in _PLATFORMS if (m := pattern.search(text))]
    return min(hits)[1] if hits else None


_ME = {"我", "me", "my", "myself", "本人", "自己"}
_NAME = rf"(?:[{CJK}]{{1,4}}?|[A-Za-z][\w.\-]*)"
_FULL_NAME = rf"(?:[{CJK}]{{1,6}}|[A-Za-z][\w.\-]*)"
_OWNED = (
    re.compile(rf"({_NAME})\s*(?:负责的|名下|手上的|手上在跟的|在跟的|跟进的)"),
    re.compile(r"\b(?:owned by|assigned to|of)\s+([A-Za-z][\w.\-]*)", re.IGNORECASE),
    re.compile(r"\b(my|me)\b", re.IGNORECASE),
    re.compile(r"\bfor\s+([A-Z][\w.\-]*)\b"),
)
_PERIOD_OWNER = re.compile(rf"^({_NAME})\s*(?:这周|本周|这个月|本月|今天|的进度|的漏斗|的建联|的外联|的)")
_LEADING_VERBS = re.compile(
    r"^(?:给我看下|给我看看|帮我看看|帮我看下|看看|看下|看一下|查看|查一下|查下|我要看)\s*"
)
_NOT_NAMES = {
    "今天",
    "本周",
    "这周",
    "本月",
    "这个月",
    "上周",
    "上个月",
    "上月",
    "各阶段",
    "整体",
    "所有",
    "全部",
    "团队",
    "达人",
    "红人",
    "博主",
    "网红",
    "出一份",
    "一下",
    "总体",
    "最近",
    "所有人",
}


def _owner_value(raw: str) -> str | None:
    name = strip_punct(raw)
    if not name or name in _NOT_NAMES:
        return None
    return "me" if name.lower() in _ME else name


def find_owner_filter(text: str) -> str | None:
    """Whose creators a list or a summary is about ("小王负责的", "my creators", "for Lisa")."""
    start = _LEADING_VERBS.sub("", text.strip())
    for pattern in _OWNED:
        match = pattern.search(start)
        if match:
            return _owner_value(match.group(1))
    match = _PERIOD_OWNER.match(start)
    return _owner_value(match.group(1)) if match else None


_BARE_HANDLE = re.compile(
    r"(?<![A-Za-z0-9_.@])([A-Za-z0-9][A-Za-z0-9_.]*[_.\d][A-Za-z0-9_.]*|[A-Za-z0-9][A-Za-z0-9_.]+)(?![\w@])"
)


def find_bare_handles(text: str, vocabulary: set[str]) -> list[tuple[str, tuple[int, int]]]:
    """Handles typed without '@': Latin tokens that are not words the bot knows."""
    found = []
    for match in _BARE_HANDLE.finditer(text):
        token = match.group(1).rstrip(".")
        if token.lower() in vocabulary or token.isdigit() or len(token) < 3:
            continue
        found.append((token, (match.start(), match.start() + len(token))))
    return found


# ---- offers, payments, samples (issue 8) -------------------------------------------------------------
_PERCENT = re.compile(r"([-−]?\d+(?:\.\d+)?)\s*(?:%|个点|percent\b)", re.IGNORECASE)
_NEGATIVE = re.compile(r"[-−]\s*(?:us\$|r\$|[$¥€£])?\s*\d")
_CODE_NEAR = re.compile(
    rf"(?<![A-Za-z]){_NUM}\s*([A-Za-z]{{3}})(?![A-Za-z])|(?<![A-Za-z])([A-Za-z]{{3}})\s*{_NUM}", re.IGNORECASE
)
_NOT_CODES = {"via", "for", "and", "the", "fee", "per", "off", "due", "was", "paid", "sent", "usd", "pay"}
_REFUNDABLE = re.compile(r"可退|退款样|付费样品|refundable", re.IGNORECASE)
_FREE_SAMPLE = re.compile(r"免费|free\b", re.IGNORECASE)


def find_percent(text: str) -> str | None:
    """ "佣金15%", "15个点", "10.5 percent" → "15" (signs kept: a negative rate is asked about)."""
    match = _PERCENT.search(text)
    return match.group(1).replace("−", "-") if match else None


def signed_amount(text: str, amount: str | None) -> str | None:
    """`find_amount` reads digits; a minus sign before the money phrase makes it negative."""
    if amount is None:
        return None
    return f"-{amount}" if _NEGATIVE.search(text) else amount


def find_currency_code(text: str) -> str | None:
    """A three-letter word next to an amount ("300 CHF", "xyz 300"), as typed: validated later."""
    for match in _CODE_NEAR.finditer(text):
        code = match.group(2) or match.group(3)
        if code and code.lower() not in _NOT_CODES:
            return code.upper()
    return None


def find_sample_type(text: str) -> str | None:
    if _REFUNDABLE.search(text):
        return "refundable"
    if _FREE_SAMPLE.search(text):
        return "free"
    return None
