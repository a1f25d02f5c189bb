"""Inbound events already handled: platforms deliver at least once, so adapters dedupe on these keys."""

from tortoise import fields
from tortoise.models import Model


class ProcessedEvent(Model):
    """One dedupe key (e.g. `msg:<tenant>:<message_id>`), kept at least 8 hours (Feishu retries for ~7 h)."""

    id = fields.BigIntField(primary_key=True)
    platform = fields.CharField(max_length=16)
    key = fields.CharField(max_length=200)
    created_at = fields.DatetimeField(db_index=True)

    class Meta:
        table = "processed_event"
        unique_together = (("platform", "key"),)
