"""Workspaces (one tenant each), their chats and their members."""

from tortoise import fields
from tortoise.models import Model

from models.enums import Platform, Role


class Workspace(Model):
    """One Feishu tenant, one WeCom corp, or the local console."""

    id = fields.IntField(primary_key=True)
    platform = fields.CharEnumField(Platform, max_length=16)
    external_key = fields.CharField(max_length=128)
    name = fields.CharField(max_length=200, default="")
    # the team's brand as its creators know it ("GlowLab"), set in chat ("品牌是 GlowLab"); "" = not set
    brand = fields.CharField(max_length=100, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "workspace"
        unique_together = (("platform", "external_key"),)


class Chat(Model):
    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="chats", on_delete=fields.CASCADE
    )
    platform_chat_id = fields.CharField(max_length=128)
    locale = fields.CharField(max_length=8, default="zh_CN")
    timezone = fields.CharField(max_length=64, default="Asia/Shanghai")
    # WeCom: the group's 消息推送 webhook key, sealed (models/secrets.py) — never logged or echoed; and why
    # the platform last refused it ("" = fine), so the next answer in the chat can say so.
    webhook_key = fields.CharField(max_length=256, default="")
    webhook_error = fields.CharField(max_length=64, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "chat"
        unique_together = (("workspace", "platform_chat_id"),)


class Member(Model):
    """A teammate. `platform_user_id` is the platform's id, or `name:<display name>` for one only named."""

    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="members", on_delete=fields.CASCADE
    )
    platform_user_id = fields.CharField(max_length=128)
    display_name = fields.CharField(max_length=100)
    name_key = fields.CharField(max_length=100, db_index=True)
    role = fields.CharEnumField(Role, max_length=16, default=Role.OPERATOR)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "member"
        unique_together = (("workspace", "platform_user_id"),)
