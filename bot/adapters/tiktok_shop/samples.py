"""Sample applications over the client: the workflows' `Reviewer` port (a press of 通过 / 拒绝) and the
shop reading the sweep does (`read_shop`: every page of the applications, then the content posted for the
delivered ones). A client per review, like the marketplace search: presses are rare, and nothing is left
open in processes that never close the dispatcher; the rate limiter is shared."""

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
from bot.adapters.tiktok_shop.endpoints import Scope
from bot.adapters.tiktok_shop.limits import ApiLimiter
from models.schedule import Delivery
from models.secrets import Sealer
from models.tiktok_shop import ShopConnection
from workflows import tiktok_samples, tiktok_shop
from workflows.ports import Clock
from workflows.tiktok_samples import ReviewUnavailable, Seen

MAX_PAGES = 20  # 50 a page: the newest 1,000 applications each sweep


def failure_key(error: Exception) -> str:
    """The `tiktok.error.` key a failed call is shown (and recorded on the shop) as."""
    if isinstance(error, TokenRejected):
        return "token_rejected"
    if isinstance(error, Transient):
        return "unavailable" if error.maybe_done else "rate_limited"
    return "refused"


class ClientReviewer:
    def __init__(
        self, credentials: AppCredentials, limiter: ApiLimiter, sealer: Sealer, clock: Clock
    ) -> None:
        self.credentials, self.limiter, self.sealer, self.clock = credentials, limiter, sealer, clock

    async def review(
        self, workspace_id: int, shop_id: str, application_id: str, approve: bool, reason: str
    ) -> None:
        client = TikTokShopClient(self.credentials, limiter=self.limiter)
        now = self.clock.now()
        connection_id: int | None = None
        try:
            access = await tiktok_shop.access(
                workspace_id, self.sealer, refresher(client), now, shop_id=shop_id
            )
            connection_id = access.connection_id
            auth = ShopAuth(access.cipher, access.access_token)
            await client.review_sample(auth, application_id, approve=approve, reason=reason)
        except tiktok_shop.NoShop as error:  # disconnected, or its refresh was refused: authorise again
            raise ReviewUnavailable("no_shop") from error
        except (TokenRejected, Transient, Refused) as error:
            key = failure_key(error)
            if connection_id is not None:
                await tiktok_shop.record_error(connection_id, key, now)
            raise ReviewUnavailable(key) from error
        finally:
            await client.close()


async def read_shop(
    client: TikTokShopClient, connection: ShopConnection, sealer: Sealer, clock: Clock
) -> list[Delivery]:
    """One shop's applications and the content of its delivered samples, recorded; the rows to enqueue.
    Raises NoShop, TokenRejected, Transient or Refused (the sweep records it on the shop)."""
    if Scope.COLLABORATION_READ.value not in (connection.scopes or ()):
        return []
    now = clock.now()
    access = await tiktok_shop.access(
        connection.workspace_id,  # type: ignore[attr-defined]
        sealer,
        refresher(client),
        now,
        shop_id=connection.shop_id,
    )
    auth = ShopAuth(access.cipher, access.access_token)
    queued: list[Delivery] = []
    token = ""
    for _ in range(MAX_PAGES):
        page = await client.search_samples(auth, page_token=token)
        for a in page.applications:
            if not a.id:
                continue
            found = Seen(
                a.id, a.status, a.creator_open_id, a.username, a.product_id, a.product_title, a.approve_by
            )
            queued += await tiktok_samples.seen(connection, found, clock.now())
        token = page.next_page_token
        if not token:
            break
    for row in await tiktok_samples.awaiting_content(connection.id):
        contents = await client.sample_contents(auth, row.application_id)
        if contents:
            link = next((c.link for c in contents if c.link), "")
            queued += await tiktok_samples.content_posted(row.id, link, clock.now())
    await tiktok_shop.record_sync(connection.id, clock.now())
    return queued
