"""Team roles: who is on the team, granting roles (admins only), never leaving a workspace without admin."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from models.creator import Creator
from models.enums import Role
from models.tenancy import Member
from workflows import audit, permissions
from workflows.errors import WorkflowError
from workflows.ports import Clock
from workflows.tenancy import Actor, lock_workspace, name_key

ROLE_ORDER = (Role.ADMIN, Role.MANAGER, Role.OPERATOR)


@dataclass
class PermissionDenied(WorkflowError):
    """`action` needs one of `roles`; `names` are the teammates who hold them (whom to ask)."""

    action: str
    roles: tuple[Role, ...]
    names: list[str]


@dataclass
class NotYourCreator(WorkflowError):
    """An operator asked for another owner's creator; `names` are the leads who can see it."""

    handle: str
    owner: str
    names: list[str]


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


async def check_creator(actor: Actor, creator: Creator) -> None:
    """Raise NotYourCreator unless the actor may see this creator's details (creator.owner prefetched)."""
    if not permissions.can_view_creator(actor, creator):
        owner = creator.owner.display_name if creator.owner is not None else ""
        leads = await holders(actor.workspace_id, permissions.required_roles("creators"))
        raise NotYourCreator(creator.handle, owner, leads)


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


async def team(workspace_id: int) -> list[Member]:
    """Everyone on the team, admins first, then managers, then operators; oldest first within a role."""
    rows = list(await Member.filter(workspace_id=workspace_id).order_by("id").limit(500))
    spoke = {m.name_key for m in rows if not m.platform_user_id.startswith("name:")}
    # a name-only record of someone who has since spoken is the same person: list them once
    rows = [m for m in rows if not (m.platform_user_id.startswith("name:") and m.name_key in spoke)]
    rows.sort(key=lambda m: ROLE_ORDER.index(Role(m.role)))
    return rows
