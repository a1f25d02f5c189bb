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
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models import secrets
from models.creator import Creator
from models.enums import DeliveryKind, Role, Stage
from models.mail import Mailbox, MailMessage
from models.schedule import Delivery
from models.tenancy import Chat, Member
from workflows import pipeline
from workflows.mail.mailboxes import account_of
from workflows.mail.ports import MailError, MailTransport
from workflows.mail.reading import Incoming, parse
from workflows.ports import Clock
from workflows.sequences import STILL_REACHING, stop_sequences
from workflows.tenancy import Actor

log = logging.getLogger(__name__)
POLL_EVERY_S = 60.0
REPLY = "reply"
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
        out, creator = await self._thread(box, mail)
        kind = REPLY if creator is not None else UNMATCHED
        try:
            async with in_transaction() as conn:
                row = await MailMessage.create(
                    using_db=conn,
                    workspace_id=box.workspace_id,  # type: ignore[attr-defined]
                    mailbox_id=box.id,
                    creator_id=creator.id if creator is not None else None,
                    delivery_id=out.delivery_id if out is not None else None,  # type: ignore[attr-defined]
                    direction="in",
                    status=kind,
                    message_id=mid[:255],
                    in_reply_to=mail.in_reply_to[:255],
                    refs=" ".join(mail.references)[:8000],
                    address=mail.sender[:254],
                    subject=mail.subject[:300],
                    body=mail.body,
                    uid=uid,
                    sent_at=sent or now,
                )
                if creator is not None:
                    await self._replied(conn, box, creator, out, row, now)
        except IntegrityError:
            return None  # another reader recorded it first
        return Read(box.id, kind, creator.id if creator is not None else None, row.id)

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
            creator = (
                await Creator.filter(workspace_id=workspace_id, email__iexact=mail.sender)
                .order_by("id")
                .first()
            )
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
        await notice(conn, workspace_id, creator, touch, f"mail:{row.id}", now)


async def notice(
    conn: BaseDBAsyncClient,
    workspace_id: int,
    creator: Creator,
    touch: Delivery | None,
    key: str,
    now: datetime,
) -> Delivery | None:
    """A NOTICE row the delivery engine posts (never lost): in the outreach's chat, else the team's first."""
    chat_id = touch.chat_id if touch is not None else None  # type: ignore[attr-defined]
    if chat_id is None:
        chat = await Chat.filter(workspace_id=workspace_id).using_db(conn).order_by("id").first()
        chat_id = chat.id if chat is not None else None
    if chat_id is None:
        return None
    chat_row = await Chat.filter(id=chat_id).using_db(conn).get()
    zone = chat_row.timezone
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
        text=f"📨 @{creator.handle}",
        source_text=key,
        resolution="notice",
    )


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
