"""TikTok Shop affiliate orders, synced into the results tables (issue 19 → issue 18's `shop_order`).

For every connected shop with the collaboration-read scope, "Search Seller Affiliate Orders" (TikTok
Shop Partner Center, Affiliate Seller API: filters `create_time_ge` / `create_time_lt`, `page_size`
1–100, `page_token` paging; per SKU the creator's username, content type and id, price, quantity,
refunded and returned quantity, estimated and actual commission) is read from the shop's cursor minus
`REREAD` up to now, and every SKU line goes through the orders import's one writer
(`order_run.write_batch`): the key is (workspace, order id, SKU), so a line read again is compared and
only what changed (a refund, a return, commission paid, the status) is updated in place; nothing is
duplicated. Attribution is the import's: the creator username → the workspace's creator by handle.

The filter is on the order's creation time, and an order changes for weeks after it was placed (returns,
refunds, commission settled), so each sync reads again the last `REREAD` before its cursor; the first
sync of a shop reads `FIRST_SYNC` back. A shop is held by one sync at a time (`orders_syncing_since`, a
lease of `HOLD`). The cursor moves only when every page was read, so a failure half-way reads the same
window again next time (the lines already written compare as unchanged).

The HTTP side is the adapter's (bot/adapters/tiktok_shop/orders.py), handed in as the `OrderFeed` port.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Protocol

from tortoise.expressions import Q

from models.results import ContentType, OrderStatus
from models.tenancy import Chat, Member
from models.tiktok_shop import ConnectionStatus, ShopConnection
from workflows import permissions, roles
from workflows.creators import handle_key
from workflows.importing import order_run
from workflows.importing.order_rows import OrderDraft
from workflows.importing.rows import Where
from workflows.importing.run import BATCH_SIZE
from workflows.ports import Clock
from workflows.tenancy import Actor

log = logging.getLogger(__name__)

SCOPE = "seller.affiliate_collaboration.read"  # "Search Seller Affiliate Orders" needs it
FIRST_SYNC = timedelta(days=90)  # a shop's first sync reads orders created this far back
REREAD = timedelta(days=30)  # each sync reads again orders created this long before its cursor
EVERY = timedelta(minutes=30)  # the scheduled sync (worker cron, in-process loop)
HOLD = timedelta(minutes=10)  # a sync's hold on a shop; an older hold belonged to a process that died
PAGE_SIZE = 100  # the API's maximum

# The API's content types (SHOP, VIDEO, LIVE, PRE_LIVE, PROMOTION_PAGE, LINKSHARE) → the results' own.
CONTENT_TYPES = {
    "VIDEO": ContentType.VIDEO,
    "LIVE": ContentType.LIVE,
    "PRE_LIVE": ContentType.LIVE,
    "SHOP": ContentType.SHOWCASE,
    "SHOWCASE": ContentType.SHOWCASE,
}
# The API's order statuses (PROCESSING, COMPLETED, CANCELLED, FROZEN, DEDUCTED) → the results' own; a line
# whose every unit was refunded or returned becomes refunded / returned whatever the order's status.
STATUSES = {
    "PROCESSING": OrderStatus.PAID,
    "FROZEN": OrderStatus.PAID,
    "COMPLETED": OrderStatus.COMPLETED,
    "CANCELLED": OrderStatus.CANCELLED,
    "DEDUCTED": OrderStatus.REFUNDED,
}


class OrdersUnavailable(Exception):
    """The shop could not be read now; `key` is a catalog key under `tiktok.error.` (the status card
    says it): token_rejected, rate_limited, unavailable, refused."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(frozen=True, slots=True)
class FeedSku:
    """One SKU line of an affiliate order, as the API gives it (money as Decimal in `currency`)."""

    sku_id: str
    product_id: str
    creator_username: str
    content_type: str
    content_id: str
    price: Decimal  # the unit selling price
    currency: str
    quantity: int
    refunded_quantity: int = 0
    returned_quantity: int = 0
    commission_base: Decimal | None = None  # estimated commission base: price × quantity
    commission_estimated: Decimal | None = None
    commission_actual: Decimal | None = None


@dataclass(frozen=True, slots=True)
class FeedOrder:
    order_id: str
    created_at: datetime  # UTC
    status: str
    skus: tuple[FeedSku, ...]


