"""The help card is built from the routers (each feature declares its lines), reads cleanly in both
languages, and every example on it is understood as a command the bot acts on without asking."""

from __future__ import annotations

import re

import pytest

from bot.nlu.understand import understand
from handlers import build_router
from i18n import Catalog

COMING = re.compile(r"即将上线|coming soon", re.IGNORECASE)


@pytest.mark.parametrize("locale", ["zh_CN", "en"])
def test_every_help_line_is_one_clean_line(locale: str) -> None:
    t = Catalog(locale)
    keys = build_router().help_keys()
    assert len(keys) >= 20 and len(set(keys)) == len(keys)
    for key in keys:
        line = t(key)
        assert "\n" not in line and "•" not in line, key
        assert not COMING.search(line), f"{key} says a feature is coming: {line}"


@pytest.mark.parametrize("locale", ["zh_CN", "en"])
def test_no_catalog_entry_says_a_built_feature_is_coming(locale: str) -> None:
    from i18n import en, zh_CN

    messages = zh_CN.MESSAGES if locale == "zh_CN" else en.MESSAGES
    assert [k for k, v in messages.items() if COMING.search(v)] == []


def _examples(line: str) -> list[str]:
    """The commands on one help line: after the label, separated by " / "."""
    _, _, rest = line.partition("：" if "：" in line.split(" ")[0] else ": ")
    return [e.strip() for e in re.split(r"\s*/\s+", rest) if e.strip()]


@pytest.mark.parametrize("locale", ["zh_CN", "en"])
def test_every_example_on_the_help_card_is_understood(locale: str) -> None:
    t = Catalog(locale)
    misread = []
    for key in build_router().help_keys():
        for example in _examples(t(key)):
            if re.search(r"[<]|\.xlsx|\.csv", example):
                continue  # a description of an action, not a command to type
            example = re.sub(r"[（(][^）)]*[）)]", "", example).strip()
            command = understand(example)
            if command.intent == "unknown" or command.alternatives:
                misread.append((key, example, command.intent, command.alternatives))
    assert misread == []
