"""From the model's probabilities to a decision: act, ask which of two or three actions was meant, or
confirm a write first (Rasa's FallbackClassifier and two-stage fallback).

The thresholds were chosen by cross-validation on the training examples (`creatorbot nlu eval --cv`),
never on the validation split.
"""

from __future__ import annotations

from dataclasses import dataclass

ASK_BELOW = 0.30  # the best intent is less likely than this: ask
ASK_MARGIN = 0.05  # the best two are closer than this: ask
WRITE_AT = 0.70  # a state-changing intent acts at this probability or above, else it is confirmed
MAX_CHOICES = 3


@dataclass(frozen=True, slots=True)
class Decision:
    intent: str
    confidence: float
    choices: tuple[str, ...] = ()  # non-empty: ask which of these was meant before acting


def decide(
    ranked: list[tuple[str, float]],
    *,
    creators: int,
    writes: frozenset[str],
    need_creator: frozenset[str] = frozenset(),
    thresholds: tuple[float, float, float] = (ASK_BELOW, ASK_MARGIN, WRITE_AT),
) -> Decision:
    """`ranked`: (intent, probability) best first; `creators`: how many creators the message names;
    `writes`: the intents that change data, `need_creator`: those that act on a creator (as the features
    declare them): a message naming no creator cannot be one of those."""
    ask_below, ask_margin, write_at = thresholds
    adjusted = _plausible(ranked, creators, need_creator)
    best, p = adjusted[0]
    second = adjusted[1][1] if len(adjusted) > 1 else 0.0
    # never offered as a choice: "unknown", and "help" (the fallback's last line says 发「帮助」 anyway)
    likely = tuple(i for i, q in adjusted[:MAX_CHOICES] if q >= p / 4 and i not in ("unknown", "help"))
    if best == "unknown":
        if p >= ask_below or not likely:
            return Decision("unknown", p)
        return Decision("unknown", p, likely)
    if p < ask_below or p - second < ask_margin:
        if best == "help":  # "did you mean: help?" helps nobody: the fallback's suggestions answer
            return Decision("unknown", p)
        return Decision(best, p, likely or (best,))
    if best in writes and p < write_at:
        return Decision(best, p, likely or (best,))
    return Decision(best, p)


def _plausible(
    ranked: list[tuple[str, float]], creators: int, need_creator: frozenset[str]
) -> list[tuple[str, float]]:
    """Drop what the message cannot be (a creator action naming no creator), renormalise."""
    kept = [(i, p) for i, p in ranked if not (creators == 0 and i in need_creator)]
    total = sum(p for _, p in kept) or 1.0
    return sorted(((i, p / total) for i, p in kept), key=lambda x: -x[1])
