"""Which creator an order line is theirs (issue 18): the handle the shop's report names, else a promo code
or a link the team recorded for a creator ("@amy 的折扣码是 AMY15", "@amy's link is glowlab.com/?ref=amy").

A code matches whole, in any case; a link matches when the order's link starts with the creator's
(scheme, "www." and a trailing "/" ignored), the longest recorded link winning — so
"https://glowlab.com/?ref=amy&utm_source=tt" is @amy's when her link is "glowlab.com/?ref=amy".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tortoise import Tortoise
from tortoise.transactions import in_transaction

from models.creator import Creator
from models.enums import CreatorPlatform
from models.results import Attribution, AttributionKind, Order
from workflows import audit, permissions, results_tally
from workflows.creators import find_creators
from workflows.errors import WorkflowError
from workflows.ports import Clock
from workflows.tenancy import Actor

MAX_CODE = 64
MAX_LINK = 500
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://")
_LINK = re.compile(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?", re.IGNORECASE)


@dataclass
class BadCode(WorkflowError):
    value: str


@dataclass
class CodeTaken(WorkflowError):
    """The code or link is already another creator's."""

    value: str
    handle: str


def code_key(code: str) -> str:
    return code.strip().casefold()


def link_key(link: str) -> str:
    """A link compared loosely: no scheme, no "www.", no fragment, no trailing "/", lower case."""
    key = _SCHEME.sub("", link.strip().casefold()).split("#", 1)[0]
    key = key.removeprefix("www.")
    return key.rstrip("/")


def is_link(value: str) -> bool:
    return bool(_LINK.fullmatch(value.strip()))


@dataclass(slots=True)
class Attributions:
    """The workspace's codes and links, loaded once per import."""

    codes: dict[str, int] = field(default_factory=dict)  # code key → creator id
    links: list[tuple[str, int]] = field(default_factory=list)  # (link key, creator id), longest first

    def creator_for(self, code: str, link: str) -> int | None:
        if code and (found := self.codes.get(code_key(code))) is not None:
            return found
        if link:
            key = link_key(link)
            for prefix, creator_id in self.links:
                if key.startswith(prefix):
                    return creator_id
        return None


async def load_attributions(workspace_id: int) -> Attributions:
    rows = await Attribution.filter(workspace_id=workspace_id, creator__deleted_at__isnull=True).values_list(
        "kind", "value_key", "creator_id"
    )
    found = Attributions()
    for kind, key, creator_id in rows:
        if kind == AttributionKind.CODE:
            found.codes[str(key)] = int(creator_id)
        else:
            found.links.append((str(key), int(creator_id)))
    found.links.sort(key=lambda entry: -len(entry[0]))
    return found


async def creators_by_key(workspace_id: int, keys: list[str]) -> dict[str, int]:
    """handle key → the workspace's (live) creator with it; TikTok's first when several platforms have it
    (the shop's report names TikTok usernames)."""
    if not keys:
        return {}
    db = Tortoise.get_connection("default")
    rows: list[Any]
    if db.capabilities.dialect != "postgres":
        rows = list(
            await Creator.filter(workspace_id=workspace_id, handle_key__in=list(set(keys))).values_list(
                "handle_key", "platform", "id"
            )
        )
    else:  # a join with unnest: `IN (…)` turns into a generic plan reading every creator (run._by_keys)
        found_rows = await db.execute_query_dict(
            "SELECT c.handle_key, c.platform, c.id FROM unnest($2::varchar[]) AS k(key) "
            "JOIN creator c ON c.handle_key = k.key AND c.workspace_id = $1 AND c.deleted_at IS NULL",
            [workspace_id, list(set(keys))],
        )
        rows = [(r["handle_key"], r["platform"], r["id"]) for r in found_rows]
    found: dict[str, int] = {}
    for key, _platform, creator_id in sorted(rows, key=lambda r: r[1] != CreatorPlatform.TIKTOK):
        found.setdefault(str(key), int(creator_id))
    return found


async def attach_orders(workspace_id: int) -> int:
    """Attribute the lines nobody was found for when they were imported, now that a creator, a code or a
    link exists: how many lines were attached."""
    lines = await Order.filter(workspace_id=workspace_id, creator_id__isnull=True).values_list(
        "id", "handle_key", "promo_code", "link", "order_id"
    )
    if not lines:
        return 0
    creators = await creators_by_key(workspace_id, [str(k) for _, k, _, _, _ in lines if k])
    codes = await load_attributions(workspace_id)
    by_creator: dict[int, list[int]] = {}
    orders: dict[int, str] = {}
    for line_id, key, code, link, order_id in lines:
        orders[int(line_id)] = str(order_id)
        creator_id = creators.get(str(key)) if key else None
        if creator_id is None:
            creator_id = codes.creator_for(str(code), str(link))
        if creator_id is not None:
            by_creator.setdefault(creator_id, []).append(int(line_id))
    async with in_transaction() as conn:
        touched = [orders[i] for ids in by_creator.values() for i in ids]
        async with results_tally.changing(conn, workspace_id, touched):  # the running totals too
            for creator_id, ids in by_creator.items():
                for start in range(0, len(ids), 500):
                    await (
                        Order.filter(id__in=ids[start : start + 500], creator_id__isnull=True)
                        .using_db(conn)
                        .update(creator_id=creator_id)
                    )
    return sum(len(ids) for ids in by_creator.values())


@dataclass(frozen=True, slots=True)
class CodeSet:
    handle: str
    kind: AttributionKind
    value: str
    attached: int  # order lines already imported that are now the creator's


async def set_code(actor: Actor, handle: str, value: str, clock: Clock) -> CodeSet:
    """ "@amy 的折扣码是 AMY15" / "@amy's link is …": the code or link is the creator's from now on; lines
    already imported with it are attached. A code another creator has is refused (CodeTaken)."""
    value = value.strip().strip("「」\"'“”")
    kind = AttributionKind.LINK if is_link(value) else AttributionKind.CODE
    limit = MAX_LINK if kind == AttributionKind.LINK else MAX_CODE
    shaped = kind == AttributionKind.LINK or re.fullmatch(r"[\w\-.]+", value)
    if not value or len(value) > limit or not shaped:
        raise BadCode(value[:60])
    key = link_key(value) if kind == AttributionKind.LINK else code_key(value)
    creator = (await find_creators(actor, [handle], access=permissions.CHANGE))[0]
    now: datetime = clock.now()
    async with in_transaction() as conn:
        existing = (
            await Attribution.filter(workspace_id=actor.workspace_id, kind=kind, value_key=key)
            .using_db(conn)
            .select_related("creator")
            .first()
        )
        if existing is not None and existing.creator_id != creator.id:  # type: ignore[attr-defined]
            raise CodeTaken(value, existing.creator.handle)
        if existing is None:
            await Attribution.create(
                using_db=conn,
                workspace_id=actor.workspace_id,
                creator_id=creator.id,
                kind=kind,
                value=value,
                value_key=key,
                created_by_id=actor.member_id,
            )
            await audit.record(
                conn, actor, "attribution.set", creator.handle, now, kind=kind.value, value=value
            )
    attached = await attach_orders(actor.workspace_id)
    return CodeSet(creator.handle, kind, value, attached)


async def codes_of(workspace_id: int, creator_id: int) -> list[str]:
    return [
        str(v)
        for v in await Attribution.filter(workspace_id=workspace_id, creator_id=creator_id)
        .order_by("id")
        .values_list("value", flat=True)
    ]
