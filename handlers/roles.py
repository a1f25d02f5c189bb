"""Team roles: "设为经理 @小李", "make @li a manager", "团队成员" / "who is on the team"."""

from __future__ import annotations

from handlers.command import Command
from handlers.replies import Card, Reply, Text
from handlers.routing import CommandContext, Router
from i18n import Catalog
from models.enums import Role
from workflows import roles

router = Router("roles", help=("help.roles",))


def role_name(t: Catalog, role: str) -> str:
    return t(f"role.{role}")


@router.intent("set_role")
async def set_role(ctx: CommandContext, command: Command) -> Reply:
    if command.owner is None:
        return Text(ctx.t("role.need_target"))
    if command.role is None:
        return Text(ctx.t("role.need_role"))
    user_id = next((uid for uid, name in ctx.mentions if name == command.owner), None)
    change = await roles.set_role(
        ctx.actor, roles.Teammate(command.owner, user_id), Role(command.role), ctx.clock
    )
    name, after = change.member.display_name, role_name(ctx.t, change.after)
    if change.before == change.after:
        return Text(ctx.t("role.unchanged", name=name, role=after))
    return Text(ctx.t("role.set", name=name, role=after, before=role_name(ctx.t, change.before)))


@router.intent("list_members")
async def list_members(ctx: CommandContext, command: Command) -> Reply:
    members = await roles.team(ctx.actor.workspace_id)
    lines = [ctx.t("team.line", name=m.display_name, role=role_name(ctx.t, m.role)) for m in members]
    return Card(
        title=ctx.t("team.title", count=len(members)), body="\n".join(lines), footer=ctx.t("team.footer")
    )
