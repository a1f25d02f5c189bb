"""What the results commands say, read by exact rules (pure): a promo code or link, a sample cost, an
exchange rate, a currency, and whether a question asks for a ranking ("谁卖得最好", "top creators")."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from workflows import currency as iso
from workflows.importing.cells import CURRENCY_WORDS

_WORDS = sorted(CURRENCY_WORDS, key=len, reverse=True)
_CURRENCY = (
    r"(?:"
    + "|".join(re.escape(w) for w in _WORDS if not w.isascii() or not w.isalpha())
    + r"|(?<![A-Za-z])[A-Za-z]{3}(?![A-Za-z])"
    r"|dollars?|euros?|pounds|bucks|rmb)"
)
_NUMBER = r"(\d+(?:[.,]\d+)?)"
_URL = re.compile(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/[^\s，。；,;]*)?", re.IGNORECASE)
_CODE_AFTER = re.compile(
    r"(?:折扣码|优惠码|优惠券码|优惠券|促销码|推广码|券码|discount\s*code|promo\s*code|coupon\s*code|coupon|code)"
    r"\s*(?:是|为|改成|改为|换成|用|=|:|：|is|to|of)?\s*[「“\"']?([A-Za-z0-9][\w\-.]{0,63})",
    re.IGNORECASE,
)
_CODE_BEFORE = re.compile(
    r"([A-Za-z0-9][\w\-.]{1,63})\s*(?:是|为)\s*(?:@\S+\s*)?(?:的)?\s*(?:折扣码|优惠码|促销码)"
)
_SKU = re.compile(r"(?<![\w-])((?=[\w-]*\d)[A-Za-z][\w-]{1,63}|\d{5,})(?![\w-])")
_SHIPPING = re.compile(r"运费|邮费|快递费|物流费|shipping|postage|freight", re.IGNORECASE)
_MONEY = re.compile(
    rf"({_CURRENCY})?\s*{_NUMBER}\s*(万|千|k)?\s*({_CURRENCY})?",
    re.IGNORECASE,
)
_RATE = re.compile(
    rf"(?:{_NUMBER}\s*)?({_CURRENCY})\s*(?:=|＝|:|：|→|->|兑|换|to|is|equals?)+\s*{_NUMBER}\s*({_CURRENCY})",
    re.IGNORECASE,
)
_PAIR = re.compile(
    r"(?<![A-Za-z])([A-Za-z]{3})\s*/\s*([A-Za-z]{3})(?![A-Za-z])\s*(?:=|:|：|是|为)?\s*(\d+(?:\.\d+)?)"
)
_ISO_DAY = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_MD_DAY = re.compile(r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_TOP = re.compile(
    r"谁.{0,4}(?:最好|最多|最高|最强|最牛|最能|第一)|排名|排行|榜|前\s*\d+"
    r"|top\s*\d*|best|rank|leaderboard|who sold most",
    re.IGNORECASE,
)


# Codes also read in lower case ("usd"); any other code must be written in capitals, since "top", "all",
# "bob" and "try" are ISO 4217 codes too.
LOWER_CASE_CODES = frozenset(
    [
        "usd",
        "cny",
        "eur",
        "gbp",
        "jpy",
        "krw",
        "thb",
        "idr",
        "myr",
        "vnd",
        "sgd",
        "hkd",
        "twd",
        "aud",
        "cad",
        "brl",
        "mxn",
        "inr",
    ]
)


def code_of(word: str) -> str | None:
    """A currency word or code as ISO 4217 ("美元" → USD, "rmb" → CNY, "usd" / "USD" → USD, "BOB" → BOB
    but "bob" → None)."""
    typed = unicodedata.normalize("NFKC", word).strip()
    folded = typed.lower()
    if not folded:
        return None
    found = CURRENCY_WORDS.get(folded) or iso.SIGNS.get(folded)
    if found is None and folded.upper() in iso.ISO_4217 and (typed.isupper() or folded in LOWER_CASE_CODES):
        found = folded.upper()
    return found


def read_code(text: str) -> str | None:
    """ "@amy 的折扣码是 AMY15" → AMY15; "@amy's link is glowlab.com/?ref=amy" → the link."""
    text = unicodedata.normalize("NFKC", text)
    for pattern in (_CODE_AFTER, _CODE_BEFORE):
        if match := pattern.search(text):
            value = match.group(1).rstrip(".")
            if value.lower() not in ("is", "to", "of") and not _URL.fullmatch(value):
                return value
    if match := _URL.search(text):
        return match.group(0).rstrip("。.,，")
    return None


@dataclass(frozen=True, slots=True)
class Money:
    amount: str
    currency: str | None


def _money(text: str) -> Money | None:
    for match in _MONEY.finditer(text):
        before, number, scale, after = match.groups()
        code = code_of(before or "") or code_of(after or "")
        if before and code is None and after is None:
            continue
        value = number.replace(",", "")
        if scale:
            value = str(float(value) * {"万": 10_000, "千": 1_000, "k": 1_000}[scale.lower()])
        return Money(value, code)
    return None


@dataclass(frozen=True, slots=True)
class CostAsk:
    sku: str | None = None
    cost: Money | None = None
    shipping: Money | None = None


def read_sample_cost(text: str) -> CostAsk:
    """ "样品成本 SKU123 = 35元", "sample cost SKU-123 $4.50 shipping $2", "SKU123 样品 35元 运费8元"."""
    text = unicodedata.normalize("NFKC", text)
    sku_match = _SKU.search(text)
    sku = sku_match.group(1) if sku_match else None
    rest = text[: sku_match.start()] + " " + text[sku_match.end() :] if sku_match else text
    parts = _SHIPPING.split(rest, maxsplit=1)
    cost = _money(parts[0])
    shipping = _money(parts[1]) if len(parts) > 1 else None
    if shipping is not None and shipping.currency is None and cost is not None:
        shipping = Money(shipping.amount, cost.currency)
    return CostAsk(sku, cost, shipping)


@dataclass(frozen=True, slots=True)
class RateAsk:
    base: str | None = None
    quote: str | None = None
    rate: str | None = None  # quote per 1 base, as a decimal string
    day: date | None = None  # in force from (None: today)


def read_rate(text: str, year: int | None = None) -> RateAsk:
    """ "汇率 1 USD = 7.1 CNY", "1美元=7.2人民币", "USD/CNY 7.1", "100 THB = 20 CNY 从11月1日起"."""
    text = unicodedata.normalize("NFKC", text)
    day = _day(text, year)
    if match := _RATE.search(text):
        units, base_word, value, quote_word = match.groups()
        base, quote = code_of(base_word), code_of(quote_word)
        try:
            rate = float(value.replace(",", "")) / float((units or "1").replace(",", ""))
        except ZeroDivisionError:
            return RateAsk(base, quote, None, day)
        return RateAsk(base, quote, _plain(rate, value, units), day)
    if match := _PAIR.search(text):
        base, quote = code_of(match.group(1)), code_of(match.group(2))
        return RateAsk(base, quote, match.group(3), day)
    return RateAsk(day=day)


def _plain(rate: float, value: str, units: str | None) -> str:
    if units in (None, "1"):
        return value.replace(",", "")
    return f"{rate:.8f}".rstrip("0").rstrip(".")


def _day(text: str, year: int | None) -> date | None:
    try:
        if match := _ISO_DAY.search(text):
            y, m, d = (int(g) for g in match.groups())
            return date(y, m, d)
        if (match := _MD_DAY.search(text)) and year is not None:
            return date(year, int(match.group(1)), int(match.group(2)))
    except ValueError:
        return None
    return None


def read_currency(text: str) -> str | None:
    """The one currency a message names ("报表币种 人民币", "report in USD")."""
    text = unicodedata.normalize("NFKC", text)
    found: list[str] = []
    for match in re.finditer(_CURRENCY, text, re.IGNORECASE):
        code = code_of(match.group(0))
        if code is not None and code not in found:
            found.append(code)
    return found[0] if len(found) == 1 else None


def asks_ranking(text: str) -> bool:
    return bool(_TOP.search(unicodedata.normalize("NFKC", text)))
