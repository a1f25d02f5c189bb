"""bot/nlu/decide: act, ask, or fall back — on made-up probabilities, not on the shipped model."""

from __future__ import annotations

from bot.nlu.decide import decide

WRITES = frozenset({"set_stage"})


def _ranked(*top: tuple[str, float]) -> list[tuple[str, float]]:
    """`top`, then the rest of the probability spread thinly over other intents (as a model spreads it)."""
    rest = 1.0 - sum(p for _, p in top)
    return [*top, *((f"other_{i}", rest / 20) for i in range(20))]


def test_a_sure_read_acts() -> None:
    assert decide([("list_creators", 0.9), ("help", 0.05)], creators=0, writes=WRITES).choices == ()


def test_two_close_readings_are_asked() -> None:
    decision = decide(_ranked(("set_stage", 0.4), ("add_note", 0.38)), creators=1, writes=WRITES)
    assert decision.choices == ("set_stage", "add_note")


def test_an_unsure_help_is_answered_by_the_fallback_not_asked() -> None:
    """'Did you mean: help?' with help the only choice is no question: the fallback suggests instead."""
    decision = decide(
        _ranked(("help", 0.28), ("unknown", 0.25), ("payments_owed", 0.06)), creators=0, writes=WRITES
    )
    assert decision.intent == "unknown" and decision.choices == ()


def test_help_is_never_one_of_the_choices() -> None:
    decision = decide(_ranked(("help", 0.28), ("list_creators", 0.25)), creators=0, writes=WRITES)
    assert decision.intent == "unknown" and decision.choices == (), "the fallback suggests list_creators"
    unsure = decide(
        _ranked(("unknown", 0.28), ("help", 0.15), ("pipeline_summary", 0.14)), creators=0, writes=WRITES
    )
    assert unsure.choices == ("pipeline_summary",)
