"""`creatorbot tiktok connect|status`: the console workspace's TikTok Shop link and status, through the
same dispatcher as the chat (what "绑定 TikTok Shop" / "TikTok Shop 状态" answer in the console)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from bot.settings import Settings
from i18n import Catalog


def add_commands(sub: Any) -> None:
    tiktok = sub.add_parser("tiktok", help="TikTok Shop: `tiktok connect` prints the authorization link")
    tiktok.add_argument("action", choices=("connect", "status"))
    tiktok.add_argument("--lang", choices=("zh", "en"), default=None, help="reply language")


def main(settings: Settings, args: argparse.Namespace) -> int:
    import asyncio

    return asyncio.run(_run(settings, args.action, args.lang))


async def _run(settings: Settings, action: str, lang: str | None) -> int:
    from bot.adapters.console import DEFAULT_USER_ID, default_user_name
    from bot.db import DatabaseUnavailable, database, migrate
    from bot.wiring import build_console

    locale = {"zh": "zh_CN", "en": "en"}.get(lang or "", settings.bot_locale)
    text = Catalog(locale)(f"example.tiktok_{action}")
    try:
        await migrate(settings.database_url)
        async with database(settings.database_url):
            console, _ = build_console(settings, default_user_name(), locale, user_id=DEFAULT_USER_ID)
            print(await console.say(text))
    except DatabaseUnavailable as error:
        print(f"creatorbot: cannot open the database: {error}", file=sys.stderr)
        return 1
    return 0
