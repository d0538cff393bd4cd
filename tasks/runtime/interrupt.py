"""Ctrl-C and SIGTERM: stop at once, leave nothing behind, say so in one line.

`gongkai run` installs `exit_on_signal`. The parts of a run that leave something behind register how to undo
it while they hold it (`undo_on_interrupt`): the workers are killed, the staging folder removed, the lock's
record emptied, in the reverse order of registration. The process then exits with 128 + the signal's number
(130 for SIGINT, 143 for SIGTERM) without unwinding: unwinding a run means waiting for Prefect's threads and
the workers' batches, which took over a minute and printed a traceback from every thread.

Publishing is the one step that is not cut short (`not_interrupted`): a signal that arrives during the swap
takes effect once it is done, so the warehouse is always either the previous one or the new one.

A run interrupted this way stays "Running" on a Prefect server until the server notices it is gone; the
previous warehouse is untouched and the next run starts afresh.
"""

from __future__ import annotations

import multiprocessing.synchronize
import multiprocessing.util
import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_undo: list[Callable[[], None]] = []
_deferred: list[int] = []
_critical = 0


def register(undo: Callable[[], None]) -> None:
    _undo.append(undo)


def unregister(undo: Callable[[], None]) -> None:
    _undo.remove(undo)


@contextmanager
def undo_on_interrupt(undo: Callable[[], None]) -> Iterator[None]:
    register(undo)
    try:
        yield
    finally:
        unregister(undo)


@contextmanager
def not_interrupted() -> Iterator[None]:
    global _critical
    _critical += 1
    try:
        yield
    finally:
        _critical -= 1
        if not _critical and _deferred:
            _stop(_deferred[0], "the new warehouse was published first")


def _stop_ephemeral_server() -> None:
    """Prefect stops the server it started for the run at exit (atexit), which `os._exit` skips."""
    server_module = sys.modules.get("prefect.server.api.server")
    if server_module is not None:
        for server in list(server_module.SubprocessASGIServer._instances.values()):
            if server.server_process is not None:
                server.server_process.terminate()


def _release_semaphores() -> None:
    """What multiprocessing does at exit, which `os._exit` skips: the pool's semaphores are unlinked (else
    its resource tracker, which outlives the run, unlinks them and warns on the console). Only those: the
    other exit steps wait for the queues' threads, which talk to the killed workers."""
    for finalizer in list(multiprocessing.util._finalizer_registry.values()):  # type: ignore[attr-defined]
        if finalizer._callback is multiprocessing.synchronize.SemLock._cleanup:  # type: ignore[attr-defined]
            finalizer()


def _stop(signum: int, outcome: str = "the warehouse is unchanged") -> None:
    for undo in [*reversed(_undo), _stop_ephemeral_server, _release_semaphores]:
        try:
            undo()
        except Exception:  # the exit must happen whatever one step of the clean-up meets
            pass
    name = "interrupted" if signum == signal.SIGINT else "terminated"
    print(f"gongkai: {name}; {outcome}, nothing of the run is left behind", file=sys.stderr, flush=True)
    os._exit(128 + signum)


def _on_signal(signum: int, _frame) -> None:
    if _critical:
        _deferred.append(signum)
        return
    _stop(signum)


def exit_on_signal() -> None:
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, _on_signal)
