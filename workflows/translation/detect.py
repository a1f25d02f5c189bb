"""Which language a text is in, with lingua (n-gram models shipped in the wheel, nothing downloaded),
limited to the languages we translate. A guess below the confidence threshold is no answer: a one-word
"ok" is not Spanish."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from workflows.geo.languages import SUPPORTED_LANGUAGES
from workflows.translation.protect import strip_tokens

MIN_CONFIDENCE = 0.40  # the top language's share of the probability
MIN_MARGIN = 0.15  # ahead of the runner-up by at least this much
MIN_LETTERS = 2
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_KANA_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")


_WORDS = re.compile(r"[^\W\d_]+")
# Chat words lingua's models (trained on written text) hardly know: a creator's DM is colloquial
# ("aku udah terima paketnya, makasih ya"). Two of one language's words decide an unsure reading if
# lingua also ranks that language; between Indonesian and Malay, which lingua confuses, one more word
# than the other side decides even a sure one.
CHAT_WORDS: dict[str, frozenset[str]] = {
    "id": frozenset(
        [
            "udah",
            "gak",
            "nggak",
            "enggak",
            "ngga",
            "gk",
            "banget",
            "bgt",
            "makasih",
            "gimana",
            "bikin",
            "dong",
            "sih",
            "nih",
            "aja",
            "kok",
            "kalo",
            "deh",
            "yuk",
            "kayak",
            "dapet",
            "nyampe",
            "nungguin",
            "kabarin",
            "ngerti",
            "bingung",
        ]
    ),
    "ms": frozenset(
        [
            "tak",
            "nak",
            "dah",
            "ni",
            "lah",
            "hantar",
            "kat",
            "sikit",
            "macam",
            "betul",
            "awak",
            "korang",
            "jom",
            "sangat",
            "best",
            "okey",
            "pun",
        ]
    ),
    "es": frozenset(
        [
            "oye",
            "pues",
            "porfa",
            "porfis",
            "xq",
            "tmb",
            "tb",
            "jaja",
            "jajaja",
            "vale",
            "chido",
            "neta",
            "mandame",
            "checalo",
            "gracias",
            "muchas",
            "cuanto",
            "cuánto",
            "pagan",
            "amiga",
            "hola",
            "holaa",
            "holaaa",
            "q",
        ]
    ),
    "pt": frozenset(
        [
            "oi",
            "oii",
            "gente",
            "pra",
            "pro",
            "vc",
            "vcs",
            "vlw",
            "blz",
            "tô",
            "tá",
            "né",
            "obg",
            "obrigada",
            "obrigado",
            "amei",
            "kkk",
            "kkkk",
            "demais",
            "pelo",
            "pela",
            "recebi",
            "postei",
        ]
    ),
    "vi": frozenset(["dạ", "ạ", "nhé", "ơi", "chị", "rồi", "được", "vậy", "nhiều", "cảm", "ơn"]),
}
# Tagalog is not among the languages we detect; its chat words (po, yung, salamat) look Indonesian to
# lingua. Saying "not sure" beats saying Indonesian.
_TAGALOG = frozenset(
    [
        "po",
        "opo",
        "yung",
        "ng",
        "salamat",
        "pwede",
        "puwede",
        "magkano",
        "niyo",
        "sige",
        "kasi",
        "naman",
        "talaga",
        "natanggap",
        "gagawa",
        "lang",
        "ba",
        "ako",
        "kayo",
        "namin",
        "natin",
        "sobrang",
        "ganda",
        "mga",
    ]
)
_SIBLINGS = {"id": "ms", "ms": "id"}


def _chat_words(text: str) -> tuple[dict[str, int], int]:
    words = set(_WORDS.findall(text.lower()))
    return {code: len(words & chat) for code, chat in CHAT_WORDS.items()}, len(words & _TAGALOG)


@dataclass(frozen=True, slots=True)
class Detection:
    language: str | None  # ISO 639-1, or None when not sure
    confidence: float


FAST_FROM_CHARS = 100  # from this length the trigram-only mode agrees with the full one, ~10x faster


@functools.cache
def _detector(fast: bool = False) -> LanguageDetector:
    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in _codes()]
    builder = LanguageDetectorBuilder.from_languages(*languages).with_preloaded_language_models()
    return (builder.with_low_accuracy_mode() if fast else builder).build()


def _codes() -> tuple[str, ...]:
    return tuple(c for c in SUPPORTED_LANGUAGES if hasattr(IsoCode639_1, c.upper()))


def warm_up() -> None:
    """Load the models now (a few seconds, best in a thread at start-up) instead of on the first request."""
    _detector()
    _detector(fast=True)


def looks_chinese(text: str) -> bool:
    """At least half the letters are Han characters and there is no kana or hangul: Chinese, for sure
    enough to choose a direction without the statistical detector."""
    letters = sum(1 for ch in text if ch.isalpha())
    han = len(_HAN.findall(text))
    return letters > 0 and han / letters >= 0.5 and not _KANA_HANGUL.search(text)


def detect(text: str) -> Detection:
    """The language of `text` (protected-span tokens are ignored), or None below the threshold."""
    clean = strip_tokens(text)
    letters = [ch for ch in clean if ch.isalpha()]
    if len(letters) < MIN_LETTERS:
        return Detection(None, 0.0)
    if looks_chinese(clean):
        return Detection("zh", 1.0)
    # long texts: trigrams only; short ones (where that mode guesses wrong) get every n-gram size
    values = _detector(len(clean) >= FAST_FROM_CHARS).compute_language_confidence_values(clean)
    if not values:
        return Detection(None, 0.0)
    ranked = {v.language.iso_code_639_1.name.lower(): v.value for v in values}
    first, top = next(iter(ranked.items()))
    second = values[1].value if len(values) > 1 else 0.0
    sure = top >= MIN_CONFIDENCE and top - second >= MIN_MARGIN
    hits, tagalog = _chat_words(clean)
    if tagalog >= 2 and tagalog > max(hits.values()):
        return Detection(None, top)
    sibling = _SIBLINGS.get(first)
    if sibling is not None and hits[sibling] > hits[first]:  # Malay said to be Indonesian, or back
        return Detection(sibling, max(ranked.get(sibling, 0.0), MIN_CONFIDENCE))
    if sure:
        return Detection(first, top)
    return _by_chat_words(hits, ranked, top)


def _by_chat_words(hits: dict[str, int], ranked: dict[str, float], top: float) -> Detection:
    """An unsure reading settled by the chat words: two of one language's, more than any other's, and
    lingua ranks it among its first three (or Indonesian against Malay, one word more)."""
    best = max(hits, key=lambda code: hits[code])
    rivals = [n for code, n in hits.items() if code != best]
    leaders = list(ranked)[:3]
    if best not in leaders or hits[best] <= max(rivals):
        return Detection(None, top)
    pair = set(leaders[:2]) == {"id", "ms"}
    if hits[best] < 2 and not (pair and best in _SIBLINGS):
        return Detection(None, top)
    return Detection(best, max(ranked[best], MIN_CONFIDENCE))
