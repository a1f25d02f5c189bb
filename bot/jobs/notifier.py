"""Posts a due reminder, outreach touch or digest through the platform it belongs to. What is posted is
decided above (`render`, handlers/due.py): this only moves it. When one fails for good, it also tells the
chat which one (`tell_failed`, a short text naming it)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import timedelta

from bot.core.dispatch import choices_of
from bot.core.outbound import Outbound, PermanentSendError, SendTarget, TransientSendError
from bot.core.types import ChatRef
from handlers import clocks
from handlers import format as fmt
from handlers.replies import Reply, Text
from i18n import Catalog
from models.enums import DeliveryKind, Platform
from workflows import clock_labels, open_cards
from workflows.channels import Channel
from workflows.delivery import DeliveryFailed, DueItem, Failure

log = logging.getLogger(__name__)

Render = Callable[[DueItem], Awaitable[Reply]]


class OutboundNotifier:
    """`workflows.delivery.Notifier` over the adapters' `Outbound`s, one per platform."""

    def __init__(self, outbounds: Mapping[Platform, Outbound] | None = None, *, render: Render) -> None:
        self._outbounds: dict[Platform, Outbound] = dict(outbounds or {})
        self._render = render
        self._channels: list[Channel] = []  # touches the bot sends itself (workflows/channels.py)

    @property
    def channels(self) -> Sequence[Channel]:
        return tuple(self._channels)

    def add_channel(self, channel: Channel) -> None:
        """Wiring: touches of this process may go out through `channel` (e-mail) before the chat."""
        self._channels.append(channel)

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
        return await self.post(item, await self._render(item), idempotency_key)

    async def render(self, item: DueItem) -> Reply:
        return await self._render(item)

    async def post(self, item: DueItem, card: Reply, idempotency_key: str) -> str:
        """Post a card rendered elsewhere (the TikTok touches) into the item's chat, kept answerable."""
        sent = await self._post(item, card, idempotency_key)
        await _remember(item, card)
        return sent

    async def tell_failed(self, item: DueItem, failure: Failure, idempotency_key: str) -> str:
        """Tell the item's chat (its owner pinged) that it will not go out, naming it and why."""
        return await self._post(item, failure_notice(item, failure), idempotency_key)

    async def _post(self, item: DueItem, card: Reply, idempotency_key: str) -> str:
        platform = Platform(item.platform)
        outbound = self._outbounds.get(platform)
        if outbound is None:  # another process may have this platform configured: let it retry there
            raise DeliveryFailed(f"no outbound for {platform.value} in this process", transient=True)
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


async def _remember(item: DueItem, card: Reply) -> None:
    """A posted card with buttons (完成 / 已发送 / 推迟 / 跳过) stays answerable by typing until handled. It
    went out already: a failure to remember it is logged, never a reason to post it again."""
    choices = choices_of(card)
    if not choices:
        return
    try:
        await open_cards.remember_due(item.delivery_id, choices, item.due_at + item.late_by)
    except Exception:
        log.exception("could not remember the card of delivery %s", item.delivery_id)


def failure_notice(item: DueItem, failure: Failure) -> Text:
    """`⚠️ 没能发出：提醒 #12「寄样」` with when it was due and why."""
    t = Catalog(item.locale)
    if item.kind == DeliveryKind.OUTREACH:
        what = t("due.touch_title", handle=f"@{item.creator_handle}", number=item.delivery_id)
    elif item.kind == DeliveryKind.DIGEST:
        name = f"digest.name.{item.text}"
        what = f"{t(name) if name in t else item.text} #{item.delivery_id}"
    else:
        text = fmt.reminder_what(t, item.text, item.creator_handle)
        what = t("due.failed.reminder", number=item.delivery_id, text=text)
    error = failure.error[:200]
    if failure.outage is not None:
        why = t("due.failed.outage", hours=round(failure.outage / timedelta(hours=1)), error=error)
    else:
        why = t("due.failed.refused", error=error)
    region = clock_labels.region_on(item.zone, item.creator_zone, item.creator_region_name)
    return Text(t("due.failed", what=what, when=clocks.wall(t, item.due_at, item.zone, region), why=why))
