"""A long-running process keeps what it loaded at start-up out of the garbage collector's way.

CPython's full (generation 2) collection walks every tracked container object. A web process that has
loaded the handlers, the catalogs and the intent model tracks ~150,000 of them, and one full collection
took 50–250 ms on a busy 2-core machine: a pause like that inside a burst of callbacks delays every
request queued behind it, so the webhook bench's p99 jumped to 80–500 ms at whichever rate a collection
happened to fall in. `gc.freeze()` (Python ≥ 3.7, https://docs.python.org/3/library/gc.html#gc.freeze)
moves every object alive into a permanent generation that collections skip; what requests allocate is
collected as before. Warm the lazily loaded parts first, so they are frozen too.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def frozen_startup() -> Iterator[int]:
    """Collect once, freeze what is alive (yields how many objects), and unfreeze on exit — so a test
    process that starts and stops many servers does not keep their objects for ever."""
    gc.collect()
    gc.freeze()
    try:
        yield gc.get_freeze_count()
    finally:
        gc.unfreeze()
