"""The cards with buttons the bot posted in a chat that can still be answered: a press, or the same choice
typed ("1", "确认", "已发送") where the platform shows no buttons (WeCom, a plain terminal)."""

from tortoise import fields
from tortoise.models import Model

from models.tenancy import Chat, Member, Workspace


class OpenCard(Model):
    """One posted card: its buttons in order (`[[label, action id, {value}], …]`), who it is for (the person
    whose message or press caused it, a due reminder's owner; None = anyone), until when it can be answered
    (None = until handled: a due reminder) and when one of its buttons was answered (None = open)."""

    id = fields.BigIntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="open_cards", on_delete=fields.CASCADE
    )
    chat: fields.ForeignKeyRelation[Chat] = fields.ForeignKeyField(
        "models.Chat", related_name="open_cards", on_delete=fields.CASCADE
    )
    member: fields.ForeignKeyNullableRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name="open_cards", null=True, on_delete=fields.CASCADE
    )
    buttons: fields.Field[list[list[object]]] = fields.JSONField(default=list)
    created_at = fields.DatetimeField()
    expires_at = fields.DatetimeField(null=True)
    closed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "open_card"
        indexes = (("chat", "created_at"),)
