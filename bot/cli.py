"""`creatorbot` command line: console, parse, migrate (serve and worker arrive with their issues)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence

from bot.settings import Settings, SettingsError


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
    sub.add_parser("migrate", help="apply database migrations to DATABASE_URL")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = Settings.from_env()
    except SettingsError as error:
        print(f"creatorbot: invalid setting {error}", file=sys.stderr)
        return 2
    if args.command == "parse":
        return _parse(args.text)
    if args.command == "migrate":
        return asyncio.run(_migrate(settings))
    return asyncio.run(_console(settings, args.lang, args.user))


def _parse(text: str) -> int:
    from bot.nlu.understand import understand

    print(json.dumps(understand(text).to_json(), ensure_ascii=False))
    return 0


async def _migrate(settings: Settings) -> int:
    from bot.db import DatabaseUnavailable, migrate

    try:
        applied = await migrate(settings.database_url)
    except DatabaseUnavailable as error:
        print(f"creatorbot: cannot migrate the database: {error}", file=sys.stderr)
        return 1
    print(f"applied {len(applied)} migration(s)" + (f": {', '.join(applied)}" if applied else ""))
    return 0


async def _console(settings: Settings, lang: str | None, user: str | None) -> int:
    from bot.adapters.console import Console
    from bot.db import DatabaseUnavailable, database, migrate
    from bot.wiring import build_dispatcher

    locale = {"zh": "zh_CN", "en": "en"}.get(lang or "", settings.bot_locale)
    user = user or ("operator" if locale == "en" else "运营")
    try:
        await migrate(settings.database_url)
        async with database(settings.database_url):
            await Console(build_dispatcher(settings), user=user, locale=locale).run()
    except DatabaseUnavailable as error:
        print(f"creatorbot: cannot open the database: {error}", file=sys.stderr)
        return 1
    return 0
