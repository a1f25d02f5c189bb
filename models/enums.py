"""Closed vocabularies stored in the database (values are the stable English keys)."""

from enum import StrEnum


class Platform(StrEnum):
    """Where a workspace talks to the bot."""

    FEISHU = "feishu"
    WECOM = "wecom"
    CONSOLE = "console"


class CreatorPlatform(StrEnum):
    """Where a creator publishes."""

    TIKTOK = "tiktok"
    INSTAGRAM = "instagram"
    YOUTUBE = "youtube"


class Stage(StrEnum):
    """Pipeline stages in funnel order, then the exits."""

    PROSPECT = "prospect"
    CONTACTED = "contacted"
    REPLIED = "replied"
    NEGOTIATING = "negotiating"
    AGREED = "agreed"
    SAMPLE_SHIPPED = "sample_shipped"
    SAMPLE_RECEIVED = "sample_received"
    CONTENT_POSTED = "content_posted"
    PAID = "paid"
    DECLINED = "declined"
    GHOSTED = "ghosted"
    BLOCKED = "blocked"


FUNNEL: tuple[Stage, ...] = tuple(list(Stage)[:9])
EXITS: tuple[Stage, ...] = (Stage.DECLINED, Stage.GHOSTED, Stage.BLOCKED)


class Role(StrEnum):
    ADMIN = "admin"
    MANAGER = "manager"
    OPERATOR = "operator"


class NoteKind(StrEnum):
    NOTE = "note"
    DRAFT = "draft"


class DeliveryKind(StrEnum):
    """What a timed outbound message is."""

    REMINDER = "reminder"
    OUTREACH = "outreach"
    DIGEST = "digest"
    NOTICE = "notice"  # the bot telling the chat about a move it made on its own (a touch postponed)


class DeliveryStatus(StrEnum):
    """pending → sending → sent | failed | cancelled | skipped."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"
    SKIPPED = "skipped"


class OutreachStatus(StrEnum):
    """A creator's outreach sequence: running, stopped by a reply or exit, finished, or cancelled."""

    ACTIVE = "active"
    STOPPED = "stopped"
    DONE = "done"
    CANCELLED = "cancelled"


class PlanStatus(StrEnum):
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class DealType(StrEnum):
    """What the creator gets for the content: decides which disclosure rule applies (one per market ×
    platform × deal type, workflows/compliance/rules.json)."""

    PAID = "paid"  # a fee
    AFFILIATE = "affiliate"  # commission on sales (TikTok Shop affiliate)
    GIFTED = "gifted"  # free product only


class SampleType(StrEnum):
    """TikTok Shop sample kinds: content due by day 14 (free) or day 90 (refundable)."""

    FREE = "free"
    REFUNDABLE = "refundable"
