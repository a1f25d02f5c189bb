"""set_stage, assign_owner, add_note."""

from __future__ import annotations

from handlers import clocks
from handlers import format as fmt
from handlers.command import Command
from handlers.replies import Reply, Text
from handlers.routing import CommandContext, Router
from models.enums import SampleType, Stage
from workflows import deadlines, pipeline

router = Router("pipeline", help=("help.pipeline.stage", "help.pipeline.owner", "help.pipeline.note"))


@router.intent("set_stage")
async def set_stage(ctx: CommandContext, command: Command) -> Reply:
    t = ctx.t
    if not command.creators:
        return Text(t("error.need_creator", example=t("example.set_stage")))
    if command.stage is None:
        return Text(t("stage.unknown", given=command.stage_text or "?", stages=fmt.all_stage_names(t)))
    stage = Stage(command.stage)
    sample = SampleType(command.sample_type) if command.sample_type else None
    where = deadlines.Where(ctx.chat_id, ctx.team_timezone, ctx.locale, sample)
    moves = await pipeline.set_stage(ctx.actor, command.creators, stage, ctx.clock, where, ctx.scheduler)
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
    return Text("\n".join(lines + await _deadline_lines(ctx, moves, stage)))


async def _deadline_lines(ctx: CommandContext, moves: list[pipeline.StageMove], stage: Stage) -> list[str]:
    """TikTok Shop deadlines the stage change scheduled (workflows/deadlines), said under the move."""
    t = ctx.t
    changed = [m for m in moves if m.changed]
    lines: list[str] = []
    for move in changed:
        if len(changed) > 1 and move.scheduled:
            lines.append(fmt.handle(move.creator))
        if move.scheduled:
            said = [_deadline_item(ctx, s) for s in move.scheduled]
            lines.append(t("deadline.scheduled", items=t("deals.sep_items").join(said)))
        elif stage == Stage.SAMPLE_SHIPPED and str(move.creator.platform) == "tiktok":
            kind = await deadlines.sample_type_of(ctx.actor.workspace_id, move.creator.id)
            lines.append(
                t(
                    "deadline.after_received",
                    handle=fmt.handle(move.creator),
                    days=deadlines.CONTENT_DAYS[kind],
                    sample=t(f"sample.{kind.value}"),
                )
            )
    return lines


def _deadline_item(ctx: CommandContext, item: deadlines.Scheduled) -> str:
    t = ctx.t
    date = t("deadline.date", month=item.due_on.month, day=item.due_on.day)
    when = clocks.wall(t, item.remind_at, ctx.team_timezone)
    refundable = item.day == deadlines.CONTENT_DAYS[SampleType.REFUNDABLE]
    sample = t("sample.refundable") if refundable else t("sample.free")
    return t(f"deadline.item.{item.kind.value}", day=item.day, date=date, when=when, sample=sample)


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
