"""Import a spreadsheet into a workspace's pipeline: a dry run (preview) or the real thing, in batches.

Rows stream from the file; every `batch_size` readable rows are compared with the creators already in the
workspace (one query per batch, by `(platform, handle_key)`) and, unless it is a dry run, written in one
transaction per batch: new creators (with their first StageChange), the fields the file gives that differ
for existing ones (a changed stage gets a StageChange and stops outreach sequences like
`pipeline.set_stage`), a note from 备注 and one with the cells kept as "<header>: <value>" lines (columns
no field reads, what a contact or price cell held besides), each unless the creator already has that
exact note, and a price as the offer on the creator's collaboration (workflows/payments' storage). A batch
the database refuses is retried row by row, so one bad row is reported by number and the rest still land.

An imported price is the creator's quote, not money owed: it is written to the collaboration (fixed fee,
currency, commission) but no 待付款 row is made — "@amy 合作：固定费用 300 美元" in chat does that. An
offer that already has payments against it (set in chat) is never overwritten; the row says so.

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
from decimal import Decimal
from typing import Any, TypeVar

from tortoise import Tortoise
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import BaseORMException
from tortoise.transactions import in_transaction

from models.campaign import Collaboration
from models.creator import Creator, Note, StageChange
from models.enums import CreatorPlatform, DealType, Stage
from models.payment import Payment
from models.tenancy import Member
from workflows import audit, permissions, stage_flows
from workflows.creators import DEFAULT_PLATFORM
from workflows.importing import cells
from workflows.importing.columns import CREATORS, Columns, NoHandleColumn, Vocabulary, find_header
from workflows.importing.rows import Problem, RowDraft, Where, read_row
from workflows.importing.source import HEADER_ROWS, Data, open_sheets
from workflows.pipeline import MAX_NOTE_CHARS
from workflows.ports import Clock
from workflows.sequences import STILL_REACHING, stop_sequences
from workflows.tenancy import Actor, member_by_name, name_key

log = logging.getLogger(__name__)
BATCH_SIZE = 500
# the titles of the results sheet `creatorbot export` adds (workflows/spreadsheet_export.py): not read back
RESULTS_SHEETS = ("带货成绩", "Sales results")
ANALYZE_EVERY = 2_000
Progress = Callable[[int, int | None], Awaitable[None]]
T = TypeVar("T")


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
    kept_columns: list[str] = field(default_factory=list)  # headers whose cells went to the notes
    row_number_columns: list[str] = field(default_factory=list)  # 序号 / No.: not imported
    # creators in a country of several time zones with no state or city: no local time for outreach
    needs_region: list[str] = field(default_factory=list)
    offers: int = 0  # creators whose offer (the collaboration's fee / commission) the price column sets

    @property
    def changes(self) -> int:
        return len(self.created) + len(self.updated)


@dataclass(frozen=True, slots=True)
class _Existing:
    id: int
    stage: Stage
    values: dict[str, Any]


@dataclass(frozen=True, slots=True)
class _Deal:
    """A creator's current collaboration as the import compares offers with it."""

    id: int
    values: dict[str, Any]  # OFFER_FIELDS
    has_payments: bool


@dataclass(slots=True)
class _Batch:
    new: list[RowDraft] = field(default_factory=list)
    changed: list[tuple[RowDraft, _Existing, dict[str, Any]]] = field(default_factory=list)
    notes: list[tuple[RowDraft, int | None, str]] = field(default_factory=list)  # (row, creator, text)


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
    data: Data,
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
    sheets = await asyncio.to_thread(lambda: list(readable_sheets(data)))
    # the export's results sheet names creators too, but its figures are not the pipeline's
    sheets = [s for s in sheets if s[0] not in RESULTS_SHEETS] or sheets
    total = sum(s[2] or 0 for s in sheets) or None
    for sheet_name, rows, _, columns in sheets:
        name = sheet_name if len(sheets) > 1 else ""  # one sheet: rows are named by number alone
        run.report.columns[name] = dict(columns.labels)
        for label in columns.row_number_columns():
            if label not in run.report.row_number_columns:
                run.report.row_number_columns.append(label)
        drafts = _drafts(run, name, rows, columns)
        # the thread advances the generator while this coroutine waits: one at a time, never both
        while batch := await asyncio.to_thread(take, drafts, batch_size):
            await _process(run, batch)
            if progress is not None and len(batch) >= batch_size:
                await progress(run.report.rows, total)
    if run.unanalysed:
        await _analyze()
    if progress is not None:
        await progress(run.report.rows, run.report.rows)
    return run.report


