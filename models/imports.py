"""Spreadsheets sent to the bot, kept between the dry-run preview and the confirmed import."""

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model

from models.tenancy import Chat, Member, Workspace


class UploadStatus(StrEnum):
    """pending (previewed) → importing → done | failed; or cancelled."""

    PENDING = "pending"
    IMPORTING = "importing"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


class ImportUpload(Model):
    id = fields.BigIntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="import_uploads", on_delete=fields.CASCADE
    )
    chat: fields.ForeignKeyNullableRelation[Chat] = fields.ForeignKeyField(
        "models.Chat", related_name="import_uploads", null=True, on_delete=fields.SET_NULL
    )
    uploaded_by: fields.ForeignKeyNullableRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name="import_uploads", null=True, on_delete=fields.SET_NULL
    )
    kind = fields.CharField(max_length=16, default="creators")  # creators | orders: what confirming imports
    file_name = fields.CharField(max_length=255)
    data = fields.BinaryField()
    size = fields.IntField()
    status = fields.CharEnumField(UploadStatus, max_length=16, default=UploadStatus.PENDING)
    summary: fields.Field[dict[str, Any]] = fields.JSONField(default=dict)  # counts of the last run
    created_at = fields.DatetimeField()
    finished_at = fields.DatetimeField(null=True)

    class Meta:
        table = "import_upload"
        indexes = (("workspace", "created_at"),)


class ImportUploadPart(Model):
    """A kept upload's bytes, one megabyte a row in order: a 100 MB file is written and read back a part at
    a time (memory stays flat), and any web replica or worker can read it (disk is per host)."""

    id = fields.BigIntField(primary_key=True)
    upload: fields.ForeignKeyRelation[ImportUpload] = fields.ForeignKeyField(
        "models.ImportUpload", related_name="parts", on_delete=fields.CASCADE
    )
    seq = fields.IntField()
    data = fields.BinaryField()

    class Meta:
        table = "import_upload_part"
        unique_together = (("upload", "seq"),)
