"""WeCom callback crypto (WeCom developer docs, 加解密方案说明 and 智能机器人 回调加解密): sha1 signatures,
AES-256-CBC with the IV = the key's first 16 bytes and PKCS#7 padding to 32 bytes.

The algorithm is wechatpy's (`PrpCrypto` encrypts, its `WeChatCipher` decrypts); this module adds what
wechatpy leaves out: a constant-time signature check, strict base64, a padding check (pad values 1–32),
one decryption per callback, and typed errors so the web layer can answer 403 for forged or foreign
callbacks and 400 for unreadable ones — never 500.
The smart bot (智能机器人) uses the receive id "" (doc 101033); a self-built app would use its corp id.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import struct
from typing import Any

from wechatpy.crypto.base import WeChatCipher
from wechatpy.enterprise.crypto import PrpCrypto

BLOCK = 32  # WeCom pads to a multiple of 32 bytes, not AES's 16
SMART_BOT_RECEIVE_ID = ""


class CryptoError(ValueError):
    """Base of the refusals below."""


class BadSignature(CryptoError):
    """msg_signature does not match: forged, or another bot's token (→ 403)."""


class WrongReceiver(CryptoError):
    """Decrypted fine but addressed to another receive id (→ 403)."""


class Undecryptable(CryptoError):
    """Not base64 / not AES-CBC output / bad padding or length for our key (→ 400)."""


def aes_key(encoding_aes_key: str) -> bytes:
    """EncodingAESKey (43 chars) → the 32-byte AES key. Raises ValueError when it is not one."""
    if len(encoding_aes_key) != 43:
        raise ValueError("an EncodingAESKey has 43 characters")
    try:
        key = base64.b64decode(encoding_aes_key + "=", validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError("an EncodingAESKey is base64 without the trailing '='") from exc
    if len(key) != 32:
        raise ValueError("an EncodingAESKey decodes to 32 bytes")
    return key


def signature(token: str, timestamp: str, nonce: str, encrypted: str) -> str:
    """sha1 of the sorted concatenation of [token, timestamp, nonce, encrypt], lowercase hex."""
    return hashlib.sha1("".join(sorted([token, timestamp, nonce, encrypted])).encode("utf-8")).hexdigest()


class _FixedRandom(PrpCrypto):  # type: ignore[misc]  # wechatpy is untyped
    def __init__(self, key: bytes, random16: str) -> None:
        super().__init__(key)
        self._random16 = random16

    def get_random_string(self) -> str:
        return self._random16


class WeComCrypto:
    """One bot's token + EncodingAESKey. `receive_id` is "" for the smart bot."""

    def __init__(self, token: str, encoding_aes_key: str, receive_id: str = SMART_BOT_RECEIVE_ID) -> None:
        self.token = token
        self.key = aes_key(encoding_aes_key)
        self.receive_id = receive_id

    def __repr__(self) -> str:  # never the token or the key
        return f"WeComCrypto(receive_id={self.receive_id!r})"

    def verify(self, msg_signature: str, timestamp: str, nonce: str, encrypted: str) -> None:
        try:
            expected = signature(self.token, timestamp, nonce, encrypted)
            given = msg_signature.strip().lower().encode()
        except UnicodeEncodeError as exc:  # a lone surrogate from a query string: never WeCom's
            raise BadSignature("msg_signature mismatch") from exc
        if not hmac.compare_digest(given, expected.encode()):
            raise BadSignature("msg_signature mismatch")

    def decrypt(self, encrypted: str) -> str:
        """Ciphertext (base64) → the message text; checks padding, length and the receive id."""
        try:
            raw = base64.b64decode(encrypted, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise Undecryptable("not base64") from exc
        if not raw or len(raw) % 16:
            raise Undecryptable("bad ciphertext length")
        plain: bytes = WeChatCipher(self.key).decrypt(raw)
        pad = plain[-1]
        if not 1 <= pad <= BLOCK or plain[-pad:] != bytes([pad]) * pad or len(plain) - pad < 20:
            raise Undecryptable("bad padding (wrong key?)")
        content = plain[16:-pad]  # random(16) ‖ msg_len(4, big-endian) ‖ msg ‖ receive id
        (length,) = struct.unpack(">I", content[:4])
        if 4 + length > len(content):
            raise Undecryptable("bad message length (wrong key?)")
        try:
            text = content[4 : 4 + length].decode("utf-8")
            receive_id = content[4 + length :].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise Undecryptable("not UTF-8 (wrong key?)") from exc
        if not hmac.compare_digest(receive_id.encode(), self.receive_id.encode()):
            raise WrongReceiver("receive id mismatch")
        return text

    def open(self, msg_signature: str, timestamp: str, nonce: str, encrypted: str) -> str:
        """Signature first (over the ciphertext as sent), then decrypt."""
        self.verify(msg_signature, timestamp, nonce, encrypted)
        return self.decrypt(encrypted)

    def encrypt(self, text: str, random16: str | None = None) -> str:
        """What WeCom does (tests, bench) and what our passive replies do. `random16` fixes the prefix."""
        random16 = random16 or secrets.token_hex(8)  # 16 ASCII characters, as in WeCom's own samples
        out = _FixedRandom(self.key, random16).encrypt(text, self.receive_id)
        return out.decode("ascii") if isinstance(out, bytes) else str(out)

    def seal_json(self, payload: Any, timestamp: str, nonce: str) -> dict[str, str]:
        """A passive JSON reply: `{"encrypt","msgsignature","timestamp","nonce"}` (doc 101031)."""
        encrypted = self.encrypt(json.dumps(payload, ensure_ascii=False, separators=(",", ":")))
        return {
            "encrypt": encrypted,
            "msgsignature": signature(self.token, timestamp, nonce, encrypted),
            "timestamp": timestamp,
            "nonce": nonce,
        }


class MediaDecryptor:
    """A smart bot's media file (an image, a file a user sent) is AES-256-CBC with the callback's key, IV =
    the key's first 16 bytes, PKCS#7 padded to 32 (doc 100719): decrypted as it streams in, the last block
    held back until `finish` strips the padding."""

    def __init__(self, key: bytes) -> None:
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        self._cipher = Cipher(algorithms.AES(key), modes.CBC(key[:16])).decryptor()
        self._held = b""

    def update(self, chunk: bytes) -> bytes:
        plain = self._held + self._cipher.update(chunk)
        keep = 32 if len(plain) >= 32 else len(plain)  # the padding is in the last 32 bytes
        self._held = plain[len(plain) - keep :]
        return plain[: len(plain) - keep]

    def finish(self) -> bytes:
        plain = self._held + self._cipher.finalize()
        pad = plain[-1] if plain else 0
        if not 1 <= pad <= 32 or len(plain) < pad or plain[-pad:] != bytes([pad]) * pad:
            raise Undecryptable("bad padding")
        return plain[:-pad]
