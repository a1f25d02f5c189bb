"""`creatorbot import FILE`, `creatorbot orders import FILE` and `creatorbot export FILE`: the spreadsheet
commands of the CLI.

The workspace is the console's (`console:local`) unless `--workspace` names another one as
`PLATFORM:KEY` (e.g. `feishu:<tenant_key>`) or by its database id. The CLI acts as the member `--user`
(the console user by default) of that workspace.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.settings import Settings

if TYPE_CHECKING:  # the rest is imported when a command runs: `creatorbot parse` stays light
    from i18n import Catalog
    from workflows.importing import ImportReport, Progress
    from workflows.tenancy import Actor


class CliError(Exception):
    """A message for stderr, exit code 1."""


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--workspace", default=None, help="PLATFORM:KEY (e.g. feishu:TENANT) or id; default: the console's"
    )
    common.add_argument("--user", default=None, help="who does it (default: the console user)")
    common.add_argument("--lang", choices=("zh", "en"), default=None, help="language of the report")
    imp = sub.add_parser("import", parents=[common], help="import creators from an .xlsx or .csv file")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="only show what would change")
    imp.add_argument("--yes", action="store_true", help="import without asking after the preview")
    imp.add_argument(
        "--platform",
        choices=("tiktok", "instagram", "youtube"),
        default=None,
        help="platform for rows that name none (default tiktok)",
    )
    orders = sub.add_parser("orders", help="the shop's orders (results)")
    orders_sub = orders.add_subparsers(dest="orders_command", required=True)
    oimp = orders_sub.add_parser("import", parents=[common], help="import an orders export (.xlsx or .csv)")
    oimp.add_argument("file", type=Path)
    oimp.add_argument("--dry-run", action="store_true", help="only show what would change")
    oimp.add_argument("--yes", action="store_true", help="import without asking after the preview")
    oimp.add_argument(
        "--currency", default=None, help="ISO 4217 code of amounts the file gives none for (USD)"
    )
    oimp.add_argument(
        "--add-creators", action="store_true", help="add the creators the file names but nobody has"
    )
    exp = sub.add_parser("export", parents=[common], help="export the pipeline to an .xlsx or .csv file")
    exp.add_argument("file", type=Path)
    exp.add_argument("--by-stage", action="store_true", help="one sheet per stage (.xlsx only)")
    exp.add_argument("--stage", default=None, help="only creators in this stage")
    exp.add_argument("--owner", default=None, help="only creators of this owner")


def _locale(settings: Settings, lang: str | None) -> str:
    return {"zh": "zh_CN", "en": "en"}.get(lang or "", settings.bot_locale)


def main(settings: Settings, args: argparse.Namespace) -> int:
    return asyncio.run(_open_and_run(settings, args))


async def _open_and_run(settings: Settings, args: argparse.Namespace) -> int:
    from bot.db import DatabaseUnavailable, database, migrate

    try:
        await migrate(settings.database_url)
        async with database(settings.database_url):
            if args.command == "import":
                return await run_import(settings, args)
            if args.command == "orders":
                return await run_orders_import(settings, args)
            return await run_export(settings, args)
    except DatabaseUnavailable as error:
        print(f"creatorbot: cannot open the database: {error}", file=sys.stderr)
    except CliError as error:
        print(f"creatorbot: {error}", file=sys.stderr)
    except Exception as error:  # a bug or an outage: one line, not a traceback (rows already written stay)
        print(f"creatorbot: {args.command} failed: {type(error).__name__}: {error}"[:500], file=sys.stderr)
    return 1


async def _actor(workspace: str | None, user: str | None, locale: str) -> Actor:
    from bot.adapters.console import CONSOLE_CHAT, DEFAULT_USER_ID, default_user_name
    from models.enums import Platform
    from models.tenancy import Workspace
    from workflows.tenancy import ensure_member, ensure_workspace

    # The same member as `creatorbot console` (bot/cli.py) unless --user names another.
    user_id = f"console:{user}" if user else DEFAULT_USER_ID
    user = user or default_user_name()
    if workspace is None or workspace == "console":
        found = await ensure_workspace(Platform.CONSOLE, CONSOLE_CHAT.workspace_key)
        return await ensure_member(found.id, user_id, user)
    platform, _, key = workspace.partition(":")
    query = (
        Workspace.filter(id=int(workspace))
        if workspace.isdigit()
        else Workspace.filter(platform=platform, external_key=key)
    )
    row = await query.first()
    if row is None:
        raise CliError(f"no workspace {workspace!r} (use PLATFORM:KEY such as feishu:TENANT, or an id)")
    return await ensure_member(row.id, f"cli:{user}", user)


async def run_import(settings: Settings, args: argparse.Namespace, stdin: TextIO = sys.stdin) -> int:
    from bot.adapters.console import render
    from handlers.importing import bad_file, preview_card, report_card
    from i18n import Catalog
    from workflows.importing import NoHandleColumn, NotASpreadsheet, import_file
    from workflows.ports import SystemClock

    t = Catalog(_locale(settings, args.lang))
    data = _read(args.file, lambda: bad_file(t, NotASpreadsheet("too_large")))
    actor = await _actor(args.workspace, args.user, t.locale)
    clock, name = SystemClock(), args.file.name

    async def run(*, dry_run: bool) -> ImportReport:
        return await import_file(
            actor,
            data,
            clock,
            dry_run=dry_run,
            file_name=name,
            default_platform=args.platform,
            progress=_progress(t),
        )

    try:
        preview = await run(dry_run=True)
    except (NotASpreadsheet, NoHandleColumn) as error:
        raise CliError(bad_file(t, error)) from None
    print(render(preview_card(t, preview, name)))
    if args.dry_run or not preview.changes:
        return 0
    if not args.yes and not _confirm(t, stdin):
        print(t("import.cancelled"))
        return 0
    report = await run(dry_run=False)
    print(render(report_card(t, report, name)))
    return 0


def _read(path: Path, too_large: Callable[[], str]) -> Path:
    """The file, checked readable; one over the import limit is refused before it is read. The import
    reads it streaming (a 100 MB orders export is never in memory whole)."""
    from workflows.importing.source import MAX_BYTES

    try:
        if path.stat().st_size > MAX_BYTES:
            raise CliError(too_large())
        with path.open("rb") as stream:
            stream.read(1)
        return path
    except OSError as error:
        raise CliError(f"cannot read {path}: {error.strerror or error}") from None


async def run_orders_import(settings: Settings, args: argparse.Namespace, stdin: TextIO = sys.stdin) -> int:
    """`creatorbot orders import FILE`: the preview, a question, the import, the report (as in chat)."""
    from bot.adapters.console import render
    from handlers.results import orders_bad_file, orders_preview_card, orders_report_card
    from i18n import Catalog
    from workflows import currency
    from workflows.importing import NoHandleColumn, NotASpreadsheet
    from workflows.importing.order_run import OrderReport, add_unknown_creators, import_orders
    from workflows.ports import SystemClock

    t = Catalog(_locale(settings, args.lang))
    try:
        code = currency.currency(args.currency) if args.currency else None
    except currency.UnknownCurrency:
        raise CliError(f"--currency: not an ISO 4217 code: {args.currency!r}") from None
    data = _read(args.file, lambda: orders_bad_file(t, NotASpreadsheet("too_large")))
    actor = await _actor(args.workspace, args.user, t.locale)
    clock, name = SystemClock(), args.file.name

    async def run(*, dry_run: bool) -> OrderReport:
        return await import_orders(
            actor,
            data,
            clock,
            dry_run=dry_run,
            team_timezone=settings.bot_timezone,
            file_name=name,
            default_currency=code,
            progress=_progress(t),
            locale=t.locale,
        )

    try:
        preview = await run(dry_run=True)
    except (NotASpreadsheet, NoHandleColumn) as error:
        raise CliError(orders_bad_file(t, error)) from None
    print(render(orders_preview_card(t, preview, name)))
    if args.dry_run or not preview.changes:
        return 0
    if not args.yes and not _confirm(t, stdin):
        print(t("import.cancelled"))
        return 0
    report = await run(dry_run=False)
    print(render(orders_report_card(t, report, name)))
    if args.add_creators and report.unknown_creators:
        added = await add_unknown_creators(actor, report.unknown_creators, clock)
        handles = ", ".join(f"@{h}" for h in added.added) or "-"
        print(t("orders.added", count=len(added.added), handles=handles))
        print(t("results.attached", count=added.attached))
    return 0


def _confirm(t: Catalog, stdin: TextIO) -> bool:
    print(f"{t('import.button.confirm')}? [y/N] ", end="", flush=True)
    answer = stdin.readline().strip().lower()
    return answer in ("y", "yes", "是", "确认", "好")


def _progress(t: Catalog) -> Progress:
    async def show(done: int, total: int | None) -> None:
        total = max(total or done, done, 1)
        line = t("import.progress", done=done, total=total, percent=min(100, done * 100 // total))
        end = "\n" if done >= total else ""
        print(f"\r{line}", end=end, file=sys.stderr, flush=True)

    return show


async def run_export(settings: Settings, args: argparse.Namespace) -> int:
    from handlers import format as fmt
    from i18n import Catalog
    from models.enums import Stage
    from workflows.spreadsheet_export import ExportFilter, export_pipeline
    from workflows.stages import parse_stage

    t = Catalog(_locale(settings, args.lang))
    suffix = args.file.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise CliError(f"{args.file}: the file name must end in .xlsx or .csv")
    stage: Stage | None = None
    if args.stage:
        stage = parse_stage(args.stage)
        if stage is None:
            raise CliError(t("stage.unknown", given=args.stage, stages=fmt.all_stage_names(t)))
    actor = await _actor(args.workspace, args.user, t.locale)
    exported = await export_pipeline(
        actor,
        "xlsx" if suffix == ".xlsx" else "csv",
        t.locale,
        filters=ExportFilter(stage=stage, owner=args.owner),
        by_stage=args.by_stage,
        team_timezone=settings.bot_timezone,
    )
    try:
        args.file.write_bytes(exported.data)
    except OSError as error:
        raise CliError(f"cannot write {args.file}: {error.strerror or error}") from None
    print(t("export.done", count=exported.rows, file=args.file))
    return 0
