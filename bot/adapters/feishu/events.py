"""Feishu event envelopes (schema 2.0) → our types. Pure functions: no I/O, no SDK, no clock.

Shapes from the Feishu Open Platform docs (open.feishu.cn): the v2.0 envelope ("Event subscription
overview"), im.message.receive_v1 text and post ("Receive message", "Message content"),
im.chat.member.bot.added_v1 (its event page), card.action.trigger ("Card callback communication").
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.core.types import ChatRef, InboundAction, InboundMessage, Mention, Sender
from bot.web.callbacks import loads
from models.enums import Platform
from workflows.text_safety import clean_text

MESSAGE_RECEIVED = "im.message.receive_v1"
BOT_ADDED = "im.chat.member.bot.added_v1"
CARD_ACTION = "card.action.trigger"
URL_VERIFICATION = "url_verification"
_PLACEHOLDER = re.compile(r"@_user_\d+|@_all")
_SPACES = re.compile(r"[ \t]{2,}")
# Feishu's ids (event, tenant, chat, message, file key) are short printable ASCII. Anything else in an id
# field is not Feishu's: the envelope is refused (400) or the event ignored, before it becomes a key.
_ID = re.compile(r"[\x21-\x7e]{1,200}")
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv", ".tsv")


class MalformedEvent(ValueError):
    """Valid JSON that is not a Feishu envelope we can read."""


@dataclass(frozen=True, slots=True)
class Challenge:
    """url_verification: answer `{"challenge": ...}` at once."""

    challenge: str
    token: object


@dataclass(frozen=True, slots=True)
class Envelope:
    """A v2 event (`header` + `event`), or a v1 one with only `event_type`, `event_id` and `token`."""

    event_type: str
    event_id: str
    tenant_key: str
    token: object
    event: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class FeishuMessage:
    """A chat message; `message_id` is the dedupe key and the message a reply threads under."""

    message: InboundMessage
    message_id: str
    chat_type: str
    mentions_bot: bool
    parent_id: str = ""  # the message this one replies to (a pasted creator reply to translate)
    file: SentFile | None = None  # a `file` message (a spreadsheet to import); `message.text` is ""

    @property
    def needs_answer(self) -> bool:
        """Group messages are for the bot only when they @ it (a file cannot: a spreadsheet sent to the
        group counts); a DM always is."""
        if self.file is not None and self.chat_type != "p2p":
            return self.file.name.lower().endswith(SPREADSHEET_SUFFIXES)
        return self.chat_type == "p2p" or self.mentions_bot


@dataclass(frozen=True, slots=True)
class SentFile:
    """`message_type: "file"`, content `{"file_key", "file_name"}` (Feishu "Message content" docs)."""

    key: str
    name: str


@dataclass(frozen=True, slots=True)
class BotAdded:
    """The bot was added to a group: greet it with the help card."""

    chat: ChatRef
    operator: Sender
    event_id: str


@dataclass(frozen=True, slots=True)
class CardAction:
    """A button press; `operator_tenant` differs from the chat's tenant for a user of another company."""

    action: InboundAction
    operator_tenant: str


Parsed = FeishuMessage | BotAdded | CardAction


def read_envelope(doc: object) -> Challenge | Envelope:
    """Classify a decrypted body. Raises MalformedEvent when it is no Feishu envelope at all."""
    if not isinstance(doc, Mapping):
        raise MalformedEvent("body is not a JSON object")
    if doc.get("type") == URL_VERIFICATION:
        return Challenge(challenge=_str(doc.get("challenge")), token=doc.get("token"))
    header = doc.get("header")
    if isinstance(header, Mapping):
        event = doc.get("event")
        return Envelope(
            event_type=_str(header.get("event_type")),
            event_id=_envelope_id(header.get("event_id")),
            tenant_key=_envelope_id(header.get("tenant_key")),
            token=header.get("token"),
            event=event if isinstance(event, Mapping) else {},
        )
    if "uuid" in doc and isinstance(doc.get("event"), Mapping):  # v1: read only to be ignored
        return Envelope(
            event_type=_str(doc["event"].get("type")) or "v1",
            event_id=_envelope_id(doc.get("uuid")),
            tenant_key=_envelope_id(doc["event"].get("tenant_key")),
            token=doc.get("token"),
            event={},
        )
    raise MalformedEvent("neither url_verification nor an event envelope")


def _envelope_id(value: object) -> str:
    """An event or tenant id: "" when absent, MalformedEvent (→ 400) when present but not an id."""
    text = _str(value)
    if text and not _ID.fullmatch(text):
        raise MalformedEvent("an id that is not printable ASCII of at most 200 characters")
    return text


def parse(envelope: Envelope, *, bot_open_id: str | None, received_at: datetime) -> Parsed | None:
    """Our type for the events we handle; None for any other event type or an unreadable message."""
    if envelope.event_type == MESSAGE_RECEIVED:
        return parse_message(envelope, bot_open_id=bot_open_id, received_at=received_at)
    if envelope.event_type == BOT_ADDED:
        return parse_bot_added(envelope)
    if envelope.event_type == CARD_ACTION:
        return parse_card_action(envelope, received_at=received_at)
    return None


