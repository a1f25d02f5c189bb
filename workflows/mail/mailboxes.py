"""Connecting a teammate's mailbox: presets by provider, a login both ways before anything is stored, the app
password sealed (models/secrets.py), shown masked; and the sending settings (bot sends, cap, ramp, gap)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from models import secrets
from models.mail import Mailbox
from workflows import audit
from workflows.errors import WorkflowError
from workflows.mail.ports import Account, Endpoint, MailError, MailTransport, Security
from workflows.tenancy import Actor

SEAL_PURPOSE = "mailbox-password"
_ADDRESS = re.compile(r"^[^@\s<>]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}$")


@dataclass(frozen=True, slots=True)
class Preset:
    """A provider's servers. Sources: each provider's help page on IMAP/SMTP access (Gmail "Check Gmail
    through other email platforms", Microsoft "POP, IMAP, and SMTP settings for Outlook.com", NetEase 163
    and QQ Mail help on 授权码, Tencent Exmail "客户端设置", Feishu Mail "使用第三方客户端登录")."""

    name: str
    smtp: Endpoint
    imap: Endpoint
    append_sent: bool = True  # False: the provider files what SMTP sent in Sent itself (Gmail)


def _ssl(smtp: str, imap: str, *, smtp_port: int = 465, append_sent: bool = True, name: str = "") -> Preset:
    return Preset(
        name,
        Endpoint(smtp, smtp_port, Security.SSL if smtp_port == 465 else Security.STARTTLS),
        Endpoint(imap, 993, Security.SSL),
        append_sent,
    )


PRESETS: dict[str, Preset] = {
    "gmail": _ssl("smtp.gmail.com", "imap.gmail.com", append_sent=False, name="Gmail"),
    "outlook": _ssl("smtp.office365.com", "outlook.office365.com", smtp_port=587, name="Outlook"),
    "163": _ssl("smtp.163.com", "imap.163.com", name="163"),
    "126": _ssl("smtp.126.com", "imap.126.com", name="126"),
    "qq": _ssl("smtp.qq.com", "imap.qq.com", name="QQ"),
    "exmail": _ssl("smtp.exmail.qq.com", "imap.exmail.qq.com", name="腾讯企业邮"),
    "feishu": _ssl("smtp.feishu.cn", "imap.feishu.cn", name="Feishu Mail"),
    "lark": _ssl("smtp.larksuite.com", "imap.larksuite.com", name="Lark Mail"),
}
_BY_DOMAIN = {
    "gmail.com": "gmail",
    "googlemail.com": "gmail",
    "outlook.com": "outlook",
    "hotmail.com": "outlook",
    "live.com": "outlook",
    "msn.com": "outlook",
    "163.com": "163",
    "126.com": "126",
    "qq.com": "qq",
    "foxmail.com": "qq",
}


@dataclass
class BadAddress(WorkflowError):
    address: str


@dataclass
class UnknownProvider(WorkflowError):
    """No preset for the domain and no servers given."""

    address: str


@dataclass
class LoginFailed(WorkflowError):
    side: str  # smtp | imap
    problem: str  # workflows.mail.ports.Problem value
    detail: str


@dataclass
class NoSealer(WorkflowError):
    """No secret to seal the password with in this process (CREATORBOT_SECRET_KEY unset)."""


@dataclass
class MailboxNotFound(WorkflowError):
    address: str


def preset_for(address: str, provider: str | None = None) -> Preset | None:
    if provider:
        return PRESETS.get(provider.lower())
    domain = address.rsplit("@", 1)[-1].lower()
    key = _BY_DOMAIN.get(domain)
    return PRESETS[key] if key else None


def endpoint(text: str, default_port: int) -> Endpoint:
    """ "host", "host:port" or "host:port/ssl|starttls|plain"; the port decides the security when unsaid."""
    security_text = ""
    if "/" in text:
        text, security_text = text.rsplit("/", 1)
    host, _, port_text = text.partition(":")
    port = int(port_text) if port_text.isdigit() else default_port
    if security_text:
        security = Security(security_text.lower())
    else:
        security = Security.STARTTLS if port in (587, 25, 143) else Security.SSL
    return Endpoint(host.strip(), port, security)


def mask(address: str) -> str:
    """amy.lee@gmail.com → a***e@gmail.com"""
    local, _, domain = address.partition("@")
    shown = local[0] + "***" + (local[-1] if len(local) > 2 else "")
    return f"{shown}@{domain}"


@dataclass(frozen=True, slots=True)
class Connected:
    mailbox: Mailbox
    replaced: bool  # the address was connected before (its settings and password are now these)


async def connect(
    actor: Actor,
    transport: MailTransport,
    sealer: secrets.Sealer | None,
    now: datetime,
    *,
    address: str,
    password: str,
    username: str | None = None,
    provider: str | None = None,
    smtp: Endpoint | None = None,
    imap: Endpoint | None = None,
) -> Connected:
    """Log in both ways, then store the mailbox for `actor` (the app password sealed). Nothing is stored
    when a login fails; the error names the side and the problem."""
    address = address.strip()
    if not _ADDRESS.match(address):
        raise BadAddress(address)
    if sealer is None:
        raise NoSealer()
    preset = preset_for(address, provider)
    if smtp is None or imap is None:
        if preset is None:
            raise UnknownProvider(address)
        smtp, imap = smtp or preset.smtp, imap or preset.imap
    account = Account(address, username or address, password, smtp, imap)
    try:
        sent_folder = await transport.check(account)
    except MailError as error:
        raise LoginFailed(error.side, error.problem.value, error.detail) from error
    values: dict[str, Any] = {
        "member_id": actor.member_id,
        "username": account.username,
        "password": sealer.seal(password, SEAL_PURPOSE),
        "smtp_host": smtp.host,
        "smtp_port": smtp.port,
        "smtp_security": smtp.security.value,
        "imap_host": imap.host,
        "imap_port": imap.port,
        "imap_security": imap.security.value,
        "sent_folder": sent_folder,
        "append_sent": preset.append_sent if preset is not None else True,
        "last_error": "",
        "connected_at": now,
    }
    existing = await Mailbox.get_or_none(workspace_id=actor.workspace_id, address=address.lower())
    if existing is not None:
        await Mailbox.filter(id=existing.id).update(**values)
        await existing.refresh_from_db()
        row = existing
    else:
        row = await Mailbox.create(workspace_id=actor.workspace_id, address=address.lower(), **values)
    from tortoise.transactions import in_transaction

    async with in_transaction() as conn:
        await audit.record(conn, actor, "mailbox.connect", str(row.id), now, address=mask(row.address))
    return Connected(row, existing is not None)


def account_of(row: Mailbox, sealer: secrets.Sealer) -> Account:
    """The mailbox with its password opened, for one call (raises secrets.SecretsUnavailable)."""
    return Account(
        address=row.address,
        username=row.username,
        password=sealer.unseal(row.password, SEAL_PURPOSE),
        smtp=Endpoint(row.smtp_host, row.smtp_port, Security(row.smtp_security)),
        imap=Endpoint(row.imap_host, row.imap_port, Security(row.imap_security)),
        sent_folder=row.sent_folder,
    )


async def mailboxes(workspace_id: int) -> list[Mailbox]:
    return list(await Mailbox.filter(workspace_id=workspace_id).order_by("id").prefetch_related("member"))


@dataclass(frozen=True, slots=True)
class Sending:
    """What may change about sending from a mailbox; None keeps the current value."""

    bot_sends: bool | None = None
    daily_cap: int | None = None
    ramp_step: int | None = None
    min_gap_seconds: int | None = None
    footer: str | None = None


async def configure(actor: Actor, address: str | None, change: Sending, now: datetime) -> list[Mailbox]:
    """Apply `change` to the actor's mailbox named by `address` (or all of the actor's own when None)."""
    query = Mailbox.filter(workspace_id=actor.workspace_id)
    rows = await (
        query.filter(address=address.lower()) if address else query.filter(member_id=actor.member_id)
    )
    if not rows:
        raise MailboxNotFound(address or "")
    values = {k: v for k, v in _fields(change).items() if v is not None}
    if values:
        await Mailbox.filter(id__in=[r.id for r in rows]).update(**values)
        from tortoise.transactions import in_transaction

        async with in_transaction() as conn:
            detail = {k: v for k, v in values.items() if k != "footer"}
            await audit.record(
                conn, actor, "mailbox.settings", ",".join(str(r.id) for r in rows), now, **detail
            )
    return list(await Mailbox.filter(id__in=[r.id for r in rows]).order_by("id"))


def _fields(change: Sending) -> dict[str, object]:
    return {
        "bot_sends": change.bot_sends,
        "daily_cap": None if change.daily_cap is None else max(1, min(change.daily_cap, 2000)),
        "ramp_step": change.ramp_step,
        "min_gap_seconds": change.min_gap_seconds,
        "footer": change.footer,
    }


def with_security(endpoint_: Endpoint, security: Security) -> Endpoint:
    return replace(endpoint_, security=security)
