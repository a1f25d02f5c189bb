"""The terminal is just another adapter: lines in, rendered replies out."""

from __future__ import annotations

import asyncio
import secrets
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from itertools import count
from pathlib import Path
from typing import TextIO, assert_never

from bot.core.dispatch import Dispatcher
from bot.core.outbound import SendTarget, Sent
from bot.core.types import ChatRef, InboundAction, InboundMessage, Sender
from handlers.replies import Button, Card, File, Image, Reply, Text
from models.enums import Platform

CONSOLE_CHAT = ChatRef(platform=Platform.CONSOLE, workspace_key="local", chat_id="console")


def render(reply: Reply, image_dir: Path = Path(".")) -> str:
    match reply:
        case Text(text=text):
            return text
        case Card():
            return _with_image(_render_card(reply), reply, image_dir)
        case Image():
            return _save_image(reply, image_dir)
        case File(data=data, name=name, caption=caption):
            path = image_dir / name
            path.write_bytes(data)
            return f"{caption} ({path.resolve()})"
        case _:
            assert_never(reply)


def _save_image(image: Image, image_dir: Path) -> str:
    """Write the PNG into `image_dir` (the working directory) and say where it is."""
    path = image_dir / f"creatorbot-{datetime.now(UTC):%Y%m%d-%H%M%S}-{secrets.token_hex(3)}.png"
    path.write_bytes(image.png)
    return f"{image.alt} → {path}"


def _with_image(text: str, card: Card, image_dir: Path) -> str:
    text = text if card.image is None else f"{text}\n🖼 {_save_image(card.image, image_dir)}"
    for attached in card.files:  # named, not written out (the card's own text lists them too)
        text += f"\n📎 {attached.name} ({len(attached.data)} bytes)"
    return text


def _render_card(card: Card, tokens: list[str] | None = None) -> str:
    lines = [f"【{card.title}】"]
    width = max((len(label) for label, _ in card.fields), default=0)
    indent = "\n" + " " * (width + 4)
    lines += [f"  {label.ljust(width)}  {value.replace(chr(10), indent)}" for label, value in card.fields]
    if card.body:
        lines.append(card.body)
    if card.buttons:
        labels = [f"[{b.label}]" for b in card.buttons]
        if tokens:  # pressable in the console by typing the token
            labels = [f"[{b.label} {tok}]" for b, tok in zip(card.buttons, tokens, strict=True)]
        lines.append("  ".join(labels))
    if card.footer:
        lines.append(card.footer)
    return "\n".join(lines)


class Console:
    """Type commands; cards show their buttons as `/b1`, `/b2` … and typing one presses it."""

    def __init__(self, dispatcher: Dispatcher, user: str, locale: str, user_id: str | None = None) -> None:
        self._dispatcher = dispatcher
        self._sender = Sender(user_id=user_id or f"console:{user}", display_name=user)
        self._locale = locale
        self._ids = count(1)
        self._buttons: dict[str, Button] = {}
        self._button_ids = count(1)

    def render(self, reply: Reply) -> str:
        if isinstance(reply, Card) and reply.buttons:
            tokens = [f"/b{next(self._button_ids)}" for _ in reply.buttons]
            self._buttons.update(zip(tokens, reply.buttons, strict=True))
            return _with_image(_render_card(reply, tokens), reply, Path("."))
        return render(reply)

    async def press(self, token_or_label: str) -> str:
        """Press a button by its token (`/b3`) or, for the most recent card showing it, its label."""
        button = self._buttons.get(token_or_label) or next(
            (b for b in reversed(self._buttons.values()) if b.label == token_or_label), None
        )
        if button is None:
            return "?"
        action = InboundAction(
            chat=CONSOLE_CHAT,
            sender=self._sender,
            action_id=button.action_id,
            value=button.value,
            message_ref="console",
            event_id=f"console-{next(self._ids)}",
            received_at=datetime.now(UTC),
            locale=self._locale,
        )
        result = await self._dispatcher.handle_action(action)
        return result.toast if result.card is None else f"{result.toast}\n{self.render(result.card)}"

    async def say(self, text: str) -> str:
        message = InboundMessage(
            chat=CONSOLE_CHAT,
            sender=self._sender,
            text=text,
            event_id=f"console-{next(self._ids)}",
            received_at=datetime.now(UTC),
            locale=self._locale,
            direct=True,  # one person at a terminal
        )
        if text.strip() in self._buttons:
            return await self.press(text.strip())
        return self.render(await self._dispatcher.handle(message))

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


class ConsoleOutbound:
    """`Outbound` for the terminal: what the bot sends on its own (due reminders) is printed."""

    def __init__(self, console: Console, stdout: TextIO = sys.stdout) -> None:
        self._console = console
        self._stdout = stdout
        self._sent: set[str] = set()
        self.printed: list[str] = []

    async def send(self, target: SendTarget, reply: Reply, idempotency_key: str) -> Sent:
        if idempotency_key not in self._sent:
            self._sent.add(idempotency_key)
            text = self._console.render(reply)
            self.printed.append(text)
            print(f"\nbot> {text}", file=self._stdout, flush=True)
        return Sent(message_ref=idempotency_key)

    async def update(self, message_ref: str, reply: Reply) -> None:
        print(f"\nbot> {self._console.render(reply)}", file=self._stdout, flush=True)


DEFAULT_USER_ID = "console:default"


def default_user_name() -> str:
    """The default console user's name: the login name, the same in every language (owner names are
    data: they must not change when the console switches language)."""
    import getpass

    try:
        return getpass.getuser() or "me"
    except (KeyError, OSError):
        return "me"
