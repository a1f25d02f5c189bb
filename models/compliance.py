"""Ad-disclosure rules as data: one row per market × creator platform × deal type, loaded from the
versioned file `workflows/compliance/rules.json` (reference data shared by every workspace)."""

from typing import Any

from tortoise import fields
from tortoise.models import Model

from models.enums import CreatorPlatform, DealType


class DisclosureRule(Model):
    id = fields.IntField(primary_key=True)
    market = fields.CharField(max_length=2)  # ISO 3166 country code (GB for the UK)
    platform = fields.CharEnumField(CreatorPlatform, max_length=16)
    deal_type = fields.CharEnumField(DealType, max_length=16)
    covered = fields.BooleanField()  # False: the reference is silent for this combination
    authority = fields.CharField(max_length=300, default="")
    language = fields.CharField(max_length=8, default="")  # the market language of the tags
    summary: fields.Field[dict[str, str]] = fields.JSONField(default=dict)  # {"en": …, "zh_CN": …}
    scope: fields.Field[dict[str, str]] = fields.JSONField(default=dict)  # the deal type's note
    quote = fields.TextField(default="")  # verbatim from the source
    caption_tags: fields.Field[list[str]] = fields.JSONField(default=list)  # accepted ("#*partner": suffix)
    recommended_tag: fields.Field[dict[str, str]] = fields.JSONField(default=dict)  # post language → tag
    tag_required = fields.BooleanField(default=True)
    caption_position = fields.CharField(max_length=8, default="any")  # "start" | "any"
    placement: fields.Field[list[str]] = fields.JSONField(default=list)  # codes, see i18n "placement.*"
    placement_quote = fields.TextField(default="")
    insufficient_tags: fields.Field[list[str]] = fields.JSONField(default=list)
    no_hashtag_cloud = fields.BooleanField(default=False)
    avoid: fields.Field[dict[str, str]] = fields.JSONField(default=dict)
    platform_switch = fields.CharField(max_length=200, default="")
    switch_detail: fields.Field[dict[str, str]] = fields.JSONField(default=dict)
    extra_labels: fields.Field[list[dict[str, Any]]] = fields.JSONField(default=list)
    sources: fields.Field[list[str]] = fields.JSONField(default=list)
    checked_on = fields.DateField()
    data_version = fields.CharField(max_length=32)

    class Meta:
        table = "disclosure_rule"
        unique_together = (("market", "platform", "deal_type"),)


class RuleSetVersion(Model):
    """Which version of a rules file the database holds (one row per kind, e.g. "disclosure")."""

    id = fields.IntField(primary_key=True)
    kind = fields.CharField(max_length=32, unique=True)
    version = fields.CharField(max_length=32)
    checksum = fields.CharField(max_length=64)  # sha256 of the file as loaded
    record_count = fields.IntField()
    loaded_at = fields.DatetimeField()

    class Meta:
        table = "rule_set_version"
