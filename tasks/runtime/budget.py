"""A time budget per document: the work for one document that overruns is stopped, and the document
rejected with "took longer than N s in <stage>" (GONGKAI_DOC_SECONDS, `gongkai.tasks.runtime.limits`).

The budget starts when a document's normalisation starts and spans normalize, segment and extract. It is an
interval timer (SIGALRM) armed for what is left of the budget while a stage works on the document: the
handler raises `OverBudget` in the middle of that work, Python code or a regex search alike (the regex
engine checks for signals as it goes). Arming and disarming cost two system calls per stage (~2 µs a
document, against ~1 ms of work). Signals reach only the main thread, so in any other thread (the flow's
own process runs batches in Prefect's threads when it has no workers) the budget is not enforced; the
workers, where documents are processed, run them in their main thread.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from gongkai.tasks.runtime.limits import current as current_limits


class OverBudget(Exception):
    def __init__(self, seconds: float, stage: str) -> None:
        super().__init__(
            f"took longer than {seconds:g} s in {stage} (the time budget per document, GONGKAI_DOC_SECONDS)"
        )


_running: tuple[float, str] | None = None  # (budget, stage) while a timer is armed; None otherwise


def _expired(signum, frame) -> None:
    if _running is not None:  # a signal that arrives after the stage ended is ignored
        raise OverBudget(*_running)


class Budget:
    """`budget = Budget(); with budget.stage("normalize"): …` for each stage of one document."""

    __slots__ = ("seconds", "deadline")

    def __init__(self, seconds: float | None = None) -> None:
        self.seconds = current_limits().doc_seconds if seconds is None else seconds
        self.deadline = time.monotonic() + self.seconds

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        global _running
        if self.seconds <= 0 or threading.current_thread() is not threading.main_thread():
            yield
            return
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise OverBudget(self.seconds, name)
        if signal.getsignal(signal.SIGALRM) is not _expired:
            signal.signal(signal.SIGALRM, _expired)
        _running = (self.seconds, name)
        signal.setitimer(signal.ITIMER_REAL, left)
        try:
            yield
        finally:
            _running = None
            signal.setitimer(signal.ITIMER_REAL, 0)
