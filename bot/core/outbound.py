"""Outbound: how the bot puts a Reply into a chat. One implementation per platform (and the console)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from bot.core.types import ChatRef
from handlers.replies import Reply


@dataclass(frozen=True, slots=True)
class SendTarget:
    """Where a reply goes: the chat, optionally as a reply to one message, optionally pinging members."""

    chat: ChatRef
    reply_to: str | None = None  # platform message id to answer in-thread
    mention_user_ids: tuple[str, ...] = ()  # platform user ids to @ (reminders ping their owner)


@dataclass(frozen=True, slots=True)
class Sent:
    message_ref: str  # platform message id ("" when the platform returns none)


class SendError(Exception):
    """A send that did not happen."""


class TransientSendError(SendError):
    """Worth retrying (rate limit, 5xx, timeout). `retry_after` in seconds when the platform says."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PermanentSendError(SendError):
    """Retrying cannot help (bot removed from chat, bad request, content rejected)."""


class Outbound(Protocol):
    async def send(self, target: SendTarget, reply: Reply, idempotency_key: str) -> Sent:
        """Post `reply`. The same `idempotency_key` (≤ 50 chars) never posts twice."""
        ...

    async def update(self, message_ref: str, reply: Reply) -> None:
        """Replace a card the bot sent earlier (after a button press)."""
        ...


class TooLarge(Exception):
    """A download stopped once it passed the limit it was given; `size` is what had come (or was declared)."""

    def __init__(self, size: int) -> None:
        super().__init__(f"larger than the limit ({size} bytes so far)")
        self.size = size
