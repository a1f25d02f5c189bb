"""Accuracy of command understanding over the utterance corpora (printed in the test summary)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from bot.nlu.understand import understand
from tests.report import REPORT_KEY

CORPUS_DIR = Path(__file__).resolve().parents[1] / "corpus"
CORPORA = ("intents.jsonl", "intents_holdout.jsonl")
MIN_ACCURACY = 0.97
CJK = re.compile(r"[\u4e00-\u9fff]")


def _load(name: str) -> list[dict[str, Any]]:
    lines = (CORPUS_DIR / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _mismatches(item: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    got = understand(item["text"]).to_json()
    expected = {k: v for k, v in item.items() if k != "text"}
    if "text_slot" in expected:
        expected["text"] = expected.pop("text_slot")
    return {k: (v, got.get(k)) for k, v in expected.items() if got.get(k) != v}


@pytest.mark.parametrize("name", CORPORA)
def test_corpus_accuracy(name: str, request: pytest.FixtureRequest) -> None:
    items = _load(name)
    chinese = [i for i in items if CJK.search(i["text"])]
    assert len(items) >= 100 and len(chinese) / len(items) >= 0.6
    failures = [(i["text"], m) for i in items if (m := _mismatches(i))]
    zh_failures = [f for f in failures if CJK.search(f[0])]
    accuracy = 1 - len(failures) / len(items)
    zh_accuracy = 1 - len(zh_failures) / len(chinese)
    request.config.stash.setdefault(REPORT_KEY, []).append(
        f"{name}: {len(items) - len(failures)}/{len(items)} exact ({accuracy:.1%}); "
        f"Chinese {len(chinese) - len(zh_failures)}/{len(chinese)} ({zh_accuracy:.1%})"
    )
    assert accuracy >= MIN_ACCURACY, "\n".join(f"{t!r}: {m}" for t, m in failures)


def test_every_intent_is_covered() -> None:
    from handlers import intent_specs

    seen = {item["intent"] for name in CORPORA for item in _load(name)}
    assert seen == set(intent_specs())


def test_validation_split(request: pytest.FixtureRequest) -> None:
    """The validation split was written apart from the training examples and is never used to write rules
    or pick thresholds: its figures are reported here, with the confusions, not tuned against."""
    from bot.nlu import evaluate

    report = evaluate.run(evaluate.load(CORPUS_DIR / "validation.jsonl"), understand)
    asked = sum(o.asked for o in report.outcomes)
    confusions = ", ".join(f"{a}→{b} {n}" for (a, b), n in report.confusions(6))
    request.config.stash.setdefault(REPORT_KEY, []).append(
        f"validation.jsonl: {report.accuracy:.1%} intent+creators over {len(report.outcomes)}; "
        f"asked first {asked}; wrong writes {len(report.wrong_writes)}; top confusions: {confusions}"
    )
    assert report.accuracy >= 0.95
    assert len(report.wrong_writes) <= len(report.outcomes) // 100  # at most 1 %