def readable_sheets(
    data: Data, vocabulary: Vocabulary = CREATORS
) -> Iterator[tuple[str, Iterator[tuple[object, ...]], int | None, Columns]]:
    """Sheets with the vocabulary's key column (a handle; an order id for orders), each with its header;
    raises NoHandleColumn when no sheet has one. Shared by the creator and the order import."""
    first_seen: tuple[str, ...] | None = None
    found = False
    for sheet in open_sheets(data):
        head: list[tuple[object, ...]] = []
        for row in sheet.rows:
            head.append(row)
            if len(head) >= HEADER_ROWS:
                break
        try:
            columns = find_header(head, vocabulary)
        except NoHandleColumn as error:
            first_seen = error.seen if first_seen is None else first_seen
            continue
        found = True
        yield sheet.name, _chain(head, sheet.rows), sheet.total_rows, columns
    if not found:
        raise NoHandleColumn(first_seen or (), vocabulary.key)


def take(drafts: Iterator[T], size: int) -> list[T]:
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
        for label, _ in read.kept:
            if label not in report.kept_columns:
                report.kept_columns.append(label)
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
    notes: dict[int, list[tuple[RowDraft, int | None, str]]] = {}
    for note in batch.notes:
        notes.setdefault(id(note[0]), []).append(note)
    for draft in batch.new:
        yield _Batch(new=[draft], notes=notes.pop(id(draft), []))
    for change in batch.changed:
        yield _Batch(changed=[change], notes=notes.pop(id(change[0]), []))
    for rest in notes.values():
        yield _Batch(notes=rest)


def _count(run: _Run, batch: _Batch) -> None:
    report = run.report
    report.created.extend(d.where for d in batch.new)
    report.offers += sum(1 for d in batch.new if _offer_values(d)) + sum(
        1 for _, _, fields in batch.changed if "offer" in fields
    )
    changed = {id(d): dict(fields) for d, _, fields in batch.changed}
    for draft, creator_id, text in batch.notes:
        if creator_id is not None:
            changed.setdefault(id(draft), {})["note"] = text
    by_id = {id(d): d for d, _, _ in batch.changed} | {id(d): d for d, _, _ in batch.notes}
    for key, fields in changed.items():
        draft = by_id[key]
        names = dict.fromkeys(_SHOWN.get(f, f) for f in fields)
        report.updated.append(Updated(draft.where, draft.handle, tuple(n for n in names if n)))


_SHOWN = {"owner_id": "owner", "region_name": "region", "timezone": "", "offer": "price"}


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
            # deleted creators too, as the PostgreSQL join below sees them (their handles stay taken)
            await Creator.everyone()
            .filter(workspace_id=workspace_id, handle_key__in=keys)
            .using_db(db)
            .values(*columns)
        )
    names = ", ".join(f'c."{c}"' for c in columns)
    sql = (
        f"SELECT {names} FROM unnest($2::varchar[]) AS k(key) "
        'JOIN "creator" c ON c."handle_key" = k.key AND c."workspace_id" = $1'
    )
    return list(await db.execute_query_dict(sql, [workspace_id, keys]))


