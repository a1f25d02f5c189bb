"""The one type each way between adapters and the rest: InboundMessage/InboundAction in, Reply out."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from models.enums import Platform


@dataclass(frozen=True, slots=True)
class ChatRef:
    """Which conversation: the platform's workspace (tenant/corp) key and chat id."""

    platform: Platform
    workspace_key: str
    chat_id: str


@dataclass(frozen=True, slots=True)
class Sender:
    user_id: str
    display_name: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A platform @mention of a member, already resolved by the adapter."""

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
    """A button press on a card the bot sent."""

    chat: ChatRef
    sender: Sender
    action_id: str
    value: Mapping[str, str]
    message_id: str
    received_at: datetime


@dataclass(frozen=True, slots=True)
class Button:
    label: str
    action_id: str
    value: Mapping[str, str] = field(default_factory=dict)
    style: str = "default"


@dataclass(frozen=True, slots=True)
class Text:
    text: str


@dataclass(frozen=True, slots=True)
class Card:
    title: str
    fields: tuple[tuple[str, str], ...] = ()
    body: str = ""
    buttons: tuple[Button, ...] = ()
    footer: str = ""


@dataclass(frozen=True, slots=True)
class Image:
    png: bytes = field(repr=False)
    alt: str = ""


Reply = Text | Card | Image
