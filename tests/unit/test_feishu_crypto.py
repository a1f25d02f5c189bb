"""Feishu callback crypto: the official vector of Feishu's "Configure Encrypt Key" doc (key "test key" →
"hello world"), plus fixed-IV vectors of our own for an encrypted challenge and its signature."""

from __future__ import annotations

import json

import pytest

from bot.adapters.feishu import crypto

OFFICIAL = "P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk="
CHALLENGE = '{"challenge":"c-123","token":"vtoken123","type":"url_verification"}'
CHALLENGE_ENCRYPTED = (
    "AAECAwQFBgcICQoLDA0ODxT/dH7HGaZSqzJLo9upOhvowBNFoYsOHrAH+TLGZ5WbQvCvvPjXvUnIMBW/gwTD28GRfiwt8Co0G8Cs3tl"
    "G1Okwj1mX4JfzJwaqgW9B43fs"
)
SIGNATURE = "a9e6483e5657374a6826ec072ded2f0534503c6d716df6017ea501469e6bd915"


def test_official_vector_decrypts_to_hello_world() -> None:
    assert crypto.decrypt(OFFICIAL, "test key") == "hello world"


def test_key_is_sha256_of_the_encrypt_key() -> None:
    assert crypto._key("test key").hex() == "fa2bdca424f01f01ffb48df93acc35d439c7fd331a1a7fba6ac2fd83aa9ab31a"


def test_deterministic_challenge_vector_both_ways() -> None:
    assert crypto.encrypt(CHALLENGE, "test key", iv=bytes(range(16))) == CHALLENGE_ENCRYPTED
    assert crypto.decrypt(CHALLENGE_ENCRYPTED, "test key") == CHALLENGE


def test_signature_vector_over_the_raw_body() -> None:
    body = json.dumps({"encrypt": CHALLENGE_ENCRYPTED}, separators=(",", ":")).encode()
    assert crypto.signature("1700000000", "nonce-1", "test key", body) == SIGNATURE
    assert crypto.signature_matches(SIGNATURE, "1700000000", "nonce-1", "test key", body)
    assert crypto.signature_matches(SIGNATURE.upper(), "1700000000", "nonce-1", "test key", body)
    assert not crypto.signature_matches(SIGNATURE, "1700000001", "nonce-1", "test key", body)
    assert not crypto.signature_matches(SIGNATURE, "1700000000", "nonce-1", "test key", body + b" ")
    assert not crypto.signature_matches(SIGNATURE, "1700000000", "nonce-1", "other key", body)


def test_round_trip_with_random_iv_and_unicode() -> None:
    text = '{"text":"@_user_1 添加达人 @amy tiktok 美国 加州"}'
    one, two = crypto.encrypt(text, "k"), crypto.encrypt(text, "k")
    assert one != two
    assert crypto.decrypt(one, "k") == crypto.decrypt(two, "k") == text


@pytest.mark.parametrize(
    "encrypted",
    ["not base64!!", "", "AAAA", OFFICIAL[:-4] + "AAA=", CHALLENGE_ENCRYPTED[:-8]],
)
def test_garbage_raises_decrypt_error(encrypted: str) -> None:
    with pytest.raises(crypto.DecryptError):
        crypto.decrypt(encrypted, "test key")


def test_wrong_key_raises_decrypt_error() -> None:
    with pytest.raises(crypto.DecryptError):
        crypto.decrypt(CHALLENGE_ENCRYPTED, "another key")


def test_token_compare() -> None:
    assert crypto.token_matches("vtoken123", "vtoken123")
    assert not crypto.token_matches("vtoken124", "vtoken123")
    assert not crypto.token_matches(None, "vtoken123")
    assert not crypto.token_matches(123, "vtoken123")
    assert not crypto.token_matches("", "")


def test_timestamp_window() -> None:
    assert crypto.timestamp_fresh("1700000000", now=1700000000 + 3599)
    assert crypto.timestamp_fresh("1700000000", now=1700000000 - 3599)
    assert not crypto.timestamp_fresh("1700000000", now=1700000000 + 3601)
    assert not crypto.timestamp_fresh("soon", now=1700000000)
