"""Sample applications from TikTok Shop (issue 19): each new one becomes a card in the team chat with
通过 / 拒绝, a press reviews it once, and the sample's way to the creator moves them through the pipeline.

Facts (TikTok Shop Partner Center, Affiliate Seller API: "Seller Search Sample Applications",
"Seller Review Sample Applications", "Seller Search Sample Applications Fulfillments"; Seller University
(US) knowledge_id 5694209038927617): a seller must review a sample request within **7 days** (TikTok gives
the moment as `approve_expiration_time`), else it is cancelled; a rejection carries a reason (NOT_MATCH,
OFFLINE, OUT_OF_STOCK, OTHER); an application's status goes PENDING → AWAITING_SHIPMENT (approved) →
SHIPPED → CONTENT_PENDING (the creator received it) → COMPLETED, or one of the *_CANCELLED ends; the
fulfilments search lists the content the creator posted for it.

Platform-free: the sweep (bot/jobs/tiktok_samples.py) reads the shops and hands each application here as
`Seen`; the review call is the `Reviewer` port (bot/adapters/tiktok_shop/samples.py).

- `seen`: a PENDING application never seen before → in one transaction a `SampleApplication` row (unique
  per shop and application id: a second sweep, a second worker or a crash half-way posts nothing twice),
  the creator linked (by creator id, else by handle), the sample-approval `Deadline` of the creator with
  its reminder (when the creator is in the pipeline and none is open), and a NOTICE delivery carrying the
  card into the chat (the delivery engine posts it, so it is never lost). An application seen before
  moves the creator when TikTok's status moves on: SHIPPED → 已寄样, CONTENT_PENDING → 已签收 (which
  starts the content clock, workflows/deadlines.py), each said in the chat.
- `decide`: the press. Who may: whoever may change the creator (workflows/permissions.py: its owner, or a
  lead; anyone while nobody owns it); a creator not in the pipeline: leads. The row is claimed
  (PENDING → DECIDING, one winner); TikTok is called; then APPROVED / REJECTED with who and when, the
  approval deadline done (approved) or cancelled (rejected), a note in the creator's history and an audit
  row. A failed call gives the claim back, so nothing is lost and a later press can try again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from i18n import Catalog
from models.creator import Creator, Note
from models.enums import CreatorPlatform, DeliveryKind, NoteKind, Stage
from models.schedule import Delivery
from models.tenancy import Chat, Member
from models.tiktok_shop import (
    CreatorLink,
    Deadline,
    DeadlineKind,
    DeadlineStatus,
    SampleApplication,
    SampleDecision,
    ShopConnection,
)
from workflows import audit, deadlines, permissions, roles
from workflows.creators import handle_key
from workflows.errors import WorkflowError
from workflows.pipeline import move_creators
from workflows.ports import Clock
from workflows.tenancy import Actor
from workflows.tiktok_replies import acting_for

SOURCE = "tiktok:sample:"  # the card's NOTICE: `tiktok:sample:<row id>`
MOVED = "tiktok:sample_moved:"  # a stage move the sample made: `tiktok:sample_moved:<row id>:<status>`
REVIEW_WITHIN = timedelta(days=deadlines.APPROVAL_DAYS)  # when TikTok does not say
REJECT_REASONS = ("NOT_MATCH", "OUT_OF_STOCK", "OFFLINE", "OTHER")
DEFAULT_REJECT = "OTHER"
SHIPPED = "SHIPPED"
DELIVERED = ("CONTENT_PENDING", "COMPLETED", "OPS_COMPLETED")  # the creator has the sample
OPEN = "PENDING"
APPROVED_BY_TIKTOK = ("AWAITING_SHIPMENT", SHIPPED, *DELIVERED)
STALE_CLAIM = timedelta(minutes=2)  # a press's claim this old belongs to a process that died mid-call


@dataclass(frozen=True, slots=True)
class Seen:
    """One application as the shop reported it."""

    application_id: str
    status: str
    creator_open_id: str
    username: str
    product_id: str = ""
    product_title: str = ""
    approve_by: datetime | None = None


class Reviewer(Protocol):
    """Port: approve or reject one application of the workspace's shop `shop_id` (TikTok's shop id).
    Raises ReviewUnavailable."""

    async def review(
        self, workspace_id: int, shop_id: str, application_id: str, approve: bool, reason: str
    ) -> None: ...


@dataclass
class ReviewUnavailable(WorkflowError):
    """TikTok did not take the review; `reason` is a `tiktok.error.` key (token_rejected, refused,
    unavailable, rate_limited, no_shop)."""

    reason: str


@dataclass
class AlreadyDecided(WorkflowError):
    handle: str
    decision: str  # SampleDecision value
    by: str  # who decided ("" when it was decided outside the bot)
    at: datetime | None


@dataclass
class SampleNotFound(WorkflowError):
    pass


# ---- reading the shops (the sweep) --------------------------------------------------------------


async def seen(connection: ShopConnection, found: Seen, now: datetime) -> list[Delivery]:
    """Record what the shop says about one application; returns the NOTICE / reminder rows to enqueue."""
    row = await SampleApplication.get_or_none(shop_id=connection.id, application_id=found.application_id)
    if row is None:
        return await _new(connection, found, now) if found.status == OPEN else []
    return await _follow(row, found, now)


async def _new(connection: ShopConnection, found: Seen, now: datetime) -> list[Delivery]:
    workspace_id: int = connection.workspace_id  # type: ignore[attr-defined]
    chat_id: int | None = connection.chat_id  # type: ignore[attr-defined]
    if chat_id is None:
        return []
    chat = await Chat.get(id=chat_id)
    creator = await _creator_for(workspace_id, connection.id, found)
    queued: list[Delivery] = []
    try:
        async with in_transaction() as conn:
            row = await SampleApplication.create(
                using_db=conn,
                workspace_id=workspace_id,
                shop_id=connection.id,
                application_id=found.application_id,
                creator_id=creator.id if creator else None,
                creator_open_id=found.creator_open_id,
                username=found.username,
                product_id=found.product_id,
                product_title=found.product_title[:300],
                status=found.status,
                approve_by=found.approve_by or now + REVIEW_WITHIN,
                chat_id=chat.id,
                created_at=now,
            )
            if creator is not None:
                queued += await _approval_deadline(conn, creator, chat, row, now)
            queued.append(await _notice(conn, chat, row, creator, SOURCE + str(row.id), "", now))
    except IntegrityError:  # another sweep recorded it meanwhile
        return []
    return queued


async def _creator_for(workspace_id: int, connection_id: int, found: Seen) -> Creator | None:
    """The pipeline creator of an application: by creator id, else by TikTok handle (then the id is kept)."""
    if found.creator_open_id:
        link = (
            await CreatorLink.filter(open_id=found.creator_open_id, creator__workspace_id=workspace_id)
            .prefetch_related("creator")
            .first()
        )
        if link is not None and link.creator.deleted_at is None:
            return link.creator
    if not found.username:
        return None
    creator = await Creator.get_or_none(
        workspace_id=workspace_id,
        platform=CreatorPlatform.TIKTOK,
        handle_key=handle_key(found.username),
        deleted_at=None,
    )
    if creator is not None and found.creator_open_id:
        await CreatorLink.update_or_create(
            creator_id=creator.id, shop_id=connection_id, defaults={"open_id": found.creator_open_id}
        )
    return creator


async def _approval_deadline(
    conn: BaseDBAsyncClient, creator: Creator, chat: Chat, row: SampleApplication, now: datetime
) -> list[Delivery]:
    """The creator's sample-approval deadline on TikTok's last day (team-local), with its reminder at
    10:00 that day (or none when that moment has passed); one already open (from 已确认) is kept."""
    open_one = await (
        Deadline.filter(creator_id=creator.id, kind=DeadlineKind.SAMPLE_APPROVAL, status=DeadlineStatus.OPEN)
        .using_db(conn)
        .exists()
    )
    if open_one or row.approve_by is None:
        return []
    zone = chat.timezone
    due_on = row.approve_by.astimezone(ZoneInfo(zone)).date()
    remind_at = datetime.combine(due_on, deadlines.REMIND_AT, tzinfo=ZoneInfo(zone))
    remind_at = min(remind_at, row.approve_by.astimezone(ZoneInfo(zone)) - timedelta(hours=1))
    collab = await deadlines.collaboration_for(conn, creator.workspace_id, creator.id)  # type: ignore[attr-defined]
    reminder = None
    if remind_at > now:
        t = Catalog(chat.locale)
        text = t("tiktok.sample.remind", handle=f"@{creator.handle}", product=row.product_title or "-")
        actor = await acting_for(creator)
        reminder = await deadlines.creator_reminder(
            conn, actor, creator, chat.id, remind_at, zone, text, "deadline:sample_approval"
        )
    await deadlines.add_deadline(
        conn,
        creator.workspace_id,  # type: ignore[attr-defined]
        creator.id,
        collab.id,
        DeadlineKind.SAMPLE_APPROVAL,
        due_on,
        zone,
        delivery_id=reminder.id if reminder else None,
    )
    return [reminder] if reminder else []


async def _notice(
    conn: BaseDBAsyncClient,
    chat: Chat,
    row: SampleApplication,
    creator: Creator | None,
    source: str,
    text: str,
    now: datetime,
) -> Delivery:
    wall = now.astimezone(ZoneInfo(chat.timezone)).replace(tzinfo=None)
    return await Delivery.create(
        using_db=conn,
        workspace_id=row.workspace_id,  # type: ignore[attr-defined]
        chat_id=chat.id,
        kind=DeliveryKind.NOTICE,
        due_at=now,
        local_wall=wall.isoformat(timespec="seconds"),
        zone=chat.timezone,
        owner_id=creator.owner_id if creator else None,  # type: ignore[attr-defined]
        creator_id=creator.id if creator else None,
        text=text[:4000],
        source_text=source[:500],
        resolution="notice",
    )


async def _follow(row: SampleApplication, found: Seen, now: datetime) -> list[Delivery]:
    """TikTok's status moved on: decided elsewhere, shipped, delivered."""
    changes: dict[str, object] = {}
    if found.status != row.status:
        changes["status"] = found.status
    if row.decision == SampleDecision.PENDING and found.status != OPEN:
        changes["decision"] = SampleDecision.ELSEWHERE
    stale = row.decided_at is not None and now - row.decided_at > STALE_CLAIM
    if row.decision == SampleDecision.DECIDING and stale:  # its process died during the review call
        changes["decision"] = _settled(found.status)
        if changes["decision"] == SampleDecision.PENDING:
            changes |= {"decided_by_id": None, "decided_at": None}
    queued: list[Delivery] = []
    shipped = found.status == SHIPPED or found.status in DELIVERED
    delivered = found.status in DELIVERED
    creator = await Creator.get_or_none(id=row.creator_id, deleted_at=None) if row.creator_id else None  # type: ignore[attr-defined]
    chat = await Chat.get_or_none(id=row.chat_id) if row.chat_id else None  # type: ignore[attr-defined]
    async with in_transaction() as conn:
        if changes.get("decision") == SampleDecision.ELSEWHERE and creator is not None:
            # decided in Seller Center (or withdrawn, expired): the approval deadline is met or moot
            met = found.status in APPROVED_BY_TIKTOK
            status = DeadlineStatus.DONE if met else DeadlineStatus.CANCELLED
            await deadlines.close(
                conn,
                creator.workspace_id,  # type: ignore[attr-defined]
                [creator.id],
                (DeadlineKind.SAMPLE_APPROVAL,),
                status,
            )
        if shipped and row.shipped_at is None:
            changes["shipped_at"] = now
            if creator is not None and chat is not None:
                queued += await _move(conn, row, creator, chat, Stage.SAMPLE_SHIPPED, now)
        if delivered and row.delivered_at is None:
            changes["delivered_at"] = now
            if creator is not None and chat is not None:
                queued += await _move(conn, row, creator, chat, Stage.SAMPLE_RECEIVED, now)
        if changes:
            await SampleApplication.filter(id=row.id).using_db(conn).update(**changes)
    return queued


