"""Both catalogs carry every message with the same placeholders, and every key used in code exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

from i18n import CATALOGS

ROOT = Path(__file__).resolve().parents[2]


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_same_keys() -> None:
    zh, en = CATALOGS["zh_CN"], CATALOGS["en"]
    assert set(zh) == set(en), set(zh) ^ set(en)


def test_same_placeholders_and_no_empty_message() -> None:
    zh, en = CATALOGS["zh_CN"], CATALOGS["en"]
    for key in zh:
        assert zh[key].strip() and en[key].strip(), key
        assert _placeholders(zh[key]) == _placeholders(en[key]), key


def test_every_literal_key_used_in_code_exists() -> None:
    used: set[str] = set()
    for path in [*ROOT.glob("handlers/*.py"), *ROOT.glob("bot/**/*.py")]:
        used |= set(re.findall(r"""\bt\(\s*"([a-z_]+\.[a-z_0-9.]+)\"""", path.read_text(encoding="utf-8")))
    assert used, "no message keys found; the pattern is out of date"
    assert used <= set(CATALOGS["zh_CN"]), used - set(CATALOGS["zh_CN"])
