"""Intent routing: each feature module owns a Router and declares its intents there — the handler, the
slots `creatorbot parse` prints, whether it changes data, a one-line description — and its help lines.
The router tree is the registry: the root is assembled by discovery (handlers/__init__.py), and the
understanding layer, the help card and `parse` read the intents from it (aiogram's routers with
nonebot2's per-plugin metadata)."""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from handlers.command import Args, Command
from handlers.replies import ActionResult, Card, Reply
from handlers.spec import IntentSpec
from i18n import Catalog
from models.secrets import Sealer
from workflows.delivery import Scheduler
from workflows.mail.ports import MailPort
from workflows.ports import Clock
from workflows.tenancy import Actor
from workflows.tiktok_shop import Connector
from workflows.translation.ports import Translator


@dataclass(frozen=True, slots=True)
class CommandContext:
    """Everything a handler may use: who asks, in which language, and the ports."""

    actor: Actor
    locale: str
    t: Catalog
    clock: Clock
    team_timezone: str
    chat_id: int  # the database id of the chat the command came from
    scheduler: Scheduler
    translator: Translator | None = None  # None: no model configured (TRANSLATION_MODEL unset)
    sealer: Sealer | None = None  # seals WeCom webhook keys; None where WeCom is not set up
    tiktok: Connector | None = None  # the TikTok Shop app (authorization link, token sealer); None: unset
    mentions: tuple[
        tuple[str, str], ...
    ] = ()  # teammates @-mentioned, resolved by the platform: (user id, name)
    help_keys: tuple[str, ...] = ()  # the help card's lines (catalog keys), from the router tree
    # Replaces the card whose button started a long job (an import's progress); None where not possible.
    progress: Callable[[Card], Awaitable[None]] | None = None
    mail: MailPort | None = None  # connects mailboxes (client + password sealer); None: not wired here
    private: bool = False  # the message came in a one-to-one chat with the bot (never a group)


Handler = Callable[[CommandContext, Command], Awaitable[Reply]]
# A button press: the action id's value dict (strings only, as cards carry them).
ActionHandler = Callable[[CommandContext, Mapping[str, str]], Awaitable[ActionResult]]
# A file sent to the bot: (context, file name, its bytes or — a download — the file on disk, read streaming).
FileHandler = Callable[[CommandContext, str, bytes | Path], Awaitable[Reply]]
# Text typed at a card still open in the chat that is not one of its buttons but an answer it asked for
# ("主题改成 …" at an outreach plan card): a Reply, or None (not for this reader: understanding reads it).
CardText = Callable[[CommandContext, str], Awaitable[Reply | None]]


