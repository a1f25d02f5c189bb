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
