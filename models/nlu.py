"""What the understanding layer keeps per workspace: open clarifications and the examples people taught
the bot by picking from one."""

from tortoise import fields
from tortoise.models import Model

from models.tenancy import Chat, Member, Workspace


class Clarification(Model):
    """A "你是想……？" question: the message as typed, the intents offered, who asked, and the answer.
    `proposal` is the team model's reading (a Command as JSON) when it proposed one, else {}."""

    id = fields.BigIntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="clarifications", on_delete=fields.CASCADE
    )
    chat: fields.ForeignKeyRelation[Chat] = fields.ForeignKeyField(
        "models.Chat", related_name="clarifications", on_delete=fields.CASCADE
    )
    member: fields.ForeignKeyRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name="clarifications", on_delete=fields.CASCADE
    )
    text = fields.TextField()
    choices = fields.CharField(max_length=200)  # intents, comma-separated, in the order offered
    proposal: fields.Field[dict[str, object]] = fields.JSONField(default=dict)
    picked = fields.CharField(max_length=40, default="")  # "" = open; an intent, or "none"
    created_at = fields.DatetimeField()

    class Meta:
        table = "nlu_clarification"
        indexes = (("chat", "created_at"),)


class LearnedExample(Model):
    """A phrasing this workspace's people resolved by a pick: the model's masked view of it → intent."""

    id = fields.BigIntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="learned_examples", on_delete=fields.CASCADE
    )
    text = fields.CharField(max_length=200)
    intent = fields.CharField(max_length=40)
    created_at = fields.DatetimeField()

    class Meta:
        table = "nlu_learned_example"
        unique_together = (("workspace", "text"),)
