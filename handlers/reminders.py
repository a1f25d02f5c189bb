"""Reminders, the agenda, cancel, send windows, and the buttons on a reminder the bot posted."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Self
from zoneinfo import ZoneInfo

from handlers import clocks
from handlers import format as fmt
from handlers.command import Args, Command, Heard
from handlers.creators import add_creator
from handlers.replies import ActionResult, Button, Card, Reply, Text
from handlers.routing import CommandContext, Router
from i18n import Catalog
from models.creator import Creator
from models.enums import DeliveryKind
from models.schedule import Delivery
from workflows import clock_labels, digests, outreach, permissions, reminders, roles
from workflows.campaigns import Pitch
from workflows.creators import find_creators
from workflows.delivery import LATE_AFTER, DueItem
from workflows.digest_schedule import Cadence, DigestSpec, decode, encode, next_run
from workflows.digests import DigestUnreadable
from workflows.outreach import TouchDraft
from workflows.send_window import SendWindow, describe_window, parse_window
from workflows.timeparse import NO_TIME, Choices, TimeAsk, Unreadable, When, read_time
from workflows.timeparse.model import Granularity

router = Router(
    "reminders",
    help=("help.reminders.window", "help.reminders.remind", "help.reminders.repeat", "help.reminders.move"),
    order=50,
)


@dataclass(frozen=True, slots=True)
class Reminder(Args):
    when: TimeAsk | Unreadable = NO_TIME  # read once; on a clock in the handler
    text: str | None = None  # what to be reminded of, without the time words
    owner: str | None = None  # a teammate it is for; None = the asker
    repeat: DigestSpec | DigestUnreadable | None = None  # "每周五下午…": a cadence; None: once

    @classmethod
    def read(cls, heard: Heard) -> Self:
        found, repeat = cls.shared(heard), digests.read_repeat(heard.text)
        if repeat is not None:
            return replace(found, repeat=repeat, text=digests.without_repeat(found.text or "") or None)
        when = read_time(digests.cadence_blanked(heard.text))
        if isinstance(when, TimeAsk) and found.text:
            return replace(found, when=when, text=_without(found.text, when.span))
        return replace(found, when=when)


def _without(text: str, span: str) -> str | None:
    """The reminder's text without its time, and without the word that led into it ("at 3pm tomorrow"
    left "at" as a reminder's whole text)."""
    if span and span in text:
        lead = rf"(?:\b(?:at|on|by|around|before|from)\s+)?{re.escape(span)}"
        text = re.sub(lead, " ", text, flags=re.IGNORECASE)
    text = re.sub(r"^\s*(?:to|that)\s+", "", text, flags=re.IGNORECASE)  # "in 2 hours to check the DMs"
    return " ".join(text.split()).strip(" ,，。") or None


@dataclass(frozen=True, slots=True)
class Numbered(Args):
    number: int | None = None  # the number the bot showed ("取消提醒 3")