class Router:
    """`help`: the catalog keys of this feature's lines on the help card, in order — the card is built
    from the routers, so a feature's help lives with its handlers."""

    def __init__(self, name: str, *, help: tuple[str, ...] = (), order: int = 100) -> None:
        self.name = name
        self.help = help
        self.order = order  # place among the features: the help card's order and routing precedence
        self._specs: dict[str, IntentSpec] = {}
        self._handlers: dict[str, Handler] = {}
        self._actions: dict[str, ActionHandler] = {}
        self._untyped: set[str] = set()
        self._children: list[Router] = []
        self._file: FileHandler | None = None
        self._guards: list[Callable[[str], Command | None]] = []
        self._card_texts: list[CardText] = []

    def intent(
        self,
        name: str,
        *,
        args: type[Args] = Args,
        writes: bool = False,
        describe: str = "",
        reads: tuple[str, ...] = (),
        required: tuple[str, ...] = (),
        needs_creator: bool = False,
        pasted: bool = False,
    ) -> Callable[[Handler], Handler]:
        """Declare an intent of this feature (see IntentSpec), its arguments' type and its handler."""
        slots = tuple(f.name for f in dataclasses.fields(args))
        where = "" if args is Args else f"{args.__module__}:{args.__qualname__}"
        spec = IntentSpec(name, slots, where, writes, describe, reads, required, needs_creator, pasted)

        def register(handler: Handler) -> Handler:
            self._specs[name] = spec
            self._handlers[name] = handler
            return handler

        return register

    def specs(self) -> dict[str, IntentSpec]:
        """Every intent declared in this tree; a name declared twice is a wiring error."""
        found = dict(self._specs)
        for child in self._children:
            for name, spec in child.specs().items():
                if name in found:
                    raise ValueError(f"intent {name!r} is declared by two features")
                found[name] = spec
        return found

    def action(self, *action_ids: str, typed: bool = True) -> Callable[[ActionHandler], ActionHandler]:
        """Register a button handler by action id (e.g. `outreach.confirm`). `typed=False`: a card carrying
        this button is not answered by a typed "1" / "确认" (a list of per-row actions, such as the team
        card's revoke buttons, is not a question)."""

        def register(handler: ActionHandler) -> ActionHandler:
            for action_id in action_ids:
                self._actions[action_id] = handler
                if not typed:
                    self._untyped.add(action_id)
            return handler

        return register

    def answers_typed(self, action_id: str) -> bool:
        """Whether a card with this button may be answered by typing its number or word."""
        return action_id not in self._untyped and all(c.answers_typed(action_id) for c in self._children)

    def file(self, handler: FileHandler) -> FileHandler:
        """Register the handler for files sent to the bot (one in the whole tree)."""
        self._file = handler
        return handler

    def guard(self, reader: Callable[[str], Command | None]) -> Callable[[str], Command | None]:
        """Register a reader that sees every message before understanding does: a message it claims (one
        carrying a password) is this feature's alone — the dispatcher hands it the command the reader built,
        and the text never reaches understanding, clarifications, learned phrasings or the team's model."""
        self._guards.append(reader)
        return reader

    def guarded(self, text: str) -> Command | None:
        for reader in self._guards:
            command = reader(text)
            if command is not None:
                return command
        return next((c for child in self._children if (c := child.guarded(text)) is not None), None)

    def card_text(self, reader: CardText) -> CardText:
        """Register a reader of text typed at an open card (after typed button answers, before
        understanding). It checks the words first and only then looks for its card (open_cards), so other
        messages cost nothing; a card with buttons in its reply is remembered like any other."""
        self._card_texts.append(reader)
        return reader

    def card_texts(self) -> list[CardText]:
        return [*self._card_texts, *(r for child in self._children for r in child.card_texts())]

    def resolve_file(self) -> FileHandler | None:
        if self._file is not None:
            return self._file
        return next((f for c in self._children if (f := c.resolve_file()) is not None), None)

    def resolve_action(self, action_id: str) -> ActionHandler | None:
        if action_id in self._actions:
            return self._actions[action_id]
        for child in self._children:
            found = child.resolve_action(action_id)
            if found is not None:
                return found
        return None

    def include(self, *routers: Router) -> None:
        self._children.extend(routers)

    def resolve(self, intent: str) -> Handler | None:
        """Own handlers first, then the included routers in order; the first match wins."""
        if intent in self._handlers:
            return self._handlers[intent]
        for child in self._children:
            found = child.resolve(intent)
            if found is not None:
                return found
        return None

    def help_keys(self) -> tuple[str, ...]:
        """The help card's lines: this router's, then its children's, in the order they were included."""
        keys = list(self.help)
        for child in self._children:
            keys.extend(child.help_keys())
        return tuple(keys)

    def intents(self) -> set[str]:
        covered = set(self._handlers)
        for child in self._children:
            covered |= child.intents()
        return covered

    async def dispatch(self, ctx: CommandContext, command: Command) -> Reply:
        handler = self.resolve(command.intent) or self.resolve("unknown")
        if handler is None:
            raise LookupError(f"no handler for {command.intent!r} and no fallback")
        return await handler(ctx, command)
