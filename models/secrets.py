"""Secrets kept in the database (WeCom webhook keys): sealed with AES-GCM under a process key.

The process key is derived from a deployment secret (the WeCom EncodingAESKey) by the wiring at start-up
(`Sealer`). A sealed value is `v1:` + base64(nonce ‖ ciphertext ‖ tag); it says nothing about the key
and cannot be swapped between rows unnoticed (the row's purpose is bound as associated data).
"""

from __future__ import annotations

import base64
import hashlib
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PREFIX = "v1:"
_LABEL = b"creatorbot/webhook-key/v1\0"


class SecretsUnavailable(RuntimeError):
    """No sealing key in this process (WeCom is not set up here), or the value does not open."""


class Sealer:
    """Seals and opens values under a key derived from a deployment secret (the wiring builds one)."""

    def __init__(self, material: str) -> None:
        if not material:
            raise ValueError("a Sealer needs key material")
        self._key = hashlib.sha256(_LABEL + material.encode()).digest()

    def seal(self, plain: str, purpose: str) -> str:
        nonce = os.urandom(12)
        sealed = AESGCM(self._key).encrypt(nonce, plain.encode("utf-8"), purpose.encode("utf-8"))
        return PREFIX + base64.b64encode(nonce + sealed).decode("ascii")

    def unseal(self, value: str, purpose: str) -> str:
        if not value.startswith(PREFIX):
            raise SecretsUnavailable("not a sealed value")
        raw = base64.b64decode(value[len(PREFIX) :])
        try:
            return AESGCM(self._key).decrypt(raw[:12], raw[12:], purpose.encode("utf-8")).decode("utf-8")
        except (InvalidTag, ValueError) as exc:
            raise SecretsUnavailable("sealed under another key") from exc
