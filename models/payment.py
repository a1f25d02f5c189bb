"""Money owed to and paid to creators: one row per amount, Decimal with an ISO 4217 currency."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from models.campaign import Collaboration
from models.creator import Creator
from models.tenancy import Member, Workspace


class PaymentKind(StrEnum):
    FIXED_FEE = "fixed_fee"
    COMMISSION = "commission"
    OTHER = "other"


class PaymentStatus(StrEnum):
    """待付款 / 已付款 for fees; 佣金待结算 / 已结算 for commission (TikTok: Not settled → Settled)."""

    PENDING = "pending"
    PAID = "paid"
    COMMISSION_PENDING = "commission_pending"
    SETTLED = "settled"
    REFUNDED = "refunded"


OWED = (PaymentStatus.PENDING, PaymentStatus.COMMISSION_PENDING)


class Payment(Model):
    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="payments", on_delete=fields.CASCADE
    )
    creator: fields.ForeignKeyRelation[Creator] = fields.ForeignKeyField(
        "models.Creator", related_name="payments", on_delete=fields.CASCADE
    )
    collaboration: fields.ForeignKeyNullableRelation[Collaboration] = fields.ForeignKeyField(
        "models.Collaboration", related_name="payments", null=True, on_delete=fields.SET_NULL
    )
    kind = fields.CharEnumField(PaymentKind, max_length=16, default=PaymentKind.OTHER)
    amount = fields.DecimalField(max_digits=14, decimal_places=2)
    currency = fields.CharField(max_length=3)  # ISO 4217, validated by workflows.currency
    status = fields.CharEnumField(PaymentStatus, max_length=20)
    due_on = fields.DateField(null=True)
    paid_at = fields.DatetimeField(null=True)
    method = fields.CharField(max_length=32, default="")
    note = fields.CharField(max_length=500, default="")
    created_by: fields.ForeignKeyNullableRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name="payments_created", null=True, on_delete=fields.SET_NULL
    )
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "payment"
        indexes = (("workspace", "status"), ("workspace", "creator"))
