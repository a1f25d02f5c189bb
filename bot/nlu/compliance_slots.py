"""Compliance slots: the deal type a disclosure question is about ("寄样", "gifted", "佣金"…)."""

from __future__ import annotations

import re

_DEALS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "gifted",
        re.compile(
            r"寄样|送样|样品|赠品|免费产品|免费送|送的"
            r"|\bgift(ed|ing|s)?\b|free (product|sample)s?|\bseeding\b"
        ),
    ),
    ("affiliate", re.compile(r"佣金|分佣|联盟|带货|\baffiliate\b|\bcommission\b")),
    ("paid", re.compile(r"付费|有偿|广告费|商单|坑位费|\bpaid\b|\bfee\b")),
)


def find_deal_type(lowered: str) -> str | None:
    """The deal type named first in the (lower-cased) text, or None."""
    hits = [(m.start(), name) for name, pattern in _DEALS if (m := pattern.search(lowered))]
    return min(hits)[1] if hits else None
