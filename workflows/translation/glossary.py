"""The workspace glossary: "术语 佣金 = commission" makes the model use that word; "术语 GlowPro" (or
"GlowPro = GlowPro") marks a product or brand name that is never translated. Terms become protected
spans (see protect.py), so the output carries exactly the team's word."""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from models.translation import GlossaryTerm
from workflows import audit, geo
from workflows.errors import WorkflowError
from workflows.ports import Clock
from workflows.tenancy import Actor
from workflows.translation.protect import TermRule

MAX_TERM = 100
MAX_TERMS = 500
_HAN = re.compile(r"[\u4e00-\u9fff]")
_SEPARATOR = re.compile(r"\s*(?:=|＝|->|→|=>)\s*")
_LANGUAGE_TAG = re.compile(r"\s*[(（]\s*([^()（）]{1,20})\s*[)）]\s*$")


@dataclass
class BadTerm(WorkflowError):
    """A glossary line we cannot use; `reason` is an i18n key suffix."""

    reason: str
    text: str = ""


@dataclass(frozen=True, slots=True)
class TermSpec:
    source: str  # the Chinese side, or the name to keep
    target: str
    language: str  # "" for a name kept in every language

    @property
    def is_name(self) -> bool:
        return self.language == ""


def parse_spec(text: str) -> TermSpec:
    """ "佣金 = commission", "佣金 = comisión (西语)", "commission = 佣金", "GlowPro"."""
    text = text.strip().strip("。.;；")
    language = "en"
    tag = _LANGUAGE_TAG.search(text)
    if tag:
        found = geo.find_language(tag.group(1)) or _code(tag.group(1))
        if found is None:
            raise BadTerm("language", tag.group(1))
        language, text = found[0], text[: tag.start()]
    sides = [s.strip().strip("\"'“”「」") for s in _SEPARATOR.split(text, maxsplit=1)]
    if not sides[0]:
        raise BadTerm("empty")
    if any(len(s) > MAX_TERM for s in sides):
        raise BadTerm("too_long", str(MAX_TERM))
    if len(sides) == 1 or not sides[1] or sides[0].casefold() == sides[1].casefold():
        return TermSpec(sides[0], sides[0], "")
    left, right = sides
    if _HAN.search(right) and not _HAN.search(left):
        left, right = right, left
    if not _HAN.search(left) or _HAN.search(right):
        raise BadTerm("one_side_chinese", text)
    return TermSpec(left, right, language)


def _code(text: str) -> tuple[str, tuple[int, int]] | None:
    code = text.strip().lower()
    return (code, (0, len(code))) if code in geo.SUPPORTED_LANGUAGES and code != "zh" else None


async def add_term(actor: Actor, spec: TermSpec, clock: Clock) -> bool:
    """Add or replace the term; True when it is new."""
    now = clock.now()
    key = spec.source.casefold()
    async with in_transaction() as conn:
        existing = await GlossaryTerm.get_or_none(
            workspace_id=actor.workspace_id, source_key=key, language=spec.language, using_db=conn
        )
        if existing is None:
            if await GlossaryTerm.filter(workspace_id=actor.workspace_id).using_db(conn).count() >= MAX_TERMS:
                raise BadTerm("full", str(MAX_TERMS))
            await GlossaryTerm.create(
                using_db=conn,
                workspace_id=actor.workspace_id,
                source=spec.source,
                source_key=key,
                target=spec.target,
                language=spec.language,
                created_by_id=actor.member_id,
                created_at=now,
            )
            before = None
        else:
            before = {"source": existing.source, "target": existing.target}  # for undo
            existing.source, existing.target = spec.source, spec.target
            await existing.save(using_db=conn, update_fields=["source", "target"])
        await audit.record(
            conn,
            actor,
            "glossary.set",
            spec.source,
            now,
            term=spec.target,
            language=spec.language,
            before=before,
        )
    _changed()
    return existing is None


