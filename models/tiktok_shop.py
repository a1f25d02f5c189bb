"""TikTok Shop mechanics the bot tracks: deadlines (sample approval, content, payments) and the weekly
outreach quota (TikTok Shop Seller University rules; each number and its page are in
workflows/deadlines.py and workflows/quota.py); and the connector's state: the shops a workspace
authorised (`ShopConnection`), who sends outreach (`TikTokPreference`) and creators' TikTok Shop ids
(`CreatorLink`)."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from models.campaign import Collaboration
from models.creator import Creator
from models.payment import Payment
from models.schedule import Delivery
from models.tenancy import Chat, Member, Workspace


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


class ConnectionStatus(StrEnum):
    ACTIVE = "active"
    NEEDS_AUTH = "needs_auth"  # the refresh token was refused or expired: the seller authorises again
    DISCONNECTED = "disconnected"


class ShopConnection(Model):
    """A TikTok Shop authorised for this workspace (several per workspace). Tokens are sealed
    (models/secrets.py, purpose `tiktok:<id>:access|refresh`) and never logged or shown."""

    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="tiktok_shops", on_delete=fields.CASCADE
    )
    shop_id = fields.CharField(max_length=64)
    shop_name = fields.CharField(max_length=200, default="")
    region = fields.CharField(max_length=8, default="")
    cipher = fields.CharField(max_length=256)
    seller_open_id = fields.CharField(max_length=128, default="")
    access_token = fields.TextField(default="")  # sealed
    access_expires_at = fields.DatetimeField()
    refresh_token = fields.TextField(default="")  # sealed
    refresh_expires_at = fields.DatetimeField()
    scopes: fields.Field[list[str]] = fields.JSONField(default=list)  # granted scope keys
    status = fields.CharEnumField(ConnectionStatus, max_length=16, default=ConnectionStatus.ACTIVE)
    # why the last call failed (a catalog key, "" = nothing wrong) and when; the status card shows it
    last_error = fields.CharField(max_length=64, default="")
    last_error_at = fields.DatetimeField(null=True)
    last_sync_at = fields.DatetimeField(null=True)
    # affiliate orders sync (workflows/tiktok_orders.py): orders created before `orders_cursor` were read;
    # each sync reads again from a while before it (late changes: refunds, returns, commission paid)
    orders_cursor = fields.DatetimeField(null=True)
    orders_synced_at = fields.DatetimeField(null=True)  # when the last sync finished
    orders_read = fields.IntField(default=0)  # order lines the last sync read
    orders_created = fields.IntField(default=0)  # … of which new
    orders_updated = fields.IntField(default=0)  # … of which changed (refund, status, commission)
    orders_syncing_since = fields.DatetimeField(null=True)  # a sync holds the shop (a lease of 10 minutes)
    connected_by: fields.ForeignKeyNullableRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name="tiktok_shops", null=True, on_delete=fields.SET_NULL
    )
    chat: fields.ForeignKeyNullableRelation[Chat] = fields.ForeignKeyField(
        "models.Chat", related_name="tiktok_shops", null=True, on_delete=fields.SET_NULL
    )  # where the shop was connected: replies and notices go here
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "tiktok_shop_connection"
        unique_together = (("workspace", "shop_id"),)


class OutreachSender(StrEnum):
    MYSELF = "myself"  # the owner is reminded and sends by hand (the default, as before the connector)
    BOT = "bot"  # the bot sends through the shop's conversation API


class TikTokPreference(Model):
    """Per workspace: who sends the outreach messages to TikTok creators."""

    id = fields.IntField(primary_key=True)
    workspace: fields.OneToOneRelation[Workspace] = fields.OneToOneField(
        "models.Workspace", related_name="tiktok_preference", on_delete=fields.CASCADE
    )
    sender = fields.CharEnumField(OutreachSender, max_length=8, default=OutreachSender.MYSELF)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "tiktok_preference"


class CreatorLink(Model):
    """A creator's TikTok Shop identity: the marketplace `creator_open_id` to message them, and the
    conversation once one exists (per shop)."""

    id = fields.IntField(primary_key=True)
    creator: fields.ForeignKeyRelation[Creator] = fields.ForeignKeyField(
        "models.Creator", related_name="tiktok_links", on_delete=fields.CASCADE
    )
    shop: fields.ForeignKeyNullableRelation[ShopConnection] = fields.ForeignKeyField(
        "models.ShopConnection", related_name="creator_links", null=True, on_delete=fields.CASCADE
    )
    open_id = fields.CharField(max_length=128)
    conversation_id = fields.CharField(max_length=64, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "tiktok_creator_link"
        unique_together = (("creator", "shop"),)
        indexes = (("open_id",), ("conversation_id",))


class SendState(StrEnum):
    SENDING = "sending"  # the call is being made (or its process died during it: unknown outcome)
    SENT = "sent"  # TikTok accepted the message
    DOUBT = "doubt"  # the call may or may not have gone out; the owner was asked to check


class TikTokSend(Model):
    """One message sent through a shop's conversation API — an outreach touch, or an approved reply
    draft: at most one message per touch or draft (the API has no idempotency key, so this row is claimed
    before the call and never claimed twice)."""

    id = fields.IntField(primary_key=True)
    # what it was sent for: "delivery_id:<id>" (a touch) or "draft_id:<id>" (a reply draft). A key, not two
    # one-to-one fields: tortoise orders those by a set, so the schema description would change per run.
    # A card sent after a touch's text is its own message, keyed "delivery_id:<id>:c<10 hex of the card>".
    subject = fields.CharField(max_length=40, unique=True)
    shop: fields.ForeignKeyNullableRelation[ShopConnection] = fields.ForeignKeyField(
        "models.ShopConnection", related_name="sends", null=True, on_delete=fields.SET_NULL
    )
    state = fields.CharEnumField(SendState, max_length=8, default=SendState.SENDING)
    conversation_id = fields.CharField(max_length=64, default="")
    message_id = fields.CharField(max_length=64, default="")
    text = fields.TextField(default="")
    back_translation = fields.TextField(default="")
    started_at = fields.DatetimeField()
    sent_at = fields.DatetimeField(null=True)

    class Meta:
        table = "tiktok_send"


class SampleDecision(StrEnum):
    """What the team did with a sample application (TikTok's own status is kept beside it)."""

    PENDING = "pending"  # waiting for 通过 / 拒绝
    DECIDING = "deciding"  # a press claimed it and the review call is under way
    APPROVED = "approved"
    REJECTED = "rejected"
    ELSEWHERE = "elsewhere"  # decided in Seller Center, withdrawn by the creator or expired


class SampleApplication(Model):
    """A creator's sample application read from a shop (one row per application: the card in the chat is
    posted once, and a decision is claimed on this row so TikTok is called once). `status` is TikTok's
    (PENDING, AWAITING_SHIPMENT, SHIPPED, CONTENT_PENDING, COMPLETED, *_CANCELLED…); the dates say which
    stage moves the bot has made for it."""

    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="sample_applications", on_delete=fields.CASCADE
    )
    shop: fields.ForeignKeyRelation[ShopConnection] = fields.ForeignKeyField(
        "models.ShopConnection", related_name="sample_applications", on_delete=fields.CASCADE
    )
    application_id = fields.CharField(max_length=64)
    creator: fields.ForeignKeyNullableRelation[Creator] = fields.ForeignKeyField(
        "models.Creator", related_name="sample_applications", null=True, on_delete=fields.SET_NULL
    )
    creator_open_id = fields.CharField(max_length=128, default="")
    username = fields.CharField(max_length=100, default="")
    product_id = fields.CharField(max_length=64, default="")
    product_title = fields.CharField(max_length=300, default="")
    status = fields.CharField(max_length=32, default="PENDING")
    approve_by = fields.DatetimeField(null=True)  # TikTok's approve_expiration_time
    chat: fields.ForeignKeyNullableRelation[Chat] = fields.ForeignKeyField(
        "models.Chat", related_name="sample_applications", null=True, on_delete=fields.SET_NULL
    )  # where the card was posted; the stage notices go there too
    decision = fields.CharEnumField(SampleDecision, max_length=12, default=SampleDecision.PENDING)
    decided_by: fields.ForeignKeyNullableRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name="sample_decisions", null=True, on_delete=fields.SET_NULL
    )
    decided_at = fields.DatetimeField(null=True)
    reject_reason = fields.CharField(max_length=32, default="")
    shipped_at = fields.DatetimeField(null=True)
    delivered_at = fields.DatetimeField(null=True)
    posted_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "tiktok_sample_application"
        unique_together = (("shop", "application_id"),)
        indexes = (("workspace", "decision"),)


