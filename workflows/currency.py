"""ISO 4217: the active currency codes, their minor units where not 2, and amounts as Decimal."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from workflows.errors import WorkflowError

# Active ISO 4217 alphabetic codes (list one, SIX Financial Information, 2024 edition).
ISO_4217: frozenset[str] = frozenset(
    [
        "AED",
        "AFN",
        "ALL",
        "AMD",
        "ANG",
        "AOA",
        "ARS",
        "AUD",
        "AWG",
        "AZN",
        "BAM",
        "BBD",
        "BDT",
        "BGN",
        "BHD",
        "BIF",
        "BMD",
        "BND",
        "BOB",
        "BOV",
        "BRL",
        "BSD",
        "BTN",
        "BWP",
        "BYN",
        "BZD",
        "CAD",
        "CDF",
        "CHE",
        "CHF",
        "CHW",
        "CLF",
        "CLP",
        "CNY",
        "COP",
        "COU",
        "CRC",
        "CUP",
        "CVE",
        "CZK",
        "DJF",
        "DKK",
        "DOP",
        "DZD",
        "EGP",
        "ERN",
        "ETB",
        "EUR",
        "FJD",
        "FKP",
        "GBP",
        "GEL",
        "GHS",
        "GIP",
        "GMD",
        "GNF",
        "GTQ",
        "GYD",
        "HKD",
        "HNL",
        "HTG",
        "HUF",
        "IDR",
        "ILS",
        "INR",
        "IQD",
        "IRR",
        "ISK",
        "JMD",
        "JOD",
        "JPY",
        "KES",
        "KGS",
        "KHR",
        "KMF",
        "KPW",
        "KRW",
        "KWD",
        "KYD",
        "KZT",
        "LAK",
        "LBP",
        "LKR",
        "LRD",
        "LSL",
        "LYD",
        "MAD",
        "MDL",
        "MGA",
        "MKD",
        "MMK",
        "MNT",
        "MOP",
        "MRU",
        "MUR",
        "MVR",
        "MWK",
        "MXN",
        "MXV",
        "MYR",
        "MZN",
        "NAD",
        "NGN",
        "NIO",
        "NOK",
        "NPR",
        "NZD",
        "OMR",
        "PAB",
        "PEN",
        "PGK",
        "PHP",
        "PKR",
        "PLN",
        "PYG",
        "QAR",
        "RON",
        "RSD",
        "RUB",
        "RWF",
        "SAR",
        "SBD",
        "SCR",
        "SDG",
        "SEK",
        "SGD",
        "SHP",
        "SLE",
        "SOS",
        "SRD",
        "SSP",
        "STN",
        "SVC",
        "SYP",
        "SZL",
        "THB",
        "TJS",
        "TMT",
        "TND",
        "TOP",
        "TRY",
        "TTD",
        "TWD",
        "TZS",
        "UAH",
        "UGX",
        "USD",
        "USN",
        "UYI",
        "UYU",
        "UYW",
        "UZS",
        "VED",
        "VES",
        "VND",
        "VUV",
        "WST",
        "XAF",
        "XCD",
        "XCG",
        "XOF",
        "XPF",
        "YER",
        "ZAR",
        "ZMW",
        "ZWG",
    ]
)
# Currencies without minor units (or with three) in ISO 4217; everything else has two.
MINOR_UNITS: dict[str, int] = {
    **dict.fromkeys(
        [
            "BIF",
            "CLP",
            "DJF",
            "GNF",
            "ISK",
            "JPY",
            "KMF",
            "KRW",
            "PYG",
            "RWF",
            "UGX",
            "UYI",
            "VND",
            "VUV",
            "XAF",
            "XOF",
            "XPF",
        ],
        0,
    ),
    **dict.fromkeys(["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"], 3),
}
EXAMPLES = ("USD", "CNY", "EUR", "GBP", "IDR", "THB")
MAX_AMOUNT = Decimal("999999999999.99")  # max_digits=14, decimal_places=2


@dataclass
class UnknownCurrency(WorkflowError):
    code: str


@dataclass
class BadAmount(WorkflowError):
    """Zero, negative, unreadable, too large, or finer than the database keeps (cents)."""

    amount: str
    reason: str  # not_positive | unreadable | too_large | too_precise


def currency(code: str) -> str:
    upper = code.strip().upper()
    if upper not in ISO_4217:
        raise UnknownCurrency(code.strip()[:12])
    return upper


def amount(raw: str | Decimal) -> Decimal:
    """A positive amount with at most two decimals (what `Payment.amount` keeps), exactly."""
    try:
        value = raw if isinstance(raw, Decimal) else Decimal(str(raw).replace(",", "").strip())
    except InvalidOperation:
        raise BadAmount(str(raw)[:30], "unreadable") from None
    if not value.is_finite():
        raise BadAmount(str(raw)[:30], "unreadable")
    if value <= 0:
        raise BadAmount(str(raw)[:30], "not_positive")
    if value > MAX_AMOUNT:
        raise BadAmount(str(raw)[:30], "too_large")
    if value != value.quantize(Decimal("0.01")):
        raise BadAmount(str(raw)[:30], "too_precise")
    return value.quantize(Decimal("0.01"))


def show(value: Decimal, code: str) -> str:
    """`1,234.50 USD`, `3,000 JPY`: the currency's own minor units, never rounded up or down silently."""
    places = MINOR_UNITS.get(code, 2)
    shown = (
        value.quantize(Decimal(1).scaleb(-places))
        if value == value.quantize(Decimal(1).scaleb(-places))
        else value
    )
    return f"{shown:,} {code}"


_YEN_SIGN = re.compile(r"[¥￥]")
_YUAN_WORDS = re.compile(r"元|人民币|块|rmb|cny", re.IGNORECASE)


# Currency signs as people type them before or after an amount ("$300", "300€", "Rp 50.000"); "¥" is yuan
# in a Chinese team's chat (see `by_country` for a creator in Japan). The chat's money reader
# (bot/nlu/slots.py) and the import's price cells (workflows/importing/cells.py) extend it with words.
SIGNS: dict[str, str] = {
    "us$": "USD",
    "r$": "BRL",
    "$": "USD",
    "¥": "CNY",
    "￥": "CNY",
    "€": "EUR",
    "£": "GBP",
    "₹": "INR",
    "₩": "KRW",
    "₫": "VND",
    "฿": "THB",
    "rp": "IDR",
    "rm": "MYR",
}


def yen_sign(typed: str) -> bool:
    """ "¥" written without 元/人民币/RMB: yuan in a Chinese team's chat, yen to a creator in Japan."""
    return bool(_YEN_SIGN.search(typed)) and not _YUAN_WORDS.search(typed)


def by_country(code: str | None, yen: bool, country: str | None) -> str | None:
    """ "paid @yuki ¥3000" is JPY when @yuki is in Japan (`yen`: see `yen_sign`)."""
    if code == "CNY" and country == "JP" and yen:
        return "JPY"
    return code
