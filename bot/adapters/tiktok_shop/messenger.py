"""The workflows' `Messenger` port: send one claimed TikTok message (an outreach touch or an approved
reply draft) into the creator's conversation, and settle its claim (workflows/tiktok_outreach.py):
`sent`; `doubt` when TikTok may have taken it (5xx, timeout: never sent again); released when it certainly
did nothing (a 429 past the retries → `Busy`, try later; a refusal or a rejected token → a Fallback)."""

from __future__ import annotations

import logging

from bot.adapters.tiktok_shop.callback import refresher
from bot.adapters.tiktok_shop.client import (
    AppCredentials,
    Refused,
    ShopAuth,
    TikTokShopClient,
    TikTokShopError,
    TokenRejected,
    Transient,
)
from bot.adapters.tiktok_shop.limits import ApiLimiter
from models.secrets import Sealer
from workflows import tiktok_outreach, tiktok_shop
from workflows.ports import Clock
from workflows.tiktok_outreach import Busy, Fallback, Subject, Target

log = logging.getLogger(__name__)


class ClientMessenger:
    """With `client`, every send uses it (the delivery worker's long-lived one); without, a client per send
    over the shared limiter (the chat side, where sends are a person's presses)."""

    def __init__(
        self,
        sealer: Sealer,
        clock: Clock,
        *,
        client: TikTokShopClient | None = None,
        credentials: AppCredentials | None = None,
        limiter: ApiLimiter | None = None,
    ) -> None:
        if client is None and credentials is None:
            raise ValueError("a client or the credentials to make one")
        self.sealer, self.clock = sealer, clock
        self._client, self._credentials, self._limiter = client, credentials, limiter

    async def send(self, workspace_id: int, where: Target, subject: Subject, text: str) -> Fallback | None:
        """Open the conversation and send the claimed text; None when it went out."""
        return await self._with_client(workspace_id, where, subject, text, None)

    async def send_card(
        self, workspace_id: int, where: Target, subject: Subject, card: tuple[str, str]
    ) -> Fallback | None:
        """Send one claimed card message — (PRODUCT_CARD, product id) or (TARGET_COLLABORATION_CARD,
        collaboration id) — into the conversation; None when it went out."""
        return await self._with_client(workspace_id, where, subject, "", card)

    async def _with_client(
        self, workspace_id: int, where: Target, subject: Subject, text: str, card: tuple[str, str] | None
    ) -> Fallback | None:
        client = self._client or TikTokShopClient(self._credentials, limiter=self._limiter)  # type: ignore[arg-type]
        try:
            return await self._send(client, workspace_id, where, subject, text, card)
        finally:
            if client is not self._client:
                await client.close()

    async def _send(
        self,
        client: TikTokShopClient,
        workspace_id: int,
        where: Target,
        subject: Subject,
        text: str,
        card: tuple[str, str] | None = None,
    ) -> Fallback | None:
        now = self.clock.now()
        try:
            access = await tiktok_shop.access(
                workspace_id, self.sealer, refresher(client), now, shop_id=where.shop_id
            )
        except tiktok_shop.NoShop:
            await tiktok_outreach.release(subject)
            return Fallback.TOKEN
        except TikTokShopError as error:  # the token refresh did not answer: nothing was sent
            await tiktok_outreach.release(subject)
            raise Busy(f"token refresh: {type(error).__name__}") from error
        shop = ShopAuth(access.cipher, access.access_token)
        try:
            conversation = where.conversation_id or await client.conversation_with(shop, where.open_id)
            if card is None:
                message_id = await client.send_text(shop, conversation, text)
            else:
                message_id = await client.send_card(shop, conversation, *card)
        except Transient as error:
            if error.maybe_done:
                await tiktok_outreach.in_doubt(subject)
                await tiktok_shop.record_error(where.connection_id, "unavailable", now)
                return Fallback.IN_DOUBT
            await tiktok_outreach.release(subject)
            await tiktok_shop.record_error(where.connection_id, "rate_limited", now)
            raise Busy(str(error)) from error
        except TokenRejected:
            await tiktok_outreach.release(subject)
            await tiktok_shop.record_error(where.connection_id, "token_rejected", now)
            return Fallback.TOKEN
        except Refused as error:
            await tiktok_outreach.release(subject)
            log.info("tiktok send for %s %s refused: %s", subject[0], subject[1], error.code)
            await tiktok_shop.record_error(where.connection_id, "refused", now)
            return Fallback.REFUSED
        await tiktok_outreach.sent(subject, where.link_id, conversation, message_id, now)
        await tiktok_shop.record_sync(where.connection_id, now)
        return None