def parse_message(
    envelope: Envelope, *, bot_open_id: str | None, received_at: datetime
) -> FeishuMessage | None:
    message = _map(envelope.event.get("message"))
    message_id, chat_id = _id(message.get("message_id")), _id(message.get("chat_id"))
    if not message_id or not chat_id:
        return None
    mentions = [_map(m) for m in _list(message.get("mentions")) if isinstance(m, Mapping)]
    bot_keys = {_str(m.get("key")) for m in mentions if _is_bot(m, bot_open_id)}
    names = {_str(m.get("key")): clean_text(_str(m.get("name"))) for m in mentions}
    sent_file = _file(_str(message.get("message_type")), _str(message.get("content")))
    text = "" if sent_file else _message_text(_str(message.get("message_type")), _str(message.get("content")))
    if text is None:
        return None
    sender = _map(envelope.event.get("sender"))
    sender_id = _map(sender.get("sender_id"))
    inbound = InboundMessage(
        chat=ChatRef(Platform.FEISHU, envelope.tenant_key, chat_id),
        # the sender's own tenant: another company's in a shared (external) group
        sender=Sender(_id(sender_id.get("open_id")), "", tenant=_str(sender.get("tenant_key"))),
        text=clean_text(_resolve(text, names, bot_keys)),
        event_id=envelope.event_id,
        received_at=received_at,
        mentions=tuple(
            Mention(user_id=_id(_map(m.get("id")).get("open_id")), display_name=names[_str(m.get("key"))])
            for m in mentions
            if _str(m.get("key")) not in bot_keys and _str(m.get("key")) != "@_all"
        ),
        raw=envelope.event,
        direct=_str(message.get("chat_type")) == "p2p",
    )
    return FeishuMessage(
        inbound,
        message_id,
        _str(message.get("chat_type")),
        mentions_bot=bool(bot_keys),
        parent_id=_id(message.get("parent_id")),
        file=sent_file,
    )


def _file(message_type: str, content: str) -> SentFile | None:
    if message_type != "file":
        return None
    try:
        body = loads(content) if content else {}
    except ValueError:
        return None
    key = _id(_map(body).get("file_key"))
    return SentFile(key, clean_text(_str(_map(body).get("file_name")))[:200] or "file") if key else None


def parse_bot_added(envelope: Envelope) -> BotAdded | None:
    chat_id = _id(envelope.event.get("chat_id"))
    if not chat_id:
        return None
    operator = _id(_map(envelope.event.get("operator_id")).get("open_id"))
    tenant = _str(envelope.event.get("operator_tenant_key"))  # another company's user is outside
    return BotAdded(
        chat=ChatRef(Platform.FEISHU, envelope.tenant_key, chat_id),
        operator=Sender(operator, "", tenant=tenant),
        event_id=envelope.event_id,
    )


def parse_card_action(envelope: Envelope, *, received_at: datetime) -> CardAction | None:
    """`value["action"]` is the action id; the rest of the value (as strings) goes to the handler."""
    event = envelope.event
    action, context, operator = (
        _map(event.get("action")),
        _map(event.get("context")),
        _map(event.get("operator")),
    )
    value = {str(k): _scalar(v) for k, v in _map(action.get("value")).items()}
    action_id = value.pop("action", "")
    for field in ("option", "input_value"):
        if isinstance(action.get(field), str) and field not in value:
            value[field] = action[field]
    chat_id, message_id = _id(context.get("open_chat_id")), _id(context.get("open_message_id"))
    if not action_id or not message_id:
        return None
    inbound = InboundAction(
        chat=ChatRef(Platform.FEISHU, envelope.tenant_key, chat_id),
        sender=Sender(_id(operator.get("open_id")), "", tenant=_str(operator.get("tenant_key"))),
        action_id=action_id,
        value=value,
        message_ref=message_id,
        event_id=envelope.event_id,
        received_at=received_at,
    )
    return CardAction(inbound, operator_tenant=_str(operator.get("tenant_key")) or envelope.tenant_key)


def message_text(message_type: str, content: str) -> str | None:
    """The readable text of a received or fetched message (text and post); None for other types."""
    return _message_text(message_type, content)


def _message_text(message_type: str, content: str) -> str | None:
    try:
        body = loads(content) if content else {}
    except ValueError:  # not JSON, or nested deeper than any message (bot/web/callbacks.py)
        return None
    if not isinstance(body, Mapping):
        return None
    if message_type == "text":
        return _str(body.get("text"))
    if message_type == "post":
        return _post_text(body)
    return None


def _post_text(body: Mapping[str, Any]) -> str:
    """Rich text: title, then one line per paragraph; text, links, @s and code kept, media dropped."""
    if "content" not in body and len(body) == 1:  # tolerate a locale wrapper like the send format
        body = _map(next(iter(body.values())))
    lines = [_str(body.get("title"))] if body.get("title") else []
    for paragraph in _list(body.get("content")):
        parts: list[str] = []
        for element in paragraph if isinstance(paragraph, list) else ():
            element = _map(element)
            tag = element.get("tag")
            if tag in ("text", "a", "code_block"):
                parts.append(_str(element.get("text")))
            elif tag == "at":
                parts.append(" " + _str(element.get("user_id")) + " ")
        lines.append("".join(parts))
    return "\n".join(line for line in lines if line.strip())


def _resolve(text: str, names: Mapping[str, str], bot_keys: set[str]) -> str:
    """`@_user_N` → `@name` (the bot's own mention removed); tidy the spaces left behind."""

    def replace(match: re.Match[str]) -> str:
        key = match.group(0)
        if key in bot_keys:
            return ""
        return f"@{names[key]}" if names.get(key) else key

    lines = (_SPACES.sub(" ", _PLACEHOLDER.sub(replace, line)).strip() for line in text.split("\n"))
    return "\n".join(lines).strip()


def _is_bot(mention: Mapping[str, Any], bot_open_id: str | None) -> bool:
    if bot_open_id:
        return _str(_map(mention.get("id")).get("open_id")) == bot_open_id
    return mention.get("mentioned_type") == "bot"  # our open_id unknown yet: trust Feishu's marker


def _map(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _id(value: object) -> str:
    """An id field: "" unless it is a string shaped like Feishu's ids (see `_ID`)."""
    return value if isinstance(value, str) and _ID.fullmatch(value) else ""


def _scalar(value: object) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)
