"""TikTok Shop units: request signing against a vector computed here by hand from the documented steps
(TikTok Shop Partner Center, "Sign your API request"), the endpoint table's shape, and reading who sends
outreach."""

from __future__ import annotations

import hashlib
import hmac
import re

import pytest

from bot.adapters.tiktok_shop import signing
from bot.adapters.tiktok_shop.endpoints import ENDPOINTS, TOKEN_GET, TOKEN_REFRESH

SECRET = "e59af819cc"
PATH = "/affiliate_seller/202412/conversations/7288/messages"
QUERY = {
    "timestamp": "1623812664",
    "shop_cipher": "GCP_XF90igAAAABh00qsWgtvOiGFNqyubMt3",
    "app_key": "38abcd",
    "sign": "not part of the signature",
    "access_token": "not part of the signature either",
}
PINNED = "10be703258c11279c141b7abc4b008079056c01a96d6c0c2c7af4d5c0f65c288"
BODY = b'{"msg_type":"TEXT","content":"{\\"content\\": \\"Hi Amy\\"}"}'


def test_sign_matches_the_documented_steps_written_out() -> None:
    # 1-2. query parameters without sign and access_token, sorted by name, as {name}{value}:
    pairs = "app_key38abcd" + "shop_cipherGCP_XF90igAAAABh00qsWgtvOiGFNqyubMt3" + "timestamp1623812664"
    # 3. the path in front; 4. the body after (not multipart); 5. the secret at both ends:
    wrapped = SECRET + PATH + pairs + BODY.decode() + SECRET
    # 6. HMAC-SHA256 keyed by the secret, hex:
    expected = hmac.new(SECRET.encode(), wrapped.encode(), hashlib.sha256).hexdigest()
    assert signing.sign(SECRET, PATH, QUERY, BODY) == expected
    # pinned, so a change to the steps above cannot silently move both sides:
    assert expected == PINNED


def test_multipart_bodies_are_left_out_and_order_of_query_does_not_matter() -> None:
    reordered = dict(reversed(list(QUERY.items())))
    assert signing.sign(SECRET, PATH, reordered, BODY) == signing.sign(SECRET, PATH, QUERY, BODY)
    assert signing.sign(SECRET, PATH, QUERY, BODY, multipart=True) == signing.sign(SECRET, PATH, QUERY, b"")
    assert signing.sign(SECRET, PATH, QUERY, BODY) != signing.sign(SECRET + "x", PATH, QUERY, BODY)


def test_webhook_signature_is_hmac_of_app_key_and_body() -> None:
    body = b'{"type":33,"shop_id":"7494"}'
    expected = hmac.new(b"sec", b"key" + body, hashlib.sha256).hexdigest()
    assert signing.webhook_signature("key", "sec", body) == expected
    assert signing.webhook_signature_matches("key", "sec", body, expected.upper())
    assert not signing.webhook_signature_matches("key", "sec", body + b" ", expected)
    assert not signing.webhook_signature_matches("key", "sec", body, "")


def test_every_endpoint_is_versioned_once_in_the_table() -> None:
    paths = [e.path for e in ENDPOINTS.values()]
    assert len(paths) == len(set(paths))
    for endpoint in ENDPOINTS.values():
        assert re.search(r"/20\d{4}/", endpoint.path), endpoint.name
        assert endpoint.method in ("GET", "POST", "PUT", "DELETE")
    assert TOKEN_GET.path.startswith("/api/v2/") and TOKEN_REFRESH.path.startswith("/api/v2/")


def test_path_parameters_must_be_plain_ids() -> None:
    send = ENDPOINTS["messages.send"]
    assert send.at(conversation_id="7288") == "/affiliate_seller/202412/conversations/7288/messages"
    for bad in ("", "../x", "1?a=b", "1#", "%2F"):
        with pytest.raises(ValueError, match="not an id"):
            send.at(conversation_id=bad)


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("外联由机器人发送", "bot"),
        ("外联我自己发", "myself"),
        ("别让机器人发外联了，我们手动发", "myself"),
        ("let the bot send outreach", "bot"),
        ("don't let the bot send outreach", "myself"),
        ("外联谁发", None),
    ],
)
def test_who_sends_is_read_from_the_words(text: str, sender: str | None) -> None:
    from handlers.command import Heard
    from handlers.tiktok_shop import SenderChoice

    assert SenderChoice.read(Heard(text, text, {})).sender == sender
