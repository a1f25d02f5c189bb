"""The e-mail channel (workflows/channels.py): a due outreach touch for a creator with an e-mail address,
whose owner's mailbox (else the workspace's) has "bot sends e-mail" on, is sent from that mailbox by the bot.

- **Once per touch.** The Message-ID is derived from the touch (`message_id`), and a `MailMessage` row
  (sending → sent) is written before the SMTP call. A row found `sending` means an earlier attempt died
  mid-way: the Sent folder is searched for that Message-ID first (IMAP), and only a message not there is
  sent again. The row is marked sent as soon as the server took the message, before the copy to Sent (an
  IMAP login and append, the slow part): the window left is a process killed between the server's reply and
  that update (milliseconds), which sends it twice (bench/mail.py aims a SIGKILL at a send in progress).
- **Caps and gaps** (`reserve`, one transaction with the mailbox row locked): at most the day's cap (the
  ramp: `ramp_start` + `ramp_step` a day since connecting, up to `daily_cap`; Instantly's advice: ~30 a
  day, +2 a day) counted in the team's day, and sends at least `min_gap_seconds` apart. A touch that may not
  go now gets a later moment (`Later`): touches waiting for a mailbox queue one gap apart (`queue_until`), a
  capped one moves to the next day and the chat is told.
- **After it went out** the touch counts as sent by its owner (`outreach.touch_sent`: 已邀约, the
  follow-up scheduled), and the chat is told what went out (the delivery engine posts the card).
"""

from __future__ import annotations

import email.utils
import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from i18n import Catalog
from models import secrets
from models.creator import Creator
from models.enums import DeliveryKind
from models.mail import Mailbox, MailMessage, MailSuppression
from models.schedule import Delivery, Outreach
from models.tenancy import Member
from workflows import outreach
from workflows.campaigns import Pitch, pitch_for
from workflows.channels import Later, Sent
from workflows.delivery import DeliveryFailed, DueItem, Scheduler
from workflows.mail.mailboxes import account_of
from workflows.mail.ports import Account, MailError, MailTransport, Problem
from workflows.ports import Clock
from workflows.tenancy import Actor
from workflows.translation.ports import Translator

log = logging.getLogger(__name__)
AUTH_RETRY_S = 600.0  # a refused login is retried every 10 minutes (reconnecting the mailbox fixes it)


def message_id(touch: Delivery, address: str) -> str:
    """Stable for the touch (its id and creation instant), unique across databases (ids restart)."""
    domain = address.rsplit("@", 1)[-1]
    stamp = int(touch.created_at.timestamp() * 1000)
    return f"<cb-touch-{touch.id}.{stamp}@{domain}>"


def cap_today(box: Mailbox, today: datetime) -> int:
    """The ramp: `ramp_start` on the first day, `ramp_step` more each day, never above `daily_cap`."""
    days = max((today.date() - box.connected_at.astimezone(today.tzinfo).date()).days, 0)
    return int(max(1, min(box.daily_cap, box.ramp_start + box.ramp_step * days)))


@dataclass(frozen=True, slots=True)
class Reserved:
    row: MailMessage


