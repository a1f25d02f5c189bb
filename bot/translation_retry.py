"""Answers kept translation requests once the model is back: a small asyncio task per process.

Whoever runs a process that can post (console, `creatorbot serve`, `creatorbot worker`) starts it
(the console does, with `start_console_translation_retry`):

    task = start_translation_retry(translator, outbound_post(notifier.outbound), clock)
    ...
    task.cancel()

`outbound_post` renders each answer in the asker's language and posts it to the chat it came from, with
the asker mentioned, through that platform's `Outbound` (idempotency key per kept request, so two
processes never post the same answer twice). Requests are claimed atomically in the database, so any
number of processes may run the loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from bot.core.outbound import Outbound, SendTarget
from bot.core.types import ChatRef
from handlers.translation_render import render_pending
from i18n import Catalog
from models.enums import Platform
from workflows.ports import Clock, SystemClock
from workflows.translation.pending import PendingAnswer, Post, retry_pending
from workflows.translation.ports import Translator

if TYPE_CHECKING:
    from bot.adapters.console import Console
    from bot.settings import Settings

log = logging.getLogger(__name__)
INTERVAL_S = 10.0


def outbound_post(outbound_for: Callable[[Platform], Outbound | None]) -> Post:
    """A `post` for retry_pending that sends through the platform's Outbound."""

    async def post(answer: PendingAnswer) -> None:
        platform = Platform(answer.platform)
        outbound = outbound_for(platform)
        if outbound is None:
            raise LookupError(f"no outbound for {platform.value} in this process")
        target = SendTarget(
            chat=ChatRef(platform=platform, workspace_key=answer.workspace_key, chat_id=answer.chat_id),
            mention_user_ids=(answer.asker_user_id,) if answer.asker_user_id else (),
        )
        await outbound.send(target, render_pending(Catalog(answer.locale), answer), answer.idempotency_key)

    return post


async def run_translation_retry(
    translator: Translator, post: Post, clock: Clock, *, interval_s: float = INTERVAL_S
) -> None:
    """Every `interval_s`: answer what is due, unless the model's circuit is open. Runs until cancelled."""
    while True:
        if translator.available():
            try:
                answered = await retry_pending(translator, post, clock)
                if answered:
                    log.info("answered %d kept translation request(s)", answered)
            except Exception:  # the database or a chat may be away for a moment: try next tick
                log.exception("translation retry tick failed")
        await asyncio.sleep(interval_s)


def start_translation_retry(
    translator: Translator, post: Post, clock: Clock, *, interval_s: float = INTERVAL_S
) -> asyncio.Task[None]:
    """Start the loop as a task; keep the task and cancel it (then `await stop_translation_retry`) at exit."""
    return asyncio.create_task(
        run_translation_retry(translator, post, clock, interval_s=interval_s), name="translation-retry"
    )


async def stop_translation_retry(task: asyncio.Task[None]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


def start_console_translation_retry(
    settings: Settings, console: Console, stdout: TextIO | None = None, clock: Clock | None = None
) -> asyncio.Task[None] | None:
    """For `creatorbot console`: kept requests are printed in the terminal when the model is back.
    None when no model is configured."""
    from bot.adapters.console import ConsoleOutbound
    from bot.wiring import build_translator

    translator = build_translator(settings, clock)
    if translator is None:
        return None
    outbound = ConsoleOutbound(console, stdout or sys.stdout)
    post = outbound_post(lambda platform: outbound if platform == Platform.CONSOLE else None)

    async def run_then_close() -> None:  # this loop owns its translator: close its client on the way out
        try:
            await run_translation_retry(translator, post, clock or SystemClock())
        finally:
            await translator.aclose()

    return asyncio.create_task(run_then_close(), name="translation-retry")
