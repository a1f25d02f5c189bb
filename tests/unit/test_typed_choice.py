"""The typed-choice matcher (handlers/clarify.py): strict — only a whole message that is a number or a choice
word is taken for an answer — and which button of a card each typed word presses; the WeCom hint line."""

from __future__ import annotations

import pytest

from bot.adapters.wecom import render
from handlers.clarify import (
    CANCEL,
    CONFIRM,
    DONE,
    PICK,
    SKIP,
    SNOOZE,
    Typed,
    choice_in,
    typed_choice,
)
from handlers.replies import Button, Card
from i18n import Catalog
from workflows.open_cards import Choice

ZH, EN = Catalog("zh_CN"), Catalog("en")
PLAN = (
    Choice("确认", "outreach.confirm", {"plan": "1"}),
    Choice("修改", "outreach.change", {"plan": "1"}),
    Choice("取消", "outreach.cancel", {"plan": "1"}),
)
TOUCH = (
    Choice("已发送", "delivery.done", {"delivery": "3"}),
    Choice("推迟1小时", "delivery.snooze", {"delivery": "3"}),
    Choice("跳过", "delivery.skip", {"delivery": "3"}),
)
REMINDER_EN = (Choice("Done", "delivery.done", {"delivery": "4"}), Choice("Snooze 1h", "delivery.snooze", {}))
PAY_AGAIN = (Choice("仍然记录", "payment.again", {"creator": "amy"}),)
CONFIRM_WRITE = (
    Choice("移动阶段 @amy", PICK, {"id": "9", "intent": "set_stage"}),
    Choice("都不是", PICK, {"id": "9", "intent": "none"}),
)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("1", 1),
        (" 2。", 2),
        ("第一个", 1),
        ("第2个", 2),
        ("选3", 3),
        ("二个", 2),
        ("option 2", 2),
        ("first", 1),
    ],
)
def test_numbers(text: str, number: int) -> None:
    typed = typed_choice(ZH, text)
    assert typed is not None and typed.number == number and typed.strict


@pytest.mark.parametrize(
    ("text", "meaning"),
    [
        ("确认", CONFIRM),
        ("确认外联", CONFIRM),
        ("好的👍", CONFIRM),
        ("OK!", CONFIRM),
        ("已发送", DONE),
        ("sent", DONE),
        ("完成", DONE),
        ("Done.", DONE),
        ("推迟", SNOOZE),
        ("snooze", SNOOZE),
        ("跳过", SKIP),
        ("skip", SKIP),
        ("取消", CANCEL),
        ("cancel", CANCEL),
    ],
)
def test_choice_words(text: str, meaning: str) -> None:
    typed = typed_choice(ZH, text)
    assert typed is not None and typed.meaning == meaning and typed.strict


@pytest.mark.parametrize(
    "text",
    [
        "1分钟后提醒我喝水",
        "完成了 @amy 的视频",
        "确认 @amy 谈判中",
        "今天把 @amy 的样品寄了吗？？" * 3,
        "团队成员",
    ],
)
def test_ordinary_messages_are_not_strict_choices(text: str) -> None:
    typed = typed_choice(ZH, text)
    assert typed is None or (not typed.strict and typed.number is None and typed.meaning is None)


def _pick(choices: tuple[Choice, ...], text: str, t: Catalog = ZH) -> int | None:
    typed = typed_choice(t, text)
    assert typed is not None
    return choice_in(t, choices, typed)


def test_which_button_a_word_presses() -> None:
    assert [_pick(PLAN, w) for w in ("确认", "ok", "1", "修改", "3", "取消", "4", "跳过")] == [
        0,
        0,
        0,
        1,
        2,
        2,
        None,
        None,
    ]
    assert [_pick(TOUCH, w) for w in ("已发送", "完成", "done", "推迟", "推迟1小时", "跳过", "确认")] == [
        0,
        0,
        0,
        1,
        1,
        2,
        None,
    ], "确认 on a due touch is not 已发送: too easy to say by mistake"
    assert [_pick(REMINDER_EN, w, EN) for w in ("done", "Snooze 1h", "later", "skip")] == [0, 1, 1, None]
    assert _pick(PAY_AGAIN, "确认") == 0, "a one-action card is confirmed by a yes-word"
    assert _pick(PAY_AGAIN, "仍然记录") == 0
    assert [_pick(CONFIRM_WRITE, w) for w in ("确认", "是", "都不是", "移动阶段 @amy", "移动阶段 @bob")] == [
        0,
        0,
        1,
        0,
        None,
    ]


def test_a_question_choice_is_typed_by_its_intent_label() -> None:
    typed = Typed(word="移动阶段")
    assert choice_in(ZH, CONFIRM_WRITE, typed) == 0


def test_wecom_numbered_buttons_say_they_can_be_typed() -> None:
    zh = Card(title="外联计划（1 位达人）", buttons=(Button("确认", "outreach.confirm"), Button("取消", "x")))
    en = Card(title="Outreach plan", buttons=(Button("Confirm", "outreach.confirm"), Button("Cancel", "x")))
    assert "1. 确认 2. 取消\n回复编号或按钮上的字即可，例如「1」或「确认」" in render.plain(zh)
    assert 'Reply with the number or the word, e.g. "1" or "Confirm"' in render.markdown(en)
    assert "回复编号" not in render.plain(Card(title="无按钮"))
