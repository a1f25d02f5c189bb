"""connect_mailbox: "绑定邮箱 amy@163.com 授权码 abcd1234" in a private chat (never in a group: it carries a
password) — logged in both ways on the spot, stored sealed, answered masked."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Self

from handlers.command import Args, Command, Heard, Secret
from handlers.replies import ActionResult, Button, Card, File, Reply, Text
from handlers.routing import CommandContext, Router
from handlers.translation import reader_language
from i18n import Catalog
from models.mail import Mailbox, MailMessage
from workflows.delivery import DueItem
from workflows.errors import WorkflowError
from workflows.mail import answer, inbox, mailboxes, secret_text
from workflows.mail.channel import cap_today
from workflows.mail.ports import Endpoint
from workflows.translation.ports import TranslationError, Translator

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


_OFF = re.compile(
    r"人工|手动|自己发|别自动|不要自动|不用自动|关掉|关闭|关了|暂停|停掉|"
    r"\b(?:turn(?:ed)?\s+off|off|stop|pause|disable|ourselves|by hand|manually)\b",
    re.IGNORECASE,
)
_ON = re.compile(
    r"机器人|自动|\bbot\b|\bauto\b|automatic|\b(?:turn\s+on|enable|on)\b|开启|打开|开一下|开着", re.IGNORECASE
)
_CAP = re.compile(
    r"(?:每天|一天|每日|日上限|上限|daily|cap|max|at most)\D{0,12}?(\d{1,4})|"
    r"(\d{1,4})\s*(?:封|emails?|e-mails?)?\s*(?:每天|一天|a day|per day|/day)",
    re.IGNORECASE,
)
_GAP = re.compile(
    r"(?:间隔|隔|gap|apart|between)\D{0,10}?(\d{1,4})\s*(秒|分钟|分|s\b|sec|seconds?|min|minutes?)|"
    r"(\d{1,4})\s*(秒|分钟|分|sec|seconds?|min|minutes?)\s*(?:一封|apart|between)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class SendingAsk(Args):
    """What to change about sending ("邮件外联由机器人发送", "邮件每天最多发30封", "间隔3分钟", "turn off auto
    emails"); None keeps it, and nothing at all shows the settings."""

    bot_sends: bool | None = None
    daily_cap: int | None = None
    gap_seconds: int | None = None
    address: str | None = None

    @classmethod
    def read(cls, heard: Heard) -> Self:
        text = heard.text
        gap = _GAP.search(text)
        seconds = None
        rest = text
        if gap is not None:
            amount, unit = (gap.group(1), gap.group(2)) if gap.group(1) else (gap.group(3), gap.group(4))
            seconds = int(amount) * (1 if unit.lower().startswith(("秒", "s")) else 60)
            rest = text[: gap.start()] + " " + text[gap.end() :]
        cap = _CAP.search(rest)
        daily = int(cap.group(1) or cap.group(2)) if cap is not None else None
        sends = False if _OFF.search(text) else (True if _ON.search(text) else None)
        if (
            sends is True
            and (daily is not None or seconds is not None)
            and not re.search(r"机器人|\bbot\b|自动|auto", text, re.IGNORECASE)
        ):
            sends = None  # "每天最多发30封" alone changes the cap, not who sends
        address = _ADDRESS.search(text)
        return cls(sends, daily, seconds, address.group(0) if address else None)


@router.intent(
    "mail_settings",
    args=SendingAsk,
    writes=True,
    reads=("no_creators",),
    describe="e-mail outreach sending settings of the asker's mailbox: bot sends on/off, daily cap, gap",
)
async def mail_settings(ctx: CommandContext, command: Command) -> Reply:
    t, ask = ctx.t, command.arg(SendingAsk)
    now = ctx.clock.now()
    if ask.bot_sends is None and ask.daily_cap is None and ask.gap_seconds is None:
        return Text("\n".join(await mailbox_lines(t, ctx.actor.workspace_id, now)))
    change = mailboxes.Sending(
        bot_sends=ask.bot_sends, daily_cap=ask.daily_cap, min_gap_seconds=ask.gap_seconds
    )
    try:
        rows = await mailboxes.configure(ctx.actor, ask.address, change, now)
    except WorkflowError as error:
        return Text(failure_text(t, error))
    box = rows[0]
    return Text(
        t(
            "mail.settings.ok",
            count=len(rows),
            sends=t("mail.on") if box.bot_sends else t("mail.off"),
            cap=box.daily_cap,
            gap=box.min_gap_seconds,
        )
    )


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


# ---- a creator's e-mail in the chat, and the answer back in its thread ------------------------------------


async def render_mail_reply(t: Catalog, item: DueItem, translator: Translator | None) -> Card:
    """A creator's e-mail read from a team mailbox (workflows/mail/inbox.py): who, the subject, the new text
    translated for the team with the original beside it, and what to do next."""
    row = await inbox.notice_message(item.source)
    if row is None or item.creator_handle is None or row.status != "reply":  # away, bounced, unsubscribed
        return Card(title=t("notice.title"), body=item.text)
    return await _reply_card(t, row, item.creator_handle, item.creator_language, translator)


async def _reply_card(
    t: Catalog, row: MailMessage, handle: str, language: str | None, translator: Translator | None
) -> Card:
    shown = row.body or t("mail.reply.empty")
    translated = ""
    if translator is not None and row.body:
        try:
            done = await translator.translate(
                row.workspace_id,  # type: ignore[attr-defined]
                row.body,
                reader=reader_language(t.locale),
                creator_language=language,
            )
            if done.source_language != done.target_language:
                translated = done.text
        except TranslationError:
            translated = ""  # the original alone; the team can still ask "翻译：…"
    body = f"{translated}\n\n{t('translation.original', text=shown)}" if translated else shown
    value = {"creator": handle, "message": str(row.id)}
    kept = await inbox.attached_files(row.id) if row.attachments else []
    if row.attachments:
        body += "\n\n" + _attachment_lines(t, row.attachments, {f.name for f in kept})
    return Card(
        title=t("mail.reply.title", handle=f"@{handle}"),
        fields=((t("mail.reply.from"), row.address), (t("mail.reply.subject"), row.subject or "-")),
        body=body,
        buttons=(
            Button(t("mail.reply.draft"), "mail.draft", value, style="primary"),
            Button(t("mail.reply.show"), "mail.creator", value),
        ),
        footer=t("mail.reply.stopped"),
        files=tuple(File(bytes(f.data), f.name) for f in kept),
    )


def _attachment_lines(t: Catalog, attachments: list[dict[str, Any]], kept: set[str]) -> str:
    """📎 the e-mail's attachments: name, type and size; those too large to hand over say so."""
    lines = [t("mail.reply.attachments", count=len(attachments))]
    for attached in attachments[:20]:
        name = str(attached.get("name", ""))
        line = t(
            "mail.reply.attachment",
            name=name,
            type=str(attached.get("type", "")),
            size=_size(int(attached.get("size", 0))),
        )
        lines.append(line if name in kept else f"{line} {t('mail.reply.attachment_not_sent')}")
    return "\n".join(lines)


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


@router.action("mail.draft", typed=False)
async def draft_answer(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    """起草回复: how to say the answer; its draft card then has "send in the e-mail thread"."""
    handle = value.get("creator", "")
    return ActionResult(toast=ctx.t("mail.reply.draft_toast"), card=await _how_card(ctx, value, handle))


async def _how_card(ctx: CommandContext, value: Mapping[str, str], handle: str) -> Card | None:
    row = await inbox.notice_message(f"mail:{value.get('message', '')}")
    if row is None or row.workspace_id != ctx.actor.workspace_id:  # type: ignore[attr-defined]
        return None
    card = await _reply_card(ctx.t, row, handle, None, None)
    return replace(card, footer=ctx.t("mail.reply.draft_how", handle=f"@{handle}"))


@router.action("mail.creator", typed=False)
async def show_replier(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    """看看达人: the creator's card in place of the e-mail, the e-mail's first lines kept under it."""
    from handlers.creators import show_creator

    handle = value.get("creator", "")
    shown = await show_creator(ctx, Command(intent="show_creator", creators=(handle.lower(),)))
    if not isinstance(shown, Card):
        return ActionResult(toast=shown.text if isinstance(shown, Text) else "")
    row = await inbox.notice_message(f"mail:{value.get('message', '')}")
    excerpt = (row.body[:300] if row is not None else "") or "-"
    footer = ctx.t("mail.reply.excerpt", text=excerpt)
    keep = (Button(ctx.t("mail.reply.draft"), "mail.draft", dict(value), style="primary"),)
    return ActionResult(toast="", card=replace(shown, footer=footer, buttons=keep))


@router.action("mail.answer")
async def send_answer(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    """📧 在邮件里回复 on a draft card: the draft goes back in the creator's e-mail thread."""
    t = ctx.t
    if ctx.mail is None or ctx.mail.sealer is None:
        return ActionResult(toast=t("mail.connect.no_secret"))
    try:
        done = await answer.answer(
            ctx.actor, ctx.mail.transport, ctx.mail.sealer, int(value.get("draft", "0") or 0), ctx.clock
        )
    except (answer.NoThread, answer.AnswerRefused) as error:
        return ActionResult(toast=answer_text(t, error))
    said = answer_text(t, done)
    return ActionResult(toast=said, card=Card(title=said, fields=((t("mail.reply.subject"), done.subject),)))


def answer_text(t: Catalog, outcome: answer.Answered | WorkflowError) -> str:
    """What became of an answer sent in the creator's e-mail thread (the chat's button and the CLI)."""
    if isinstance(outcome, answer.NoThread):
        return t("mail.answer.no_thread", handle=f"@{outcome.handle}")
    if isinstance(outcome, answer.AnswerRefused):
        key = outcome.reason if outcome.reason in ("suppressed", "gone") else "failed"
        return t(f"mail.answer.{key}", handle=f"@{outcome.handle}", reason=outcome.reason)
    if isinstance(outcome, WorkflowError):
        return failure_text(t, outcome)
    key = "mail.answer.again" if outcome.again else "mail.answer.sent"
    return t(key, handle=f"@{outcome.handle}", to=outcome.to, mailbox=mailboxes.mask(outcome.mailbox))
