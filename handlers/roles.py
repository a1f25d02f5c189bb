"""Team roles: "设为经理 @小李", "make @li a manager", "团队成员" / "who is on the team"."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Self

from handlers.command import Args, Command, Heard
from handlers.replies import ActionResult, Button, Card, Reply, Text
from handlers.routing import CommandContext, Router
from i18n import Catalog
from models.enums import Role
from models.tenancy import Member
from workflows import roles
from workflows.tenancy import is_name_only

router = Router("roles", help=("help.roles",), order=90)


def role_name(t: Catalog, role: str) -> str:
    return t(f"role.{role}")


@dataclass(frozen=True, slots=True)
class RoleChange(Args):
    role: str | None = None  # admin | manager | operator
    owner: str | None = None  # the teammate whose role it is


@dataclass(frozen=True, slots=True)
class TeamAsk(Args):
    new_teammate: str | None = None  # "确认新成员 老赵": a teammate who has not spoken yet

    @classmethod
    def read(cls, heard: Heard) -> Self:
        confirmed = _CONFIRM_NEW.match(heard.text)
        return cls(new_teammate=confirmed.group(1) if confirmed else None)


@router.intent(
    "set_role",
    reads=("role",),
    args=RoleChange,
    writes=True,
    describe="make a teammate admin, manager or operator",
)
async def set_role(ctx: CommandContext, command: Command) -> Reply:
    args = command.arg(RoleChange)
    if args.owner is None:
        return Text(ctx.t("role.need_target"))
    if args.role is None:
        return Text(ctx.t("role.need_role"))
    user_id = next((uid for uid, name in ctx.mentions if name == args.owner), None)
    change = await roles.set_role(ctx.actor, roles.Teammate(args.owner, user_id), Role(args.role), ctx.clock)
    name, after = change.member.display_name, role_name(ctx.t, change.after)
    if change.before == change.after:
        return Text(ctx.t("role.unchanged", name=name, role=after))
    return Text(ctx.t("role.set", name=name, role=after, before=role_name(ctx.t, change.before)))


@router.intent(
    "list_members",
    args=TeamAsk,
    describe="who is on the team and their roles",
)
async def list_members(ctx: CommandContext, command: Command) -> Reply:
    t = ctx.t
    confirmed = command.arg(TeamAsk).new_teammate
    if confirmed:  # "确认新成员 老赵": a teammate who has not spoken yet, confirmed by the user
        member, new = await roles.add_named(ctx.actor, confirmed, ctx.clock)
        return Text(t("team.added" if new else "team.exists", name=member.display_name))
    members = await roles.team(ctx.actor.workspace_id)
    outside = {m.id for m in await roles.outsiders(ctx.actor.workspace_id)}  # let in by an admin
    lines = [
        t("team.line", name=m.display_name, role=role_name(t, m.role))
        + (t("team.outside") if m.id in outside else "")
        + (t("team.name_only") if is_name_only(m) else "")
        for m in members
    ]
    buttons = tuple(
        Button(t("team.revoke_button", name=m.display_name), "member.revoke", {"user": m.platform_user_id})
        for m in members
        if m.id in outside
    )
    same = roles.duplicates(members)  # "小王" recorded by name beside the 小王 who spoke: merge?
    if same:
        lines.append(t("team.duplicates_head"))
        lines += [t("team.duplicate", named=d.named.display_name, member=_who(t, d.member)) for d in same]
        buttons += tuple(
            Button(
                t("team.merge_button", named=d.named.display_name, member=_who(t, d.member)),
                "member.merge",
                {"named": str(d.named.id), "into": str(d.member.id)},
            )
            for d in same
        )
    return Card(
        title=t("team.title", count=len(members)),
        body="\n".join(lines),
        buttons=buttons,
        footer=t("team.footer"),
    )


def _who(t: Catalog, member: Member) -> str:
    return member.display_name + (t("team.name_only") if is_name_only(member) else "")


@router.action("member.merge", typed=False)
async def merge(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    """An admin says a name-only record is that member: its creators and history move over."""
    into = await roles.merge(ctx.actor, int(value.get("named", "0")), int(value.get("into", "0")), ctx.clock)
    toast = ctx.t("team.merged", member=into.display_name)
    return ActionResult(toast=toast, card=Card(title=toast))


_CONFIRM_NEW = re.compile(
    r"^\s*(?:确认新成员|添加新成员|新成员|confirm new (?:teammate|member)|add new (?:teammate|member))"
    r"\s*[:：]?\s*@?(\S.{0,39}?)\s*$",
    re.IGNORECASE,
)


@router.action("member.admit")
async def admit(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    """An admin lets a user of another company act here (the button under their refusal); anyone else
    pressing gets the admins-only refusal."""
    return await _admission(ctx, value, let_in=True)


@router.action("member.revoke", typed=False)
async def revoke(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    """An admin takes an outside member's access back (the button in 团队成员)."""
    return await _admission(ctx, value, let_in=False)


async def _admission(ctx: CommandContext, value: Mapping[str, str], *, let_in: bool) -> ActionResult:
    user_id = value.get("user", "")
    member = await roles.admit_outsider(ctx.actor, user_id, value.get("name", ""), ctx.clock, admit=let_in)
    toast = ctx.t("outside.admitted" if let_in else "outside.revoked", name=member.display_name)
    return ActionResult(toast=toast, card=Card(title=toast))