async def reserve(
    box: Mailbox, item: DueItem, mid: str, to: str, subject: str, now: datetime, zone: str
) -> Reserved | Later:
    """Take the mailbox's next send for this touch, or say when it may go."""
    tz = ZoneInfo(zone)
    local = now.astimezone(tz)
    day_start = local.replace(hour=0, minute=0, second=0, microsecond=0)
    async with in_transaction() as conn:
        query = Mailbox.filter(id=box.id).using_db(conn)
        if conn.capabilities.dialect == "postgres":
            query = query.select_for_update()
        current = await query.first()
        if current is None:
            raise DeliveryFailed("mailbox removed", transient=False)
        sent_today = (
            await MailMessage.filter(
                mailbox_id=box.id, direction="out", started_at__gte=day_start.astimezone(ZoneInfo("UTC"))
            )
            .using_db(conn)
            .count()
        )
        if sent_today >= cap_today(current, local):
            tomorrow = day_start + timedelta(days=1, minutes=random.randint(0, 59))
            return Later(tomorrow.astimezone(ZoneInfo("UTC")), "cap", announce=True)
        gap = timedelta(seconds=current.min_gap_seconds)
        free = current.next_free_at
        if free is not None and now < free:
            queue = current.queue_until if current.queue_until and current.queue_until > free else free
            await Mailbox.filter(id=box.id).using_db(conn).update(queue_until=queue + gap)
            return Later(queue, "gap", announce=False)
        await Mailbox.filter(id=box.id).using_db(conn).update(next_free_at=now + gap)
        existing = (
            await MailMessage.filter(delivery_id=item.delivery_id, direction="out").using_db(conn).first()
        )
        if existing is not None:
            await MailMessage.filter(id=existing.id).using_db(conn).update(started_at=now, status="sending")
            existing.started_at = now
            return Reserved(existing)
        row = await MailMessage.create(
            using_db=conn,
            workspace_id=item.workspace_id,
            mailbox_id=box.id,
            creator_id=item.creator_id,
            delivery_id=item.delivery_id,
            direction="out",
            status="sending",
            message_id=mid,
            address=to,
            subject=subject[:300],
            started_at=now,
        )
        return Reserved(row)


async def suppressed(workspace_id: int, address: str) -> MailSuppression | None:
    return await MailSuppression.get_or_none(workspace_id=workspace_id, address=address.lower())


async def _stopped(workspace_id: int, address: str) -> bool:
    """True: not by e-mail (it bounced). Raises when they unsubscribed: nobody writes to them again."""
    found = await suppressed(workspace_id, address)
    if found is not None and found.reason == "unsubscribe":
        raise DeliveryFailed(f"{address} unsubscribed", transient=False)
    return found is not None


