"""Reading the connected mailboxes' INBOX: a creator's answer stops their sequence and reaches the chat.

- **Where it runs**: `read_all` every minute — an arq cron job beside the delivery sweep (`bot/jobs/worker`,
  unique across workers), or a task of the in-process loop (`bot/background`).
- **Position** (`Mailbox.uidvalidity`, `last_uid`): only UIDs above the last one read are fetched; a changed
  UIDVALIDITY (the server renumbered INBOX) reads it all again. Each message is recorded (`MailMessage`,
  direction `in`, unique per mailbox and Message-ID) in the same transaction as its effects, then the
  position moves: a process killed between the two reads the message again and the unique row makes the
  second reading a no-op — nothing is lost, nothing is done twice. Messages dated before the mailbox was
  connected are history, not answers.
- **Threading**: `In-Reply-To` / `References` (RFC 5322 §3.6.4) against the Message-IDs the bot sent, else
  the sender's address against the creators' e-mails.
- **A reply**: every active sequence of that creator stops (`reply:email`), a creator still 待联系/已邀约
  moves to 已回复 (`pipeline.move_creators`: audited, undoable), and a NOTICE row (`source_text`
  `mail:{id}`) is posted by the delivery engine into the outreach's chat — translated, with 起草回复 and
  看看达人 buttons (handlers/due.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from i18n import Catalog
from models import secrets
from models.creator import Creator
from models.enums import DeliveryKind, DeliveryStatus, OutreachStatus, Role, Stage
from models.mail import MailAttachment, Mailbox, MailMessage
from models.schedule import Delivery
from models.tenancy import Chat, Member
from workflows import clock_labels, pipeline
from workflows.mail.channel import suppress
from workflows.mail.mailboxes import account_of
from workflows.mail.ports import MailError, MailTransport
from workflows.mail.reading import (
    AUTO_REPLY,
    BOUNCE,
    REPLY,
    UNSUBSCRIBE,
    Attachment,
    Incoming,
    kind_of,
    parse,
    return_date,
)
from workflows.outreach import load_window
from workflows.ports import Clock
from workflows.send_window import next_window
from workflows.sequences import STILL_REACHING, stop_sequences
from workflows.tenancy import Actor

log = logging.getLogger(__name__)
UNMATCHED = "unmatched"
OLD = "old"


@dataclass(frozen=True, slots=True)
class Read:
    mailbox: int
    kind: str
    creator_id: int | None
    row_id: int | None


class MailReader:
    def __init__(self, transport: MailTransport, sealer: secrets.Sealer, clock: Clock) -> None:
        self.transport = transport
        self.sealer = sealer
        self.clock = clock

    async def read_all(self) -> list[Read]:
        """One pass over every connected mailbox; a mailbox that fails is noted and the others go on."""
        done: list[Read] = []
        for box in await Mailbox.all().order_by("id"):
            try:
                done += await self.read_box(box)
            except MailError as error:
                await Mailbox.filter(id=box.id).update(last_error=str(error)[:300])
                log.warning("mailbox %s: inbox not read: %s", box.id, error.problem.value)
            except secrets.SecretsUnavailable:
                log.warning("mailbox %s: its password cannot be opened in this process", box.id)
        return done

    async def read_box(self, box: Mailbox) -> list[Read]:
        account = account_of(box, self.sealer)
        inbox = await self.transport.fetch_new(account, box.uidvalidity, box.last_uid)
        done: list[Read] = []
        last = box.last_uid if inbox.uidvalidity == box.uidvalidity else 0
        for fetched in sorted(inbox.messages, key=lambda m: m.uid):
            read = await self._one(box, fetched.uid, parse(fetched.raw))
            if read is not None:
                done.append(read)
            last = max(last, fetched.uid)
            await Mailbox.filter(id=box.id).update(uidvalidity=inbox.uidvalidity, last_uid=last)
        if inbox.uidvalidity != box.uidvalidity:
            await Mailbox.filter(id=box.id).update(uidvalidity=inbox.uidvalidity, last_uid=last)
        if box.last_error:
            await Mailbox.filter(id=box.id).update(last_error="")
        return done

    async def _one(self, box: Mailbox, uid: int, mail: Incoming) -> Read | None:
        mid = mail.message_id or f"<uid-{uid}.{box.uidvalidity}@{box.address}>"
        if await MailMessage.filter(mailbox_id=box.id, direction="in", message_id=mid[:255]).exists():
            return None  # read before a crash or a UIDVALIDITY change
        now = self.clock.now()
        sent = mail.date
        if sent is not None and sent < box.connected_at - timedelta(minutes=5):
            return None  # in the INBOX before the mailbox was connected: not an answer to the bot
        kind = kind_of(mail)
        workspace_id: int = box.workspace_id  # type: ignore[attr-defined]
        out: MailMessage | None = None
        if kind == BOUNCE:  # from the mail server: the creators are the failed recipients
            creators = await _creators_at(workspace_id, mail.failed_recipients)
        else:
            out, found = await self._thread(box, mail)
            creators = [found] if found is not None else []
        creator = creators[0] if creators else None
        status = kind if creator is not None or kind in (BOUNCE, UNSUBSCRIBE) else UNMATCHED
        try:
            async with in_transaction() as conn:
                row = await MailMessage.create(
                    using_db=conn,
                    workspace_id=workspace_id,
                    mailbox_id=box.id,
                    creator_id=creator.id if creator is not None else None,
                    delivery_id=out.delivery_id if out is not None else None,  # type: ignore[attr-defined]
                    direction="in",
                    status=status,
                    message_id=mid[:255],
                    in_reply_to=mail.in_reply_to[:255],
                    refs=" ".join(mail.references)[:8000],
                    address=mail.sender[:254],
                    subject=mail.subject[:300],
                    body=mail.body,
                    uid=uid,
                    sent_at=sent or now,
                    attachments=[
                        {"name": a.name, "type": a.content_type, "size": a.size} for a in mail.attachments
                    ],
                )
                if status == REPLY:  # the ones the chat can be handed (the others are listed only)
                    for attached in forwardable(mail.attachments):
                        await MailAttachment.create(
                            using_db=conn,
                            message_id=row.id,
                            name=attached.name,
                            content_type=attached.content_type[:127],
                            data=attached.data,
                        )
                if status == REPLY and creator is not None:
                    await self._replied(conn, box, creator, out, row, now)
                elif status == AUTO_REPLY and creator is not None:
                    await _away(conn, workspace_id, creator, out, row, mail, now)
                elif status == BOUNCE:
                    await _bounced(conn, workspace_id, creators, mail, row, now)
                elif status == UNSUBSCRIBE:
                    await _unsubscribed(conn, workspace_id, creators, out, row, now)
        except IntegrityError:
            return None  # another reader recorded it first
        return Read(box.id, status, creator.id if creator is not None else None, row.id)

    async def _thread(self, box: Mailbox, mail: Incoming) -> tuple[MailMessage | None, Creator | None]:
        workspace_id = box.workspace_id  # type: ignore[attr-defined]
        out = None
        if mail.thread_ids:
            out = (
                await MailMessage.filter(
                    workspace_id=workspace_id, direction="out", message_id__in=list(mail.thread_ids)
                )
                .order_by("-id")
                .first()
            )
        creator = None
        if out is not None and out.creator_id is not None:  # type: ignore[attr-defined]
            creator = await Creator.get_or_none(id=out.creator_id)  # type: ignore[attr-defined]
        if creator is None and mail.sender:
            found = await _creators_at(workspace_id, (mail.sender,))
            creator = found[0] if found else None
        return out, creator

    async def _replied(
        self,
        conn: BaseDBAsyncClient,
        box: Mailbox,
        creator: Creator,
        out: MailMessage | None,
        row: MailMessage,
        now: datetime,
    ) -> None:
        workspace_id = box.workspace_id  # type: ignore[attr-defined]
        await stop_sequences(conn, workspace_id, [creator.id], "reply:email")
        touch = await _touch_of(conn, out, creator)
        actor = await _actor(conn, box, touch)
        if actor is not None and Stage(creator.stage) in STILL_REACHING:
            await pipeline.move_creators(conn, actor, [creator], Stage.REPLIED, now)
        await notice(conn, workspace_id, creator, touch, row, now, lambda t: f"📨 @{creator.handle}")


async def _creators_at(workspace_id: int, addresses: Sequence[str]) -> list[Creator]:
    found: list[Creator] = []
    for address in addresses:
        found += await Creator.filter(workspace_id=workspace_id, email__iexact=address).order_by("id")
    return list({c.id: c for c in found}.values())


async def _away(
    conn: BaseDBAsyncClient,
    workspace_id: int,
    creator: Creator,
    out: MailMessage | None,
    row: MailMessage,
    mail: Incoming,
    now: datetime,
) -> None:
    """An out-of-office answer is not a reply: the sequence goes on, its next step moved to the return day
    (at the creator's send window) when the message names one."""
    zone = creator.timezone or "UTC"
    back = return_date(f"{mail.subject}\n{mail.body}", now.astimezone(ZoneInfo(zone)).date())
    touch = await _touch_of(conn, out, creator)
    handle = f"@{creator.handle}"
    if back is None:
        await notice(
            conn, workspace_id, creator, touch, row, now, lambda t: t("mail.away.undated", handle=handle)
        )
        return
    moved = await _move_next_step(conn, workspace_id, creator, back, zone)
    day = back.isoformat()

    def text(t: Catalog) -> str:
        if moved is None:
            return t("mail.away.kept", handle=handle, back=day)
        at = clock_labels.both(t, moved.due_at, zone, moved.zone)
        return t("mail.away.moved", handle=handle, back=day, step=moved.step, at=at)

    await notice(conn, workspace_id, creator, touch, row, now, text)


async def _move_next_step(
    conn: BaseDBAsyncClient, workspace_id: int, creator: Creator, back: date, zone: str
) -> Delivery | None:
    row = (
        await Delivery.filter(
            creator_id=creator.id,
            kind=DeliveryKind.OUTREACH,
            status=DeliveryStatus.PENDING,
            outreach__status=OutreachStatus.ACTIVE,
        )
        .using_db(conn)
        .order_by("due_at")
        .first()
    )
    start = datetime.combine(back, time(0), ZoneInfo(zone))
    if row is None or row.due_at >= start:
        return None
    window = await load_window(workspace_id)
    at = next_window(start, zone, window, country=creator.country, subdiv=creator.region).utc
    wall = at.astimezone(ZoneInfo(row.zone)).replace(tzinfo=None).isoformat(timespec="seconds")
    moved = (
        await Delivery.filter(id=row.id, version=row.version, status=DeliveryStatus.PENDING)
        .using_db(conn)
        .update(due_at=at, local_wall=wall, version=row.version + 1)
    )
    if not moved:
        return None
    row.due_at, row.local_wall, row.version = at, wall, row.version + 1
    return row


async def _bounced(
    conn: BaseDBAsyncClient,
    workspace_id: int,
    creators: Sequence[Creator],
    mail: Incoming,
    row: MailMessage,
    now: datetime,
) -> None:
    """A delivery status notification: the address is bad for good, its sequences stop, the owner is told."""
    detail = (mail.diagnostic or mail.subject)[:200] or "-"
    for address in mail.failed_recipients:
        await suppress(workspace_id, address, "bounce", detail, conn)
    if not creators:
        return
    await stop_sequences(conn, workspace_id, [c.id for c in creators], "bounce")
    for creator in creators:
        touch = await _touch_of(conn, None, creator)
        say = _say(
            "mail.bounce.notice", handle=f"@{creator.handle}", address=creator.email or "", detail=detail
        )
        await notice(conn, workspace_id, creator, touch, row, now, say)


async def _unsubscribed(
    conn: BaseDBAsyncClient,
    workspace_id: int,
    creators: Sequence[Creator],
    out: MailMessage | None,
    row: MailMessage,
    now: datetime,
) -> None:
    """ "Unsubscribe" / "退订": never written to again from any mailbox, every sequence of theirs stopped."""
    await suppress(workspace_id, row.address, "unsubscribe", row.subject, conn)
    if not creators:
        return
    await stop_sequences(conn, workspace_id, [c.id for c in creators], "unsubscribe")
    for creator in creators:
        touch = await _touch_of(conn, out, creator)
        say = _say("mail.unsubscribe.notice", handle=f"@{creator.handle}", address=row.address)
        await notice(conn, workspace_id, creator, touch, row, now, say)


def _say(key: str, **values: object) -> Callable[[Catalog], str]:
    """The notice's words, in the language of the chat it goes to."""
    return lambda t: t(key, **values)


async def notice(
    conn: BaseDBAsyncClient,
    workspace_id: int,
    creator: Creator,
    touch: Delivery | None,
    row: MailMessage,
    now: datetime,
    say: Callable[[Catalog], str],
) -> Delivery | None:
    """A NOTICE row the delivery engine posts (never lost), about e-mail `row`: in the outreach's chat,
    else the team's first, worded in that chat's language, @-mentioning the touch's owner."""
    chat_id = touch.chat_id if touch is not None else None  # type: ignore[attr-defined]
    if chat_id is None:
        first = await Chat.filter(workspace_id=workspace_id).using_db(conn).order_by("id").first()
        chat_id = first.id if first is not None else None
    if chat_id is None:
        return None
    chat = await Chat.filter(id=chat_id).using_db(conn).get()
    zone = chat.timezone
    return await Delivery.create(
        using_db=conn,
        workspace_id=workspace_id,
        chat_id=chat_id,
        kind=DeliveryKind.NOTICE,
        due_at=now,
        local_wall=now.astimezone(ZoneInfo(zone)).replace(tzinfo=None).isoformat(timespec="seconds"),
        zone=zone,
        owner_id=touch.owner_id if touch is not None else None,  # type: ignore[attr-defined]
        creator_id=creator.id,
        text=say(Catalog(chat.locale)),
        source_text=f"mail:{row.id}",
        resolution="notice",
    )


FORWARD_LIMIT = (
    10 * 1024 * 1024
)  # one attachment: larger ones are listed, not kept (Feishu takes 30 MB files)
FORWARD_TOTAL = 20 * 1024 * 1024  # one message's attachments kept, together
FORWARD_COUNT = 10


def forwardable(attachments: Sequence[Attachment]) -> list[Attachment]:
    """The attachments kept to hand to the chat: each under FORWARD_LIMIT, up to FORWARD_COUNT and
    FORWARD_TOTAL together, in the order sent."""
    kept: list[Attachment] = []
    total = 0
    for attached in attachments:
        if (
            attached.size <= FORWARD_LIMIT
            and total + attached.size <= FORWARD_TOTAL
            and len(kept) < FORWARD_COUNT
        ):
            kept.append(attached)
            total += attached.size
    return kept


async def attached_files(message_id: int) -> list[MailAttachment]:
    return await MailAttachment.filter(message_id=message_id).order_by("id")


async def notice_message(source: str) -> MailMessage | None:
    """The e-mail a NOTICE row (`source_text` "mail:{id}") is about."""
    number = source.removeprefix("mail:")
    return await MailMessage.get_or_none(id=int(number)) if number.isdigit() else None


async def _touch_of(conn: BaseDBAsyncClient, out: MailMessage | None, creator: Creator) -> Delivery | None:
    """The outreach touch the answer belongs to: the one threaded, else the creator's latest touch."""
    delivery_id = out.delivery_id if out is not None else None  # type: ignore[attr-defined]
    if delivery_id is not None:
        found = await Delivery.filter(id=delivery_id).using_db(conn).first()
        if found is not None:
            return found
    return (
        await Delivery.filter(creator_id=creator.id, kind=DeliveryKind.OUTREACH)
        .using_db(conn)
        .order_by("-id")
        .first()
    )


async def _actor(conn: BaseDBAsyncClient, box: Mailbox, touch: Delivery | None) -> Actor | None:
    """Who the move is recorded as: the touch's owner, else the mailbox's teammate, else an admin."""
    candidates = [
        touch.owner_id if touch is not None else None,  # type: ignore[attr-defined]
        box.member_id,  # type: ignore[attr-defined]
    ]
    for member_id in candidates:
        if member_id:
            member = await Member.filter(id=member_id).using_db(conn).first()
            if member is not None:
                return Actor(member.workspace_id, member.id, member.display_name, Role(member.role))  # type: ignore[attr-defined]
    admin = (
        await Member.filter(workspace_id=box.workspace_id)  # type: ignore[attr-defined]
        .using_db(conn)
        .order_by("id")
        .first()
    )
    if admin is None:
        return None
    return Actor(admin.workspace_id, admin.id, admin.display_name, Role(admin.role))  # type: ignore[attr-defined]
