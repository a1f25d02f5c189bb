"""Choose the decision thresholds by cross-validation on the training examples only (`creatorbot nlu
tune`): each example is read by a model that did not see it, then every threshold triple is scored by
the cost of its mistakes. A wrong write costs most, a wrong read less, a question least."""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence
from dataclasses import dataclass

from bot.nlu.decide import decide
from bot.nlu.features import model_input
from bot.nlu.model import Example, IntentModel
from bot.nlu.registry import declared

COST_WRONG_WRITE = 5.0
COST_WRONG_READ = 1.0
COST_QUESTION = 0.5


@dataclass(frozen=True, slots=True)
class Held:
    intent: str
    creators: int
    ranked: list[tuple[str, float]]


@dataclass(frozen=True, slots=True)
class Choice:
    ask_below: float
    ask_margin: float
    write_at: float
    cost: float
    wrong_writes: int
    wrong_reads: int
    questions: int


def held_out(examples: Sequence[Example], folds: int = 5, seed: int = 7) -> list[Held]:
    shuffled = list(examples)
    random.Random(seed).shuffle(shuffled)
    out = []
    for k in range(folds):
        test = shuffled[k::folds]
        train = [e for i, e in enumerate(shuffled) if i % folds != k]
        model = IntentModel.train(train)
        seen = [model_input(e.text) for e in test]
        for example, view, ranked in zip(test, seen, model.scores_many(seen), strict=True):
            out.append(Held(example.intent, view.creators, ranked))
    return out


def score(held: Sequence[Held], ask_below: float, ask_margin: float, write_at: float) -> Choice:
    writes, need = declared().writes, declared().need_creator
    wrong_writes = wrong_reads = questions = 0
    for item in held:
        triple = (ask_below, ask_margin, write_at)
        decision = decide(
            item.ranked, creators=item.creators, writes=writes, need_creator=need, thresholds=triple
        )
        if decision.choices:
            questions += 1
        elif decision.intent != item.intent:
            if decision.intent in writes:
                wrong_writes += 1
            else:
                wrong_reads += 1
    cost = COST_WRONG_WRITE * wrong_writes + COST_WRONG_READ * wrong_reads + COST_QUESTION * questions
    return Choice(ask_below, ask_margin, write_at, cost, wrong_writes, wrong_reads, questions)


def best(held: Sequence[Held]) -> list[Choice]:
    grid = itertools.product(
        [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5],
        [0.0, 0.05, 0.1, 0.15, 0.2],
        [0.3, 0.4, 0.5, 0.6, 0.7, 0.8],
    )
    return sorted((score(held, *triple) for triple in grid), key=lambda c: c.cost)
