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
    """Pipeline stages in funnel order, then the exits (DESIGN.md §5)."""

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
