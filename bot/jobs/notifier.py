"""Posts a due reminder, outreach touch or digest through the platform it belongs to. What is posted is
decided above (`render`, handlers/due.py): this only moves it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping

from bot.core.outbound import Outbound, PermanentSendError, SendTarget, TransientSendError
from bot.core.types import ChatRef
from handlers.replies import Reply
from models.enums import Platform
from workflows.delivery import DeliveryFailed, DueItem

Render = Callable[[DueItem], Awaitable[Reply]]


class OutboundNotifier:
    """`workflows.delivery.Notifier` over the adapters' `Outbound`s, one per platform."""

    def __init__(self, outbounds: Mapping[Platform, Outbound] | None = None, *, render: Render) -> None:
        self._outbounds: dict[Platform, Outbound] = dict(outbounds or {})
        self._render = render

    def register(self, platform: Platform, outbound: Outbound) -> None:
        self._outbounds[platform] = outbound

    def outbound(self, platform: Platform) -> Outbound | None:
        return self._outbounds.get(platform)

    async def warm_up(self) -> None:
        """Let each platform client get ready (e.g. fetch its token) before the first due item."""
        for outbound in self._outbounds.values():
            warm_up = getattr(outbound, "warm_up", None)
            if callable(warm_up):
                await warm_up()

    async def close(self) -> None:
        """Close the clients that keep connections (each outbound once, even if registered twice)."""
        closed: set[int] = set()
        for outbound in self._outbounds.values():
            close = getattr(outbound, "close", None)
            if callable(close) and id(outbound) not in closed:
                closed.add(id(outbound))
                await close()

    async def deliver(self, item: DueItem, idempotency_key: str) -> str:
        platform = Platform(item.platform)
        outbound = self._outbounds.get(platform)
        if outbound is None:  # another process may have this platform configured: let it retry there
            raise DeliveryFailed(f"no outbound for {platform.value} in this process", transient=True)
        card = await self._render(item)
        target = SendTarget(
            chat=ChatRef(platform=platform, workspace_key=item.workspace_key, chat_id=item.chat_id),
            mention_user_ids=(item.owner_user_id,) if item.owner_user_id else (),
        )
        try:
            sent = await outbound.send(target, card, idempotency_key)
        except TransientSendError as error:
            raise DeliveryFailed(str(error), transient=True, retry_after=error.retry_after) from error
        except PermanentSendError as error:
            raise DeliveryFailed(str(error), transient=False) from error
        return sent.message_ref
