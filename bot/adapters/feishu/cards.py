"""Reply → Feishu message content (Feishu Open Platform, "Send message: content by msg_type" and
"Card JSON 2.0 structure", open.feishu.cn). Pure functions: no I/O, no SDK.

- `Text` goes out as msg_type `post` whose paragraphs are plain `text` elements, not as msg_type `text`:
  text messages interpret `<at>`, `<b>`-style tags and `[x](url)` links in what they carry, a post `text`
  element shows its string as is. So a creator handle like `<b>` or `**x**` reaches the chat literally.
- `Card` becomes card JSON 2.0 with `config.update_multi` (needed to PATCH it after a button press).
  Everything a user or a creator typed sits in `plain_text` elements, for the same reason; only the
  mention line is markdown (`<at id=...>`), built from ids checked against a strict pattern.
- Sizes are measured as the content travels: a JSON string inside the JSON request body, so every quote
  and backslash counts twice. Long text is split over several posts (at most `MAX_TEXT_PARTS`, then cut
  with `TRUNCATED`); a card too big gets its body, then its field values, shortened.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from handlers.replies import Button, Card

KB = 1024
TEXT_LIMIT = 150 * KB  # msg_type text, whole request body (Feishu "Send message": else error 230025)
POST_LIMIT = 30 * KB  # msg_type post, whole request body
CARD_LIMIT = 30 * KB  # msg_type interactive, whole request body
IMAGE_LIMIT = 10 * KB * KB  # im/v1/images upload
FILE_LIMIT = 30 * KB * KB  # im/v1/files upload
ENVELOPE = 512  # receive_id, msg_type, uuid and the punctuation around `content`
MAX_TEXT_PARTS = 5  # a longer text is cut rather than flooding the chat
TRUNCATED = "…(truncated)"  # no locale is known here; plain and language-neutral on purpose
POST_LOCALE = "zh_cn"  # a post needs one locale block; clients show the only one to everybody
HEADER_TEMPLATE = "blue"
_USER_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_BUTTON_TYPES = {"primary": "primary", "danger": "danger"}


class ContentTooLarge(ValueError):
    """Even shortened, the reply does not fit the platform's size limit."""


@dataclass(frozen=True, slots=True)
class Content:
    """One message body: `msg_type` and the content object (sent JSON-encoded as a string)."""

    msg_type: str
    content: dict[str, Any]

    def encoded(self) -> str:
        return encode(self.content)

    def wire_size(self) -> int:
        return wire_size(self.encoded())


def encode(content: object) -> str:
    return json.dumps(content, ensure_ascii=False, separators=(",", ":"))


def wire_size(encoded: str) -> int:
    """Bytes of a request body carrying `encoded` as its `content` string, envelope included."""
    return len(json.dumps(encoded, ensure_ascii=False).encode()) + ENVELOPE


def mention_ids(user_ids: Sequence[str]) -> list[str]:
    """The ids safe to put inside a tag; anything else is dropped rather than risk broken markup."""
    return [uid for uid in dict.fromkeys(user_ids) if _USER_ID.fullmatch(uid)]


# ---------------------------------------------------------------------------------------------- text


def render_text(
    text: str, mentions: Sequence[str] = (), *, limit: int = POST_LIMIT, max_parts: int = MAX_TEXT_PARTS
) -> list[Content]:
    """One or more posts carrying `text` line by line; mentions lead the first one."""
    ats = [{"tag": "at", "user_id": uid} for uid in mention_ids(mentions)]
    lead: list[dict[str, str]] = [*ats, {"tag": "text", "text": " "}] if ats else []
    budget = limit - wire_size(encode(_post([lead])))
    if budget < 2 * _cost(TRUNCATED):
        raise ContentTooLarge(f"limit {limit} leaves no room for text")
    parts = _pack(text.split("\n"), budget)
    if len(parts) > max_parts:
        parts = parts[:max_parts]
        _end_with_note(parts[-1], budget)
    contents = []
    for index, lines in enumerate(parts):
        paragraphs = [[{"tag": "text", "text": line}] for line in lines]
        if index == 0 and lead:
            paragraphs[0] = lead + paragraphs[0]
        contents.append(Content("post", _post(paragraphs)))
    return contents


def _post(paragraphs: list[list[dict[str, str]]]) -> dict[str, Any]:
    return {POST_LOCALE: {"title": "", "content": paragraphs}}


def _cost(line: str) -> int:
    """Wire bytes one paragraph adds (JSON escaping is per character, so costs add up exactly)."""
    return len(json.dumps(encode([{"tag": "text", "text": line}]), ensure_ascii=False).encode()) - 2 + 1


def _pack(lines: list[str], budget: int) -> list[list[str]]:
    parts: list[list[str]] = [[]]
    used = 0
    for line in lines:
        for piece in _fit(line, budget):
            cost = _cost(piece)
            if parts[-1] and used + cost > budget:
                parts.append([])
                used = 0
            parts[-1].append(piece)
            used += cost
    return parts