class MailChannel:
    name = "email"

    def __init__(
        self,
        transport: MailTransport,
        sealer: secrets.Sealer | None,
        scheduler: Scheduler,
        clock: Clock,
        translator: Translator | None = None,
    ) -> None:
        self.transport = transport
        self.sealer = sealer
        self.scheduler = scheduler
        self.clock = clock
        self.translator = translator

    async def send(self, item: DueItem, idempotency_key: str, now: datetime) -> Sent | Later | None:
        if item.kind != DeliveryKind.OUTREACH or item.creator_id is None or self.sealer is None:
            return None
        creator = await Creator.get_or_none(id=item.creator_id)
        touch = await Delivery.get_or_none(id=item.delivery_id)
        if creator is None or touch is None or not creator.email:
            return None
        box = await _mailbox_for(item.workspace_id, touch.owner_id)  # type: ignore[attr-defined]
        if box is None or await _stopped(item.workspace_id, creator.email):
            return None  # no mailbox sends for this team, or the address bounced: the team is asked
        try:
            account = account_of(box, self.sealer)
        except secrets.SecretsUnavailable as error:
            raise DeliveryFailed("the mailbox password cannot be opened here", transient=True) from error
        mid = message_id(touch, box.address)
        earlier = await MailMessage.filter(delivery_id=item.delivery_id, direction="out").first()
        if earlier is not None and earlier.status == "sent":  # out already; counted at most once more
            return await self._went_out(item, earlier, box, now)
        if earlier is not None and await self._in_sent(account, earlier.message_id):
            return await self._went_out(item, earlier, box, now)  # the earlier attempt got through
        subject, body, language = await self._draft(item, touch, creator, box)
        raw_message = await self._compose(item, touch, box, creator.email, mid, subject, body, language)
        reserved = await reserve(box, item, mid, creator.email, subject, now, item.team_timezone)
        if isinstance(reserved, Later):
            if reserved.announce:
                await outreach.announce_move(item, now, reserved.at)
            return reserved
        try:
            await self.transport.send(account, raw_message, [creator.email])
        except MailError as error:
            raise await self._refused(item, box, creator.email, error) from error
        # recorded the moment the server took it, before the slow copy to Sent: a process killed from here
        # on never sends it again (the window left is the server's reply → this update, milliseconds)
        await MailMessage.filter(id=reserved.row.id, status="sending").update(status="sent", sent_at=now)
        if box.append_sent and box.sent_folder:
            try:
                await self.transport.save_sent(account, raw_message)
            except MailError:  # it went out; only the copy in Sent is missing
                log.warning("touch %s sent but not filed in Sent", item.delivery_id)
        return await self._went_out(item, reserved.row, box, now)

    async def _in_sent(self, account: Account, mid: str) -> bool:
        try:
            return await self.transport.in_sent(account, mid)
        except MailError as error:
            raise DeliveryFailed(f"cannot check the Sent folder: {error}", transient=True) from error

    async def _went_out(self, item: DueItem, row: MailMessage, box: Mailbox, now: datetime) -> Sent:
        await MailMessage.filter(id=row.id, status="sending").update(status="sent", sent_at=now)
        # the touch counts as sent (已邀约, the follow-up scheduled); `touch_sent` does nothing for a touch
        # already counted, so a retaken row whose e-mail went out is counted exactly once
        actor = await _owner_actor(item)
        if actor is not None:
            await outreach.touch_sent(actor, item.delivery_id, self.scheduler, self.clock)
        row.status = "sent"
        return _sent(box, row)

    async def _refused(self, item: DueItem, box: Mailbox, to: str, error: MailError) -> DeliveryFailed:
        await Mailbox.filter(id=box.id).update(last_error=str(error)[:300])
        await MailMessage.filter(delivery_id=item.delivery_id, direction="out", status="sending").update(
            status="failed"
        )
        if error.problem == Problem.RECIPIENT:
            await suppress(item.workspace_id, to, "bounce", error.detail)
            return DeliveryFailed(f"e-mail refused for {to}: {error.detail}", transient=False)
        if error.problem == Problem.AUTH:
            return DeliveryFailed(
                f"mailbox {box.address}: login refused", transient=True, retry_after=AUTH_RETRY_S
            )
        return DeliveryFailed(f"mailbox {box.address}: {error}", transient=error.transient)

    async def _draft(
        self, item: DueItem, touch: Delivery, creator: Creator, box: Mailbox
    ) -> tuple[str, str, str]:
        """(subject, body, locale of the catalog used): the first touch in the creator's language through the
        translation model when one is configured (as the chat card drafts it), else our catalog's English
        (Chinese for Chinese-speaking creators); follow-ups from the catalog."""
        t = Catalog(mail_locale(creator))
        pitch = await pitch_for(item.workspace_id, creator.id)
        handle = creator.handle
        if item.step <= 1:
            edited = await Outreach.get_or_none(id=touch.outreach_id)  # type: ignore[attr-defined]
            body = edited.mail_body if edited is not None else ""  # as edited on the plan card
            if not body and self.translator is not None:
                draft = await outreach.draft_for(self.translator, item, t.locale, pitch)
                body = draft.text if draft is not None else ""
            if not body:
                body = first_draft(t, handle, pitch)[1]
            subject = (edited.mail_subject if edited is not None else "") or first_draft(t, handle, pitch)[0]
        else:
            body = t(f"outreach.draft.step{min(item.step, 3)}", handle=handle)
            first = await _first_of(touch)
            subject = f"Re: {first.subject}" if first is not None else t("mail.subject")
        body = body.replace(f"@{handle}", handle)
        return subject, body, t.locale

    async def _compose(
        self,
        item: DueItem,
        touch: Delivery,
        box: Mailbox,
        to: str,
        mid: str,
        subject: str,
        body: str,
        locale: str,
    ) -> bytes:
        t = Catalog(locale)
        message = EmailMessage()
        name = box.display_name or (await _member_name(touch))
        message["From"] = email.utils.formataddr((name, box.address)) if name else box.address
        message["To"] = to
        message["Subject"] = subject
        message["Message-ID"] = mid
        message["Date"] = email.utils.format_datetime(self.clock.now())
        first = await _first_of(touch) if item.step > 1 else None
        if first is not None:  # follow-ups stay in the first message's thread
            message["In-Reply-To"] = first.message_id
            message["References"] = first.message_id
        # RFC 2369: a mail program shows "unsubscribe"; writing to it reaches the inbox the bot reads
        message["List-Unsubscribe"] = f"<mailto:{box.address}?subject=unsubscribe>"
        footer = box.footer or t("mail.footer")
        message.set_content(f"{body}\n\n--\n{footer}\n", charset="utf-8")
        return message.as_bytes()


