"""Blanking parts of a text while keeping every other character at its offset (used by every reader)."""

from __future__ import annotations


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """Replace spans with spaces, keeping every other offset where it was."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