async def _plan(run: _Run, drafts: list[RowDraft]) -> _Batch:
    keys = list({d.key for d in drafts})
    rows = await _by_keys(
        run.actor.workspace_id, keys, ("id", "platform", "handle_key", "stage", "deleted_at", *_COMPARED)
    )
    existing = {(str(r["platform"]), str(r["handle_key"])): r for r in rows}
    noted = await _existing_notes(
        run,
        [
            existing[(d.platform or "", d.key)]["id"]
            for d in drafts
            if (d.note or d.kept) and (d.platform or "", d.key) in existing
        ],
    )
    deals = await _deals(
        run,
        [
            int(existing[(d.platform or "", d.key)]["id"])
            for d in drafts
            if d.price and (d.platform or "", d.key) in existing
        ],
    )
    batch = _Batch()
    sees_all = permissions.sees_everyone(run.actor)
    for draft in drafts:
        found = existing.get((draft.platform or "", draft.key))
        if found is None:
            batch.new.append(draft)
            batch.notes.extend((draft, None, text) for text in _note_texts(draft))
            if draft.place is not None and draft.place.timezone is None:
                run.report.needs_region.append(draft.handle)
            continue
        if found["deleted_at"] is not None:  # its handle stays taken: restore it, then import again
            run.report.skipped.append(Problem(draft.where, "deleted", draft.handle))
            continue
        owner_id = found["owner_id"]
        if not sees_all and owner_id is not None and int(owner_id) != run.actor.member_id:
            # the one permission rule (workflows/permissions.py): operators change only their own creators
            run.report.skipped.append(Problem(draft.where, "not_yours", draft.handle))
            continue
        current = _Existing(int(found["id"]), Stage(found["stage"]), found)
        fields = _diff(run, draft, current)
        _plan_offer(run, draft, deals.get(current.id), fields)
        if fields:
            batch.changed.append((draft, current, fields))
        if fields.get("country", found["country"]) and not fields.get("timezone", found["timezone"]):
            run.report.needs_region.append(draft.handle)
        notes = [text for text in _note_texts(draft) if (current.id, text) not in noted]
        batch.notes.extend((draft, current.id, text) for text in notes)
        if not fields and not notes:
            run.report.unchanged += 1
    return batch


def _note_texts(draft: RowDraft) -> list[str]:
    """The notes a row adds: the kept cells as "<header>: <value>" lines (in notes of at most
    MAX_NOTE_CHARS, so a wide row is split, never cut), then its 备注 — last, so it is the creator's latest
    note (the one a profile shows first and the export writes)."""
    texts: list[str] = []
    lines = [f"{header}: {value}" for header, value in draft.kept]
    current = ""
    for line in lines:
        while len(line) > MAX_NOTE_CHARS:
            if current:
                texts.append(current)
                current = ""
            texts.append(line[:MAX_NOTE_CHARS])
            line = line[MAX_NOTE_CHARS:]
        if current and len(current) + 1 + len(line) > MAX_NOTE_CHARS:
            texts.append(current)
            current = ""
        current = f"{current}\n{line}" if current else line
    if current:
        texts.append(current)
    return [*texts, draft.note[:MAX_NOTE_CHARS]] if draft.note else texts


OFFER_FIELDS = ("commission_percent", "fixed_fee", "currency", "deal_type")


def _offer_values(draft: RowDraft) -> dict[str, Any]:
    """The collaboration's offer fields as the row's price gives them (as `payments.set_offer` sets them)."""
    price = draft.price
    if price is None or (price.fee is None and price.percent is None):
        return {}
    values: dict[str, Any] = {}
    if price.percent is not None:
        values["commission_percent"] = price.percent
        values["deal_type"] = DealType.AFFILIATE if price.fee is None else DealType.PAID
    if price.fee is not None:
        values.update(fixed_fee=price.fee, currency=price.currency, deal_type=DealType.PAID)
    return values


