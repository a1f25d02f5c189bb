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


def _note(**data: object) -> dict[str, object]:
    body: dict[str, object] = {
        "conversation_id": "c1",
        "type": "TEXT",
        "content": '{"content": "hi there"}',
        "sender": {"role": "CREATOR"},
    }
    body.update(data)
    return {"type": 33, "tts_notification_id": "n1", "shop_id": "s1", "timestamp": 1, "data": body}


def test_the_webhook_reads_creator_text_messages_only() -> None:
    from bot.adapters.tiktok_shop.webhook import heard_from

    heard = heard_from(_note())
    assert heard is not None and (heard.shop_id, heard.conversation_id, heard.text) == (
        "s1",
        "c1",
        "hi there",
    )
    assert heard.key == "evt:s1:n1"
    assert heard_from({**_note(), "type": 1}) is None  # an order status change
    assert heard_from(_note(sender={"role": "SELLER"})) is None  # the shop's own message
    assert heard_from(_note(type="IMAGE", content='{"url": "x"}')) is None
    assert heard_from(_note(conversation_id="")) is None
    assert heard_from(_note(content="not json")) is None
    assert heard_from([1, 2]) is None


async def test_a_reply_card_shows_the_original_and_the_translation() -> None:
    from datetime import UTC, datetime, timedelta

    from handlers.tiktok_shop import render_tiktok_reply
    from i18n import Catalog
    from models.enums import DeliveryKind
    from workflows.delivery import DueItem

    class Translated:
        def __init__(self, text: str) -> None:
            self.text = text

    class Fake:
        async def translate(self, workspace_id: int | None, text: str, **_: object) -> Translated:
            return Translated("好的，把细节发我")

    now = datetime(2026, 11, 26, 10, tzinfo=UTC)
    item = DueItem(
        1,
        1,
        DeliveryKind.NOTICE,
        0,
        1,
        "console",
        "local",
        "c",
        "zh_CN",
        "Asia/Shanghai",
        "ok send details",
        "2026-11-26T18:00:00",
        "Asia/Shanghai",
        now,
        timedelta(0),
        None,
        None,
        "bob",
        None,
        None,
        None,
        None,
        source="tiktok:reply:evt:s:n",
    )
    card = await render_tiktok_reply(Catalog("zh_CN"), item, Fake())  # type: ignore[arg-type]
    assert "原文：ok send details" in card.body and "译文：好的，把细节发我" in card.body
    assert [b.action_id for b in card.buttons] == ["tiktok.reply_draft", "tiktok.reply_creator"]
    plain = await render_tiktok_reply(Catalog("en"), item, None)
    assert "Original: ok send details" in plain.body and "Translation" not in plain.body
