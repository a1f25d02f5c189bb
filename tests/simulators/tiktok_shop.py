"""A TikTok Shop Open API simulator: an aiohttp server on 127.0.0.1, port 0, for `TikTokShopClient`.

Routes (TikTok Shop Partner Center API reference; versions as in bot/adapters/tiktok_shop/endpoints.py):
  GET  /api/v2/token/get        app_key, app_secret, auth_code, grant_type=authorized_code → tokens
  GET  /api/v2/token/refresh    app_key, app_secret, refresh_token, grant_type=refresh_token → new tokens
  GET  /authorization/202309/shops                                 the shops the token's seller authorised
  POST /affiliate_seller/202508/conversations                      get or create a conversation with a creator
  POST /affiliate_seller/202412/conversations/{id}/messages        send a message (TEXT, cards)
  GET  /affiliate_seller/202412/conversations/messages/list/newest the unread creator messages
  POST /affiliate_seller/202508/marketplace_creators/search        the marketplace, paginated (12 or 20)
  POST /affiliate_seller/202508/target_collaborations              create a target collaboration (invite)
  POST /affiliate_seller/202508/sample_applications/search         sample applications
  POST /affiliate_seller/202507/sample_applications/{id}/review    approve / reject one (PENDING only)
  POST /affiliate_seller/202409/sample_applications/{id}/fulfillments/search  the content posted for one
  POST /affiliate_seller/202410/orders/search                      affiliate orders by create time, paginated

Behaves like the platform where the bot depends on it, and checks it independently of the client's code:
every request's `sign` is recomputed here from the documented steps (a wrong one → HTTP 200, code 106001
here, and the request is recorded as refused), `timestamp` must be within 5 minutes, the access token in
`x-tts-access-token` must be one it issued and not expired (`advance` moves its clock) else HTTP 401; auth
codes are single use; scopes are checked per endpoint; at most `limit_per_s` calls per (shop, API) in any
second, else HTTP 429 (refused calls do not count). Envelope: {"code", "message", "request_id", "data"}.

Test controls: `authorise` (a seller consents: returns an auth code), `fail_next(status, times, path=…)`,
`creator_writes` (a creator's message: newest list + a signed webhook), `signed_webhook`, `advance`,
`add_order` / `order` (the shop's affiliate orders, changed in place for refunds between syncs),
`revoke`, `gate` (hold calls "in the network"), `apply_for_sample` (a creator applies: PENDING,
approvable for 7 days), `sample_moves` (shipped, received: SHIPPED, CONTENT_PENDING), `post_content`.
Records: `requests` (EVERY request as it arrived: method, path, query, body, status, code),
`sent` (messages accepted into conversations), `reviews` (accepted reviews: application id, result, reason),
`invites` (target collaborations created).
`invite_quota`: how many more invitations the shop may create (None: no limit; 0 → code 16024019).
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import itertools
import json
import secrets
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from aiohttp import web

from tests.simulators.gate import Gate

AFF = "/affiliate_seller"
SIGN_CODE = 106001  # the simulator's code for a bad signature (a refusal the client must not retry)
TIMESTAMP_CODE = 106002
ALL_SCOPES = (
    "seller.creator_marketplace.read",
    "seller.affiliate_collaboration.read",
    "seller.affiliate_collaboration.write",
    "seller.affiliate_messages.write",
)


def expected_sign(secret: str, path: str, query: dict[str, str], body: bytes) -> str:
    """The documented steps, written again here so the simulator does not trust the client's code."""
    text = path
    for name in sorted(query):
        if name not in ("sign", "access_token"):
            text += name + query[name]
    raw = secret.encode() + text.encode() + body + secret.encode()
    return hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()


@dataclass
class SimRequest:
    method: str
    path: str
    query: dict[str, str]
    body: Any
    status: int
    code: int
    at: float
    shop: str = ""

    @property
    def accepted(self) -> bool:
        return self.status == 200 and self.code == 0


