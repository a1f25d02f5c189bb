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
    top = values[0].value
    second = values[1].value if len(values) > 1 else 0.0
    if top < MIN_CONFIDENCE or top - second < MIN_MARGIN:
        return Detection(None, top)
    return Detection(values[0].language.iso_code_639_1.name.lower(), top)
