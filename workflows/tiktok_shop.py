"""Connecting TikTok Shops to a workspace: the authorization link, the callback's tokens stored sealed,
tokens refreshed before they expire, and the status the team asks for. Platform-free: the HTTP calls
are the adapter's (bot/adapters/tiktok_shop), handed in as the `TokenSource` port.

Facts (TikTok Shop Partner Center, "Authorization" and "Get Access Token"): the seller opens the app's
authorization link and consents; TikTok redirects to the app's redirect URL with `code` (single use,
valid 30 minutes) and our `state`; the code buys an access token (7 days) and a refresh token; the
authorised shops and their `cipher` come from "Get Authorized Shops". The Affiliate APIs need the scopes
in `REQUIRED_SCOPES`, which the shop's partner manager must approve first (the Affiliate API is off by
default).

`state` is sealed (AES-GCM, models/secrets.py) over the workspace, chat and member who asked and an
expiry, so a callback can only land in the chat that asked, within an hour, and says nothing readable.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from tortoise.transactions import in_transaction

from i18n import Catalog
from models.enums import DeliveryKind
from models.schedule import Delivery
from models.secrets import Sealer, SecretsUnavailable
from models.tenancy import Chat
from models.tiktok_shop import ConnectionStatus, OutreachSender, ShopConnection, TikTokPreference
from workflows import permissions, roles
from workflows.delivery import Scheduler
from workflows.errors import WorkflowError
from workflows.tenancy import Actor

if TYPE_CHECKING:
    from workflows.tiktok_invites import Inviter
    from workflows.tiktok_orders import OrderFeed
    from workflows.tiktok_outreach import Messenger
    from workflows.tiktok_samples import Reviewer
    from workflows.tiktok_search import Marketplace

STATE_TTL = timedelta(hours=1)
REFRESH_BEFORE = timedelta(days=1)  # refresh an access token with less than this left (it lasts 7 days)
STATE_PURPOSE = "tiktok:state"
REQUIRED_SCOPES = (
    "seller.creator_marketplace.read",
    "seller.affiliate_collaboration.read",
    "seller.affiliate_collaboration.write",
    "seller.affiliate_messages.write",
)


class NotConfigured(WorkflowError):
    """No TikTok Shop app in this deployment (TIKTOK_SHOP_APP_KEY / _SECRET / _SERVICE_ID unset)."""


class BadState(WorkflowError):
    """A callback whose state does not open, is too old, or names a chat that no longer exists."""


class NoShop(WorkflowError):
    """The workspace has no connected shop that can do this (none, or every one needs authorising)."""


class TokenRefused(Exception):
    """The token endpoint refused (an expired or revoked refresh token)."""


@dataclass(frozen=True, slots=True)
class Grant:
    """Tokens as the token endpoint gives them (the adapter converts its answer to this)."""

    access_token: str = field(repr=False)
    access_expires_at: datetime
    refresh_token: str = field(repr=False)
    refresh_expires_at: datetime
    seller_open_id: str = ""
    scopes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AuthorizedShop:
    id: str
    name: str
    region: str
    cipher: str


@dataclass(frozen=True, slots=True)
class Connector:
    """The deployment's TikTok Shop app as the workflows see it: where the consent page is, and the
    sealer for states and tokens (keyed from the app secret)."""

    authorize_url: str
    service_id: str
    sealer: Sealer
    marketplace: Marketplace | None = None  # the creator marketplace search (bot/adapters/tiktok_shop)
    messenger: Messenger | None = None  # sends approved reply drafts into conversations
    samples: Reviewer | None = None  # approves / rejects sample applications (通过 / 拒绝)
    inviter: Inviter | None = None  # creates target collaborations (定向邀约)
    orders: OrderFeed | None = None  # affiliate orders ("同步订单"; the schedule has its own)


@dataclass(frozen=True, slots=True)
class ConnectState:
    workspace_id: int
    chat_id: int
    member_id: int


@dataclass(frozen=True, slots=True)
class ShopAccess:
    """What a shop API call needs (the adapter's ShopAuth)."""

    connection_id: int
    cipher: str
    access_token: str = field(repr=False)


Refresh = Callable[[str], Awaitable[Grant]]  # refresh token → new grant (raises TokenRefused)


# ---- the link and its state -----------------------------------------------------------------------


async def connect_link(actor: Actor, chat_id: int, connector: Connector | None, now: datetime) -> str:
    """The authorization link for this chat (leads only)."""
    await roles.require(actor, "tiktok_connect", permissions.can_bind_webhook(actor))
    if connector is None:
        raise NotConfigured()
    plain = json.dumps(
        {"w": actor.workspace_id, "c": chat_id, "m": actor.member_id, "e": int((now + STATE_TTL).timestamp())}
    )
    state = connector.sealer.seal(plain, STATE_PURPOSE)
    return f"{connector.authorize_url}?{urlencode({'service_id': connector.service_id, 'state': state})}"


def read_state(state: str, sealer: Sealer, now: datetime) -> ConnectState:
    try:
        values = json.loads(sealer.unseal(state, STATE_PURPOSE))
        if int(values["e"]) < now.timestamp():
            raise BadState()
        return ConnectState(int(values["w"]), int(values["c"]), int(values["m"]))
    except (SecretsUnavailable, ValueError, KeyError, TypeError) as error:
        raise BadState() from error


# ---- storing and refreshing -----------------------------------------------------------------------


def _purpose(connection_id: int, which: str) -> str:
    return f"tiktok:{connection_id}:{which}"


async def store_connection(
    state: ConnectState,
    grant: Grant,
    shops: Sequence[AuthorizedShop],
    sealer: Sealer,
    now: datetime,
    scheduler: Scheduler | None = None,
) -> list[ShopConnection]:
    """Upsert one connection per authorised shop (a shop connected again gets the new tokens), then tell
    the chat that asked, through the delivery engine (a NOTICE, so it is never lost)."""
    chat = await Chat.get_or_none(id=state.chat_id, workspace_id=state.workspace_id)
    if chat is None:
        raise BadState()
    stored = []
    async with in_transaction():
        for shop in shops:
            row, _ = await ShopConnection.get_or_create(
                workspace_id=state.workspace_id,
                shop_id=shop.id,
                defaults={
                    "cipher": shop.cipher,
                    "access_expires_at": grant.access_expires_at,
                    "refresh_expires_at": grant.refresh_expires_at,
                },
            )
            row.shop_name, row.region, row.cipher = shop.name, shop.region, shop.cipher
            row.seller_open_id, row.scopes = grant.seller_open_id, list(grant.scopes)
            _set_tokens(row, grant, sealer)
            row.status, row.last_error, row.last_error_at = ConnectionStatus.ACTIVE, "", None
            row.connected_by_id, row.chat_id = state.member_id, state.chat_id
            await row.save()
            stored.append(row)
        notice = await _notice(chat, stored, now)
    if scheduler is not None and notice is not None:
        await scheduler.enqueue(notice.id, notice.version, notice.due_at)
    return stored


def _set_tokens(row: ShopConnection, grant: Grant, sealer: Sealer) -> None:
    row.access_token = sealer.seal(grant.access_token, _purpose(row.id, "access"))
    row.refresh_token = sealer.seal(grant.refresh_token, _purpose(row.id, "refresh"))
    row.access_expires_at, row.refresh_expires_at = grant.access_expires_at, grant.refresh_expires_at


async def _notice(chat: Chat, rows: list[ShopConnection], now: datetime) -> Delivery | None:
    if not rows:
        return None
    t = Catalog(chat.locale)
    lines = [t("tiktok.connected", shop=r.shop_name or r.shop_id, region=r.region or "-") for r in rows]
    missing = sorted({s for r in rows for s in REQUIRED_SCOPES if s not in r.scopes})
    if missing:
        lines.append(t("tiktok.scopes_missing", scopes=", ".join(missing)))
    zone = chat.timezone
    return await Delivery.create(
        workspace_id=chat.workspace_id,  # type: ignore[attr-defined]
        chat_id=chat.id,
        kind=DeliveryKind.NOTICE,
        due_at=now,
        local_wall=now.astimezone(ZoneInfo(zone)).replace(tzinfo=None).isoformat(timespec="seconds"),
        zone=zone,
        text="\n".join(lines),
        source_text=f"tiktok:connected:{rows[0].id}:{int(now.timestamp())}",
        resolution="notice",
    )


async def access(
    workspace_id: int, sealer: Sealer, refresh: Refresh, now: datetime, *, shop_id: str | None = None
) -> ShopAccess:
    """A usable token for the workspace's (first active, or named) shop, refreshed first when it has less
    than a day left. On PostgreSQL the row is locked while refreshing, so two processes never spend one
    refresh token twice; a refused refresh marks the shop as needing authorisation and raises NoShop."""
    query = ShopConnection.filter(workspace_id=workspace_id, status=ConnectionStatus.ACTIVE)
    if shop_id is not None:
        query = query.filter(shop_id=shop_id)
    row = await query.order_by("id").first()
    if row is None:
        raise NoShop()
    if row.access_expires_at - now < REFRESH_BEFORE:
        row = await refresh_one(row.id, sealer, refresh, now)
    return ShopAccess(row.id, row.cipher, sealer.unseal(row.access_token, _purpose(row.id, "access")))


async def refresh_one(connection_id: int, sealer: Sealer, refresh: Refresh, now: datetime) -> ShopConnection:
    """Refresh the tokens of one connection and of every shop the same authorisation covers (one seller's
    grant serves all their shops, and a refresh token is spent once). Rows locked on PostgreSQL."""
    async with in_transaction() as conn:
        row = await ShopConnection.filter(id=connection_id).select_for_update().using_db(conn).get()
        if row.access_expires_at - now >= REFRESH_BEFORE:
            return row  # another process refreshed it meanwhile
        siblings = await (
            ShopConnection.filter(workspace_id=row.workspace_id, seller_open_id=row.seller_open_id)  # type: ignore[attr-defined]
            .exclude(id=row.id)
            .select_for_update()
            .using_db(conn)
        )
        try:
            grant = await refresh(sealer.unseal(row.refresh_token, _purpose(row.id, "refresh")))
        except (TokenRefused, SecretsUnavailable):
            grant = None
        for each in [row, *(r for r in siblings if r.status == ConnectionStatus.ACTIVE)]:
            if grant is None:
                each.status, each.last_error, each.last_error_at = (
                    ConnectionStatus.NEEDS_AUTH,
                    "refresh_refused",
                    now,
                )
            else:
                _set_tokens(each, grant, sealer)
                each.scopes = list(grant.scopes) or each.scopes
            await each.save(using_db=conn)
    if grant is None:
        raise NoShop()
    return row


async def refresh_due(sealer: Sealer, refresh: Refresh, now: datetime) -> int:
    """Refresh every active token with less than a day left (the worker's periodic job); returns how many
    were refreshed. A refused one is marked and skipped."""
    due = await ShopConnection.filter(
        status=ConnectionStatus.ACTIVE, access_expires_at__lt=now + REFRESH_BEFORE
    ).values_list("id", flat=True)
    done = 0
    for connection_id in due:
        try:
            await refresh_one(int(connection_id), sealer, refresh, now)  # type: ignore[call-overload]
            done += 1
        except NoShop:
            continue
    return done


async def record_error(connection_id: int, key: str, now: datetime) -> None:
    """Remember why the last call failed (a catalog key under `tiktok.error.`), for the status card."""
    await ShopConnection.filter(id=connection_id).update(last_error=key, last_error_at=now)


async def record_sync(connection_id: int, now: datetime) -> None:
    await ShopConnection.filter(id=connection_id).update(last_sync_at=now, last_error="", last_error_at=None)


# ---- status and preference ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ShopStatus:
    shop: str
    region: str
    status: ConnectionStatus
    scopes: tuple[str, ...]
    missing: tuple[str, ...]
    access_expires_at: datetime
    refresh_expires_at: datetime
    last_sync_at: datetime | None
    last_error: str
    last_error_at: datetime | None
    orders_synced_at: datetime | None = None  # the affiliate orders sync (workflows/tiktok_orders.py)
    orders_read: int = 0
    orders_created: int = 0
    orders_updated: int = 0
    orders_scope: bool = False  # the shop granted what the orders sync needs


async def status(actor: Actor) -> tuple[list[ShopStatus], OutreachSender]:
    rows = await ShopConnection.filter(workspace_id=actor.workspace_id).order_by("id")
    shops = [
        ShopStatus(
            shop=r.shop_name or r.shop_id,
            region=r.region,
            status=ConnectionStatus(r.status),
            scopes=tuple(r.scopes),
            missing=tuple(s for s in REQUIRED_SCOPES if s not in r.scopes),
            access_expires_at=r.access_expires_at,
            refresh_expires_at=r.refresh_expires_at,
            last_sync_at=r.last_sync_at,
            last_error=r.last_error,
            last_error_at=r.last_error_at,
            orders_synced_at=r.orders_synced_at,
            orders_read=r.orders_read,
            orders_created=r.orders_created,
            orders_updated=r.orders_updated,
            orders_scope="seller.affiliate_collaboration.read" in r.scopes,
        )
        for r in rows
    ]
    return shops, await sender(actor.workspace_id)


async def sender(workspace_id: int) -> OutreachSender:
    pref = await TikTokPreference.get_or_none(workspace_id=workspace_id)
    return OutreachSender(pref.sender) if pref is not None else OutreachSender.MYSELF
