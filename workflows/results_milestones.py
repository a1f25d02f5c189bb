"""Stages follow results (issue 18): a creator's first attributed order after their content went up is
noted on their history, and a creator whose content has been up 14 days without an order shows in their
owner's agenda.

"Content went up" is the latest change into 已发布 (`StageChange`); an order counts when it is attributed
to the creator, counted by the figures (workflows/results.COUNTED) and placed at or after that moment.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from tortoise.functions import Max

from i18n import Catalog
from models.creator import Creator, Note, StageChange
from models.enums import Stage
from models.results import Order
from workflows import currency
from workflows.results import COUNTED

NO_ORDERS_AFTER = timedelta(days=14)
FIRST_ORDER_MARK = "🛒"  # the note's first character: one such note per posting


async def _posted(workspace_id: int, creator_ids: Collection[int]) -> dict[int, datetime]:
    """When each creator's content last went up (their latest change into 已发布)."""
    rows = await StageChange.filter(
        workspace_id=workspace_id, creator_id__in=list(creator_ids), to_stage=Stage.CONTENT_POSTED
    ).values_list("creator_id", "changed_at")
    posted: dict[int, datetime] = {}
    for creator_id, at in rows:
        if creator_id not in posted or at > posted[creator_id]:
            posted[int(creator_id)] = at
    return posted


async def note_first_orders(
    workspace_id: int, creator_ids: Collection[int], now: datetime, locale: str
) -> list[int]:
    """After orders were written for `creator_ids`: note the first order after posting on each creator
    who has one and has no such note since that posting. Returns the creators noted."""
    if not creator_ids:
        return []
    t = Catalog(locale)
    posted = await _posted(workspace_id, creator_ids)
    noted: list[int] = []
    for creator_id, at in posted.items():
        first = (
            await Order.filter(
                workspace_id=workspace_id, creator_id=creator_id, ordered_at__gte=at, status__in=COUNTED
            )
            .order_by("ordered_at", "id")
            .first()
        )
        if first is None:
            continue
        already = Note.filter(creator_id=creator_id, created_at__gte=at, text__startswith=FIRST_ORDER_MARK)
        if await already.exists():
            continue
        days = (first.ordered_at - at).days
        text = t(
            "results.first_order_note",
            mark=FIRST_ORDER_MARK,
            order=first.order_id,
            day=first.ordered_on.isoformat(),
            amount=currency.show(Decimal(str(first.amount)), first.currency),
            days=days,
        )
        await Note.create(
            workspace_id=workspace_id, creator_id=creator_id, author_id=None, text=text, created_at=now
        )
        noted.append(creator_id)
    return noted


async def _latest_orders(workspace_id: int, creator_ids: Collection[int]) -> dict[int, datetime]:
    """Each creator's latest counted order."""
    if not creator_ids:
        return {}
    rows = (
        await Order.filter(workspace_id=workspace_id, creator_id__in=list(creator_ids), status__in=COUNTED)
        .annotate(last=Max("ordered_at"))
        .group_by("creator_id")
        .values_list("creator_id", "last")
    )
    return {int(creator_id): last for creator_id, last in rows}


@dataclass(frozen=True, slots=True)
class Quiet:
    """A creator whose content has been up `days` days with no attributed order."""

    handle: str
    posted_at: datetime
    days: int


async def quiet_after_posting(workspace_id: int, owner_id: int | None, now: datetime) -> list[Quiet]:
    """Creators at 已发布 for 14 days or more without an order since, owned by `owner_id` (None: all).
    Only for a team that imports orders at all: without any, every posted creator would look quiet."""
    if not await Order.filter(workspace_id=workspace_id).exists():
        return []
    query = Creator.filter(workspace_id=workspace_id, stage=Stage.CONTENT_POSTED)
    if owner_id is not None:
        query = query.filter(owner_id=owner_id)
    creators = {c.id: c for c in await query.limit(500)}
    posted = await _posted(workspace_id, creators)
    due = {creator_id: at for creator_id, at in posted.items() if now - at >= NO_ORDERS_AFTER}
    latest = await _latest_orders(workspace_id, due)  # one query, not one per creator (the agenda's path)
    quiet: list[Quiet] = []
    for creator_id, at in sorted(due.items(), key=lambda item: item[1]):
        last = latest.get(creator_id)
        if last is None or last < at:
            quiet.append(Quiet(creators[creator_id].handle, at, (now - at).days))
    return quiet
