"""A creator's record by chat: edit its fields, delete (softly) and restore it, merge a duplicate into it.

Every change is one transaction with one audit entry carrying what an undo needs (workflows/undo.py):
creator.edit `creator`, `before`, `after` (field → value, language-neutral); creator.delete `creator` and
what the delete stopped — `sequences` (outreach stopped, touches cancelled), `closed` (deadlines cancelled
and their reminders), `reminders` (other pending reminders about the creator); creator.restore the same
as the delete it reverts; creator.merge `creator` (kept), `other` (merged away), `moved` (table → row ids),
`filled` (field → the kept one's value before, always empty), and the delete of the other.

A deleted creator keeps its rows: `Creator.deleted_at` is set, and the model's default manager leaves it out
of every look-up, list, export and count (models/creator.LiveCreators). What would still go out for it is
cancelled — pending reminders, outreach touches (the sequence is stopped), open deadlines — and restoring
puts back those still due in the future; the ones whose time passed meanwhile stay cancelled and are counted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from models.creator import Creator
from models.enums import CreatorPlatform, DeliveryStatus
from models.results import Order
from models.schedule import Delivery
from models.tiktok_shop import CreatorLink, Deadline, DeadlineKind, DeadlineStatus, ShopConnection
from workflows import audit, deadlines, delivery, geo, permissions, results_tally, roles
from workflows.creators import closest_handles, find_creators, handle_key
from workflows.errors import AmbiguousCreator, CreatorsNotFound, WorkflowError
from workflows.ports import Clock
from workflows.sequences import resume_sequences, stop_sequences_ids
from workflows.tenancy import Actor

# The fields an edit may change, in the order the answer names them. "place" is country, region,
# region_name and timezone together (one answer to "where is the creator").
EDITABLE = ("email", "phone", "followers", "place", "language", "platform")
PLACE_FIELDS = ("country", "region", "region_name", "timezone")
# Filled on the kept creator from the merged one when empty (the place as one group).
FILLABLE = ("email", "phone", "followers", "language", "owner_id")
MAX_PHONE = 32


@dataclass(frozen=True, slots=True)
class CreatorEdit:
    """What a message asks to change; None leaves the field as it is."""

    email: str | None = None
    phone: str | None = None
    followers: int | None = None
    country: str | None = None  # ISO code or a name
    region: str | None = None  # a region or city, as geo reads it
    language: str | None = None  # ISO 639-1
    platform: str | None = None

    def empty(self) -> bool:
        return all(getattr(self, name) is None for name in self.__dataclass_fields__)


@dataclass(frozen=True, slots=True)
class Edited:
    """`before` / `after`: per changed field (EDITABLE names), the values; place values are dicts of
    PLACE_FIELDS. `same`: fields asked for that already had that value. `needs_region`: the country has
    several time zones and no state/city was given."""

    creator: Creator
    before: dict[str, Any]
    after: dict[str, Any]
    same: tuple[str, ...] = ()
    needs_region: bool = False


@dataclass
class NothingToEdit(WorkflowError):
    """The message names a creator but no field to change."""


@dataclass
class HandleTaken(WorkflowError):
    """Moving a creator to a platform where the same handle already is a creator: merge them instead."""

    handle: str
    platform: str


@dataclass
class NotDeleted(WorkflowError):
    """ "恢复达人 @x" for a creator that is not deleted."""

    handle: str


@dataclass
class SameCreator(WorkflowError):
    """ "合并 @a 和 @a"."""

    handle: str


@dataclass(frozen=True, slots=True)
class Stopped:
    """What a delete cancelled (ids), so a restore can put back what is still due."""

    outreach: tuple[int, ...] = ()
    touches: tuple[int, ...] = ()
    deadlines: tuple[int, ...] = ()
    deadline_reminders: tuple[int, ...] = ()
    reminders: tuple[int, ...] = ()

    def count(self) -> int:
        """Messages that will no longer go out (touches and reminders)."""
        return len(self.touches) + len(self.deadline_reminders) + len(self.reminders)

    def as_detail(self) -> dict[str, list[int]]:
        return {
            "outreach": list(self.outreach),
            "touches": list(self.touches),
            "deadlines": list(self.deadlines),
            "deadline_reminders": list(self.deadline_reminders),
            "reminders": list(self.reminders),
        }

    @staticmethod
    def from_detail(detail: object) -> Stopped:
        if not isinstance(detail, dict):
            return Stopped()

        def ids(key: str) -> tuple[int, ...]:
            return tuple(int(i) for i in detail.get(key, ()))

        return Stopped(
            ids("outreach"), ids("touches"), ids("deadlines"), ids("deadline_reminders"), ids("reminders")
        )


@dataclass(frozen=True, slots=True)
class Deleted:
    creator: Creator
    stopped: Stopped


@dataclass(frozen=True, slots=True)
class Restored:
    creator: Creator
    resumed: list[Delivery] = field(default_factory=list)  # back to pending: enqueue after the commit
    expired: int = 0  # cancelled by the delete and due meanwhile: they stay cancelled


@dataclass(frozen=True, slots=True)
class Merged:
    kept: Creator
    other: Creator
    moved: dict[str, int]  # table → rows moved, only tables with rows
    filled: tuple[str, ...]  # fields of the kept one filled from the other
    stopped: Stopped


# ---- edit ---------------------------------------------------------------------------------------------


def _place_of(creator: Creator) -> dict[str, str | None]:
    return {name: getattr(creator, name) for name in PLACE_FIELDS}


def _value(creator: Creator, name: str) -> Any:
    if name == "place":
        return _place_of(creator)
    if name == "platform":
        return str(creator.platform)
    return getattr(creator, name)


def _wanted(creator: Creator, edit: CreatorEdit) -> tuple[dict[str, Any], bool]:
    """The values asked for (field → value) and whether the place still needs a state/city."""
    wanted: dict[str, Any] = {}
    if edit.email is not None:
        wanted["email"] = edit.email.strip()
    if edit.phone is not None:
        wanted["phone"] = " ".join(edit.phone.split())[:MAX_PHONE]
    if edit.followers is not None:
        wanted["followers"] = edit.followers
    needs_region = False
    if edit.country is not None:
        location = geo.resolve_location(edit.country, edit.region)
        wanted["place"] = {
            "country": location.country,
            "region": location.region,
            "region_name": location.region_name,
            "timezone": location.zone,
        }
        needs_region = location.zone is None
        old_default = geo.country_language(creator.country) if creator.country else None
        if edit.language is None and creator.language in (None, old_default):
            wanted["language"] = geo.country_language(location.country)  # the language followed the place
    if edit.language is not None:
        wanted["language"] = edit.language
    if edit.platform is not None:
        wanted["platform"] = CreatorPlatform(edit.platform).value
    return wanted, needs_region


async def edit_creator(actor: Actor, handle: str, edit: CreatorEdit, clock: Clock) -> Edited:
    """Change the fields `edit` names (the one permission rule: who may change the creator)."""
    if edit.empty():
        raise NothingToEdit()
    creator = (await find_creators(actor, [handle], access=permissions.CHANGE))[0]
    wanted, needs_region = _wanted(creator, edit)
    changed = {k: v for k, v in wanted.items() if _value(creator, k) != v}
    same = tuple(k for k in wanted if k not in changed)
    before = {k: _value(creator, k) for k in changed}
    now = clock.now()
    if changed:
        async with in_transaction() as conn:
            if "platform" in changed:
                taken = (
                    await Creator.everyone()
                    .filter(
                        workspace_id=actor.workspace_id,
                        platform=changed["platform"],
                        handle_key=creator.handle_key,
                    )
                    .using_db(conn)
                    .exists()
                )
                if taken:
                    raise HandleTaken(creator.handle, str(changed["platform"]))
            values = _columns(changed)
            await Creator.filter(id=creator.id).using_db(conn).update(**values, updated_at=now)
            await audit.record(
                conn,
                actor,
                "creator.edit",
                creator.handle,
                now,
                creator=creator.id,
                before=before,
                after=changed,
            )
        for name, value in values.items():
            setattr(creator, name, CreatorPlatform(value) if name == "platform" else value)
    return Edited(creator, before, changed, same, needs_region)


def _columns(values: dict[str, Any]) -> dict[str, Any]:
    """Field values (place as one dict) → column values."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name == "place":
            out.update(value or dict.fromkeys(PLACE_FIELDS))
        else:
            out[name] = value
    return out