def _settled(status: str) -> SampleDecision:
    """What TikTok's status says about a review whose outcome the bot never heard."""
    if status == OPEN:
        return SampleDecision.PENDING  # the call never landed: the card can be pressed again
    if status in APPROVED_BY_TIKTOK:
        return SampleDecision.APPROVED
    return SampleDecision.REJECTED if status == "REJECT_CANCELLED" else SampleDecision.ELSEWHERE


async def _move(
    conn: BaseDBAsyncClient, row: SampleApplication, creator: Creator, chat: Chat, stage: Stage, now: datetime
) -> list[Delivery]:
    """Move the creator forward (never back: a creator already past `stage` stays) and say so in the chat.
    已签收 goes through the stage change's own deadline scheduling: the content clock starts."""
    order = list(Stage)
    if Stage(creator.stage) in (Stage.DECLINED, Stage.BLOCKED) or order.index(
        Stage(creator.stage)
    ) >= order.index(stage):
        return []
    actor = await acting_for(creator)
    where = deadlines.Where(chat.id, chat.timezone, chat.locale)
    moves, queued = await move_creators(conn, actor, [creator], stage, now, where)
    t = Catalog(chat.locale)
    lines = [
        t(f"tiktok.sample.moved.{stage.value}", handle=f"@{creator.handle}", product=row.product_title or "-")
    ]
    for move in moves:
        for item in move.scheduled:
            due = t("deadline.date", month=item.due_on.month, day=item.due_on.day)
            lines.append(t(f"tiktok.sample.clock.{item.kind.value}", due=due, number=item.delivery_id))
    notice = await _notice(conn, chat, row, creator, f"{MOVED}{row.id}:{stage.value}", "\n".join(lines), now)
    return [*queued, notice]


