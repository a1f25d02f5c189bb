"""Workspaces and members: who is asking, on whose behalf. Every other query is scoped by workspace."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.audit import AuditLog
from models.enums import Platform, Role
from models.tenancy import Chat, Member, Workspace
from workflows.errors import WorkflowError


@dataclass(frozen=True, slots=True)
class Actor:
    """The member acting, and the workspace every query of the command is scoped to."""

    workspace_id: int
    member_id: int
    display_name: str
    role: Role


def name_key(name: str) -> str:
    return name.strip().casefold()


async def ensure_workspace(platform: Platform, external_key: str) -> Workspace:
    workspace, _ = await Workspace.get_or_create(platform=platform, external_key=external_key)
    return workspace


async def ensure_chat(workspace_id: int, chat_id: str, locale: str, timezone: str) -> Chat:
    chat, _ = await Chat.get_or_create(
        workspace_id=workspace_id,
        platform_chat_id=chat_id,
        defaults={"locale": locale, "timezone": timezone},
    )
    return chat


@dataclass
class OutsideMember(WorkflowError):
    """A user of another company (a Feishu shared group: their tenant is not the workspace's) whom no admin
    has let in: they read nothing and change nothing. `admins` are whom to ask."""

    user_id: str
    admins: list[str]


ADMIT, REVOKE = "member.admit", "member.revoke"  # the audit entries that let an outside member in / out


async def ensure_member(
    workspace_id: int, user_id: str, display_name: str, *, outside: bool = False
) -> Actor:
    """The sender as a member; the first member of a workspace becomes its admin. `outside`: the sender
    belongs to another organisation (the platform says so): only someone an admin let in may act, as the
    member the admission recorded; nobody else is registered at all."""
    if outside:
        return await _outsider(workspace_id, user_id)
    member = await Member.get_or_none(workspace_id=workspace_id, platform_user_id=user_id)
    if member is None:  # first contact: the teammate recorded by this name (import, "交给 小王") is them
        member = await _adopt(workspace_id, user_id, display_name)
        member = member or await _create_member(workspace_id, user_id, display_name)
    elif display_name and member.display_name != display_name:
        member.display_name, member.name_key = display_name, name_key(display_name)
        await member.save(update_fields=["display_name", "name_key"])
    return Actor(workspace_id, member.id, member.display_name, member.role)


def loose_key(name: str) -> str:
    """A name compared loosely: full-width folded, any case, without spaces or a leading "@"."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return "".join(ch for ch in folded if not ch.isspace()).lstrip("@")


def is_name_only(member: Member) -> bool:
    """Recorded from a name (an import, a confirmed handover) and not adopted by a platform user yet."""
    return member.platform_user_id.startswith("name:")


async def name_only_matches(workspace_id: int, name: str) -> list[Member]:
    """The name-only teammates this name could be (compared loosely), oldest first."""
    key = loose_key(name)
    if not key:
        return []
    rows = await Member.filter(workspace_id=workspace_id, platform_user_id__startswith="name:").order_by("id")
    return [m for m in rows if loose_key(m.display_name) == key]


async def _adopt(workspace_id: int, user_id: str, name: str) -> Member | None:
    """The one name-only teammate called `name` becomes this platform user (keeping their creators,
    reminders and role); None when none matches or two do (团队成员 then asks which: `duplicates`)."""
    found = await name_only_matches(workspace_id, name) if name and name != user_id else []
    if len(found) != 1:
        return None
    row = found[0]
    try:
        changed = await Member.filter(id=row.id, platform_user_id=row.platform_user_id).update(
            platform_user_id=user_id, display_name=name.strip()[:100], name_key=name_key(name)[:100]
        )
    except IntegrityError:  # the same user's other message registered them meanwhile
        changed = 0
    if changed:
        return await Member.get(id=row.id)
    return await Member.get_or_none(workspace_id=workspace_id, platform_user_id=user_id)


async def adopt_mentions(workspace_id: int, mentions: Sequence[tuple[str, str]]) -> None:
    """Teammates the platform resolved from @mentions (id + name): where nobody has their id yet, the one
    name-only teammate of that name is adopted; a member known only by id (a Feishu sender: events carry
    no name) gets the name, and the one name-only record of that name is merged into them. Never creates
    a member."""
    for user_id, name in mentions:
        if not user_id or not name.strip():
            continue
        member = await Member.get_or_none(workspace_id=workspace_id, platform_user_id=user_id)
        if member is None:
            await _adopt(workspace_id, user_id, name)
        elif member.display_name in ("", user_id):
            found = await name_only_matches(workspace_id, name)
            async with in_transaction() as conn:
                await (
                    Member.filter(id=member.id)
                    .using_db(conn)
                    .update(display_name=name.strip()[:100], name_key=name_key(name)[:100])
                )
                if len(found) == 1:
                    await merge_members(conn, keep=member.id, drop=found[0].id)


async def merge_members(conn: BaseDBAsyncClient, *, keep: int, drop: int) -> None:
    """Everything that points at member `drop` (owned creators, reminders, notes, stage changes, audit
    entries … every foreign key to Member) points at `keep`; then `drop` is deleted."""
    for name in Member._meta.backward_fk_fields:
        relation = Member._meta.fields_map[name]
        model, column = relation.related_model, relation.relation_field  # type: ignore[attr-defined]
        await model.filter(**{column: drop}).using_db(conn).update(**{column: keep})
    await Member.filter(id=drop).using_db(conn).delete()


async def _outsider(workspace_id: int, user_id: str) -> Actor:
    member = await Member.get_or_none(workspace_id=workspace_id, platform_user_id=user_id)
    if member is None or not await admitted(workspace_id, member.id):
        admins = await Member.filter(workspace_id=workspace_id, role=Role.ADMIN).order_by("id").limit(10)
        raise OutsideMember(user_id, [m.display_name for m in admins])
    return Actor(workspace_id, member.id, member.display_name, member.role)


async def outsider_let_in(platform: Platform, external_key: str, user_id: str) -> bool:
    """Whether this outside user may act in the workspace (platform, external key): an admin let them in."""
    member = await Member.get_or_none(
        workspace__platform=platform, workspace__external_key=external_key, platform_user_id=user_id
    )
    return member is not None and await admitted(member.workspace_id, member.id)  # type: ignore[attr-defined]


async def admitted(workspace_id: int, member_id: int) -> bool:
    """Whether an admin let this outside member in (and has not taken it back): the latest admission entry
    of the audit log decides, so a user registered before outsiders were checked is not in by default."""
    latest = (
        await AuditLog.filter(
            workspace_id=workspace_id, action__in=(ADMIT, REVOKE), target=f"member:{member_id}"
        )
        .order_by("-id")
        .first()
    )
    return latest is not None and latest.action == ADMIT


async def _create_member(workspace_id: int, user_id: str, display_name: str) -> Member:
    try:
        async with in_transaction() as conn:
            # Lock the workspace row (PostgreSQL; SQLite has one writer) so that two first messages arriving
            # together cannot both see an empty workspace and both become admin.
            await lock_workspace(conn, workspace_id)
            first = not await Member.filter(workspace_id=workspace_id).using_db(conn).exists()
            return await Member.create(
                using_db=conn,
                workspace_id=workspace_id,
                platform_user_id=user_id,
                display_name=display_name or user_id,
                name_key=name_key(display_name or user_id),
                role=Role.ADMIN if first else Role.OPERATOR,
            )
    except IntegrityError:  # created concurrently by the same user's other message
        return await Member.get(workspace_id=workspace_id, platform_user_id=user_id)


async def lock_workspace(conn: BaseDBAsyncClient, workspace_id: int) -> None:
    """Serialise membership changes of one workspace inside the caller's transaction."""
    if conn.capabilities.dialect == "postgres":  # SQLite: one writer at a time, transactions are serial
        await conn.execute_query("SELECT id FROM workspace WHERE id = $1 FOR UPDATE", [workspace_id])


@dataclass
class UnknownTeammate(WorkflowError):
    """A name that is nobody on the team. An owner must be an existing teammate or a new one the user
    confirmed (`member_by_name`): a guess from a message never creates a member. `known`: the team."""

    name: str
    known: list[str]


async def find_member(workspace_id: int, name: str) -> Member | None:
    """The teammate called `name` (any case, with or without "@"), someone who has spoken before a record
    made only from their name; None when nobody is. Never creates a member."""
    key = name_key(name)
    keys = list(dict.fromkeys([key, key.lstrip("@")]))
    rows = await Member.filter(workspace_id=workspace_id, name_key__in=keys).order_by("id")
    if not rows:
        return None
    return min(rows, key=lambda m: (m.platform_user_id.startswith("name:"), m.id))


async def teammate(workspace_id: int, name: str) -> Member:
    """The existing teammate called `name`, or UnknownTeammate (with the team's names)."""
    found = await find_member(workspace_id, name)
    if found is None:
        names = await Member.filter(workspace_id=workspace_id).order_by("id").limit(30)
        raise UnknownTeammate(name.strip()[:40], [m.display_name for m in names])
    return found


async def mentioned_member(workspace_id: int, user_id: str, name: str) -> Member:
    """A teammate the platform resolved from an @mention (a real user, not a guess): found by their id,
    else the record made from their name is adopted, else they are recorded by their id."""
    found = await Member.get_or_none(workspace_id=workspace_id, platform_user_id=user_id)
    if found is not None:
        return found
    shown = name.strip().lstrip("@").strip() or user_id
    adopted = await _adopt(workspace_id, user_id, shown)
    if adopted is not None:
        return adopted
    member, _ = await Member.get_or_create(
        workspace_id=workspace_id,
        platform_user_id=user_id,
        defaults={"display_name": shown[:100], "name_key": name_key(shown)[:100], "role": Role.OPERATOR},
    )
    return member


async def member_by_name(workspace_id: int, name: str) -> Member:
    """A teammate named where the user confirmed it (a new teammate confirmed in chat, an imported file's
    owner column): one not seen yet is recorded by name (`name:<key>`) until they speak."""
    shown = name.strip().lstrip("@").strip() or name.strip()
    key = name_key(shown)
    member = await find_member(workspace_id, shown)
    if member is not None:
        return member
    member, _ = await Member.get_or_create(
        workspace_id=workspace_id,
        platform_user_id=f"name:{key}",
        defaults={"display_name": shown, "name_key": key, "role": Role.OPERATOR},
    )
    return member