async def revert_edit(
    conn: BaseDBAsyncClient, actor: Actor, detail: dict[str, Any], now: datetime
) -> Creator:
    """Undo of an edit: the fields back, unless one changed since (EditChanged, nothing written)."""
    creator = await _locked(conn, actor, int(detail["creator"]))
    after: dict[str, Any] = dict(detail["after"])
    for name, value in after.items():
        if _value(creator, name) != value:
            raise EditChanged(creator.handle, name, _value(creator, name))
    if "platform" in detail["before"]:
        taken = (
            await Creator.everyone()
            .filter(
                workspace_id=actor.workspace_id,
                platform=detail["before"]["platform"],
                handle_key=creator.handle_key,
            )
            .using_db(conn)
            .exclude(id=creator.id)
            .exists()
        )
        if taken:
            raise HandleTaken(creator.handle, str(detail["before"]["platform"]))
    await (
        Creator.filter(id=creator.id)
        .using_db(conn)
        .update(**_columns(dict(detail["before"])), updated_at=now)
    )
    return creator


@dataclass
class EditChanged(WorkflowError):
    handle: str
    field: str
    now: Any


async def _locked(
    conn: BaseDBAsyncClient, actor: Actor, creator_id: int, *, deleted: bool = False
) -> Creator:
    query = Creator.everyone() if deleted else Creator.all()
    found = (
        await query.filter(id=creator_id, workspace_id=actor.workspace_id)
        .using_db(conn)
        .select_for_update()
        .prefetch_related("owner")
        .first()
    )
    if found is None:
        raise CreatorGone(creator_id)
    return found


