"""Long texts go to the model in parts cut at sentence boundaries, and come back joined the same way."""

from __future__ import annotations

import re
from dataclasses import dataclass

PART_CHARS = 1500
# A sentence ends at . ! ? … and their CJK forms (with closing quotes/brackets), or at a line break.
_SENTENCE = re.compile(r".+?(?:[.!?…。！？]+[\"'”’)）」』]*(?=\s|$)|[。！？]+|\n+|$)\s*", re.S)
_SOFT = re.compile(r"[,;:，；：、]\s*|\s+")


@dataclass(frozen=True, slots=True)
class Part:
    text: str  # what the model gets (no surrounding white space)
    gap: str  # the white space that followed it in the original


def split(text: str, limit: int = PART_CHARS) -> list[Part]:
    """Parts of at most `limit` characters, each ending at a sentence end where one is close enough."""
    pieces: list[str] = []
    for sentence in _sentences(text):
        if len(sentence) <= limit:
            pieces.append(sentence)
        else:
            pieces += _cut(sentence, limit)
    parts: list[str] = []
    current = ""
    for piece in pieces:
        if current and len(current) + len(piece) > limit:
            parts.append(current)
            current = ""
        current += piece
    if current:
        parts.append(current)
    return [Part(p.strip(), p[len(p.rstrip()) :]) for p in parts if p.strip()]


def join(outputs: list[str], parts: list[Part], target: str) -> str:
    """Reassemble: line breaks are kept; between sentences a space, except in scripts without spaces."""
    glue = "" if target in ("zh", "ja", "th") else " "
    out: list[str] = []
    for i, (text, part) in enumerate(zip(outputs, parts, strict=True)):
        out.append(text.strip())
        if i < len(parts) - 1:
            hard_cut = not part.gap and part.text[-1:].isalnum()  # cut inside a word: no glue
            out.append(part.gap if "\n" in part.gap else "" if hard_cut else glue)
    return "".join(out)


def _sentences(text: str) -> list[str]:
    return [m.group(0) for m in _SENTENCE.finditer(text) if m.group(0)]


def _cut(sentence: str, limit: int) -> list[str]:
    """A sentence longer than the limit: cut after commas or spaces, else every `limit` characters."""
    pieces: list[str] = []
    start = 0
    for m in _SOFT.finditer(sentence):
        pieces.append(sentence[start : m.end()])
        start = m.end()
    pieces.append(sentence[start:])
    out: list[str] = []
    current = ""
    for piece in pieces:
        while len(piece) > limit:
            if current:
                out.append(current)
                current = ""
            out.append(piece[:limit])
            piece = piece[limit:]
        if current and len(current) + len(piece) > limit:
            out.append(current)
            current = ""
        current += piece
    if current:
        out.append(current)
    return out