async def awaiting_content(connection_id: int) -> list[SampleApplication]:
    """Applications whose sample was delivered and whose content the bot has not seen yet."""
    return list(
        await SampleApplication.filter(
            shop_id=connection_id,
            delivered_at__isnull=False,
            posted_at__isnull=True,
            creator_id__isnull=False,
        ).order_by("id")
    )


async def content_posted(row_id: int, link: str, now: datetime) -> list[Delivery]:
    """The creator posted the content for this sample: 已发布 (which closes the content clock), said in
    the chat. Once per application."""
    claimed = await SampleApplication.filter(id=row_id, posted_at__isnull=True).update(posted_at=now)
    if not claimed:
        return []
    row = await SampleApplication.get(id=row_id)
    creator = await Creator.get_or_none(id=row.creator_id, deleted_at=None)  # type: ignore[attr-defined]
    chat = await Chat.get_or_none(id=row.chat_id) if row.chat_id else None  # type: ignore[attr-defined]
    if creator is None or chat is None:
        return []
    async with in_transaction() as conn:
        queued = await _move(conn, row, creator, chat, Stage.CONTENT_POSTED, now)
        if queued and link:
            note = Catalog(chat.locale)("tiktok.sample.posted_note", link=link)
            await Note.create(
                using_db=conn,
                workspace_id=creator.workspace_id,  # type: ignore[attr-defined]
                creator_id=creator.id,
                text=note,
                created_at=now,
            )
    return queued