@dataclass
class CreatorGone(WorkflowError):
    creator_id: int


# ---- delete and restore ------------------------------------------------------------------------------


async def preview_delete(actor: Actor, handle: str) -> tuple[Creator, int]:
    """The creator a delete would remove (checked: who may change it) and how many messages it would stop."""
    creator = (await find_creators(actor, [handle], access=permissions.CHANGE))[0]
    pending = await Delivery.filter(creator_id=creator.id, status=DeliveryStatus.PENDING).count()
    return creator, pending


async def delete_creator(actor: Actor, handle: str, clock: Clock) -> Deleted:
    creator = (await find_creators(actor, [handle], access=permissions.CHANGE))[0]
    now = clock.now()
    async with in_transaction() as conn:
        stopped = await _soft_delete(conn, actor, creator, now)
        await audit.record(
            conn,
            actor,
            "creator.delete",
            creator.handle,
            now,
            creator=creator.id,
            stopped=stopped.as_detail(),
        )
    return Deleted(creator, stopped)


async def _soft_delete(conn: BaseDBAsyncClient, actor: Actor, creator: Creator, now: datetime) -> Stopped:
    """Hide the creator and cancel what would still go out for it (kept as ids for a restore)."""
    ws = actor.workspace_id
    outreach_ids, touches = await stop_sequences_ids(conn, ws, [creator.id], "deleted")
    closed = await deadlines.close(conn, ws, [creator.id], list(DeadlineKind), DeadlineStatus.CANCELLED)
    rest = Delivery.filter(creator_id=creator.id, status=DeliveryStatus.PENDING).using_db(conn)
    reminders = await delivery.cancel_pending(conn, [int(row[0]) for row in await rest.values_list("id")])
    await Creator.filter(id=creator.id).using_db(conn).update(deleted_at=now, updated_at=now)
    creator.deleted_at = now
    return Stopped(tuple(outreach_ids), tuple(touches), closed.deadlines, closed.reminders, tuple(reminders))


