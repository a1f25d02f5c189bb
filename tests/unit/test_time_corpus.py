"""Accuracy of the time parser over tests/corpus/times.jsonl (printed in the test summary).

Exact = the same UTC instant, zone, granularity and notes, or the same Unreadable reason. Wrong = a When
that differs in instant, zone or granularity, or a When where an Unreadable was expected. A missing or
extra note is not exact but not wrong. Wrong answers must be zero: "ask the user" is always allowed.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import available_timezones

import pytest

from tests.report import REPORT_KEY
from workflows.timeparse import NOTE_CODES, When, parse_when

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "times.jsonl"
CJK = re.compile(r"[\u4e00-\u9fff]")
MIN_EXACT = {"zh": 0.97, "en": 0.99, "mixed": 0.97, "scope": 1.0}


def _load() -> list[dict[str, Any]]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _outcome(item: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """("exact" | "miss" | "wrong", what the parser gave)."""
    found = parse_when(
        item["text"],
        now=_instant(item["now"]),
        team_tz=item["tz"],
        creator_tz=item["creator_tz"],
        kind=item["kind"],
    )
    expect = item["expect"]
    if not isinstance(found, When):
        got: dict[str, Any] = {"unreadable": found.reason}
        return ("exact" if got == expect else "miss"), got
    got = {
        "utc": found.utc.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "zone": found.zone,
        "granularity": found.granularity,
        "notes": sorted(found.notes),
    }
    if "unreadable" in expect or any(got[k] != expect[k] for k in ("utc", "zone", "granularity")):
        return "wrong", got
    return ("exact" if got["notes"] == sorted(expect["notes"]) else "miss"), got


@pytest.fixture(scope="module")
def items() -> list[dict[str, Any]]:
    return _load()


def test_corpus_is_well_formed(items: list[dict[str, Any]]) -> None:
    langs = Counter(item["lang"] for item in items)
    assert len(items) >= 260
    assert langs["zh"] / len(items) >= 0.6, langs
    assert all(CJK.search(item["text"]) for item in items if item["lang"] == "zh")
    zones = available_timezones()
    for item in items:
        assert item["kind"] in ("outreach", "reminder") and item["tz"] in zones
        assert item["creator_tz"] is None or item["creator_tz"] in zones
        expect = item["expect"]
        if "unreadable" in expect:
            assert expect["unreadable"] in ("no_time", "ambiguous", "needs_creator_zone")
        else:
            assert expect["zone"] in zones and expect["granularity"] in ("minute", "day")
            assert set(expect["notes"]) <= set(NOTE_CODES), item["text"]
            # whole minutes, except a relative offset, which keeps the seconds of `now` ("1分钟后" = 60 s)
            assert _instant(expect["utc"]).second in (0, _instant(item["now"]).second)


def test_corpus_accuracy(items: list[dict[str, Any]], request: pytest.FixtureRequest) -> None:
    results = [(item, *_outcome(item)) for item in items]
    groups: dict[str, list[str]] = {"zh": [], "en": [], "mixed": [], "scope": []}
    for item, outcome, _ in results:
        groups[item["lang"]].append(outcome)
        if "scope" in item["tags"]:
            groups["scope"].append(outcome)
    wrong = [(item["text"], item["expect"], got) for item, outcome, got in results if outcome == "wrong"]
    summary = ", ".join(
        f"{name} {sum(o == 'exact' for o in outcomes)}/{len(outcomes)} "
        f"({sum(o == 'exact' for o in outcomes) / len(outcomes):.1%})"
        for name, outcomes in groups.items()
    )
    request.config.stash.setdefault(REPORT_KEY, []).append(
        f"times.jsonl: {summary}; wrong answers {len(wrong)}/{len(results)}"
    )
    assert not wrong, "\n".join(f"{t!r}: expected {e}, got {g}" for t, e, g in wrong)
    misses = [(item["text"], item["expect"], got) for item, outcome, got in results if outcome == "miss"]
    for name, outcomes in groups.items():
        exact = sum(o == "exact" for o in outcomes) / len(outcomes)
        assert exact >= MIN_EXACT[name], f"{name}: {exact:.1%}\n" + "\n".join(
            f"{t!r}: expected {e}, got {g}" for t, e, g in misses
        )
