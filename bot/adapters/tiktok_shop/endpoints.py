"""Every TikTok Shop Open API endpoint the bot calls, with its version, in one table.

Versions are per endpoint and TikTok bumps them one at a time (TikTok Shop Partner Center, API reference:
the version is part of each path, e.g. `/affiliate_seller/202508/conversations`), so a path is written here
once and nowhere else. Paths, methods and versions are from the Partner Center API reference
(partner.tiktokshop.com/docv2, "Affiliate Seller" and "Authorization"); the scope each needs is the
reference's "API Scope" for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

API_BASE = "https://open-api.tiktokglobalshop.com"
AUTH_BASE = "https://auth.tiktok-shops.com"  # token get / refresh (Partner Center: "Get Access Token")
AUTHORIZE_URL = "https://services.tiktokshop.com/open/authorize"  # the seller's consent page


class Scope(StrEnum):
    """The API scopes (packages) the affiliate features need; the shop grants them when it authorises."""

    MARKETPLACE_READ = "seller.creator_marketplace.read"
    COLLABORATION_READ = "seller.affiliate_collaboration.read"
    COLLABORATION_WRITE = "seller.affiliate_collaboration.write"
    MESSAGES_WRITE = "seller.affiliate_messages.write"


@dataclass(frozen=True, slots=True)
class Endpoint:
    name: str  # the limiter's key: TikTok limits each API separately
    method: str
    path: str  # may hold `{name}` placeholders, filled by `Endpoint.at`
    shop: bool = True  # needs `shop_cipher` and the seller's access token
    scope: Scope | None = None

    def at(self, **params: str) -> str:
        """The path with its placeholders filled (each value must be a plain id: no `/`, `?`, `#`)."""
        for key, value in params.items():
            if not value or any(c in value for c in "/?#%"):
                raise ValueError(f"{key}: not an id")
        return self.path.format(**params)


def _ep(name: str, method: str, path: str, scope: Scope | None = None, *, shop: bool = True) -> Endpoint:
    return Endpoint(name, method, path, shop, scope)


_AS = "/affiliate_seller"
ENDPOINTS: dict[str, Endpoint] = {
    e.name: e
    for e in (
        # Authorization: the shops (and their `cipher`) the seller authorised for this app.
        _ep("authorized_shops", "GET", "/authorization/202309/shops", shop=False),
        # Creator marketplace: search (GMV, units sold, followers; last 30 days; page_size 12 or 20).
        _ep("creators.search", "POST", f"{_AS}/202508/marketplace_creators/search", Scope.MARKETPLACE_READ),
        _ep(
            "creators.get",
            "GET",
            f"{_AS}/202508/marketplace_creators/{{creator_user_id}}",
            Scope.MARKETPLACE_READ,
        ),
        # Collaborations.
        _ep(
            "open_collaborations.create",
            "POST",
            f"{_AS}/202412/open_collaborations",
            Scope.COLLABORATION_WRITE,
        ),
        _ep(
            "target_collaborations.create",
            "POST",
            f"{_AS}/202508/target_collaborations",
            Scope.COLLABORATION_WRITE,
        ),
        _ep(
            "target_collaborations.edit",
            "PUT",
            f"{_AS}/202508/target_collaborations/{{id}}",
            Scope.COLLABORATION_WRITE,
        ),
        _ep(
            "target_collaborations.search",
            "POST",
            f"{_AS}/202508/target_collaborations/search",
            Scope.COLLABORATION_READ,
        ),
        _ep(
            "target_collaborations.delete",
            "DELETE",
            f"{_AS}/202409/target_collaborations/{{id}}",
            Scope.COLLABORATION_WRITE,
        ),
        _ep(
            "target_collaborations.link",
            "POST",
            f"{_AS}/202509/target_collaboration/{{id}}/link",
            Scope.COLLABORATION_WRITE,
        ),
        _ep(
            "creator_content_details",
            "GET",
            f"{_AS}/202508/open_collaborations/creator_content_details",
            Scope.COLLABORATION_READ,
        ),
        # Samples.
        _ep("samples.search", "POST", f"{_AS}/202508/sample_applications/search", Scope.COLLABORATION_READ),
        _ep(
            "samples.review",
            "POST",
            f"{_AS}/202507/sample_applications/{{id}}/review",
            Scope.COLLABORATION_WRITE,
        ),
        _ep(
            "samples.fulfillments",
            "POST",
            f"{_AS}/202409/sample_applications/{{id}}/fulfillments/search",
            Scope.COLLABORATION_READ,
        ),
        # Affiliate orders (attribution; page_size 1–100).
        _ep("orders.search", "POST", f"{_AS}/202410/orders/search", Scope.COLLABORATION_READ),
        # Messages: create (or get) the conversation with a creator, send into it, the last minute's unread.
        _ep("conversations.create", "POST", f"{_AS}/202508/conversations", Scope.MESSAGES_WRITE),
        _ep(
            "messages.send",
            "POST",
            f"{_AS}/202412/conversations/{{conversation_id}}/messages",
            Scope.MESSAGES_WRITE,
        ),
        _ep(
            "messages.newest", "GET", f"{_AS}/202412/conversations/messages/list/newest", Scope.MESSAGES_WRITE
        ),
    )
}
# Token exchange and refresh live on the auth host; they are signed like the others but carry no shop.
TOKEN_GET = _ep("token.get", "GET", "/api/v2/token/get", shop=False)
TOKEN_REFRESH = _ep("token.refresh", "GET", "/api/v2/token/refresh", shop=False)

# Webhook type 33, "New message listener": a creator wrote in a conversation (Partner Center, Webhooks).
WEBHOOK_NEW_MESSAGE = 33
