"""What the bot understood from one message: an intent and its slots."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

INTENTS: tuple[str, ...] = (
    "help",
    "add_creator",
    "list_creators",
    "show_creator",
    "set_stage",
    "assign_owner",
    "add_note",
    "schedule_outreach",
    "remind",
    "translate",
    "draft_reply",
    "pipeline_summary",
    "compliance",
    "record_payment",
    "cancel",
    "agenda",
    "set_send_window",
    "glossary",
    "glossary_remove",
    "translation_usage",
    "bind_webhook",
    # spreadsheet import / export (issue 7)
    "export_creators",
    "import_creators",
    "unknown",
)

# The slots `creatorbot parse` prints for each intent (besides intent and creators).
INTENT_SLOTS: dict[str, tuple[str, ...]] = {
    "help": (),
    "add_creator": ("platform", "country", "region", "language", "followers", "email"),
    "list_creators": ("stage", "owner"),
    "show_creator": (),
    "set_stage": ("stage",),
    "assign_owner": ("owner",),
    "add_note": ("text",),
    "schedule_outreach": ("when",),
    "remind": ("when", "text", "owner"),
    "translate": ("text", "language"),
    "draft_reply": ("text", "language"),
    "pipeline_summary": ("owner",),
    "compliance": ("country", "platform"),
    "record_payment": ("amount", "currency"),
    "cancel": ("number",),
    "agenda": (),
    "set_send_window": ("text",),
    "glossary": ("text",),  # "佣金 = commission", or None to list the terms
    "glossary_remove": ("text",),
    "translation_usage": (),
    "bind_webhook": (),  # the URL is read from the message as typed and never printed
    "export_creators": ("stage", "owner"),
    "import_creators": (),
    "unknown": (),
}


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
    number: int | None = None  # "取消提醒 3": the number the bot showed
    source: str = ""  # the message as typed: time expressions are read from it with the right clock

    def to_json(self) -> dict[str, Any]:
        """The stable shape printed by `creatorbot parse`."""
        out: dict[str, Any] = {"intent": self.intent, "creators": list(self.creators)}
        for slot in INTENT_SLOTS[self.intent]:
            value = getattr(self, slot)
            out[slot] = value.isoformat().replace("+00:00", "Z") if isinstance(value, datetime) else value
        return out
