"""The workflows' `OrderFeed` port over the client: a fresh token for the shop, then every page of "Search
Seller Affiliate Orders" (page_size 100, `next_page_token` until empty). Failures become
`OrdersUnavailable` with the status card's key, and the shop's `last_error` is recorded."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import datetime

from bot.adapters.tiktok_shop.callback import refresher
from bot.adapters.tiktok_shop.client import (
    AppCredentials,
    Refused,
    ShopAuth,
    TikTokShopClient,
    TokenRejected,
    Transient,
)
from bot.adapters.tiktok_shop.limits import ApiLimiter
from models.secrets import Sealer
from workflows import tiktok_shop
from workflows.ports import Clock
from workflows.tiktok_orders import PAGE_SIZE, FeedOrder, OrdersUnavailable

MAX_PAGES = 10_000  # a runaway token loop stops here (1,000,000 orders)


class ClientOrders:
    """`OrderFeed` on a long-lived client (the worker's), or on a client made per sync (the chat command:
    `credentials` + the shared `limiter`); the limiter decides how fast pages come."""

    def __init__(
        self,
        sealer: Sealer,
        clock: Clock,
        *,
        client: TikTokShopClient | None = None,
        credentials: AppCredentials | None = None,
        limiter: ApiLimiter | None = None,
        refresh: tiktok_shop.Refresh | None = None,
    ) -> None:
        self.sealer, self.clock, self.client = sealer, clock, client
        self.credentials, self.limiter, self.refresh = credentials, limiter, refresh

    async def pages(
        self, workspace_id: int, shop_id: str, created_from: datetime, created_before: datetime
    ) -> AsyncIterator[Sequence[FeedOrder]]:
        if self.client is not None:
            async for page in self._pages(self.client, workspace_id, shop_id, created_from, created_before):
                yield page
            return
        assert self.credentials is not None
        client = TikTokShopClient(self.credentials, limiter=self.limiter)
        try:
            async for page in self._pages(client, workspace_id, shop_id, created_from, created_before):
                yield page
        finally:
            await client.close()

    async def _pages(
        self,
        client: TikTokShopClient,
        workspace_id: int,
        shop_id: str,
        created_from: datetime,
        created_before: datetime,
    ) -> AsyncIterator[Sequence[FeedOrder]]:
        now = self.clock.now()
        refresh = self.refresh or refresher(client)
        try:
            access = await tiktok_shop.access(workspace_id, self.sealer, refresh, now, shop_id=shop_id)
        except tiktok_shop.NoShop as error:
            raise OrdersUnavailable("refresh_refused") from error
        auth = ShopAuth(access.cipher, access.access_token)
        token = ""
        for _ in range(MAX_PAGES):
            try:
                page = await client.search_orders(
                    auth,
                    created_from=created_from,
                    created_before=created_before,
                    page_size=PAGE_SIZE,
                    page_token=token,
                )
            except TokenRejected as error:
                await tiktok_shop.record_error(access.connection_id, "token_rejected", self.clock.now())
                raise OrdersUnavailable("token_rejected") from error
            except Transient as error:
                key = "rate_limited" if not error.maybe_done else "unavailable"
                await tiktok_shop.record_error(access.connection_id, key, self.clock.now())
                raise OrdersUnavailable(key) from error
            except Refused as error:
                await tiktok_shop.record_error(access.connection_id, "refused", self.clock.now())
                raise OrdersUnavailable("refused") from error
            yield page.orders
            if not page.next_page_token or page.next_page_token == token:
                return
            token = page.next_page_token
