"""Our own tenant_access_token cache (Feishu Open Platform, `auth/v3/tenant_access_token/internal`: a
token lives 2 h; lark-oapi 1.7.5 `core/token/manager.py` for how the SDK fetches its own).

lark-oapi fetches tokens with blocking `requests` even inside its async methods and never drops a token
the platform rejected, so the client runs with `enable_set_token(True)` and every call gets its token
from here. The fetch is an async request; concurrent callers share one fetch; a token is refreshed when
less than 30 minutes are left (the platform then issues a new one, the old stays valid until it expires),
and `invalidate` drops a token the platform answered 99991663 / 99991668 for.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import lark_oapi as lark
from lark_oapi.core.enum import HttpMethod
from lark_oapi.core.model import BaseRequest

from bot.adapters.feishu.ratelimit import retry_after_from

log = logging.getLogger(__name__)

TOKEN_URI = "/open-apis/auth/v3/tenant_access_token/internal"
REFRESH_MARGIN = 30 * 60.0  # seconds left when we fetch a new token
INVALID_TOKEN_CODES = frozenset({99991663, 99991668})


class TokenError(Exception):
    """No token. `transient` says whether trying again later can help (network, 5xx, rate limit)."""

    def __init__(self, message: str, *, transient: bool, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.transient = transient
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class Grant:
    token: str = ""
    expire: float = 0.0  # seconds of validity from the moment it was issued


Fetch = Callable[[], Awaitable[Grant]]


class TenantTokenCache:
    def __init__(
        self, fetch: Fetch, *, clock: Callable[[], float] = time.monotonic, margin: float = REFRESH_MARGIN
    ) -> None:
        self._fetch = fetch
        self._clock = clock
        self._margin = margin
        self._lock = asyncio.Lock()
        self._token = ""
        self._refresh_at = 0.0
        self._expires_at = 0.0

    async def get(self) -> str:
        if self._fresh():
            return self._token
        async with self._lock:  # the first caller fetches; the others find the new token
            if not self._fresh():
                await self._renew()
        return self._token

    def invalidate(self, token: str) -> None:
        """The platform rejected `token`; the next `get` fetches (unless someone already did)."""
        if token == self._token:
            self._token = ""
            self._refresh_at = self._expires_at = 0.0

    def _fresh(self) -> bool:
        return bool(self._token) and self._clock() < self._refresh_at

    async def _renew(self) -> None:
        started = self._clock()
        try:
            grant = await self._fetch()
        except TokenError:
            if self._token and self._clock() < self._expires_at - 60:
                log.warning("tenant token refresh failed; the current token is still valid, keeping it")
                return
            raise
        self._token = grant.token
        self._expires_at = started + grant.expire
        # refresh with `margin` left, but never sooner than halfway through a short-lived token
        self._refresh_at = started + max(grant.expire - self._margin, grant.expire / 2)


async def fetch_tenant_token(client: lark.Client, app_id: str, app_secret: str) -> Grant:
    """POST the internal-app token endpoint through the SDK's async transport (no token needed for it)."""
    request = BaseRequest()
    request.http_method = HttpMethod.POST
    request.uri = TOKEN_URI
    request.body = {"app_id": app_id, "app_secret": app_secret}
    try:
        response = await client.arequest(request)
    except (httpx.TransportError, ValueError) as error:  # ValueError: a JSON content type, not JSON
        raise TokenError(f"token request failed: {type(error).__name__}", transient=True) from error
    raw = response.raw
    status = int(raw.status_code or 0)
    try:
        body: dict[str, Any] = json.loads(raw.content or b"{}")
    except ValueError:
        body = {}
    code = body.get("code")
    token = body.get("tenant_access_token")
    if status == 200 and code == 0 and isinstance(token, str) and token:
        return Grant(token, float(body.get("expire", 7200)))
    message = f"token request refused: HTTP {status}, code {code}, {body.get('msg', '')!s}"[:300]
    if status == 429 or code == 99991400:
        raise TokenError(message, transient=True, retry_after=retry_after_from(raw.headers))
    raise TokenError(message, transient=status >= 500 or not body)
