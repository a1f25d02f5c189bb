"""Workspaces and members: who is asking, on whose behalf. Every other query is scoped by workspace."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.enums import Platform, Role
from models.tenancy import Chat, Member, Workspace


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


async def ensure_member(workspace_id: int, user_id: str, display_name: str) -> Actor:
    """The sender as a member; the first member of a workspace becomes its admin."""
    member = await Member.get_or_none(workspace_id=workspace_id, platform_user_id=user_id)
    if member is None:
        member = await _create_member(workspace_id, user_id, display_name)
    elif display_name and member.display_name != display_name:
        member.display_name, member.name_key = display_name, name_key(display_name)
        await member.save(update_fields=["display_name", "name_key"])
    return Actor(workspace_id, member.id, member.display_name, member.role)


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


async def member_by_name(workspace_id: int, name: str) -> Member:
    """A teammate named in a message; one not seen yet is recorded by name until they speak."""
    key = name_key(name)
    member = await Member.filter(workspace_id=workspace_id, name_key=key).order_by("id").first()
    if member is not None:
        return member
    member, _ = await Member.get_or_create(
        workspace_id=workspace_id,
        platform_user_id=f"name:{key}",
        defaults={"display_name": name.strip(), "name_key": key, "role": Role.OPERATOR},
    )
    return member
