"""bot/core/heap: start-up objects frozen out of full collections, given back on exit."""

from __future__ import annotations

import gc

from bot.core.heap import frozen_startup


def test_frozen_startup_freezes_what_is_alive_and_unfreezes_on_exit() -> None:
    kept = [{"n": i} for i in range(1000)]  # containers alive at start-up
    assert gc.get_freeze_count() == 0
    with frozen_startup() as frozen:
        assert frozen >= len(kept)
        made_after = [{"m": i} for i in range(100)]
        assert gc.get_freeze_count() <= frozen  # what requests allocate is not frozen: collected as usual
    assert gc.get_freeze_count() == 0
    assert len(made_after) == 100


def test_unfrozen_even_when_the_process_fails() -> None:
    try:
        with frozen_startup():
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert gc.get_freeze_count() == 0
