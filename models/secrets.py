"""Secrets kept in the database (WeCom webhook keys): sealed with AES-GCM under a process key.

The process key is derived from a deployment secret (the WeCom EncodingAESKey) by the wiring at start-up
(`configure`). A sealed value is `v1:` + base64(nonce ‖ ciphertext ‖ tag); it says nothing about the key
and cannot be swapped between rows unnoticed (the row's purpose is bound as associated data).
"""

from __future__ import annotations

import base64
import hashlib
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PREFIX = "v1:"
_key: bytes | None = None


class SecretsUnavailable(RuntimeError):
    """No process key configured (WeCom is not set up in this process), or the value does not open."""


def configure(material: str | None) -> None:
    """Derive the process key from `material` (None forgets it)."""
    global _key
    label = b"creatorbot/webhook-key/v1\0"
    _key = hashlib.sha256(label + material.encode()).digest() if material else None


def available() -> bool:
    return _key is not None


def seal(plain: str, purpose: str) -> str:
    if _key is None:
        raise SecretsUnavailable("no secrets key configured")
    nonce = os.urandom(12)
    sealed = AESGCM(_key).encrypt(nonce, plain.encode("utf-8"), purpose.encode("utf-8"))
    return PREFIX + base64.b64encode(nonce + sealed).decode("ascii")


def unseal(value: str, purpose: str) -> str:
    if _key is None:
        raise SecretsUnavailable("no secrets key configured")
    if not value.startswith(PREFIX):
        raise SecretsUnavailable("not a sealed value")
    raw = base64.b64decode(value[len(PREFIX) :])
    try:
        return AESGCM(_key).decrypt(raw[:12], raw[12:], purpose.encode("utf-8")).decode("utf-8")
    except (InvalidTag, ValueError) as exc:
        raise SecretsUnavailable("sealed under another key") from exc
