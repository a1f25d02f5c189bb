"""From an InboundMessage to a Reply: guard, understand, register who is asking, route, localise errors."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from tortoise.exceptions import DBConnectionError, OperationalError

from bot.core.types import ChatRef, InboundAction, InboundMessage, Sender
from bot.nlu.understand import MAX_MESSAGE_CHARS, understand
from handlers.errors import reply_for
from handlers.replies import ActionResult, Card, Reply, Text
from handlers.routing import CommandContext, Router
from i18n import Catalog
from models.secrets import Sealer
from workflows import geo
from workflows.delivery import Scheduler
from workflows.errors import WorkflowError
from workflows.ports import Clock
from workflows.tenancy import ensure_chat, ensure_member, ensure_workspace
from workflows.translation.ports import Translator

log = logging.getLogger(__name__)
ChatKey = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class Dispatcher:
    router: Router
    clock: Clock
    default_locale: str
    team_timezone: str
    scheduler: Scheduler
    translator: Translator | None = None
    sealer: Sealer | None = None
    # Workspaces and chats are never deleted while the process runs: remember the ones already registered
    # instead of two look-ups per message (members are not cached: their role can change).
    known_chats: dict[ChatKey, tuple[int, int]] = field(default_factory=dict)

    async def handle(self, message: InboundMessage) -> Reply:
        locale = message.locale or self.default_locale
        t = Catalog(locale)
        if len(message.text) > MAX_MESSAGE_CHARS:
            return Text(t("error.too_long", size=len(message.text), limit=MAX_MESSAGE_CHARS))
        command = understand(message.text, member_names=[m.display_name for m in message.mentions])
        try:
            ctx = await self._context(message.chat, message.sender, t)
            if message.mentions:
                ctx = replace(ctx, mentions=tuple((m.user_id, m.display_name) for m in message.mentions))
            return await self.router.dispatch(ctx, command)
        except (WorkflowError, geo.UnknownRegion, geo.UnknownCountry) as error:
            return reply_for(t, error)
        except (DBConnectionError, OperationalError, OSError):
            log.exception("database error handling %s", message.event_id)
            return Text(t("error.database"))
        except Exception:
            log.exception("failed handling %s (%s)", message.event_id, command.intent)
            return Text(t("error.internal"))

    async def handle_file(self, message: InboundMessage, file_name: str, data: bytes) -> Reply:
        """A file sent to the bot (a spreadsheet to import): same registration and error rules."""
        t = Catalog(message.locale or self.default_locale)
        handler = self.router.resolve_file()
        if handler is None:
            return Text(t("error.generic"))
        try:
            ctx = await self._context(message.chat, message.sender, t)
            return await handler(ctx, file_name, data)
        except (WorkflowError, geo.UnknownRegion, geo.UnknownCountry) as error:
            return reply_for(t, error)
        except (DBConnectionError, OperationalError, OSError):
            log.exception("database error handling file %s", message.event_id)
            return Text(t("error.database"))
        except Exception:
            log.exception("failed handling file %s", message.event_id)
            return Text(t("error.internal"))

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
        handler = self.router.resolve_action(action.action_id)
        if handler is None:
            return ActionResult(toast=t("error.action_unknown"))
        try:
            ctx = dataclasses.replace(await self._context(action.chat, action.sender, t), progress=progress)
            return await handler(ctx, action.value)
        except (WorkflowError, geo.UnknownRegion, geo.UnknownCountry) as error:
            answer = reply_for(t, error)
            return ActionResult(toast=answer.text if isinstance(answer, Text) else t("error.generic"))
        except (DBConnectionError, OperationalError, OSError):
            log.exception("database error handling action %s", action.event_id)
            return ActionResult(toast=t("error.database"))
        except Exception:
            log.exception("failed handling action %s (%s)", action.event_id, action.action_id)
            return ActionResult(toast=t("error.internal"))

    async def _context(self, chat: ChatRef, sender: Sender, t: Catalog) -> CommandContext:
        workspace_id, chat_id = await self._chat(chat, t)
        actor = await ensure_member(workspace_id, sender.user_id, sender.display_name)
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
        )

    async def _chat(self, chat: ChatRef, t: Catalog) -> tuple[int, int]:
        """(workspace id, chat id) in the database, registering both the first time."""
        key = (chat.platform.value, chat.workspace_key, chat.chat_id)
        if key not in self.known_chats:
            workspace = await ensure_workspace(chat.platform, chat.workspace_key)
            row = await ensure_chat(workspace.id, chat.chat_id, t.locale, self.team_timezone)
            self.known_chats[key] = (workspace.id, row.id)
        return self.known_chats[key]
