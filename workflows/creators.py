"""Creators: add, look up (with closest matches), list and profile. Always scoped by workspace."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from models.creator import Creator, Note, StageChange
from models.enums import CreatorPlatform, Stage
from workflows import audit, geo, permissions, roles, stage_flows
from workflows.errors import AmbiguousCreator, CreatorsNotFound, InvalidHandle
from workflows.ports import Clock
from workflows.tenancy import Actor, teammate
from workflows.text_safety import visible

# The platforms' own handles: TikTok 2–24 and Instagram up to 30 letters, digits, "." and "_"; YouTube
# 3–30, also "-". Letters of any script (imported sheets name creators by nickname: 小美); nothing else, so
# no space, quote, "=", "@", control character or bidi override (U+202E) can become a creator.
MAX_HANDLE = 30
HANDLE_PUNCTUATION = "._-"
_LETTERS_AND_DIGITS = frozenset({"Lu", "Ll", "Lt", "Lm", "Lo", "Nd"})
_EMAIL_ATTEMPT = re.compile(r"[A-Za-z0-9._%+\-]+@[^\s,;，；。、()（）<>]*")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
DEFAULT_PLATFORM = CreatorPlatform.TIKTOK
PLATFORM_NAMES = {"tiktok": "TikTok", "instagram": "Instagram", "youtube": "YouTube"}  # as people write them


@dataclass(frozen=True, slots=True)
class CreatorDraft:
    handle: str
    platform: str | None = None
    country: str | None = None
    region: str | None = None
    language: str | None = None
    followers: int | None = None
    email: str | None = None


@dataclass(frozen=True, slots=True)
class AddOutcome:
    added: list[Creator] = field(default_factory=list)
    existing: list[Creator] = field(default_factory=list)
    updated: list[Creator] = field(default_factory=list)
    needs_region: list[Creator] = field(default_factory=list)
    platform_defaulted: bool = False
    deleted: list[Creator] = field(default_factory=list)  # deleted before: "恢复达人 @x" brings them back


def handle_key(handle: str) -> str:
    return handle.strip().lstrip("@").casefold()


def check_handle(handle: str) -> str:
    """The handle without "@"; InvalidHandle (carrying the handle as it may safely be shown) unless it
    is 1–MAX_HANDLE letters, digits, ".", "_" or "-"."""
    clean = handle.strip().lstrip("@")
    if not clean or len(clean) > MAX_HANDLE or not all(_handle_character(ch) for ch in clean):
        raise InvalidHandle(visible(handle))
    return clean


def _handle_character(ch: str) -> bool:
    return ch in HANDLE_PUNCTUATION or unicodedata.category(ch) in _LETTERS_AND_DIGITS


def malformed_email(text: str) -> str | None:
    """Something typed as an e-mail that is not one (`kim@@mail`, `kim@mail`), to say so rather than
    drop it silently; None when every e-mail-like word is a well-formed address."""
    for match in _EMAIL_ATTEMPT.finditer(text):
        word = match.group(0).rstrip(".")
        if not _EMAIL.fullmatch(word):
            return visible(word)
    return None


async def add_creators(actor: Actor, drafts: Sequence[CreatorDraft], clock: Clock) -> AddOutcome:
    """Add each new creator; an existing one (same platform and handle, any case) is not added again."""
    outcome = AddOutcome(platform_defaulted=any(d.platform is None for d in drafts))
    now = clock.now()
    batch = audit.batch_id()
    async with in_transaction() as conn:
        for draft in drafts:
            handle = check_handle(draft.handle)
            platform = CreatorPlatform(draft.platform) if draft.platform else DEFAULT_PLATFORM
            key = handle_key(handle)
            found = await Creator.get_or_none(
                workspace_id=actor.workspace_id, platform=platform, handle_key=key, using_db=conn
            )
            if found is None:  # a deleted creator keeps its handle: said, not added a second time
                gone = await (
                    Creator.everyone()
                    .filter(workspace_id=actor.workspace_id, platform=platform, handle_key=key)
                    .using_db(conn)
                    .first()
                )
                if gone is not None:
                    outcome.deleted.append(gone)
                    continue
            if found is not None:
                filled = await _fill_blanks(found, draft, conn)
                (outcome.updated if filled else outcome.existing).append(found)
                if filled:
                    await audit.record(
                        conn, actor, "creator.update", f"{platform}:{handle}", now, fields=filled
                    )
                if found.country and not found.timezone:
                    outcome.needs_region.append(found)
                continue
            creator = await Creator.create(
                using_db=conn,
                workspace_id=actor.workspace_id,
                platform=platform,
                handle=handle,
                handle_key=key,
                owner_id=actor.member_id,
                followers=draft.followers,
                email=draft.email,
                **_place(draft),
            )
            first = await StageChange.create(
                using_db=conn,
                workspace_id=actor.workspace_id,
                creator=creator,
                from_stage=None,
                to_stage=Stage.PROSPECT,
                changed_by_id=actor.member_id,
                changed_at=now,
            )
            await stage_flows.count(conn, [first])
            await audit.record(
                conn, actor, "creator.add", f"{platform}:{handle}", now, creator=creator.id, batch=batch
            )
            outcome.added.append(creator)
            if creator.country and not creator.timezone:
                outcome.needs_region.append(creator)
    return outcome


async def _fill_blanks(creator: Creator, draft: CreatorDraft, conn: BaseDBAsyncClient) -> list[str]:
    """Complete an existing creator's missing facts; never overwrite what the team already set,
    except that a zone (with its country and region) may replace a place that had no zone."""
    known = {
        k: v for k, v in {"followers": draft.followers, "email": draft.email, **_place(draft)}.items() if v
    }
    replace_place = creator.timezone is None and "timezone" in known
    blanks = [n for n in known if (replace_place and n in _PLACE_FIELDS) or getattr(creator, n) is None]
    for name in blanks:
        setattr(creator, name, known[name])
    if blanks:
        await creator.save(using_db=conn, update_fields=[*blanks, "updated_at"])
    return blanks


_PLACE_FIELDS = ("country", "region", "region_name", "timezone")


def _place(draft: CreatorDraft) -> dict[str, str | None]:
    if not draft.country:
        return {"language": draft.language}
    location = geo.resolve_location(draft.country, draft.region)
    return {
        "country": location.country,
        "region": location.region,
        "region_name": location.region_name,
        "timezone": location.zone,
        "language": draft.language or geo.country_language(location.country),
    }


async def find_creators(
    actor: Actor,
    handles: Sequence[str],
    with_owner: bool = False,
    access: permissions.Access | None = None,
) -> list[Creator]:
    """The creators named, in order; raises CreatorsNotFound (with closest matches) if any is unknown and,
    with `access`, NotYourCreator for one the actor may not see / change (workflows/permissions.py)."""
    keys = [handle_key(h) for h in handles]
    query = Creator.filter(workspace_id=actor.workspace_id, handle_key__in=keys)
    rows = await (query.prefetch_related("owner") if with_owner or access else query)
    by_key: dict[str, list[Creator]] = {}
    for row in rows:
        by_key.setdefault(row.handle_key, []).append(row)
    missing = [k for k in keys if k not in by_key]
    if missing:
        raise CreatorsNotFound({k: await closest_handles(actor, k) for k in missing})
    for key in keys:
        if len(by_key[key]) > 1:
            raise AmbiguousCreator(key, sorted(str(c.platform) for c in by_key[key]))
    found = [by_key[k][0] for k in dict.fromkeys(keys)]
    if access is not None:  # every creator is checked before anything is written
        for creator in found:
            await roles.check_creator(actor, creator, access)
    return found


async def closest_handles(actor: Actor, key: str, limit: int = 3) -> list[str]:
    contains = (
        await Creator.filter(workspace_id=actor.workspace_id, handle_key__contains=key[:20])
        .limit(limit)
        .values_list("handle", flat=True)
    )
    if contains:
        return [str(h) for h in contains]
    handles = await Creator.filter(workspace_id=actor.workspace_id).values_list("handle", flat=True)
    matches = process.extract(
        key, [str(h) for h in handles], scorer=fuzz.WRatio, limit=limit, score_cutoff=60
    )
    return [m[0] for m in matches]


@dataclass(frozen=True, slots=True)
class CreatorList:
    creators: list[Creator]
    total: int
    hidden: int = (
        0  # creators matching the filter that the actor may only count (other owners', for operators)
    )
    owner_name: str | None = None  # the owner filtered by, as the team knows them (None: no owner filter)


async def list_creators(
    actor: Actor,
    stage: Stage | None = None,
    owner: str | None = None,
    limit: int = 30,
    *,
    country: str | None = None,
) -> CreatorList:
    """`owner`: "me" or an existing teammate's name (UnknownTeammate otherwise: a list never creates a
    member); `country`: an ISO code, a filter (a place is never an owner)."""
    query = Creator.filter(workspace_id=actor.workspace_id)
    if stage is not None:
        query = query.filter(stage=stage)
    if country is not None:
        query = query.filter(country=country)
    owner_name: str | None = None
    if owner is not None and owner != "me":
        member = await teammate(actor.workspace_id, owner)
        query, owner_name = query.filter(owner_id=member.id), member.display_name
    elif owner == "me":
        query = query.filter(owner_id=actor.member_id)
    hidden = 0
    visible = permissions.visible_to(actor)
    if visible is not None:  # operators: their own and unowned creators; others as a count
        everyone = await query.count()
        query = query.filter(visible)
        total = await query.count()
        hidden = everyone - total
    else:
        total = await query.count()
    rows = await query.order_by("-updated_at", "-id").limit(limit).prefetch_related("owner")
    return CreatorList(list(rows), total, hidden, owner_name)


@dataclass(frozen=True, slots=True)
class Profile:
    creator: Creator
    notes: list[Note]
    history: list[StageChange]


async def creator_profile(actor: Actor, handle: str) -> Profile:
    creator = (await find_creators(actor, [handle], access=permissions.VIEW))[0]
    notes = await Note.filter(creator=creator).order_by("-created_at", "-id").limit(5)
    history = await StageChange.filter(creator=creator).order_by("-changed_at", "-id").limit(5)
    return Profile(creator, list(notes), list(history))
