"""An approved draft answer to a creator's e-mail, sent back in the same thread from the mailbox that got it.

The answer carries `In-Reply-To` (the creator's message) and `References` (the thread so far plus it),
RFC 5322 §3.6.4, so the creator's mail program shows it under their own message; the subject keeps "Re:".
Sent once per draft: its Message-ID comes from the draft, and a retry after a failure mid-way looks in the
Sent folder first (as touches do, workflows/mail/channel.py)."""

from __future__ import annotations

import contextlib
import email.utils
from dataclasses import dataclass
from email.message import EmailMessage

from i18n import Catalog
from models import secrets
from models.creator import Creator
from models.mail import Mailbox, MailMessage
from models.translation import ReplyDraft
from workflows import permissions
from workflows.creators import find_creators, handle_key
from workflows.errors import WorkflowError
from workflows.mail.channel import suppressed
from workflows.mail.mailboxes import account_of
from workflows.mail.ports import Account, MailError, MailTransport
from workflows.ports import Clock
from workflows.tenancy import Actor


class NoThread(WorkflowError):
    """The creator has not written to a connected mailbox: there is no thread to answer in."""

    def __init__(self, handle: str) -> None:
        super().__init__(handle)
        self.handle = handle


class AnswerRefused(WorkflowError):
    def __init__(self, handle: str, reason: str) -> None:
        super().__init__(reason)
        self.handle = handle
        self.reason = reason  # suppressed | gone | a MailError text


@dataclass(frozen=True, slots=True)
class Answered:
    handle: str
    to: str
    mailbox: str
    subject: str
    message_id: str
    again: bool  # it had gone out already (a second press)


async def latest_reply(workspace_id: int, creator_id: int) -> MailMessage | None:
    """The creator's latest e-mail read from a connected mailbox (what an answer threads under)."""
    return (
        await MailMessage.filter(
            workspace_id=workspace_id, creator_id=creator_id, direction="in", status="reply"
        )
        .order_by("-id")
        .first()
    )


async def latest_draft(actor: Actor, handle: str) -> ReplyDraft | None:
    """The newest reply draft for this creator (`creatorbot mail answer @handle`)."""
    creator = (await find_creators(actor, [handle]))[0]
    return (
        await ReplyDraft.filter(workspace_id=actor.workspace_id, creator_id=creator.id)
        .order_by("-id")
        .first()
    )


async def draft_by_id(actor: Actor, number: int) -> ReplyDraft | None:
    return await ReplyDraft.get_or_none(id=number, workspace_id=actor.workspace_id)


async def has_thread(workspace_id: int, handles: tuple[str, ...]) -> bool:
    if len(handles) != 1:
        return False
    creator = await Creator.filter(workspace_id=workspace_id, handle_key=handle_key(handles[0])).first()
    return creator is not None and await latest_reply(workspace_id, creator.id) is not None


async def answer(
    actor: Actor, transport: MailTransport, sealer: secrets.Sealer, draft_id: int, clock: Clock
) -> Answered:
    draft = await ReplyDraft.get_or_none(id=draft_id, workspace_id=actor.workspace_id).prefetch_related(
        "creator"
    )
    if draft is None:
        raise AnswerRefused("", "gone")
    creator = (await find_creators(actor, [draft.creator.handle], access=permissions.CHANGE))[0]
    incoming = await latest_reply(actor.workspace_id, creator.id)
    if incoming is None:
        raise NoThread(creator.handle)
    box = await Mailbox.get(id=incoming.mailbox_id)  # type: ignore[attr-defined]
    if await suppressed(actor.workspace_id, incoming.address):
        raise AnswerRefused(creator.handle, "suppressed")
    domain = box.address.rsplit("@", 1)[-1]
    mid = f"<cb-answer-{draft.id}.{int(draft.created_at.timestamp() * 1000)}@{domain}>"
    subject = incoming.subject if incoming.subject.lower().startswith("re:") else f"Re: {incoming.subject}"
    earlier = await MailMessage.filter(mailbox_id=box.id, direction="out", message_id=mid).first()
    done = Answered(creator.handle, incoming.address, box.address, subject, mid, again=True)
    if earlier is not None and earlier.status == "sent":
        return done
    account = account_of(box, sealer)
    now = clock.now()
    refs = " ".join([*incoming.refs.split(), incoming.message_id])
    if earlier is None:
        earlier = await MailMessage.create(
            workspace_id=actor.workspace_id,
            mailbox_id=box.id,
            creator_id=creator.id,
            direction="out",
            status="sending",
            message_id=mid,
            in_reply_to=incoming.message_id,
            refs=refs[:8000],
            address=incoming.address,
            subject=subject[:300],
            body=draft.text,
            started_at=now,
        )
    elif await _in_sent(transport, account, mid):  # an earlier try got through before failing
        await MailMessage.filter(id=earlier.id).update(status="sent", sent_at=now)
        return done
    else:
        await MailMessage.filter(id=earlier.id).update(status="sending", started_at=now)
    message = EmailMessage()
    name = box.display_name or actor.display_name
    message["From"] = email.utils.formataddr((name, box.address)) if name else box.address
    message["To"] = incoming.address
    message["Subject"] = subject
    message["Message-ID"] = mid
    message["Date"] = email.utils.format_datetime(now)
    message["In-Reply-To"] = incoming.message_id
    message["References"] = refs
    footer = box.footer or Catalog("zh_CN" if draft.language == "zh" else "en")("mail.footer")
    message.set_content(f"{draft.text}\n\n--\n{footer}\n", charset="utf-8")
    raw = message.as_bytes()
    try:
        await transport.send(account, raw, [incoming.address])
    except MailError as error:
        await MailMessage.filter(id=earlier.id).update(status="failed")
        raise AnswerRefused(creator.handle, f"{error.side.upper()}: {error.problem.value}") from error
    if box.append_sent and box.sent_folder:
        with contextlib.suppress(MailError):  # it went out; only the copy in Sent would be missing
            await transport.save_sent(account, raw)
    await MailMessage.filter(id=earlier.id).update(status="sent", sent_at=now)
    return Answered(creator.handle, incoming.address, box.address, subject, mid, again=False)


async def _in_sent(transport: MailTransport, account: Account, mid: str) -> bool:
    try:
        return await transport.in_sent(account, mid)
    except MailError:
        return False
