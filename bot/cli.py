"""`creatorbot` command line: console, parse, when, migrate, rules, serve, worker, import, export, nlu."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot import mail_cli, nlu_cli, spreadsheet_cli, tiktok_cli
from bot.settings import Settings, SettingsError

if TYPE_CHECKING:
    from workflows.timeparse import Kind


class _BadArgument(ValueError):
    """A --now or zone value the CLI cannot use; the message is printed as one line."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="creatorbot", description="Creator outreach bot for Feishu and WeCom"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    console = sub.add_parser("console", help="chat with the bot in the terminal (embedded database)")
    console.add_argument("--lang", choices=("zh", "en"), default=None, help="reply language")
    console.add_argument("--user", default=None, help="who you are in the console workspace")
    parse = sub.add_parser("parse", help="print what the bot understands from TEXT, as JSON")
    parse.add_argument("text")
    parse.add_argument("--now", default=None, help="ISO 8601 instant the text is read at")
    parse.add_argument("--tz", default=None, help="team time zone (default BOT_TIMEZONE)")
    parse.add_argument("--creator-tz", default=None, help="the creators' time zone")
    when = sub.add_parser("when", help="print the time TEXT asks for (UTC, local, zone), as JSON")
    when.add_argument("text")
    when.add_argument("--now", default=None, help="ISO 8601 instant the text is read at (default: now)")
    when.add_argument("--tz", default=None, help="team time zone (default BOT_TIMEZONE)")
    when.add_argument("--creator-tz", default=None, help="the creator's time zone")
    when.add_argument("--kind", choices=("outreach", "reminder"), default="reminder")
    sub.add_parser("migrate", help="apply database migrations to DATABASE_URL, then load the rules data")
    rules = sub.add_parser("rules", help="reference data: `rules load` loads the disclosure rules file")
    rules.add_argument("action", choices=("load",))
    tally = sub.add_parser(
        "results", help="`results rebuild`: rebuild the results rollup from the order lines"
    )
    tally.add_argument("action", choices=("rebuild",))
    spreadsheet_cli.add_commands(sub)  # import FILE / export FILE
    nlu_cli.add_commands(sub)  # nlu eval [FILE] / nlu train
    tiktok_cli.add_commands(sub)  # tiktok connect / status
    mail_cli.add_commands(sub)  # mail connect ADDRESS / mail list / mail set ADDRESS
    serve = sub.add_parser("serve", help="run the web process: Feishu callbacks, /healthz, /metrics")
    serve.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8080, help="TCP port (default 8080)")
    serve.add_argument(
        "--feishu-long-connection",
        action="store_true",
        help="also receive Feishu events over the long connection (same as FEISHU_MODE=long_connection)",
    )
    worker = sub.add_parser("worker", help="run the arq worker that delivers reminders (needs REDIS_URL)")
    worker.add_argument("--max-jobs", type=int, default=50, help="deliveries in flight at once (default 50)")
    worker.add_argument("--burst", action="store_true", help="stop when nothing is queued")
    worker.add_argument("--sweep-every", type=float, default=30.0, help="seconds between sweeps (default 30)")
    worker.add_argument(
        "--stale-after", type=float, default=15.0, help="seconds before a dead worker's rows are retaken"
    )
    worker.add_argument(
        "--overdue-after", type=float, default=30.0, help="seconds late before the sweep sends a row itself"
    )
    return parser


