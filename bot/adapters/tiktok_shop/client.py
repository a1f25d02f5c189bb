"""`TikTokShopClient`: the TikTok Shop Open API on aiohttp — signed requests, tokens, retries, limits.

Every call: its endpoint from `endpoints.ENDPOINTS` (one table of versions), the common query
(`app_key`, `timestamp`, `shop_cipher` for shop APIs) signed with `signing.sign`, the seller's access
token in `x-tts-access-token`, a slot from the per-(shop, API) limiter, then the call. HTTP 429, 5xx,
timeouts and connection errors are retried with exponential backoff and full jitter (each wait is drawn
between 0 and min(cap, base·2^attempt)), up to `RetryPolicy.attempts`; then `Transient`. The answer is the
envelope `{"code", "message", "request_id", "data"}`; code 0 is success, anything else is `Refused`
(with the platform's code and message), or `TokenRejected` for a rejected access token. Tokens and
secrets are never logged; messages to creators are not logged either.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

import aiohttp

from bot.adapters.tiktok_shop import signing
from bot.adapters.tiktok_shop.endpoints import (
    API_BASE,
    AUTH_BASE,
    ENDPOINTS,
    TOKEN_GET,
    TOKEN_REFRESH,
    Endpoint,
)
from bot.adapters.tiktok_shop.limits import ApiLimiter
from workflows.tiktok_orders import FeedOrder, FeedSku

log = logging.getLogger(__name__)

# Treated as "the access token is no good": HTTP 401, and the common error codes for invalid / expired
# credentials (Partner Center, "Common error codes": 105001, 105002).
TOKEN_CODES = frozenset({105001, 105002})
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


class TikTokShopError(Exception):
    def __init__(self, message: str, *, code: int = 0, status: int = 0, request_id: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.status = status
        self.request_id = request_id
        self.maybe_done = False  # Transient: the call may have taken effect (see there)


class Transient(TikTokShopError):
    """Still failing after the retries (429, 5xx, timeouts): try again later. `maybe_done`: the call may
    have taken effect (a 5xx or a timeout after the request left), as opposed to a 429 or a connection
    that was never made, which certainly did nothing."""


class TokenRejected(TikTokShopError):
    """The access token was refused (expired or revoked): refresh it, or the seller authorises again."""


class Refused(TikTokShopError):
    """The platform said no (a business error code): retrying the same call will not help."""


@dataclass(frozen=True, slots=True)
class AppCredentials:
    app_key: str
    app_secret: str = field(repr=False)
    api_base: str = API_BASE
    auth_base: str = AUTH_BASE


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    attempts: int = 5  # calls in all
    base_s: float = 0.25
    cap_s: float = 8.0

    def wait(self, attempt: int, draw: Callable[[], float]) -> float:
        """Full jitter: uniform in [0, min(cap, base·2^attempt)]."""
        return float(draw() * min(self.cap_s, self.base_s * 2.0**attempt))


@dataclass(frozen=True, slots=True)
class Tokens:
    access_token: str = field(repr=False)
    access_expires_at: datetime
    refresh_token: str = field(repr=False)
    refresh_expires_at: datetime
    open_id: str = ""
    seller_name: str = ""
    region: str = ""
    scopes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Shop:
    id: str
    name: str
    region: str
    cipher: str
    code: str = ""


@dataclass(frozen=True, slots=True)
class ShopAuth:
    """What a shop API call needs: the shop's cipher and the seller's current access token."""

    cipher: str
    access_token: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class MarketplaceCreator:
    open_id: str
    username: str
    nickname: str = ""
    region: str = ""
    followers: int | None = None
    gmv: str = ""  # "1232.90 USD" or a range "$0-$100"; "" when the creator does not share it
    avg_video_views: int | None = None
    category_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CreatorPage:
    creators: tuple[MarketplaceCreator, ...]
    next_page_token: str = ""
    search_key: str = ""


@dataclass(frozen=True, slots=True)
class NewMessage:
    conversation_id: str
    sender_id: str
    type: str
    text: str  # the TEXT content; "" for cards and images


@dataclass(frozen=True, slots=True)
class SampleApplication:
    """One sample application as "Seller Search Sample Applications" returns it."""

    id: str
    status: str  # PENDING, AWAITING_SHIPMENT, SHIPPED, CONTENT_PENDING, COMPLETED, *_CANCELLED…
    creator_open_id: str
    username: str
    product_id: str = ""
    product_title: str = ""
    approve_by: datetime | None = None  # approve_expiration_time


@dataclass(frozen=True, slots=True)
class SamplePage:
    applications: tuple[SampleApplication, ...]
    next_page_token: str = ""


@dataclass(frozen=True, slots=True)
class SampleContent:
    id: str
    format: str  # VIDEO / LIVE
    link: str
    created_at: datetime | None


# The card message types of "Send IM Message" and the one field each one's `content` JSON carries.
CARD_FIELDS = {"PRODUCT_CARD": "product_id", "TARGET_COLLABORATION_CARD": "target_collaboration_id"}


@dataclass(frozen=True, slots=True)
class InviteRequest:
    name: str
    end_time: int  # Unix seconds
    products: tuple[str, ...]
    commission_bp: int  # hundredths of a percent
    creator_open_ids: tuple[str, ...]
    email: str
    free_sample: bool = False
    message: str = ""


@dataclass(frozen=True, slots=True)
class CreatedInvite:
    id: str  # "" when TikTok created nothing (every pair conflicted)
    conflicts: tuple[str, ...] = ()  # product ids already in an invitation for the creator


def _epoch(value: Any) -> datetime:
    return datetime.fromtimestamp(int(value), tz=UTC)


def tokens_from(data: Mapping[str, Any]) -> Tokens:
    """The token answer's `data` (Partner Center, "Get Access Token"): expiries are Unix timestamps."""
    return Tokens(
        access_token=str(data["access_token"]),
        access_expires_at=_epoch(data["access_token_expire_in"]),
        refresh_token=str(data["refresh_token"]),
        refresh_expires_at=_epoch(data["refresh_token_expire_in"]),
        open_id=str(data.get("open_id", "")),
        seller_name=str(data.get("seller_name", "")),
        region=str(data.get("seller_base_region", "")),
        scopes=tuple(str(s) for s in data.get("granted_scopes") or ()),
    )


