"""The workflows' `Marketplace` port over the client: the shop of the market asked for (else the
workspace's first connected one), a fresh token, one page of "Seller Search Creator on Marketplace".
A client (and its HTTP session) per search: searches are typed by people, rare next to sends, and this
way nothing is left open in processes that never close the dispatcher; the rate limiter is shared."""

from __future__ import annotations

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
from models.tiktok_shop import ConnectionStatus, ShopConnection
from workflows import tiktok_shop
from workflows.ports import Clock
from workflows.tiktok_search import Found, MarketplaceUnavailable, Page, Search

PAGE_SIZE = 12


class ClientMarketplace:
    def __init__(
        self, credentials: AppCredentials, limiter: ApiLimiter, sealer: Sealer, clock: Clock
    ) -> None:
        self.credentials, self.limiter, self.sealer, self.clock = credentials, limiter, sealer, clock

    async def search(self, workspace_id: int, search: Search, page_token: str = "") -> Page:
        shops = await ShopConnection.filter(
            workspace_id=workspace_id, status=ConnectionStatus.ACTIVE
        ).order_by("id")
        if not shops:
            raise tiktok_shop.NoShop()
        shop = next((s for s in shops if search.market and s.region == search.market), shops[0])
        client = TikTokShopClient(self.credentials, limiter=self.limiter)
        now = self.clock.now()
        try:
            access = await tiktok_shop.access(
                workspace_id, self.sealer, refresher(client), now, shop_id=shop.shop_id
            )
            page = await client.search_creators(
                ShopAuth(access.cipher, access.access_token),
                keyword=search.keyword,
                followers_min=search.followers_min,
                followers_max=search.followers_max,
                gmv_ranges=search.gmv_ranges(),
                page_size=PAGE_SIZE,
                page_token=page_token,
            )
        except TokenRejected as error:
            await tiktok_shop.record_error(shop.id, "token_rejected", now)
            raise MarketplaceUnavailable("token_rejected") from error
        except Transient as error:
            await tiktok_shop.record_error(
                shop.id, "rate_limited" if not error.maybe_done else "unavailable", now
            )
            raise MarketplaceUnavailable("unavailable") from error
        except Refused as error:
            await tiktok_shop.record_error(shop.id, "refused", now)
            raise MarketplaceUnavailable("refused") from error
        finally:
            await client.close()
        await tiktok_shop.record_sync(shop.id, now)
        found = tuple(
            Found(c.open_id, c.username, c.nickname, c.region, c.followers, c.gmv, c.avg_video_views)
            for c in page.creators
            if c.open_id and c.username
        )
        return Page(shop.id, shop.shop_name or shop.shop_id, shop.region, found, page.next_page_token)
