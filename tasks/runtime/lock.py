"""One run at a time per warehouse: a lock file in the warehouse, held with flock(2) for the whole run.

A second run on the same warehouse waits for the first (`gongkai run --wait`, the default, and every
deployment run) or refuses at once (`--no-wait`). The kernel drops an flock when its holder dies, so a
killed run can never leave the warehouse locked; its record in the file (pid, host, since) is left behind,
and the next run that takes the lock sees it and reports that it took over from a run that did not finish.
A run that ends, however it ends, empties the record.

The lock is re-entrant within a process: `gongkai run` takes it before Prefect starts (a waiting run should
not start a server of its own on the warehouse's Prefect home), and the flow, which takes it for runs that
a deployment starts, finds it already held. flock is reliable on local file systems; on NFS it depends on
the mount (a warehouse is meant to live on a local disk beside its staging folder).
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from gongkai.tasks.runtime.interrupt import undo_on_interrupt

LOCK_FILE = ".gongkai.lock"

_held: dict[Path, int] = {}  # lock file → how many holders in this process


class WarehouseBusy(RuntimeError):
    def __init__(self, warehouse: Path, holder: dict):
        self.holder = holder
        super().__init__(f"warehouse {warehouse} is in use by {describe(holder)}")


def describe(holder: dict) -> str:
    if not holder:
        return "another run"
    return f"a run since {holder.get('since', '?')} (pid {holder.get('pid', '?')} on {holder.get('host', '?')})"


def _record(fd: int) -> dict:
    os.lseek(fd, 0, os.SEEK_SET)
    try:
        return json.loads(os.read(fd, 4096) or b"{}")
    except ValueError:
        return {}


def _write(fd: int, record: dict) -> None:
    os.ftruncate(fd, 0)
    os.pwrite(fd, json.dumps(record).encode() if record else b"", 0)


@contextmanager
def warehouse_lock(
    warehouse: Path, wait: bool = True, on_wait: Callable[[str], None] | None = None
) -> Iterator[dict | None]:
    """Holds the warehouse's lock; yields the record of a run that died holding it, if one did, else None.
    Raises WarehouseBusy when another run holds it and `wait` is false; `on_wait` is told who is waited for."""
    path = warehouse.resolve() / LOCK_FILE
    if path in _held:
        _held[path] += 1
        try:
            yield None
        finally:
            _held[path] -= 1
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _record(fd)
            if not wait:
                raise WarehouseBusy(warehouse, holder) from None
            if on_wait:
                on_wait(f"waiting for {describe(holder)} to finish with warehouse {warehouse}")
            fcntl.flock(fd, fcntl.LOCK_EX)
        stale = _record(fd) or None  # a finished run leaves no record: one found here died holding the lock
        _write(
            fd,
            {
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "since": datetime.now(UTC).isoformat(timespec="seconds"),
            },
        )
        _held[path] = 1
        try:
            with undo_on_interrupt(lambda: _write(fd, {})):
                yield stale
        finally:
            del _held[path]
            _write(fd, {})
    finally:
        os.close(fd)  # releases the flock
