"""Lend lark-oapi one HTTP client instead of letting it open a new one per call.

lark-oapi 1.7.5 runs every async API call in `async with httpx.AsyncClient() as client:`
(core/http/transport.py::aexecute): a new connection pool and SSL context each time, about 25 ms of CPU
on the event loop, which capped the web process at ~40 replies/s. `install()` puts a stand-in for the
`httpx` module inside that SDK module whose `AsyncClient()` hands out the client lent by the caller
for the duration of a call (a context variable), and otherwise behaves exactly like httpx. Nothing else
in the SDK changes; pinning lark-oapi==1.7.5 keeps the patched spot where it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import httpx
import lark_oapi.core.http.transport as transport

_LENT: ContextVar[httpx.AsyncClient | None] = ContextVar("feishu_lent_http_client", default=None)


class _Borrowed:
    """`async with` over a lent client: it stays open for the next call."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def __aenter__(self) -> httpx.AsyncClient:
        return self._client

    async def __aexit__(self, *exc: object) -> None:
        return None


class _HttpxWithLending:
    def __getattr__(self, name: str) -> Any:
        return getattr(httpx, name)

    def AsyncClient(self, *args: Any, **kwargs: Any) -> Any:
        lent = _LENT.get()
        return _Borrowed(lent) if lent is not None else httpx.AsyncClient(*args, **kwargs)


def install() -> None:
    """Idempotent; without a lent client the SDK behaves as shipped."""
    if not isinstance(transport.httpx, _HttpxWithLending):
        transport.httpx = _HttpxWithLending()


@contextmanager
def lend(client: httpx.AsyncClient) -> Iterator[None]:
    token = _LENT.set(client)
    try:
        yield
    finally:
        _LENT.reset(token)
