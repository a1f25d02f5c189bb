"""Prometheus text exposition, hand-rolled: a few counters and one histogram, owned by the app.

Label values come from closed sets chosen by our code (never from request data), so cardinality stays
bounded.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field

Labels = tuple[tuple[str, str], ...]
ACK_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
_HELP = {
    "creatorbot_events_received_total": "Inbound platform events that passed verification.",
    "creatorbot_events_rejected_total": "Inbound requests refused, by reason.",
    "creatorbot_events_deduplicated_total": "Inbound events dropped as already processed.",
    "creatorbot_events_ignored_total": "Verified events not acted on, by reason.",
    "creatorbot_replies_sent_total": "Replies and cards sent to a chat.",
    "creatorbot_send_errors_total": "Replies that could not be sent.",
    "creatorbot_processing_errors_total": "Background processing that raised.",
    "creatorbot_ack_seconds": "Time from request arrival to the HTTP answer.",
}


@dataclass(slots=True)
class Histogram:
    buckets: tuple[float, ...] = ACK_BUCKETS
    counts: list[int] = field(default_factory=list)
    total: float = 0.0
    n: int = 0

    def __post_init__(self) -> None:
        self.counts = [0] * len(self.buckets)

    def observe(self, value: float) -> None:
        index = bisect.bisect_left(self.buckets, value)
        if index < len(self.counts):
            self.counts[index] += 1
        self.total += value
        self.n += 1


@dataclass(slots=True)
class Metrics:
    counters: defaultdict[tuple[str, Labels], float] = field(default_factory=lambda: defaultdict(float))
    histograms: dict[tuple[str, Labels], Histogram] = field(default_factory=dict)

    def inc(self, name: str, amount: float = 1.0, **labels: str) -> None:
        self.counters[(name, tuple(sorted(labels.items())))] += amount

    def observe(self, name: str, value: float, **labels: str) -> None:
        key = (name, tuple(sorted(labels.items())))
        if key not in self.histograms:
            self.histograms[key] = Histogram()
        self.histograms[key].observe(value)

    def value(self, name: str, **labels: str) -> float:
        """A counter's current value (tests and the bench read it)."""
        return self.counters.get((name, tuple(sorted(labels.items()))), 0.0)

    def render(self) -> str:
        lines: list[str] = []
        for name in sorted({n for n, _ in self.counters}):
            lines += _head(name, "counter")
            lines += [
                f"{name}{_fmt(lb)} {_num(v)}" for (n, lb), v in sorted(self.counters.items()) if n == name
            ]
        for name in sorted({n for n, _ in self.histograms}):
            lines += _head(name, "histogram")
            for (n, labels), hist in sorted(self.histograms.items()):
                if n == name:
                    lines += _histogram_lines(name, labels, hist)
        return "\n".join(lines) + "\n"


def _histogram_lines(name: str, labels: Labels, hist: Histogram) -> list[str]:
    lines, cumulative = [], 0
    for bound, count in zip(hist.buckets, hist.counts, strict=True):
        cumulative += count
        lines.append(f"{name}_bucket{_fmt((*labels, ('le', _num(bound))))} {cumulative}")
    lines.append(f"{name}_bucket{_fmt((*labels, ('le', '+Inf')))} {hist.n}")
    lines.append(f"{name}_sum{_fmt(labels)} {_num(hist.total)}")
    lines.append(f"{name}_count{_fmt(labels)} {hist.n}")
    return lines


def _head(name: str, kind: str) -> list[str]:
    return [f"# HELP {name} {_HELP.get(name, name)}", f"# TYPE {name} {kind}"]


def _fmt(labels: Labels) -> str:
    if not labels:
        return ""
    escaped = (v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") for _, v in labels)
    return "{" + ",".join(f'{k}="{v}"' for (k, _), v in zip(labels, escaped, strict=True)) + "}"


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)
