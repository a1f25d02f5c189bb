"""Time parser speed: per-expression latency over the corpus after a warm-up, and the cold first parse.

Run: python bench/timeparse.py [--rounds 20]
Targets: p95 <= 2 ms per expression in process; first parse in a fresh process <= 0.5 s (import included).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workflows.timeparse import parse_when  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "times.jsonl"
TARGET_P95_MS, TARGET_FIRST_S = 2.0, 0.5
COLD = """
import time
t0 = time.perf_counter()
from datetime import datetime, timezone
from workflows.timeparse import parse_when
t1 = time.perf_counter()
now = datetime.now(timezone.utc)
parse_when({text!r}, now=now, team_tz="Asia/Shanghai", creator_tz="America/Los_Angeles")
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def _items() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def _call(item: dict[str, Any]) -> None:
    now = datetime.fromisoformat(item["now"].replace("Z", "+00:00"))
    parse_when(item["text"], now=now, team_tz=item["tz"], creator_tz=item["creator_tz"], kind=item["kind"])


def warm(rounds: int) -> None:
    items = _items()
    for item in items:  # warm-up: imports, regex compilation, dateparser and holidays data
        _call(item)
    samples: list[float] = []
    for _ in range(rounds):
        for item in items:
            start = time.perf_counter()
            _call(item)
            samples.append((time.perf_counter() - start) * 1000)
    q = statistics.quantiles(samples, n=100, method="inclusive")
    p50, p95, p99 = q[49], q[94], q[98]
    verdict = "PASS" if p95 <= TARGET_P95_MS else "MISS"
    print(f"warm, {len(items)} expressions x {rounds} rounds = {len(samples)} parses")
    print(f"  p50={p50:.3f} ms  p95={p95:.3f} ms  p99={p99:.3f} ms  max={max(samples):.3f} ms   {verdict}")


def cold() -> None:
    for text in (
        "明天上午10点提醒我跟进 @amy",
        "schedule outreach to @amy Dec 3 at 2pm their time",
        "下个工作日",
    ):
        runs = []
        for _ in range(3):
            out = subprocess.run(
                [sys.executable, "-c", COLD.format(text=text)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            )
            imported, first = (float(x) for x in out.stdout.split())
            runs.append((imported + first, imported, first))
        total, imported, first = min(runs)
        verdict = "PASS" if total <= TARGET_FIRST_S else "MISS"
        print(
            f"cold {text!r}: import {imported * 1000:.0f} ms + first parse {first * 1000:.0f} ms"
            f" = {total * 1000:.0f} ms (best of 3)   {verdict}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    cold()
    warm(args.rounds)


if __name__ == "__main__":
    main()
