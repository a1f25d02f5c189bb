"""connect_mailbox: "绑定邮箱 amy@163.com 授权码 abcd1234" in a private chat (never in a group: it carries a
password) — logged in both ways on the spot, stored sealed, answered masked."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Self

from handlers.command import Args, Command, Heard, Secret
from handlers.replies import Reply, Text
from handlers.routing import CommandContext, Router
from i18n import Catalog
from models.mail import Mailbox
from workflows.errors import WorkflowError
from workflows.mail import mailboxes, secret_text
from workflows.mail.channel import cap_today
from workflows.mail.ports import Endpoint

router = Router("mail", help=("help.mail",), order=85)

_ADDRESS = re.compile(r"[^\s@<>:：，,]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_SERVER = re.compile(
    r"\b(smtp|imap)\s*[:：=]?\s*((?:[A-Za-z0-9-]+\.)+[A-Za-z0-9-]+(?::\d+)?(?:/\w+)?)", re.IGNORECASE
)
_PROVIDERS = (
    ("exmail", re.compile(r"腾讯企业邮|企业微信邮箱|exmail", re.IGNORECASE)),
    ("feishu", re.compile(r"飞书邮箱|飞书邮件|feishu\s*mail", re.IGNORECASE)),
    ("lark", re.compile(r"lark\s*mail", re.IGNORECASE)),
)


@dataclass(frozen=True, slots=True)
class MailboxAsk(Args):
    address: str | None = None
    password: Secret | None = None
    provider: str | None = None
    smtp_server: str | None = None
    imap_server: str | None = None

    @classmethod
    def read(cls, heard: Heard) -> Self:
        text = heard.text
        address = _ADDRESS.search(text)
        servers = {m.group(1).lower(): m.group(2) for m in _SERVER.finditer(text)}
        provider = next((name for name, words in _PROVIDERS if words.search(text)), None)
        secret = secret_text.password_in(text)
        if secret is not None and address is not None and secret == address.group(0):
            secret = None
        return cls(
            address=address.group(0) if address else None,
            password=Secret(secret) if secret is not None else None,
            provider=provider,
            smtp_server=servers.get("smtp"),
            imap_server=servers.get("imap"),
        )

    def __repr__(self) -> str:  # the password never reaches a log or `creatorbot parse` output
        return f"MailboxAsk(address={self.address!r}, provider={self.provider!r})"


@router.guard
def password_message(text: str) -> Command | None:
    """Any message carrying a password is this feature's, read here and never by understanding (so it is
    never quoted on a clarification card, learned, sent to the team's model, audited or logged)."""
    if not secret_text.carries_password(text):
        return None
    heard = Heard(text=text, masked=text, slots={})
    return Command(intent="connect_mailbox", source=secret_text.redact(text), args=MailboxAsk.read(heard))


@router.intent(
    "connect_mailbox",
    args=MailboxAsk,
    writes=False,  # never a confirmation card: it would quote the message, password included
    reads=("no_creators",),
    describe="connect the asker's e-mail mailbox (address + app password) for e-mail outreach; private chat",
)
async def connect_mailbox(ctx: CommandContext, command: Command) -> Reply:
    t = ctx.t
    ask = command.arg(MailboxAsk)
    if not ctx.private:  # a password posted in a group is seen by everyone there: it must be replaced
        return Text(t("mail.connect.group_leaked" if ask.password else "mail.connect.group_refused"))
    if ctx.mail is None or ask.address is None or not ask.password:
        return Text(t("mail.connect.how"))
    try:
        done = await mailboxes.connect(
            ctx.actor,
            ctx.mail.transport,
            ctx.mail.sealer,
            ctx.clock.now(),
            address=ask.address,
            password=ask.password,
            provider=ask.provider,
            smtp=mailboxes.endpoint(ask.smtp_server, 465) if ask.smtp_server else None,
            imap=mailboxes.endpoint(ask.imap_server, 993) if ask.imap_server else None,
        )
    except WorkflowError as error:
        return Text(failure_text(t, error))
    return Text(connected_text(t, done.mailbox, ctx.clock.now()))


def _endpoint_text(endpoint: Endpoint) -> str:
    return f"{endpoint.host}:{endpoint.port} {endpoint.security.value.upper()}"


def connected_text(t: Catalog, box: Mailbox, now: datetime) -> str:
    from workflows.mail.ports import Security

    return t(
        "mail.connect.ok",
        address=mailboxes.mask(box.address),
        smtp=_endpoint_text(Endpoint(box.smtp_host, box.smtp_port, Security(box.smtp_security))),
        imap=_endpoint_text(Endpoint(box.imap_host, box.imap_port, Security(box.imap_security))),
        sends=t("mail.on") if box.bot_sends else t("mail.off"),
        cap=box.daily_cap,
        start=box.ramp_start,
        step=box.ramp_step,
        gap=box.min_gap_seconds,
    )


def failure_text(t: Catalog, error: WorkflowError) -> str:
    if isinstance(error, mailboxes.LoginFailed):
        problem = t(f"mail.problem.{error.problem}")
        return t("mail.connect.failed", side=error.side.upper(), problem=problem, detail=error.detail or "-")
    if isinstance(error, mailboxes.UnknownProvider):
        return t("mail.connect.unknown_provider", address=error.address)
    if isinstance(error, mailboxes.BadAddress):
        return t("mail.connect.bad_address", address=error.address)
    if isinstance(error, mailboxes.NoSealer):
        return t("mail.connect.no_secret")
    if isinstance(error, mailboxes.MailboxNotFound):
        return t("mail.settings.none")
    return t("error.generic")


async def mailbox_lines(t: Catalog, workspace_id: int, now: datetime) -> list[str]:
    rows = await mailboxes.mailboxes(workspace_id)
    if not rows:
        return [t("mail.list.none")]
    lines = [t("mail.list.title")]
    for box in rows:
        owner = box.member.display_name if box.member is not None else "-"
        lines.append(
            t(
                "mail.list.line",
                address=mailboxes.mask(box.address),
                owner=owner,
                sends=t("mail.on") if box.bot_sends else t("mail.off"),
                cap=cap_today(box, now),
                gap=box.min_gap_seconds,
            )
        )
    return lines
