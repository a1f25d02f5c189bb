"""What to suggest for a message that matched nothing: the example commands (`example.<intent>`) of the
intents nearest to what was typed, so "寄样的期限呢" and "周报发哪了" get different, fitting suggestions.

Nearest is the intent model's ranking when the dispatcher lends it (`ranking`, around the routing of one
message: handlers cannot import the model, and `CommandContext` has no field for it yet); without one
(a handler called directly) it is fuzzy similarity to the examples.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from rapidfuzz import fuzz

from i18n import Catalog

# text → (intent, probability), best first: the model's reading of the message
Ranker = Callable[[str], Sequence[tuple[str, float]]]
_RANKER: ContextVar[Ranker | None] = ContextVar("intent_ranker", default=None)
NOT_SUGGESTED = frozenset({"unknown", "help"})  # the reply's last line already says 发「帮助」
DEFAULT = ("help", "add_creator", "list_creators")  # for an empty message: where everyone starts


@contextmanager
def ranking(ranker: Ranker) -> Iterator[None]:
    """Lend the intent model's ranking to the suggestions made while this block runs."""
    token = _RANKER.set(ranker)
    try:
        yield
    finally:
        _RANKER.reset(token)


def closest_examples(t: Catalog, text: str, limit: int = 3) -> list[str]:
    """Up to `limit` example commands, nearest first, one per intent."""
    if not text.strip():
        order: Sequence[str] = DEFAULT
        skipped: frozenset[str] = frozenset({"unknown"})  # where everyone starts: help first
    else:
        ranker = _RANKER.get()
        order = [intent for intent, _ in ranker(text)] if ranker is not None else _fuzzy(t, text)
        skipped = NOT_SUGGESTED
    examples: list[str] = []
    for intent in order:
        key = f"example.{intent}"
        example = (
            t(key, name=t("example.campaign_name")) if key in t else ""
        )  # a campaign's examples name one
        if intent in skipped or not example or example in examples:
            continue
        examples.append(example)
        if len(examples) == limit:
            break
    return examples


def _fuzzy(t: Catalog, text: str) -> list[str]:
    from handlers import intent_specs  # the features are found by walking this package: not at import

    intents = [i for i in intent_specs() if f"example.{i}" in t]
    return sorted(intents, key=lambda i: -fuzz.partial_ratio(text, t(f"example.{i}")))
