"""Protected spans: what a model must not touch is swapped for `[[P1]]`-style tokens before the call and
put back after. Handles, links, e-mails, amounts with a currency, discount codes, hashtags, emoji and
glossary terms are protected. `restore` says which tokens the model lost, altered or made up."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_CJK = "\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
_URL = re.compile(rf"\b(?:https?://|www\.)[^\s<>\"'{_CJK}]+", re.IGNORECASE)
_URL_TAIL = ".,;:!?)]}'\"…"
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
_HASHTAG = re.compile(r"(?<![\w#&])#\w+")
_MARKUP = re.compile(r"</?\s*(?:source|brief|tokens|glossary)\b[^>]*>", re.IGNORECASE)
_LOOKALIKE = re.compile(r"(?:\[\[|［［|【【)\s*P\s*\d+\s*(?:\]\]|］］|】】)", re.IGNORECASE)
_EMOJI_CHAR = "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff\u3030\u303d\u3297\u3299]"
_EMOJI_MOD = "[\ufe0f\u20e3\U0001f3fb-\U0001f3ff]*"
_EMOJI = re.compile(rf"(?:{_EMOJI_CHAR}{_EMOJI_MOD}(?:\u200d{_EMOJI_CHAR}{_EMOJI_MOD})*)+")

_NUM = r"\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?"
_SYMBOL = r"US\$|R\$|MX\$|A\$|C\$|S\$|HK\$|NT\$|\$|€|£|¥|￥|₹|฿|₫|₩|₱|Rp\.?|RM"
_CODES = "USD|EUR|GBP|CNY|RMB|BRL|MXN|IDR|THB|VND|JPY|KRW|INR|MYR|PHP|SGD|AUD|CAD|HKD"
# Chinese currency words, and the ISO code an amount in them becomes outside a Chinese text.
ZH_CURRENCY = {
    "美元": "USD",
    "美金": "USD",
    "刀": "USD",
    "元人民币": "CNY",
    "人民币": "CNY",
    "块钱": "CNY",
    "元": "CNY",
    "欧元": "EUR",
    "英镑": "GBP",
    "雷亚尔": "BRL",
    "墨西哥比索": "MXN",
    "泰铢": "THB",
    "印尼盾": "IDR",
    "越南盾": "VND",
    "日元": "JPY",
    "韩元": "KRW",
    "令吉": "MYR",
    "卢比": "INR",
}
_ZH_UNITS = "|".join(sorted(ZH_CURRENCY, key=len, reverse=True))
_AMOUNT = re.compile(
    rf"(?:(?<![A-Za-z])(?:{_SYMBOL})\s?(?:{_NUM})(?:\s?[kK](?![A-Za-z])|万|千)?)"
    rf"|(?:(?<![A-Za-z0-9_.])(?:{_CODES})\s?(?:{_NUM})(?:\s?[kK](?![A-Za-z]))?)"
    rf"|(?:(?<![A-Za-z0-9_.,])(?:{_NUM})(?:\s?[kK])?\s?(?:{_CODES}|€|£|¥|₫|฿)(?![A-Za-z]))"
    rf"|(?:(?<![A-Za-z0-9_.,])(?:{_NUM})\s?(?P<mult>万|千)?\s?(?P<unit>{_ZH_UNITS}))"
)
_CODE_AFTER_WORD = re.compile(
    r"(?:code|coupon|promo|c[oó]digo|cupom|cup[oó]n|kode|gutschein\w*|rabattcode|优惠码|折扣码|券码|码)"
    r"\s*[:：是为]?\s*(?P<code>[A-Za-z0-9][A-Za-z0-9_-]{2,19})(?![\w-])",
    re.IGNORECASE,
)
_CODE_SHAPE = re.compile(r"(?<![\w-])(?=[A-Z0-9_-]*\d)(?=[A-Z0-9_-]*[A-Z])[A-Z][A-Z0-9_-]{3,19}(?![\w-])")
_TOKEN_OUT = re.compile(r"(?:\[\[|［［|【【)\s*P\s*(\d+)\s*(?:\]\]|］］|】】)", re.IGNORECASE)
_VALUELESS = {"markup", "token"}  # tag-like text: never repeated in the prompt, not even in the legend
_PRIORITY = {"markup": 0, "token": 0, "url": 1, "email": 2, "term": 3, "name": 3, "amount": 4}


@dataclass(frozen=True, slots=True)
class TermRule:
    """A glossary entry for one direction: `match` in the source becomes `replacement` in the output."""

    match: str
    replacement: str
    kind: str = "term"  # "term" (translated by the glossary) or "name" (never translated)


@dataclass(frozen=True, slots=True)
class Span:
    token: str
    kind: str
    original: str
    replacement: str


@dataclass(frozen=True, slots=True)
class Protected:
    text: str
    spans: tuple[Span, ...]

    def legend(self) -> str:
        """One line per token for the prompt: what it stands for, so the sentence around it is right."""
        return "\n".join(
            f"{s.token} = {s.kind}" if s.kind in _VALUELESS else f"{s.token} = {s.kind}: {s.replacement[:60]}"
            for s in self.spans
        )

    def has_words(self) -> bool:
        """Whether anything is left to translate once the protected spans are taken out."""
        rest = _TOKEN_OUT.sub(" ", self.text)
        return any(ch.isalpha() for ch in rest)


@dataclass(frozen=True, slots=True)
class Restored:
    text: str
    missing: tuple[Span, ...] = ()  # lost, altered or repeated
    unknown: tuple[str, ...] = ()  # tokens the model made up

    @property
    def ok(self) -> bool:
        return not self.missing and not self.unknown

    def warnings(self) -> tuple[str, ...]:
        return tuple(s.original for s in self.missing) + self.unknown


def protect(text: str, terms: Sequence[TermRule] = (), target: str = "zh") -> Protected:
    found = _candidates(text, terms, target)
    found.sort(key=lambda c: (c[0], -(c[1] - c[0]), _PRIORITY.get(c[2], 9)))
    out: list[str] = []
    spans: list[Span] = []
    cursor = 0
    for start, end, kind, replacement in found:
        if start < cursor:
            continue
        token = f"[[P{len(spans) + 1}]]"
        spans.append(Span(token, kind, text[start:end], replacement))
        out += [text[cursor:start], token]
        cursor = end
    out.append(text[cursor:])
    return Protected("".join(out), tuple(spans))


def restore(output: str, protected: Protected) -> Restored:
    by_number = {int(s.token[3:-2]): s for s in protected.spans}
    seen: dict[int, int] = {}
    unknown: list[str] = []

    def put_back(match: re.Match[str]) -> str:
        number = int(match.group(1))
        span = by_number.get(number)
        if span is None:
            unknown.append(match.group(0))
            return match.group(0)
        seen[number] = seen.get(number, 0) + 1
        return span.replacement

    text = _TOKEN_OUT.sub(put_back, output)
    missing = tuple(s for n, s in by_number.items() if seen.get(n, 0) != 1)
    return Restored(text, missing, tuple(unknown))


def strip_tokens(text: str) -> str:
    return _TOKEN_OUT.sub(" ", text)


Candidate = tuple[int, int, str, str]


def _candidates(text: str, terms: Sequence[TermRule], target: str) -> list[Candidate]:
    found: list[Candidate] = []
    simple = (
        ("markup", _MARKUP),
        ("token", _LOOKALIKE),
        ("email", _EMAIL),
        ("handle", _HANDLE),
        ("hashtag", _HASHTAG),
        ("emoji", _EMOJI),
        ("code", _CODE_SHAPE),
    )
    for kind, pattern in simple:
        found += [(m.start(), m.end(), kind, m.group(0)) for m in pattern.finditer(text)]
    for m in _URL.finditer(text):
        url = m.group(0).rstrip(_URL_TAIL)
        found.append((m.start(), m.start() + len(url), "url", url))
    for m in _CODE_AFTER_WORD.finditer(text):
        if any(ch.isdigit() or ch.isupper() for ch in m.group("code")):
            found.append((m.start("code"), m.end("code"), "code", m.group("code")))
    for m in _AMOUNT.finditer(text):
        found.append((m.start(), m.end(), "amount", _amount_for(m, target)))
    for term in terms:
        found += [(s, e, term.kind, term.replacement) for s, e in _term_spans(text, term.match)]
    return found


def _term_spans(text: str, term: str) -> list[tuple[int, int]]:
    if not term.strip():
        return []
    escaped = re.escape(term)
    pattern = escaped if re.search(f"[{_CJK}]", term) else rf"(?<![\w]){escaped}(?![\w])"
    return [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]


def _amount_for(match: re.Match[str], target: str) -> str:
    """Amounts come back as written, except Chinese currency words outside a Chinese text: `200美元` in
    an English message becomes `200 USD`, never a Chinese word inside a foreign sentence."""
    unit = match.group("unit")
    if unit is None or target == "zh":
        return match.group(0)
    number = re.search(_NUM, match.group(0))
    assert number is not None
    value = number.group(0).replace(",", "")
    multiplier = {"万": 10_000, "千": 1_000}.get(match.group("mult") or "", 1)
    if multiplier != 1:
        amount = float(value) * multiplier
        value = f"{amount:,.0f}" if amount == int(amount) else f"{amount:,.2f}"
    return f"{value} {ZH_CURRENCY[unit]}"
