"""`GET /tiktok/callback`: where TikTok Shop sends the seller back after consenting (the app's redirect
URL in Partner Center), with `code` and our `state`. The state is opened first (bad or old → 400, no call
to TikTok); the code is exchanged for tokens, the authorised shops are read, and both are stored sealed
(workflows/tiktok_shop.store_connection), which also tells the chat that asked. The page says in plain
words what happened; codes, tokens and the state are never logged.
"""

from __future__ import annotations

import html
import logging

from aiohttp import web

from bot.adapters.tiktok_shop.client import (
    Refused,
    TikTokShopClient,
    TikTokShopError,
    TokenRejected,
    Tokens,
)
from i18n import Catalog
from workflows import tiktok_shop
from workflows.delivery import Scheduler
from workflows.ports import Clock

log = logging.getLogger(__name__)
CALLBACK_PATH = "/tiktok/callback"


def grant_from(tokens: Tokens) -> tiktok_shop.Grant:
    return tiktok_shop.Grant(
        access_token=tokens.access_token,
        access_expires_at=tokens.access_expires_at,
        refresh_token=tokens.refresh_token,
        refresh_expires_at=tokens.refresh_expires_at,
        seller_open_id=tokens.open_id,
        scopes=tokens.scopes,
    )


class ConnectCallback:
    def __init__(
        self,
        client: TikTokShopClient,
        connector: tiktok_shop.Connector,
        clock: Clock,
        locale: str,
        scheduler: Scheduler | None = None,
    ) -> None:
        self.client, self.connector, self.clock = client, connector, clock
        self.t = Catalog(locale)
        self.scheduler = scheduler

    def routes(self) -> list[web.RouteDef]:
        return [web.get(CALLBACK_PATH, self.handle)]

    async def handle(self, request: web.Request) -> web.Response:
        now = self.clock.now()
        code, state = request.query.get("code", ""), request.query.get("state", "")
        try:
            asked = tiktok_shop.read_state(state, self.connector.sealer, now)
        except tiktok_shop.BadState:
            return self._page(400, self.t("tiktok.callback_bad_state"))
        if not code:
            reason = request.query.get("error", "") or "no code"
            return self._page(400, self.t("tiktok.callback_failed", reason=reason[:80]))
        try:
            tokens = await self.client.exchange_code(code)
            shops = await self.client.authorized_shops(tokens.access_token)
        except TikTokShopError as error:
            log.warning(
                "tiktok connect: %s (code %s, request %s)", type(error).__name__, error.code, error.request_id
            )
            return self._page(
                502, self.t("tiktok.callback_failed", reason=f"{type(error).__name__} {error.code}")
            )
        authorised = [tiktok_shop.AuthorizedShop(s.id, s.name, s.region, s.cipher) for s in shops]
        try:
            stored = await tiktok_shop.store_connection(
                asked, grant_from(tokens), authorised, self.connector.sealer, now, self.scheduler
            )
        except tiktok_shop.BadState:
            return self._page(400, self.t("tiktok.callback_bad_state"))
        names = self.t("tiktok.sep").join(r.shop_name or r.shop_id for r in stored) or "-"
        return self._page(200, self.t("tiktok.callback_ok", shops=names))

    @staticmethod
    def _page(status: int, text: str) -> web.Response:
        body = f"<!doctype html><meta charset=utf-8><title>TikTok Shop</title><p>{html.escape(text)}</p>"
        return web.Response(status=status, text=body, content_type="text/html")


def refresher(client: TikTokShopClient) -> tiktok_shop.Refresh:
    """The workflows' `Refresh` port over the client: a refusal of the refresh token is `TokenRefused`
    (the seller must authorise again); a transient failure propagates (try again later)."""

    async def refresh(refresh_token: str) -> tiktok_shop.Grant:
        try:
            return grant_from(await client.refresh(refresh_token))
        except (Refused, TokenRejected) as error:
            raise tiktok_shop.TokenRefused() from error

    return refresh
