"""E-mail outreach: the team's mailboxes, every message sent or read through them, and the addresses the bot
must not write to again (bounced, unsubscribed)."""

from typing import Any

from tortoise import fields
from tortoise.models import Model

from models.creator import Creator
from models.schedule import Delivery
from models.tenancy import Member, Workspace

# Instantly's advice (help center, "sending limits" / warm-up): about 30 e-mails a day per mailbox, reached
# by a slow ramp of about +2 a day, with a minimum gap between two sends.
DEFAULT_DAILY_CAP = 30
DEFAULT_RAMP_START = 10
DEFAULT_RAMP_STEP = 2
DEFAULT_MIN_GAP_SECONDS = 180


class Mailbox(Model):
    """One teammate's mailbox, connected with an app password (sealed with models.secrets). `bot_sends`: the
    bot sends outreach touches from it itself (else touches stay cards in the chat)."""

    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="mailboxes", on_delete=fields.CASCADE
    )
    member: fields.ForeignKeyNullableRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name="mailboxes", null=True, on_delete=fields.SET_NULL
    )
    address = fields.CharField(max_length=254)
    display_name = fields.CharField(max_length=100, default="")
    username = fields.CharField(max_length=254)
    password = fields.CharField(max_length=512)  # sealed; never logged or shown
    smtp_host = fields.CharField(max_length=253)
    smtp_port = fields.IntField()
    smtp_security = fields.CharField(max_length=8)  # ssl | starttls | plain
    imap_host = fields.CharField(max_length=253)
    imap_port = fields.IntField()
    imap_security = fields.CharField(max_length=8)
    sent_folder = fields.CharField(max_length=200, default="")  # "" : none found (nothing is appended)
    append_sent = fields.BooleanField(
        default=True
    )  # False where the provider files SMTP sends itself (Gmail)
    bot_sends = fields.BooleanField(default=False)
    daily_cap = fields.SmallIntField(default=DEFAULT_DAILY_CAP)
    ramp_start = fields.SmallIntField(default=DEFAULT_RAMP_START)
    ramp_step = fields.SmallIntField(default=DEFAULT_RAMP_STEP)
    min_gap_seconds = fields.IntField(default=DEFAULT_MIN_GAP_SECONDS)
    footer = fields.TextField(default="")  # the team's unsubscribe line; "" = the built-in one
    # pacing: the earliest moment the next send may start, and the end of the queue of touches waiting
    next_free_at = fields.DatetimeField(null=True)
    queue_until = fields.DatetimeField(null=True)
    # the inbox: what was read last (UIDs are valid within one UIDVALIDITY)
    uidvalidity = fields.BigIntField(default=0)
    last_uid = fields.BigIntField(default=0)
    last_error = fields.CharField(max_length=300, default="")
    connected_at = fields.DatetimeField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "mailbox"
        unique_together = (("workspace", "address"),)


class MailMessage(Model):
    """A message the bot sent (`out`: its status sending → sent) or read (`in`, with what it was: reply,
    auto_reply, bounce, unsubscribe, unmatched)."""

    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="mail_messages", on_delete=fields.CASCADE
    )
    mailbox: fields.ForeignKeyRelation[Mailbox] = fields.ForeignKeyField(
        "models.Mailbox", related_name="messages", on_delete=fields.CASCADE
    )
    creator: fields.ForeignKeyNullableRelation[Creator] = fields.ForeignKeyField(
        "models.Creator", related_name="mail_messages", null=True, on_delete=fields.SET_NULL
    )
    delivery: fields.ForeignKeyNullableRelation[Delivery] = fields.ForeignKeyField(
        "models.Delivery", related_name="mail_messages", null=True, on_delete=fields.SET_NULL
    )
    direction = fields.CharField(max_length=3)  # out | in
    status = fields.CharField(max_length=12, default="")  # out: sending | sent; in: the kind read
    message_id = fields.CharField(max_length=255, db_index=True)
    in_reply_to = fields.CharField(max_length=255, default="")
    address = fields.CharField(max_length=254, default="")  # the creator's side: to (out) or from (in)
    subject = fields.CharField(max_length=300, default="")
    # the thread: every Message-ID before this one (RFC 5322 References), so an answer can carry it on
    refs = fields.TextField(default="")
    body = fields.TextField(default="")  # in: the new text only (quoted history stripped), for the chat
    uid = fields.BigIntField(default=0)  # in: the INBOX UID it was read at
    # in: the attachments as [{"name", "type", "size"}] (all of them, kept or not: the chat lists them)
    attachments: fields.Field[list[dict[str, Any]]] = fields.JSONField(default=list)
    started_at = fields.DatetimeField(null=True)  # out: when its send began (the gap and the daily cap)
    sent_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "mail_message"
        unique_together = (("mailbox", "direction", "message_id"),)
        indexes = (("mailbox", "direction", "started_at"),)


class MailAttachment(Model):
    """An attachment of a read message small enough to be forwarded to the chat (a picture, a rate card)."""

    id = fields.IntField(primary_key=True)
    message: fields.ForeignKeyRelation[MailMessage] = fields.ForeignKeyField(
        "models.MailMessage", related_name="files", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=255)
    content_type = fields.CharField(max_length=127)
    data = fields.BinaryField()

    class Meta:
        table = "mail_attachment"


class MailSuppression(Model):
    """An address the bot never writes to again: it bounced, or its owner asked to stop."""

    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="mail_suppressions", on_delete=fields.CASCADE
    )
    address = fields.CharField(max_length=254)  # lower-cased
    reason = fields.CharField(max_length=16)  # bounce | unsubscribe
    detail = fields.CharField(max_length=300, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "mail_suppression"
        unique_together = (("workspace", "address"),)
