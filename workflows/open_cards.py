"""The cards with buttons the bot posted in a chat, kept until answered, so a choice can be typed where the
platform shows no buttons (WeCom pushes and stream replies, a plain terminal): "1", "确认", "已发送".

A card is remembered when it goes out (the dispatcher for answers, the notifier for due reminders), closed
when one of its buttons is answered — pressed or typed, the same action handler either way — and answerable
by the person it was for (the one whose message caused it, a due reminder's owner) or a lead. A
confirmation can be answered for 30 minutes; a due reminder's card until it is handled. No platform code
here: which typed words mean which button is the handlers' business (handlers/clarify.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.expressions import Q

from models.cards import OpenCard
from models.schedule import Delivery
from workflows.clarify import ANSWER_WITHIN
from workflows.permissions import LEADS
from workflows.ports import Clock
from workflows.tenancy import Actor

KEEP = timedelta(days=1)  # an expired or answered card is still known this long ("that card expired")


@dataclass(frozen=True, slots=True)
class Choice:
    """One button of a posted card, in the card's order (the number shown is its place + 1)."""

    label: str
    action_id: str
    value: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class PostedCard:
    id: int
    choices: tuple[Choice, ...]
    for_member_id: int | None  # None: anyone in the chat may answer
    for_name: str
    created_at: datetime
    expires_at: datetime | None  # None: until handled


def _stored(choices: Sequence[Choice]) -> list[list[object]]:
    return [[c.label, c.action_id, dict(c.value)] for c in choices]


def _posted(row: OpenCard) -> PostedCard:
    choices = tuple(
        Choice(str(label), str(action), {str(k): str(v) for k, v in dict(value).items()})  # type: ignore[call-overload]
        for label, action, value in row.buttons
    )
    member = row.member
    return PostedCard(
        id=int(row.id),
        choices=choices,
        for_member_id=member.id if member is not None else None,
        for_name=member.display_name if member is not None else "",
        created_at=row.created_at,
        expires_at=row.expires_at,
    )


async def remember(
    actor: Actor, chat_id: int, choices: Sequence[Choice], clock: Clock, within: timedelta = ANSWER_WITHIN
) -> int:
    """A card the bot answered `actor` with in this chat; answerable for `within`."""
    now = clock.now()
    await _forget_old(chat_id, now)
    row = await OpenCard.create(
        workspace_id=actor.workspace_id,
        chat_id=chat_id,
        member_id=actor.member_id,
        buttons=_stored(choices),
        created_at=now,
        expires_at=now + within,
    )
    return int(row.id)


async def remember_due(delivery_id: int, choices: Sequence[Choice], now: datetime) -> int | None:
    """The card posted when a reminder or outreach touch was due: for its owner, open until handled."""
    row = await Delivery.get_or_none(id=delivery_id).values("workspace_id", "chat_id", "owner_id")
    if row is None:
        return None
    await _forget_old(int(row["chat_id"]), now)
    card = await OpenCard.create(
        workspace_id=row["workspace_id"],
        chat_id=row["chat_id"],
        member_id=row["owner_id"],
        buttons=_stored(choices),
        created_at=now,
        expires_at=None,
    )
    return int(card.id)


async def _forget_old(chat_id: int, now: datetime) -> None:
    """Cards answered or expired more than a day ago are not kept (one indexed delete per card posted)."""
    await OpenCard.filter(
        Q(closed_at__lt=now - KEEP) | Q(expires_at__lt=now - KEEP), chat_id=chat_id
    ).delete()


async def open_cards(actor: Actor, chat_id: int, clock: Clock) -> list[PostedCard]:
    """The chat's cards that can still be answered: `actor`'s own first, then everyone else's, newest
    first in each."""
    now = clock.now()
    rows = (
        await OpenCard.filter(
            Q(expires_at__isnull=True) | Q(expires_at__gte=now),
            workspace_id=actor.workspace_id,
            chat_id=chat_id,
            closed_at__isnull=True,
        )
        .order_by("-created_at", "-id")
        .limit(50)
        .prefetch_related("member")
    )
    cards = [_posted(r) for r in rows]
    return sorted(cards, key=lambda c: c.for_member_id != actor.member_id)  # stable: newest first in each


async def expired_cards(actor: Actor, chat_id: int, clock: Clock) -> list[PostedCard]:
    """The chat's cards that expired unanswered within the last day, newest first."""
    now = clock.now()
    rows = (
        await OpenCard.filter(
            workspace_id=actor.workspace_id,
            chat_id=chat_id,
            closed_at__isnull=True,
            expires_at__lt=now,
            expires_at__gte=now - KEEP,
        )
        .order_by("-created_at", "-id")
        .limit(20)
        .prefetch_related("member")
    )
    cards = [_posted(r) for r in rows]
    return sorted(cards, key=lambda c: c.for_member_id != actor.member_id)


def may_answer(actor: Actor, card: PostedCard) -> bool:
    """The person the card was for, anyone when it was for nobody in particular, or a lead."""
    return card.for_member_id in (None, actor.member_id) or actor.role in LEADS


async def close(actor: Actor, chat_id: int, action_id: str, value: Mapping[str, str], clock: Clock) -> int:
    """A button was answered (pressed or typed): every open card of the chat carrying it is done."""
    rows = await OpenCard.filter(
        workspace_id=actor.workspace_id, chat_id=chat_id, closed_at__isnull=True
    ).values_list("id", "buttons")
    wanted = dict(value)
    ids = [i for i, buttons in rows if any(a == action_id and dict(v) == wanted for _, a, v in buttons)]
    if not ids:
        return 0
    return await OpenCard.filter(id__in=ids).update(closed_at=clock.now())
