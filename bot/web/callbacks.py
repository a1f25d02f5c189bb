"""What every platform callback route shares: the 1 MB body limit, read safely, and a refusal type."""

from __future__ import annotations

from aiohttp import web

MAX_BODY_BYTES = 1024 * 1024


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