class InviteState(StrEnum):
    SENDING = "sending"  # the call is being made (or its process died during it)
    SENT = "sent"  # TikTok created the target collaboration
    DOUBT = "doubt"  # TikTok may or may not have created it (5xx, timeout): never created again


class TargetInvite(Model):
    """A target collaboration (定向邀约) the bot created for one creator through the shop: the offer as sent
    (commission in hundredths of a percent, as the API takes it; the products) and TikTok's id for it.
    `key` is claimed before the call — "Create Target Collaboration" has no idempotency key, so the same
    creator, shop and products are never invited twice (TikTok itself refuses a creator × product pair
    that is already in an invitation)."""

    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="target_invites", on_delete=fields.CASCADE
    )
    creator: fields.ForeignKeyRelation[Creator] = fields.ForeignKeyField(
        "models.Creator", related_name="target_invites", on_delete=fields.CASCADE
    )
    shop: fields.ForeignKeyNullableRelation[ShopConnection] = fields.ForeignKeyField(
        "models.ShopConnection", related_name="target_invites", null=True, on_delete=fields.SET_NULL
    )
    key = fields.CharField(max_length=255, unique=True)  # "<creator id>:<shop id>:<sorted product ids>"
    state = fields.CharEnumField(InviteState, max_length=8, default=InviteState.SENDING)
    collaboration_id = fields.CharField(max_length=64, default="")  # TikTok's target collaboration id
    commission_bp = fields.IntField()  # hundredths of a percent: 1500 = 15%
    products: fields.Field[list[str]] = fields.JSONField(default=list)
    free_sample = fields.BooleanField(default=False)
    created_by: fields.ForeignKeyNullableRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name="target_invites", null=True, on_delete=fields.SET_NULL
    )
    started_at = fields.DatetimeField()
    sent_at = fields.DatetimeField(null=True)

    class Meta:
        table = "tiktok_target_invite"
        indexes = (("workspace", "state", "started_at"), ("creator", "state"))
