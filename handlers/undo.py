"""undo ("撤销", "不对，撤回", "undo that"): thin over workflows/undo, saying exactly what was put back."""

from __future__ import annotations

import re
from datetime import datetime

from handlers import clocks
from handlers import format as fmt
from handlers.command import Command
from handlers.replies import Reply, Text
from handlers.routing import CommandContext, Router
from i18n import Catalog
from workflows import undo as undo_flow
from workflows.send_window_text import describe_window_parts
from workflows.undo import CannotUndo, NothingToUndo, Reverted, UndoError

router = Router("undo", help=("help.undo",), order=140)
MAX_TEXT = 80  # a note's or reminder's text quoted in the answer
_WINDOW = re.compile(r"^([0-6](?:,[0-6])*) (\d\d):(\d\d)-(\d\d):(\d\d)$")


@router.intent(
    "undo",
    writes=True,
    describe="undo the bot's last change ('撤销', '不对，撤回', 'undo that')",
)
async def undo(ctx: CommandContext, command: Command) -> Reply:
    t = ctx.t
    try:
        done = await undo_flow.undo_last(ctx.actor, ctx.clock, scheduler=ctx.scheduler)
    except UndoError as error:
        return Text(refusal(t, error))
    lines = [line(t, item) for item in done.items]
    if len(lines) == 1:
        answer = t("undo.done", what=lines[0])
    else:
        answer = t("undo.done_many", count=len(lines), what="\n".join(f"• {x}" for x in lines))
    return Text(f"{answer}\n{t('undo.more')}")


def refusal(t: Catalog, error: UndoError) -> str:
    match error:
        case NothingToUndo(minutes=minutes):
            return t("undo.nothing", minutes=minutes)
        case CannotUndo(reason="in_use", action=action, now=now) if f"undo.cannot.in_use.{action}" in t:
            return t(f"undo.cannot.in_use.{action}", what=_what(t, error))
        case CannotUndo(reason="in_use", now=now):
            return t("undo.cannot.in_use", what=_what(t, error), now=t(f"undo.ref.{now}"))
        case CannotUndo(reason="sent", now=now):
            return t("undo.cannot.sent", what=_what(t, error), now=_status(t, now))
        case CannotUndo(reason="changed", action=action, now=now):
            return t("undo.cannot.changed", what=_what(t, error), now=_value(t, action, now) or "-")
        case CannotUndo():
            return t("undo.cannot.gone", what=_what(t, error))
    return t("error.generic")


def _what(t: Catalog, error: CannotUndo) -> str:
    return t(f"undo.what.{error.action}", target=_target(error.action, error.target, error.number))


def _target(action: str, target: str, number: int | None) -> str:
    if (
        action.startswith(("glossary.", "member.", "brand.", "campaign.add", "campaign.product"))
        or not target
    ):
        return target or (f"#{number}" if number is not None else "")
    handle = f"@{target}"
    return f"{handle} #{number}" if number is not None else handle


def line(t: Catalog, item: Reverted) -> str:
    """One reverted entry as a sentence: what it is now and what was undone."""
    action, before, after = item.action, item.before, item.after
    key = f"undo.line.{action}" + (".new" if before is None and action in _NEW_VARIANT else "")
    return t(
        key,
        handle=f"@{item.target}",
        term=item.target,
        number=item.number if item.number is not None else "",
        before=_value(t, action, before) or t("undo.nobody"),
        after=_value(t, action, after) or "-",
        text=_short(_reminder(t, item) if action == "reminder.add" else after or ""),
        amount=item.amount or "",
    )


# actions whose answer differs when there was nothing before the change
_NEW_VARIANT = frozenset(
    {"quota.set", "glossary.set", "send_window.set", "digest.add", "offer.set", "brand.set"}
)


def _value(t: Catalog, action: str, value: str | None) -> str | None:
    """A language-neutral value from the workflow in the reader's language."""
    if value is None:
        return None
    if action == "creator.stage":
        return fmt.stage_name(t, value)
    if action == "creator.edit":  # the fields' names (workflows/records.EDITABLE)
        return t("records.sep").join(t(f"records.field.{n}") for n in value.split(",") if n)
    if action.startswith("payment.") and f"payment.status.{value}" in t:
        return t(f"payment.status.{value}")
    if action == "send_window.set":
        return _window(t, value)
    if action == "member.role" and f"role.{value}" in t:
        return t(f"role.{value}")
    if action == "reminder.move" and "|" in value:
        at, _, zone = value.partition("|")
        return clocks.day_and_time(t, datetime.fromisoformat(at), zone)
    if action == "digest.add" and f"digest.name.{value}" in t:
        return t(f"digest.name.{value}")
    return value


def _window(t: Catalog, value: str) -> str:
    match = _WINDOW.match(value)
    if match is None:
        return value
    days = frozenset(int(d) for d in match.group(1).split(","))
    start = int(match.group(2)) * 60 + int(match.group(3))
    end = int(match.group(4)) * 60 + int(match.group(5))
    return describe_window_parts(days, start, end, t.locale)


def _status(t: Catalog, status: str) -> str:
    key = f"status.{status}"
    return t(key) if key in t else status


def _reminder(t: Catalog, item: Reverted) -> str:
    """A cancelled reminder as its card said it (its text, else following up its creator)."""
    return fmt.reminder_what(t, item.after or "", item.target or None)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"
