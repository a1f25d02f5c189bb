"""Reading one spreadsheet cell: blanks, full-width text, follower counts, platforms, handles, e-mails,
phone numbers, a contact cell mixing both, and prices.

Pure functions (stdlib, text_safety and the ISO 4217 list of workflows/currency only). A value that cannot
be read raises `BadCell` with a reason code that `handlers/importing.py` turns into words (zh_CN / en).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

from workflows import currency as iso_currency
from workflows.currency import SIGNS
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


# ---- phones and contact cells ----------------------------------------------------------------------

MAX_PHONE = 32  # Creator.phone
_PHONE = re.compile(r"\+?[\d\s\-().]+")
_EMAIL_IN = re.compile(
    r"(?:mailto:)?([A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})", re.IGNORECASE
)
# What separates the values of a contact cell: / , ; 、 | and line breaks (spaces are tried after).
_SEPARATORS = re.compile(r"[/,;，；、|\n\t]+|\s+(?:or|或|或者)\s+")
# A word naming what follows ("Tel:", "WhatsApp", "邮箱："): dropped; alone in a segment it says nothing.
_LABEL = re.compile(
    r"^(?:telephone|tel|phone|mobile|cellphone|cell|whats\s*app|wa|电话|手机号?|联系电话|电话号码|手机号码|e-?mail|mail|邮箱|邮件)"
    r"(?![a-z])(?:\s*(?:no\.?|number|号码?))?\s*[:：.]?\s*",
    re.IGNORECASE,
)


_DATE = re.compile(r"\d{4}[-.]\d{1,2}[-.]\d{1,2}|\d{1,2}[-.]\d{1,2}[-.]\d{4}")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def phone_key(text: str) -> str:
    """A phone compared loosely: its digits (a leading + and the spacing do not make another number)."""
    return _digits(text)


def _as_phone(segment: str) -> str | None:
    """The segment as a tidy phone number (7–15 digits, + ( ) - . and spaces), or None."""
    tidy = " ".join(segment.split()).strip(" .")
    if not tidy or not _PHONE.fullmatch(tidy) or "+" in tidy[1:]:
        return None
    if not 7 <= len(_digits(tidy)) <= 15 or len(tidy) > MAX_PHONE or _DATE.fullmatch(tidy):
        return None
    return tidy


@dataclass(frozen=True, slots=True)
class Contact:
    """What a contact cell holds: e-mails, phone numbers and whatever else (a WeChat id, a remark)."""

    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    rest: tuple[str, ...] = ()


def contact(value: object) -> Contact:
    """Split a 联系方式 / phone / WhatsApp cell: 'amy@x.com / +1 415 555 0100', 'Tel: 138… 139…',
    'WhatsApp +62 812-3456-7890; 微信 amy123'. Nothing is dropped but the labels: what is neither an
    e-mail nor a phone comes back in `rest`."""
    raw = plain_text(value)
    if raw is None:
        return Contact()
    emails = [m.group(1) for m in _EMAIL_IN.finditer(raw) if len(m.group(1)) <= 254]
    remainder = _EMAIL_IN.sub(" / ", raw)
    phones: list[str] = []
    rest: list[str] = []
    for piece in _SEPARATORS.split(remainder):
        segment = piece.strip()
        while (label := _LABEL.match(segment)) and label.end() > 0:
            segment = segment[label.end() :].strip()
        if not segment:
            continue
        whole = _as_phone(segment)
        if whole is not None:
            phones.append(whole)
            continue
        words = segment.split()
        each = [_as_phone(w) for w in words]
        if len(words) > 1 and all(each):
            phones.extend(p for p in each if p)
        else:
            rest.append(piece.strip())
    return Contact(tuple(dict.fromkeys(emails)), tuple(dict.fromkeys(phones)), tuple(rest))


# ---- prices ------------------------------------------------------------------------------------------

# Currency words and signs as sellers type them, longest first when matched; three-letter ISO codes are
# read too (checked against ISO 4217). "¥" is yuan here; a creator in Japan turns it into yen
# (workflows/currency.by_country).
CURRENCY_WORDS: dict[str, str] = {
    "us$": "USD",
    "usd$": "USD",
    "c$": "CAD",
    "ca$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "hk$": "HKD",
    "s$": "SGD",
    "r$": "BRL",
    "nt$": "TWD",
    **SIGNS,
    "＄": "USD",
    "₱": "PHP",
    "rmb": "CNY",
    "美元": "USD",
    "美金": "USD",
    "美刀": "USD",
    "刀": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "bucks": "USD",
    "人民币": "CNY",
    "元": "CNY",
    "块钱": "CNY",
    "块": "CNY",
    "欧元": "EUR",
    "euros": "EUR",
    "euro": "EUR",
    "英镑": "GBP",
    "pounds": "GBP",
    "雷亚尔": "BRL",
    "印尼盾": "IDR",
    "越南盾": "VND",
    "比索": "MXN",
    "泰铢": "THB",
    "日元": "JPY",
    "日币": "JPY",
    "円": "JPY",
    "韩元": "KRW",
    "韩币": "KRW",
    "卢比": "INR",
    "林吉特": "MYR",
    "马币": "MYR",
    "港币": "HKD",
    "港元": "HKD",
    "新币": "SGD",
    "新加坡元": "SGD",
    "加元": "CAD",
    "澳元": "AUD",
    "台币": "TWD",
    "新台币": "TWD",
}
_WORDS = "|".join(re.escape(w) for w in sorted(CURRENCY_WORDS, key=len, reverse=True))
_CURRENCY = re.compile(rf"(?<![a-z])(?:{_WORDS}|[a-z]{{3}})(?![a-z])", re.IGNORECASE)
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent|个点)", re.IGNORECASE)
_NUMBER = re.compile(r"(-\s*)?(\d(?:[\d.,]*\d)?)\s*(万|千|w|k)?(?![a-z\d])", re.IGNORECASE)
_NUMBER_SCALES = {"万": 10_000, "w": 10_000, "千": 1_000, "k": 1_000}
# Currencies written with a dot between thousands (Rp 1.500.000, R$ 1.200,50).
_DOT_THOUSANDS = frozenset({"IDR", "VND", "BRL", "EUR", "ARS", "CLP", "COP"})


@dataclass(frozen=True, slots=True)
class Price:
    """An offer as a price cell gives it: a fixed fee in a currency and/or a commission rate."""

    fee: Decimal | None = None
    currency: str | None = None
    percent: Decimal | None = None


def _currencies(text: str) -> list[str]:
    found: list[str] = []
    for match in _CURRENCY.finditer(text):
        word = match.group(0).lower()
        code = CURRENCY_WORDS.get(word) or (word.upper() if word.upper() in iso_currency.ISO_4217 else None)
        if code is not None and code not in found:
            found.append(code)
    return found


def header_currency(label: str) -> str | None:
    """The currency a price column's header announces: 报价（美元）→ USD, Rate (USD) → USD, 价格/元 → CNY."""
    found = _currencies(unicodedata.normalize("NFKC", label))
    return found[0] if len(found) == 1 else None


