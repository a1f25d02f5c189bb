"""The seam where a due outreach touch is sent by the bot itself instead of by a teammate.

A `Channel` (e-mail today: workflows/mail/channel.py) looks at a due touch and either leaves it (`None`: the
chat gets the usual card asking a teammate to send it) or sends it and says what went out (`Sent`), or asks
for a later moment (`Later`: a mailbox's daily cap or minimum gap). The delivery engine asks the channels
the process gave its notifier, in order, once per claimed touch (`workflows/delivery._send_claimed`); the
chat is then told what went out instead of being asked to send it. Channels must be idempotent per touch:
a retried or retaken row asks again, and a channel that already sent it answers `Sent` without sending
twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from workflows.delivery import DueItem


@dataclass(frozen=True, slots=True)
class Sent:
    channel: str  # "email"
    summary: str  # what went out, for the chat ("to amy@x.com from team@… · Subject")
    ref: str  # the channel's id of what was sent (a Message-ID)


@dataclass(frozen=True, slots=True)
class Later:
    at: datetime
    reason: str  # "cap" | "gap" …
    announce: bool  # a move worth saying in the chat (a day's cap), not a few minutes' gap


class Channel(Protocol):
    name: str

    async def send(self, item: DueItem, idempotency_key: str, now: datetime) -> Sent | Later | None:
        """Send the touch (or say when), or leave it to the team (None). Raises delivery.DeliveryFailed."""
        ...


@runtime_checkable
class WithChannels(Protocol):
    """A notifier that carries the channels its process sends touches through (bot/jobs/notifier.py):
    wiring hands them over with the notifier, so there is no process-wide registry to forget or leak."""

    @property
    def channels(self) -> Sequence[Channel]: ...


def of(notifier: object) -> Sequence[Channel]:
    return notifier.channels if isinstance(notifier, WithChannels) else ()


async def send(
    channels: Sequence[Channel], item: DueItem, idempotency_key: str, now: datetime
) -> Sent | Later | None:
    for channel in channels:
        outcome = await channel.send(item, idempotency_key, now)
        if outcome is not None:
            return outcome
    return None
