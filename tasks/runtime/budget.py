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

import atexit
import os
import signal
import threading
import time
from functools import lru_cache

from gongkai.tasks.runtime.limits import DEFAULT_DOC_SECONDS as DEFAULT_SECONDS


class OverBudget(Exception):
    def __init__(self, seconds: float, stage: str) -> None:
        super().__init__(
            f"took longer than {seconds:g} s in {stage} (the time budget per document, GONGKAI_DOC_SECONDS)"
        )


# While a stage works on a document: (its deadline, its budget, the stage). One timer serves every document:
# it is armed only when none is pending (or the pending one fires after this document's deadline), and when
# it fires for a document that is not overdue it is armed again for the one that is running. Per stage, the
# cost is then a clock read and two assignments; a system call only about once per budget's length.
_running: tuple[float, float, str] | None = None
_fires_at = 0.0  # when the pending timer fires (monotonic); 0 when none is
_installed_in = 0  # the process whose handler is installed (a forked worker has no timer of its parent's)


def _expired(signum, frame) -> None:
    global _fires_at
    _fires_at = 0.0
    if _running is None:
        return  # between stages: the next stage arms it again
    deadline, seconds, stage = _running
    left = deadline - time.monotonic()
    if left <= 0:
        raise OverBudget(seconds, stage)
    _arm(left)


def _arm(left: float) -> None:
    global _fires_at
    _fires_at = time.monotonic() + left
    signal.setitimer(signal.ITIMER_REAL, left)


def _disarm() -> None:
    """At exit, the timer off: Python gives SIGALRM its default action back as it finalises, and a timer still
    pending would then kill the exiting process ("Alarm clock", exit 142, after a test run had passed)."""
    if _installed_in == os.getpid():
        signal.setitimer(signal.ITIMER_REAL, 0)


@lru_cache(maxsize=8)
def _seconds(setting: str | None) -> float:
    return float(setting) if setting and setting.strip() else DEFAULT_SECONDS


class Budget:
    """`budget = Budget(); with budget.stage("normalize"): …` for each stage of one document."""

    __slots__ = ("seconds", "deadline", "_stage")

    def __init__(self, seconds: float | None = None) -> None:
        self.seconds = _seconds(os.environ.get("GONGKAI_DOC_SECONDS")) if seconds is None else seconds
        self.deadline = time.monotonic() + self.seconds
        self._stage = ""

    def stage(self, name: str) -> Budget:
        self._stage = name
        return self

    def __enter__(self) -> None:
        global _running, _fires_at, _installed_in
        if self.seconds <= 0 or threading.get_ident() != _MAIN_THREAD:
            return
        now = time.monotonic()
        if now >= self.deadline:
            raise OverBudget(self.seconds, self._stage)
        if _installed_in != os.getpid():
            signal.signal(signal.SIGALRM, _expired)
            atexit.register(_disarm)
            _installed_in, _fires_at = os.getpid(), 0.0
        _running = (self.deadline, self.seconds, self._stage)
        if _fires_at <= now or _fires_at > self.deadline:
            _arm(self.deadline - now)

    def __exit__(self, *exc_info) -> None:
        global _running
        _running = None


_MAIN_THREAD = threading.main_thread().ident
