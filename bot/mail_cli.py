"""`creatorbot mail connect ADDRESS` / `mail list` / `mail set ADDRESS`: the team's mailboxes from the
command line. The app password is read from MAIL_PASSWORD or asked for without echo, never taken as an
argument (it would stay in the shell history)."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import sys
from typing import TYPE_CHECKING, TextIO

from bot.settings import Settings

if TYPE_CHECKING:
    from i18n import Catalog
    from workflows.tenancy import Actor


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--workspace", default=None, help="PLATFORM:KEY or id; default: the console's")
    common.add_argument("--user", default=None, help="whose mailbox (default: the console user)")
    common.add_argument("--lang", choices=("zh", "en"), default=None, help="language of the answer")
    mail = sub.add_parser("mail", help="the team's mailboxes for e-mail outreach")
    mail_sub = mail.add_subparsers(dest="mail_command", required=True)
    connect = mail_sub.add_parser(
        "connect", parents=[common], help="connect a mailbox (logs in to SMTP and IMAP first)"
    )
    connect.add_argument("address")
    connect.add_argument(
        "--provider",
        choices=("gmail", "outlook", "163", "126", "qq", "exmail", "feishu", "lark"),
        default=None,
        help="server preset (default: from the address's domain)",
    )
    connect.add_argument("--smtp", default=None, help="HOST[:PORT][/ssl|starttls|plain]")
    connect.add_argument("--imap", default=None, help="HOST[:PORT][/ssl|plain]")
    connect.add_argument("--username", default=None, help="login name when it is not the address")
    connect.add_argument("--bot-sends", choices=("on", "off"), default=None, help="the bot sends outreach")
    connect.add_argument("--daily-cap", type=int, default=None, help="e-mails a day at most (default 30)")
    connect.add_argument("--gap", type=int, default=None, help="seconds between two e-mails at least")
    mail_sub.add_parser("list", parents=[common], help="list the workspace's mailboxes (masked)")
    answering = mail_sub.add_parser(
        "answer",
        parents=[common],
        help="show a creator's newest reply draft; --send sends it in their thread",
    )
    answering.add_argument("handle", help="the creator (@handle)")
    answering.add_argument("--draft", type=int, default=None, help="a draft's number instead of the newest")
    answering.add_argument("--send", action="store_true", help="send it (without: only shown)")
    setting = mail_sub.add_parser("set", parents=[common], help="change how a mailbox sends")
    setting.add_argument("address")
    setting.add_argument("--bot-sends", choices=("on", "off"), default=None)
    setting.add_argument("--daily-cap", type=int, default=None)
    setting.add_argument("--gap", type=int, default=None)


def main(settings: Settings, args: argparse.Namespace) -> int:
    return asyncio.run(_open_and_run(settings, args))


async def _open_and_run(settings: Settings, args: argparse.Namespace) -> int:
    from bot.db import DatabaseUnavailable, database, migrate

    try:
        await migrate(settings.database_url)
        async with database(settings.database_url):
            return await run(settings, args)
    except DatabaseUnavailable as error:
        print(f"creatorbot: cannot open the database: {error}", file=sys.stderr)
    return 1


async def run(
    settings: Settings, args: argparse.Namespace, *, out: TextIO = sys.stdout, password: str | None = None
) -> int:
    from bot.adapters.mail.client import MailClient
    from bot.spreadsheet_cli import _actor, _locale
    from bot.wiring import build_mail_sealer
    from handlers.mail import connected_text, failure_text, mailbox_lines
    from i18n import Catalog
    from workflows.errors import WorkflowError
    from workflows.mail import mailboxes
    from workflows.ports import SystemClock

    t = Catalog(_locale(settings, args.lang))
    actor = await _actor(args.workspace, args.user, t.locale)
    now = SystemClock().now()
    if args.mail_command == "list":
        print("\n".join(await mailbox_lines(t, actor.workspace_id, now)), file=out)
        return 0
    if args.mail_command == "answer":
        return await _answer(settings, args, actor, t, out)
    change = mailboxes.Sending(
        bot_sends=None if args.bot_sends is None else args.bot_sends == "on",
        daily_cap=args.daily_cap,
        min_gap_seconds=args.gap,
    )
    try:
        if args.mail_command == "set":
            await mailboxes.configure(actor, args.address, change, now)
            print("\n".join(await mailbox_lines(t, actor.workspace_id, now)), file=out)
            return 0
        secret = password if password is not None else _password()
        done = await mailboxes.connect(
            actor,
            MailClient(ca_file=settings.mail.ca_file or None),
            build_mail_sealer(settings),
            now,
            address=args.address,
            password=secret,
            username=args.username,
            provider=args.provider,
            smtp=mailboxes.endpoint(args.smtp, 465) if args.smtp else None,
            imap=mailboxes.endpoint(args.imap, 993) if args.imap else None,
        )
        rows = await mailboxes.configure(actor, done.mailbox.address, change, now)
        print(connected_text(t, rows[0], now), file=out)
        return 0
    except WorkflowError as error:
        print(failure_text(t, error), file=sys.stderr)
        return 1


async def _answer(settings: Settings, args: argparse.Namespace, actor: Actor, t: Catalog, out: TextIO) -> int:
    """The drafted answer to a creator's e-mail, shown, and sent in their thread with --send (once: a second
    run says it went out already), as the chat's 📧 在邮件里回复 does."""
    from bot.adapters.mail.client import MailClient
    from bot.wiring import build_mail_sealer
    from handlers.mail import answer_text
    from workflows.errors import CreatorsNotFound, WorkflowError
    from workflows.mail import answer
    from workflows.ports import SystemClock

    handle = args.handle.lstrip("@")
    try:
        draft = (
            await answer.draft_by_id(actor, args.draft)
            if args.draft is not None
            else await answer.latest_draft(actor, handle)
        )
        if draft is None:
            raise CreatorsNotFound({handle: []})
        print(t("mail.answer.draft_shown", number=draft.id, handle=f"@{handle}", text=draft.text), file=out)
        if not args.send:
            print(t("mail.answer.send_how"), file=out)
            return 0
        sealer = build_mail_sealer(settings)
        if sealer is None:
            print(t("mail.connect.no_secret"), file=sys.stderr)
            return 1
        transport = MailClient(ca_file=settings.mail.ca_file or None)
        done = await answer.answer(actor, transport, sealer, draft.id, SystemClock())
    except CreatorsNotFound:  # no such creator, or nothing drafted for them yet
        print(t("mail.answer.no_draft", handle=f"@{handle}"), file=sys.stderr)
        return 1
    except WorkflowError as error:
        print(answer_text(t, error), file=sys.stderr)
        return 1
    print(answer_text(t, done), file=out)
    return 0


def _password() -> str:
    secret = os.environ.get("MAIL_PASSWORD", "")
    if secret:
        return secret
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    return getpass.getpass("app password (not shown): ")
