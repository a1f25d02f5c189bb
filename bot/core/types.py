"""The one inbound type each way: adapters turn platform events into these."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from models.enums import Platform


@dataclass(frozen=True, slots=True)
class ChatRef:
    """Which conversation: the platform, its workspace (tenant/corp) key and the chat id."""

    platform: Platform
    workspace_key: str
    chat_id: str


@dataclass(frozen=True, slots=True)
class Sender:
    user_id: str
    display_name: str
    # The sender's organisation when the platform says (Feishu tenant_key); "" = not said. A tenant other
    # than the chat's workspace is an outside member (workflows/tenancy.ensure_member(outside=True)).
    tenant: str = ""


@dataclass(frozen=True, slots=True)
class Mention:
    """A teammate @-mentioned in the message, resolved by the adapter (not a creator handle)."""

    user_id: str
    display_name: str


@dataclass(frozen=True, slots=True)
class InboundMessage:
    chat: ChatRef
    sender: Sender
    text: str
    event_id: str
    received_at: datetime
    mentions: tuple[Mention, ...] = ()
    locale: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)
    direct: bool = False  # a private (one-to-one) chat with the bot, not a group


@dataclass(frozen=True, slots=True)
class InboundAction:
    """A button pressed on a card the bot sent: which action, its value, who pressed it, on which message."""

    chat: ChatRef
    sender: Sender
    action_id: str
    value: Mapping[str, str]
    message_ref: str
    event_id: str
    received_at: datetime
    locale: str | None = None


def message_record(message: InboundMessage) -> dict[str, Any]:
    """An understood-at-the-edge message as JSON, for a worker to answer without parsing the platform's
    payload again (queue mode). `raw` stays behind: nothing after the adapter reads it."""
    return {
        "chat": [message.chat.platform.value, message.chat.workspace_key, message.chat.chat_id],
        "sender": [message.sender.user_id, message.sender.display_name, message.sender.tenant],
        "text": message.text,
        "event_id": message.event_id,
        "received_at": message.received_at.isoformat(),
        "mentions": [[m.user_id, m.display_name] for m in message.mentions],
        "locale": message.locale,
    }


def message_from_record(record: Mapping[str, Any]) -> InboundMessage:
    platform, workspace_key, chat_id = record["chat"]
    user_id, name, *tenant = record["sender"]  # the tenant: an outside member must stay outside
    return InboundMessage(
        chat=ChatRef(platform=Platform(platform), workspace_key=str(workspace_key), chat_id=str(chat_id)),
        sender=Sender(user_id=str(user_id), display_name=str(name), tenant=str(tenant[0]) if tenant else ""),
        text=str(record["text"]),
        event_id=str(record["event_id"]),
        received_at=datetime.fromisoformat(str(record["received_at"])),
        mentions=tuple(Mention(str(i), str(n)) for i, n in record.get("mentions", [])),
        locale=record.get("locale"),
    )
