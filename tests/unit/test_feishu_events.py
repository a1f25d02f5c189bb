"""Feishu envelopes → our types, on payloads shaped as Feishu's "Receive message" docs show them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.adapters.feishu import events
from bot.adapters.feishu.events import BotAdded, CardAction, Challenge, Envelope, FeishuMessage
from bot.core.types import ChatRef, Mention
from models.enums import Platform
from tests.feishu_events import BOT_OPEN_ID, FeishuEvents, mention

NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
FEISHU = FeishuEvents(tenant_key="2ca1d211f64f6438")


def _parse(doc: dict[str, object], bot: str | None = BOT_OPEN_ID) -> events.Parsed | None:
    envelope = events.read_envelope(doc)
    assert isinstance(envelope, Envelope)
    return events.parse(envelope, bot_open_id=bot, received_at=NOW)


def test_group_mention_placeholders_resolved_and_bot_stripped() -> None:
    doc = FEISHU.message(
        "@_user_1 @amy_beauty 交给 @_user_2 跟进",
        mentions=[mention("@_user_2", "ou_wang", "小王")],
        message_id="om_1",
    )
    parsed = _parse(doc)
    assert isinstance(parsed, FeishuMessage)
    assert parsed.message.text == "@amy_beauty 交给 @小王 跟进"
    assert parsed.message.mentions == (Mention(user_id="ou_wang", display_name="小王"),)
    assert parsed.message.chat == ChatRef(Platform.FEISHU, "2ca1d211f64f6438", "oc_group1")
    assert parsed.message.sender.user_id == "ou_alice"
    assert parsed.message.received_at == NOW
    assert (parsed.message_id, parsed.chat_type, parsed.mentions_bot, parsed.needs_answer) == (
        "om_1",
        "group",
        True,
        True,
    )


def test_group_message_without_the_bot_needs_no_answer() -> None:
    doc = FEISHU.message("@_user_1 看看这个", at_bot=False, mentions=[mention("@_user_1", "ou_wang", "小王")])
    parsed = _parse(doc)
    assert isinstance(parsed, FeishuMessage)
    assert not parsed.mentions_bot and not parsed.needs_answer
    assert parsed.message.text == "@小王 看看这个"


def test_many_placeholders_do_not_clash() -> None:
    others = [mention(f"@_user_{n}", f"ou_{n}", f"u{n}") for n in range(2, 12)]
    doc = FEISHU.message("@_user_1 " + " ".join(f"@_user_{n}" for n in range(2, 12)), mentions=others)
    parsed = _parse(doc)
    assert isinstance(parsed, FeishuMessage)
    assert parsed.message.text == " ".join(f"@u{n}" for n in range(2, 12))


def test_dm_is_answered_without_a_mention() -> None:
    doc = FEISHU.message("help", chat_type="p2p", chat_id="oc_p2pchat", at_bot=False)
    parsed = _parse(doc)
    assert isinstance(parsed, FeishuMessage)
    assert parsed.needs_answer and parsed.message.text == "help" and parsed.message.mentions == ()


def test_bot_recognised_by_mentioned_type_while_its_open_id_is_unknown() -> None:
    doc = FEISHU.message("@_user_1 帮助")
    doc["event"]["message"]["mentions"][0]["mentioned_type"] = "bot"
    parsed = _parse(doc, bot=None)
    assert isinstance(parsed, FeishuMessage)
    assert parsed.mentions_bot and parsed.message.text == "帮助"


def test_post_message_flattened_with_mentions() -> None:
    content = {
        "title": "周报",
        "content": [
            [
                {"tag": "at", "user_id": "@_user_1", "user_name": "", "style": []},
                {"tag": "text", "text": "备注 @amy：", "style": ["bold"]},
                {"tag": "a", "href": "http://x.invalid", "text": "报价单", "style": []},
            ],
            [{"tag": "img", "image_key": "img_1"}],
            [
                {"tag": "text", "text": "交给", "style": []},
                {"tag": "at", "user_id": "@_user_2", "user_name": ""},
            ],
            [{"tag": "emotion", "emoji_type": "SMILE"}],
        ],
    }
    doc = FEISHU.message(
        "", message_type="post", content=content, mentions=[mention("@_user_2", "ou_w", "小王")]
    )
    parsed = _parse(doc)
    assert isinstance(parsed, FeishuMessage)
    assert parsed.message.text == "周报\n备注 @amy：报价单\n交给 @小王"
    assert parsed.mentions_bot


def test_image_message_is_not_for_us() -> None:
    assert _parse(FEISHU.message("", message_type="image", content={"image_key": "img_x"})) is None


def test_file_message_carries_its_key_and_name() -> None:
    content = {"file_key": "file_v3_abc", "file_name": "达人名单.xlsx"}
    dm = _parse(FEISHU.message("", chat_type="p2p", at_bot=False, message_type="file", content=content))
    assert isinstance(dm, FeishuMessage) and dm.needs_answer
    assert dm.file == events.SentFile("file_v3_abc", "达人名单.xlsx") and dm.message.text == ""
    group_sheet = _parse(FEISHU.message("", at_bot=False, message_type="file", content=content))
    assert isinstance(group_sheet, FeishuMessage) and group_sheet.needs_answer, "a spreadsheet in a group"
    pdf = {"file_key": "file_v3_x", "file_name": "合同.pdf"}
    group_pdf = _parse(FEISHU.message("", at_bot=False, message_type="file", content=pdf))
    assert isinstance(group_pdf, FeishuMessage) and not group_pdf.needs_answer
    assert _parse(FEISHU.message("", message_type="file", content={"file_name": "x.xlsx"})) is None


def test_bot_added() -> None:
    parsed = _parse(FEISHU.bot_added(chat_id="oc_413871bd", operator="ou_boss"))
    assert isinstance(parsed, BotAdded)
    assert parsed.chat == ChatRef(Platform.FEISHU, "2ca1d211f64f6438", "oc_413871bd")
    assert parsed.operator.user_id == "ou_boss"


def test_card_action() -> None:
    doc = FEISHU.card_action(
        {"action": "stage.advance", "creator_id": 42, "stage": "replied"}, message_id="om_c", chat_id="oc_c"
    )
    parsed = _parse(doc)
    assert isinstance(parsed, CardAction)
    action = parsed.action
    assert action.action_id == "stage.advance"
    assert dict(action.value) == {"creator_id": "42", "stage": "replied"}
    assert (action.message_ref, action.chat.chat_id, action.sender.user_id) == ("om_c", "oc_c", "ou_alice")
    assert action.event_id == doc["header"]["event_id"]
    assert parsed.operator_tenant == "2ca1d211f64f6438"


def test_card_action_from_another_company_keeps_its_tenant() -> None:
    parsed = _parse(FEISHU.card_action({"action": "x"}, operator_tenant="other_tenant"))
    assert isinstance(parsed, CardAction)
    assert parsed.operator_tenant == "other_tenant"
    assert parsed.action.chat.workspace_key == "2ca1d211f64f6438"


def test_card_action_without_action_id_is_ignored() -> None:
    assert _parse(FEISHU.card_action({"key": "value"})) is None


def test_challenge_and_unknown_and_v1() -> None:
    challenge = events.read_envelope(FEISHU.challenge("abc"))
    assert challenge == Challenge(challenge="abc", token="vtoken123")
    unknown = FEISHU.event("contact.user_group.created_v3")
    assert _parse(unknown) is None
    v1 = events.read_envelope(
        {"uuid": "u1", "token": "t", "type": "event_callback", "event": {"type": "p2p"}}
    )
    assert isinstance(v1, Envelope) and v1.event_type == "p2p" and v1.token == "t"


@pytest.mark.parametrize("doc", [[], "x", {"hello": 1}, {"schema": "2.0"}])
def test_not_an_envelope(doc: object) -> None:
    with pytest.raises(events.MalformedEvent):
        events.read_envelope(doc)