def _gmv(raw: Mapping[str, Any]) -> str:
    gmv = raw.get("gmv")
    if isinstance(gmv, Mapping) and gmv.get("amount"):
        return f"{gmv['amount']} {gmv.get('currency', '')}".strip()
    ranged = raw.get("gmv_range")
    if isinstance(ranged, Mapping):
        return str(ranged.get("formatted_range", ""))
    return ""


def creator_from(raw: Mapping[str, Any]) -> MarketplaceCreator:
    followers = raw.get("follower_count")
    views = raw.get("avg_ec_video_view_count")
    return MarketplaceCreator(
        open_id=str(raw.get("creator_open_id", "")),
        username=str(raw.get("username", "")),
        nickname=str(raw.get("nickname", "")),
        region=str(raw.get("selection_region", "")),
        followers=int(followers) if followers is not None else None,
        gmv=_gmv(raw),
        avg_video_views=int(views) if views is not None else None,
        category_ids=tuple(str(c) for c in raw.get("category_ids") or ()),
    )


def sample_from(raw: Mapping[str, Any]) -> SampleApplication:
    creator: Mapping[str, Any] = raw["creator"] if isinstance(raw.get("creator"), Mapping) else {}
    product: Mapping[str, Any] = raw["product"] if isinstance(raw.get("product"), Mapping) else {}
    expires = raw.get("approve_expiration_time")
    return SampleApplication(
        id=str(raw.get("id", "")),
        status=str(raw.get("status", "")),
        creator_open_id=str(creator.get("creator_open_id", "")),
        username=str(creator.get("username", "")),
        product_id=str(product.get("id", "")),
        product_title=str(product.get("title", "")),
        approve_by=_epoch(expires) if expires else None,
    )


