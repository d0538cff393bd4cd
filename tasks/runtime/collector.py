"""The flow process's garbage collector, paused while it holds the batches' results."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The garbage collector off in the flow process while it gathers the batches' results and resolves the
    ledger. Each batch hands back ~10k objects (its files' ledger entries) that live until the run ends, and
    the collector's full pass, due each time the heap has grown by a quarter, scanned all of them again:
    at 100k files, 12 passes and ~3 CPU-seconds of the flow process, for no garbage. Afterwards what was
    allocated meanwhile joins the oldest generation directly (freeze, then unfreeze: no pass over it)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if enabled:
            gc.enable()
