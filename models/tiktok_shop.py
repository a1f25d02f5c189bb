"""TikTok Shop mechanics the bot tracks: deadlines (sample approval, content, payments) and the weekly
outreach quota (TikTok Shop Seller University rules; each number and its page are in
workflows/deadlines.py and workflows/quota.py)."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from models.campaign import Collaboration
from models.creator import Creator
from models.payment import Payment
from models.schedule import Delivery
from models.tenancy import Workspace


class DeadlineKind(StrEnum):
    SAMPLE_APPROVAL = "sample_approval"  # approve a sample request within 7 days
    CONTENT_REMINDER = "content_reminder"  # the one reminder allowed, ≥ day 5 after delivery
    CONTENT_DUE = "content_due"  # day 14 (free sample) / day 90 (refundable)
    PAYMENT_DUE = "payment_due"


class DeadlineStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class Deadline(Model):
    """One dated obligation; `due_at` is the moment it is overdue (end of the due day, team-local)."""

    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="deadlines", on_delete=fields.CASCADE
    )
    creator: fields.ForeignKeyRelation[Creator] = fields.ForeignKeyField(
        "models.Creator", related_name="deadlines", on_delete=fields.CASCADE
    )
    collaboration: fields.ForeignKeyNullableRelation[Collaboration] = fields.ForeignKeyField(
        "models.Collaboration", related_name="deadlines", null=True, on_delete=fields.SET_NULL
    )
    payment: fields.ForeignKeyNullableRelation[Payment] = fields.ForeignKeyField(
        "models.Payment", related_name="deadlines", null=True, on_delete=fields.CASCADE
    )
    delivery: fields.ForeignKeyNullableRelation[Delivery] = fields.ForeignKeyField(
        "models.Delivery", related_name="deadlines", null=True, on_delete=fields.SET_NULL
    )
    kind = fields.CharEnumField(DeadlineKind, max_length=20)
    status = fields.CharEnumField(DeadlineStatus, max_length=12, default=DeadlineStatus.OPEN)
    due_on = fields.DateField()  # team-local date
    due_at = fields.DatetimeField()  # UTC: the end of `due_on` in the team's zone
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "deadline"
        indexes = (("workspace", "status", "due_at"), ("creator", "status"))


class OutreachQuota(Model):
    """The weekly Target Invite + IM quota TikTok gives the shop; the week resets Sunday 00:00."""

    id = fields.IntField(primary_key=True)
    workspace: fields.OneToOneRelation[Workspace] = fields.OneToOneField(
        "models.Workspace", related_name="outreach_quota", on_delete=fields.CASCADE
    )
    weekly_limit = fields.IntField()
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "outreach_quota"
