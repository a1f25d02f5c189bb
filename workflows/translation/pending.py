"""Requests the model could not answer are kept in the database and answered in their chat when it is
back. `retry_pending` is called by a small loop in the bot process (bot/translation_retry.py); the bot
supplies `post`, which turns a PendingAnswer into a message on its platform."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Literal

from models.tenancy import Chat, Member
from models.translation import PendingStatus, PendingTranslation
from workflows.errors import WorkflowError
from workflows.ports import Clock
from workflows.tenancy import Actor
from workflows.translation import drafts
from workflows.translation.ports import (
    ModelAuthFailed,
    ModelGarbage,
    ModelMisconfigured,
    ModelUnavailable,
    Translation,
    TranslationError,
    Translator,
)

log = logging.getLogger(__name__)
GIVE_UP_AFTER = timedelta(hours=24)
MAX_BAD_ANSWERS = 3  # empty or garbled answers to the same request before we say so and stop
STALE_CLAIM = timedelta(minutes=10)
_DOWN = (ModelUnavailable, ModelAuthFailed, ModelMisconfigured)


@dataclass(frozen=True, slots=True)
class KeptRequest:
    kind: Literal["translate", "draft"]
    text: str
    reader: str
    target: str | None = None
    creator_language: str | None = None
    handles: Sequence[str] = ()


@dataclass(frozen=True, slots=True)
class PendingAnswer:
    """What `post` gets: where to answer, who asked, and the outcome. No Reply: the bot renders it."""

    request_id: int
    workspace_id: int
    platform: str
    workspace_key: str
    chat_id: str
    asker_user_id: str
    locale: str
    kind: str
    translation: Translation | None = None
    draft: drafts.ReplyOutcome | None = None
    failure: str | None = None  # an error code when we stopped trying

    @property
    def idempotency_key(self) -> str:
        return f"translation-kept-{self.request_id}"


Post = Callable[[PendingAnswer], Awaitable[None]]


async def keep(
    actor: Actor, chat_id: int, locale: str, request: KeptRequest, reason: str, clock: Clock
) -> int:
    """Keep a request for later; `chat_id` is the database id of the chat it came from."""
    now = clock.now()
    row = await PendingTranslation.create(
        workspace_id=actor.workspace_id,
        chat_id=chat_id,
        asker_id=actor.member_id,
        kind=request.kind,
        text=request.text,
        target_language=request.target,
        reader_language=request.reader,
        creator_language=request.creator_language,
        handles=list(request.handles),
        locale=locale,
        next_attempt_at=now + _backoff(0),
        last_error=reason[:32],
        created_at=now,
    )
    return int(row.id)


async def waiting(workspace_id: int) -> int:
    count: int = await PendingTranslation.filter(
        workspace_id=workspace_id, status=PendingStatus.PENDING
    ).count()
    return count


async def retry_pending(translator: Translator, post: Post, clock: Clock, *, limit: int = 20) -> int:
    """Answer kept requests that are due, oldest first; stop at the first sign the model is still down.
    Returns how many were posted (answers, or a notice that we gave up)."""
    now = clock.now()
    await PendingTranslation.filter(status=PendingStatus.WORKING, claimed_at__lt=now - STALE_CLAIM).update(
        status=PendingStatus.PENDING
    )
    rows = (
        await PendingTranslation.filter(status=PendingStatus.PENDING, next_attempt_at__lte=now)
        .order_by("id")
        .limit(limit)
    )
    posted = 0
    for row in rows:
        if not translator.available():
            break
        claimed = await PendingTranslation.filter(id=row.id, status=PendingStatus.PENDING).update(
            status=PendingStatus.WORKING, claimed_at=now
        )
        if not claimed:
            continue  # another process took it
        answer, down = await _attempt(translator, row, clock)
        if answer is not None:
            posted += await _deliver(row, answer, post, clock)
        if down:
            break
    return posted


async def _attempt(
    translator: Translator, row: PendingTranslation, clock: Clock
) -> tuple[PendingAnswer | None, bool]:
    """(an answer to post, or None to try later; whether the model is still down)."""
    now = clock.now()
    try:
        return await _answer(translator, row, clock), False
    except _DOWN as error:
        if now - row.created_at > GIVE_UP_AFTER:
            return await _failure(row, "expired"), True
        await _reschedule(row, error.code, now)
        return None, True
    except (TranslationError, WorkflowError) as error:
        code = str(getattr(error, "code", type(error).__name__))
        if isinstance(error, ModelGarbage) and row.attempts + 1 < MAX_BAD_ANSWERS:
            await _reschedule(row, code, now)
            return None, False
        return await _failure(row, code), False


async def _answer(translator: Translator, row: PendingTranslation, clock: Clock) -> PendingAnswer:
    base = await _base(row)
    if row.kind == "draft":
        actor = await _actor(row)
        outcome = await drafts.draft_reply(
            actor,
            translator,
            row.handles,
            row.text,
            clock,
            language=row.target_language,
            reader=row.reader_language,
        )
        return replace(base, draft=outcome)
    translation = await translator.translate(
        row.workspace_id,  # type: ignore[attr-defined]
        row.text,
        target=row.target_language,
        reader=row.reader_language,
        creator_language=row.creator_language,
    )
    return replace(base, translation=translation)


async def _base(row: PendingTranslation) -> PendingAnswer:
    chat = await Chat.get(id=row.chat_id).prefetch_related("workspace")  # type: ignore[attr-defined]
    asker = await Member.get_or_none(id=row.asker_id) if row.asker_id else None  # type: ignore[attr-defined]
    return PendingAnswer(
        request_id=row.id,
        workspace_id=chat.workspace.id,
        platform=str(chat.workspace.platform),
        workspace_key=chat.workspace.external_key,
        chat_id=chat.platform_chat_id,
        asker_user_id=asker.platform_user_id if asker else "",
        locale=row.locale,
        kind=row.kind,
    )


async def _actor(row: PendingTranslation) -> Actor:
    member = await Member.get_or_none(id=row.asker_id)  # type: ignore[attr-defined]
    if member is None:  # the asker's member row is gone: nobody to write the draft notes for
        raise drafts.DraftGone(str(row.id))
    return Actor(member.workspace_id, member.id, member.display_name, member.role)  # type: ignore[attr-defined]


async def _failure(row: PendingTranslation, code: str) -> PendingAnswer:
    return replace(await _base(row), failure=code)


async def _deliver(row: PendingTranslation, answer: PendingAnswer, post: Post, clock: Clock) -> int:
    try:
        await post(answer)
    except Exception:  # the chat could not be reached: the result is cached, so trying again is cheap
        log.exception("could not post the kept translation %s", row.id)
        await _reschedule(row, "post", clock.now())
        return 0
    status = PendingStatus.DONE if answer.failure is None else PendingStatus.FAILED
    await PendingTranslation.filter(id=row.id).update(
        status=status, answered_at=clock.now(), last_error=(answer.failure or "")[:32]
    )
    return 1


async def _reschedule(row: PendingTranslation, code: str, now: datetime) -> None:
    attempts = row.attempts + 1
    await PendingTranslation.filter(id=row.id).update(
        status=PendingStatus.PENDING,
        attempts=attempts,
        last_error=code[:32],
        next_attempt_at=now + _backoff(attempts),
    )


def _backoff(attempts: int) -> timedelta:
    """15 s, 30 s, 1 min … at most 10 min between tries, so an answer follows a recovery quickly."""
    return timedelta(seconds=min(15 * 2**attempts, 600))
