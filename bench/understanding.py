"""Understanding speed and accuracy: `python bench/understanding.py [FILE]`.

Prints the per-message latency of `understand()` (the shipped model, loaded from its cache or trained
first, which is not timed) over the validation set repeated, p50/p95/p99 in ms, against the target
p95 <= 5 ms; then the validation figures (intent+creators, questions, wrong writes) and the training
time from scratch."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.nlu import evaluate  # noqa: E402
from bot.nlu.model import IntentModel, default_model, load_examples  # noqa: E402
from bot.nlu.understand import understand  # noqa: E402

TARGET_P95_MS = 5.0
ROUNDS = 5


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "corpus" / "validation.jsonl"
    items = evaluate.load(path)
    default_model()
    times = []
    for _ in range(ROUNDS):
        for item in items:
            started = time.perf_counter()
            understand(item.text)
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p50, p95, p99 = (times[int(len(times) * q)] for q in (0.5, 0.95, 0.99))
    verdict = "ok" if p95 <= TARGET_P95_MS else "OVER TARGET"
    print(
        f"understand(): {len(times)} messages, p50 {p50:.2f} ms, p95 {p95:.2f} ms ({verdict}, target ≤ "
        f"{TARGET_P95_MS} ms), p99 {p99:.2f} ms, mean {statistics.mean(times):.2f} ms"
    )
    report = evaluate.run(items, understand)
    print(
        f"{path.name}: intent+creators {report.accuracy:.1%}, questions "
        f"{sum(o.asked for o in report.outcomes)}/{len(items)}, wrong writes {len(report.wrong_writes)}"
    )
    examples = load_examples()
    started = time.perf_counter()
    IntentModel.train(examples)
    print(f"training from scratch: {len(examples)} examples in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