async def find_deleted(actor: Actor, handle: str) -> Creator:
    """A deleted creator by handle (CreatorsNotFound when there is none, NotDeleted when it is live)."""
    key = handle_key(handle)
    rows = list(
        await Creator.everyone()
        .filter(workspace_id=actor.workspace_id, handle_key=key)
        .prefetch_related("owner")
        .order_by("-deleted_at")
    )
    if not rows:
        raise CreatorsNotFound({key: await closest_handles(actor, key)})
    deleted = [c for c in rows if c.deleted_at is not None]
    if not deleted:
        raise NotDeleted(rows[0].handle)
    if len({str(c.platform) for c in deleted}) > 1:
        raise AmbiguousCreator(key, sorted(str(c.platform) for c in deleted))
    await roles.check_creator(actor, deleted[0], permissions.CHANGE)
    return deleted[0]


async def restore_creator(actor: Actor, handle: str, clock: Clock) -> Restored:
    """ "恢复达人 @x": the creator back, with what its delete cancelled that is still due."""
    creator = await find_deleted(actor, handle)
    now = clock.now()
    async with in_transaction() as conn:
        entry = await _delete_entry(conn, actor, creator.id)
        stopped = Stopped.from_detail(entry.get("stopped")) if entry else Stopped()
        done = await undelete(conn, actor, creator, stopped, now)
        await audit.record(
            conn,
            actor,
            "creator.restore",
            creator.handle,
            now,
            creator=creator.id,
            stopped=stopped.as_detail(),
        )
    return done


async def _delete_entry(conn: BaseDBAsyncClient, actor: Actor, creator_id: int) -> dict[str, Any] | None:
    """The detail of the latest delete (or merge that deleted it) of this creator."""
    from models.audit import AuditLog

    rows = (
        await AuditLog.filter(workspace_id=actor.workspace_id, action__in=("creator.delete", "creator.merge"))
        .using_db(conn)
        .order_by("-id")
        .limit(200)
    )
    for row in rows:
        detail = row.detail if isinstance(row.detail, dict) else {}
        if row.action == "creator.delete" and detail.get("creator") == creator_id:
            return detail
        if row.action == "creator.merge" and detail.get("other") == creator_id:
            return detail
    return None


async def undelete(
    conn: BaseDBAsyncClient, actor: Actor, creator: Creator, stopped: Stopped, now: datetime
) -> Restored:
    """Clear `deleted_at` and put back what the delete cancelled and is still due (new versions)."""
    clash = (
        await Creator.filter(
            workspace_id=actor.workspace_id, platform=creator.platform, handle_key=creator.handle_key
        )
        .using_db(conn)
        .exists()
    )
    if clash:  # cannot happen while the unique key holds; said rather than broken
        raise HandleTaken(creator.handle, str(creator.platform))
    ws = actor.workspace_id
    await Creator.everyone().filter(id=creator.id).using_db(conn).update(deleted_at=None, updated_at=now)
    creator.deleted_at = None
    ids = [*stopped.touches, *stopped.deadline_reminders, *stopped.reminders]
    due = (
        {
            int(row[0])
            for row in await Delivery.filter(id__in=ids, due_at__gt=now).using_db(conn).values_list("id")
        }
        if ids
        else set()
    )
    expired = len([i for i in ids if i not in due])
    resumed = await resume_sequences(conn, ws, stopped.outreach, [i for i in stopped.touches if i in due])
    if stopped.deadlines:
        await (
            Deadline.filter(workspace_id=ws, id__in=list(stopped.deadlines), status=DeadlineStatus.CANCELLED)
            .using_db(conn)
            .update(status=DeadlineStatus.OPEN)
        )
    back = [i for i in (*stopped.deadline_reminders, *stopped.reminders) if i in due]
    if back:
        await (
            Delivery.filter(workspace_id=ws, id__in=back, status=DeliveryStatus.CANCELLED)
            .using_db(conn)
            .update(status=DeliveryStatus.PENDING, version=F("version") + 1)
        )
        resumed += list(await Delivery.filter(id__in=back, status=DeliveryStatus.PENDING).using_db(conn))
    return Restored(creator, resumed, expired)


