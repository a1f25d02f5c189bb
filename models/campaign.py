"""Campaigns (a product push in a market) and collaborations (one creator × one campaign)."""

from tortoise import fields
from tortoise.models import Model

from models.creator import Creator
from models.enums import CreatorPlatform, DealType, SampleType
from models.tenancy import Member, Workspace


class Campaign(Model):
    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="campaigns", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=100)
    name_key = fields.CharField(max_length=100)  # casefolded, for look-ups ("春季新品", "spring launch")
    product = fields.CharField(max_length=200, default="")  # the products' names, kept from CampaignProduct
    market = fields.CharField(max_length=2, null=True)  # ISO 3166 country code
    platform = fields.CharEnumField(CreatorPlatform, max_length=16, null=True)
    deal_type = fields.CharEnumField(DealType, max_length=16, default=DealType.PAID)
    offer_text = fields.CharField(max_length=500, default="")
    starts_on = fields.DateField(null=True)
    ends_on = fields.DateField(null=True)
    created_by: fields.ForeignKeyNullableRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name="campaigns_created", null=True, on_delete=fields.SET_NULL
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "campaign"
        unique_together = (("workspace", "name_key"),)


class CampaignProduct(Model):
    """A product pushed in a campaign ("玫瑰精华 SKU123 $29.9"); the SKU, price and link are optional."""

    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="campaign_products", on_delete=fields.CASCADE
    )
    campaign: fields.ForeignKeyRelation[Campaign] = fields.ForeignKeyField(
        "models.Campaign", related_name="products", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=200)
    sku = fields.CharField(max_length=64, default="")
    price = fields.DecimalField(max_digits=14, decimal_places=2, null=True)
    currency = fields.CharField(max_length=3, null=True)  # ISO 4217
    link = fields.CharField(max_length=500, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "campaign_product"


class Collaboration(Model):
    """A creator's deal: in a campaign, or the creator's default deal when `campaign` is null."""

    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="collaborations", on_delete=fields.CASCADE
    )
    creator: fields.ForeignKeyRelation[Creator] = fields.ForeignKeyField(
        "models.Creator", related_name="collaborations", on_delete=fields.CASCADE
    )
    campaign: fields.ForeignKeyNullableRelation[Campaign] = fields.ForeignKeyField(
        "models.Campaign", related_name="collaborations", null=True, on_delete=fields.SET_NULL
    )
    deal_type = fields.CharEnumField(DealType, max_length=16, default=DealType.PAID)
    sample_type = fields.CharEnumField(SampleType, max_length=16, null=True)
    # The offer: money is Decimal, never float; currency is ISO 4217.
    commission_percent = fields.DecimalField(max_digits=5, decimal_places=2, null=True)
    fixed_fee = fields.DecimalField(max_digits=14, decimal_places=2, null=True)
    currency = fields.CharField(max_length=3, null=True)
    sample_shipped_at = fields.DatetimeField(null=True)
    sample_received_at = fields.DatetimeField(null=True)
    content_due_on = fields.DateField(null=True)
    content_posted_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "collaboration"
        indexes = (("workspace", "campaign"), ("creator", "campaign"))
