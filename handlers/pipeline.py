"""set_stage, assign_owner, add_note."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Self

from handlers import clocks
from handlers import format as fmt
from handlers.command import Args, Command, Heard
from handlers.replies import ActionResult, Button, Card, Reply, Text
from handlers.routing import CommandContext, Router
from i18n import Catalog
from models.enums import SampleType, Stage
from workflows import deadlines, pipeline
from workflows.tenancy import UnknownTeammate

router = Router(
    "pipeline", help=("help.pipeline.stage", "help.pipeline.owner", "help.pipeline.note"), order=30
)


@dataclass(frozen=True, slots=True)
class StageMove(Args):
    stage: str | None = None
    stage_text: str | None = None  # a stage word we do not know, as typed
    sample_type: str | None = None  # "@amy 寄样（可退款样品）"


@dataclass(frozen=True, slots=True)
class Handover(Args):
    owner: str | None = None
    new_teammate: bool = False  # "把 @amy 交给新成员 老赵": the person is new, not a misspelt teammate

    @classmethod
    def read(cls, heard: Heard) -> Self:
        return replace(cls.shared(heard), new_teammate=bool(_NEW_TEAMMATE.search(heard.text)))


@dataclass(frozen=True, slots=True)
class Note(Args):
    text: str | None = None


@router.intent(
    "set_stage",
    reads=("stage",),
    required=("stage",),
    needs_creator=True,
    args=StageMove,
    writes=True,
    describe=(
        "a creator moved to a pipeline stage, including news such as '@amy got back to us', "
        "'答应了', '收到样品了', '视频上线了', '在谈价'"
    ),
)
async def set_stage(ctx: CommandContext, command: Command) -> Reply:
    t, args = ctx.t, command.arg(StageMove)
    if not command.creators:
        return Text(t("error.need_creator", example=t("example.set_stage")))
    if args.stage is None:
        return Text(t("stage.unknown", given=args.stage_text or "?", stages=fmt.all_stage_names(t)))
    stage = Stage(args.stage)
    sample = SampleType(args.sample_type) if args.sample_type else None
    where = deadlines.Where(ctx.chat_id, ctx.team_timezone, ctx.locale, sample)
    moves = await pipeline.set_stage(ctx.actor, command.creators, stage, ctx.clock, where, ctx.scheduler)
    lines = [_moved(t, m, stage) for m in moves]
    deadline_lines = await _deadline_lines(ctx, moves, stage)
    if any(m.scheduled for m in moves):
        deadline_lines.append(t("deadline.cancel_hint"))
    undo = [t("stage.undo_hint")] if any(m.step.back for m in moves) else []  # a step back is often a slip
    return Text("\n".join(lines + deadline_lines + undo))


def _moved(t: Catalog, move: pipeline.StageMove, stage: Stage) -> str:
    """One creator's move, saying when it went back or past stages: '↩️ @amy：从 已寄样 退回 已回复',
    '✅ @amy：待建联 → 已确认（跳过了 已邀约、已回复、谈判中）'."""
    handle, after = fmt.handle(move.creator), fmt.stage_name(t, stage)
    if not move.changed:
        return t("stage.unchanged", handle=handle, stage=after)
    before, step = fmt.stage_name(t, move.from_stage), move.step
    if step.back:
        return t("stage.moved_back", handle=handle, before=before, after=after)
    if step.skipped:
        skipped = t("stage.sep").join(fmt.stage_name(t, s) for s in step.skipped)
        return t("stage.moved_skipping", handle=handle, before=before, after=after, skipped=skipped)
    return t("stage.moved", handle=handle, before=before, after=after)


async def _deadline_lines(ctx: CommandContext, moves: list[pipeline.StageMove], stage: Stage) -> list[str]:
    """TikTok Shop deadlines the stage change scheduled (workflows/deadlines), said under the move."""
    t = ctx.t
    changed = [m for m in moves if m.changed]
    lines: list[str] = []
    for move in changed:
        if len(changed) > 1 and move.scheduled:
            lines.append(fmt.handle(move.creator))
        if move.scheduled:  # each with its number: "取消提醒 7" then names what it cancels
            said = [
                t("deadline.numbered", item=_deadline_item(ctx, s), number=s.delivery_id)
                for s in move.scheduled
            ]
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


@router.intent(
    "assign_owner",
    reads=("handover",),
    required=("owner",),
    needs_creator=True,
    args=Handover,
    writes=True,
    describe="creators handed to a teammate (or to me)",
)
async def assign_owner(ctx: CommandContext, command: Command) -> Reply:
    t, args = ctx.t, command.arg(Handover)
    if not command.creators:
        return Text(t("error.need_creator", example=t("example.assign_owner")))
    if not args.owner:
        return Text(t("owner.missing", example=t("example.assign_owner")))
    owner = args.owner.lstrip("@")
    mentioned = next((uid for uid, name in ctx.mentions if name.lstrip("@") == owner), None)
    try:
        member, creators = await pipeline.assign_owner(
            ctx.actor,
            command.creators,
            args.owner,
            ctx.clock,
            new_teammate=args.new_teammate,
            user_id=mentioned,
        )
    except UnknownTeammate as unknown:  # an owner is a teammate or a confirmed new one, never a guess
        return _confirm_new_teammate(ctx, unknown, command.creators)
    handles = " ".join(fmt.handle(c) for c in creators)
    return Text(t("owner.assigned", handles=handles, owner=member.display_name))


_NEW_TEAMMATE = re.compile(r"新成员|新同事|新人|new (?:teammate|team member|member|colleague)", re.IGNORECASE)


def _confirm_new_teammate(ctx: CommandContext, unknown: UnknownTeammate, handles: Sequence[str]) -> Reply:
    t = ctx.t
    value = {"name": unknown.name, "creators": " ".join(handles)}
    creators = " ".join(f"@{h}" for h in handles)
    return Card(
        title=t("owner.unknown_title", name=unknown.name),
        body=t(
            "owner.unknown_body",
            name=unknown.name,
            known=t("summary.sep").join(unknown.known) or "-",
            typed=t("owner.unknown_typed", creators=creators, name=unknown.name),
        ),
        buttons=(Button(t("owner.confirm_new", name=unknown.name), "owner.new_teammate", value, "primary"),),
    )


@router.action("owner.new_teammate")
async def confirm_new_teammate(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    """The 确认新成员 button: the user says the name is a new teammate; the handover goes ahead."""
    t = ctx.t
    handles = value.get("creators", "").split()
    member, creators = await pipeline.assign_owner(
        ctx.actor, handles, value.get("name", ""), ctx.clock, new_teammate=True
    )
    text = t("owner.assigned", handles=" ".join(fmt.handle(c) for c in creators), owner=member.display_name)
    return ActionResult(
        toast=text, card=Card(title=text, body=t("owner.new_member_note", name=member.display_name))
    )


@router.intent(
    "add_note",
    reads=("body",),
    needs_creator=True,
    args=Note,
    writes=True,
    describe="a free-text note on a creator",
)
async def add_note(ctx: CommandContext, command: Command) -> Reply:
    t, text = ctx.t, command.arg(Note).text
    if not command.creators:
        return Text(t("error.need_creator", example=t("example.add_note")))
    if not text:
        return Text(t("note.missing", example=t("example.add_note")))
    note = await pipeline.add_note(ctx.actor, command.creators[0], text, ctx.clock)
    return Text(t("note.added", handle=f"@{command.creators[0]}", text=note.text))