def message_text(type_: str, content: str) -> str:
    """A message's `content` is a JSON string; a TEXT one is {"content": "..."}."""
    if type_ != "TEXT":
        return ""
    try:
        parsed = json.loads(content)
    except ValueError:
        return ""
    return str(parsed.get("content", "")) if isinstance(parsed, dict) else ""


class TikTokShopClient:
    """One app's client. `session`: an aiohttp session the caller owns (else one is made and `close`d)."""

    def __init__(
        self,
        credentials: AppCredentials,
        *,
        limiter: ApiLimiter | None = None,
        session: aiohttp.ClientSession | None = None,
        retry: RetryPolicy | None = None,
        timeout_s: float = 15.0,
        now: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        draw: Callable[[], float] = random.random,
    ) -> None:
        self.credentials = credentials
        self._limiter = limiter or ApiLimiter()
        self._session = session
        self._owns_session = session is None
        self._retry = retry or RetryPolicy()
        self._timeout = aiohttp.ClientTimeout(total=timeout_s)
        self._now = now
        self._sleep = sleep
        self._draw = draw

    async def close(self) -> None:
        if self._owns_session and self._session is not None:
            await self._session.close()
            self._session = None

    # ---- the generic call -------------------------------------------------------------------------

    async def call(
        self,
        endpoint: Endpoint | str,
        *,
        shop: ShopAuth | None = None,
        path_params: Mapping[str, str] | None = None,
        query: Mapping[str, str | int] | None = None,
        body: Mapping[str, Any] | None = None,
        access_token: str | None = None,
        base: str | None = None,
        once: bool = False,
    ) -> dict[str, Any]:
        """Sign, limit, send and retry one call; returns the envelope's `data` (a dict, maybe empty).
        `once`: a call that must not happen twice (sending a message: the API has no idempotency key) is
        retried only when it certainly did nothing (HTTP 429, no connection); otherwise the `Transient`
        it raises says `maybe_done`."""
        ep = ENDPOINTS[endpoint] if isinstance(endpoint, str) else endpoint
        path = ep.at(**(path_params or {}))
        if ep.shop and shop is None:
            raise ValueError(f"{ep.name} needs a shop")
        raw = (
            json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode() if body is not None else b""
        )
        token = shop.access_token if shop is not None else access_token
        headers = {"content-type": "application/json"}
        if token:
            headers["x-tts-access-token"] = token
        for attempt in range(self._retry.attempts):
            params = {k: str(v) for k, v in (query or {}).items()}
            params["app_key"] = self.credentials.app_key
            params["timestamp"] = str(int(self._now()))
            if shop is not None:
                params["shop_cipher"] = shop.cipher
            params["sign"] = signing.sign(self.credentials.app_secret, path, params, raw)
            url = f"{base or self.credentials.api_base}{path}?{urlencode(params)}"
            try:
                async with self._limiter.slot(shop.cipher if shop else None, ep.name):
                    status, answer = await self._send(ep.method, url, headers, raw)
            except (TimeoutError, aiohttp.ClientError) as error:
                failure: TikTokShopError = Transient(f"{ep.name}: {type(error).__name__}")
                failure.maybe_done = not isinstance(error, aiohttp.ClientConnectorError)
            else:
                outcome = self._outcome(ep, status, answer)
                if not isinstance(outcome, Transient):
                    if isinstance(outcome, TikTokShopError):
                        raise outcome
                    return outcome
                failure = outcome
                failure.maybe_done = status != 429
            if once and failure.maybe_done:
                raise failure
            if attempt + 1 < self._retry.attempts:
                await self._sleep(self._retry.wait(attempt, self._draw))
        raise failure

    async def _send(self, method: str, url: str, headers: dict[str, str], raw: bytes) -> tuple[int, Any]:
        if self._session is None:
            self._session = aiohttp.ClientSession()
        async with self._session.request(
            method, url, headers=headers, data=raw or None, timeout=self._timeout
        ) as response:
            text = await response.text()
            try:
                return response.status, json.loads(text) if text else None
            except ValueError:
                return response.status, None

    @staticmethod
    def _outcome(ep: Endpoint, status: int, answer: Any) -> dict[str, Any] | TikTokShopError:
        envelope = answer if isinstance(answer, dict) else {}
        code = int(envelope.get("code") or 0) if str(envelope.get("code", "0")).lstrip("-").isdigit() else -1
        message = str(envelope.get("message", ""))[:200]
        request_id = str(envelope.get("request_id", ""))

        def err(kind: type[TikTokShopError], text: str) -> TikTokShopError:
            return kind(text, code=code, status=status, request_id=request_id)

        if status in RETRY_STATUS:
            return err(Transient, f"{ep.name}: HTTP {status}")
        if status == 401 or code in TOKEN_CODES:
            return err(TokenRejected, f"{ep.name}: access token refused ({code})")
        if status != 200 or not isinstance(answer, dict):
            return err(Refused, f"{ep.name}: HTTP {status}")
        if code != 0:
            log.info("tiktok %s refused: %s %s (request %s)", ep.name, code, message, request_id)
            return err(Refused, f"{ep.name}: {code} {message}")
        data = envelope.get("data")
        return data if isinstance(data, dict) else {}

    # ---- tokens ---------------------------------------------------------------------------------

    async def exchange_code(self, auth_code: str) -> Tokens:
        """The seller's single-use authorization code (valid 30 minutes) → access + refresh token."""
        data = await self.call(
            TOKEN_GET,
            query={
                "app_secret": self.credentials.app_secret,
                "auth_code": auth_code,
                "grant_type": "authorized_code",
            },
            base=self.credentials.auth_base,
        )
        return tokens_from(data)

    async def refresh(self, refresh_token: str) -> Tokens:
        data = await self.call(
            TOKEN_REFRESH,
            query={
                "app_secret": self.credentials.app_secret,
                "refresh_token": refresh_token,
                "grant_type": "refresh_token",
            },
            base=self.credentials.auth_base,
        )
        return tokens_from(data)

    async def authorized_shops(self, access_token: str) -> list[Shop]:
        data = await self.call("authorized_shops", access_token=access_token)
        return [
            Shop(
                id=str(s.get("id", "")),
                name=str(s.get("name", "")),
                region=str(s.get("region", "")),
                cipher=str(s.get("cipher", "")),
                code=str(s.get("code", "")),
            )
            for s in data.get("shops") or ()
            if isinstance(s, dict)
        ]

    # ---- messages ---------------------------------------------------------------------------------

    async def conversation_with(self, shop: ShopAuth, creator_open_id: str) -> str:
        """The conversation with a creator (created when there is none yet): its id."""
        data = await self.call(
            "conversations.create",
            shop=shop,
            body={"creator_open_id": creator_open_id, "only_need_conversation_id": True},
        )
        return str(data.get("conversation_id", ""))

    async def send_text(self, shop: ShopAuth, conversation_id: str, text: str) -> str:
        """Send a TEXT message; returns its message id. The API has no idempotency key: callers keep
        their own record of what was sent (see workflows/tiktok_outreach)."""
        data = await self.call(
            "messages.send",
            shop=shop,
            path_params={"conversation_id": conversation_id},
            body={"msg_type": "TEXT", "content": json.dumps({"content": text}, ensure_ascii=False)},
            once=True,
        )
        return str(data.get("message_id", ""))

    async def send_card(self, shop: ShopAuth, conversation_id: str, kind: str, ref: str) -> str:
        """Send a PRODUCT_CARD (`ref` a product id) or TARGET_COLLABORATION_CARD (`ref` the target
        collaboration id) message; the content is the JSON string "Send IM Message" documents for each
        type. Returns the message id; sent `once`, like a text."""
        field = CARD_FIELDS[kind]
        data = await self.call(
            "messages.send",
            shop=shop,
            path_params={"conversation_id": conversation_id},
            body={"msg_type": kind, "content": json.dumps({field: ref})},
            once=True,
        )
        return str(data.get("message_id", ""))

    async def create_target_collaboration(self, shop: ShopAuth, invite: InviteRequest) -> CreatedInvite:
        """ "Create Target Collaboration": one invitation of these creators to these products at one
        commission (hundredths of a percent, at least 1000 = 10%). No idempotency key: sent `once`, and the
        caller keeps its own claim (workflows/tiktok_invites)."""
        body: dict[str, Any] = {
            "name": invite.name[:100],
            "end_time": str(invite.end_time),
            "products": [{"id": p, "target_commission_rate": invite.commission_bp} for p in invite.products],
            "creator_user_open_ids": list(invite.creator_open_ids),
            "seller_contact_info": {"email": invite.email},
            "free_sample_rule": {"has_free_sample": invite.free_sample, "is_sample_approval_exempt": False},
        }
        if invite.message:
            body["message"] = invite.message
        data = await self.call("target_collaborations.create", shop=shop, body=body, once=True)
        collab = data.get("target_collaboration")
        conflicts = tuple(
            str(c.get("product_id", ""))
            for c in data.get("target_collaboration_conflicts") or ()
            if isinstance(c, dict)
        )
        return CreatedInvite(str(collab.get("id", "")) if isinstance(collab, dict) else "", conflicts)

    async def newest_messages(self, shop: ShopAuth) -> list[NewMessage]:
        """The unread messages of the last minute (the poll when no webhook is configured)."""
        data = await self.call("messages.newest", shop=shop)
        return [
            NewMessage(
                conversation_id=str(m.get("conversation_id", "")),
                sender_id=str(m.get("sender_id", "")),
                type=str(m.get("type", "")),
                text=message_text(str(m.get("type", "")), str(m.get("content", ""))),
            )
            for m in data.get("newest_message_list") or ()
            if isinstance(m, dict)
        ]

    # ---- creator marketplace and samples --------------------------------------------------------

    async def search_creators(
        self,
        shop: ShopAuth,
        *,
        keyword: str = "",
        followers_min: int | None = None,
        followers_max: int | None = None,
        gmv_ranges: Sequence[str] = (),
        page_size: int = 12,
        page_token: str = "",
        search_key: str = "",
    ) -> CreatorPage:
        """One page of the creator marketplace (page_size 12 or 20; `search_key` from the first page keeps
        the following pages stable)."""
        if page_size not in (12, 20):
            raise ValueError("page_size must be 12 or 20")
        body: dict[str, Any] = {}
        if keyword:
            body["keyword"] = keyword
        if search_key:
            body["search_key"] = search_key
        if followers_min is not None or followers_max is not None:
            count: dict[str, int] = {}
            if followers_min is not None:
                count["count_ge"] = followers_min
            if followers_max is not None:
                count["count_le"] = followers_max
            body["follower_demographics"] = {"count_range": count}
        if gmv_ranges:
            body["gmv_ranges"] = list(gmv_ranges)
        query: dict[str, str | int] = {"page_size": page_size}
        if page_token:
            query["page_token"] = page_token
        data = await self.call("creators.search", shop=shop, query=query, body=body)
        return CreatorPage(
            creators=tuple(creator_from(c) for c in data.get("creators") or () if isinstance(c, dict)),
            next_page_token=str(data.get("next_page_token", "")),
            search_key=str(data.get("search_key", "")),
        )

    async def search_samples(
        self, shop: ShopAuth, *, status: str = "", page_size: int = 50, page_token: str = ""
    ) -> SamplePage:
        """One page of the shop's sample applications (page_size 1–50), optionally of one `status`."""
        query: dict[str, str | int] = {"page_size": page_size}
        if page_token:
            query["page_token"] = page_token
        data = await self.call(
            "samples.search", shop=shop, query=query, body={"status": status} if status else {}
        )
        return SamplePage(
            applications=tuple(
                sample_from(a) for a in data.get("sample_applications") or () if isinstance(a, dict)
            ),
            next_page_token=str(data.get("next_page_token", "")),
        )

    async def review_sample(
        self, shop: ShopAuth, application_id: str, *, approve: bool, reason: str = ""
    ) -> None:
        """Approve or reject one application ("Seller Review Sample Applications"; a reject needs a reason:
        NOT_MATCH, OUT_OF_STOCK… or OTHER)."""
        body: dict[str, Any] = {"review_result": "APPROVE" if approve else "REJECT"}
        if reason and not approve:
            body["reject_reason"] = reason
        await self.call("samples.review", shop=shop, path_params={"id": application_id}, body=body)

    async def sample_contents(self, shop: ShopAuth, application_id: str) -> list[SampleContent]:
        """The content a creator posted for one sample ("Seller Search Sample Applications Fulfillments")."""
        data = await self.call("samples.fulfillments", shop=shop, path_params={"id": application_id}, body={})
        found: list[SampleContent] = []
        for row in data.get("fulfillments") or ():
            content = row.get("content") if isinstance(row, dict) else None
            if isinstance(content, dict) and content.get("id"):
                created = content.get("create_time")
                found.append(
                    SampleContent(
                        id=str(content["id"]),
                        format=str(content.get("format", "")),
                        link=str(content.get("page_link") or content.get("url") or ""),
                        created_at=_epoch(created) if created else None,
                    )
                )
        return found

    # ---- affiliate orders -----------------------------------------------------------------------

    async def search_orders(
        self,
        shop: ShopAuth,
        *,
        created_from: datetime,
        created_before: datetime,
        page_size: int = 100,
        page_token: str = "",
    ) -> OrderPage:
        """One page of "Search Seller Affiliate Orders": orders created in [created_from, created_before)
        (Unix seconds in `create_time_ge` / `create_time_lt`), page_size 1–100."""
        if not 1 <= page_size <= 100:
            raise ValueError("page_size must be 1-100")
        query: dict[str, str | int] = {"page_size": page_size}
        if page_token:
            query["page_token"] = page_token
        body = {
            "create_time_ge": int(created_from.timestamp()),
            "create_time_lt": int(created_before.timestamp()),
        }
        data = await self.call("orders.search", shop=shop, query=query, body=body)
        orders = tuple(order_from(o) for o in data.get("orders") or () if isinstance(o, dict) and o.get("id"))
        return OrderPage(orders, str(data.get("next_page_token") or ""))


