"""What the bot understood from one message: an intent, the creators it names, the message as typed, and
the intent's own arguments — a frozen object whose type the feature declares with the intent
(`Router.intent(name, args=...)`). The understanding layer fills it once; handlers read it and never parse
the message again, and `creatorbot parse` prints exactly this."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any, Self, TypeVar

from workflows.timeparse import Kind, TimeAsk, Unreadable


class Secret(str):
    """A password read from a message: the value for the code that uses it, masked wherever it is shown
    (repr, `creatorbot parse`)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "'••••'"


@dataclass(frozen=True, slots=True)
class Heard:
    """What the understanding layer hands a feature's arguments to read from: the message as typed, the
    same with its creators and e-mails blanked, and the shared slots its readers filled."""

    text: str
    masked: str
    slots: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Args:
    """An intent with nothing to read besides its creators. Features subclass it with frozen dataclasses:
    a field named like a shared slot (bot/nlu/understand.Slots) is filled from it; a field only the feature
    knows how to read is filled by overriding `read`."""

    @classmethod
    def read(cls, heard: Heard) -> Self:
        return cls.shared(heard)

    @classmethod
    def shared(cls, heard: Heard) -> Self:
        """The fields named like shared slots, filled from them (an override of `read` starts here)."""
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{name: value for name, value in heard.slots.items() if name in names})


A = TypeVar("A", bound=Args)


@dataclass(frozen=True, slots=True)
class Command:
    intent: str
    creators: tuple[str, ...] = ()  # lower-cased, for matching
    typed_handles: tuple[str, ...] = ()  # as the user typed them, for storing new creators
    source: str = ""  # the message as typed: quoted back, kept in notes and audit; never parsed again
    args: Args = Args()
    confidence: float = 1.0  # how sure the understanding is of `intent` (the model's probability)
    alternatives: tuple[str, ...] = ()  # non-empty: ask which of these was meant before acting

    def arg(self, kind: type[A]) -> A:
        """The arguments as the type the intent's feature declared; a Command built for another intent
        (a test, a clarification) gets that type's empty arguments."""
        return self.args if isinstance(self.args, kind) else kind()

    def to_json(self, clock: TimeClock | None = None) -> dict[str, Any]:
        """The stable shape printed by `creatorbot parse`: intent, creators, then every argument (a time
        as the UTC instant it names on `clock`, else as typed)."""
        out: dict[str, Any] = {"intent": self.intent, "creators": list(self.creators)}
        for f in dataclasses.fields(self.args):
            out[f.name] = _plain(getattr(self.args, f.name), clock)
        out["confidence"] = round(self.confidence, 3)
        if self.alternatives:
            out["alternatives"] = list(self.alternatives)
        return out


@dataclass(frozen=True, slots=True)
class TimeClock:
    """The clock a printed time is read on (`creatorbot parse --now --tz --creator-tz`)."""

    now: datetime
    team_tz: str
    creator_tz: str | None = None
    kind: Kind = "reminder"


def _plain(value: Any, clock: TimeClock | None) -> Any:
    if isinstance(value, Secret):
        return "••••"
    if isinstance(value, TimeAsk):
        if clock is None:
            return value.span
        when = value.on(now=clock.now, team_tz=clock.team_tz, creator_tz=clock.creator_tz, kind=clock.kind)
        return None if isinstance(when, Unreadable) else when.utc.isoformat().replace("+00:00", "Z")
    if isinstance(value, Unreadable):
        return None
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name), clock) for f in dataclasses.fields(value)}
    if isinstance(value, tuple):
        return [_plain(v, clock) for v in value]
    return value
