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
    "check_caption",
    "write_brief",
    "record_payment",
    "cancel",
    "agenda",
    "set_send_window",
    "glossary",
    "glossary_remove",
    "translation_usage",
    "bind_webhook",
    # roles and digests (issue 7)
    "set_role",
    "list_members",
    "schedule_digest",
    "cancel_digest",
    "list_digests",
    # TikTok Shop deadlines, quota, offers and payments (issue 8)
    "set_offer",
    "payment_due",
    "payments_owed",
    "set_quota",
    "show_quota",
    "set_sample_type",
    "record_refund",
    # spreadsheet import / export (issue 7)
    "export_creators",
    "import_creators",
    # issue 15: undo the asker's last change
    "undo",
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
    "pipeline_summary": ("owner", "period", "campaign", "platform", "country"),
    "compliance": ("country", "platform", "deal_type"),
    "check_caption": ("country", "platform", "text"),  # text: the caption as typed
    "write_brief": (),
    "record_payment": ("amount", "currency"),
    "cancel": ("number",),
    "agenda": (),
    "set_send_window": ("text",),
    "glossary": ("text",),  # "佣金 = commission", or None to list the terms
    "glossary_remove": ("text",),
    "translation_usage": (),
    "bind_webhook": (),  # the URL is read from the message as typed and never printed
    "set_role": ("role", "owner"),  # owner: the teammate whose role changes
    "list_members": (),
    "schedule_digest": (),  # cadence and time are read from the message as typed (workflows/digests)
    "cancel_digest": (),
    "list_digests": (),
    "set_offer": ("percent", "amount", "currency"),
    "payment_due": ("amount", "currency"),
    "payments_owed": (),
    "set_quota": ("number",),
    "show_quota": (),
    "set_sample_type": ("sample_type",),
    "record_refund": ("amount", "currency"),
    "export_creators": ("stage", "owner"),
    "import_creators": (),
    "undo": (),
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

    def to_json(self) -> dict[str, Any]:
        """The stable shape printed by `creatorbot parse`."""
        out: dict[str, Any] = {"intent": self.intent, "creators": list(self.creators)}
        for slot in INTENT_SLOTS[self.intent]:
            value = getattr(self, slot)
            out[slot] = value.isoformat().replace("+00:00", "Z") if isinstance(value, datetime) else value
        out["confidence"] = round(self.confidence, 3)
        if self.alternatives:
            out["alternatives"] = list(self.alternatives)
        return out
