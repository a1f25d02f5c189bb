"""What every platform callback route shares: the 1 MB body limit, read safely, JSON read safely, and a
refusal type."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

MAX_BODY_BYTES = 1024 * 1024
# No platform nests deeper than about ten levels (a card callback's form values); a body nested deeper is
# garbage. Python's json recurses once per level and raises RecursionError near 1,000, so this also keeps
# every later walk over a callback (serialising it for a queue, copying it) far from that limit.
MAX_JSON_DEPTH = 64


class UnreadableJson(ValueError):
    """Not UTF-8, not JSON, nested deeper than MAX_JSON_DEPTH, or a string that is no Unicode text."""


class Refused(Exception):
    """A callback turned away before any work: the HTTP status and a reason label for /metrics."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason


async def read_body(request: web.Request) -> bytes:
    """The raw body, refusing (413) anything over the limit whether it says so, streams it, or lies."""
    if (request.content_length or 0) > MAX_BODY_BYTES:
        raise Refused(413, "too_large")
    try:
        body = await request.read()
    except web.HTTPRequestEntityTooLarge as exc:
        raise Refused(413, "too_large") from exc
    if len(body) > MAX_BODY_BYTES:
        raise Refused(413, "too_large")
    return body


def loads(data: bytes | str) -> Any:
    """`json.loads` for what a caller sends: every way it can fail is an UnreadableJson (a ValueError).

    Strict UTF-8 (json.loads would guess UTF-16/32 from bytes); RecursionError on deep nesting becomes a
    refusal instead of escaping as a 500; a lone surrogate (`"\\ud800"`, valid JSON escape, not encodable
    as UTF-8) is refused here so no later `.encode()` — a signature, a database write — meets it.
    """
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        doc = json.loads(text)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise UnreadableJson(f"unreadable JSON ({type(exc).__name__})") from None
    _check(doc)
    return doc


def _check(doc: Any) -> None:
    """Depth and strings, without recursion (a deep document must not make the check itself recurse)."""
    stack: list[tuple[Any, int]] = [(doc, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            _text(value)
        elif isinstance(value, dict | list):
            if depth > MAX_JSON_DEPTH:
                raise UnreadableJson(f"nested deeper than {MAX_JSON_DEPTH}")
            if isinstance(value, dict):
                for key in value:
                    _text(key)
                stack.extend((item, depth + 1) for item in value.values())
            else:
                stack.extend((item, depth + 1) for item in value)


def _text(value: str) -> None:
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise UnreadableJson("a string that is not Unicode text (lone surrogate)") from None


def read_json(data: bytes | str, reason: str = "malformed") -> Any:
    """`loads`, refusing (400, `reason`) what it cannot read."""
    try:
        return loads(data)
    except UnreadableJson as exc:
        raise Refused(400, reason) from exc