def _fit(line: str, budget: int) -> list[str]:
    """`line` cut into pieces that each fit a whole message."""
    pieces = []
    while _cost(line) > budget:
        n = _longest_prefix(line, budget)
        pieces.append(line[:n])
        line = line[n:]
    pieces.append(line)
    return pieces


def _longest_prefix(line: str, budget: int) -> int:
    return max(1, _largest(lambda k: _cost(line[:k]) <= budget, len(line)))


def _end_with_note(lines: list[str], budget: int) -> None:
    while lines and sum(map(_cost, lines)) + _cost(TRUNCATED) > budget:
        lines.pop()
    lines.append(TRUNCATED)


def _largest(fits: Callable[[int], bool], high: int) -> int:
    """The largest k in [0, high] with fits(k), given fits is monotone and fits(0)."""
    low = 0
    while low < high:
        mid = (low + high + 1) // 2
        if fits(mid):
            low = mid
        else:
            high = mid - 1
    return low


# ---------------------------------------------------------------------------------------------- card


def render_card(card: Card, mentions: Sequence[str] = (), *, limit: int = CARD_LIMIT) -> Content:
    """Card JSON 2.0, shortened to fit `limit` when needed."""

    def size(c: Card) -> int:
        return wire_size(encode(card_json(c, mentions)))

    if size(card) > limit:
        card = _shrink(card, size, limit)
    return Content("interactive", card_json(card, mentions))


def _shrink(card: Card, size: Callable[[Card], int], limit: int) -> Card:
    def with_body(n: int) -> Card:
        return replace(card, body=_cut(card.body, n))

    if size(with_body(0)) <= limit:
        return with_body(_largest(lambda n: size(with_body(n)) <= limit, len(card.body)))
    card = with_body(0)
    longest = max((len(value) for _, value in card.fields), default=0)

    def with_values(n: int) -> Card:
        return replace(card, fields=tuple((label, _cut(value, n)) for label, value in card.fields))

    if size(with_values(0)) > limit:
        raise ContentTooLarge(f"card {card.title!r} exceeds {limit} bytes even without body and values")
    return with_values(_largest(lambda n: size(with_values(n)) <= limit, longest))


def _cut(text: str, n: int) -> str:
    if n >= len(text):
        return text
    return f"{text[:n].rstrip()}\n{TRUNCATED}" if "\n" in text else f"{text[:n].rstrip()}{TRUNCATED}"


def card_json(card: Card, mentions: Sequence[str] = ()) -> dict[str, Any]:
    elements: list[dict[str, Any]] = []
    if ids := mention_ids(mentions):
        elements.append({"tag": "markdown", "content": " ".join(f"<at id={uid}></at>" for uid in ids)})
    elements += [_field(label, value) for label, value in card.fields]
    if card.body:
        elements.append(_plain(card.body))
    if card.buttons:
        elements.append(_button_row(card.buttons))
    if card.footer:
        elements.append(_plain(card.footer, text_size="notation", text_color="grey"))
    content: dict[str, Any] = {
        "schema": "2.0",
        "config": {"update_multi": True, "summary": {"content": card.title}},
        "body": {"elements": elements},
    }
    if card.title:
        content["header"] = {
            "title": {"tag": "plain_text", "content": card.title},
            "template": HEADER_TEMPLATE,
        }
    return content


def _plain(text: str, **style: str) -> dict[str, Any]:
    return {"tag": "div", "text": {"tag": "plain_text", "content": text, **style}}


def _field(label: str, value: str) -> dict[str, Any]:
    return {
        "tag": "column_set",
        "flex_mode": "none",
        "horizontal_spacing": "default",
        "columns": [
            {
                "tag": "column",
                "width": "weighted",
                "weight": 1,
                "elements": [_plain(label, text_color="grey")],
            },
            {"tag": "column", "width": "weighted", "weight": 3, "elements": [_plain(value)]},
        ],
    }


def _button_row(buttons: Sequence[Button]) -> dict[str, Any]:
    return {
        "tag": "column_set",
        "flex_mode": "flow",
        "horizontal_spacing": "small",
        "columns": [{"tag": "column", "width": "auto", "elements": [button_json(b)]} for b in buttons],
    }


def button_json(button: Button) -> dict[str, Any]:
    """A callback button; the press comes back with `value` = the button's value plus `action`."""
    return {
        "tag": "button",
        "text": {"tag": "plain_text", "content": button.label},
        "type": _BUTTON_TYPES.get(button.style, "default"),
        "behaviors": [{"type": "callback", "value": {**button.value, "action": button.action_id}}],
    }


# --------------------------------------------------------------------------------------------- image


def image_content(image_key: str) -> Content:
    return Content("image", {"image_key": image_key})


def file_content(file_key: str) -> Content:
    return Content("file", {"file_key": file_key})
