"""What happens to a verified Feishu event, whichever way it came (webhook or long connection).

Ack fast, work after (Feishu re-pushes an event not answered with HTTP 200 within 3 s: Open Platform,
"Event subscription overview"): classify, skip what is not for us, claim the dedupe key, then hand
messages and greetings to a tracked background task and return at once. Card presses are answered
inside Feishu's 3 s budget; when the handler is slower the toast says so and the card is patched later.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import logging
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.adapters.feishu import events, files
from bot.adapters.feishu.events import BotAdded, CardAction, Envelope, FeishuMessage, SentFile
from bot.core.background import BackgroundTasks
from bot.core.dedupe import Claims, InboundSubmitter
from bot.core.dispatch import Dispatcher
from bot.core.outbound import Outbound, SendError, SendTarget
from bot.core.types import InboundMessage, message_from_record, message_record
from bot.web.metrics import Metrics
from handlers.replies import ActionResult, Card, Reply
from i18n import CATALOGS, Catalog
from models.enums import Platform
from models.tenancy import Chat
from workflows.ports import Clock
from workflows.tenancy import outsider_let_in

log = logging.getLogger(__name__)
# A translate command with nothing to translate: the text is in the message it replies to.
_BARE_TRANSLATE = re.compile(
    r"^\s*(?:请|帮我)?(?:翻译|翻一下|翻译一下|翻成中文|translate(?: this)?)\s*[。.!！?？]*\s*$", re.IGNORECASE
)
ACTION_BUDGET_S = 2.5  # Feishu shows error 200340 when a card callback is not answered within 3 s
IDENTITY_RETRY_S = 60.0
CardRenderer = Callable[[Card], Mapping[str, Any]]
Json = dict[str, Any]


def dedupe_key(parsed: events.Parsed) -> str:
    """Messages by message_id (Feishu: event_id may repeat a message), everything else by event_id."""
    if isinstance(parsed, FeishuMessage):
        return f"msg:{parsed.message.chat.workspace_key}:{parsed.message_id}"
    chat = parsed.chat if isinstance(parsed, BotAdded) else parsed.action.chat
    event_id = parsed.event_id if isinstance(parsed, BotAdded) else parsed.action.event_id
    return f"evt:{chat.workspace_key}:{event_id}"


@dataclass(slots=True)
class FeishuInbound:
    dispatcher: Dispatcher
    outbound: Outbound
    dedupe: Claims  # the web process's claim: the database, or Redis when a worker answers (queue)
    metrics: Metrics
    clock: Clock
    render_card: CardRenderer
    bot_identity: Callable[[], Awaitable[str]] | None = None
    action_budget: float = ACTION_BUDGET_S
    bot_open_id: str | None = None
    # INBOUND_MODE=queue: messages go to a worker (bot/jobs/answers.py), which claims them again in
    # `durable` (the database) and answers; this process only acks.
    queue: InboundSubmitter | None = None
    durable: Claims | None = None
    tasks: BackgroundTasks = field(default_factory=BackgroundTasks)
    _identity_tried_at: float | None = field(default=None, init=False)

    async def learn_bot_identity(self) -> None:
        """Our own open_id, to tell an @ of the bot from an @ of a teammate. Failure is not fatal: it is
        tried again (at most once a minute) while messages arrive."""
        if self.bot_identity is None or self.bot_open_id:
            return
        self._identity_tried_at = time.monotonic()
        try:
            self.bot_open_id = await self.bot_identity() or None
        except Exception as error:  # any failure here only degrades mention detection
            log.warning("feishu: bot open_id unknown (%s); relying on mentioned_type", error, exc_info=True)

    async def accept(self, envelope: Envelope) -> Json:
        """Everything before the ack. Returns the response body (a toast for card presses, else {})."""
        self.metrics.inc("creatorbot_events_received_total", platform="feishu", type=_type_label(envelope))
        if self._identity_due():
            self.tasks.spawn(self.learn_bot_identity(), name="feishu-bot-identity")
        parsed = events.parse(envelope, bot_open_id=self.bot_open_id, received_at=self.clock.now())
        if parsed is None:
            self.metrics.inc("creatorbot_events_ignored_total", platform="feishu", reason="unhandled")
            return {}
        if isinstance(parsed, FeishuMessage) and not parsed.needs_answer:
            self.metrics.inc("creatorbot_events_ignored_total", platform="feishu", reason="not_addressed")
            return {}
        if isinstance(parsed, FeishuMessage) and self.queue is not None:
            payload = _payload(parsed)
            if not await self.queue.submit(Platform.FEISHU.value, dedupe_key(parsed), payload):
                self.metrics.inc("creatorbot_events_deduplicated_total", platform="feishu")
            return {}
        if not await self.dedupe.first_time(dedupe_key(parsed)):
            self.metrics.inc("creatorbot_events_deduplicated_total", platform="feishu")
            return {}
        if isinstance(parsed, FeishuMessage):
            self.tasks.spawn(self._answer(parsed), name=f"feishu-msg-{parsed.message_id}")
            return {}
        if isinstance(parsed, BotAdded):
            self.tasks.spawn(self._greet(parsed), name=f"feishu-added-{parsed.event_id}")
            return {}
        return await self._press(parsed)

    async def answer_queued(self, payload: Mapping[str, Any]) -> None:
        """In a worker: the message a web process parsed, accepted and queued (`_payload`), claimed again
        in the database, answered like an in-process one — the platform payload is not parsed twice."""
        parsed = _from_payload(payload)
        if self.durable is not None and not await self.durable.first_time(dedupe_key(parsed)):
            self.metrics.inc("creatorbot_events_deduplicated_total", platform="feishu")
            return
        await self._answer(parsed)

    def _identity_due(self) -> bool:
        if self.bot_open_id or self.bot_identity is None:
            return False
        return (
            self._identity_tried_at is None or time.monotonic() - self._identity_tried_at >= IDENTITY_RETRY_S
        )

    async def _answer(self, fm: FeishuMessage) -> None:
        try:
            if fm.file is not None:  # a spreadsheet to import (bot/adapters/feishu/files.py)
                reply = await files.answer_file(self.dispatcher, self.outbound, fm)
            else:
                reply = await self.dispatcher.handle(await self._with_quoted(fm))
            target = SendTarget(chat=fm.message.chat, reply_to=fm.message_id)
            await self._send(target, reply, f"r:{fm.message_id}"[:50])
        except Exception:
            self.metrics.inc("creatorbot_processing_errors_total", platform="feishu")
            log.exception("feishu: failed answering message %s", fm.message_id)

    async def _with_quoted(self, fm: FeishuMessage) -> InboundMessage:
        """ "@bot 翻译" sent as a reply to a pasted message translates that message: its text is read from
        Feishu and put after the command, as if it had been typed there."""
        read = getattr(self.outbound, "message_text", None)
        if not fm.parent_id or not callable(read) or not _BARE_TRANSLATE.match(fm.message.text):
            return fm.message
        quoted = await read(fm.parent_id)
        if not quoted:
            return fm.message
        return dataclasses.replace(fm.message, text=f"{fm.message.text.strip()}：{quoted}")

    async def _greet(self, added: BotAdded) -> None:
        """Bot added to a group: the help card, sent once per event."""
        hello = self.dispatcher.help_request(added.chat, added.operator, added.event_id, self.clock.now())
        try:
            reply = await self.dispatcher.handle(hello)
            await self._send(SendTarget(chat=added.chat), reply, f"a:{added.event_id}"[:50])
        except Exception:
            self.metrics.inc("creatorbot_processing_errors_total", platform="feishu")
            log.exception("feishu: failed greeting chat after %s", added.event_id)

    async def _send(self, target: SendTarget, reply: Reply, key: str) -> None:
        """The outbound retries transient failures itself (same idempotency key); here we only count."""
        try:
            await self.outbound.send(target, reply, idempotency_key=key)
        except SendError as error:
            self.metrics.inc("creatorbot_send_errors_total", platform="feishu")
            log.warning("feishu: could not send %s: %s", key, error)
        else:
            self.metrics.inc("creatorbot_replies_sent_total", platform="feishu")

    async def _press(self, press: CardAction) -> Json:
        locale = press.action.locale or self.dispatcher.default_locale
        if not await _same_tenant(press):
            self.metrics.inc("creatorbot_events_rejected_total", platform="feishu", reason="other_tenant")
            log.warning("feishu: refused card action %s from another tenant", press.action.event_id)
            return {"toast": {"type": "error", "content": Catalog(locale)("error.action_unknown")}}
        name = f"feishu-action-{press.action.event_id}"
        progress = functools.partial(self._update, press.action.message_ref)  # a long import's progress
        task = self.tasks.spawn(self.dispatcher.handle_action(press.action, progress), name=name)
        done, _ = await asyncio.wait({task}, timeout=self.action_budget)
        if task not in done:
            task.add_done_callback(lambda t: self._patch_later(t, press.action.message_ref))
            return {"toast": {"type": "info", "content": _working_text(locale)}}
        if task.cancelled() or task.exception() is not None:
            return {"toast": {"type": "error", "content": Catalog(locale)("error.internal")}}
        return self._action_response(task.result())

    def _action_response(self, result: ActionResult) -> Json:
        body: Json = {"toast": {"type": "success" if result.card else "info", "content": result.toast}}
        if result.card is not None:
            try:
                body["card"] = {"type": "raw", "data": dict(self.render_card(result.card))}
            except ValueError:  # too large even shortened: the toast alone still answers the press
                log.exception("feishu: could not render the card answering a press")
        return body

    def _patch_later(self, task: asyncio.Task[Any], message_ref: str) -> None:
        """A slow press finished after its toast: put its card in place of the pressed one."""
        if task.cancelled() or task.exception() is not None:
            return
        result: ActionResult = task.result()
        if result.card is not None:
            self.tasks.spawn(self._update(message_ref, result.card), name=f"feishu-patch-{message_ref}")

    async def _update(self, message_ref: str, card: Card) -> None:
        try:
            await self.outbound.update(message_ref, card)
        except Exception:
            self.metrics.inc("creatorbot_send_errors_total", platform="feishu")
            log.exception("feishu: failed patching card %s", message_ref)


async def _same_tenant(press: CardAction) -> bool:
    """A press counts only from the tenant the chat belongs to: refuse users of another company (external
    groups) unless an admin let them in (workflows/tenancy.py), and a chat this bot already knows under a
    different tenant."""
    chat = press.action.chat
    if press.operator_tenant != chat.workspace_key:
        let_in = await outsider_let_in(Platform.FEISHU, chat.workspace_key, press.action.sender.user_id)
        if not let_in:
            return False
    elsewhere = (
        Chat.filter(platform_chat_id=chat.chat_id, workspace__platform=Platform.FEISHU)
        .exclude(workspace__external_key=chat.workspace_key)
        .exists()
    )
    return not await elsewhere


def _working_text(locale: str) -> str:
    """The toast shown at once for a button whose work goes on in the background."""
    return CATALOGS.get(locale, CATALOGS["zh_CN"])["action.working"]


def _payload(parsed: FeishuMessage) -> Json:
    """The message as this process understood it, for a worker (the signature and token were checked here)."""
    return {
        "message": message_record(parsed.message),
        "message_id": parsed.message_id,
        "chat_type": parsed.chat_type,
        "mentions_bot": parsed.mentions_bot,
        "parent_id": parsed.parent_id,
        "file": [parsed.file.key, parsed.file.name] if parsed.file else None,
    }


def _from_payload(payload: Mapping[str, Any]) -> FeishuMessage:
    file = payload.get("file")
    return FeishuMessage(
        message=message_from_record(payload["message"]),
        message_id=str(payload["message_id"]),
        chat_type=str(payload["chat_type"]),
        mentions_bot=bool(payload["mentions_bot"]),
        parent_id=str(payload.get("parent_id") or ""),
        file=SentFile(key=str(file[0]), name=str(file[1])) if file else None,
    )


def _type_label(envelope: Envelope) -> str:
    known = (events.MESSAGE_RECEIVED, events.BOT_ADDED, events.CARD_ACTION)
    return envelope.event_type if envelope.event_type in known else "other"
