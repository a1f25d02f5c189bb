"""Measure understanding on a labelled set: intent+creators accuracy, per-intent precision and recall,
the confusions, wrong writes and latency (`creatorbot nlu eval`)."""

from __future__ import annotations

import json
import statistics
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.nlu.registry import declared
from handlers.command import Command


@dataclass(frozen=True, slots=True)
class Labelled:
    text: str
    intent: str
    creators: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Outcome:
    item: Labelled
    got: Command
    seconds: float

    @property
    def right(self) -> bool:
        return self.got.intent == self.item.intent and self.got.creators == self.item.creators

    @property
    def wrong_write(self) -> bool:
        """A state change the person did not mean, made without asking first."""
        wrote = self.got.intent in declared().writes
        return wrote and self.got.intent != self.item.intent and not self.got.alternatives

    @property
    def asked(self) -> bool:
        return bool(self.got.alternatives)


@dataclass(frozen=True, slots=True)
class Report:
    outcomes: tuple[Outcome, ...]

    @property
    def accuracy(self) -> float:
        return sum(o.right for o in self.outcomes) / max(len(self.outcomes), 1)

    @property
    def wrong_writes(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.wrong_write]

    def confusions(self, top: int = 10) -> list[tuple[tuple[str, str], int]]:
        pairs = Counter((o.item.intent, o.got.intent) for o in self.outcomes if o.got.intent != o.item.intent)
        return pairs.most_common(top)

    def per_intent(self) -> dict[str, tuple[float, float, int]]:
        """intent → (precision, recall, support)."""
        out = {}
        intents = {o.item.intent for o in self.outcomes} | {o.got.intent for o in self.outcomes}
        for intent in sorted(intents):
            support = sum(o.item.intent == intent for o in self.outcomes)
            predicted = sum(o.got.intent == intent for o in self.outcomes)
            hit = sum(o.got.intent == intent == o.item.intent for o in self.outcomes)
            out[intent] = (hit / predicted if predicted else 0.0, hit / support if support else 0.0, support)
        return out

    def latency_ms(self) -> tuple[float, float]:
        times = sorted(o.seconds * 1000 for o in self.outcomes)
        if not times:
            return 0.0, 0.0
        return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))]


def load(path: Path) -> list[Labelled]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw: dict[str, Any] = json.loads(line)
            items.append(Labelled(raw["text"], raw["intent"], tuple(raw.get("creators", ()))))
    return items


def run(items: Iterable[Labelled], read: Callable[[str], Command]) -> Report:
    outcomes = []
    for item in items:
        started = time.perf_counter()
        got = read(item.text)
        outcomes.append(Outcome(item, got, time.perf_counter() - started))
    return Report(tuple(outcomes))


async def run_async(items: Iterable[Labelled], read: Callable[[str], Awaitable[Command | None]]) -> Report:
    """`run` for an asynchronous reader (the team's model, `creatorbot nlu eval --model`), one line at a
    time; no answer (None) counts as intent "unknown" with no creators."""
    outcomes = []
    for item in items:
        started = time.perf_counter()
        got = await read(item.text)
        seconds = time.perf_counter() - started
        outcomes.append(
            Outcome(item, got if got is not None else Command(intent="unknown", confidence=0.0), seconds)
        )
    return Report(tuple(outcomes))


def render(report: Report, *, show_misses: bool = False) -> str:
    n = len(report.outcomes)
    right = sum(o.right for o in report.outcomes)
    p50, p95 = report.latency_ms()
    asked = sum(o.asked for o in report.outcomes)
    lines = [
        f"intent+creators: {right}/{n} ({report.accuracy:.1%})",
        f"intent only: {sum(o.got.intent == o.item.intent for o in report.outcomes)}/{n}",
        f"would ask first: {asked}/{n}; wrong writes: {len(report.wrong_writes)}",
        f"latency: p50 {p50:.2f} ms, p95 {p95:.2f} ms",
        "",
        f"{'intent':<20} {'precision':>9} {'recall':>7} {'n':>4}",
    ]
    for intent, (precision, recall, support) in report.per_intent().items():
        lines.append(f"{intent:<20} {precision:>9.2f} {recall:>7.2f} {support:>4}")
    lines += ["", "top confusions (meant → read):"]
    lines += [f"  {a} → {b}: {count}" for (a, b), count in report.confusions()]
    lines += ["", "wrong writes:"] + [
        f"  {o.item.intent} → {o.got.intent} ({o.got.confidence:.2f}): {o.item.text}"
        for o in report.wrong_writes
    ]
    if show_misses:
        lines += ["", "misses:"] + [
            f"  {o.item.intent}{list(o.item.creators)} → {o.got.intent}{list(o.got.creators)}: {o.item.text}"
            for o in report.outcomes
            if not o.right
        ]
    return "\n".join(lines)