# commands each written in a module of their own: `main(settings, args)` there
_COMMAND_MODULES: dict[str, Callable[[Settings, argparse.Namespace], int]] = {
    "import": spreadsheet_cli.main,
    "export": spreadsheet_cli.main,
    "orders": spreadsheet_cli.main,
    "nlu": nlu_cli.main,
    "tiktok": tiktok_cli.main,
    "mail": mail_cli.main,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = Settings.from_env()
    except SettingsError as error:
        print(f"creatorbot: invalid setting {error}", file=sys.stderr)
        return 2
    if args.command in ("parse", "when"):
        try:
            now, team_tz, creator_tz = _clock(args, settings)
        except _BadArgument as error:
            print(f"creatorbot: {error}", file=sys.stderr)
            return 2
        if args.command == "when":
            return _when(args.text, now, team_tz, creator_tz, args.kind)
        return _parse(args.text, now, team_tz, creator_tz)
    if args.command == "migrate":
        return asyncio.run(_migrate(settings))
    if args.command == "rules":
        return asyncio.run(_rules_load(settings))
    if args.command == "results":
        return asyncio.run(_results_rebuild(settings))
    run = _COMMAND_MODULES.get(args.command)
    if run is not None:
        return run(settings, args)
    if args.command == "worker":
        return asyncio.run(_worker(settings, args))
    if args.command == "serve":
        return asyncio.run(_serve(settings, args.host, args.port, args.feishu_long_connection))
    return asyncio.run(_console(settings, args.lang, args.user))


def _zone(name: str, option: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise _BadArgument(
            f"{option}: unknown time zone {name!r} (use an IANA name such as Asia/Shanghai)"
        ) from None
    return name


def _clock(args: argparse.Namespace, settings: Settings) -> tuple[datetime, str, str | None]:
    """(the instant the text is read at, the team's zone, the creator's zone) from the options."""
    team_tz = _zone(args.tz or settings.bot_timezone, "--tz")
    creator_tz = _zone(args.creator_tz, "--creator-tz") if args.creator_tz else None
    if args.now is None:
        return datetime.now(UTC), team_tz, creator_tz
    try:
        now = datetime.fromisoformat(args.now)
    except ValueError:
        raise _BadArgument(f"--now: not an ISO 8601 time: {args.now!r}") from None
    if now.tzinfo is None:  # a wall-clock time is read on the team's clock
        now = now.replace(tzinfo=ZoneInfo(team_tz))
    return now, team_tz, creator_tz


def _parse(text: str, now: datetime, team_tz: str, creator_tz: str | None) -> int:
    """What the bot acts on, as JSON: the Command understanding builds, with a time shown as the instant
    it names on this clock (outreach on the creator's, a reminder on the team's)."""
    from bot.nlu.understand import understand
    from handlers.command import TimeClock

    command = understand(text)
    clock = TimeClock(
        now, team_tz, creator_tz, "outreach" if command.intent == "schedule_outreach" else "reminder"
    )
    print(json.dumps(command.to_json(clock), ensure_ascii=False))
    return 0


def _when(text: str, now: datetime, team_tz: str, creator_tz: str | None, kind: Kind) -> int:
    from workflows.timeparse import When, parse_when

    found = parse_when(text, now=now, team_tz=team_tz, creator_tz=creator_tz, kind=kind)
    if not isinstance(found, When):
        print(json.dumps({"error": found.reason}))
        return 1
    out = {
        "utc": found.utc.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "local": found.local.isoformat(),
        "zone": found.zone,
        "granularity": found.granularity,
        "notes": list(found.notes),
    }
    print(json.dumps(out, ensure_ascii=False))
    return 0


async def _migrate(settings: Settings) -> int:
    from bot.db import DatabaseUnavailable, migrate

    try:
        applied = await migrate(settings.database_url)
    except DatabaseUnavailable as error:
        print(f"creatorbot: cannot migrate the database: {error}", file=sys.stderr)
        return 1
    print(f"applied {len(applied)} migration(s)" + (f": {', '.join(applied)}" if applied else ""))
    from bot.db import database
    from models.compliance import RuleSetVersion

    async with database(settings.database_url):  # `migrate` loaded the rules file after the migrations
        loaded = await RuleSetVersion.get_or_none(kind="disclosure")
    if loaded is not None:
        print(f"disclosure rules version {loaded.version}: {loaded.record_count} records")
    return 0


async def _results_rebuild(settings: Settings) -> int:
    """Every workspace's `order_tally` again from its order lines (after lines were loaded another way
    than by the bot's writers, or to check the running totals)."""
    from bot.db import DatabaseUnavailable, database
    from workflows.results_tally import rebuild_all

    try:
        async with database(settings.database_url):
            rows = await rebuild_all()
    except DatabaseUnavailable as error:
        print(f"creatorbot: cannot open the database: {error}", file=sys.stderr)
        return 1
    print(f"results rollup rebuilt: {rows} row(s)")
    return 0


async def _rules_load(settings: Settings) -> int:
    from bot.db import DatabaseUnavailable, database, load_reference_data
    from workflows.compliance.rules import InvalidRulesFile

    try:
        async with database(settings.database_url):
            done = await load_reference_data()
    except DatabaseUnavailable as error:
        print(f"creatorbot: cannot open the database: {error}", file=sys.stderr)
        return 1
    except InvalidRulesFile as error:
        print(f"creatorbot: the disclosure rules file is invalid: {error}", file=sys.stderr)
        return 1
    print(
        f"disclosure rules version {done.version}: {done.created} new, {done.updated} updated, "
        f"{done.unchanged} unchanged, {done.removed} removed"
    )
    return 0


async def _console(settings: Settings, lang: str | None, user: str | None) -> int:
    from bot.background import start_jobs, tiktok_jobs
    from bot.db import DatabaseUnavailable, database, migrate
    from bot.translation_retry import start_console_translation_retry, stop_translation_retry
    from bot.wiring import build_console

    locale = {"zh": "zh_CN", "en": "en"}.get(lang or "", settings.bot_locale)
    # the default console user is one person (the workspace's first member, its admin) in either language
    from bot.adapters.console import DEFAULT_USER_ID, default_user_name

    user_id = None if user else DEFAULT_USER_ID
    user = user or default_user_name()
    try:
        await migrate(settings.database_url)
        async with database(settings.database_url):
            console, deliveries = build_console(settings, user, locale, user_id=user_id)
            loop = asyncio.create_task(deliveries.run())  # due reminders print while you type
            jobs = start_jobs(tiktok_jobs(deliveries.notifier, settings))  # TikTok Shop, when configured
            retry = start_console_translation_retry(settings, console)  # kept translations, when back
            try:
                await console.run()
            finally:
                loop.cancel()
                for job in jobs:
                    job.cancel()
                if retry is not None:
                    await stop_translation_retry(retry)
    except DatabaseUnavailable as error:
        print(f"creatorbot: cannot open the database: {error}", file=sys.stderr)
        return 1
    return 0


async def _serve(settings: Settings, host: str, port: int, long_connection: bool) -> int:
    import logging

    from bot.db import DatabaseUnavailable
    from bot.serve import serve

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        await serve(settings, host, port, long_connection=long_connection or None)
    except DatabaseUnavailable as error:
        print(f"creatorbot: cannot open the database: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"creatorbot: cannot listen on {host}:{port}: {error}", file=sys.stderr)
        return 1
    return 0


async def _worker(settings: Settings, args: argparse.Namespace) -> int:
    import logging

    from bot.db import DatabaseUnavailable
    from bot.worker_process import WorkerOptions, run_worker, sweep_policy

    if settings.redis_url is None:
        print(
            "creatorbot: REDIS_URL is not set. Without Redis, `creatorbot serve` and `creatorbot console` "
            "deliver reminders themselves; the worker is for deployments with Redis.",
            file=sys.stderr,
        )
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    options = WorkerOptions(
        burst=args.burst,
        max_jobs=args.max_jobs,
        sweep=sweep_policy(args.sweep_every, args.stale_after, args.overdue_after),
    )
    try:
        await run_worker(settings, options)
    except DatabaseUnavailable as error:
        print(f"creatorbot: cannot open the database: {error}", file=sys.stderr)
        return 1
    except (OSError, ConnectionError) as error:
        print(f"creatorbot: cannot reach Redis: {error}", file=sys.stderr)
        return 1
    return 0
