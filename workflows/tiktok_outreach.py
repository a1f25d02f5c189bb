"""Outreach the bot sends itself through a TikTok Shop conversation (issue 19), when the workspace chose
"bot sends" and the creator has a TikTok Shop creator id. Platform-free: the calls are the adapter's.

**At most one message per touch.** TikTok's "Send IM Message" has no idempotency key, so a `TikTokSend`
row (one per delivery) is claimed *before* the call: a retry of the touch finds it `sent` (nothing is
called again; only the chat report is repeated, under the same chat idempotency key) or `sending` /
`doubt` (a process died during the call, or TikTok answered 5xx / timed out: it may have gone out) — then
nothing is sent again and the owner is asked to check the conversation and press 已发送 themselves. Only a
call that certainly did nothing (a 429, no connection, a refusal) gives the claim back, so a retry may send.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.creator import Creator
from models.enums import CreatorPlatform, DeliveryKind
from models.schedule import Delivery
from models.tenancy import Member
from models.tiktok_shop import (
    ConnectionStatus,
    CreatorLink,
    OutreachSender,
    SendState,
    ShopConnection,
    TikTokPreference,
    TikTokSend,
)
from workflows import audit, outreach, permissions, roles
from workflows.creators import find_creators
from workflows.delivery import DueItem, Scheduler
from workflows.errors import CreatorsNotFound, WorkflowError
from workflows.ports import Clock
from workflows.tenancy import Actor
from workflows.translation.drafts import draft_text

MESSAGES_SCOPE = "seller.affiliate_messages.write"


class Fallback(StrEnum):
    """Why a touch is left to its owner in a "bot sends" workspace (a catalog key each)."""

    NO_CREATOR_ID = "no_creator_id"
    NO_SHOP = "no_shop"
    NO_SCOPE = "no_scope"
    NO_DRAFT = "no_draft"
    IN_DOUBT = "in_doubt"
    REFUSED = "refused"
    TOKEN = "token"


class Busy(Exception):
    """TikTok throttled the send past the retries: certainly nothing went out; try again later."""


@dataclass(frozen=True, slots=True)
class Target:
    connection_id: int
    shop_id: str
    open_id: str
    link_id: int
    conversation_id: str


async def target(item: DueItem) -> Target | Fallback | None:
    """Where the bot would send this touch; None: the owner sends it (the workspace's choice, or not a
    TikTok creator); a `Fallback`: the bot would, but cannot (said on the card)."""
    if item.kind != DeliveryKind.OUTREACH or item.creator_id is None:
        return None
    pref = await TikTokPreference.get_or_none(workspace_id=item.workspace_id)
    if pref is None or pref.sender != OutreachSender.BOT:
        return None
    creator = await Creator.everyone().get_or_none(id=item.creator_id)
    if creator is None or creator.platform != CreatorPlatform.TIKTOK:
        return None
    return await target_for(item.workspace_id, creator)


async def target_for(workspace_id: int, creator: Creator) -> Target | Fallback:
    """The shop conversation the bot can write to this creator through, or why it cannot."""
    shops = await ShopConnection.filter(workspace_id=workspace_id, status=ConnectionStatus.ACTIVE).order_by(
        "id"
    )
    if not shops:
        return Fallback.NO_SHOP
    links = {link.shop_id: link for link in await CreatorLink.filter(creator_id=creator.id)}  # type: ignore[attr-defined]
    for shop in shops:
        link = links.get(shop.id) or links.get(None)
        if link is None:
            continue
        if MESSAGES_SCOPE not in shop.scopes:
            return Fallback.NO_SCOPE
        return Target(shop.id, shop.shop_id, link.open_id, link.id, link.conversation_id)
    return Fallback.NO_CREATOR_ID


@dataclass(frozen=True, slots=True)
class Claim:
    state: SendState  # SENDING: ours to send now; SENT: already out; DOUBT: may be out, do not send
    message_id: str = ""
    text: str = ""
    back_translation: str = ""


# What a TikTok message is sent for: ("delivery_id", id) for a touch, ("draft_id", id) for a reply draft,
# ("delivery_id", "<id>:c<10 hex>") for a card sent after a touch's text (`card_subject`).
Subject = tuple[str, int | str]


def touch(delivery_id: int) -> Subject:
    return ("delivery_id", delivery_id)


def card_subject(delivery_id: int, kind: str, ref: str) -> Subject:
    """The claim key of one card after a touch's text: each card is its own message, claimed apart."""
    digest = hashlib.sha256(f"{kind}:{ref}".encode()).hexdigest()[:10]
    return ("delivery_id", f"{delivery_id}:c{digest}")


