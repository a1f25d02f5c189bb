"""The "你是想……？" card: the two or three likely actions as buttons, or one write to confirm."""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.command import Command
from handlers.replies import ActionResult, Button, Card, Reply, Text
from i18n import Catalog

PICK = "nlu.pick"
NONE = "none"


def intent_label(t: Catalog, intent: str, creators: tuple[str, ...] = ()) -> str:
    handles = " ".join(f"@{c}" for c in creators[:3])
    return f"{t(f'intent.{intent}')} {handles}".strip()


def clarification_card(t: Catalog, clarification_id: int, command: Command) -> Card:
    """One choice: a write to confirm ("确认一下"); several: which one was meant."""
    number = str(clarification_id)
    choices = command.alternatives
    buttons = [
        Button(
            label=intent_label(t, intent, command.creators),
            action_id=PICK,
            value={"id": number, "intent": intent},
            style="primary" if i == 0 else "default",
        )
        for i, intent in enumerate(choices)
    ]
    buttons.append(Button(label=t("clarify.none"), action_id=PICK, value={"id": number, "intent": NONE}))
    quoted = command.source if len(command.source) <= 80 else command.source[:79] + "…"
    key = "clarify.confirm" if len(choices) == 1 else "clarify.which"
    return Card(title=t(f"{key}.title"), body=t(f"{key}.body", text=quoted), buttons=tuple(buttons))


def picked_result(t: Catalog, intent: str, reply: Reply) -> ActionResult:
    """The answer to a pick replaces the question card: the command's own card, or its text in one."""
    toast = t("clarify.picked", action=t(f"intent.{intent}"))
    if isinstance(reply, Card):
        return ActionResult(toast=toast, card=reply)
    body = reply.text if isinstance(reply, Text) else t("clarify.done")
    return ActionResult(toast=toast, card=Card(title=t(f"intent.{intent}"), body=body))


def none_result(t: Catalog) -> ActionResult:
    return ActionResult(
        toast=t("clarify.nothing_done"),
        card=Card(title=t("clarify.nothing_done"), body=t("clarify.rephrase")),
    )


_TYPED = re.compile(r"^\s*(?:选|pick|option)?\s*([1-9])\s*[.。!！]?\s*$", re.IGNORECASE)


def typed_choice(t: Catalog, text: str) -> str | None:
    """A message that can only be an answer to a question: a digit, or a choice's label as shown."""
    stripped = text.strip()
    match = _TYPED.match(stripped)
    if match:
        return match.group(1)
    folded = stripped.casefold()
    from handlers import intent_specs

    labels = {t(f"intent.{i}").casefold() for i in intent_specs()}
    labels |= {t("clarify.none").casefold(), "none", "不是"}
    return stripped if folded in labels else None


def choice_for(t: Catalog, choices: Sequence[str], typed: str) -> str | None:
    """The intent a typed answer names: its number in the card (the last number is "none"), or a label."""
    if typed.isdigit():
        number = int(typed)
        if 1 <= number <= len(choices):
            return choices[number - 1]
        return NONE if number == len(choices) + 1 else None
    folded = typed.casefold()
    if folded in (t("clarify.none").casefold(), "none", "都不是", "不是"):
        return NONE
    return next((c for c in choices if t(f"intent.{c}").casefold() == folded), None)


def as_reply(result: ActionResult) -> Reply:
    """A typed answer gets a message, not a replaced card."""
    return result.card if result.card is not None else Text(result.toast)
