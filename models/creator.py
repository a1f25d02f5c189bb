"""Creators, their stage history and notes."""

from tortoise import fields
from tortoise.manager import Manager
from tortoise.models import Model
from tortoise.queryset import QuerySet

from models.enums import CreatorPlatform, NoteKind, Stage
from models.tenancy import Member, Workspace


class LiveCreators(Manager):
    """`Creator.filter/get/all…` see only creators not deleted: a deleted creator vanishes from lookups,
    lists, exports and counts without each query saying so. `Creator.everyone()` sees them too (restore,
    merge, the undo of a delete); raw SQL says `deleted_at IS NULL` itself (workflows/summary_sql.py)."""

    def get_queryset(self) -> "QuerySet[Creator]":
        return super().get_queryset().filter(deleted_at__isnull=True)


class Creator(Model):
    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="creators", on_delete=fields.CASCADE
    )
    platform = fields.CharEnumField(CreatorPlatform, max_length=16)
    handle = fields.CharField(max_length=100)
    handle_key = fields.CharField(max_length=100)
    country = fields.CharField(max_length=2, null=True)
    region = fields.CharField(max_length=16, null=True)
    region_name = fields.CharField(max_length=100, null=True)
    timezone = fields.CharField(max_length=64, null=True)
    language = fields.CharField(max_length=8, null=True)
    email = fields.CharField(max_length=254, null=True)
    # as typed, tidied (spaces collapsed); WhatsApp numbers are phones too. Compared by digits on import.
    phone = fields.CharField(max_length=32, null=True)
    followers = fields.BigIntField(null=True)
    stage = fields.CharEnumField(Stage, max_length=24, default=Stage.PROSPECT)
    tags: fields.Field[list[str]] = fields.JSONField(default=list)
    owner: fields.ForeignKeyNullableRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name="owned_creators", null=True, on_delete=fields.SET_NULL
    )
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    # soft delete ("删除达人 @x"): set → hidden by the manager; "恢复达人 @x" or undo clears it. A creator
    # merged into another is deleted too (the audit entry creator.merge says into which).
    deleted_at = fields.DatetimeField(null=True)

    class Meta:
        table = "creator"
        manager = LiveCreators()
        unique_together = (("workspace", "platform", "handle_key"),)
        indexes = (
            ("workspace", "stage"),
            ("workspace", "owner"),
            ("workspace", "handle_key"),
            ("workspace", "stage", "owner", "id"),  # the summary's counts and stuck lists: index-only scans
        )

    @classmethod
    def everyone(cls) -> "QuerySet[Creator]":
        """Deleted creators included (the default manager leaves them out)."""
        return QuerySet(cls)


class StageChange(Model):
    """Append-only stage history: the source for funnels and time-in-stage."""

    id = fields.BigIntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="stage_changes", on_delete=fields.CASCADE
    )
    creator: fields.ForeignKeyRelation[Creator] = fields.ForeignKeyField(
        "models.Creator", related_name="stage_changes", on_delete=fields.CASCADE
    )
    from_stage = fields.CharEnumField(Stage, max_length=24, null=True)
    to_stage = fields.CharEnumField(Stage, max_length=24)
    changed_by: fields.ForeignKeyNullableRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name="stage_changes", null=True, on_delete=fields.SET_NULL
    )
    changed_at = fields.DatetimeField()
    # When the creator had entered `from_stage` (the previous change's time): time in stage is then one
    # subtraction per row, so medians stay a single aggregate (workflows/summary_sql.py). Null when unknown.
    from_since = fields.DatetimeField(null=True)
    # changed_at - from_since in seconds (null with it): all-time medians are then read in index order
    # (workspace, from_stage, stay_seconds) instead of sorting every stay.
    stay_seconds = fields.FloatField(null=True)

    class Meta:
        table = "stage_change"
        # For the summary (workflows/summary_sql.py): a period's flows, medians and additions read only the
        # covering index (index-only scans); "since when is this creator in its stage" is one probe.
        indexes = (
            ("workspace", "changed_at"),
            ("creator", "changed_at"),
            ("workspace", "changed_at", "from_stage", "to_stage", "from_since", "creator"),
            ("creator", "to_stage", "changed_at"),
            # medians: stays read in stage order, so each stage's durations are sorted alone, in memory
            ("workspace", "from_stage", "changed_at", "from_since"),
            # all-time medians: the middle stay of each stage, read at an offset in the index
            ("workspace", "from_stage", "stay_seconds"),
        )


class Note(Model):
    id = fields.BigIntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="notes", on_delete=fields.CASCADE
    )
    creator: fields.ForeignKeyRelation[Creator] = fields.ForeignKeyField(
        "models.Creator", related_name="notes", on_delete=fields.CASCADE
    )
    author: fields.ForeignKeyNullableRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name="notes", null=True, on_delete=fields.SET_NULL
    )
    kind = fields.CharEnumField(NoteKind, max_length=8, default=NoteKind.NOTE)
    text = fields.TextField()
    created_at = fields.DatetimeField()

    class Meta:
        table = "note"
        indexes = (("creator", "created_at"),)