async def remove_term(actor: Actor, source: str, clock: Clock) -> int:
    now = clock.now()
    async with in_transaction() as conn:
        query = GlossaryTerm.filter(workspace_id=actor.workspace_id, source_key=source.strip().casefold())
        gone = await query.using_db(conn).values_list("source", "target", "language")
        removed = await query.using_db(conn).delete()
        if removed:
            terms = [list(row) for row in gone]  # for undo: the rows as they were
            await audit.record(conn, actor, "glossary.remove", source.strip(), now, terms=terms)
    _changed()
    return int(removed)


async def restore_term(
    conn: BaseDBAsyncClient,
    actor: Actor,
    source: str,
    language: str,
    before: dict[str, str] | None,
    now: datetime,
) -> None:
    """Undo of `add_term`: the earlier wording back, or the term gone when it was new."""
    query = GlossaryTerm.filter(
        workspace_id=actor.workspace_id, source_key=source.casefold(), language=language
    )
    if before is None:
        await query.using_db(conn).delete()
    else:
        await query.using_db(conn).update(source=before["source"], target=before["target"])
    _changed()


async def readd_terms(
    conn: BaseDBAsyncClient, actor: Actor, rows: Sequence[Sequence[str]], now: datetime
) -> None:
    """Undo of `remove_term`: the removed rows come back (a row re-added meanwhile is left as it is)."""
    for source, target, language in rows:
        key = source.casefold()
        found = (
            await GlossaryTerm.filter(workspace_id=actor.workspace_id, source_key=key, language=language)
            .using_db(conn)
            .exists()
        )
        if not found:
            await GlossaryTerm.create(
                using_db=conn,
                workspace_id=actor.workspace_id,
                source=source,
                source_key=key,
                target=target,
                language=language,
                created_by_id=actor.member_id,
                created_at=now,
            )
    _changed()


async def terms(workspace_id: int) -> list[TermSpec]:
    query = GlossaryTerm.filter(workspace_id=workspace_id).order_by("source_key", "language")
    rows = await query.values_list("source", "target", "language")
    return [TermSpec(str(s), str(t), str(lang)) for s, t, lang in rows]


_changes = 0  # bumped by every change made in this process


class TermsCache:
    """A workspace's terms, re-read at most every `ttl_s` (a change made in this process is seen at
    once; one made by another process within `ttl_s`). Saves a query on every translation."""

    def __init__(self, ttl_s: float = 5.0, now: Callable[[], float] = time.monotonic) -> None:
        self._ttl_s = ttl_s
        self._now = now
        self._entries: dict[int, tuple[float, int, list[TermSpec]]] = {}

    async def get(self, workspace_id: int) -> list[TermSpec]:
        entry = self._entries.get(workspace_id)
        if entry is not None and entry[1] == _changes and self._now() - entry[0] < self._ttl_s:
            return entry[2]
        specs = await terms(workspace_id)
        self._entries[workspace_id] = (self._now(), _changes, specs)
        return specs


def _changed() -> None:
    global _changes
    _changes += 1


def version(specs: Sequence[TermSpec]) -> str:
    """Changes whenever a term does: part of every cache key."""
    if not specs:
        return ""
    joined = "\n".join(f"{s.source}\t{s.target}\t{s.language}" for s in specs)
    return hashlib.sha256(joined.encode()).hexdigest()[:16]


def rules_for(specs: Sequence[TermSpec], source: str | None, target: str) -> list[TermRule]:
    """The terms that apply from `source` to `target`: names always; a pair between Chinese and its
    language, in whichever direction the text goes."""
    rules: list[TermRule] = []
    for spec in specs:
        if spec.is_name:
            rules.append(TermRule(spec.source, spec.source, "name"))
        elif source in ("zh", None) and target == spec.language and source != target:
            rules.append(TermRule(spec.source, spec.target))
        elif source in (spec.language, None) and target == "zh":
            rules.append(TermRule(spec.target, spec.source))
    return sorted(rules, key=lambda r: -len(r.match))  # longest first: "free sample" before "sample"