async def redelete(conn: BaseDBAsyncClient, actor: Actor, detail: dict[str, Any], now: datetime) -> Creator:
    """Undo of a restore: deleted again (what it put back is cancelled again)."""
    creator = await _locked(conn, actor, int(detail["creator"]))
    await _soft_delete(conn, actor, creator, now)
    return creator


async def undo_delete(
    conn: BaseDBAsyncClient, actor: Actor, detail: dict[str, Any], now: datetime
) -> Restored:
    creator = await _locked(conn, actor, int(detail["creator"]), deleted=True)
    if creator.deleted_at is None:
        raise NotDeleted(creator.handle)
    return await undelete(conn, actor, creator, Stopped.from_detail(detail.get("stopped")), now)


# ---- merge ---------------------------------------------------------------------------------------------


def _references() -> list[tuple[str, Any, str]]:
    """(table, model, column) of every foreign key to Creator, read from the model (a new table that
    points at creators is moved too, without a list to keep up to date)."""
    out = []
    for name in sorted(Creator._meta.backward_fk_fields):
        relation = Creator._meta.fields_map[name]
        model = relation.related_model  # type: ignore[attr-defined]
        out.append((str(model._meta.db_table), model, str(relation.relation_field)))  # type: ignore[attr-defined]
    return out


async def preview_merge(actor: Actor, handles: Sequence[str], into: str | None) -> tuple[Creator, Creator]:
    """(kept, other): `into` names the one kept ("merge @a into @b"); else the older record is kept."""
    found = await find_creators(actor, list(handles)[:2], access=permissions.CHANGE, with_owner=True)
    if len(found) < 2:
        raise SameCreator(found[0].handle)
    a, b = found[0], found[1]
    if into is not None and handle_key(into) == b.handle_key:
        return b, a
    if into is not None and handle_key(into) == a.handle_key:
        return a, b
    return (a, b) if a.id < b.id else (b, a)


async def merge_creators(actor: Actor, keep: str, other: str, clock: Clock) -> Merged:
    """Everything that points at `other` points at `keep`, in one transaction: stage history, notes,
    payments and deals, outreach and reminders, deadlines, drafts; `keep`'s empty fields are filled from
    `other`; `other` is deleted (softly: "恢复达人" brings back an empty record) and the merge is audited."""
    kept, dup = await find_creators(actor, [keep, other], access=permissions.CHANGE, with_owner=True)
    if kept.id == dup.id:
        raise SameCreator(kept.handle)
    now = clock.now()
    async with in_transaction() as conn:
        # the results rollup's lock first, as an import takes it before its lines lock these creators
        await results_tally.lock(conn, actor.workspace_id)
        kept = await _locked(conn, actor, kept.id)
        dup = await _locked(conn, actor, dup.id)
        filled: dict[str, Any] = {}
        for name in FILLABLE:
            if getattr(kept, name) is None and getattr(dup, name) is not None:
                filled[name] = getattr(dup, name)
        if (not kept.timezone and dup.timezone) or (not kept.country and dup.country):
            filled.update(_place_of(dup))
        before = {name: getattr(kept, name) for name in filled}
        if filled:
            await Creator.filter(id=kept.id).using_db(conn).update(**filled, updated_at=now)
            for name, value in filled.items():
                setattr(kept, name, value)
        dropped = await _drop_clashing_links(conn, kept.id, dup.id)
        moved: dict[str, list[int]] = {}
        orders = await Order.filter(creator_id=dup.id).using_db(conn).values_list("order_id", flat=True)
        async with results_tally.changing(conn, actor.workspace_id, [str(o) for o in orders]):
            for table, model, column in _references():
                ids = [
                    int(i)
                    for i in await model.filter(**{column: dup.id})
                    .using_db(conn)
                    .values_list("id", flat=True)
                ]
                if ids:
                    await model.filter(id__in=ids).using_db(conn).update(**{column: kept.id})
                    moved[table] = ids
        stopped = await _soft_delete(conn, actor, dup, now)  # nothing is left to stop: it all moved
        await audit.record(
            conn,
            actor,
            "creator.merge",
            kept.handle,
            now,
            creator=kept.id,
            other=dup.id,
            other_handle=dup.handle,
            moved=moved,
            filled=list(filled),
            before=before,
            stopped=stopped.as_detail(),
            dropped_links=dropped,
        )
    return Merged(kept, dup, {k: len(v) for k, v in moved.items()}, tuple(filled), stopped)


