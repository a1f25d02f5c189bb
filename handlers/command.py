"""What the bot understood from one message: an intent and its slots. Which intents exist, and which
slots each prints, is declared by the features (handlers/routing.IntentSpec)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class Command:
    intent: str
    creators: tuple[str, ...] = ()  # lower-cased, for matching
    typed_handles: tuple[str, ...] = ()  # as the user typed them, for storing new creators
    stage: str | None = None
    stage_text: str | None = None
    owner: str | None = None
    text: str | None = None
    language: str | None = None
    country: str | None = None
    region: str | None = None
    platform: str | None = None
    amount: str | None = None
    currency: str | None = None
    followers: int | None = None
    email: str | None = None
    when: datetime | None = None
    number: int | None = None  # "取消提醒 3": the number the bot showed; "每周邀约额度 200"
    role: str | None = None  # set_role: admin | manager | operator
    percent: str | None = None  # "佣金15%" → "15" (issue 8)
    sample_type: str | None = None  # free | refundable (issue 8)
    deal_type: str | None = None  # compliance: paid / affiliate / gifted
    period: str | None = (
        None  # summaries: today | week | last_week | month | last_month | days:N | range:A..B | all
    )
    campaign: str | None = None  # summaries: a campaign name as typed
    source: str = ""  # the message as typed: time expressions are read from it with the right clock
    confidence: float = 1.0  # how sure the understanding is of `intent` (the model's probability)
    alternatives: tuple[str, ...] = ()  # non-empty: ask which of these was meant before acting

    def to_json(self, slots: Sequence[str] | None = None) -> dict[str, Any]:
        """The stable shape printed by `creatorbot parse`: the slots its feature declares for the intent
        (pass them when you have them; otherwise they are read from the features)."""
        if slots is None:
            from handlers import intent_specs

            spec = intent_specs().get(self.intent)
            slots = spec.slots if spec else ()
        out: dict[str, Any] = {"intent": self.intent, "creators": list(self.creators)}
        for slot in slots:
            value = getattr(self, slot)
            out[slot] = value.isoformat().replace("+00:00", "Z") if isinstance(value, datetime) else value
        out["confidence"] = round(self.confidence, 3)
        if self.alternatives:
            out["alternatives"] = list(self.alternatives)
        return out
