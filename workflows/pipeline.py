"""Moving creators through the pipeline: stage changes, owners and notes, each all-or-nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.functions import Max
from tortoise.transactions import in_transaction

from models.creator import Creator, Note, StageChange
from models.enums import NoteKind, Stage
from models.schedule import Delivery
from models.tenancy import Member
from workflows import audit, deadlines, permissions, stage_flows
from workflows.creators import find_creators
from workflows.delivery import Scheduler
from workflows.ports import Clock
from workflows.sequences import STILL_REACHING, stop_sequences_ids
from workflows.stages import Step, step_between
from workflows.tenancy import Actor, member_by_name, mentioned_member, teammate
from workflows.text_safety import clean_text

MAX_NOTE_CHARS = 4000


@dataclass(frozen=True, slots=True)
class StageMove:
    creator: Creator
    from_stage: Stage
    changed: bool
    scheduled: tuple[deadlines.Scheduled, ...] = ()  # TikTok Shop deadline reminders this move set up

    @property
    def step(self) -> Step:
        """Back to an earlier stage, or forward past some (said in the reply, never silent)."""
        return step_between(self.from_stage, Stage(self.creator.stage)) if self.changed else Step()


async def set_stage(
    actor: Actor,
    handles: Sequence[str],
    stage: Stage,
    clock: Clock,
    where: deadlines.Where | None = None,
    scheduler: Scheduler | None = None,
) -> list[StageMove]:
    """Move every named creator to `stage`; unknown handles change nothing at all. With `where` (the chat
    a person changed it in) the TikTok Shop deadlines are scheduled in the same transaction."""
    creators = await find_creators(actor, handles, access=permissions.CHANGE)
    now = clock.now()
    async with in_transaction() as conn:
        moves, queued = await move_creators(conn, actor, creators, stage, now, where)
    if scheduler is not None:
        for row in queued:
            await scheduler.enqueue(row.id, row.version, row.due_at)
    return moves


async def move_creators(
    conn: BaseDBAsyncClient,
    actor: Actor,
    creators: Sequence[Creator],
    stage: Stage,
    now: datetime,
    where: deadlines.Where | None = None,
    *,
    undoing: bool = False,
) -> tuple[list[StageMove], list[Delivery]]:
    """The stage change itself, inside the caller's transaction: the creator row, a StageChange counted in
    the stage_flow totals, stop-on-reply, the TikTok Shop deadlines and the audit row (with what an undo
    needs to put it all back). `undoing`: the move back of an undo (workflows/undo.py) — no deadline dates
    or reminders and no audit row of its own (the undo writes one). Returns the moves and the reminder rows
    to enqueue after the commit."""
    since = await last_change_at(actor.workspace_id, [c.id for c in creators], conn)
    batch = audit.batch_id()
    moves: list[StageMove] = []
    queued: list[Delivery] = []
    for creator in creators:
        before = Stage(creator.stage)
        if where is not None and where.sample_type is not None:
            await deadlines.note_sample_type(conn, actor.workspace_id, creator.id, where.sample_type)
        if before == stage:
            moves.append(StageMove(creator, before, changed=False))
            continue
        await (
            Creator.filter(id=creator.id, workspace_id=actor.workspace_id)
            .using_db(conn)
            .update(stage=stage, updated_at=now)
        )
        change = await StageChange.create(
            using_db=conn,
            workspace_id=actor.workspace_id,
            creator_id=creator.id,
            from_stage=before,
            to_stage=stage,
            changed_by_id=actor.member_id,
            changed_at=now,
            from_since=since.get(creator.id),
            stay_seconds=stay_seconds(since.get(creator.id), now),
        )
        await stage_flows.count(conn, [change])
        stopped: tuple[list[int], list[int]] = ([], [])
        if stage not in STILL_REACHING:
            stopped = await stop_sequences_ids(conn, actor.workspace_id, [creator.id], f"stage:{stage.value}")
        scheduled: list[deadlines.Scheduled] = []
        if not undoing:
            effects = await deadlines.on_stage(conn, actor.workspace_id, creator.id, stage, now)
            if where is not None:
                scheduled, rows = await deadlines.schedule_in(conn, actor, creator, stage, where, now)
                queued += rows
            undo: dict[str, object] = {"creator": creator.id, "from": before.value, "batch": batch}
            if stopped[0]:
                undo["sequences"] = {"stopped": stopped[0], "touches": stopped[1]}
            if effects.closed.deadlines:
                undo["closed"] = effects.closed.as_detail()
            if effects.collaboration is not None:
                undo["collaboration"] = effects.collaboration
                undo["dates"] = effects.previous
            if scheduled:
                undo["scheduled"] = [s.delivery_id for s in scheduled]
            await audit.record(conn, actor, "creator.stage", creator.handle, now, to=stage.value, **undo)
        creator.stage = stage
        moves.append(StageMove(creator, before, changed=True, scheduled=tuple(scheduled)))
    return moves, queued


def stay_seconds(since: datetime | None, changed_at: datetime) -> float | None:
    """Seconds spent in the stage being left (StageChange.stay_seconds), or None when its start is unknown."""
    return None if since is None else (changed_at - since).total_seconds()


async def last_change_at(
    workspace_id: int, creator_ids: Sequence[int], conn: BaseDBAsyncClient | None = None
) -> dict[int, datetime]:
    """When each creator entered its current stage (its latest stage change), by creator id."""
    if not creator_ids:
        return {}
    rows = (
        await StageChange.filter(workspace_id=workspace_id, creator_id__in=list(creator_ids))
        .using_db(conn)
        .group_by("creator_id")
        .annotate(last=Max("changed_at"))
        .values_list("creator_id", "last")
    )
    return {int(creator_id): last for creator_id, last in rows if last is not None}


async def assign_owner(
    actor: Actor,
    handles: Sequence[str],
    owner: str,
    clock: Clock,
    *,
    new_teammate: bool = False,
    user_id: str | None = None,
) -> tuple[Member, list[Creator]]:
    """Hand the creators to `owner` ("me", or a teammate's name). A name that is nobody on the team raises
    UnknownTeammate unless `new_teammate` (the user confirmed it is a new teammate) or `user_id` (the
    platform resolved an @mention to a real user): a name read from a message is never a member on a guess."""
    creators = await find_creators(actor, handles, access=permissions.CHANGE)
    if owner == "me":
        member = await Member.get(id=actor.member_id)
    elif user_id:
        member = await mentioned_member(actor.workspace_id, user_id, owner)
    elif new_teammate:
        member = await member_by_name(actor.workspace_id, owner)
    else:
        member = await teammate(actor.workspace_id, owner)
    now = clock.now()
    async with in_transaction() as conn:
        await (
            Creator.filter(id__in=[c.id for c in creators], workspace_id=actor.workspace_id)
            .using_db(conn)
            .update(owner_id=member.id, updated_at=now)
        )
        batch = audit.batch_id()
        for creator in creators:
            await audit.record(
                conn,
                actor,
                "creator.owner",
                creator.handle,
                now,
                owner=member.display_name,
                creator=creator.id,
                to=member.id,
                before=creator.owner_id,  # type: ignore[attr-defined]
                batch=batch,
            )
    return member, creators


async def add_note(
    actor: Actor, handle: str, text: str, clock: Clock, kind: NoteKind = NoteKind.NOTE
) -> Note:
    creator = (await find_creators(actor, [handle], access=permissions.CHANGE))[0]
    now = clock.now()
    async with in_transaction() as conn:
        note = await Note.create(
            using_db=conn,
            workspace_id=actor.workspace_id,
            creator=creator,
            author_id=actor.member_id,
            kind=kind,
            text=clean_text(text)[:MAX_NOTE_CHARS],
            created_at=now,
        )
        await Creator.filter(id=creator.id).using_db(conn).update(updated_at=now)
        await audit.record(conn, actor, "creator.note", creator.handle, now, note=note.id, creator=creator.id)
    return note
