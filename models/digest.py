"""Recurring digests: a summary posted into a chat on a cadence, each run one DIGEST `Delivery` row."""

from tortoise import fields
from tortoise.models import Model

from models.schedule import Delivery
from models.tenancy import Chat, Member, Workspace


class Digest(Model):
    """ "每周一上午9点把周报发到这个群": cadence + wall time in `zone`; `delivery` is the pending next run."""

    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="digests", on_delete=fields.CASCADE
    )
    chat: fields.ForeignKeyRelation[Chat] = fields.ForeignKeyField(
        "models.Chat", related_name="digests", on_delete=fields.CASCADE
    )
    cadence = fields.CharField(max_length=8)  # daily | weekly | monthly (workflows/digests.Cadence)
    weekday = fields.SmallIntField(default=0)  # weekly: Monday = 0
    day_of_month = fields.SmallIntField(default=1)  # monthly: 1..31, clamped to the month's last day
    minute_of_day = fields.SmallIntField(default=9 * 60)  # local wall time in `zone`
    zone = fields.CharField(max_length=64)
    created_by: fields.ForeignKeyNullableRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name="digests_created", null=True, on_delete=fields.SET_NULL
    )
    active = fields.BooleanField(default=True)
    delivery: fields.ForeignKeyNullableRelation[Delivery] = fields.ForeignKeyField(
        "models.Delivery", related_name="digests", null=True, on_delete=fields.SET_NULL
    )
    runs = fields.IntField(default=0)  # how many runs were sent (or given up on)
    source_text = fields.CharField(max_length=500, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "digest"
        indexes = (("workspace", "chat", "active"),)
