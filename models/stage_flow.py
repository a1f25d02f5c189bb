"""Running totals of the stage history, kept up to date with every StageChange written."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from models.tenancy import Workspace


class StageFlow(Model):
    """How many stage changes went from `from_stage` ('' for a creator's first stage) to `to_stage`, and how
    many of them know their stay length: all-time summaries read these few rows instead of counting every
    change (workflows/stage_flows.py writes them in the transaction of the change)."""

    id = fields.BigIntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="stage_flows", on_delete=fields.CASCADE
    )
    from_stage = fields.CharField(max_length=24)
    to_stage = fields.CharField(max_length=24)
    changes = fields.BigIntField(default=0)
    stays = fields.BigIntField(default=0)

    class Meta:
        table = "stage_flow"
        unique_together = (("workspace", "from_stage", "to_stage"),)