def _of(subject: int | Subject) -> dict[str, str]:
    field, value = subject if isinstance(subject, tuple) else touch(subject)
    return {"subject": f"{field}:{value}"}


async def prior(subject: int | Subject) -> Claim | None:
    """What an earlier attempt left: None (nothing: ours to write and claim), SENT, or DOUBT (one left
    `sending`: its process died during the call, so it may have gone out). An int is a touch's delivery."""
    row = await TikTokSend.filter(**_of(subject)).first()
    if row is None:
        return None
    if row.state == SendState.SENDING:
        await TikTokSend.filter(id=row.id, state=SendState.SENDING).update(state=SendState.DOUBT)
        return Claim(SendState.DOUBT, text=row.text, back_translation=row.back_translation)
    return Claim(SendState(row.state), row.message_id, row.text, row.back_translation)


async def claim(subject: int | Subject, connection_id: int, text: str, back: str, now: datetime) -> Claim:
    """Claim the one TikTok message of this touch (or draft), or learn what became of an earlier claim."""
    try:
        await TikTokSend.create(
            subject=_of(subject)["subject"],
            shop_id=connection_id,
            text=text,
            back_translation=back,
            started_at=now,
        )
        return Claim(SendState.SENDING, text=text, back_translation=back)
    except IntegrityError:  # another attempt claimed it meanwhile
        found = await prior(subject)
        assert found is not None
        return found


async def sent(
    subject: int | Subject, link_id: int, conversation_id: str, message_id: str, now: datetime
) -> None:
    await TikTokSend.filter(**_of(subject)).update(
        state=SendState.SENT, conversation_id=conversation_id, message_id=message_id, sent_at=now
    )
    await CreatorLink.filter(id=link_id, conversation_id="").update(conversation_id=conversation_id)


async def release(subject: int | Subject) -> None:
    """The call certainly did nothing: a retry may send."""
    await TikTokSend.filter(**_of(subject), state=SendState.SENDING).delete()


async def in_doubt(subject: int | Subject) -> None:
    await TikTokSend.filter(**_of(subject), state=SendState.SENDING).update(state=SendState.DOUBT)


async def after_sent(item: DueItem, scheduler: Scheduler, clock: Clock) -> outreach.TouchDone:
    """What 已发送 does, done by the bot for the touch's owner: the creator moves to 已邀约 and the next
    follow-up is scheduled in their window. Pressing or repeating it is harmless (the row is resolved)."""
    row = await Delivery.get(id=item.delivery_id).prefetch_related("owner", "created_by")
    member: Member | None = row.owner or row.created_by
    if member is None:
        member = await Member.filter(workspace_id=item.workspace_id).order_by("id").first()
    assert member is not None
    actor = Actor(item.workspace_id, member.id, member.display_name, member.role)
    return await outreach.touch_sent(actor, item.delivery_id, scheduler, clock)


# ---- the workspace's choice, and creators' ids ----------------------------------------------------


async def set_sender(actor: Actor, sender: OutreachSender) -> OutreachSender:
    """Who sends outreach messages to TikTok creators (leads); returns the previous choice."""
    await roles.require(actor, "tiktok_sender", permissions.can_set_send_window(actor))
    pref, _ = await TikTokPreference.get_or_create(workspace_id=actor.workspace_id)
    before = OutreachSender(pref.sender)
    pref.sender = sender
    await pref.save()
    return before


async def link_creator(
    actor: Actor, handle_key: str, open_id: str, connection_id: int | None = None
) -> CreatorLink:
    """Remember a creator's TikTok Shop creator id (from the marketplace search) for messaging."""
    creator = await Creator.get_or_none(
        workspace_id=actor.workspace_id, platform=CreatorPlatform.TIKTOK, handle_key=handle_key
    )
    if creator is None:
        raise CreatorsNotFound({handle_key: []})
    link, _ = await CreatorLink.update_or_create(
        creator_id=creator.id, shop_id=connection_id, defaults={"open_id": open_id}
    )
    return link


@dataclass(frozen=True, slots=True)
class IdSet:
    handle: str
    shop: str  # the shop's name (or id) the creator id is kept for
    before: str  # the creator id it replaced ("" when none)


class NotTikTok(WorkflowError):
    def __init__(self, handle: str) -> None:
        super().__init__(handle)
        self.handle = handle


