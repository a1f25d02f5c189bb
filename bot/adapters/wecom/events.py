"""Decrypted smart-bot callbacks (doc 100719 / 101027) → typed values. Pure: no I/O, no database.

Only what the bot acts on is typed: text and mixed messages (their text parts), files, stream refresh
polls, `enter_chat` and template-card events. Anything else parses to `Ignored`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.core.types import ChatRef, InboundMessage, Sender
from models.enums import Platform
from workflows.text_safety import clean_text

_LEADING_AT = re.compile(r"^\s*@\S+\s*")
# WeCom's ids (msgid, aibotid, chatid, userid, stream id) are short printable ASCII; anything else in one
# is refused (400) before it becomes a database key.
_ID = re.compile(r"[\x21-\x7e]{1,200}")


class MalformedCallback(ValueError):
    """Decrypted fine but not a smart-bot callback we can read (→ 400)."""


@dataclass(frozen=True, slots=True)
class WeComMessage:
    msgid: str
    message: InboundMessage
    response_url: str
    group: bool


@dataclass(frozen=True, slots=True)
class WeComFile:
    """A file a user sent the bot (a DM; WeCom sends files to a smart bot only there, ≤ 100 MB): its URL
    serves the AES-encrypted bytes for 5 minutes."""

    msgid: str
    message: InboundMessage
    url: str
    name: str
    response_url: str


@dataclass(frozen=True, slots=True)
class StreamPoll:
    msgid: str
    stream_id: str


@dataclass(frozen=True, slots=True)
class EnterChat:
    msgid: str
    chat: ChatRef
    sender: Sender


@dataclass(frozen=True, slots=True)
class CardEvent:
    msgid: str
    event_key: str


@dataclass(frozen=True, slots=True)
class Ignored:
    msgid: str
    reason: str


Parsed = WeComMessage | WeComFile | StreamPoll | EnterChat | CardEvent | Ignored


def _str(doc: Mapping[str, Any], key: str) -> str:
    value = doc.get(key, "")
    return value if isinstance(value, str) else str(value) if isinstance(value, int) else ""


def _chat(doc: Mapping[str, Any], userid: str) -> ChatRef:
    """Workspace = the bot (`aibotid`: one bot per corp); chat = the group's chatid, or the user in a DM."""
    aibotid = _str(doc, "aibotid")
    chatid = _str(doc, "chatid")
    if _str(doc, "chattype") == "group" and chatid:
        return ChatRef(platform=Platform.WECOM, workspace_key=aibotid, chat_id=chatid)
    return ChatRef(platform=Platform.WECOM, workspace_key=aibotid, chat_id=f"single:{userid}")


def _check_ids(*ids: str) -> None:
    for value in ids:
        if value and not _ID.fullmatch(value):
            raise MalformedCallback("an id that is not printable ASCII of at most 200 characters")


def strip_bot_mention(content: str) -> str:
    """WeCom leaves `@BotName` at the start of `text.content` in groups."""
    return _LEADING_AT.sub("", content, count=1).strip()


def _text_of(doc: Mapping[str, Any]) -> str:
    msgtype = doc.get("msgtype")
    if msgtype == "text":
        text = doc.get("text")
        return _str(text, "content") if isinstance(text, Mapping) else ""
    mixed = doc.get("mixed")
    items = mixed.get("msg_item") if isinstance(mixed, Mapping) else None
    parts = []
    for item in items if isinstance(items, list) else []:
        if (
            isinstance(item, Mapping)
            and item.get("msgtype") == "text"
            and isinstance(item.get("text"), Mapping)
        ):
            parts.append(_str(item["text"], "content"))
    return " ".join(p for p in parts if p)


def parse(doc: Any, received_at: datetime) -> Parsed:
    if not isinstance(doc, Mapping):
        raise MalformedCallback("not a JSON object")
    msgid, msgtype = _str(doc, "msgid"), _str(doc, "msgtype")
    sender_doc = doc.get("from")
    userid = _str(sender_doc, "userid") if isinstance(sender_doc, Mapping) else ""
    if not msgtype:
        raise MalformedCallback("no msgtype")
    stream = doc.get("stream")
    stream_id = _str(stream, "id") if isinstance(stream, Mapping) else ""
    _check_ids(msgid, userid, stream_id, _str(doc, "aibotid"), _str(doc, "chatid"))
    if msgtype == "stream":
        if not stream_id:
            raise MalformedCallback("stream poll without id")
        return StreamPoll(msgid=msgid, stream_id=stream_id)
    if not msgid:
        raise MalformedCallback("no msgid")
    if msgtype in ("text", "mixed"):
        if not userid:
            raise MalformedCallback("message without from.userid")
        group = _str(doc, "chattype") == "group"
        text = clean_text(_text_of(doc))
        message = InboundMessage(
            chat=_chat(doc, userid),
            sender=Sender(user_id=userid, display_name=userid),
            text=strip_bot_mention(text) if group else text.strip(),
            event_id=msgid,
            received_at=received_at,
            raw=doc,
            direct=not group,
        )
        return WeComMessage(msgid=msgid, message=message, response_url=_str(doc, "response_url"), group=group)
    if msgtype == "file":
        return _file(doc, msgid, userid, received_at)
    if msgtype == "event":
        event = doc.get("event")
        kind = _str(event, "eventtype") if isinstance(event, Mapping) else ""
        if kind == "enter_chat" and userid:
            return EnterChat(msgid=msgid, chat=_chat(doc, userid), sender=Sender(userid, userid))
        if kind == "template_card_event" and isinstance(event, Mapping):
            card = event.get("template_card_event")
            key = _str(card, "event_key") if isinstance(card, Mapping) else ""
            return CardEvent(msgid=msgid, event_key=key)
        return Ignored(msgid=msgid, reason=f"event:{kind or '?'}")
    return Ignored(msgid=msgid, reason=f"msgtype:{msgtype}")


def _file(doc: Mapping[str, Any], msgid: str, userid: str, received_at: datetime) -> WeComFile:
    body = doc.get("file")
    body = body if isinstance(body, Mapping) else {}
    url = _str(body, "url")
    if not userid or not url.startswith(("https://", "http://")):
        raise MalformedCallback("file message without from.userid or file.url")
    name = clean_text(_str(body, "filename") or _str(body, "name"))
    message = InboundMessage(
        chat=_chat(doc, userid),
        sender=Sender(user_id=userid, display_name=userid),
        text="",
        event_id=msgid,
        received_at=received_at,
        raw=doc,
        direct=_str(doc, "chattype") != "group",
    )
    return WeComFile(msgid, message, url, name[:200], _str(doc, "response_url"))
