"""From an InboundMessage to a Reply: guard, understand, register who is asking, route, localise errors."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from tortoise.exceptions import DBConnectionError, OperationalError

from bot.core.types import ChatRef, InboundAction, InboundMessage, Sender
from bot.core.understanding import Understanding, from_record, to_record
from bot.nlu.understand import MAX_MESSAGE_CHARS
from handlers import clarify as clarify_view
from handlers import suggest
from handlers.command import Command
from handlers.errors import reply_for
from handlers.replies import ActionResult, Card, Reply, Text
from handlers.routing import CommandContext, Router
from i18n import Catalog
from models.secrets import Sealer
from workflows import clarify, geo, open_cards
from workflows.delivery import Scheduler
from workflows.errors import WorkflowError
from workflows.mail.ports import MailPort
from workflows.ports import Clock
from workflows.tenancy import adopt_mentions, ensure_chat, ensure_member, ensure_workspace
from workflows.text_safety import clean_text
from workflows.tiktok_shop import Connector
from workflows.translation.ports import Translator

log = logging.getLogger(__name__)
ChatKey = tuple[str, str, str]
T = TypeVar("T", Reply, ActionResult)
R = TypeVar("R", bound=Reply)
Work = Callable[[CommandContext], Awaitable[T]]


def _reply(answer: Reply | ActionResult) -> Reply:
    return answer if not isinstance(answer, ActionResult) else Text(answer.toast)


def choices_of(reply: Reply) -> tuple[open_cards.Choice, ...]:
    """A card's buttons, in the order every platform shows (and WeCom numbers) them."""
    if not isinstance(reply, Card):
        return ()
    return tuple(open_cards.Choice(b.label, b.action_id, dict(b.value)) for b in reply.buttons)


def _answered(
    ctx: CommandContext, cards: list[open_cards.PostedCard], typed: clarify_view.Typed
) -> tuple[open_cards.PostedCard, open_cards.Choice] | None:
    """The first card (own first, newest first) that a typed choice answers: a number answers the first
    card; a word the first card with a button it names."""
    for card in cards[:1] if typed.number is not None else cards:
        index = clarify_view.choice_in(ctx.t, card.choices, typed)
        if index is not None:
            return card, card.choices[index]
    return None