@dataclass(frozen=True, slots=True)
class OrderPage:
    orders: tuple[FeedOrder, ...]
    next_page_token: str = ""


def _money(raw: Any) -> tuple[Decimal, str] | None:
    """A money object {"amount": "12.50", "currency": "USD"} (amounts are strings); None when absent."""
    if not isinstance(raw, Mapping) or raw.get("amount") in (None, ""):
        return None
    try:
        return Decimal(str(raw["amount"])), str(raw.get("currency", ""))
    except ArithmeticError:
        return None


def _int(value: Any) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


def order_from(raw: Mapping[str, Any]) -> FeedOrder:
    """An order of "Search Seller Affiliate Orders": id, create_time (Unix), status, and per SKU the creator
    username, content type and id, price {amount, currency}, quantity, refunded / returned quantity,
    estimated commission base, estimated and actual paid commission."""
    skus = []
    for s in raw.get("skus") or ():
        if not isinstance(s, Mapping):
            continue
        price = _money(s.get("price")) or (Decimal(0), "")
        base = _money(s.get("estimated_commission_base"))
        estimated = _money(s.get("estimated_paid_commission"))
        actual = _money(s.get("actual_paid_commission"))
        skus.append(
            FeedSku(
                sku_id=str(s.get("sku_id") or s.get("id") or ""),
                product_id=str(s.get("product_id") or ""),
                creator_username=str(s.get("creator_username") or ""),
                content_type=str(s.get("content_type") or ""),
                content_id=str(s.get("content_id") or ""),
                price=price[0],
                currency=price[1] or (base[1] if base else ""),
                quantity=_int(s.get("quantity")) or 1,
                refunded_quantity=_int(s.get("refunded_quantity")),
                returned_quantity=_int(s.get("returned_quantity")),
                commission_base=base[0] if base else None,
                commission_estimated=estimated[0] if estimated else None,
                commission_actual=actual[0] if actual else None,
            )
        )
    return FeedOrder(
        order_id=str(raw.get("id", "")),
        created_at=_epoch(raw.get("create_time") or 0),
        status=str(raw.get("status") or ""),
        skus=tuple(skus),
    )
