"""Request signing and webhook verification, as TikTok Shop Partner Center documents them
("Sign your API request"; "Webhooks": verifying a notification).

A request's `sign`:
  1. take the query parameters except `sign` and `access_token`, sorted by name;
  2. join them as `{name}{value}` with nothing between;
  3. put the request path in front;
  4. append the raw body unless the request is multipart/form-data;
  5. wrap the string in the app secret at both ends;
  6. HMAC-SHA256 of it keyed by the app secret, as lowercase hex.
`sign`, `app_key` and `timestamp` (Unix seconds) go in the query; the access token goes in the
`x-tts-access-token` header, never into the signature.

A webhook's `Authorization` header is the HMAC-SHA256 (keyed by the app secret, hex) of the app key
followed by the raw body.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping

UNSIGNED = frozenset({"sign", "access_token"})


def string_to_sign(path: str, query: Mapping[str, str], body: bytes, *, multipart: bool = False) -> bytes:
    """Steps 1–4 (without the secret): path + sorted `{name}{value}` pairs + body."""
    pairs = "".join(f"{k}{query[k]}" for k in sorted(query) if k not in UNSIGNED)
    return (path + pairs).encode("utf-8") + (b"" if multipart else body)


def sign(
    secret: str, path: str, query: Mapping[str, str], body: bytes = b"", *, multipart: bool = False
) -> str:
    key = secret.encode("utf-8")
    message = key + string_to_sign(path, query, body, multipart=multipart) + key
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def webhook_signature(app_key: str, secret: str, body: bytes) -> str:
    return hmac.new(secret.encode("utf-8"), app_key.encode("utf-8") + body, hashlib.sha256).hexdigest()


def webhook_signature_matches(app_key: str, secret: str, body: bytes, given: str) -> bool:
    """Constant-time comparison of the `Authorization` header with the expected signature."""
    expected = webhook_signature(app_key, secret, body)
    return hmac.compare_digest(expected.encode(), given.strip().lower().encode("ascii", "replace"))