# "提醒 16", "#16", "reminder 16", "16号提醒", "第16条提醒": the reminder's number, never part of its new time
_REMINDER_NUMBER = re.compile(
    r"(?:#|提醒|reminder|no\.?)\s*#?\s*(\d{1,9})(?!\d)(?:\s*号)?|(?:第\s*)?(\d{1,9})\s*(?:号|条|個|个)?\s*(?:提醒|reminder)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class MoveTo(Args):
    number: int | None = None  # the reminder to move
    when: TimeAsk | Unreadable = NO_TIME  # its new time, read with the number blanked out

    @classmethod
    def read(cls, heard: Heard) -> Self:
        found = cls.shared(heard)
        match = _REMINDER_NUMBER.search(heard.text)
        if match is None:
            return replace(found, when=read_time(heard.text))
        rest = heard.text[: match.start()] + " " + heard.text[match.end() :]
        return replace(found, number=int(match.group(1) or match.group(2)), when=read_time(rest))


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
    creators, unknown = await reminders.named_creators(ctx.actor, command.creators)
    if args.repeat is not None:
        return await _repeating(ctx, command, args.repeat, creators, unknown)
    creator_tz = creators[0].timezone if creators else None
    parsed = (
        args.when.choices(now=ctx.clock.now(), team_tz=ctx.team_timezone, creator_tz=creator_tz)
        if isinstance(args.when, TimeAsk)
        else args.when
    )
    if isinstance(parsed, Unreadable):
        return unreadable(ctx.t, parsed.reason, parsed.span)
    if isinstance(parsed, Choices):
        pending = {
            "asker": str(ctx.actor.member_id),
            "text": args.text or "",
            "owner": args.owner or "",
            "creators": " ".join(command.creators[:1]),
            "source": command.source[:500],
        }
        return choice_card(ctx, parsed, "reminder.pick", pending)
    if "in_past" in parsed.notes:
        return Text(ctx.t("when.in_past", when=clocks.day_and_time(ctx.t, parsed.utc, parsed.zone)))
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
    return await _set_card(ctx, row, parsed, command, unknown)


async def _repeating(
    ctx: CommandContext,
    command: Command,
    repeat: DigestSpec | DigestUnreadable,
    creators: Sequence[Creator],
    unknown: Sequence[str],
) -> Reply:
    """ "每周五下午3点提醒我对账": the first occurrence on the team's clock; each one sent sets the next."""
    t = ctx.t
    if isinstance(repeat, DigestUnreadable):
        key = (
            "reminder.repeat_ambiguous" if repeat.reason == "ambiguous_time" else "reminder.repeat_unreadable"
        )
        return Text(t(key, example=t("example.repeat_reminder")))
    args = command.arg(Reminder)
    zone = ctx.team_timezone
    due = next_run(repeat, zone, ctx.clock.now())
    first = When(due, due.astimezone(ZoneInfo(zone)).replace(tzinfo=None), zone, "minute", "team", (), "")
    row = await reminders.add_reminder(
        ctx.actor,
        ctx.chat_id,
        first,
        args.text or "",
        owner=args.owner,
        creators=creators,
        scheduler=ctx.scheduler,
        clock=ctx.clock,
        source=command.source,
        repeat=encode(repeat),
    )
    card = await _set_card(ctx, row, first, command, unknown)
    notes = [t("reminder.repeat_default_time")] if not repeat.time_given else []
    if repeat.cadence == Cadence.MONTHLY and repeat.day_of_month > 28:
        notes.append(t("digest.note.month_end", day=repeat.day_of_month))
    cadence = f"{clocks.cadence_text(t, repeat)} {clock_labels.place_name(zone, t.locale)}"
    return replace(
        card,
        title=t("reminder.repeat_set", number=row.id),
        fields=(
            (t("reminder.field.repeat"), cadence),
            (t("reminder.field.next"), card.fields[0][1]),
            *card.fields[1:],
        ),
        body="\n".join(part for part in (card.body, *notes) if part),
        footer=t("reminder.repeat_hint", number=row.id),
    )


def choice_card(ctx: CommandContext, choices: Choices, action: str, value: Mapping[str, str]) -> Card:
    """ "“明天下午3点”指哪一天？" with one button per reading, each date written out; pressing one (or
    answering 1 / 2) carries the reading in the button's value and does what was asked with it."""
    t, now = ctx.t, ctx.clock.now()
    buttons, lines = [], []
    for number, when in enumerate(choices.readings, start=1):
        label = clocks.day_and_time(t, when.utc, when.zone, city=False)
        lines.append(f"{number}. {clocks.both(t, when.utc, when.zone, ctx.team_timezone)}")
        reading = {"utc": when.utc.isoformat(), "zone": when.zone, "granularity": when.granularity}
        buttons.append(Button(label, action, {**value, **reading}, "primary" if number == 1 else "default"))
    intro = "when.choose_now" if len(buttons) > 1 else "when.choose_now_one"
    return Card(
        title=t("when.choose_title", span=choices.span),
        body="\n".join([t(intro, now=clocks.day_and_time(t, now, ctx.team_timezone)), *lines]),
        buttons=tuple(buttons),
        footer=t("when.choose_footer", count=len(buttons)),
    )


def chosen(value: Mapping[str, str], span: str = "") -> When:
    """The reading a choice button carries, back as a `When` on its clock."""
    utc = datetime.fromisoformat(value["utc"]).astimezone(UTC)
    zone = value["zone"]
    granularity: Granularity = "day" if value.get("granularity") == "day" else "minute"
    local = utc.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    return When(utc, local, zone, granularity, "team", (), span)


async def _set_card(
    ctx: CommandContext,
    row: Delivery,
    parsed: When,
    command: Command | None = None,
    unknown: Sequence[str] = (),
) -> Card:
    await row.fetch_related("owner", "creator")
    creator = row.creator
    what = fmt.reminder_what(ctx.t, row.text, creator.handle if creator else None)
    fields = [
        (
            ctx.t("reminder.field.when"),
            clocks.both(
                ctx.t, parsed.utc, parsed.zone, ctx.team_timezone, clocks.of_creator(parsed.zone, creator)
            ),
        ),
        (ctx.t("reminder.field.who"), row.owner.display_name if row.owner else "-"),
        (ctx.t("reminder.field.what"), what),
    ]
    new = _not_in_pipeline(ctx, command, unknown, row.id) if command else ([], [])
    return Card(
        title=ctx.t("reminder.set", number=row.id),
        fields=tuple(fields),
        body="\n".join([*clocks.notes(ctx.t, parsed.notes), *new[0]]),
        buttons=(
            *new[1],
            Button(ctx.t("button.cancel"), "reminder.cancel", {"delivery": str(row.id)}, "danger"),
        ),
        footer=ctx.t("reminder.cancel_hint", number=row.id),
    )


def _not_in_pipeline(
    ctx: CommandContext, command: Command, unknown: Sequence[str], number: int
) -> tuple[list[str], list[Button]]:
    """A reminder naming someone not in the pipeline is set anyway; its card offers to add them."""
    if not unknown:
        return [], []
    typed = dict(zip(command.creators, command.typed_handles or command.creators, strict=False))
    handles = [typed.get(h, h) for h in unknown]
    line = ctx.t("reminder.not_in_pipeline", handles=" ".join(f"@{h}" for h in handles))
    buttons = [
        Button(
            ctx.t("reminder.add_creator", handle=f"@{h}"),
            "reminder.add_creator",
            {"handle": h, "delivery": str(number)},
        )
        for h in handles
    ]
    return [line], buttons


@router.intent(
    "agenda",
    describe="what is due for me today, my reminders, my to-do list",
)
async def agenda(ctx: CommandContext, command: Command) -> Reply:
    found = await reminders.agenda(ctx.actor, ctx.clock, ctx.team_timezone)
    if not found.overdue and not found.today and not found.repeating and not found.quiet:
        return Text(ctx.t("agenda.empty"))
    lines = [ctx.t("agenda.overdue")] if found.overdue else []
    lines += [_agenda_line(ctx, row) for row in found.overdue]
    if found.today:
        lines.append(ctx.t("agenda.today"))
        lines += [_agenda_line(ctx, row) for row in found.today]
    if found.repeating:
        lines.append(ctx.t("agenda.repeating"))
        lines += [_repeating_line(ctx, row) for row in found.repeating]
    if found.quiet:
        lines.append(ctx.t("agenda.quiet"))
        lines += [ctx.t("agenda.quiet_line", handle=q.handle, days=q.days) for q in found.quiet[:10]]
    return Card(title=ctx.t("agenda.title"), body="\n".join(lines), footer=ctx.t("agenda.footer"))


def _agenda_line(ctx: CommandContext, row: Delivery) -> str:
    when = clocks.wall(ctx.t, row.due_at, ctx.team_timezone)
    handle = row.creator.handle if row.creator else None
    if row.step:
        what = row.text or ctx.t("agenda.touch", step=row.step)
    else:
        what = fmt.reminder_what(ctx.t, row.text, handle)
    who = f"@{handle}" if handle and f"@{handle}" not in what else ""
    return " ".join(part for part in (f"#{row.id}", when, who, what) if part)


def _repeating_line(ctx: CommandContext, row: Delivery) -> str:
    """ "#17 🔁 每周五 15:00 对账（下次 12月11日 周五 15:00 北京）"."""
    t = ctx.t
    what = fmt.reminder_what(t, row.text, row.creator.handle if row.creator else None)
    return t(
        "agenda.repeating_line",
        number=row.id,
        cadence=clocks.cadence_text(t, decode(row.repeat)),
        what=what,
        next=clocks.day_and_time(t, row.due_at, row.zone),
    )


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
        return Text((await _cancel_number(ctx, number))[1])
    if command.creators:
        creators = await find_creators(ctx.actor, command.creators, access=permissions.CHANGE)
        stopped = await outreach.cancel_sequences(ctx.actor, [c.id for c in creators], ctx.clock)
        handles = " ".join(f"@{c.handle}" for c in creators)
        if not stopped:
            return Text(ctx.t("cancel.nothing_for", handles=handles))
        return Text(ctx.t("cancel.outreach_done", handles=handles, count=stopped))
    return Text(ctx.t("cancel.which"))


@router.intent(
    "move_reminder",
    args=MoveTo,
    writes=True,
    describe="move one of my reminders (by its number) to another time",
)
async def move_reminder(ctx: CommandContext, command: Command) -> Reply:
    args = command.arg(MoveTo)
    if args.number is None:
        return Text(ctx.t("reminder.move_which", example=ctx.t("example.move_reminder")))
    parsed = (
        args.when.choices(now=ctx.clock.now(), team_tz=ctx.team_timezone)
        if isinstance(args.when, TimeAsk)
        else args.when
    )
    if isinstance(parsed, Unreadable):
        if parsed.reason == "no_time":
            return Text(
                ctx.t("reminder.move_when", number=args.number, example=ctx.t("example.move_reminder"))
            )
        return unreadable(ctx.t, parsed.reason, parsed.span)
    if isinstance(parsed, Choices):
        pending = {"asker": str(ctx.actor.member_id), "number": str(args.number)}
        return choice_card(ctx, parsed, "reminder.move_pick", pending)
    return await _moved(ctx, args.number, parsed)


async def _moved(ctx: CommandContext, number: int, when: When) -> Card:
    moved = await reminders.move_reminder(ctx.actor, number, when, ctx.scheduler, ctx.clock)
    t = ctx.t
    return Card(
        title=t("reminder.moved", number=number),
        fields=(
            (t("reminder.field.what"), moved.row.text or "-"),
            (t("reminder.field.before"), clocks.day_and_time(t, moved.before, moved.before_zone)),
            (t("reminder.field.when"), clocks.day_and_time(t, when.utc, when.zone)),
        ),
        body="\n".join(clocks.notes(t, when.notes)),
        buttons=(Button(t("button.cancel"), "reminder.cancel", {"delivery": str(number)}, "danger"),),
        footer=t("reminder.moved_footer"),
    )


@router.action("reminder.move_pick")
async def move_pick(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    """A reading chosen for a reminder being moved; pressing again moves it to the same time (a no-op)."""
    if value.get("asker") != str(ctx.actor.member_id):
        return ActionResult(toast=ctx.t("when.choice_not_yours"))
    number, when = int(value.get("number", "0") or 0), chosen(value)
    current = await reminders.sent_row(ctx.actor, number)
    if current.due_at == when.utc:
        return ActionResult(toast=ctx.t("reminder.moved", number=number))
    card = await _moved(ctx, number, when)
    return ActionResult(toast=card.title, card=card)


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
    fields = [(t("reminder.field.what"), fmt.reminder_what(t, item.text, item.creator_handle))]
    if item.creator_handle:
        fields.append((t("reminder.field.creator"), f"@{item.creator_handle}"))
    fields.append(
        (t("reminder.field.when"), clocks.wall(t, item.due_at, item.zone, _region(item, item.zone)))
    )
    buttons = [
        Button(t("button.done"), "delivery.done", number, "primary"),
        Button(t("button.snooze"), "delivery.snooze", number),
    ]
    if item.repeat:  # the next occurrence is set as this one goes out
        fields.append((t("reminder.field.repeat"), clocks.cadence_text(t, decode(item.repeat))))
        buttons.append(Button(t("button.stop_repeat"), "reminder.stop_repeat", number, "danger"))
    return Card(
        title=t("due.reminder_title", number=item.delivery_id),
        fields=tuple(fields),
        body="\n".join(late),
        buttons=tuple(buttons),
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
        now = item.due_at + item.late_by
        fields.append((t("due.local_now"), clocks.wall(t, now, item.creator_zone, item.creator_region_name)))
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


def _region(item: DueItem, zone: str) -> str | None:
    """The creator's city or state, for a clock in `zone` that is the creator's own."""
    return clock_labels.region_on(zone, item.creator_zone, item.creator_region_name)


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
        touch = result.next_touch
        region = clocks.of_creator(touch.zone, row.creator)
        next_at = clocks.both(ctx.t, touch.due_at, touch.zone, ctx.team_timezone, region)
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
    """ "已取消 #7：第5天提醒发内容 …（原定 周一 11/30 10:00 北京 (UTC+8)）": what, never a bare number."""
    t = ctx.t
    handle = f"@{row.creator.handle}" if row.creator is not None else ""
    if row.kind == DeliveryKind.OUTREACH:
        what = t("cancel.what_touch", handle=handle, step=row.step)
        when = clocks.both(
            t, row.due_at, row.zone, ctx.team_timezone, clocks.of_creator(row.zone, row.creator)
        )
    else:
        if row.kind == DeliveryKind.DIGEST:
            what = t("cancel.what_digest")
        else:
            text = fmt.reminder_what(t, row.text, row.creator.handle if row.creator else None)
            what = text if not handle or handle in text else f"{handle} {text}"
        when = clocks.wall(t, row.due_at, ctx.team_timezone)
    lines = [t("cancel.done_what", number=row.id, what=what, when=when)]
    if reminders.is_deadline(row):
        lines.append(t("cancel.deadline_kept"))
    return "\n".join(lines)


def _repeat_stopped(ctx: CommandContext, row: Delivery) -> str:
    t = ctx.t
    what = fmt.reminder_what(t, row.text, row.creator.handle if row.creator else None)
    return t("reminder.repeat_stopped", number=row.series or row.id, what=what)


async def _cancel_number(ctx: CommandContext, number: int) -> tuple[int, str]:
    """ "取消提醒 N" and 取消 on a card: a repeating reminder's number (any of its series) stops the series;
    any other cancels that one row. The row answered for, and the words for it."""
    series = await reminders.stop_repeating(ctx.actor, number, ctx.clock)
    if series is not None:
        return series.id, _repeat_stopped(ctx, series)
    row = await reminders.cancel(ctx.actor, number, ctx.clock)
    return row.id, cancelled(ctx, row)


@router.action("reminder.stop_repeat")
async def stop_repeat_button(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    """ "停止重复" on a repeating reminder's card: no further occurrences (pressing twice is harmless)."""
    stopped = await reminders.stop_repeating(ctx.actor, _number(value), ctx.clock)
    if stopped is None:
        return ActionResult(toast=ctx.t("reminder.repeat_already_stopped"))
    return ActionResult(toast=_repeat_stopped(ctx, stopped))


@router.action("reminder.pick")
async def pick(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    """A reading chosen on the "which day?" card: the reminder is set for it (once, however often pressed)."""
    if value.get("asker") != str(ctx.actor.member_id):
        return ActionResult(toast=ctx.t("when.choice_not_yours"))
    handles = value.get("creators", "").split()
    creators, _ = await reminders.named_creators(ctx.actor, handles)
    row = await reminders.add_reminder(
        ctx.actor,
        ctx.chat_id,
        chosen(value),
        value.get("text", ""),
        owner=value.get("owner") or None,
        creators=creators,
        scheduler=ctx.scheduler,
        clock=ctx.clock,
        source=value.get("source", ""),
        once=True,
    )
    card = await _set_card(ctx, row, chosen(value))
    return ActionResult(toast=card.title, card=card)


@router.action("reminder.add_creator")
async def add_creator_button(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    """添加 @new 为达人, on the card of a reminder about @new: the same add as "添加达人 @new", then the
    reminder is tied to the creator."""
    handle = value.get("handle", "").lstrip("@")
    add = Command("add_creator", (handle.lower(),), (handle,), source=f"@{handle}")
    added = await add_creator(ctx, add)
    lines = [added.text] if isinstance(added, Text) else []
    creators, _ = await reminders.named_creators(ctx.actor, (handle.lower(),))
    if creators and await reminders.link_creator(ctx.actor, _number(value), creators[0]):
        lines.append(ctx.t("reminder.creator_linked", number=_number(value), handle=f"@{creators[0].handle}"))
    return ActionResult(toast="\n".join(lines))


@router.action("reminder.cancel")
async def cancel_button(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    number, toast = await _cancel_number(ctx, _number(value))
    return ActionResult(toast=toast, card=Card(title=ctx.t("due.closed_title", number=number), body=toast))
