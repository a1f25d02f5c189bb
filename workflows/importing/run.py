"""Import a spreadsheet into a workspace's pipeline: a dry run (preview) or the real thing, in batches.

Rows stream from the file; every `batch_size` readable rows are compared with the creators already in the
workspace (one query per batch, by `(platform, handle_key)`) and, unless it is a dry run, written in one
transaction per batch: new creators (with their first StageChange), the fields the file gives that differ
for existing ones (a changed stage gets a StageChange and stops outreach sequences like
`pipeline.set_stage`), a note from 备注 unless the creator already has that exact note. A batch the
database refuses is retried row by row, so one bad row is reported by number and the rest still land.

Reading the file (unzipping, parsing XML or CSV, checking each row) is synchronous and runs in a worker
thread, a batch of rows at a time (`asyncio.to_thread`): the event loop only sees the database work, so a
large or hostile file never stalls the acks and answers of the process (source.py has the size limits).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tortoise import Tortoise
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import BaseORMException
from tortoise.transactions import in_transaction

from models.creator import Creator, Note, StageChange
from models.enums import CreatorPlatform, Stage
from models.tenancy import Member
from workflows import audit, permissions, stage_flows
from workflows.creators import DEFAULT_PLATFORM
from workflows.importing.columns import Columns, NoHandleColumn, find_header
from workflows.importing.rows import Problem, RowDraft, Where, read_row
from workflows.importing.source import open_sheets
from workflows.pipeline import MAX_NOTE_CHARS
from workflows.ports import Clock
from workflows.sequences import STILL_REACHING, stop_sequences
from workflows.tenancy import Actor, member_by_name, name_key

log = logging.getLogger(__name__)
BATCH_SIZE = 500
ANALYZE_EVERY = 2_000
Progress = Callable[[int, int | None], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class Updated:
    where: Where
    handle: str
    fields: tuple[str, ...]


@dataclass(slots=True)
class ImportReport:
    dry_run: bool
    rows: int = 0  # data rows read (blank rows not counted)
    created: list[Where] = field(default_factory=list)
    updated: list[Updated] = field(default_factory=list)
    unchanged: int = 0
    skipped: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    platform_defaulted: int = 0
    columns: dict[str, dict[str, str]] = field(default_factory=dict)  # sheet → field → header label
    # owner names that are nobody on the team yet: the preview names them, and confirming the import is
    # what records them as teammates (by name, adopted when they first speak)
    new_owners: list[str] = field(default_factory=list)

    @property
    def changes(self) -> int:
        return len(self.created) + len(self.updated)


@dataclass(frozen=True, slots=True)
class _Existing:
    id: int
    stage: Stage
    values: dict[str, Any]


@dataclass(slots=True)
class _Batch:
    new: list[RowDraft] = field(default_factory=list)
    changed: list[tuple[RowDraft, _Existing, dict[str, Any]]] = field(default_factory=list)
    notes: list[tuple[RowDraft, int | None]] = field(default_factory=list)


@dataclass(slots=True)
class _Run:
    actor: Actor
    clock: Clock
    report: ImportReport
    default_platform: CreatorPlatform
    members: dict[str, int]  # name_key → member id
    member_names: dict[int, str]  # member id → name_key
    seen: dict[tuple[str, str], Where] = field(default_factory=dict)
    source: str = ""
    unanalysed: int = 0  # creators created since the last ANALYZE


async def import_file(
    actor: Actor,
    data: bytes,
    clock: Clock,
    *,
    dry_run: bool,
    file_name: str = "",
    default_platform: str | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
) -> ImportReport:
    """Raises NotASpreadsheet or NoHandleColumn for a file that cannot be read at all; row problems are
    in the report."""
    run = _Run(
        actor,
        clock,
        ImportReport(dry_run=dry_run),
        CreatorPlatform(default_platform) if default_platform else DEFAULT_PLATFORM,
        members={},
        member_names={},
        source=file_name[:120],
    )
    members = await Member.filter(workspace_id=actor.workspace_id).values_list("id", "name_key")
    for member_id, key in members:
        run.members.setdefault(str(key), int(member_id))
        run.member_names[int(member_id)] = str(key)
    sheets = await asyncio.to_thread(lambda: list(_readable_sheets(data)))
    total = sum(s[2] or 0 for s in sheets) or None
    for sheet_name, rows, _, columns in sheets:
        name = sheet_name if len(sheets) > 1 else ""  # one sheet: rows are named by number alone
        run.report.columns[name] = dict(columns.labels)
        drafts = _drafts(run, name, rows, columns)
        # the thread advances the generator while this coroutine waits: one at a time, never both
        while batch := await asyncio.to_thread(_take, drafts, batch_size):
            await _process(run, batch)
            if progress is not None and len(batch) >= batch_size:
                await progress(run.report.rows, total)
    if run.unanalysed:
        await _analyze()
    if progress is not None:
        await progress(run.report.rows, run.report.rows)
    return run.report


def _readable_sheets(data: bytes) -> Iterator[tuple[str, Iterator[tuple[object, ...]], int | None, Columns]]:
    """Sheets with a handle column; raises NoHandleColumn when no sheet has one."""
    first_seen: tuple[str, ...] | None = None
    found = False
    for sheet in open_sheets(data):
        head: list[tuple[object, ...]] = []
        for row in sheet.rows:
            head.append(row)
            if len(head) >= 30:
                break
        try:
            columns = find_header(head)
        except NoHandleColumn as error:
            first_seen = error.seen if first_seen is None else first_seen
            continue
        found = True
        yield sheet.name, _chain(head, sheet.rows), sheet.total_rows, columns
    if not found:
        raise NoHandleColumn(first_seen or ())


def _take(drafts: Iterator[RowDraft], size: int) -> list[RowDraft]:
    return list(itertools.islice(drafts, size))


def _chain(
    head: list[tuple[object, ...]], rest: Iterator[tuple[object, ...]]
) -> Iterator[tuple[object, ...]]:
    yield from head
    yield from rest


def _drafts(
    run: _Run, sheet: str, rows: Iterable[tuple[object, ...]], columns: Columns
) -> Iterator[RowDraft]:
    report = run.report
    for number, row in enumerate(rows, start=1):
        if number <= columns.header_row or not any(v is not None and str(v).strip() for v in row):
            continue
        report.rows += 1
        where = Where(sheet, number)
        read = read_row(where, row, columns)
        if isinstance(read, Problem):
            report.skipped.append(read)
            continue
        if read.platform is None:
            read.platform = run.default_platform.value
            report.platform_defaulted += 1
        first = run.seen.setdefault((read.platform, read.key), where)
        if first is not where:
            report.skipped.append(Problem(where, "duplicate", _where_text(first)))
            continue
        report.warnings.extend(read.warnings)
        yield read


def _where_text(where: Where) -> str:
    return f"{where.sheet}!{where.row}" if where.sheet else str(where.row)


async def _process(run: _Run, drafts: list[RowDraft]) -> None:
    batch = await _plan(run, drafts)
    report = run.report
    for draft in [*batch.new, *(d for d, _, fields in batch.changed if "owner_id" in fields)]:
        name = (draft.owner or "").strip()
        if name and name_key(name) not in run.members and name not in report.new_owners:
            report.new_owners.append(name)
    if report.dry_run or not (batch.new or batch.changed or batch.notes):
        _count(run, batch)
        return
    await _write_batch(run, batch)
    run.unanalysed += len(batch.new)
    if run.unanalysed >= ANALYZE_EVERY:
        await _analyze()
        run.unanalysed = 0


async def _analyze() -> None:
    """Refresh PostgreSQL's statistics of `creator` after a bulk load. Until autovacuum gets to it the
    planner believes the table is as small as before the import, and picks plans that read every
    creator of the workspace for each key looked up (0.2–0.5 s a batch at 10,000 creators)."""
    db = Tortoise.get_connection("default")
    if db.capabilities.dialect != "postgres":
        return
    try:
        await db.execute_script('ANALYZE "creator"')
    except BaseORMException as error:  # not the table's owner: the import is only slower
        log.info("import: could not analyze creator (%s)", error)


async def _write_batch(run: _Run, batch: _Batch) -> None:
    report = run.report
    try:
        await _write_all_or_nothing(run, batch)
    except BaseORMException as error:  # one row spoils the batch: write row by row, report the bad ones
        log.info("import batch refused (%s); writing row by row", type(error).__name__)
        for single in _singles(batch):
            try:
                await _write_all_or_nothing(run, single)
            except BaseORMException as row_error:
                draft = (single.new or [c[0] for c in single.changed] or [n[0] for n in single.notes])[0]
                report.skipped.append(Problem(draft.where, "database", str(row_error)[:160]))
                continue
            _count(run, single)
        return
    _count(run, batch)


async def _write_all_or_nothing(run: _Run, batch: _Batch) -> None:
    """One transaction; on failure the members it created are forgotten too (they were rolled back)."""
    members, names = dict(run.members), dict(run.member_names)
    try:
        async with in_transaction() as conn:
            await _write(run, batch, conn)
    except BaseORMException:
        run.members, run.member_names = members, names
        raise


def _singles(batch: _Batch) -> Iterator[_Batch]:
    notes = {id(d): n for d, n in batch.notes}
    for draft in batch.new:
        yield _Batch(new=[draft], notes=[(draft, None)] if id(draft) in notes else [])
    for change in batch.changed:
        draft = change[0]
        yield _Batch(changed=[change], notes=[(draft, notes[id(draft)])] if id(draft) in notes else [])
    changed = {id(c[0]) for c in batch.changed}
    for draft, creator_id in batch.notes:
        if creator_id is not None and id(draft) not in changed:
            yield _Batch(notes=[(draft, creator_id)])


def _count(run: _Run, batch: _Batch) -> None:
    report = run.report
    report.created.extend(d.where for d in batch.new)
    changed = {id(d): fields for d, _, fields in batch.changed}
    for draft, creator_id in batch.notes:
        if creator_id is not None:
            changed.setdefault(id(draft), {})["note"] = draft.note
    by_id = {id(d): d for d, _, _ in batch.changed} | {id(d): d for d, _ in batch.notes}
    for key, fields in changed.items():
        draft = by_id[key]
        names = dict.fromkeys(_SHOWN.get(f, f) for f in fields)
        report.updated.append(Updated(draft.where, draft.handle, tuple(n for n in names if n)))


_SHOWN = {"owner_id": "owner", "region_name": "region", "timezone": ""}


async def _by_keys(
    workspace_id: int, keys: list[str], columns: tuple[str, ...], conn: BaseDBAsyncClient | None = None
) -> list[dict[str, Any]]:
    """The workspace's creators with these handle keys, as dicts of `columns`.

    On PostgreSQL this is a join with `unnest($2)`: the ORM's `IN ($2, …, $501)` is a prepared statement
    that PostgreSQL switches to a generic plan after five runs, and that plan filters every creator of
    the workspace against the whole list (0.2–0.4 s a batch at 10,000 creators, growing with the table);
    the join stays one index look-up per key."""
    db = conn or Tortoise.get_connection("default")
    if db.capabilities.dialect != "postgres":
        return list(
            await Creator.filter(workspace_id=workspace_id, handle_key__in=keys).using_db(db).values(*columns)
        )
    names = ", ".join(f'c."{c}"' for c in columns)
    sql = (
        f"SELECT {names} FROM unnest($2::varchar[]) AS k(key) "
        'JOIN "creator" c ON c."handle_key" = k.key AND c."workspace_id" = $1'
    )
    return list(await db.execute_query_dict(sql, [workspace_id, keys]))


async def _plan(run: _Run, drafts: list[RowDraft]) -> _Batch:
    keys = list({d.key for d in drafts})
    rows = await _by_keys(run.actor.workspace_id, keys, ("id", "platform", "handle_key", "stage", *_COMPARED))
    existing = {(str(r["platform"]), str(r["handle_key"])): r for r in rows}
    noted = await _existing_notes(
        run,
        [
            existing[(d.platform or "", d.key)]["id"]
            for d in drafts
            if d.note and (d.platform or "", d.key) in existing
        ],
    )
    batch = _Batch()
    sees_all = permissions.sees_everyone(run.actor)
    for draft in drafts:
        found = existing.get((draft.platform or "", draft.key))
        if found is None:
            batch.new.append(draft)
            if draft.note:
                batch.notes.append((draft, None))
            continue
        owner_id = found["owner_id"]
        if not sees_all and owner_id is not None and int(owner_id) != run.actor.member_id:
            # the one permission rule (workflows/permissions.py): operators change only their own creators
            run.report.skipped.append(Problem(draft.where, "not_yours", draft.handle))
            continue
        current = _Existing(int(found["id"]), Stage(found["stage"]), found)
        fields = _diff(run, draft, current)
        if fields:
            batch.changed.append((draft, current, fields))
        if draft.note and (current.id, draft.note[:MAX_NOTE_CHARS]) not in noted:
            batch.notes.append((draft, current.id))
        elif not fields:
            run.report.unchanged += 1
    return batch


_COMPARED = ("country", "region", "region_name", "timezone", "language", "followers", "email", "owner_id")


async def _existing_notes(run: _Run, creator_ids: list[int]) -> set[tuple[int, str]]:
    if not creator_ids:
        return set()
    notes = await Note.filter(workspace_id=run.actor.workspace_id, creator_id__in=creator_ids).values_list(
        "creator_id", "text"
    )
    return {(int(c), str(t)) for c, t in notes}


def _given(run: _Run, draft: RowDraft) -> dict[str, Any]:
    """The fields the row gives a value for, as they would be stored."""
    given: dict[str, Any] = {}
    if draft.place is not None:
        given["country"] = draft.place.country
        if draft.place.region is not None or draft.place.region_name is not None:
            given["region"], given["region_name"] = draft.place.region, draft.place.region_name
        given["timezone"] = draft.place.timezone
    for name in ("language", "followers", "email"):
        if getattr(draft, name) is not None:
            given[name] = getattr(draft, name)
    if draft.owner is not None:
        given["owner_id"] = run.members.get(name_key(draft.owner), draft.owner)
    if draft.stage is not None:
        given["stage"] = draft.stage
    return given


def _diff(run: _Run, draft: RowDraft, current: _Existing) -> dict[str, Any]:
    given = _given(run, draft)
    if "country" in given and given["country"] == current.values["country"] and "region" not in given:
        given.pop("timezone", None)  # same country, no city given: keep the zone the team set
    if given.get("region") is not None and given["region"] == current.values["region"]:
        given.pop("region_name", None)  # same region code: a name in another language is no change
    changed = {k: v for k, v in given.items() if (current.stage if k == "stage" else current.values[k]) != v}
    if "email" in changed and str(current.values["email"] or "").casefold() == str(given["email"]).casefold():
        changed.pop("email")
    return changed


async def _owner_id(run: _Run, draft: RowDraft) -> int:
    if draft.owner is None:
        return run.actor.member_id
    key = name_key(draft.owner)
    if key not in run.members:
        member = await member_by_name(run.actor.workspace_id, draft.owner)
        run.members[key] = member.id
        run.member_names[member.id] = key
    return run.members[key]


async def _write(run: _Run, batch: _Batch, conn: BaseDBAsyncClient) -> None:
    now = run.clock.now()
    actor = run.actor
    ids = await _create(run, batch.new, conn, now)
    moved: list[int] = []
    for draft, current, fields in batch.changed:
        if "owner_id" in fields:
            fields["owner_id"] = await _owner_id(run, draft)
        await (
            Creator.filter(id=current.id, workspace_id=actor.workspace_id)
            .using_db(conn)
            .update(**fields, updated_at=now)
        )
        if "stage" in fields:
            change = await StageChange.create(
                using_db=conn,
                workspace_id=actor.workspace_id,
                creator_id=current.id,
                from_stage=current.stage,
                to_stage=fields["stage"],
                changed_by_id=actor.member_id,
                changed_at=now,
            )
            await stage_flows.count(conn, [change])
            if fields["stage"] not in STILL_REACHING:
                moved.append(current.id)
    if moved:
        await stop_sequences(conn, actor.workspace_id, moved, "import")
    notes = [
        Note(
            workspace_id=actor.workspace_id,
            creator_id=creator_id if creator_id is not None else ids[(draft.platform or "", draft.key)],
            author_id=actor.member_id,
            text=(draft.note or "")[:MAX_NOTE_CHARS],
            created_at=now,
        )
        for draft, creator_id in batch.notes
    ]
    if notes:
        await Note.bulk_create(notes, using_db=conn)
    await audit.record(
        conn, actor, "creator.import", run.source, now, created=len(batch.new), updated=len(batch.changed)
    )


async def _create(
    run: _Run, drafts: list[RowDraft], conn: BaseDBAsyncClient, now: datetime
) -> dict[tuple[str, str], int]:
    if not drafts:
        return {}
    ws = run.actor.workspace_id
    creators = []
    for draft in drafts:
        place = draft.place
        creators.append(
            Creator(
                workspace_id=ws,
                platform=CreatorPlatform(draft.platform or run.default_platform),
                handle=draft.handle,
                handle_key=draft.key,
                owner_id=await _owner_id(run, draft),
                followers=draft.followers,
                email=draft.email,
                stage=draft.stage or Stage.PROSPECT,
                country=place.country if place else None,
                region=place.region if place else None,
                region_name=place.region_name if place else None,
                timezone=place.timezone if place else None,
                language=draft.language or (_language(place.country) if place else None),
                created_at=now,
                updated_at=now,
            )
        )
    await Creator.bulk_create(creators, using_db=conn)
    rows = await _by_keys(ws, list({d.key for d in drafts}), ("id", "platform", "handle_key"), conn)
    ids = {(str(r["platform"]), str(r["handle_key"])): int(r["id"]) for r in rows}
    firsts = [
        StageChange(
            workspace_id=ws,
            creator_id=ids[(d.platform or "", d.key)],
            from_stage=None,
            to_stage=d.stage or Stage.PROSPECT,
            changed_by_id=run.actor.member_id,
            changed_at=now,
        )
        for d in drafts
    ]
    await StageChange.bulk_create(firsts, using_db=conn)
    await stage_flows.count(conn, firsts)
    return ids


def _language(country: str) -> str | None:
    from workflows import geo

    try:
        return geo.country_language(country)
    except geo.UnknownCountry:
        return None
