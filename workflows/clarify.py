"""Clarifications ("你是想……？") and what a workspace learns from the answers; the workspace's creators
found among a message's words. No platform code here: the dispatcher asks and renders."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from tortoise.transactions import in_transaction

from models.creator import Creator
from models.enums import Role
from models.nlu import Clarification, LearnedExample
from models.tenancy import Member
from workflows.errors import WorkflowError
from workflows.ports import Clock
from workflows.tenancy import Actor

ANSWER_WITHIN = timedelta(minutes=30)
NONE = "none"  # the "none of these" answer


@dataclass
class ClarificationGone(WorkflowError):
    """Answered already, expired, or not in this workspace."""

    reason: str  # answered | expired | missing


@dataclass
class NotYourQuestion(WorkflowError):
    """Only the person who was asked (or a lead) answers a clarification."""

    asker: str


@dataclass(frozen=True, slots=True)
class Answered:
    text: str  # the message as first typed
    picked: str  # an intent, or NONE
    proposal: Mapping[str, Any]  # the team model's reading, {} when there was none


async def ask(
    actor: Actor,
    chat_id: int,
    text: str,
    choices: Sequence[str],
    clock: Clock,
    proposal: Mapping[str, Any] | None = None,
) -> int:
    row = await Clarification.create(
        workspace_id=actor.workspace_id,
        chat_id=chat_id,
        member_id=actor.member_id,
        text=text,
        choices=",".join(choices),
        proposal=dict(proposal or {}),
        created_at=clock.now(),
    )
    return int(row.id)


async def answer(
    actor: Actor, clarification_id: int, picked: str, clock: Clock, learned_text: str
) -> Answered:
    """Record the pick once; a pick of an intent teaches this workspace `learned_text` → that intent.
    A write proposed by the team's model is answered by the asker alone; other questions also by a lead."""
    async with in_transaction() as conn:
        row = await (
            Clarification.filter(id=clarification_id, workspace_id=actor.workspace_id)
            .select_for_update()
            .using_db(conn)
            .prefetch_related("member")
            .first()
        )
        if row is None:
            raise ClarificationGone("missing")
        if row.picked:
            raise ClarificationGone("answered")
        if clock.now() - row.created_at > ANSWER_WITHIN:
            raise ClarificationGone("expired")
        lead = actor.role in (Role.ADMIN, Role.MANAGER) and not row.proposal
        if row.member.id != actor.member_id and not lead:
            raise NotYourQuestion(row.member.display_name)
        if picked != NONE and picked not in row.choices.split(","):
            raise ClarificationGone("missing")
        row.picked = picked
        await row.save(using_db=conn, update_fields=["picked"])
        if picked != NONE and learned_text:
            await LearnedExample.update_or_create(
                defaults={"intent": picked, "created_at": clock.now()},
                workspace_id=actor.workspace_id,
                text=learned_text[:200],
                using_db=conn,
            )
    return Answered(row.text, picked, row.proposal)


async def question(actor: Actor, clarification_id: int) -> Clarification | None:
    return await Clarification.get_or_none(id=clarification_id, workspace_id=actor.workspace_id)


async def learned_intent(workspace_id: int, seen_text: str) -> str | None:
    """The intent this workspace's people picked for this phrasing before, if any."""
    row = await LearnedExample.get_or_none(workspace_id=workspace_id, text=seen_text[:200])
    return row.intent if row else None


async def known_creators(workspace_id: int, names: Collection[str]) -> frozenset[str]:
    """Which of `names` (lower-cased words of a message) are handles of this workspace's creators."""
    if not names:
        return frozenset()
    keys = await Creator.filter(workspace_id=workspace_id, handle_key__in=list(names)).values_list(
        "handle_key", flat=True
    )
    return frozenset(str(k) for k in keys)


async def member_names(workspace_id: int) -> frozenset[str]:
    """Display names of the workspace's members: the teammates a message may name without "@"."""
    names = await Member.filter(workspace_id=workspace_id).values_list("display_name", flat=True)
    return frozenset(str(n) for n in names if n)
