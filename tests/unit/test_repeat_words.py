"""A repeating reminder's cadence is read where the reminder's time goes, never from its content."""

from __future__ import annotations

import pytest

from workflows.digest_schedule import Cadence, DigestSpec
from workflows.digests import DigestUnreadable, cadence_blanked, read_repeat, without_repeat


@pytest.mark.parametrize(
    ("text", "cadence", "hour", "minute", "content"),
    [
        ("每周五下午提醒我对账", Cadence.WEEKLY, 15, 0, "提醒我对账"),
        ("提醒我每周五下午3点对账", Cadence.WEEKLY, 15, 0, "提醒我 对账"),
        ("工作日每天早上9点半提醒我回消息", Cadence.WEEKDAYS, 9, 30, "提醒我回消息"),
        ("每月1号提醒我给达人打款", Cadence.MONTHLY, 9, 0, "提醒我给达人打款"),
        ("remind me to pay invoices every friday at 3pm", Cadence.WEEKLY, 15, 0, "remind me to pay invoices"),
        ("every weekday at 9:30 remind me to check DMs", Cadence.WEEKDAYS, 9, 30, "remind me to check DMs"),
        ("remind me every day to reply to creators", Cadence.DAILY, 9, 0, "remind me to reply to creators"),
    ],
)
def test_repeating(text: str, cadence: Cadence, hour: int, minute: int, content: str) -> None:
    spec = read_repeat(text)
    assert isinstance(spec, DigestSpec)
    assert (spec.cadence, spec.hour, spec.minute) == (cadence, hour, minute)
    assert without_repeat(text) == content


@pytest.mark.parametrize(
    "text",
    [
        "明天提醒我交周报",
        "明天下午3点提醒我问 @amy 每天发几条",
        "remind me tomorrow at 3pm to ask everyone",
        "1小时后提醒我",
    ],
)
def test_one_off(text: str) -> None:
    assert read_repeat(text) is None


def test_a_bare_hour_is_not_guessed() -> None:
    assert read_repeat("每周三3点提醒我开会") == DigestUnreadable("ambiguous_time")


def test_content_cadence_is_blanked_for_the_time_parser_only_after_the_verb() -> None:
    blanked = cadence_blanked("明天下午3点提醒我问 @amy 每天发几条")
    assert blanked.startswith("明天下午3点提醒我问 @amy") and "每天" not in blanked
    assert cadence_blanked("每周五提醒我") == "每周五提醒我"
