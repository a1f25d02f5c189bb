"""set_stage, assign_owner, add_note."""

from __future__ import annotations

from handlers import format as fmt
from handlers.command import Command
from handlers.replies import Reply, Text
from handlers.routing import CommandContext, Router
from models.enums import Stage
from workflows import pipeline

router = Router("pipeline")


@router.intent("set_stage")
async def set_stage(ctx: CommandContext, command: Command) -> Reply:
    t = ctx.t
    if not command.creators:
        return Text(t("error.need_creator", example=t("example.set_stage")))
    if command.stage is None:
        return Text(t("stage.unknown", given=command.stage_text or "?", stages=fmt.all_stage_names(t)))
    stage = Stage(command.stage)
    moves = await pipeline.set_stage(ctx.actor, command.creators, stage, ctx.clock)
    lines = [
        t(
            "stage.moved",
            handle=fmt.handle(m.creator),
            before=fmt.stage_name(t, m.from_stage),
            after=fmt.stage_name(t, stage),
        )
        if m.changed
        else t("stage.unchanged", handle=fmt.handle(m.creator), stage=fmt.stage_name(t, stage))
        for m in moves
    ]
    return Text("\n".join(lines))


@router.intent("assign_owner")
async def assign_owner(ctx: CommandContext, command: Command) -> Reply:
    t = ctx.t
    if not command.creators:
        return Text(t("error.need_creator", example=t("example.assign_owner")))
    if not command.owner:
        return Text(t("owner.missing", example=t("example.assign_owner")))
    member, creators = await pipeline.assign_owner(ctx.actor, command.creators, command.owner, ctx.clock)
    handles = " ".join(fmt.handle(c) for c in creators)
    return Text(t("owner.assigned", handles=handles, owner=member.display_name))


@router.intent("add_note")
async def add_note(ctx: CommandContext, command: Command) -> Reply:
    t = ctx.t
    if not command.creators:
        return Text(t("error.need_creator", example=t("example.add_note")))
    if not command.text:
        return Text(t("note.missing", example=t("example.add_note")))
    note = await pipeline.add_note(ctx.actor, command.creators[0], command.text, ctx.clock)
    return Text(t("note.added", handle=f"@{command.creators[0]}", text=note.text))