@dataclass(frozen=True, slots=True)
class Dispatcher:
    router: Router
    clock: Clock
    default_locale: str
    team_timezone: str
    scheduler: Scheduler
    translator: Translator | None = None
    sealer: Sealer | None = None
    tiktok: Connector | None = None
    mail: MailPort | None = None  # e-mail outreach: connecting mailboxes (bot/wiring.build_mail_port)
    understanding: Understanding = field(default_factory=Understanding)
    # Workspaces and chats are never deleted while the process runs: remember the ones already registered
    # instead of two look-ups per message (members are not cached: their role can change).
    known_chats: dict[ChatKey, tuple[int, int]] = field(default_factory=dict)

    async def handle(self, message: InboundMessage) -> Reply:
        t = Catalog(message.locale or self.default_locale)
        message = replace(message, text=clean_text(message.text))  # no NUL / bidi control is ever stored
        if len(message.text) > MAX_MESSAGE_CHARS:
            return Text(t("error.too_long", size=len(message.text), limit=MAX_MESSAGE_CHARS))

        async def work(ctx: CommandContext) -> Reply:
            ctx = replace(ctx, private=message.direct)
            guarded = self.router.guarded(message.text)  # a password in it: one feature, nothing kept
            if guarded is not None:
                return await self.router.dispatch(ctx, guarded)
            if message.mentions:
                ctx = replace(ctx, mentions=tuple((m.user_id, m.display_name) for m in message.mentions))
                await adopt_mentions(ctx.actor.workspace_id, ctx.mentions)  # 小王 recorded by name is them
            typed = await self._typed(ctx, message.text)
            if typed is not None:
                return typed
            for reader in self.router.card_texts():  # "主题改成 …" at an open plan card
                answered = await reader(ctx, message.text)
                if answered is not None:
                    return await self._remember(ctx, answered)
            names = [m.display_name for m in message.mentions]
            command = await self.understanding.read(ctx.actor, message.text, names)
            if command.alternatives:
                return await self._remember(ctx, await self._ask(ctx, command, message))
            with suggest.ranking(self.understanding.rank):  # "没太明白" suggests what is nearest
                return await self._remember(ctx, await self.router.dispatch(ctx, command))

        return _reply(await self._run(message.chat, message.sender, t, f"message {message.event_id}", work))

    async def handle_file(self, message: InboundMessage, file_name: str, data: bytes | Path) -> Reply:
        """A file sent to the bot (a spreadsheet to import; a download is a file on disk, read streaming):
        same registration and error rules."""
        t = Catalog(message.locale or self.default_locale)
        handler = self.router.resolve_file()
        if handler is None:
            return Text(t("error.generic"))

        async def work(ctx: CommandContext) -> Reply:
            return await self._remember(ctx, await handler(ctx, file_name, data))

        return _reply(await self._run(message.chat, message.sender, t, f"file {message.event_id}", work))

    def help_request(self, chat: ChatRef, sender: Sender, event_id: str, at: datetime) -> InboundMessage:
        """The "help" message a platform's greeting (bot added to a group, a DM opened) answers with."""
        text = "帮助" if self.default_locale.startswith("zh") else "help"
        return InboundMessage(chat=chat, sender=sender, text=text, event_id=event_id, received_at=at)

    async def handle_action(
        self, action: InboundAction, progress: Callable[[Card], Awaitable[None]] | None = None
    ) -> ActionResult:
        """A button press: same registration and error rules as a message; the answer is a toast (+ card).
        `progress` lets a long job replace the pressed card while it runs (an import's progress)."""
        t = Catalog(action.locale or self.default_locale)
        if not self._known_action(action.action_id):
            return ActionResult(toast=t("error.action_unknown"))

        async def work(ctx: CommandContext) -> ActionResult:
            return await self._press(replace(ctx, progress=progress), action.action_id, action.value)

        what = f"action {action.event_id} ({action.action_id})"
        answer = await self._run(action.chat, action.sender, t, what, work)
        if isinstance(answer, ActionResult):
            return answer
        return ActionResult(toast=answer.text if isinstance(answer, Text) else t("error.generic"))

    async def _run(
        self,
        chat: ChatRef,
        sender: Sender,
        t: Catalog,
        what: str,
        work: Callable[[CommandContext], Awaitable[T]],
    ) -> T | Reply:
        """The one chain every message, file and press goes through: the chat and member registered (and the
        context built in the asker's locale), the work, and every failure answered in that locale."""
        try:
            return await work(await self._context(chat, sender, t))
        except (WorkflowError, geo.UnknownRegion, geo.UnknownCountry) as error:
            return reply_for(t, error)
        except (DBConnectionError, OperationalError, OSError):
            log.exception("database error handling %s", what)
            return Text(t("error.database"))
        except Exception:
            log.exception("failed handling %s", what)
            return Text(t("error.internal"))

    async def _ask(self, ctx: CommandContext, command: Command, message: InboundMessage) -> Reply:
        """Not sure enough to act: keep the question and offer the likely actions as buttons."""
        record = to_record(command) if command.confidence == 0.0 else {}  # the team model's proposal
        record["mentions"] = [[m.user_id, m.display_name] for m in message.mentions]
        number = await clarify.ask(
            ctx.actor, ctx.chat_id, message.text, command.alternatives, self.clock, proposal=record
        )
        return clarify_view.clarification_card(ctx.t, number, command)

    def _known_action(self, action_id: str) -> bool:
        return action_id == clarify_view.PICK or self.router.resolve_action(action_id) is not None

    async def _press(self, ctx: CommandContext, action_id: str, value: Mapping[str, str]) -> ActionResult:
        """A button answered — pressed, or typed (`_typed`): its action handler, the one a press runs; the
        cards carrying that button are closed, and a card with buttons in the answer is remembered."""
        handler = self.router.resolve_action(action_id)
        result = await (handler(ctx, value) if handler else self._picked(ctx, value))
        await open_cards.close(ctx.actor, ctx.chat_id, action_id, value, self.clock)
        if result.card is not None:
            await self._remember(ctx, result.card)
        return result

    async def _remember(self, ctx: CommandContext, reply: R) -> R:
        """A card with buttons going back to the chat: kept so its choices can be typed (30 minutes)."""
        choices = choices_of(reply)
        if choices and all(self.router.answers_typed(c.action_id) for c in choices):
            await open_cards.remember(ctx.actor, ctx.chat_id, choices, self.clock)
        return reply

    async def _typed(self, ctx: CommandContext, text: str) -> Reply | None:
        """ "1", "确认", "已发送", "都不是" typed as the whole message: the matching button of the latest open
        card in the chat (the sender's own first) is pressed. A choice word with nothing to answer is told so
        (nothing open, expired, someone else's card) instead of going to understanding; any other message
        (None) goes there."""
        typed = clarify_view.typed_choice(ctx.t, text)
        if typed is None:
            return None
        cards = await open_cards.open_cards(ctx.actor, ctx.chat_id, self.clock)
        found = _answered(ctx, cards, typed)
        if found is None:
            if not typed.strict:
                return None
            expired = await open_cards.expired_cards(ctx.actor, ctx.chat_id, self.clock)
            if _answered(ctx, expired, typed) is not None:
                return clarify_view.card_expired(ctx.t)
            if cards:
                return clarify_view.card_no_such_choice(ctx.t, text.strip(), cards[0].choices)
            return clarify_view.card_none_open(ctx.t)
        card, choice = found
        if not open_cards.may_answer(ctx.actor, card):
            return clarify_view.card_not_yours(ctx.t, card.for_name)
        if not self._known_action(choice.action_id):
            return Text(ctx.t("error.action_unknown"))
        return clarify_view.as_reply(await self._press(ctx, choice.action_id, choice.value))

    async def _picked(self, ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
        """A button of a clarification card: learn the pick, then do what was picked."""
        picked = value.get("intent", "")
        number = int(value.get("id", "0") or 0)
        row = await clarify.question(ctx.actor, number)
        kept: list[list[str]] = list(row.proposal.get("mentions", [])) if row else []  # type: ignore[call-overload]
        mentions = [(str(i), str(n)) for i, n in kept]
        names = [n for _, n in mentions]
        learned, forced = (
            await self.understanding.reread(ctx.actor, row.text, picked, names) if row else ("", None)
        )
        answered = await clarify.answer(ctx.actor, number, picked, self.clock, learned)
        if answered.picked == clarify.NONE or forced is None:  # no row: `answer` refused already
            return clarify_view.none_result(ctx.t)
        proposal = from_record(answered.proposal)
        command = (
            replace(proposal, alternatives=(), confidence=1.0)
            if proposal is not None and proposal.intent == picked
            else forced
        )
        ctx = replace(ctx, mentions=tuple(mentions))
        reply = await self.router.dispatch(ctx, command)
        return clarify_view.picked_result(ctx.t, picked, reply)

    async def _context(self, chat: ChatRef, sender: Sender, t: Catalog) -> CommandContext:
        workspace_id, chat_id = await self._chat(chat, t)
        outside = bool(sender.tenant) and sender.tenant != chat.workspace_key  # another company's user
        actor = await ensure_member(workspace_id, sender.user_id, sender.display_name, outside=outside)
        return CommandContext(
            actor=actor,
            locale=t.locale,
            t=t,
            clock=self.clock,
            team_timezone=self.team_timezone,
            chat_id=chat_id,
            scheduler=self.scheduler,
            translator=self.translator,
            sealer=self.sealer,
            tiktok=self.tiktok,
            mail=self.mail,
            help_keys=self.router.help_keys(),
        )

    async def _chat(self, chat: ChatRef, t: Catalog) -> tuple[int, int]:
        """(workspace id, chat id) in the database, registering both the first time."""
        key = (chat.platform.value, chat.workspace_key, chat.chat_id)
        if key not in self.known_chats:
            workspace = await ensure_workspace(chat.platform, chat.workspace_key)
            row = await ensure_chat(workspace.id, chat.chat_id, t.locale, self.team_timezone)
            self.known_chats[key] = (workspace.id, row.id)
        return self.known_chats[key]
