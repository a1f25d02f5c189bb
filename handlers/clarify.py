"""The "你是想……？" card: the two or three likely actions as buttons, or one write to confirm."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from handlers.command import Command
from handlers.replies import ActionResult, Button, Card, Reply, Text
from i18n import Catalog
from workflows.open_cards import Choice

PICK = "nlu.pick"
NONE = "none"


def intent_label(t: Catalog, intent: str, creators: tuple[str, ...] = ()) -> str:
    handles = " ".join(f"@{c}" for c in creators[:3])
    return f"{t(f'intent.{intent}')} {handles}".strip()


def clarification_card(t: Catalog, clarification_id: int, command: Command) -> Card:
    """One write to confirm ("确认一下"); otherwise which one was meant ("你是想……？")."""
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
    key = "clarify.confirm" if len(choices) == 1 and _writes(choices[0]) else "clarify.which"
    return Card(title=t(f"{key}.title"), body=t(f"{key}.body", text=quoted), buttons=tuple(buttons))


def _writes(intent: str) -> bool:
    """ "… changes data, is this what you meant?" only for an intent that does: one read-only choice is a
    plain "did you mean…?"."""
    from handlers import intent_specs  # the features are found by walking this package: not at import

    spec = intent_specs().get(intent)
    return spec is not None and spec.writes


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


# ---- a choice typed instead of pressed ("1", "确认", "已发送"), on any card with buttons ----
#
# Strict on purpose: the whole message, minus spaces and punctuation, must be a number or one of these words
# (or a label of a button on an open card); "1分钟后提醒我…" or "完成了 @amy 的视频" go to understanding.

CONFIRM, DONE, SNOOZE, SKIP, CANCEL, CHANGE = "confirm", "done", "snooze", "skip", "cancel", "change"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MEANINGS: dict[str, frozenset[str]] = {  # what a typed word means, both languages (people mix them)
    CONFIRM: _words(
        "确认 确定 确认外联 确认发送 确认导入 仍然确认 仍然记录 好 好的 好滴 好嘞 可以 行 没问题 是 是的 对 "
        "同意 ok okay okk yes y yep yeah sure confirm confirmed confirmanyway recordanyway"
    ),
    DONE: _words(
        "完成 已完成 完成了 搞定 搞定了 已发送 已发 发了 发送了 已经发了 已处理 处理了 done sent finished"
    ),
    SNOOZE: _words("推迟 推迟1小时 推迟一小时 稍后 晚点 延后 snooze snooze1h later"),
    SKIP: _words("跳过 不发了 skip"),
    CANCEL: _words("取消 算了 不要了 不用了 cancel"),
    CHANGE: _words("修改 改一下 change edit"),
    NONE: _words("都不是 不是 none noneofthese neither"),
}
_CN = "一二三四五六七八九"
_NUMERALS = {c: n for n, c in enumerate(_CN, 1)}
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_NUMBER = re.compile(r"^(?:选|选择|pick|option|choose)?第?([1-9])(?:个|项|号)?$")
_CN_NUMBER = re.compile(rf"^(?:选|选择)?(?:第([{_CN}])(?:个|项)?|([{_CN}])(?:个|项))$")
_ORDINAL = re.compile(r"^(?:the)?(first|second|third|fourth|1st|2nd|3rd|4th)(?:one)?$")
_NOISE = re.compile(r"[\s\W_]+")  # spaces, punctuation, emoji
_SHORT = 24  # longer than this (normalised) is never a typed choice


@dataclass(frozen=True, slots=True)
class Typed:
    """A message read as a choice: `number` (1-based), else `word` (normalised) and what it means.
    `strict`: a number or a known choice word — answered even when no card is open ("没有待确认的卡片");
    otherwise it may only be a button's own label, and goes to understanding when no card shows it."""

    word: str
    number: int | None = None
    meaning: str | None = None
    strict: bool = True


def normal(text: str) -> str:
    return _NOISE.sub("", text).casefold()


def typed_choice(t: Catalog, text: str) -> Typed | None:
    """What a short message means as a choice, or None when it is too long to be one."""
    word = normal(text)
    if not word or len(word) > _SHORT:
        return None
    if "@" in text:  # "完成了 @amy 的视频" is a command; only a button's label ("移动阶段 @amy") may match
        return Typed(word, strict=False)
    if match := _NUMBER.match(word):
        return Typed(word, number=int(match.group(1)))
    if match := _CN_NUMBER.match(word):
        return Typed(word, number=_NUMERALS[match.group(1) or match.group(2)])
    if match := _ORDINAL.match(word):
        return Typed(word, number=_ORDINALS[match.group(1)])
    meaning = next((m for m, words in MEANINGS.items() if word in words), None)
    # Anything else short may be a button's own label ("确认新成员 老赵", a question's "列出达人"), which
    # is also how commands are said ("团队成员"): it answers a card showing it, else is understood.
    return Typed(word, meaning=meaning, strict=meaning is not None)


def meaning_of(choice: Choice) -> str | None:
    """What a button does, as the typed words name it: the clarification's "none", the action's last word
    (`outreach.confirm`, `delivery.snooze`), else its label ("确认新成员 老赵" is not a synonym: None)."""
    if choice.action_id == PICK:
        return NONE if choice.value.get("intent") == NONE else None
    last = choice.action_id.rsplit(".", 1)[-1]
    if last in MEANINGS:
        return last
    label = normal(choice.label)
    return next((m for m, words in MEANINGS.items() if label in words), None)


def choice_in(t: Catalog, choices: Sequence[Choice], typed: Typed) -> int | None:
    """Which button of one card (its index) a typed choice answers, if any."""
    if typed.number is not None:
        return typed.number - 1 if typed.number <= len(choices) else None
    for i, choice in enumerate(choices):
        if normal(choice.label) == typed.word:
            return i
        label = f"intent.{choice.value.get('intent', '')}"
        if choice.action_id == PICK and label in t and normal(t(label)) == typed.word:
            return i
    if typed.meaning is None:
        return None
    meanings = [meaning_of(c) for c in choices]
    if typed.meaning in meanings:
        return meanings.index(typed.meaning)
    plain = [i for i, m in enumerate(meanings) if m is None]
    if typed.meaning == CONFIRM and len(plain) == 1:  # "确认" on a one-action card: "仍然记录", a pick
        return plain[0]
    return None


def options_line(choices: Sequence[Choice]) -> str:
    return "  ".join(f"{n}. {c.label}" for n, c in enumerate(choices, 1))


def card_not_yours(t: Catalog, name: str) -> Text:
    return Text(t("card.not_yours", name=name or "-"))


def card_expired(t: Catalog) -> Text:
    return Text(t("card.expired", minutes=30))


def card_none_open(t: Catalog) -> Text:
    return Text(t("card.none_open"))


def card_no_such_choice(t: Catalog, typed: str, choices: Sequence[Choice]) -> Text:
    return Text(t("card.no_such_choice", typed=typed, options=options_line(choices)))


def as_reply(result: ActionResult) -> Reply:
    """A typed answer gets a message, not a replaced card: the card the press would have shown, else the
    toast."""
    return result.card if result.card is not None else Text(result.toast)
