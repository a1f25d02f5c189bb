"""Append-only audit log of changes made through the bot."""

from typing import Any

from tortoise import fields
from tortoise.models import Model

from models.tenancy import Member, Workspace


class AuditLog(Model):
    id = fields.BigIntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="audit_log", on_delete=fields.CASCADE
    )
    actor: fields.ForeignKeyNullableRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name="audit_log", null=True, on_delete=fields.SET_NULL
    )
    action = fields.CharField(max_length=64)
    target = fields.CharField(max_length=200, default="")
    detail: fields.Field[dict[str, Any]] = fields.JSONField(default=dict)
    created_at = fields.DatetimeField()

    class Meta:
        table = "audit_log"
        indexes = (("workspace", "created_at"),)
