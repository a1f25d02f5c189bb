"""Feishu callback crypto: AES-256-CBC bodies, request signatures, verification tokens.

Algorithm (Feishu Open Platform, "Configure Encrypt Key" and "Event subscription overview",
open.feishu.cn; lark-oapi 1.7.5 `core/utils/decryptor.py`, `event/dispatcher_handler.py::_verify_sign`):
key = SHA-256(Encrypt Key); body = base64(IV ‖ AES-256-CBC(PKCS#7(json))); signature =
hex(SHA-256(timestamp + nonce + Encrypt Key + raw body bytes)); v2 events carry the Verification Token
in `header.token`. Every comparison of a secret is constant-time.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

BLOCK = 16
# A signed request whose timestamp is further than this from our clock is refused. The signature covers
# the timestamp but the SDK never checks freshness, so a captured request would otherwise verify forever.
# The window must stay below the dedupe retention (24 h, bot/adapters/feishu/dedupe.py): a replay inside
# the window is caught by dedupe, one outside it by this check. One hour is generous for clock skew.
MAX_TIMESTAMP_SKEW_S = 3600


class DecryptError(ValueError):
    """The `encrypt` field is not valid base64 / AES-CBC / PKCS#7 / UTF-8 for our key."""


def _key(encrypt_key: str) -> bytes:
    return hashlib.sha256(encrypt_key.encode("utf-8")).digest()


def decrypt(encrypted: str, encrypt_key: str) -> str:
    """`base64(iv + AES-256-CBC(sha256(key), iv, pkcs7(plaintext)))` → plaintext."""
    try:
        raw = base64.b64decode(encrypted, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise DecryptError("not base64") from exc
    if len(raw) < 2 * BLOCK or len(raw) % BLOCK:
        raise DecryptError("bad ciphertext length")
    decryptor = Cipher(algorithms.AES(_key(encrypt_key)), modes.CBC(raw[:BLOCK])).decryptor()
    padded = decryptor.update(raw[BLOCK:]) + decryptor.finalize()
    pad = padded[-1]
    if not 1 <= pad <= BLOCK or padded[-pad:] != bytes([pad]) * pad:
        raise DecryptError("bad padding (wrong key?)")
    try:
        return padded[:-pad].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DecryptError("not UTF-8 (wrong key?)") from exc


def encrypt(plaintext: str, encrypt_key: str, iv: bytes | None = None) -> str:
    """What Feishu does before posting (used by tests, the bench and local tooling)."""
    iv = iv if iv is not None else os.urandom(BLOCK)
    data = plaintext.encode("utf-8")
    pad = BLOCK - len(data) % BLOCK
    encryptor = Cipher(algorithms.AES(_key(encrypt_key)), modes.CBC(iv)).encryptor()
    body = encryptor.update(data + bytes([pad]) * pad) + encryptor.finalize()
    return base64.b64encode(iv + body).decode("ascii")


def signature(timestamp: str, nonce: str, encrypt_key: str, body: bytes) -> str:
    """`hex(sha256(timestamp + nonce + encrypt_key + raw body bytes))` (X-Lark-Signature)."""
    return hashlib.sha256((timestamp + nonce + encrypt_key).encode("utf-8") + body).hexdigest()


def signature_matches(given: str, timestamp: str, nonce: str, encrypt_key: str, body: bytes) -> bool:
    """Constant time. Header values that are not UTF-8 (aiohttp passes them on with surrogate escapes)
    never match: Feishu sends hex digits and decimal timestamps."""
    try:
        expected = signature(timestamp, nonce, encrypt_key, body)
        return hmac.compare_digest(given.strip().lower().encode(), expected.encode())
    except UnicodeEncodeError:
        return False


def token_matches(given: object, expected: str) -> bool:
    """Constant-time Verification Token check; a missing or non-string token never matches."""
    if not isinstance(given, str) or not expected:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def timestamp_fresh(timestamp: str, now: float, max_skew: float = MAX_TIMESTAMP_SKEW_S) -> bool:
    """Feishu sends Unix seconds; anything unparsable or too far from `now` is stale."""
    try:
        sent = float(timestamp)
    except ValueError:
        return False
    return abs(now - sent) <= max_skew  # False for nan and inf too