def price(value: object, column_currency: str | None = None) -> Price | None:
    """'报价300美元', '$300', '300 USD', 'USD 1,200', '1.5k', '300美元+10%佣金', '佣金15%'; a bare number
    takes the column's currency. BadCell `price` for a range or anything unreadable, `price_currency` for
    an amount without a currency."""
    if isinstance(value, bool | datetime | date | time):
        raise BadCell("price", str(value))
    raw = text(value)
    if raw is None:
        return None
    if isinstance(value, int | float | Decimal):
        if column_currency is None:
            raise BadCell("price_currency", raw)
        return Price(_amount(raw, raw), column_currency)
    percents = _PERCENT.findall(raw)
    rest = _PERCENT.sub(" ", raw)
    numbers = _NUMBER.findall(rest)
    if len(percents) > 1 or len(numbers) > 1 or not (percents or numbers):
        raise BadCell("price", raw)  # a range ("300-500"), two prices, or no number at all
    percent = _percent(percents[0], raw) if percents else None
    if not numbers:
        return Price(percent=percent)
    codes = _currencies(_NUMBER.sub(" ", rest))
    if len(codes) > 1:
        raise BadCell("price", raw)
    code = codes[0] if codes else column_currency
    if code is None:
        raise BadCell("price_currency", raw)
    minus, digits, scale = numbers[0]
    plain = plain_number(digits, code)
    if minus or plain is None:
        raise BadCell("price", raw)  # negative, or "1.500" that may be 1.5 or 1500
    return Price(_amount(str(Decimal(plain) * _NUMBER_SCALES.get(scale.lower(), 1)), raw), code, percent)


def plain_number(digits: str, code: str) -> str | None:
    """1,200 / 1.500.000 / 1.200,50 / 45,50 / 300.5 as a plain decimal; None when it cannot be told
    ("1.500" in dollars: one and a half, or fifteen hundred written the European way)."""
    seps = [c for c in digits if c in ".,"]
    if not seps:
        return digits
    groups = re.split(r"[.,]", digits)
    if len(set(seps)) == 2:  # 1,200.50 or 1.200,50: the last separator is the decimal point
        whole = groups[:-1]
        if seps[-1] in seps[:-1] or not _thousands(whole) or len(groups[-1]) > 2:
            return None
        return "".join(whole) + "." + groups[-1]
    if len(seps) > 1:  # 1,200,000 / 1.500.000
        return "".join(groups) if _thousands(groups) else None
    head, tail = groups
    if len(tail) == 3 and _thousands(groups):  # 1,200 / 1.200
        return head + tail if seps[0] == "," or code in _DOT_THOUSANDS else None
    if len(tail) <= 2:  # 300.50 / 45,50
        return head + "." + tail
    return None


def _thousands(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _amount(number: str, raw: str) -> Decimal:
    try:
        return iso_currency.amount(number)
    except iso_currency.BadAmount:
        raise BadCell("price", raw) from None


def _percent(number: str, raw: str) -> Decimal:
    value = Decimal(number)
    if not 0 < value <= 100 or value != value.quantize(Decimal("0.01")):
        raise BadCell("price", raw)
    return value.quantize(Decimal("0.01"))