async def set_creator_id(actor: Actor, handle: str, open_id: str, clock: Clock) -> IdSet:
    """ "@amy 的达人ID是 7234…": the creator id TikTok messaging and invitations use, for the workspace's
    shop of the creator's market (else its first connected shop). A changed id forgets the conversation
    (it was with the old id). Raises tiktok_shop.NoShop when no shop is connected."""
    from workflows.tiktok_shop import NoShop

    creator = (await find_creators(actor, [handle], access=permissions.CHANGE))[0]
    if creator.platform != CreatorPlatform.TIKTOK:
        raise NotTikTok(creator.handle)
    shops = await ShopConnection.filter(
        workspace_id=actor.workspace_id, status=ConnectionStatus.ACTIVE
    ).order_by("id")
    if not shops:
        raise NoShop()
    shop = next((s for s in shops if creator.country and s.region == creator.country), shops[0])
    now = clock.now()
    async with in_transaction() as conn:
        link = await CreatorLink.get_or_none(creator_id=creator.id, shop_id=shop.id, using_db=conn)
        if link is None:  # one kept without a shop (a marketplace add) becomes this shop's
            link = await CreatorLink.get_or_none(creator_id=creator.id, shop_id=None, using_db=conn)
        before = link.open_id if link is not None else ""
        if link is None:
            await CreatorLink.create(using_db=conn, creator_id=creator.id, shop_id=shop.id, open_id=open_id)
        elif before != open_id or link.shop_id != shop.id:  # type: ignore[attr-defined]
            same = before == open_id
            await (
                CreatorLink.filter(id=link.id)
                .using_db(conn)
                .update(
                    shop_id=shop.id,
                    open_id=open_id,
                    conversation_id=link.conversation_id if same else "",
                )
            )
        await audit.record(
            conn,
            actor,
            "tiktok.creator_id",
            creator.handle,
            now,
            open_id=open_id,
            before=before,
            shop=shop.id,
        )
    return IdSet(creator.handle, shop.shop_name or shop.shop_id, before if before != open_id else "")


# ---- an approved reply draft, sent back through the conversation ----------------------------------


class Messenger(Protocol):
    """Port (bot/adapters/tiktok_shop/messenger.py): send a claimed message; None when it went out, a
    Fallback when it did not (or may have: IN_DOUBT); raises Busy when TikTok throttled it."""

    async def send(
        self, workspace_id: int, where: Target, subject: Subject, text: str
    ) -> Fallback | None: ...

    async def send_card(
        self, workspace_id: int, where: Target, subject: Subject, card: tuple[str, str]
    ) -> Fallback | None: ...


@dataclass(frozen=True, slots=True)
class DraftSent:
    handle: str
    text: str
    fallback: Fallback | None  # None: it went out (now or before)
    before: bool = False  # it had gone out already (a second press)


async def reachable(actor: Actor, draft_creator_id: int) -> bool:
    """Whether a draft for this creator can be sent through TikTok (shown as a button)."""
    creator = await Creator.get_or_none(id=draft_creator_id, workspace_id=actor.workspace_id)
    if creator is None or creator.platform != CreatorPlatform.TIKTOK:
        return False
    return isinstance(await target_for(actor.workspace_id, creator), Target)


async def send_draft(actor: Actor, draft_id: str, messenger: Messenger, clock: Clock) -> DraftSent:
    """ "通过 TikTok 发送" on a reply draft: the teammate's press is the approval. One message per draft
    (a second press reports the first); its text is the draft as it reads now."""
    row = await draft_text(actor, draft_id)
    creator = await Creator.get(id=row.creator_id, workspace_id=actor.workspace_id).prefetch_related("owner")  # type: ignore[attr-defined]
    await roles.check_creator(actor, creator, permissions.CHANGE)
    where = await target_for(actor.workspace_id, creator)
    subject: Subject = ("draft_id", row.id)
    claim_now = await prior(subject)
    if claim_now is not None and claim_now.state == SendState.SENT:
        return DraftSent(creator.handle, claim_now.text, None, before=True)
    if claim_now is not None:  # DOUBT
        return DraftSent(creator.handle, claim_now.text, Fallback.IN_DOUBT)
    if isinstance(where, Fallback):
        return DraftSent(creator.handle, row.text, where)
    claimed = await claim(subject, where.connection_id, row.text, row.back_translation, clock.now())
    if claimed.state != SendState.SENDING:
        return DraftSent(
            creator.handle, claimed.text, None if claimed.state == SendState.SENT else Fallback.IN_DOUBT
        )
    stopped = await messenger.send(actor.workspace_id, where, subject, row.text)
    return DraftSent(creator.handle, row.text, stopped)
