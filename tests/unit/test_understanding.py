"""Specific phrasings and the `creatorbot parse` JSON contract."""

from __future__ import annotations

import pytest

from bot.nlu.understand import understand
from handlers.command import Command


@pytest.mark.parametrize(
    ("text", "intent", "creators"),
    [
        ("把@amy、@bob和@carla都移到谈判中", "set_stage", ["amy", "bob", "carla"]),
        ("把 @amy，@bob 移到 negotiating", "set_stage", ["amy", "bob"]),
        ("＠ａｍｙ　已寄样", "set_stage", ["amy"]),  # full-width @, letters and space
        ("@Amy_Beauty 已回复", "set_stage", ["amy_beauty"]),
        ("看看amy_beauty", "show_creator", ["amy_beauty"]),
        ("@amy", "show_creator", ["amy"]),
        ("添加达人 @usa_beauty 英国", "add_creator", ["usa_beauty"]),
        ("添加达人 @amy 邮箱 amy@x.com", "add_creator", ["amy"]),
        ("你好", "unknown", []),
        ("", "unknown", []),
    ],
)
def test_phrasings(text: str, intent: str, creators: list[str]) -> None:
    command = understand(text)
    assert (command.intent, list(command.creators)) == (intent, creators)


def _shape(command: Command) -> dict[str, object]:
    """`parse`'s JSON without the model's confidence (checked on its own below)."""
    got = command.to_json()
    assert 0.0 <= got.pop("confidence") <= 1.0
    return got


def test_add_creator_slots() -> None:
    got = _shape(understand("添加达人 @amy_beauty TikTok 美国加州 粉丝12万 英语 邮箱 amy@x.com"))
    assert got == {
        "intent": "add_creator",
        "creators": ["amy_beauty"],
        "platform": "tiktok",
        "country": "US",
        "region": "California",
        "language": "en",
        "followers": 120000,
        "email": "amy@x.com",
        "email_typo": None,
    }


def test_handle_country_is_not_read_from_the_handle() -> None:
    assert understand("添加达人 @usa_beauty 英国").args.country == "GB"


def test_stage_aliases_in_both_languages_reach_the_same_key() -> None:
    for text in ("@amy 已寄样", "@amy 已发样", "mark @amy as sample sent", "move @amy to shipped"):
        assert understand(text).args.stage == "sample_shipped", text


def test_unknown_stage_is_kept_for_the_error_message() -> None:
    command = understand("把 @amy 移到已上架")
    assert (command.intent, command.args.stage, command.args.stage_text) == ("set_stage", None, "已上架")


def test_mentioned_teammates_are_not_creators() -> None:
    command = understand("@amy 交给 @小王 跟进", member_names=["小王"])
    assert (command.creators, command.args.owner) == (("amy",), "小王")


def test_payment_and_text_slots() -> None:
    assert _shape(understand("@amy 已付 1,200 美元")) == {
        "intent": "record_payment",
        "creators": ["amy"],
        "amount": "1200",
        "currency": "USD",
        "yen": False,
        "method": "",
        "kind": None,
        "due": None,
    }
    assert understand("备注 @amy：想要20%佣金，样品下周寄。").args.text == "想要20%佣金，样品下周寄。"


def test_the_time_is_read_once_and_printed_as_typed_without_a_clock() -> None:
    assert _shape(understand("给 @amy @bob 安排外联，达人当地时间明天上午10点")) == {
        "intent": "schedule_outreach",
        "creators": ["amy", "bob"],
        "when": "达人当地时间明天上午10点",
    }


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("remind me tomorrow at 3pm to call @amy", "call @amy"),  # was "morrow at 3pm to call @amy"
        ("remind me to call @amy tomorrow at 3pm", "call @amy"),
        ("remind me in 2 hours to check the DMs", "check the DMs"),
        ("remind us today at 5pm that the live starts", "the live starts"),
        ("明天下午3点提醒我跟进 @amy", "跟进 @amy"),
    ],
)
def test_an_english_reminder_keeps_its_words_whole(text: str, what: str) -> None:
    assert understand(text).args.text == what
