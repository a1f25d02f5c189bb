"""What a stage change did along the funnel: back, or past stages (issue 17 item 7: said, never silent)."""

from __future__ import annotations

from models.enums import Stage
from workflows.stages import Step, step_between


def test_one_step_on_is_plain() -> None:
    assert step_between(Stage.PROSPECT, Stage.CONTACTED) == Step()
    assert step_between(Stage.CONTENT_POSTED, Stage.PAID) == Step()


def test_a_step_back() -> None:
    assert step_between(Stage.SAMPLE_SHIPPED, Stage.REPLIED) == Step(back=True)
    assert step_between(Stage.PAID, Stage.PROSPECT).back


def test_stages_skipped_in_funnel_order() -> None:
    assert step_between(Stage.CONTACTED, Stage.SAMPLE_SHIPPED).skipped == (
        Stage.REPLIED,
        Stage.NEGOTIATING,
        Stage.AGREED,
    )


def test_exits_are_neither() -> None:
    for exit_ in (Stage.DECLINED, Stage.GHOSTED, Stage.BLOCKED):
        assert step_between(Stage.PROSPECT, exit_) == Step()
        assert step_between(exit_, Stage.PAID) == Step()