class OrderFeed(Protocol):
    """The adapter: every page of a shop's affiliate orders created in [created_from, created_before)
    (refreshing the token when due); raises OrdersUnavailable."""

    def pages(
        self, workspace_id: int, shop_id: str, created_from: datetime, created_before: datetime
    ) -> AsyncIterator[Sequence[FeedOrder]]: ...


@dataclass(slots=True)
class ShopSync:
    shop: str
    read: int = 0  # SKU lines read
    created: int = 0
    updated: int = 0
    unknown: list[str] = field(default_factory=list)  # creator usernames the pipeline does not have
    error: str = ""  # a `tiktok.error.` key; "" = the sync finished
    busy: bool = False  # another sync holds the shop


def drafts_of(order: FeedOrder, shop: str, row: int) -> list[OrderDraft]:
    """One draft per SKU line, numbered from `row` (the import's row numbers become the line's place in
    the sync). The line's amount is its commission base (price × quantity) in the price's currency; units
    refunded or returned are refunded at the unit price; a line with every unit back is refunded (or
    returned)."""
    drafts: list[OrderDraft] = []
    seen: dict[str, int] = {}
    base_status = STATUSES.get(order.status.upper(), OrderStatus.PAID)
    for offset, sku in enumerate(order.skus):
        if not sku.currency or sku.price < 0:  # no currency, no figure: never guessed (as the import)
            log.warning(
                "orders sync: order %s has a line without a currency or price; skipped", order.order_id
            )
            continue
        key = (sku.sku_id or sku.product_id or "")[:64]
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:  # the same SKU twice in one order (two collaborations): a line each
            key = f"{key[:60]}#{seen[key]}"
        quantity = max(sku.quantity, 1)
        amount = sku.commission_base if sku.commission_base else sku.price * quantity
        amount = amount.quantize(Decimal("0.01"))
        back = min(sku.refunded_quantity + sku.returned_quantity, quantity)
        refund = min((sku.price * back).quantize(Decimal("0.01")), amount)
        status = base_status
        if back >= quantity and status != OrderStatus.CANCELLED:
            status = OrderStatus.RETURNED if sku.returned_quantity else OrderStatus.REFUNDED
        if status in (OrderStatus.REFUNDED, OrderStatus.RETURNED):  # as the import: the whole line is back
            refund, back = amount, quantity
        handle = sku.creator_username.strip().lstrip("@")[:100]
        drafts.append(
            OrderDraft(
                where=Where(shop, row + offset),
                order_id=order.order_id[:64],
                sku=key,
                amount=amount,
                currency=sku.currency.upper()[:3],
                status=status,
                ordered_at=order.created_at.astimezone(UTC),
                product_id=sku.product_id[:64],
                handle=handle,
                key=handle_key(handle) if handle else "",
                quantity=quantity,
                refunded_quantity=back,
                refund_amount=refund,
                commission_estimated=sku.commission_estimated,
                commission_actual=sku.commission_actual,
                content_type=CONTENT_TYPES.get(sku.content_type.upper(), ContentType.OTHER)
                if sku.content_type
                else None,
                content_id=sku.content_id[:64],
            )
        )
    return drafts


# ---- one shop -------------------------------------------------------------------------------------


async def _hold(row_id: int, now: datetime) -> bool:
    """Take the shop for one sync (a conditional UPDATE: exactly one caller wins)."""
    taken = await ShopConnection.filter(
        Q(orders_syncing_since__isnull=True) | Q(orders_syncing_since__lt=now - HOLD), id=row_id
    ).update(orders_syncing_since=now)
    return bool(taken)


async def _acting(row: ShopConnection) -> Actor | None:
    """Whom the scheduled sync's audit rows name: the member who connected the shop (the sync reads under
    their authorisation), else the workspace's first lead or member."""
    member = None
    if row.connected_by_id is not None:  # type: ignore[attr-defined]
        member = await Member.get_or_none(id=row.connected_by_id)  # type: ignore[attr-defined]
    if member is None:
        member = await Member.filter(workspace_id=row.workspace_id).order_by("id").first()  # type: ignore[attr-defined]
    if member is None:
        return None
    return Actor(member.workspace_id, member.id, member.display_name, member.role)  # type: ignore[attr-defined]


async def _chat_of(row: ShopConnection) -> Chat | None:
    """The chat the shop was connected in: its clock is the team's day of an order, its language the
    history notes' (first order after posting)."""
    if row.chat_id is None:  # type: ignore[attr-defined]
        return None
    return await Chat.get_or_none(id=row.chat_id)  # type: ignore[attr-defined]


