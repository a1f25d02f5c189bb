"""Replies to creators written from the team's brief: in the creator's language (or the one asked for),
saved on each creator's timeline as a draft note, and redone in another tone on request."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tortoise.transactions import in_transaction

from models.creator import Creator, Note
from models.enums import NoteKind
from models.translation import ReplyDraft
from workflows import audit, permissions
from workflows.creators import find_creators
from workflows.errors import WorkflowError
from workflows.pipeline import MAX_NOTE_CHARS
from workflows.ports import Clock
from workflows.tenancy import Actor
from workflows.translation.ports import Draft, Tone, Translator

DEFAULT_LANGUAGE = "en"


@dataclass
class MixedLanguages(WorkflowError):
    """Several creators with different languages and none asked for: which one?"""

    languages: dict[str, str]  # handle → language code


@dataclass
class DraftGone(WorkflowError):
    """A button on a draft of another workspace, or one deleted."""

    draft_id: str


@dataclass(frozen=True, slots=True)
class ReplyOutcome:
    draft: Draft
    draft_id: int
    handles: tuple[str, ...]


def reply_language(creators: Sequence[Creator], asked: str | None) -> str:
    if asked:
        return asked
    languages = {c.handle: c.language or DEFAULT_LANGUAGE for c in creators}
    if len(set(languages.values())) > 1:
        raise MixedLanguages(languages)
    return next(iter(languages.values()), DEFAULT_LANGUAGE)


async def draft_reply(
    actor: Actor,
    translator: Translator,
    handles: Sequence[str],
    brief: str,
    clock: Clock,
    *,
    language: str | None = None,
    reader: str = "zh",
) -> ReplyOutcome:
    creators = await find_creators(actor, handles, access=permissions.CHANGE)  # the draft is a note
    lang = reply_language(creators, language)
    name = creators[0].handle if len(creators) == 1 else None
    draft = await translator.draft(
        actor.workspace_id,
        brief,
        language=lang,
        creator_name=name,
        reader=reader,
        keep=[c.handle for c in creators],
    )
    now = clock.now()
    async with in_transaction() as conn:
        notes = [
            await Note.create(
                using_db=conn,
                workspace_id=actor.workspace_id,
                creator=creator,
                author_id=actor.member_id,
                kind=NoteKind.DRAFT,
                text=draft.text[:MAX_NOTE_CHARS],
                created_at=now,
            )
            for creator in creators
        ]
        row = await ReplyDraft.create(
            using_db=conn,
            workspace_id=actor.workspace_id,
            creator=creators[0],
            handles=[c.handle for c in creators],
            note_ids=[n.id for n in notes],
            brief=brief,
            language=lang,
            text=draft.text,
            back_translation=draft.back_translation,
            created_by_id=actor.member_id,
            created_at=now,
        )
        for creator in creators:
            await audit.record(conn, actor, "creator.draft", creator.handle, now, language=lang)
    return ReplyOutcome(draft, row.id, tuple(c.handle for c in creators))


async def redraft(
    actor: Actor, translator: Translator, draft_id: str, tone: Tone, clock: Clock, *, reader: str = "zh"
) -> ReplyOutcome:
    """The same brief in another tone; the draft notes on the timelines take the new text."""
    row = await _draft_row(actor, draft_id)
    name = row.handles[0] if len(row.handles) == 1 else None
    draft = await translator.draft(
        actor.workspace_id,
        row.brief,
        language=row.language,
        creator_name=name,
        tone=tone,
        reader=reader,
        keep=row.handles,
    )
    now = clock.now()
    async with in_transaction() as conn:
        await (
            ReplyDraft.filter(id=row.id)
            .using_db(conn)
            .update(text=draft.text, back_translation=draft.back_translation, tone=tone)
        )
        await (
            Note.filter(id__in=row.note_ids, workspace_id=actor.workspace_id)
            .using_db(conn)
            .update(text=draft.text[:MAX_NOTE_CHARS])
        )
        await audit.record(conn, actor, "creator.draft", ",".join(row.handles)[:200], now, tone=tone)
    return ReplyOutcome(draft, row.id, tuple(row.handles))


async def draft_text(actor: Actor, draft_id: str) -> ReplyDraft:
    return await _draft_row(actor, draft_id)


async def _draft_row(actor: Actor, draft_id: str) -> ReplyDraft:
    row = (
        await ReplyDraft.get_or_none(id=int(draft_id), workspace_id=actor.workspace_id)
        if draft_id.isdigit()
        else None
    )
    if row is None:
        raise DraftGone(draft_id)
    return row