@dataclass
class SimShop:
    id: str
    name: str
    region: str
    cipher: str


@dataclass
class SimToken:
    seller: str
    expires: float
    scopes: tuple[str, ...]


@dataclass
class SimMessage:
    conversation_id: str
    msg_type: str
    content: str
    message_id: str
    at: float

    @property
    def text(self) -> str:
        try:
            return str(json.loads(self.content).get("content", ""))
        except (ValueError, AttributeError):
            return ""


@dataclass
class Failure:
    status: int
    times: int
    path: str = ""  # "" any path
    code: int = 0
    after: int = 0  # matching requests let through first (a failure on the second page)


@dataclass
class TikTokShopSimulator:
    app_key: str = "sim_app_key"
    app_secret: str = "sim_app_secret_0123456789"
    access_ttl: float = 7 * 24 * 3600.0
    refresh_ttl: float = 60 * 24 * 3600.0
    limit_per_s: int = 50
    enforce_rate_limits: bool = True
    shops: dict[str, list[SimShop]] = field(default_factory=dict)  # seller open_id → shops
    creators: list[dict[str, Any]] = field(default_factory=list)  # the marketplace
    samples: list[dict[str, Any]] = field(default_factory=list)
    orders: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # shop cipher → affiliate orders
    requests: list[SimRequest] = field(default_factory=list)
    sent: list[SimMessage] = field(default_factory=list)
    reviews: list[tuple[str, str, str]] = field(default_factory=list)
    contents: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # application → fulfilments
    invites: list[dict[str, Any]] = field(default_factory=list)  # each body accepted, with its "id"
    invite_quota: int | None = None
    rate_limited: int = 0
    offset: float = 0.0
    url: str = ""
    gate: Gate = field(default_factory=Gate)
    _codes: dict[str, tuple[str, tuple[str, ...], float]] = field(default_factory=dict)
    _tokens: dict[str, SimToken] = field(default_factory=dict)
    _refresh: dict[str, SimToken] = field(default_factory=dict)
    _failures: list[Failure] = field(default_factory=list)
    _windows: dict[tuple[str, str], deque[float]] = field(default_factory=lambda: defaultdict(deque))
    _conversations: dict[tuple[str, str], str] = field(default_factory=dict)  # (shop, creator) → id
    _creator_of: dict[str, str] = field(default_factory=dict)  # conversation → creator open id
    _unread: list[dict[str, Any]] = field(default_factory=list)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1000))
    _runner: web.AppRunner | None = None

    # ---- controls -------------------------------------------------------------------------------

    def now(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds

    def add_seller(self, seller: str, *shops: SimShop) -> None:
        self.shops[seller] = list(shops)

    def authorise(self, seller: str = "seller-1", scopes: tuple[str, ...] = ALL_SCOPES) -> str:
        """The seller consents on TikTok's page: the auth code the redirect would carry."""
        if seller not in self.shops:
            self.add_seller(seller, SimShop(f"{seller}-shop", "GlowLab US", "US", f"ROW_{seller}_cipher"))
        code = "code_" + secrets.token_hex(8)
        self._codes[code] = (seller, scopes, self.now())
        return code

    def revoke(self, seller: str) -> None:
        for store in (self._tokens, self._refresh):
            for key in [k for k, t in store.items() if t.seller == seller]:
                del store[key]

    def fail_next(
        self, status: int, times: int = 1, *, path: str = "", code: int = 0, after: int = 0
    ) -> None:
        self._failures.append(Failure(status, times, path, code, after))

    def creator_writes(self, conversation_id: str, text: str) -> dict[str, Any]:
        """A creator answers in a conversation: it shows in the newest list; returns the webhook body."""
        self._unread.append(
            {
                "conversation_id": conversation_id,
                "content": json.dumps({"content": text}),
                "type": "TEXT",
                "sender_id": "im_" + self._creator_of.get(conversation_id, "unknown"),
                "unread_message_count": 1,
            }
        )
        cipher = next((s for (s, _), c in self._conversations.items() if c == conversation_id), "")
        shop = next((s.id for shops in self.shops.values() for s in shops if s.cipher == cipher), "")
        return {
            "type": 33,
            "tts_notification_id": f"n{next(self._ids)}",
            "shop_id": shop,
            "timestamp": int(self.now()),
            "data": {
                "conversation_id": conversation_id,
                "message_id": f"m{next(self._ids)}",
                "type": "TEXT",
                "content": json.dumps({"content": text}),
                "sender": {
                    "im_user_id": "im_" + self._creator_of.get(conversation_id, ""),
                    "role": "CREATOR",
                },
                "create_time": int(self.now()),
            },
        }

    def signed_webhook(
        self, body: dict[str, Any], *, secret: str | None = None
    ) -> tuple[bytes, dict[str, str]]:
        raw = json.dumps(body).encode()
        key = (secret or self.app_secret).encode()
        sig = hmac.new(key, self.app_key.encode() + raw, hashlib.sha256).hexdigest()
        return raw, {"Authorization": sig, "Content-Type": "application/json"}

    def apply_for_sample(
        self,
        username: str,
        creator_open_id: str,
        *,
        product_id: str = "1729384756",
        title: str = "Glow Serum 30ml",
        status: str = "PENDING",
    ) -> str:
        """A creator applies for a free sample: the application's id (the seller has 7 days to review)."""
        application = str(next(self._ids) * 7919)
        self.samples.append(
            {
                "id": application,
                "status": status,
                "commission_rate": "0.15",
                "approve_expiration_time": int(self.now() + 7 * 24 * 3600),
                "is_approvable": True,
                "creator": {
                    "creator_open_id": creator_open_id,
                    "username": username,
                    "nickname": username.title(),
                    "follower_count": 52000,
                },
                "product": {"id": product_id, "title": title},
            }
        )
        return application

    def sample(self, application_id: str) -> dict[str, Any]:
        return next(s for s in self.samples if s["id"] == application_id)

    def sample_moves(self, application_id: str, status: str) -> None:
        """TikTok's side moves on: SHIPPED (the seller shipped), CONTENT_PENDING (delivered), COMPLETED…"""
        self.sample(application_id)["status"] = status

    def post_content(self, application_id: str, video_id: str = "7301") -> None:
        """The creator posts the video for the sample: it shows in the application's fulfilments."""
        self.contents.setdefault(application_id, []).append(
            {
                "product": {"id": self.sample(application_id)["product"]["id"]},
                "content": {
                    "id": video_id,
                    "format": "VIDEO",
                    "page_link": f"https://www.tiktok.com/video/{video_id}",
                    "create_time": int(self.now()),
                },
            }
        )

    def add_order(
        self,
        cipher: str,
        order_id: str,
        create_time: float,
        *skus: dict[str, Any],
        status: str = "PROCESSING",
    ) -> dict[str, Any]:
        """An affiliate order of a shop as "Search Seller Affiliate Orders" lists it; `skus` are SKU objects
        (see `sku`). Returned so a test can change it (a refund, commission paid) before the next sync."""
        order = {"id": order_id, "create_time": int(create_time), "status": status, "skus": list(skus)}
        self.orders.setdefault(cipher, []).append(order)
        return order

    @staticmethod
    def sku(
        sku_id: str,
        creator: str,
        price: str,
        currency: str = "USD",
        *,
        quantity: int = 1,
        content_type: str = "VIDEO",
        commission_rate: int = 1000,
    ) -> dict[str, Any]:
        base = str(Decimal(price) * quantity)
        commission = str((Decimal(base) * commission_rate / 10000).quantize(Decimal("0.01")))
        return {
            "sku_id": sku_id,
            "product_id": "p" + sku_id,
            "creator_username": creator,
            "content_type": content_type,
            "content_id": "v" + sku_id,
            "price": {"amount": price, "currency": currency},
            "quantity": quantity,
            "commission_rate": str(commission_rate),
            "estimated_commission_base": {"amount": base, "currency": currency},
            "estimated_paid_commission": {"amount": commission, "currency": currency},
            "refunded_quantity": 0,
            "returned_quantity": 0,
        }

    def order(self, order_id: str) -> dict[str, Any]:
        return next(o for orders in self.orders.values() for o in orders if o["id"] == order_id)

    def conversation_of(self, creator_open_id: str) -> str | None:
        return next((c for (_, cr), c in self._conversations.items() if cr == creator_open_id), None)

    # ---- server ---------------------------------------------------------------------------------

    async def start(self) -> str:
        app = web.Application()
        app.router.add_get("/api/v2/token/get", self._wrap(self._token_get, auth=False))
        app.router.add_get("/api/v2/token/refresh", self._wrap(self._token_refresh, auth=False))
        app.router.add_get("/authorization/202309/shops", self._wrap(self._shops, shop=False))
        app.router.add_post(f"{AFF}/202508/conversations", self._wrap(self._conversation, scope=3))
        app.router.add_post(f"{AFF}/202412/conversations/{{cid}}/messages", self._wrap(self._send, scope=3))
        app.router.add_get(
            f"{AFF}/202412/conversations/messages/list/newest", self._wrap(self._newest, scope=3)
        )
        app.router.add_post(f"{AFF}/202508/target_collaborations", self._wrap(self._invite, scope=2))
        app.router.add_post(f"{AFF}/202508/marketplace_creators/search", self._wrap(self._search, scope=0))
        app.router.add_post(f"{AFF}/202508/sample_applications/search", self._wrap(self._samples, scope=1))
        app.router.add_post(
            f"{AFF}/202507/sample_applications/{{aid}}/review", self._wrap(self._review, scope=2)
        )
        app.router.add_post(
            f"{AFF}/202409/sample_applications/{{aid}}/fulfillments/search",
            self._wrap(self._fulfillments, scope=1),
        )
        app.router.add_post(f"{AFF}/202410/orders/search", self._wrap(self._orders, scope=1))
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{self._runner.addresses[0][1]}"
        return self.url

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> TikTokShopSimulator:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def _wrap(self, handler: Any, *, auth: bool = True, shop: bool = True, scope: int | None = None) -> Any:
        async def run(request: web.Request) -> web.Response:
            raw = await request.read()
            query = dict(request.query)
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = None
            record = SimRequest(
                request.method, request.path, query, body, 200, 0, self.now(), query.get("shop_cipher", "")
            )
            self.requests.append(record)
            if await self.gate.dropped():
                record.status = 503
                return web.json_response({"code": -1, "message": "never arrived"}, status=503)
            with self.gate.handling():
                status, code, data = await self._check(request, raw, query, auth=auth, shop=shop, scope=scope)
                if status == 200 and code == 0:
                    status, code, data = handler(request, query, body or {})
            record.status, record.code = status, code
            envelope = {
                "code": code,
                "message": "Success" if code == 0 else "refused",
                "request_id": f"r{next(self._ids)}",
            }
            if code == 0 and status == 200:
                envelope["data"] = data
            return web.json_response(envelope, status=status)

        return run

    async def _check(
        self,
        request: web.Request,
        raw: bytes,
        query: dict[str, str],
        *,
        auth: bool,
        shop: bool,
        scope: int | None,
    ) -> tuple[int, int, Any]:
        for failure in self._failures:
            if failure.times > 0 and (not failure.path or failure.path in request.path):
                if failure.after > 0:
                    failure.after -= 1
                    continue
                failure.times -= 1
                return failure.status, failure.code or 36009003, None
        if query.get("app_key") != self.app_key:
            return 200, SIGN_CODE, None
        if not hmac.compare_digest(
            query.get("sign", ""), expected_sign(self.app_secret, request.path, query, raw)
        ):
            return 200, SIGN_CODE, None
        if (
            abs(time.time() - float(query.get("timestamp", "0") or 0)) > 300
        ):  # real time: requests expire in 5 min
            return 200, TIMESTAMP_CODE, None
        if not auth:
            return 200, 0, None
        token = self._tokens.get(request.headers.get("x-tts-access-token", ""))
        if token is None or token.expires <= self.now():
            return 401, 105002, None
        if scope is not None and ALL_SCOPES[scope] not in token.scopes:
            return 200, 105005, None
        cipher = query.get("shop_cipher", "")
        if shop and cipher not in {s.cipher for s in self.shops.get(token.seller, [])}:
            return 200, 106011, None
        if self._over_limit(cipher, request):
            return 429, 36009004, None
        return 200, 0, None

    def _over_limit(self, cipher: str, request: web.Request) -> bool:
        """At most `limit_per_s` accepted calls per (shop, API) in any second (refused ones do not count)."""
        if not self.enforce_rate_limits:
            return False
        resource = request.match_info.route.resource
        window = self._windows[(cipher, resource.canonical if resource is not None else request.path)]
        now = time.monotonic()
        while window and window[0] <= now - 1.0:
            window.popleft()
        if len(window) >= self.limit_per_s:
            self.rate_limited += 1
            return True
        window.append(now)
        return False

    # ---- handlers: (status, code, data) --------------------------------------------------------

    def _issue(self, seller: str, scopes: tuple[str, ...]) -> dict[str, Any]:
        access, refresh = "TTP_" + secrets.token_hex(12), "RFR_" + secrets.token_hex(12)
        now = self.now()
        self._tokens[access] = SimToken(seller, now + self.access_ttl, scopes)
        self._refresh[refresh] = SimToken(seller, now + self.refresh_ttl, scopes)
        return {
            "access_token": access,
            "access_token_expire_in": int(now + self.access_ttl),
            "refresh_token": refresh,
            "refresh_token_expire_in": int(now + self.refresh_ttl),
            "open_id": seller,
            "seller_name": f"{seller} name",
            "seller_base_region": "US",
            "user_type": 0,
            "granted_scopes": list(scopes),
        }

    def _token_get(self, request: web.Request, query: dict[str, str], body: Any) -> tuple[int, int, Any]:
        if query.get("app_secret") != self.app_secret or query.get("grant_type") != "authorized_code":
            return 200, 36004004, None
        issued = self._codes.pop(query.get("auth_code", ""), None)
        if issued is None or self.now() - issued[2] > 1800:
            return 200, 36004004, None
        return 200, 0, self._issue(issued[0], issued[1])

    def _token_refresh(self, request: web.Request, query: dict[str, str], body: Any) -> tuple[int, int, Any]:
        if query.get("app_secret") != self.app_secret or query.get("grant_type") != "refresh_token":
            return 200, 36004004, None
        old = self._refresh.pop(query.get("refresh_token", ""), None)
        if old is None or old.expires <= self.now():
            return 200, 36004004, None
        return 200, 0, self._issue(old.seller, old.scopes)

    def _seller(self, request: web.Request) -> str:
        return self._tokens[request.headers["x-tts-access-token"]].seller

    def _shops(self, request: web.Request, query: dict[str, str], body: Any) -> tuple[int, int, Any]:
        shops = self.shops.get(self._seller(request), [])
        return 200, 0, {"shops": [s.__dict__ | {"code": s.id.upper(), "seller_type": "LOCAL"} for s in shops]}

    def _conversation(self, request: web.Request, query: dict[str, str], body: Any) -> tuple[int, int, Any]:
        creator = str(body.get("creator_open_id", ""))
        if not creator:
            return 200, 16030001, None
        key = (query["shop_cipher"], creator)
        is_new = key not in self._conversations
        if is_new:
            self._conversations[key] = f"conv{next(self._ids)}"
            self._creator_of[self._conversations[key]] = creator
        return 200, 0, {"conversation_id": self._conversations[key], "is_new": is_new}

    def _send(self, request: web.Request, query: dict[str, str], body: Any) -> tuple[int, int, Any]:
        cid = request.match_info["cid"]
        if cid not in self._creator_of:
            return 200, 16032001, None
        msg_type, content = str(body.get("msg_type", "")), str(body.get("content", ""))
        if msg_type not in ("TEXT", "PRODUCT_CARD", "TARGET_COLLABORATION_CARD", "FREE_SAMPLE_CARD", "IMAGE"):
            return 200, 36009001, None
        try:
            parsed = json.loads(content)
        except ValueError:
            return 200, 36009001, None
        # the card types carry one id each ("Send IM Message": content examples)
        if msg_type == "PRODUCT_CARD" and not str(parsed.get("product_id", "")).isdigit():
            return 200, 98001004, None
        if msg_type == "TARGET_COLLABORATION_CARD" and parsed.get("target_collaboration_id") not in {
            i["id"] for i in self.invites
        }:
            return 200, 98001004, None
        message = SimMessage(cid, msg_type, content, f"msg{next(self._ids)}", self.now())
        self.sent.append(message)
        return 200, 0, {"message_id": message.message_id}

    def _invite(self, request: web.Request, query: dict[str, str], body: Any) -> tuple[int, int, Any]:
        """ "Create Target Collaboration" as documented: name, end_time (Unix seconds, a string), 1–100
        products each with an id and a target_commission_rate ≥ 1000 (hundredths of a percent), 1–50
        creator open ids, the seller's contact e-mail and the free-sample rule are required (else 98001004);
        a creator × product pair already invited is a conflict (16024022); no quota left → 16024019."""
        products = body.get("products")
        creators = body.get("creator_user_open_ids")
        rule = body.get("free_sample_rule")
        contact = body.get("seller_contact_info")
        valid = (
            isinstance(body.get("name"), str)
            and body["name"]
            and str(body.get("end_time", "")).isdigit()
            and isinstance(body.get("end_time"), str)
            and isinstance(products, list)
            and 1 <= len(products) <= 100
            and all(
                isinstance(p, dict)
                and str(p.get("id", "")).isdigit()
                and isinstance(p.get("target_commission_rate"), int)
                and 1000 <= p["target_commission_rate"] <= 10000
                for p in products
            )
            and isinstance(creators, list)
            and 1 <= len(creators) <= 50
            and isinstance(contact, dict)
            and "@" in str(contact.get("email", ""))
            and isinstance(rule, dict)
            and isinstance(rule.get("has_free_sample"), bool)
            and isinstance(rule.get("is_sample_approval_exempt"), bool)
        )
        if not valid:
            return 200, 98001004, None
        assert isinstance(products, list) and isinstance(creators, list)
        taken = {(c, p) for i in self.invites for c in i["creator_user_open_ids"] for p in i["products"]}
        pairs = [(c, str(p["id"])) for c in creators for p in products]
        if any(pair in taken for pair in pairs):
            return 200, 16024022, None
        if self.invite_quota is not None:
            if self.invite_quota <= 0:
                return 200, 16024019, None
            self.invite_quota -= 1
        invite_id = str(7365861555575916000 + next(self._ids))
        self.invites.append(
            {
                **body,
                "id": invite_id,
                "products": [str(p["id"]) for p in products],
                "shop": query["shop_cipher"],
            }
        )
        return 200, 0, {"target_collaboration": {"id": invite_id}, "target_collaboration_conflicts": []}

    def _newest(self, request: web.Request, query: dict[str, str], body: Any) -> tuple[int, int, Any]:
        unread, self._unread = self._unread, []
        return 200, 0, {"newest_message_list": unread}

    def _search(self, request: web.Request, query: dict[str, str], body: Any) -> tuple[int, int, Any]:
        size = int(query.get("page_size", "0") or 0)
        if size not in (12, 20):
            return 200, 36009001, None
        found = [c for c in self.creators if _matches(c, body)]
        start = int(query.get("page_token", "0") or 0)
        page = found[start : start + size]
        nxt = str(start + size) if start + size < len(found) else ""
        return 200, 0, {"creators": page, "next_page_token": nxt, "search_key": "sk_" + str(len(found))}

    def _samples(self, request: web.Request, query: dict[str, str], body: Any) -> tuple[int, int, Any]:
        """page_size 1–50 (Partner Center), a page token that is an offset, optional `status` filter."""
        size = int(query.get("page_size", "20") or 0)
        if not 0 < size <= 50:
            return 200, 36009001, None
        found = [s for s in self.samples if not body.get("status") or s["status"] == body["status"]]
        start = int(query.get("page_token", "0") or 0)
        nxt = str(start + size) if start + size < len(found) else ""
        page = found[start : start + size]
        return 200, 0, {"sample_applications": page, "total_count": len(found), "next_page_token": nxt}

    def _orders(self, request: web.Request, query: dict[str, str], body: Any) -> tuple[int, int, Any]:
        """Orders created in [create_time_ge, create_time_lt), oldest first; page_token is an offset."""
        try:
            size = int(query.get("page_size", "0") or 0)
            start = int(query.get("page_token", "0") or 0)
        except ValueError:
            return 200, 36009001, None
        if not 1 <= size <= 100:
            return 200, 36009001, None
        ge = int(body.get("create_time_ge", 0) or 0)
        lt = int(body.get("create_time_lt", 0) or 0) or int(self.now())
        found = sorted(
            (o for o in self.orders.get(query["shop_cipher"], []) if ge <= o["create_time"] < lt),
            key=lambda o: (o["create_time"], o["id"]),
        )
        page = found[start : start + size]
        nxt = str(start + size) if start + size < len(found) else ""
        return 200, 0, {"orders": copy.deepcopy(page), "next_page_token": nxt, "total_count": len(found)}

    def _review(self, request: web.Request, query: dict[str, str], body: Any) -> tuple[int, int, Any]:
        application = next((s for s in self.samples if s["id"] == request.match_info["aid"]), None)
        result, reason = str(body.get("review_result", "")), str(body.get("reject_reason", ""))
        if application is None or result not in ("APPROVE", "REJECT") or (result == "REJECT" and not reason):
            return 200, 36009001, None
        if application["status"] != "PENDING":  # reviewed already (here or in Seller Center)
            return 200, 16022021, None
        application["status"] = "AWAITING_SHIPMENT" if result == "APPROVE" else "REJECT_CANCELLED"
        self.reviews.append((application["id"], result, reason))
        return 200, 0, {}

    def _fulfillments(self, request: web.Request, query: dict[str, str], body: Any) -> tuple[int, int, Any]:
        aid = request.match_info["aid"]
        if not any(s["id"] == aid for s in self.samples):
            return 200, 36009001, None
        return 200, 0, {"fulfillments": self.contents.get(aid, [])}


def _matches(creator: dict[str, Any], body: dict[str, Any]) -> bool:
    keyword = str(body.get("keyword", "")).lower()
    if (
        keyword
        and keyword not in (str(creator.get("username", "")) + " " + str(creator.get("nickname", ""))).lower()
    ):
        return False
    count = body.get("follower_demographics", {}).get("count_range", {})
    followers = int(creator.get("follower_count", 0))
    if "count_ge" in count and followers < int(count["count_ge"]):
        return False
    return not ("count_le" in count and int(count["count_le"]) >= 0 and followers > int(count["count_le"]))
