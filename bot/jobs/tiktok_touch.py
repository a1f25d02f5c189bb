"""Outreach touches the bot sends through TikTok Shop (issue 19): a `Notifier` around the chat notifier.

For an outreach touch in a workspace that chose "bot sends", to a TikTok creator with a creator id, at
its due moment (the delivery engine has already checked the window and quiet hours): the message is
drafted in the creator's language, the touch's one TikTok message is claimed
(workflows/tiktok_outreach.claim), the conversation is opened and the message sent, then the touch is
marked done as 已发送 would (creator → 已邀约, follow-up scheduled) and the chat is told what went out with
its back-translation. Anything that stops the bot (no creator id, no shop, no messages scope, no draft,
a refused or doubtful call) leaves the touch to its owner: the usual card with its buttons, and a line
saying why. Every other delivery passes through untouched.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import replace

from bot.adapters.tiktok_shop.callback import refresher
from bot.adapters.tiktok_shop.client import Refused, ShopAuth, TikTokShopClient, TokenRejected, Transient
from bot.adapters.tiktok_shop.messenger import ClientMessenger
from bot.adapters.tiktok_shop.orders import ClientOrders
from bot.core.outbound import Outbound
from bot.jobs.notifier import OutboundNotifier
from handlers import clocks
from handlers.reminders import first_message
from handlers.replies import Card
from i18n import Catalog
from models.enums import Platform
from models.tiktok_shop import ConnectionStatus, SendState, ShopConnection
from workflows import tiktok_invites, tiktok_orders, tiktok_outreach, tiktok_replies, tiktok_shop
from workflows.campaigns import pitch_for
from workflows.channels import Channel
from workflows.delivery import DeliveryFailed, DueItem, Failure, Scheduler
from workflows.geo import country_language
from workflows.outreach import draft_for
from workflows.ports import Clock
from workflows.tiktok_outreach import Busy, Fallback
from workflows.translation.ports import Translator

log = logging.getLogger(__name__)


def once_per_token(refresh: tiktok_shop.Refresh, keep: int = 32) -> tiktok_shop.Refresh:
    """A refresh token is spent once. This process's jobs (the poll, the token renewal, the orders sync)
    run side by side; two of them may read the same expiring row before either saved the new tokens. Here
    the second caller with the same refresh token gets the grant the first one got instead of a refusal
    (which would mark the shop as needing authorisation)."""
    lock = asyncio.Lock()
    spent: dict[str, tiktok_shop.Grant] = {}

    async def run(token: str) -> tiktok_shop.Grant:
        async with lock:
            if token in spent:
                return spent[token]
            grant = await refresh(token)
            spent[token] = grant
            while len(spent) > keep:
                del spent[next(iter(spent))]
            return grant

    return run


class TikTokTouches:
    """`workflows.delivery.Notifier`: TikTok sends for the touches the bot sends, the chat for the rest."""

    def __init__(
        self,
        chat: OutboundNotifier,
        client: TikTokShopClient,
        connector: tiktok_shop.Connector,
        translator: Translator | None,
        scheduler: Scheduler,
        clock: Clock,
        *,
        poll: bool = False,
        team_timezone: str = "Asia/Shanghai",
    ) -> None:
        self.chat, self.client, self.connector = chat, client, connector
        self.translator, self.scheduler, self.clock = translator, scheduler, clock
        self.poll, self.team_timezone = poll, team_timezone
        self._refresh = once_per_token(refresher(client))
        self.messenger = ClientMessenger(connector.sealer, clock, client=client)
        self.orders = ClientOrders(connector.sealer, clock, client=client, refresh=self._refresh)

    async def tell_failed(self, item: DueItem, failure: Failure, idempotency_key: str) -> str:
        return await self.chat.tell_failed(item, failure, idempotency_key)

    def outbound(self, platform: Platform) -> Outbound | None:
        return self.chat.outbound(platform)

    @property
    def channels(self) -> Sequence[Channel]:  # the e-mail channel rides on the chat notifier
        return self.chat.channels

    async def warm_up(self) -> None:
        await self.chat.warm_up()

    async def close(self) -> None:
        await self.chat.close()
        await self.client.close()

    async def housekeep(self) -> dict[str, int]:
        """What the worker's sweep does for TikTok every run: refresh tokens with less than a day left and,
        with `poll` on (no webhook configured), read the shops' newest creator messages. (The orders sync
        has its own, slower schedule: `sync_orders`.)"""
        refreshed = await self.refresh_tokens()
        heard = await self.poll_replies() if self.poll else 0
        return {"tiktok_refreshed": refreshed, "tiktok_replies": heard}

    async def refresh_tokens(self) -> int:
        """Renew every shop token with less than a day left."""
        return await tiktok_shop.refresh_due(self.connector.sealer, self._refresh, self.clock.now())

    async def sync_orders(self) -> int:
        """The affiliate orders of every shop that can be read, into the results tables
        (workflows/tiktok_orders.py); returns the order lines read."""
        synced = await tiktok_orders.sync_all(self.orders, self.clock, team_timezone=self.team_timezone)
        return sum(s.read for s in synced)

    async def poll_replies(self) -> int:
        """The last minute's unread creator messages of every connected shop, recorded as replies (keyed by
        conversation, sender and text, so polling twice within the minute records one)."""
        heard = 0
        for row in await ShopConnection.filter(status=ConnectionStatus.ACTIVE).order_by("id"):
            now = self.clock.now()
            try:
                access = await tiktok_shop.access(
                    row.workspace_id,  # type: ignore[attr-defined]
                    self.connector.sealer,
                    self._refresh,
                    now,
                    shop_id=row.shop_id,
                )
                messages = await self.client.newest_messages(ShopAuth(access.cipher, access.access_token))
            except tiktok_shop.NoShop:
                continue
            except TokenRejected:
                await tiktok_shop.record_error(row.id, "token_rejected", now)
                continue
            except (Transient, Refused) as error:
                key = (
                    "rate_limited" if isinstance(error, Transient) and not error.maybe_done else "unavailable"
                )
                await tiktok_shop.record_error(row.id, key, now)
                continue
            await tiktok_shop.record_sync(row.id, now)
            for message in messages:
                if message.type != "TEXT" or not message.text:
                    continue
                key = tiktok_replies.poll_key(
                    row.shop_id, message.conversation_id, message.sender_id, message.text
                )
                found = tiktok_replies.Heard(row.shop_id, message.conversation_id, message.text, key)
                heard += len(await tiktok_replies.record(found, self.clock, self.scheduler))
        return heard

    async def deliver(self, item: DueItem, idempotency_key: str) -> str:
        where = await tiktok_outreach.target(item)
        if where is None:
            return await self.chat.deliver(item, idempotency_key)
        if isinstance(where, Fallback):
            return await self._by_hand(item, idempotency_key, where)
        claim = await tiktok_outreach.prior(item.delivery_id)
        if claim is None:
            message = await self._message(item)
            if message is None:
                return await self._by_hand(item, idempotency_key, Fallback.NO_DRAFT)
            now = self.clock.now()
            claim = await tiktok_outreach.claim(item.delivery_id, where.connection_id, *message, now)
        if claim.state == SendState.DOUBT:
            return await self._by_hand(item, idempotency_key, Fallback.IN_DOUBT)
        if claim.state == SendState.SENDING:
            subject = tiktok_outreach.touch(item.delivery_id)
            try:
                stopped = await self.messenger.send(item.workspace_id, where, subject, claim.text)
            except Busy as error:  # certainly not sent: the delivery engine tries again later
                raise DeliveryFailed(f"tiktok: {error}", transient=True) from error
            if stopped is not None:
                return await self._by_hand(item, idempotency_key, stopped)
        cards = await self._cards(item)
        done = await tiktok_outreach.after_sent(item, self.scheduler, self.clock)
        try:
            report = self._report(item, claim, done.next_touch, cards)
            return await self.chat.post(item, report, idempotency_key)
        except DeliveryFailed as failure:
            if failure.transient:
                raise  # retried: the TikTok message is not sent again, only the report is posted
            # The message went out; only telling the chat failed (the bot left it): not a failed touch.
            log.warning("touch %s sent through TikTok; the chat report was refused", item.delivery_id)
            return ""

    async def _cards(self, item: DueItem) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """After the text: the product or target-collaboration cards the touch carries
        (workflows/tiktok_invites.touch_cards), each its own claimed message, so a retried touch sends
        only those not sent yet. Returns (sent, not sent); a card that failed never fails the touch."""
        assert item.creator_id is not None
        wanted = await tiktok_invites.touch_cards(item.workspace_id, item.creator_id, item.step, item.source)
        sent: list[tuple[str, str]] = []
        missed: list[tuple[str, str]] = []
        if not wanted:
            return sent, missed
        where = await tiktok_outreach.target(item)  # again: the conversation is known now
        for card in wanted:
            subject = tiktok_outreach.card_subject(item.delivery_id, *card)
            claim = await tiktok_outreach.prior(subject)
            if claim is None and isinstance(where, tiktok_outreach.Target):
                claim = await tiktok_outreach.claim(
                    subject, where.connection_id, f"{card[0]}:{card[1]}", "", self.clock.now()
                )
                if claim.state == SendState.SENDING:
                    try:
                        stopped = await self.messenger.send_card(item.workspace_id, where, subject, card)
                    except Busy:
                        stopped = Fallback.REFUSED
                    claim = replace(claim, state=SendState.SENT if stopped is None else SendState.DOUBT)
            (sent if claim is not None and claim.state == SendState.SENT else missed).append(card)
        return sent, missed

    async def _message(self, item: DueItem) -> tuple[str, str] | None:
        """(text, back-translation): the first touch drafted by the model in the creator's language; else,
        for an English-speaking creator, the reviewed English template of this step (the same one the
        owner's card shows), the team's language as its back-translation. None: nothing fit to send."""
        t = Catalog(item.locale)
        pitch = await pitch_for(item.workspace_id, item.creator_id)
        if item.step == 1 and self.translator is not None:
            draft = await draft_for(self.translator, item, t.locale, pitch)
            if draft is not None:
                return draft.text, draft.back_translation
        language = item.creator_language or (
            country_language(item.creator_country) if item.creator_country else None
        )
        if language != "en":
            return None
        handle = f"@{item.creator_handle}"

        def written(catalog: Catalog) -> str:
            if item.step == 1:
                return first_message(catalog, handle, pitch)
            return catalog(f"outreach.draft.step{min(item.step, 3)}", handle=handle)

        english = written(Catalog("en"))
        return english, "" if t.locale == "en" else written(t)

    async def _by_hand(self, item: DueItem, idempotency_key: str, why: Fallback) -> str:
        card = await self.chat.render(item)
        t = Catalog(item.locale)
        if isinstance(card, Card):
            note = t(f"tiktok.touch.fallback.{why.value}")
            card = replace(card, footer="\n".join(x for x in (card.footer, note) if x))
        return await self.chat.post(item, card, idempotency_key)

    @staticmethod
    def _report(
        item: DueItem,
        claim: tiktok_outreach.Claim,
        next_touch: object,
        cards: tuple[list[tuple[str, str]], list[tuple[str, str]]] = ([], []),
    ) -> Card:
        t = Catalog(item.locale)
        lines = [claim.text]
        if claim.back_translation:
            lines.append(t("tiktok.touch.back", text=claim.back_translation))

        def named(found: list[tuple[str, str]]) -> str:
            return t("tiktok.sep").join(
                t(
                    "tiktok.touch.card.invite"
                    if kind == tiktok_invites.INVITE_CARD
                    else "tiktok.touch.card.product",
                    ref=ref,
                )
                for kind, ref in found
            )

        sent, missed = cards
        if sent:
            lines.append(t("tiktok.touch.cards", cards=named(sent)))
        if missed:
            lines.append(t("tiktok.touch.cards_failed", cards=named(missed)))
        footer = t("tiktok.touch.no_next")
        due_at = getattr(next_touch, "due_at", None)
        if due_at is not None and item.creator_zone:
            footer = t("tiktok.touch.next", at=clocks.both(t, due_at, item.creator_zone, item.team_timezone))
        return Card(
            title=t("tiktok.touch.sent_title", handle=f"@{item.creator_handle}", number=item.delivery_id),
            body="\n".join(lines),
            footer=footer,
        )
