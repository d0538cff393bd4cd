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

import multiprocessing.forkserver
import multiprocessing.synchronize
import multiprocessing.util
import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

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


def _kill_worker_servers() -> None:
    """Every worker server this process started, and every process each has forked (Linux: found in /proc by
    their parents). A worker still starting when the signal came is in no executor's list yet; left alive,
    it waits for work forever and holds the terminal's output open. Each server is stopped first (SIGSTOP:
    it forks no more), then its children are killed, then it."""
    if not os.path.isdir("/proc"):
        return
    servers = [pid for pid, command in _children_of({os.getpid()}) if b"multiprocessing.forkserver" in command]
    for pid in servers:
        os.kill(pid, signal.SIGSTOP)
    for pid in [pid for pid, _ in _children_of(set(servers))] + servers:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    stop = getattr(multiprocessing.forkserver._forkserver, "_stop", None)
    if stop is not None:
        stop()  # reaps the killed server, so that `multiprocessing` knows it gone


def _children_of(parents: set[int]) -> list[tuple[int, bytes]]:
    """(pid, command line) of every process whose parent is one of `parents`."""
    found = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
                command = Path(entry.path, "cmdline").read_bytes()
            except OSError:
                continue  # ended meanwhile
            if int(stat.rsplit(")", 1)[1].split()[1]) in parents:  # the field after the state: the parent
                found.append((int(entry.name), command))
    return found


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
    for undo in [*reversed(_undo), _kill_worker_servers, _stop_ephemeral_server, _release_semaphores]:
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
