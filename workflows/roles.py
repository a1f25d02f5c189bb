"""Team roles: who is on the team, granting roles (admins only), never leaving a workspace without admin."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from models.audit import AuditLog
from models.creator import Creator
from models.enums import Role
from models.tenancy import Member
from workflows import audit, permissions
from workflows.errors import WorkflowError
from workflows.ports import Clock
from workflows.tenancy import (
    ADMIT,
    REVOKE,
    Actor,
    find_member,
    is_name_only,
    lock_workspace,
    loose_key,
    member_by_name,
    merge_members,
    name_key,
)

ROLE_ORDER = (Role.ADMIN, Role.MANAGER, Role.OPERATOR)


@dataclass
class PermissionDenied(WorkflowError):
    """`action` needs one of `roles`; `names` are the teammates who hold them (whom to ask)."""

    action: str
    roles: tuple[Role, ...]
    names: list[str]


@dataclass
class NotYourCreator(WorkflowError):
    """An operator asked to see (`access` view) or change another owner's creator; `names` are the leads
    who can."""

    handle: str
    owner: str
    names: list[str]
    access: str = permissions.VIEW


@dataclass
class LastAdmin(WorkflowError):
    """The change would leave the workspace without an admin."""

    name: str


@dataclass
class MemberNotFound(WorkflowError):
    name: str


@dataclass(frozen=True, slots=True)
class Teammate:
    """Who a role command is about: a platform user (an @mention the platform resolved) or a name."""

    name: str
    user_id: str | None = None


@dataclass(frozen=True, slots=True)
class RoleChange:
    member: Member
    before: Role
    after: Role


async def holders(workspace_id: int, roles: tuple[Role, ...]) -> list[str]:
    """Display names of the members holding any of `roles`, admins first, oldest first."""
    rows = await Member.filter(workspace_id=workspace_id, role__in=roles).order_by("id").limit(20)
    rows.sort(key=lambda m: ROLE_ORDER.index(Role(m.role)))
    return [m.display_name for m in rows]


async def require(actor: Actor, action: str, allowed: bool) -> None:
    """Raise PermissionDenied naming who can do `action` unless `allowed`."""
    if not allowed:
        roles = permissions.required_roles(action)
        raise PermissionDenied(action, roles, await holders(actor.workspace_id, roles))


async def check_creator(actor: Actor, creator: Creator, kind: permissions.Access = permissions.VIEW) -> None:
    """Raise NotYourCreator unless the actor may see (or change) this creator (creator.owner prefetched)."""
    if not permissions.access(actor, creator, kind):
        owner = creator.owner.display_name if creator.owner is not None else ""
        leads = await holders(actor.workspace_id, permissions.required_roles("creators"))
        raise NotYourCreator(creator.handle, owner, leads, kind)


async def set_role(actor: Actor, who: Teammate, role: Role, clock: Clock) -> RoleChange:
    """Give `who` the role. Admins only; the last admin cannot be demoted (not even by themself)."""
    await require(actor, "roles", permissions.can_manage_roles(actor))
    async with in_transaction() as conn:
        await lock_workspace(conn, actor.workspace_id)  # two admins demoting each other serialise here
        member = await _teammate(conn, actor.workspace_id, who)
        before = Role(member.role)
        if before == Role.ADMIN and role != Role.ADMIN:
            admins = (
                await Member.filter(workspace_id=actor.workspace_id, role=Role.ADMIN).using_db(conn).count()
            )
            if admins <= 1:
                raise LastAdmin(member.display_name)
        if before != role:
            await Member.filter(id=member.id).using_db(conn).update(role=role)
            member.role = role
            await audit.record(
                conn,
                actor,
                "member.role",
                f"member:{member.id}",
                clock.now(),
                before=before.value,
                after=role.value,
            )
    return RoleChange(member, before, role)


async def _teammate(conn: BaseDBAsyncClient, workspace_id: int, who: Teammate) -> Member:
    """A mentioned user is recorded by their platform id (adopting a name-only record of the same name);
    a name must belong to someone the bot has already met."""
    key = name_key(who.name)
    if who.user_id is not None:
        found = await Member.get_or_none(
            workspace_id=workspace_id, platform_user_id=who.user_id, using_db=conn
        )
        if found is not None:
            return found
        placeholder = await Member.get_or_none(
            workspace_id=workspace_id, platform_user_id=f"name:{key}", using_db=conn
        )
        if placeholder is not None:
            placeholder.platform_user_id = who.user_id
            await placeholder.save(using_db=conn, update_fields=["platform_user_id"])
            return placeholder
        return await Member.create(
            using_db=conn,
            workspace_id=workspace_id,
            platform_user_id=who.user_id,
            display_name=who.name.strip() or who.user_id,
            name_key=key or who.user_id,
            role=Role.OPERATOR,
        )
    keys = [key, key[1:]] if key.startswith("@") else [key]
    named = await Member.filter(workspace_id=workspace_id, name_key__in=keys).using_db(conn).order_by("id")
    if not named:
        raise MemberNotFound(who.name.strip())
    # someone who has spoken (a platform id) before a record made only from their name
    return min(named, key=lambda m: (m.platform_user_id.startswith("name:"), m.id))


async def admit_outsider(
    actor: Actor, user_id: str, name: str, clock: Clock, *, admit: bool = True
) -> Member:
    """Let a user of another company act in this workspace (as an operator), or take it back (`admit`
    False). Admins only; recorded in the audit log, which is what `tenancy.admitted` reads."""
    await require(actor, "roles", permissions.can_manage_roles(actor))
    async with in_transaction() as conn:
        await lock_workspace(conn, actor.workspace_id)
        member = await Member.get_or_none(
            workspace_id=actor.workspace_id, platform_user_id=user_id, using_db=conn
        )
        if member is None:
            shown = name.strip() or user_id
            member = await Member.create(
                using_db=conn,
                workspace_id=actor.workspace_id,
                platform_user_id=user_id,
                display_name=shown[:100],
                name_key=name_key(shown)[:100],
                role=Role.OPERATOR,
            )
        action = ADMIT if admit else REVOKE
        await audit.record(conn, actor, action, f"member:{member.id}", clock.now(), user=user_id)
    return member


async def add_named(actor: Actor, name: str, clock: Clock) -> tuple[Member, bool]:
    """ "确认新成员 老赵": the user confirms a teammate who has not spoken yet; recorded by name (adopted when
    they first speak, `tenancy.ensure_member`). Returns the member and whether it is new."""
    existing = await find_member(actor.workspace_id, name)
    if existing is not None:
        return existing, False
    member = await member_by_name(actor.workspace_id, name)
    async with in_transaction() as conn:
        await audit.record(
            conn, actor, "member.add", f"member:{member.id}", clock.now(), name=member.display_name
        )
    return member, True


async def outsiders(workspace_id: int) -> list[Member]:
    """The outside members an admin let in (shown in 团队成员 with a button to take it back)."""
    rows = await AuditLog.filter(workspace_id=workspace_id, action__in=(ADMIT, REVOKE)).order_by("id")
    latest: dict[str, str] = {}
    for row in rows:
        latest[row.target] = row.action
    ids = [int(t.split(":", 1)[1]) for t, a in latest.items() if a == ADMIT]
    return list(await Member.filter(workspace_id=workspace_id, id__in=ids).order_by("id")) if ids else []


async def team(workspace_id: int) -> list[Member]:
    """Everyone on the team, admins first, then managers, then operators; oldest first within a role.
    Possible duplicates (a name-only record beside someone of the same name) are listed, see
    `duplicates`, so that an admin can merge them."""
    rows = list(await Member.filter(workspace_id=workspace_id).order_by("id").limit(500))
    rows.sort(key=lambda m: ROLE_ORDER.index(Role(m.role)))
    return rows


@dataclass(frozen=True, slots=True)
class Duplicate:
    """`named` (recorded from a name only) may be `member` (same name, compared loosely)."""

    named: Member
    member: Member


def duplicates(members: list[Member]) -> list[Duplicate]:
    """Name-only records that may be the same person as another member: someone who has spoken with the
    same name, or an older name-only record of it. One pair per candidate, so two candidates ask which."""
    pairs: list[Duplicate] = []
    for named in sorted((m for m in members if is_name_only(m)), key=lambda m: m.id):
        key = loose_key(named.display_name)
        for other in sorted(members, key=lambda m: (is_name_only(m), m.id)):
            same = other.id != named.id and loose_key(other.display_name) == key
            if same and (not is_name_only(other) or other.id < named.id):
                pairs.append(Duplicate(named, other))
    return pairs


async def merge(actor: Actor, named_id: int, into_id: int, clock: Clock) -> Member:
    """Admins merge a name-only record into the member it is (团队成员's button): its creators, reminders,
    notes and history move over, the record goes. Two members who have both spoken are never merged."""
    await require(actor, "roles", permissions.can_manage_roles(actor))
    async with in_transaction() as conn:
        await lock_workspace(conn, actor.workspace_id)
        named = await Member.get_or_none(id=named_id, workspace_id=actor.workspace_id, using_db=conn)
        into = await Member.get_or_none(id=into_id, workspace_id=actor.workspace_id, using_db=conn)
        if named is None or into is None or not is_name_only(named) or named.id == into.id:
            raise MemberNotFound(str(named.display_name if named else named_id))
        await merge_members(conn, keep=into.id, drop=named.id)
        await audit.record(
            conn,
            actor,
            "member.merge",
            f"member:{into.id}",
            clock.now(),
            merged=named.id,
            name=named.display_name,
        )
    return into
