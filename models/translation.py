"""Translation: cached results, the workspace glossary, token usage, kept requests and reply drafts."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from models.creator import Creator
from models.tenancy import Chat, Member, Workspace


class PendingStatus(StrEnum):
    """A kept request: pending → working → done | failed (the model came back, or it never will)."""

    PENDING = "pending"
    WORKING = "working"
    DONE = "done"
    FAILED = "failed"


class TranslationCache(Model):
    """One finished translation or draft, keyed by everything that shapes it (see cache.cache_key)."""

    id = fields.BigIntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="translation_cache", on_delete=fields.CASCADE
    )
    key = fields.CharField(max_length=64)
    kind = fields.CharField(max_length=16)
    source_language = fields.CharField(max_length=8, null=True)
    target_language = fields.CharField(max_length=8)
    model = fields.CharField(max_length=100)
    result = fields.TextField()
    created_at = fields.DatetimeField()

    class Meta:
        table = "translation_cache"
        unique_together = (("workspace", "key"),)


class GlossaryTerm(Model):
    """A term the model must use. `language` "" with `target == source`: a name never translated."""

    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="glossary", on_delete=fields.CASCADE
    )
    source = fields.CharField(max_length=100)
    source_key = fields.CharField(max_length=100)
    target = fields.CharField(max_length=100)
    language = fields.CharField(max_length=8, default="")
    created_by: fields.ForeignKeyNullableRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name="glossary_terms", null=True, on_delete=fields.SET_NULL
    )
    created_at = fields.DatetimeField()

    class Meta:
        table = "glossary_term"
        unique_together = (("workspace", "source_key", "language"),)


class TranslationUsage(Model):
    """Tokens of one model call, for the monthly usage and cost per workspace."""

    id = fields.BigIntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="translation_usage", on_delete=fields.CASCADE
    )
    kind = fields.CharField(max_length=16)
    model = fields.CharField(max_length=100)
    prompt_tokens = fields.IntField()
    completion_tokens = fields.IntField()
    created_at = fields.DatetimeField()

    class Meta:
        table = "translation_usage"
        indexes = (("workspace", "created_at"),)


class PendingTranslation(Model):
    """A request the model could not answer yet: kept, and answered in its chat when the model is back."""

    id = fields.BigIntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="pending_translations", on_delete=fields.CASCADE
    )
    chat: fields.ForeignKeyRelation[Chat] = fields.ForeignKeyField(
        "models.Chat", related_name="pending_translations", on_delete=fields.CASCADE
    )
    asker: fields.ForeignKeyNullableRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name="pending_translations", null=True, on_delete=fields.SET_NULL
    )
    kind = fields.CharField(max_length=16)  # translate | draft
    text = fields.TextField()
    target_language = fields.CharField(max_length=32, null=True)
    reader_language = fields.CharField(max_length=8)
    creator_language = fields.CharField(max_length=8, null=True)
    handles: fields.Field[list[str]] = fields.JSONField(default=list)
    locale = fields.CharField(max_length=8)
    status = fields.CharEnumField(PendingStatus, max_length=16, default=PendingStatus.PENDING)
    attempts = fields.SmallIntField(default=0)
    next_attempt_at = fields.DatetimeField()
    claimed_at = fields.DatetimeField(null=True)
    last_error = fields.CharField(max_length=32, default="")
    created_at = fields.DatetimeField()
    answered_at = fields.DatetimeField(null=True)

    class Meta:
        table = "pending_translation"
        indexes = (("status", "next_attempt_at"),)


class ReplyDraft(Model):
    """A reply written for creators from the team's brief; its text is also a note on each timeline."""

    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="reply_drafts", on_delete=fields.CASCADE
    )
    creator: fields.ForeignKeyRelation[Creator] = fields.ForeignKeyField(
        "models.Creator", related_name="reply_drafts", on_delete=fields.CASCADE
    )
    handles: fields.Field[list[str]] = fields.JSONField(default=list)
    note_ids: fields.Field[list[int]] = fields.JSONField(default=list)
    brief = fields.TextField()
    language = fields.CharField(max_length=8)
    tone = fields.CharField(max_length=16, default="default")
    text = fields.TextField()
    back_translation = fields.TextField(default="")
    created_by: fields.ForeignKeyNullableRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name="reply_drafts", null=True, on_delete=fields.SET_NULL
    )
    created_at = fields.DatetimeField()

    class Meta:
        table = "reply_draft"