# ---- the card and the press ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SampleView:
    """What the card shows."""

    id: int
    application_id: str
    username: str
    product_title: str
    product_id: str
    approve_by: datetime | None
    decision: SampleDecision
    handle: str | None  # the pipeline creator's handle, None when not in the pipeline
    owner: str
    stage: Stage | None
    shop_region: str
    creator_open_id: str
    shop_connection_id: int


async def view(workspace_id: int, row_id: int) -> SampleView | None:
    row = await SampleApplication.get_or_none(id=row_id, workspace_id=workspace_id).prefetch_related(
        "creator", "creator__owner", "shop"
    )
    if row is None:
        return None
    creator: Creator | None = row.creator if row.creator and row.creator.deleted_at is None else None
    return SampleView(
        row.id,
        row.application_id,
        row.username,
        row.product_title,
        row.product_id,
        row.approve_by,
        SampleDecision(row.decision),
        creator.handle if creator else None,
        creator.owner.display_name if creator and creator.owner else "",
        Stage(creator.stage) if creator else None,
        row.shop.region,
        row.creator_open_id,
        row.shop.id,
    )


def row_of(source: str) -> int | None:
    """The application row a card's NOTICE is for (`tiktok:sample:<id>`)."""
    tail = source.removeprefix(SOURCE)
    return int(tail) if source.startswith(SOURCE) and tail.isdigit() else None


@dataclass(frozen=True, slots=True)
class Decided:
    handle: str
    decision: SampleDecision
    reason: str
    closed_deadlines: int