async def sync_shop(
    row: ShopConnection,
    feed: OrderFeed,
    clock: Clock,
    *,
    team_timezone: str,
    actor: Actor | None = None,
    locale: str | None = None,
) -> ShopSync:
    """Read one shop's orders since its cursor (minus `REREAD`) and write them through the import's
    writer; the cursor moves to the start of this sync when every page was read."""
    name = row.shop_name or row.shop_id
    result = ShopSync(name)
    now = clock.now()
    if not await _hold(row.id, now):
        result.busy = True
        return result
    try:
        acting = actor or await _acting(row)
        if acting is None:
            return result
        start = row.orders_cursor - REREAD if row.orders_cursor is not None else now - FIRST_SYNC
        chat = await _chat_of(row)
        locale = locale or (chat.locale if chat is not None and chat.locale else "zh_CN")
        run = await order_run.open_run(
            acting,
            clock,
            team_timezone=chat.timezone if chat is not None and chat.timezone else team_timezone,
            source=f"tiktok:{row.shop_id}",
            action="orders.sync",
        )
        batch: list[OrderDraft] = []
        seen: set[tuple[str, str]] = set()  # an order listed on two pages is written once
        try:
            async for page in feed.pages(row.workspace_id, row.shop_id, start, now):  # type: ignore[attr-defined]
                for order in page:
                    for draft in drafts_of(order, name, result.read + len(batch) + 1):
                        if draft.line_key not in seen:
                            seen.add(draft.line_key)
                            batch.append(draft)
                    if len(batch) >= BATCH_SIZE:
                        result.read += len(batch)
                        await order_run.write_batch(run, batch)
                        batch = []
        except OrdersUnavailable as error:  # the pages read so far are good: written below
            result.error = error.key
        if batch:
            result.read += len(batch)
            await order_run.write_batch(run, batch)
        report = await order_run.close_run(run, locale)
        result.created, result.updated = len(report.created), len(report.updated)
        result.unknown = sorted(report.unknown_creators, key=str.casefold)
        if result.error:
            return result
        await ShopConnection.filter(id=row.id).update(
            orders_cursor=now,
            orders_synced_at=clock.now(),
            orders_read=result.read,
            orders_created=result.created,
            orders_updated=result.updated,
            last_sync_at=clock.now(),
            last_error="",
            last_error_at=None,
        )
        return result
    finally:
        await ShopConnection.filter(id=row.id).update(orders_syncing_since=None)


# ---- every shop (the schedule) and one workspace (the chat command) --------------------------------


def _can_read(row: ShopConnection) -> bool:
    return row.status == ConnectionStatus.ACTIVE and SCOPE in (row.scopes or [])


async def sync_all(feed: OrderFeed, clock: Clock, *, team_timezone: str) -> list[ShopSync]:
    """The scheduled sync: every active shop with the scope, one after another (the API limit is per shop,
    so shops could overlap; one at a time keeps the database load of a big first sync low)."""
    done = []
    for row in await ShopConnection.filter(status=ConnectionStatus.ACTIVE).order_by("id"):
        if not _can_read(row):
            continue
        try:
            done.append(await sync_shop(row, feed, clock, team_timezone=team_timezone))
        except Exception:  # one shop's trouble (a database hiccup) must not stop the others
            log.exception("orders sync of shop %s failed", row.id)
    return done


class NothingToSync(Exception):
    """No connected shop of the workspace can read affiliate orders (none, or none with the scope)."""

    def __init__(self, missing_scope: bool) -> None:
        super().__init__("missing_scope" if missing_scope else "no_shop")
        self.missing_scope = missing_scope


async def sync_now(
    actor: Actor, feed: OrderFeed, clock: Clock, *, team_timezone: str, locale: str
) -> list[ShopSync]:
    """ "同步订单" (leads, as the orders import): every shop of the workspace that can be read, now."""
    await roles.require(actor, "results", permissions.can_manage_results(actor))
    rows = await ShopConnection.filter(
        workspace_id=actor.workspace_id, status=ConnectionStatus.ACTIVE
    ).order_by("id")
    readable = [r for r in rows if _can_read(r)]
    if not readable:
        raise NothingToSync(missing_scope=bool(rows))
    return [
        await sync_shop(r, feed, clock, team_timezone=team_timezone, actor=actor, locale=locale)
        for r in readable
    ]
