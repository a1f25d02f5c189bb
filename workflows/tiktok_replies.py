"""A creator answered in a TikTok Shop conversation (issue 19): the new-message webhook (type 33) or the
poll of the last minute's unread messages hands it here. In one transaction: the event key is claimed
(a redelivery or a second poll changes nothing), the creator moves to 已回复 when they were still being
reached (待建联 / 已邀约 — which stops their sequence, as a move in chat does), and a NOTICE delivery carries
the reply into the team chat, where it is posted translated with 起草回复 / 看看达人 buttons
(handlers/due.py). A message the bot itself sent, or one in a conversation no creator of the shop's
workspaces is linked to, is ignored.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from models.creator import Creator
from models.enums import DeliveryKind, Stage
from models.events import ProcessedEvent
from models.schedule import Delivery, Outreach
from models.tenancy import Chat, Member
from models.tiktok_shop import CreatorLink, ShopConnection, TikTokSend
from workflows.delivery import Scheduler
from workflows.pipeline import move_creators
from workflows.ports import Clock
from workflows.sequences import STILL_REACHING
from workflows.tenancy import Actor

PLATFORM = "tiktok"
SOURCE = "tiktok:reply:"


@dataclass(frozen=True, slots=True)
class Heard:
    """One creator message as TikTok reported it."""

    shop_id: str
    conversation_id: str
    text: str
    key: str  # the event's dedupe key: the notification id, or a hash of a polled message


def poll_key(shop_id: str, conversation_id: str, sender: str, text: str) -> str:
    """Polled messages carry no id: the same text from the same sender in one conversation is one message
    (within the dedupe retention, a day)."""
    digest = hashlib.sha256(f"{conversation_id}\0{sender}\0{text}".encode()).hexdigest()[:32]
    return f"poll:{shop_id}:{digest}"


@dataclass(frozen=True, slots=True)
class Recorded:
    creator_id: int
    handle: str
    moved: bool
    notice: Delivery


async def record(heard: Heard, clock: Clock, scheduler: Scheduler | None = None) -> list[Recorded]:
    """Record one creator message in every workspace that connected this shop and knows the conversation."""
    if await ProcessedEvent.filter(platform=PLATFORM, key=heard.key[:200]).exists():
        return []
    shops = await ShopConnection.filter(shop_id=heard.shop_id)
    workspaces = [s.workspace_id for s in shops]  # type: ignore[attr-defined]
    links = await CreatorLink.filter(
        Q(shop_id__in=[s.id for s in shops]) | Q(shop_id=None, creator__workspace_id__in=workspaces),
        conversation_id=heard.conversation_id,
    ).prefetch_related("creator", "shop")
    if not links or not heard.conversation_id or await _ours(heard):
        return []
    now = clock.now()
    targets: list[tuple[Creator, Actor, Chat]] = []
    for link in links:
        creator: Creator = link.creator
        chat_id = await _chat_for(creator, link.shop)
        if creator.deleted_at is None and chat_id is not None:
            targets.append((creator, await acting_for(creator), await Chat.get(id=chat_id)))
    done: list[Recorded] = []
    try:
        async with in_transaction() as conn:
            await ProcessedEvent.create(using_db=conn, platform=PLATFORM, key=heard.key[:200], created_at=now)
            for creator, actor, chat in targets:
                moved = Stage(creator.stage) in STILL_REACHING
                if moved:
                    await move_creators(conn, actor, [creator], Stage.REPLIED, now)
                wall = now.astimezone(ZoneInfo(chat.timezone)).replace(tzinfo=None)
                notice = await Delivery.create(
                    using_db=conn,
                    workspace_id=creator.workspace_id,  # type: ignore[attr-defined]
                    chat_id=chat.id,
                    kind=DeliveryKind.NOTICE,
                    due_at=now,
                    local_wall=wall.isoformat(timespec="seconds"),
                    zone=chat.timezone,
                    owner_id=creator.owner_id,  # type: ignore[attr-defined]
                    creator_id=creator.id,
                    text=heard.text[:4000],
                    source_text=(SOURCE + heard.key)[:500],
                    resolution="notice",
                )
                done.append(Recorded(creator.id, creator.handle, moved, notice))
    except IntegrityError:  # the same event recorded meanwhile by another process
        return []
    if scheduler is not None:
        for item in done:
            await scheduler.enqueue(item.notice.id, item.notice.version, item.notice.due_at)
    return done


async def _ours(heard: Heard) -> bool:
    """An echo of a message the bot sent into this conversation."""
    return await TikTokSend.filter(conversation_id=heard.conversation_id, text=heard.text).exists()


async def acting_for(creator: Creator) -> Actor:
    """Who the move is recorded as: the creator's owner, else the workspace's first admin."""
    member = None
    if creator.owner_id is not None:  # type: ignore[attr-defined]
        member = await Member.get_or_none(id=creator.owner_id)  # type: ignore[attr-defined]
    if member is None:
        member = await Member.filter(workspace_id=creator.workspace_id).order_by("id").first()  # type: ignore[attr-defined]
    assert member is not None
    return Actor(creator.workspace_id, member.id, member.display_name, member.role)  # type: ignore[attr-defined]


async def _chat_for(creator: Creator, shop: ShopConnection | None) -> int | None:
    """The chat the creator's latest outreach was planned in, else the one the shop was connected in (a
    link made before its shop was known: the workspace's first connected shop)."""
    if shop is None:
        workspace = creator.workspace_id  # type: ignore[attr-defined]
        shop = await ShopConnection.filter(workspace_id=workspace).order_by("id").first()
    row = await Outreach.filter(creator_id=creator.id).order_by("-id").first()
    if row is not None:
        return int(row.chat_id)  # type: ignore[attr-defined]
    if shop is not None and shop.chat_id is not None:  # type: ignore[attr-defined]
        return int(shop.chat_id)  # type: ignore[attr-defined]
    return None


def is_reply(source: str) -> bool:
    return source.startswith(SOURCE)
