"""Reply → Feishu content (bot/adapters/feishu/cards.py): structure, literal user text, buttons, sizes."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.adapters.feishu.cards import (
    CARD_LIMIT,
    POST_LIMIT,
    TRUNCATED,
    ContentTooLarge,
    card_json,
    image_content,
    render_card,
    render_text,
)
from bot.adapters.feishu.outbound import message_uuid, receiver
from handlers.replies import Button, Card

HOSTILE = '<b>amy</b> **x** [link](https://evil.invalid) <at id=all></at> \\ " &amp;'


def _paragraphs(content: dict[str, Any]) -> list[list[dict[str, str]]]:
    return content["zh_cn"]["content"]


def _post_text(contents: list[Any]) -> str:
    return "\n".join(
        "".join(e["text"] for e in paragraph if e["tag"] == "text")
        for c in contents
        for paragraph in _paragraphs(c.content)
    )


def _elements(card: dict[str, Any]) -> list[dict[str, Any]]:
    return card["body"]["elements"]


def _walk(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        return [node, *[d for v in node.values() for d in _walk(v)]]
    if isinstance(node, list):
        return [d for item in node for d in _walk(item)]
    return []


# ---------------------------------------------------------------------------------------------- text


def test_text_is_a_post_of_plain_text_paragraphs() -> None:
    [content] = render_text("第一行\nsecond line")
    assert content.msg_type == "post"
    assert content.content == {
        "zh_cn": {
            "title": "",
            "content": [[{"tag": "text", "text": "第一行"}], [{"tag": "text", "text": "second line"}]],
        }
    }
    assert json.loads(content.encoded()) == content.content


def test_text_shows_markup_literally() -> None:
    [content] = render_text(HOSTILE)
    assert _paragraphs(content.content) == [[{"tag": "text", "text": HOSTILE}]]
    assert {e["tag"] for e in _walk(content.content) if "tag" in e} == {"text"}


def test_mentions_lead_the_first_paragraph_and_bad_ids_are_dropped() -> None:
    [content] = render_text("reply due", ["ou_owner", 'ou_x"><b', "ou_owner", "ou_two"])
    first = _paragraphs(content.content)[0]
    assert first == [
        {"tag": "at", "user_id": "ou_owner"},
        {"tag": "at", "user_id": "ou_two"},
        {"tag": "text", "text": " "},
        {"tag": "text", "text": "reply due"},
    ]


def test_long_text_is_split_into_posts_that_each_fit() -> None:
    lines = [f"{i:05d} " + '达人建联进度更新 creator outreach "quoted" \\ ' * 8 for i in range(150)]
    text = "\n".join(lines)
    contents = render_text(text)
    assert 1 < len(contents) <= 5
    assert all(c.wire_size() <= POST_LIMIT for c in contents)
    assert _post_text(contents) == text  # nothing lost, nothing reordered, lines kept whole


def test_one_huge_line_is_cut_into_pieces() -> None:
    text = "x" * (70 * 1024)
    contents = render_text(text)
    assert len(contents) == 3
    assert all(c.wire_size() <= POST_LIMIT for c in contents)
    assert "".join(e["text"] for c in contents for p in _paragraphs(c.content) for e in p) == text


def test_text_beyond_the_part_cap_ends_with_the_truncation_note() -> None:
    text = "\n".join(["lorem ipsum dolor sit amet " * 40] * 400)  # ~430 KB
    contents = render_text(text, ["ou_owner"])
    assert len(contents) == 5
    assert all(c.wire_size() <= POST_LIMIT for c in contents)
    assert _paragraphs(contents[-1].content)[-1] == [{"tag": "text", "text": TRUNCATED}]
    assert _paragraphs(contents[0].content)[0][0] == {"tag": "at", "user_id": "ou_owner"}
    assert all(p[0]["tag"] == "text" for c in contents[1:] for p in _paragraphs(c.content))


# ---------------------------------------------------------------------------------------------- card


CARD = Card(
    title="@amy_beauty",
    fields=(("阶段", "谈判中"), ("负责人", "小王")),
    body="• 想要20%佣金\n• 寄样地址已确认",
    buttons=(
        Button("批准", "approve", {"batch_id": "b_42"}, "primary"),
        Button("取消", "cancel", {"batch_id": "b_42"}, "danger"),
        Button("稍后", "snooze"),
    ),
    footer="本卡片 30 天内可操作",
)


def test_card_is_json_2_with_update_multi_and_a_plain_header() -> None:
    content = render_card(CARD)
    assert content.msg_type == "interactive"
    card = content.content
    assert card["schema"] == "2.0"
    assert card["config"]["update_multi"] is True
    assert card["header"] == {"title": {"tag": "plain_text", "content": "@amy_beauty"}, "template": "blue"}
    assert not any(e.get("tag") == "action" for e in _walk(card))  # the 1.0 wrapper is refused in 2.0


def test_card_elements_in_order_fields_body_buttons_footer() -> None:
    elements = _elements(card_json(CARD))
    assert [e["tag"] for e in elements] == ["column_set", "column_set", "div", "column_set", "div"]
    label, value = (col["elements"][0]["text"] for col in elements[0]["columns"])
    assert (label["tag"], label["content"], value["tag"], value["content"]) == (
        "plain_text",
        "阶段",
        "plain_text",
        "谈判中",
    )
    assert elements[2]["text"] == {"tag": "plain_text", "content": "• 想要20%佣金\n• 寄样地址已确认"}
    footer = elements[4]["text"]
    assert footer["content"] == "本卡片 30 天内可操作" and footer["text_size"] == "notation"


def test_buttons_carry_action_and_value_and_map_styles() -> None:
    row = _elements(card_json(CARD))[3]
    buttons = [col["elements"][0] for col in row["columns"]]
    assert [b["type"] for b in buttons] == ["primary", "danger", "default"]
    assert [b["text"] for b in buttons] == [
        {"tag": "plain_text", "content": label} for label in ("批准", "取消", "稍后")
    ]
    assert buttons[0]["behaviors"] == [
        {"type": "callback", "value": {"batch_id": "b_42", "action": "approve"}}
    ]
    assert buttons[2]["behaviors"] == [{"type": "callback", "value": {"action": "snooze"}}]


def test_a_value_cannot_override_the_action() -> None:
    card = Card("t", buttons=(Button("x", "approve", {"action": "delete_all"}),))
    [button] = [e for e in _walk(card_json(card)) if e.get("tag") == "button"]
    assert button["behaviors"][0]["value"]["action"] == "approve"


def test_user_content_stays_in_plain_text() -> None:
    card = Card(title=HOSTILE, fields=((HOSTILE, HOSTILE),), body=HOSTILE, footer=HOSTILE)
    content = card_json(card)
    texts = [e for e in _walk(content) if e.get("content") == HOSTILE and "tag" in e]
    assert len(texts) == 5  # title, label, value, body, footer
    assert all(e["tag"] == "plain_text" for e in texts)
    assert content["config"]["summary"] == {"content": HOSTILE}  # the chat-list preview: plain text
    assert not any(e.get("tag") in {"markdown", "lark_md"} for e in _walk(content))


def test_mentions_are_one_markdown_line_with_checked_ids() -> None:
    elements = _elements(card_json(CARD, ["ou_owner", "ou_x></at><at id=all", "ou_two"]))
    assert elements[0] == {"tag": "markdown", "content": "<at id=ou_owner></at> <at id=ou_two></at>"}


def test_a_card_too_big_gets_its_body_cut() -> None:
    card = Card("名单", fields=(("共", "2000"),), body="\n".join(f"@creator_{i} 谈判中" for i in range(3000)))
    content = render_card(card)
    assert content.wire_size() <= CARD_LIMIT
    body = _elements(content.content)[1]["text"]["content"]
    assert body.endswith(TRUNCATED) and body.startswith("@creator_0 谈判中\n@creator_1")
    assert content.wire_size() > CARD_LIMIT - 200  # cut close to the limit, not far below it


def test_huge_field_values_are_cut_when_the_body_is_not_enough() -> None:
    card = Card("t", fields=(("a", "α" * 20000), ("b", "short")), body="b" * 5000)
    content = render_card(card)
    assert content.wire_size() <= CARD_LIMIT
    values = [e["text"]["content"] for e in _walk(content.content) if e.get("tag") == "div"]
    assert "short" in values and any(v.endswith(TRUNCATED) for v in values)


def test_a_card_that_cannot_fit_is_refused() -> None:
    buttons = tuple(Button("按钮" * 50, f"a{i}", {"k": "v" * 100}) for i in range(200))
    with pytest.raises(ContentTooLarge):
        render_card(Card("t", buttons=buttons))


def test_image_content() -> None:
    content = image_content("img_v3_1")
    assert (content.msg_type, content.content) == ("image", {"image_key": "img_v3_1"})


# ------------------------------------------------------------------------------- ids and receivers


def test_uuid_is_the_key_when_it_fits_and_a_stable_digest_otherwise() -> None:
    assert message_uuid("deliver:42:v1") == "deliver:42:v1"
    assert message_uuid("deliver:42:v1", 2) == "deliver:42:v1#2"
    long_key = "reply:" + "x" * 80
    assert len(message_uuid(long_key)) == 50
    assert message_uuid(long_key) == message_uuid(long_key) != message_uuid(long_key, 1)


def test_receiver_types() -> None:
    assert receiver("oc_1") == ("oc_1", "chat_id")
    assert receiver("ou_1") == ("ou_1", "open_id")
    assert receiver("on_1") == ("on_1", "union_id")
