"""Target collaboration invites (定向邀约, issue 19): "给 @amy 发定向邀约 佣金15% 商品 1729…" creates one
through the shop ("Create Target Collaboration", TikTok Shop Partner Center API reference), counts it
against the weekly Target Invite + IM quota (workflows/quota.py), and records the offer on the creator.

**At most one invitation per creator, shop and products.** The API has no idempotency key, so a
`TargetInvite` row keyed by (creator, shop, sorted product ids) is claimed before the call, as a
`TikTokSend` is for a message: a second press, a resent message or a retry finds it and says it exists
(`sent`) or that it may exist (`doubt`: TikTok answered 5xx or timed out; never created again). Only a
call that certainly did nothing (a 429, no connection, a refusal) gives the claim back.

Documented limits of "Create Target Collaboration": `target_commission_rate` in hundredths of a percent,
at least 1000 (10%); at most 100 products and 50 creators per invitation; `end_time` and the seller's
contact e-mail are required. Platform-free: the call is the adapter's (`Inviter`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Protocol

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from i18n import Catalog
from models.campaign import CampaignProduct, Collaboration
from models.creator import Creator, Note
from models.enums import CreatorPlatform, NoteKind
from models.mail import Mailbox
from models.tiktok_shop import ConnectionStatus, CreatorLink, InviteState, ShopConnection, TargetInvite
from workflows import audit, deadlines, permissions, quota
from workflows.creators import find_creators
from workflows.ports import Clock
from workflows.tenancy import Actor

COLLAB_WRITE_SCOPE = "seller.affiliate_collaboration.write"
MIN_COMMISSION_BP = 1000  # "Create Target Collaboration": target_commission_rate must be at least 1000 (10%)
MAX_COMMISSION_BP = 10000
MAX_PRODUCTS = 100  # "Create Target Collaboration": at most 100 products per invitation
INVITE_DAYS = 30  # our default: the invitation ends 30 days after it is sent (`end_time` is required)
PRODUCT_ID = re.compile(r"^\d{8,25}$")  # TikTok Shop product ids are long numbers
# A product id in a message: a run of 8–25 digits not glued to a handle, an amount or a decimal.
_PRODUCT_IN_TEXT = re.compile(r"(?<![A-Za-z0-9_.@$¥€£])\d{8,25}(?![A-Za-z0-9_.%])")
# The card message types of "Send IM Message" (TikTok Shop Partner Center API reference).
PRODUCT_CARD = "PRODUCT_CARD"
INVITE_CARD = "TARGET_COLLABORATION_CARD"
MAX_PRODUCT_CARDS = 3  # cards after one touch's text, at most (each is a message in the conversation)


class InviteFailure(StrEnum):
    """Why no invitation went out (a catalog key each, under tiktok.invite.fail.)."""

    NOT_TIKTOK = "not_tiktok"
    NO_COMMISSION = "no_commission"
    LOW_COMMISSION = "low_commission"
    NO_PRODUCT = "no_product"
    TOO_MANY_PRODUCTS = "too_many_products"
    NO_SHOP = "no_shop"
    NO_CREATOR_ID = "no_creator_id"
    NO_SCOPE = "no_scope"
    NO_EMAIL = "no_email"
    QUOTA = "quota"  # our weekly count is full
    PLATFORM_QUOTA = "platform_quota"  # TikTok said the shop has no invitation quota left
    CONFLICT = "conflict"  # TikTok: the creator already has an invitation for one of these products
    IN_DOUBT = "in_doubt"
    BUSY = "busy"
    TOKEN = "token"
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class InviteAsk:
    handle: str
    commission: str | None  # percent as typed: "15", "12.5"
    products: tuple[str, ...]
    email: str | None = None
    free_sample: bool = False


@dataclass(frozen=True, slots=True)
class InviteCall:
    """What the adapter sends ("Create Target Collaboration")."""

    shop_id: str
    connection_id: int
    name: str
    end_time: int  # Unix seconds
    products: tuple[str, ...]
    commission_bp: int
    open_id: str
    email: str
    free_sample: bool


@dataclass(frozen=True, slots=True)
class InviteOutcome:
    collaboration_id: str = ""
    failure: InviteFailure | None = None
    maybe_done: bool = False  # the call failed in a way that may have created it (5xx, timeout)


class Inviter(Protocol):
    """Port (bot/adapters/tiktok_shop/collaborations.py): create the target collaboration."""

    async def create(self, workspace_id: int, call: InviteCall) -> InviteOutcome: ...


@dataclass(frozen=True, slots=True)
class Invited:
    handle: str
    failure: InviteFailure | None = None
    before: bool = False  # it existed already (a second press or a resent message)
    collaboration_id: str = ""
    commission: str = ""  # percent as shown: "15", "12.5"
    products: tuple[str, ...] = ()
    number: int | None = None  # our row's id
    week: quota.WeekUse | None = None  # the quota after it (when a quota is set)
    limit: int | None = None  # for QUOTA: the weekly limit


def product_ids(text: str) -> tuple[str, ...]:
    """The TikTok Shop product ids typed in a message ("商品 1729384756102938475"), in order, once each."""
    return tuple(dict.fromkeys(_PRODUCT_IN_TEXT.findall(text)))


def _bp(commission: str) -> int | None:
    try:
        value = Decimal(commission)
    except InvalidOperation:
        return None
    bp = value * 100
    if bp != bp.to_integral_value():
        return None
    return int(bp)


def percent_text(bp: int) -> str:
    return format((Decimal(bp) / 100).normalize(), "f")


async def campaign_products(workspace_id: int, creator_id: int) -> tuple[str, ...]:
    """The TikTok Shop product ids of the creator's campaign: its products' SKUs that are product ids
    (long numbers), newest collaboration first."""
    collab = (
        await Collaboration.filter(
            workspace_id=workspace_id, creator_id=creator_id, campaign_id__not_isnull=True
        )
        .order_by("-id")
        .first()
    )
    if collab is None:
        return ()
    skus = (
        await CampaignProduct.filter(campaign_id=collab.campaign_id)  # type: ignore[attr-defined]
        .order_by("id")
        .values_list("sku", flat=True)
    )
    return tuple(dict.fromkeys(str(sku) for sku in skus if PRODUCT_ID.match(str(sku))))


async def _shop_and_link(
    workspace_id: int, creator: Creator
) -> tuple[ShopConnection, CreatorLink] | InviteFailure:
    shops = await ShopConnection.filter(workspace_id=workspace_id, status=ConnectionStatus.ACTIVE).order_by(
        "id"
    )
    if not shops:
        return InviteFailure.NO_SHOP
    links = {link.shop_id: link for link in await CreatorLink.filter(creator_id=creator.id)}  # type: ignore[attr-defined]
    for shop in shops:
        link = links.get(shop.id) or links.get(None)
        if link is None:
            continue
        if COLLAB_WRITE_SCOPE not in shop.scopes:
            return InviteFailure.NO_SCOPE
        return shop, link
    return InviteFailure.NO_CREATOR_ID


async def _contact(workspace_id: int, typed: str | None) -> str | None:
    if typed:
        return typed
    box = await Mailbox.filter(workspace_id=workspace_id).order_by("id").first()
    return box.address if box is not None else None


def _key(creator_id: int, connection_id: int, products: Sequence[str]) -> str:
    return f"{creator_id}:{connection_id}:{','.join(sorted(products))}"[:255]


async def _over_quota(workspace_id: int, creator_id: int, now: datetime, zone: str) -> int | None:
    """The weekly limit when inviting this creator would go past it (a creator already counted this
    week costs nothing more); None when it fits or no quota is set."""
    limit = await quota.weekly_limit(workspace_id)
    if limit is None:
        return None
    start = quota.week_start(now, zone)
    used = await quota.creators_touched(workspace_id, start, quota.week_end(start))
    return limit if creator_id not in used and len(used) >= limit else None


async def _terms(
    workspace_id: int, creator: Creator, ask: InviteAsk
) -> tuple[int, tuple[str, ...]] | Invited:
    """The commission (hundredths of a percent) and products of an invitation, or why it cannot go."""
    handle = creator.handle
    if creator.platform != CreatorPlatform.TIKTOK:
        return Invited(handle, InviteFailure.NOT_TIKTOK)
    if ask.commission is None:
        return Invited(handle, InviteFailure.NO_COMMISSION)
    bp = _bp(ask.commission)
    if bp is None or bp < MIN_COMMISSION_BP or bp > MAX_COMMISSION_BP:
        return Invited(handle, InviteFailure.LOW_COMMISSION, commission=ask.commission)
    products = tuple(dict.fromkeys(ask.products)) or await campaign_products(workspace_id, creator.id)
    if not products:
        return Invited(handle, InviteFailure.NO_PRODUCT)
    if len(products) > MAX_PRODUCTS:
        return Invited(handle, InviteFailure.TOO_MANY_PRODUCTS)
    return bp, products


async def invite(
    actor: Actor, ask: InviteAsk, inviter: Inviter, clock: Clock, zone: str, locale: str
) -> Invited:
    """Create the target collaboration for one creator, or say why not (nothing is sent twice)."""
    creator = (await find_creators(actor, [ask.handle], access=permissions.CHANGE))[0]
    handle = creator.handle
    terms = await _terms(actor.workspace_id, creator, ask)
    if isinstance(terms, Invited):
        return terms
    bp, products = terms
    where = await _shop_and_link(actor.workspace_id, creator)
    if isinstance(where, InviteFailure):
        return Invited(handle, where)
    shop, link = where
    shown = Invited(handle, commission=percent_text(bp), products=products)
    key = _key(creator.id, shop.id, products)
    existing = await TargetInvite.get_or_none(key=key)
    if existing is not None:
        return _known(shown, existing)
    email = await _contact(actor.workspace_id, ask.email)
    if not email:
        return Invited(handle, InviteFailure.NO_EMAIL)
    now = clock.now()
    limit = await _over_quota(actor.workspace_id, creator.id, now, zone)
    if limit is not None:
        return Invited(handle, InviteFailure.QUOTA, limit=limit)
    try:
        row = await TargetInvite.create(
            workspace_id=actor.workspace_id,
            creator_id=creator.id,
            shop_id=shop.id,
            key=key,
            commission_bp=bp,
            products=list(products),
            free_sample=ask.free_sample,
            created_by_id=actor.member_id,
            started_at=now,
        )
    except IntegrityError:  # a second press at the same moment claimed it
        return _known(shown, await TargetInvite.get(key=key))
    call = InviteCall(
        shop_id=shop.shop_id,
        connection_id=shop.id,
        name=f"creatorbot @{handle} {now:%Y-%m-%d}",
        end_time=int((now + timedelta(days=INVITE_DAYS)).timestamp()),
        products=products,
        commission_bp=bp,
        open_id=link.open_id,
        email=email,
        free_sample=ask.free_sample,
    )
    outcome = await inviter.create(actor.workspace_id, call)
    if outcome.failure is not None:
        if outcome.maybe_done:
            await TargetInvite.filter(id=row.id, state=InviteState.SENDING).update(state=InviteState.DOUBT)
        else:
            await TargetInvite.filter(id=row.id, state=InviteState.SENDING).delete()
        return Invited(handle, outcome.failure, commission=shown.commission, products=products)
    await _record(actor, creator, row, outcome.collaboration_id, clock, locale)
    week = await quota.usage(actor.workspace_id, now, zone)
    return Invited(
        handle,
        collaboration_id=outcome.collaboration_id,
        commission=shown.commission,
        products=products,
        number=row.id,
        week=week,
    )


def _known(shown: Invited, row: TargetInvite) -> Invited:
    failure = None if row.state == InviteState.SENT else InviteFailure.IN_DOUBT
    return Invited(
        shown.handle,
        failure,
        before=True,
        collaboration_id=row.collaboration_id,
        commission=percent_text(row.commission_bp),
        products=tuple(row.products),
        number=row.id,
    )


async def _record(
    actor: Actor, creator: Creator, row: TargetInvite, collaboration_id: str, clock: Clock, locale: str
) -> None:
    """The invitation is out: the row settled, the offer on the creator's collaboration (commission,
    affiliate deal), a note in the creator's history and an audit row — one transaction."""
    now = clock.now()
    t = Catalog(locale)
    percent = percent_text(row.commission_bp)
    async with in_transaction() as conn:
        await (
            TargetInvite.filter(id=row.id)
            .using_db(conn)
            .update(state=InviteState.SENT, collaboration_id=collaboration_id, sent_at=now)
        )
        collab = await deadlines.collaboration_for(conn, actor.workspace_id, creator.id)
        await (
            Collaboration.filter(id=collab.id)
            .using_db(conn)
            .update(commission_percent=Decimal(row.commission_bp) / 100, deal_type="affiliate")
        )
        await Note.create(
            using_db=conn,
            workspace_id=actor.workspace_id,
            creator_id=creator.id,
            author_id=actor.member_id,
            kind=NoteKind.NOTE,
            text=t(
                "tiktok.invite.note",
                id=collaboration_id or "-",
                percent=percent,
                products=", ".join(row.products),
            ),
            created_at=now,
        )
        await Creator.filter(id=creator.id).using_db(conn).update(updated_at=now)
        await audit.record(
            conn,
            actor,
            "tiktok.invite",
            creator.handle,
            now,
            invite=row.id,
            collaboration_id=collaboration_id,
            commission_percent=percent,
            products=list(row.products),
        )


async def invited(creator_id: int) -> str:
    """The creator's newest target collaboration the bot created ("" when none): for the touch's card."""
    row = (
        await TargetInvite.filter(creator_id=creator_id, state=InviteState.SENT)
        .exclude(collaboration_id="")
        .order_by("-id")
        .first()
    )
    return row.collaboration_id if row is not None else ""


async def touch_cards(workspace_id: int, creator_id: int, step: int, request: str) -> list[tuple[str, str]]:
    """The cards the bot sends after a first touch's text: the target collaboration card when the creator
    has an invitation from us (it carries the products), else a product card for each product the
    outreach request names ("商品 1729…"), else for the creator's campaign's products — at most
    `MAX_PRODUCT_CARDS`. Follow-ups carry none (each card is one more message before a reply)."""
    if step != 1:
        return []
    collaboration = await invited(creator_id)
    if collaboration:
        return [(INVITE_CARD, collaboration)]
    products = product_ids(request) or await campaign_products(workspace_id, creator_id)
    return [(PRODUCT_CARD, p) for p in products[:MAX_PRODUCT_CARDS]]
