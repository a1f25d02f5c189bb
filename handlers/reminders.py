"""Reminders, the agenda, cancel, send windows, and the buttons on a reminder the bot posted."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Self

from handlers import clocks
from handlers.command import Args, Command, Heard
from handlers.replies import ActionResult, Button, Card, Reply, Text
from handlers.routing import CommandContext, Router
from i18n import Catalog
from models.enums import DeliveryKind
from models.schedule import Delivery
from workflows import outreach, permissions, reminders, roles
from workflows.campaigns import Pitch
from workflows.creators import find_creators
from workflows.delivery import LATE_AFTER, DueItem
from workflows.outreach import TouchDraft
from workflows.send_window import SendWindow, describe_window, parse_window
from workflows.timeparse import NO_TIME, TimeAsk, Unreadable, read_time

router = Router("reminders", help=("help.reminders.window", "help.reminders.remind"), order=50)


@dataclass(frozen=True, slots=True)
class Reminder(Args):
    when: TimeAsk | Unreadable = NO_TIME  # read once; on a clock in the handler
    text: str | None = None  # what to be reminded of, without the time words
    owner: str | None = None  # a teammate it is for; None = the asker

    @classmethod
    def read(cls, heard: Heard) -> Self:
        found, when = cls.shared(heard), read_time(heard.text)
        if isinstance(when, TimeAsk) and found.text:
            return replace(found, when=when, text=_without(found.text, when.span))
        return replace(found, when=when)


def _without(text: str, span: str) -> str | None:
    if span and span in text:
        text = text.replace(span, " ")
    return " ".join(text.split()).strip(" ,，。") or None


@dataclass(frozen=True, slots=True)
class Numbered(Args):
    number: int | None = None  # the number the bot showed ("取消提醒 3")


@dataclass(frozen=True, slots=True)
class Window(Args):
    text: str | None = None  # the days and hours as typed
    window: SendWindow | None = None  # None: not readable (the handler shows the current one)

    @classmethod
    def read(cls, heard: Heard) -> Self:
        found = cls.shared(heard)
        return replace(found, window=parse_window(found.text or ""))


def unreadable(t: Catalog, reason: str, span: str = "") -> Text:
    if reason == "needs_creator_zone":
        return Text(t("when.needs_creator_zone"))
    if span:
        return Text(t("when.unclear", span=span, example=t("example.when")))
    return Text(t("when.unreadable", example=t("example.when")))


@router.intent(
    "remind",
    reads=("body", "reminder_for"),
    args=Reminder,
    writes=True,
    describe="a reminder for me or a teammate at a time",
)
async def remind(ctx: CommandContext, command: Command) -> Reply:
    args = command.arg(Reminder)
    creators = await find_creators(ctx.actor, command.creators) if command.creators else []
    creator_tz = creators[0].timezone if creators else None
    parsed = (
        args.when.on(now=ctx.clock.now(), team_tz=ctx.team_timezone, creator_tz=creator_tz)
        if isinstance(args.when, TimeAsk)
        else args.when
    )
    if isinstance(parsed, Unreadable):
        return unreadable(ctx.t, parsed.reason, parsed.span)
    if "in_past" in parsed.notes:
        return Text(ctx.t("when.in_past", when=clocks.wall(ctx.t, parsed.utc, parsed.zone)))
    row = await reminders.add_reminder(
        ctx.actor,
        ctx.chat_id,
        parsed,
        args.text or "",
        owner=args.owner,
        creators=creators,
        scheduler=ctx.scheduler,
        clock=ctx.clock,
        source=command.source,
    )
    await row.fetch_related("owner")
    fields = [
        (ctx.t("reminder.field.when"), clocks.both(ctx.t, parsed.utc, parsed.zone, ctx.team_timezone)),
        (ctx.t("reminder.field.who"), row.owner.display_name if row.owner else "-"),
        (ctx.t("reminder.field.what"), row.text or "-"),
    ]
    return Card(
        title=ctx.t("reminder.set", number=row.id),
        fields=tuple(fields),
        body="\n".join(clocks.notes(ctx.t, parsed.notes)),
        buttons=(Button(ctx.t("button.cancel"), "reminder.cancel", {"delivery": str(row.id)}, "danger"),),
        footer=ctx.t("reminder.cancel_hint", number=row.id),
    )


@router.intent(
    "agenda",
    describe="what is due for me today, my reminders, my to-do list",
)
async def agenda(ctx: CommandContext, command: Command) -> Reply:
    found = await reminders.agenda(ctx.actor, ctx.clock, ctx.team_timezone)
    if not found.overdue and not found.today:
        return Text(ctx.t("agenda.empty"))
    lines = [ctx.t("agenda.overdue")] if found.overdue else []
    lines += [_agenda_line(ctx, row) for row in found.overdue]
    if found.today:
        lines.append(ctx.t("agenda.today"))
        lines += [_agenda_line(ctx, row) for row in found.today]
    return Card(title=ctx.t("agenda.title"), body="\n".join(lines), footer=ctx.t("agenda.footer"))


def _agenda_line(ctx: CommandContext, row: Delivery) -> str:
    when = clocks.wall(ctx.t, row.due_at, ctx.team_timezone)
    who = f"@{row.creator.handle}" if row.creator else ""
    what = row.text or (ctx.t("agenda.touch", step=row.step) if row.step else "")
    return f"#{row.id} {when} {who} {what}".rstrip()


@router.intent(
    "cancel",
    reads=("number",),
    args=Numbered,
    writes=True,
    describe="cancel a reminder (by the number the bot showed) or a creator's scheduled outreach",
)
async def cancel(ctx: CommandContext, command: Command) -> Reply:
    number = command.arg(Numbered).number
    if number is not None:
        row = await reminders.cancel(ctx.actor, number, ctx.clock)
        return Text(cancelled(ctx, row))
    if command.creators:
        creators = await find_creators(ctx.actor, command.creators, access=permissions.CHANGE)
        stopped = await outreach.cancel_sequences(ctx.actor, [c.id for c in creators], ctx.clock)
        handles = " ".join(f"@{c.handle}" for c in creators)
        if not stopped:
            return Text(ctx.t("cancel.nothing_for", handles=handles))
        return Text(ctx.t("cancel.outreach_done", handles=handles, count=stopped))
    return Text(ctx.t("cancel.which"))


@router.intent(
    "set_send_window",
    reads=("window",),
    args=Window,
    writes=True,
    describe="set the days and hours in which outreach may be sent",
)
async def set_send_window(ctx: CommandContext, command: Command) -> Reply:
    window = command.arg(Window).window
    if window is not None:  # reading the current window is for everyone; changing it for leads
        await roles.require(ctx.actor, "send_window", permissions.can_set_send_window(ctx.actor))
    if window is None:
        current = await outreach.load_window(ctx.actor.workspace_id)
        return Text(ctx.t("window.unreadable", current=describe_window(current, ctx.locale)))
    await outreach.save_window(ctx.actor, window, ctx.clock)
    saved = await outreach.load_window(ctx.actor.workspace_id)
    return Text(ctx.t("window.set", window=describe_window(saved, ctx.locale)))


# ---- the reminder card the bot posts at the due moment, and its buttons ----------------------------------


def render_due(
    t: Catalog, item: DueItem, draft: TouchDraft | None = None, pitch: Pitch | None = None
) -> Card:
    """The card posted when a reminder or outreach touch is due."""
    number = {"delivery": str(item.delivery_id)}
    late = (
        [t("due.late", hours=round(item.late_by / timedelta(hours=1), 1))]
        if item.late_by > LATE_AFTER
        else []
    )
    if item.kind == "outreach":
        return _render_touch(t, item, number, late, draft, pitch or Pitch())
    fields = [(t("reminder.field.what"), item.text or "-")]
    if item.creator_handle:
        fields.append((t("reminder.field.creator"), f"@{item.creator_handle}"))
    fields.append((t("reminder.field.when"), clocks.wall(t, item.due_at, item.zone)))
    return Card(
        title=t("due.reminder_title", number=item.delivery_id),
        fields=tuple(fields),
        body="\n".join(late),
        buttons=(
            Button(t("button.done"), "delivery.done", number, "primary"),
            Button(t("button.snooze"), "delivery.snooze", number),
        ),
    )


def _render_touch(
    t: Catalog,
    item: DueItem,
    number: Mapping[str, str],
    late: list[str],
    draft: TouchDraft | None,
    pitch: Pitch,
) -> Card:
    handle = f"@{item.creator_handle}"
    fields = [(t("reminder.field.creator"), handle)]
    if item.creator_zone:
        fields.append((t("due.local_now"), clocks.wall(t, item.due_at + item.late_by, item.creator_zone)))
    fields.append((t("due.step"), t("due.step_of", step=item.step)))
    if draft is not None and item.step == 1:  # the first touch in the creator's language, checkable in ours
        message = [draft.text, t("due.back_translation", text=draft.back_translation)]
    elif item.step == 1:
        message = [first_message(t, handle, pitch)]
    else:
        message = [t(f"outreach.draft.step{min(item.step, 3)}", handle=handle)]
    return Card(
        title=t("due.touch_title", handle=handle, number=item.delivery_id),
        fields=tuple(fields),
        body="\n".join([*late, t("due.draft_label"), *message]),
        buttons=(
            Button(t("button.sent"), "delivery.done", number, "primary"),
            Button(t("button.snooze"), "delivery.snooze", number),
            Button(t("button.skip"), "delivery.skip", number, "danger"),
        ),
    )


def first_message(t: Catalog, handle: str, pitch: Pitch) -> str:
    """The first touch in the team's language: the brand and the campaign's products when set, else worded
    without them (never a stand-in such as "我们的新品")."""
    key = "outreach.draft.step1" + ("_brand" if pitch.brand else "") + ("_product" if pitch.product else "")
    return t(key, handle=handle, brand=pitch.brand, product=pitch.product)


def _number(value: Mapping[str, str]) -> int:
    return int(value.get("delivery", "0") or 0)


@router.action("delivery.done")
async def done(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    result = await outreach.touch_sent(ctx.actor, _number(value), ctx.scheduler, ctx.clock)
    row = result.delivery
    if result.next_touch is not None:
        next_at = clocks.both(ctx.t, result.next_touch.due_at, result.next_touch.zone, ctx.team_timezone)
        toast = ctx.t("due.sent_next", next=next_at)
    elif result.unanswered and row.creator is not None:
        toast = ctx.t("quota.unanswered_stop", handle=f"@{row.creator.handle}", count=result.unanswered)
    else:
        toast = ctx.t("due.done")
    return ActionResult(toast=toast, card=Card(title=ctx.t("due.closed_title", number=row.id), body=toast))


@router.action("delivery.snooze")
async def snooze(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    row = await reminders.snooze(ctx.actor, _number(value), ctx.scheduler, ctx.clock)
    at = clocks.wall(ctx.t, row.due_at, ctx.team_timezone)
    toast = ctx.t("due.snoozed", when=at)
    return ActionResult(toast=toast, card=Card(title=ctx.t("due.closed_title", number=row.id), body=toast))


@router.action("delivery.skip")
async def skip(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    row = await outreach.touch_skipped(ctx.actor, _number(value), ctx.clock)
    toast = ctx.t("due.skipped")
    return ActionResult(toast=toast, card=Card(title=ctx.t("due.closed_title", number=row.id), body=toast))


def cancelled(ctx: CommandContext, row: Delivery) -> str:
    """ "已取消 #7：第5天提醒发内容 …（原定 周一 11/30 10:00 北京(CST)）": what, never a bare number."""
    t = ctx.t
    handle = f"@{row.creator.handle}" if row.creator is not None else ""
    if row.kind == DeliveryKind.OUTREACH:
        what = t("cancel.what_touch", handle=handle, step=row.step)
        when = clocks.both(t, row.due_at, row.zone, ctx.team_timezone)
    else:
        if row.kind == DeliveryKind.DIGEST:
            what = t("cancel.what_digest")
        else:
            text = row.text or "-"
            what = text if not handle or handle in text else f"{handle} {text}"
        when = clocks.wall(t, row.due_at, ctx.team_timezone)
    lines = [t("cancel.done_what", number=row.id, what=what, when=when)]
    if reminders.is_deadline(row):
        lines.append(t("cancel.deadline_kept"))
    return "\n".join(lines)


@router.action("reminder.cancel")
async def cancel_button(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    row = await reminders.cancel(ctx.actor, _number(value), ctx.clock)
    toast = cancelled(ctx, row)
    return ActionResult(toast=toast, card=Card(title=ctx.t("due.closed_title", number=row.id), body=toast))