async def decide(
    actor: Actor,
    row_id: int,
    approve: bool,
    reason: str,
    reviewer: Reviewer,
    clock: Clock,
    locale: str,
) -> Decided:
    """通过 / 拒绝 pressed: check who may, claim the application, call TikTok once, record the decision."""
    row = await SampleApplication.get_or_none(id=row_id, workspace_id=actor.workspace_id).prefetch_related(
        "shop", "decided_by"
    )
    if row is None:
        raise SampleNotFound()
    creator = (
        await Creator.get_or_none(id=row.creator_id, deleted_at=None).prefetch_related("owner")  # type: ignore[attr-defined]
        if row.creator_id  # type: ignore[attr-defined]
        else None
    )
    handle = creator.handle if creator else row.username
    if row.decision != SampleDecision.PENDING:
        raise _already(row, handle)
    if creator is not None:
        await roles.check_creator(actor, creator, permissions.CHANGE)
    else:
        await roles.require(actor, "tiktok_sample", actor.role in permissions.LEADS)
    reason = "" if approve else (reason if reason in REJECT_REASONS else DEFAULT_REJECT)
    now = clock.now()
    claimed = await SampleApplication.filter(id=row.id, decision=SampleDecision.PENDING).update(
        decision=SampleDecision.DECIDING, decided_by_id=actor.member_id, decided_at=now
    )
    if not claimed:
        fresh = await SampleApplication.get(id=row.id).prefetch_related("decided_by")
        raise _already(fresh, handle)
    try:
        await reviewer.review(actor.workspace_id, row.shop.shop_id, row.application_id, approve, reason)
    except BaseException:
        await SampleApplication.filter(id=row.id, decision=SampleDecision.DECIDING).update(
            decision=SampleDecision.PENDING, decided_by_id=None, decided_at=None
        )
        raise
    decision = SampleDecision.APPROVED if approve else SampleDecision.REJECTED
    closed = 0
    async with in_transaction() as conn:
        await (
            SampleApplication.filter(id=row.id)
            .using_db(conn)
            .update(
                decision=decision,
                reject_reason=reason,
                status="AWAITING_SHIPMENT" if approve else "REJECT_CANCELLED",
            )
        )
        if creator is not None:
            status = DeadlineStatus.DONE if approve else DeadlineStatus.CANCELLED
            done = await deadlines.close(
                conn, actor.workspace_id, [creator.id], (DeadlineKind.SAMPLE_APPROVAL,), status
            )
            closed = len(done.deadlines)
            t = Catalog(locale)
            text = t(
                f"tiktok.sample.history.{decision.value}",
                product=row.product_title or row.product_id or "-",
                reason=t(f"tiktok.sample.reason.{reason}") if reason else "",
            )
            await Note.create(
                using_db=conn,
                workspace_id=actor.workspace_id,
                creator_id=creator.id,
                author_id=actor.member_id,
                kind=NoteKind.NOTE,
                text=text,
                created_at=now,
            )
        await audit.record(
            conn,
            actor,
            "sample.review",
            handle,
            now,
            application=row.application_id,
            result=decision.value,
            reason=reason,
        )
    return Decided(handle, decision, reason, closed)


def _already(row: SampleApplication, handle: str) -> AlreadyDecided:
    by: Member | None = row.decided_by
    return AlreadyDecided(
        handle, SampleDecision(row.decision).value, by.display_name if by else "", row.decided_at
    )


async def add_creator(actor: Actor, row_id: int, clock: Clock) -> tuple[str, bool, list[Delivery]]:
    """添加 @x on the card of a creator not in the pipeline: they join it (TikTok, the shop's region) with
    their creator id kept, the application is theirs, and its approval deadline starts. Returns (handle,
    added, rows to enqueue)."""
    from workflows.tiktok_search import Found, add_found

    row = await SampleApplication.get_or_none(id=row_id, workspace_id=actor.workspace_id).prefetch_related(
        "shop"
    )
    if row is None or not row.username:
        raise SampleNotFound()
    found = Found(open_id=row.creator_open_id, username=row.username, region=row.shop.region)
    if row.creator_open_id:
        outcome = await add_found(actor, found, row.shop.id, clock)
        added = bool(outcome.added)
    else:  # no creator id to keep: added by handle only
        from workflows.creators import CreatorDraft, add_creators

        draft = CreatorDraft(
            handle=row.username, platform=CreatorPlatform.TIKTOK.value, country=row.shop.region or None
        )
        added = bool((await add_creators(actor, [draft], clock)).added)
    creator = await Creator.get(
        workspace_id=actor.workspace_id, platform=CreatorPlatform.TIKTOK, handle_key=handle_key(row.username)
    )
    queued: list[Delivery] = []
    chat = await Chat.get_or_none(id=row.chat_id) if row.chat_id else None  # type: ignore[attr-defined]
    async with in_transaction() as conn:
        await SampleApplication.filter(id=row.id).using_db(conn).update(creator_id=creator.id)
        if chat is not None and row.decision == SampleDecision.PENDING:
            queued = await _approval_deadline(conn, creator, chat, row, clock.now())
    return creator.handle, added, queued
