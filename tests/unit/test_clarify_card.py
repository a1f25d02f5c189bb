"""The clarification card says "changes data, please confirm" only for an intent that changes data."""

from __future__ import annotations

from handlers.clarify import clarification_card
from handlers.command import Command
from i18n import Catalog

EN = Catalog("en")


def test_one_read_only_choice_is_a_plain_did_you_mean() -> None:
    card = clarification_card(
        EN, 7, Command(intent="unknown", source="what's the weather", alternatives=("agenda",))
    )
    assert card.title == EN("clarify.which.title") and "changes data" not in card.body


def test_one_write_is_confirmed() -> None:
    command = Command(intent="set_stage", creators=("amy",), source="@amy 回了", alternatives=("set_stage",))
    card = clarification_card(EN, 8, command)
    assert card.title == EN("clarify.confirm.title") and "changes data" in card.body