async def _deals(run: _Run, creator_ids: list[int]) -> dict[int, _Deal]:
    """Each creator's current collaboration (the newest), and whether money was recorded against it."""
    if not creator_ids:
        return {}
    ws = run.actor.workspace_id
    rows = (
        await Collaboration.filter(workspace_id=ws, creator_id__in=creator_ids)
        .order_by("creator_id", "-id")
        .values("id", "creator_id", *OFFER_FIELDS)
    )
    newest: dict[int, dict[str, Any]] = {}
    for row in rows:
        newest.setdefault(int(row["creator_id"]), row)
    payments = await Payment.filter(
        workspace_id=ws, collaboration_id__in=[int(r["id"]) for r in newest.values()]
    ).values_list("collaboration_id", flat=True)
    paid = {int(str(c)) for c in payments if c is not None}
    return {c: _Deal(int(r["id"]), r, int(r["id"]) in paid) for c, r in newest.items()}


def _plan_offer(run: _Run, draft: RowDraft, deal: _Deal | None, fields: dict[str, Any]) -> None:
    """fields["offer"] = (collaboration id or None, values) when the price changes the offer."""
    values = _offer_values(draft)
    if not values:
        return
    if deal is not None and all(_same(deal.values.get(k), v) for k, v in values.items()):
        return
    if deal is not None and deal.has_payments:  # an offer with money against it is changed in chat
        run.report.warnings.append(Problem(draft.where, "offer_kept", draft.handle, skipped=False))
        return
    fields["offer"] = (deal.id if deal is not None else None, values)


def _same(stored: Any, given: Any) -> bool:
    if stored is None or given is None:
        return stored is given
    return str(stored) == str(given) if not isinstance(given, Decimal) else Decimal(str(stored)) == given


_COMPARED = (
    "country",
    "region",
    "region_name",
    "timezone",
    "language",
    "followers",
    "email",
    "phone",
    "owner_id",
)


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
    for name in ("language", "followers", "email", "phone"):
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
    if "phone" in changed and cells.phone_key(str(current.values["phone"] or "")) == cells.phone_key(
        str(given["phone"])
    ):
        changed.pop("phone")  # the same number written another way
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
    offers: list[tuple[int, int | None, dict[str, Any]]] = [
        (ids[(d.platform or "", d.key)], None, v) for d in batch.new if (v := _offer_values(d))
    ]
    for draft, current, fields in batch.changed:
        if "owner_id" in fields:
            fields["owner_id"] = await _owner_id(run, draft)
        columns = {k: v for k, v in fields.items() if k != "offer"}
        if "offer" in fields:
            offers.append((current.id, *fields["offer"]))
        if columns:
            await (
                Creator.filter(id=current.id, workspace_id=actor.workspace_id)
                .using_db(conn)
                .update(**columns, updated_at=now)
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
    await _write_offers(actor, offers, conn)
    notes = [
        Note(
            workspace_id=actor.workspace_id,
            creator_id=creator_id if creator_id is not None else ids[(draft.platform or "", draft.key)],
            author_id=actor.member_id,
            text=text,
            created_at=now,
        )
        for draft, creator_id, text in batch.notes
    ]
    if notes:
        await Note.bulk_create(notes, using_db=conn)
    await audit.record(
        conn,
        actor,
        "creator.import",
        run.source,
        now,
        created=len(batch.new),
        updated=len(batch.changed),
        offers=len(offers),
    )


async def _write_offers(
    actor: Actor, offers: list[tuple[int, int | None, dict[str, Any]]], conn: BaseDBAsyncClient
) -> None:
    """The offer on each creator's current collaboration (a default one is made when there is none)."""
    new = [
        Collaboration(workspace_id=actor.workspace_id, creator_id=creator_id, **values)
        for creator_id, collab_id, values in offers
        if collab_id is None
    ]
    if new:
        await Collaboration.bulk_create(new, using_db=conn)
    for _, collab_id, values in offers:
        if collab_id is not None:
            await (
                Collaboration.filter(id=collab_id, workspace_id=actor.workspace_id)
                .using_db(conn)
                .update(**values)
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
                phone=draft.phone,
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
