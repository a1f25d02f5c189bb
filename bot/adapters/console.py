"""The terminal is just another adapter: lines in, rendered replies out."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from itertools import count
from pathlib import Path
from typing import TextIO, assert_never

from bot.core.dispatch import Dispatcher
from bot.core.types import ChatRef, InboundMessage, Sender
from handlers.replies import Card, Image, Reply, Text
from models.enums import Platform

CONSOLE_CHAT = ChatRef(platform=Platform.CONSOLE, workspace_key="local", chat_id="console")


def render(reply: Reply, image_dir: Path = Path(".")) -> str:
    match reply:
        case Text(text=text):
            return text
        case Card():
            return _render_card(reply)
        case Image(png=png, alt=alt):
            path = image_dir / f"creatorbot-{datetime.now(UTC):%Y%m%d-%H%M%S}.png"
            path.write_bytes(png)
            return f"{alt} → {path}"
        case _:
            assert_never(reply)


def _render_card(card: Card) -> str:
    lines = [f"【{card.title}】"]
    width = max((len(label) for label, _ in card.fields), default=0)
    lines += [f"  {label.ljust(width)}  {value}" for label, value in card.fields]
    if card.body:
        lines.append(card.body)
    if card.buttons:
        lines.append("  ".join(f"[{b.label}]" for b in card.buttons))
    if card.footer:
        lines.append(card.footer)
    return "\n".join(lines)


class Console:
    def __init__(self, dispatcher: Dispatcher, user: str, locale: str) -> None:
        self._dispatcher = dispatcher
        self._sender = Sender(user_id=f"console:{user}", display_name=user)
        self._locale = locale
        self._ids = count(1)

    async def say(self, text: str) -> str:
        message = InboundMessage(
            chat=CONSOLE_CHAT,
            sender=self._sender,
            text=text,
            event_id=f"console-{next(self._ids)}",
            received_at=datetime.now(UTC),
            locale=self._locale,
        )
        return render(await self._dispatcher.handle(message))

    async def run(self, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> None:
        interactive = stdin.isatty()
        if interactive:
            print(self._banner(), file=stdout)
        async for line in _lines(stdin, interactive, stdout):
            if not line.strip():
                continue
            if interactive and line.strip() in ("exit", "quit", "退出"):
                break
            reply = await self.say(line)
            print(f"bot> {reply}" if interactive else reply, file=stdout, flush=True)

    def _banner(self) -> str:
        if self._locale == "en":
            return 'creatorbot console: type a command ("help" lists them), "exit" to leave.'
        return "creatorbot 控制台：输入命令（发「帮助」查看全部），输入「退出」离开。"


async def _lines(stdin: TextIO, interactive: bool, stdout: TextIO) -> AsyncIterator[str]:
    while True:
        if interactive:
            print("you> ", end="", file=stdout, flush=True)
        line = await asyncio.to_thread(stdin.readline)
        if not line:
            return
        yield line.rstrip("\n")
