"""Timed work: every future action is a row (the truth); the queue is only transport."""

from typing import Any

from tortoise import fields
from tortoise.models import Model

from models.creator import Creator
from models.enums import DeliveryKind, DeliveryStatus, OutreachStatus, PlanStatus
from models.tenancy import Chat, Member, Workspace

DEFAULT_FOLLOWUP_DAYS = "3,7"  # after step 1: step 2 three days later, step 3 seven days later


class SendPolicy(Model):
    """A team's send window, in the creator's local time. Minutes after local midnight."""

    id = fields.IntField(primary_key=True)
    workspace: fields.OneToOneRelation[Workspace] = fields.OneToOneField(
        "models.Workspace", related_name="send_policy", on_delete=fields.CASCADE
    )
    weekdays = fields.CharField(max_length=20, default="1,2,3")  # Monday = 0
    window_start = fields.SmallIntField(default=9 * 60)
    window_end = fields.SmallIntField(default=11 * 60)
    quiet_start = fields.SmallIntField(default=21 * 60)
    quiet_end = fields.SmallIntField(default=8 * 60)
    skip_holidays = fields.BooleanField(default=True)
    gap_seconds = fields.IntField(default=120)
    followup_days = fields.CharField(max_length=40, default=DEFAULT_FOLLOWUP_DAYS)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "send_policy"


class Outreach(Model):
    """One creator's outreach sequence (step 1 = first touch, then follow-ups) until a reply stops it."""

    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="outreach", on_delete=fields.CASCADE
    )
    creator: fields.ForeignKeyRelation[Creator] = fields.ForeignKeyField(
        "models.Creator", related_name="outreach", on_delete=fields.CASCADE
    )
    chat: fields.ForeignKeyRelation[Chat] = fields.ForeignKeyField(
        "models.Chat", related_name="outreach", on_delete=fields.CASCADE
    )
    status = fields.CharEnumField(OutreachStatus, max_length=16, default=OutreachStatus.ACTIVE)
    step = fields.SmallIntField(default=1)
    stop_reason = fields.CharField(max_length=64, default="")
    # the first e-mail's subject and body as the team edited them on the plan card ("" = drafted as usual)
    mail_subject = fields.CharField(max_length=300, default="")
    mail_body = fields.TextField(default="")
    created_by: fields.ForeignKeyNullableRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name="outreach_created", null=True, on_delete=fields.SET_NULL
    )
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "outreach"
        indexes = (("workspace", "creator", "status"),)


class OutreachPlan(Model):
    """A proposed batch waiting for confirm, change or cancel; `items` holds the computed times."""

    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="outreach_plans", on_delete=fields.CASCADE
    )
    chat: fields.ForeignKeyRelation[Chat] = fields.ForeignKeyField(
        "models.Chat", related_name="outreach_plans", on_delete=fields.CASCADE
    )
    created_by: fields.ForeignKeyNullableRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name="outreach_plans", null=True, on_delete=fields.SET_NULL
    )
    status = fields.CharEnumField(PlanStatus, max_length=16, default=PlanStatus.PROPOSED)
    items: fields.Field[list[dict[str, Any]]] = fields.JSONField(default=list)
    source_text = fields.CharField(max_length=500, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "outreach_plan"


class Delivery(Model):
    """One timed outbound message: local wall time + zone as asked, `due_at` in UTC, status and version."""

    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="deliveries", on_delete=fields.CASCADE
    )
    chat: fields.ForeignKeyRelation[Chat] = fields.ForeignKeyField(
        "models.Chat", related_name="deliveries", on_delete=fields.CASCADE
    )
    kind = fields.CharEnumField(DeliveryKind, max_length=16)
    status = fields.CharEnumField(DeliveryStatus, max_length=16, default=DeliveryStatus.PENDING)
    due_at = fields.DatetimeField()
    local_wall = fields.CharField(max_length=19)  # ISO wall time in `zone`, e.g. 2026-03-10T09:00:00
    zone = fields.CharField(max_length=64)
    version = fields.IntField(default=1)
    attempts = fields.SmallIntField(default=0)
    claimed_at = fields.DatetimeField(null=True)
    sent_at = fields.DatetimeField(null=True)
    last_error = fields.CharField(max_length=500, default="")
    message_ref = fields.CharField(max_length=128, default="")
    creator: fields.ForeignKeyNullableRelation[Creator] = fields.ForeignKeyField(
        "models.Creator", related_name="deliveries", null=True, on_delete=fields.CASCADE
    )
    owner: fields.ForeignKeyNullableRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name="deliveries_owned", null=True, on_delete=fields.SET_NULL
    )
    created_by: fields.ForeignKeyNullableRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name="deliveries_created", null=True, on_delete=fields.SET_NULL
    )
    outreach: fields.ForeignKeyNullableRelation[Outreach] = fields.ForeignKeyField(
        "models.Outreach", related_name="deliveries", null=True, on_delete=fields.CASCADE
    )
    step = fields.SmallIntField(default=0)
    # what the owner did with a sent reminder: "" (open), done, skipped, snoozed
    resolution = fields.CharField(max_length=16, default="")
    resolved_at = fields.DatetimeField(null=True)
    text = fields.TextField(default="")
    source_text = fields.CharField(max_length=500, default="")
    # A repeating reminder ("每周五下午3点提醒我对账"): its cadence (workflows/digest_schedule.encode) on the
    # one pending occurrence that carries the series on; `series` = the first occurrence's id, on all of them.
    repeat = fields.CharField(max_length=24, default="")
    series = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "delivery"
        indexes = (("status", "due_at"), ("workspace", "owner", "status"))