async def _drop_clashing_links(conn: BaseDBAsyncClient, kept_id: int, dup_id: int) -> list[dict[str, Any]]:
    """A TikTok Shop identity is one per (creator, shop): where both creators have one for the same shop,
    the kept creator's stays and the other's is dropped (kept in the audit detail, so an undo restores it).
    The other's links for shops the kept creator has none for move with the rest."""
    rows = await CreatorLink.filter(creator_id=kept_id, shop_id__isnull=False).using_db(conn)
    kept_shops = {int(r.shop_id) for r in rows}  # type: ignore[attr-defined]
    if not kept_shops:
        return []
    clashing = await CreatorLink.filter(creator_id=dup_id, shop_id__in=list(kept_shops)).using_db(conn)
    if not clashing:
        return []
    await CreatorLink.filter(id__in=[c.id for c in clashing]).using_db(conn).delete()
    return [
        {"shop": c.shop_id, "open_id": c.open_id, "conversation_id": c.conversation_id}  # type: ignore[attr-defined]
        for c in clashing
    ]


async def unmerge(
    conn: BaseDBAsyncClient, actor: Actor, detail: dict[str, Any], now: datetime
) -> tuple[Creator, Creator]:
    """Undo of a merge: the moved rows point at the other creator again, the filled fields are empty
    again (those still as filled), the other creator is back."""
    await results_tally.lock(conn, actor.workspace_id)  # before the creators, as in the merge
    kept = await _locked(conn, actor, int(detail["creator"]))
    dup = await _locked(conn, actor, int(detail["other"]), deleted=True)
    if dup.deleted_at is None:
        raise NotDeleted(dup.handle)
    await undelete(conn, actor, dup, Stopped.from_detail(detail.get("stopped")), now)
    by_table = {table: (model, column) for table, model, column in _references()}
    moved = dict(detail.get("moved") or {})
    lines = [int(i) for i in moved.get(Order._meta.db_table) or ()]
    orders = (
        await Order.filter(id__in=lines).using_db(conn).values_list("order_id", flat=True) if lines else []
    )
    async with results_tally.changing(conn, actor.workspace_id, [str(o) for o in orders]):
        for table, ids in moved.items():
            if table in by_table and ids:
                model, column = by_table[table]
                await (
                    model.filter(id__in=[int(i) for i in ids], **{column: kept.id})
                    .using_db(conn)
                    .update(**{column: dup.id})
                )
    for link in detail.get("dropped_links") or ():  # the other creator's TikTok Shop identities, back
        if not await ShopConnection.filter(id=int(link["shop"])).using_db(conn).exists():
            continue  # the shop was disconnected since: its links went with it
        await CreatorLink.create(
            using_db=conn,
            creator_id=dup.id,
            shop_id=int(link["shop"]),
            open_id=str(link["open_id"]),
            conversation_id=str(link.get("conversation_id", "")),
        )
    before = dict(detail.get("before") or {})
    reset = {name: before.get(name) for name in detail.get("filled") or () if name in before}
    if reset:
        await Creator.filter(id=kept.id).using_db(conn).update(**reset, updated_at=now)
    return kept, dup