def mail_locale(creator: Creator) -> str:
    """The catalog a creator's e-mail is written from: Chinese for Chinese speakers, else English."""
    return "zh_CN" if (creator.language or "") == "zh" else "en"


def first_draft(t: Catalog, handle: str, pitch: Pitch) -> tuple[str, str]:
    """(subject, body) of a first e-mail from the catalog (shown on the plan card; a model may reword it)"""
    key = "outreach.draft.step1" + ("_brand" if pitch.brand else "") + ("_product" if pitch.product else "")
    body = t(key, handle=handle, brand=pitch.brand, product=pitch.product)
    subject = t("mail.subject.brand", brand=pitch.brand) if pitch.brand else t("mail.subject")
    return subject, body


def _sent(box: Mailbox, row: MailMessage) -> Sent:
    return Sent("email", f"{row.address} ← {box.address} · {row.subject}", row.message_id)


async def _first_of(touch: Delivery) -> MailMessage | None:
    outreach_id = touch.outreach_id  # type: ignore[attr-defined]
    if outreach_id is None:
        return None
    return (
        await MailMessage.filter(
            direction="out", status="sent", delivery__outreach_id=outreach_id, delivery__step=1
        )
        .order_by("id")
        .first()
    )


async def _member_name(touch: Delivery) -> str:
    owner_id = touch.owner_id  # type: ignore[attr-defined]
    member = await Member.get_or_none(id=owner_id) if owner_id else None
    return member.display_name if member is not None else ""


async def _mailbox_for(workspace_id: int, owner_id: int | None) -> Mailbox | None:
    """The owner's own mailbox with bot sending on, else the workspace's first such mailbox."""
    boxes = Mailbox.filter(workspace_id=workspace_id, bot_sends=True)
    if owner_id is not None:
        own = await boxes.filter(member_id=owner_id).order_by("id").first()
        if own is not None:
            return own
    return (
        await boxes.filter(Q(member_id__isnull=True) | Q(member_id__not=owner_id or 0)).order_by("id").first()
    )


async def _owner_actor(item: DueItem) -> Actor | None:
    touch = await Delivery.get(id=item.delivery_id)
    member_id = touch.owner_id or touch.created_by_id  # type: ignore[attr-defined]
    member = await Member.get_or_none(id=member_id) if member_id else None
    if member is None:
        return None
    return Actor(item.workspace_id, member.id, member.display_name, member.role)


async def suppress(
    workspace_id: int, address: str, reason: str, detail: str, conn: BaseDBAsyncClient | None = None
) -> bool:
    """Never write to `address` again; True when it is new. An unsubscribe is never downgraded."""
    address = address.lower()
    current = await MailSuppression.filter(workspace_id=workspace_id, address=address).using_db(conn).first()
    if current is None:
        await MailSuppression.create(
            using_db=conn, workspace_id=workspace_id, address=address, reason=reason, detail=detail[:300]
        )
        return True
    if reason == "unsubscribe" and current.reason != "unsubscribe":
        await MailSuppression.filter(id=current.id).using_db(conn).update(reason=reason, detail=detail[:300])
    return False
