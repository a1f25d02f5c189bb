"""Score a labelled set of phrasings, intent by intent: `python scripts/score_holdout.py FILE`.

FILE holds JSON lines in the corpus format (`text`, `intent`, `creators`; see tests/corpus/README.md).
A line is right when both the intent and the creators (in order) match, the measure
`tests/unit/test_intent_corpus.py` and `creatorbot nlu eval` use; this prints that accuracy per intent,
overall and for the Chinese-led lines, then every misread line with what was read instead.
`creatorbot nlu eval FILE --misses` gives precision/recall and confusions for the same file.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

from bot.nlu import evaluate
from bot.nlu.understand import understand

CJK = re.compile(r"[\u4e00-\u9fff]")


def main(path: Path) -> str:
    report = evaluate.run(evaluate.load(path), understand)
    per_intent: dict[str, list[evaluate.Outcome]] = defaultdict(list)
    for outcome in report.outcomes:
        per_intent[outcome.item.intent].append(outcome)
    lines = [f"{'intent':<24} {'right':>7} {'acc':>7}"]
    for intent, outcomes in sorted(per_intent.items()):
        right = sum(o.right for o in outcomes)
        lines.append(f"{intent:<24} {right:>3}/{len(outcomes):<3} {right / len(outcomes):>7.1%}")
    n = len(report.outcomes)
    right = sum(o.right for o in report.outcomes)
    intent_only = sum(o.got.intent == o.item.intent for o in report.outcomes)
    zh = [o for o in report.outcomes if CJK.search(o.item.text)]
    zh_right = sum(o.right for o in zh)
    asked = sum(o.asked for o in report.outcomes)
    lines += [
        "",
        f"all: {right}/{n} ({report.accuracy:.1%}) intent+creators; intent only {intent_only}/{n}; "
        f"with Chinese {zh_right}/{len(zh)}; would ask first {asked}; "
        f"wrong writes {len(report.wrong_writes)} ({'; '.join(o.item.text for o in report.wrong_writes)})",
        "",
        "misread (meant → read, confidence, what the bot would ask):",
    ]
    for o in report.outcomes:
        if not o.right:
            asks = f" (asks: {', '.join(o.got.alternatives)})" if o.got.alternatives else ""
            lines.append(
                f"  {o.item.intent}{list(o.item.creators)} → {o.got.intent}{list(o.got.creators)}"
                f" {o.got.confidence:.2f}{asks}: {o.item.text}"
            )
    return "\n".join(lines)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.stdout.write(main(Path(sys.argv[1])) + "\n")
