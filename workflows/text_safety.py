"""Free text made safe to store and to show: control characters out, spreadsheet formulas defused.

What goes: C0 controls except tab and newline (NUL above all: PostgreSQL refuses it in text, so one NUL
in a note used to fail the whole command as "database unavailable"), DEL, C1 controls, the bidirectional
embeddings / overrides / isolates (U+202A–U+202E, U+2066–U+2069: a U+202E in a handle or a note shows
the rest of a line reversed, which can make a message or a cell say something it does not), the zero
width space and the BOM (invisible; the WeCom renderer inserts zero width spaces to keep user text
literal, so a copied answer typed back must not carry them), noncharacters and lone surrogates (not
encodable as UTF-8). Carriage returns and the Unicode line / paragraph separators become newlines.
Letters of every script, emoji (with their joiners and variation selectors) and the directional marks
LRM / RLM stay.

`neutralise_formula` is OWASP's advice for cells a spreadsheet may evaluate ("CSV injection"): text that
starts with = + - @ (or a tab / carriage return) gets a leading apostrophe.
"""

from __future__ import annotations

import re

_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
_INVISIBLE = "\u200b\ufeff"
_NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff"
# Everything `clean_text` removes (tab, newline and carriage return are handled apart).
_UNSAFE = re.compile(
    f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI_CONTROLS}{_INVISIBLE}{_NONCHARACTERS}\ud800-\udfff]"
)
_NEWLINES = re.compile("\r\n?|[\u2028\u2029\x85]")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def clean_text(text: str) -> str:
    """`text` without the characters above; line breaks as `\\n`. Text without any comes back as is."""
    if text.isascii() and text.isprintable():
        return text
    return _UNSAFE.sub("", _NEWLINES.sub("\n", text))


def unsafe_characters(text: str) -> list[str]:
    """The characters `clean_text` would remove (line breaks aside), in order."""
    return _UNSAFE.findall(text)


def is_clean(text: str) -> bool:
    return _UNSAFE.search(text) is None


def visible(text: str, limit: int = 60) -> str:
    """`text` for echoing back in an error: each unsafe character as `<U+202E>`, at most `limit` chars."""
    shown = _UNSAFE.sub(lambda m: f"<U+{ord(m.group(0)):04X}>", text.replace("\n", " "))
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def neutralise_formula(value: str) -> str:
    """A leading apostrophe for text a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+1`, `@SUM`).
    Spreadsheets show the apostrophe-led cell as the text after it; the importer strips it again."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def looks_like_formula(value: str) -> bool:
    return value.startswith(FORMULA_STARTS)
