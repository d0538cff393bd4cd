"""The worker pool: batches run in processes forked from a warmed-up server, results gathered by Prefect tasks.

Everything the flow should not have to know about lives here:
- **forkserver**: workers start clean, not as copies of a process that runs Prefect's threads. The server
  imports and warms up the pipeline once (~3 s, `gongkai.tasks.runtime.worker_start`); every worker is a fork
  of it, ready at once. The CLI starts it while Prefect's server starts (`start_worker_server`).
- **path order and read-ahead**: every batch is handed to the pool at once, in path order, which is the order
  the workers take them in (a worker then rarely meets a later copy of a document before the earlier one is
  logged: `gongkai.tasks.batch.dedupe`); the kernel reads the files of the next batches ahead.
- **Prefect tasks**: a task run costs Prefect's client and server ~30 ms of CPU, so a task stands for
  `BATCHES_PER_TASK` batches, which stay ~1,000 files so that their memory does too.
- **garbage collection**: frozen in the workers, paused in the flow process while it gathers results.
- **workers that die** (the OOM killer, a crash in C): the pool is renewed and the batches it lost are run
  again; a batch whose worker died is retried once in a fresh worker, then its files one at a time, and the
  file whose processing kills a worker is rejected with that reason. The run goes on (`rescued`).
"""

from __future__ import annotations

import gc
import glob
import multiprocessing
import multiprocessing.forkserver
import os
import signal
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from pathlib import Path

from prefect import task
from prefect.cache_policies import NONE
from prefect.utilities.annotations import quote

from gongkai.tasks.batch.run import BatchResult, process_files
from gongkai.tasks.batch.tables import document_tables
from gongkai.tasks.batch.validate import validate_document_tables
from gongkai.tasks.document.chain import ProcessedDoc, extract_docs, normalize_records, segment_docs
from gongkai.tasks.document.ingest import Item, Slice, SourceFile, ingest_bytes, lost_slice, read_ahead, relative_names
from gongkai.tasks.runtime import interrupt
from gongkai.tasks.runtime.collector import collector_paused

BATCHES_PER_TASK = 4

_context = multiprocessing.get_context("forkserver")
_context.set_forkserver_preload(["gongkai.tasks.runtime.worker_start"])

# Made up, in the styles the chain meets: a GB18030 report with a count, a Traditional HTML page.
WARM_UP_FILES = (
    (
        "warm-up.txt",
        "兰州市民政局2020年政府信息公开工作年度报告\n一、总体情况\n本年度主动公开政府信息12条。\n".encode("gb18030"),
    ),
    (
        "warm-up.html",
        "<html><body><h1>酒泉市財政局2021年政府資訊公開工作年度報告</h1><p>全年受理政府資訊公開申請3件。</p></body></html>".encode(),
    ),
)


def warm_up() -> list[ProcessedDoc]:
    """Run the chain once on `WARM_UP_FILES`: what it builds on first use (character tables, large
    patterns, cpca's divisions, pandera's check backends; ~0.4 s) is then built before any worker forks."""
    docs = extract_docs(segment_docs(normalize_records([ingest_bytes(name, data) for name, data in WARM_UP_FILES])))
    validate_document_tables(document_tables(docs, "warm-up"), "warm-up")
    return docs


def start_worker_server() -> None:
    """Start the process the workers fork from now, so that its imports overlap other work: the CLI calls
    this before Prefect's server starts, the flow (again, a no-op then) before it discovers the files."""
    multiprocessing.forkserver.ensure_running()


def _stop_worker_server() -> None:
    # It holds a copy of the imported pipeline (~300 MB resident) that the write and load steps can use.
    # The standard library has no public way to stop it; it is restarted on demand by the next pool.
    # Asked to stop, it would exit like any Python program, tearing down everything it imported (~0.8 s
    # during which the run waits); it holds nothing to flush, so it is terminated first.
    server = multiprocessing.forkserver._forkserver
    pid = getattr(server, "_forkserver_pid", None)
    if pid is not None:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    stop = getattr(server, "_stop", None)
    if stop is not None:
        stop()


def _settle_worker() -> None:
    """The objects a worker starts with (modules, rule tables) live as long as it does: frozen, the garbage
    collector never scans them (~0.4 M objects). A batch's own objects are freed by reference counting as
    it ends; the collector, which would otherwise run every 700 allocations (~10 % of a batch's time),
    runs once after each batch (`_process_in_worker`) for whatever reference cycles remain."""
    gc.freeze()
    gc.disable()
    # Ctrl-C reaches every process of the terminal's group: the flow's process stops the workers itself
    # (`gongkai.tasks.runtime.interrupt`), rather than each printing its own traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _process_in_worker(*args) -> BatchResult:
    result = process_files(*args)
    gc.collect()
    return result


def _read_ahead_when_done(later: list[Item], _done: Future) -> None:
    read_ahead(later)


class WorkerPool:
    """`with WorkerPool(workers, root, staging, run_id) as pool: results = pool.run(batches)`.

    `workers=0` runs the batches in the flow's own process (the tests' way of seeing a batch's stack)."""

    def __init__(self, workers: int, root: Path, staging: Path, run_id: str) -> None:
        self.workers, self.root, self.staging, self.run_id = workers, root, staging, run_id
        self._executor: ProcessPoolExecutor | None = None
        self._queued: dict[int, Future] = {}
        self._arguments: dict[int, tuple[list[Item], str | None]] = {}
        self._renewing = threading.RLock()  # Prefect's task threads gather results side by side
        self._rescuing = threading.Lock()
        self._rescuer: ProcessPoolExecutor | None = None  # one worker, for batches whose worker died
        self._interrupted = threading.Event()

    def __enter__(self) -> WorkerPool:
        if self.workers > 0:
            self._executor = self._new_executor()
        interrupt.register(self._kill)
        return self

    def _new_executor(self, workers: int | None = None) -> ProcessPoolExecutor:
        if self._interrupted.is_set():
            # The killed workers look dead to the threads gathering results, which would renew the pool (and
            # restart the worker server) while the process exits: such a thread waits for the exit instead.
            threading.Event().wait()
        return ProcessPoolExecutor(max_workers=workers or self.workers, mp_context=_context, initializer=_settle_worker)

    def _kill(self) -> None:
        """On an interrupt: the workers stop mid-batch (the executors have no public list of their processes),
        and no process is started after them (a worker started then reads its start-up state after the run
        has unlinked the pool's semaphores, and prints a FileNotFoundError traceback under the run's one-line
        message; a restarted worker server outlives the run). No new executor (`_new_executor`); each
        executor's lock, under which it starts its processes, is taken and never given back."""
        self._interrupted.set()
        executors = [executor for executor in (self._executor, self._rescuer) if executor is not None]
        for executor in executors:
            executor._shutdown_lock.acquire(timeout=1)  # the flow's thread may hold it (submit): not forever
        for executor in executors:
            for process in list(executor._processes.values()):
                process.kill()
        # The worker server, and any worker it was still starting, are killed by `interrupt` next.

    def __exit__(self, *exc_info) -> None:
        interrupt.unregister(self._kill)
        if self._rescuer is not None:
            self._rescuer.shutdown(cancel_futures=True)
            self._rescuer = None
        if self._executor is not None:
            self._executor.shutdown(cancel_futures=True)
            self._executor = None
            self._queued.clear()
            self._arguments.clear()
            _stop_worker_server()

    def run(
        self, batches: list[list[Item]], on_result: Callable[[BatchResult], None] = lambda _: None
    ) -> list[BatchResult]:
        """Every batch's result, in batch order; `on_result` is told of each as it is gathered."""
        results: list[BatchResult] = []
        with collector_paused():
            self._queue(batches, read_ahead_by=2 * max(self.workers, 1))
            futures = [
                process_batches.submit(  # type: ignore[call-overload]  # Prefect unwraps quote()
                    self, first, quote(batches[first : first + BATCHES_PER_TASK])
                )
                for first in range(0, len(batches), BATCHES_PER_TASK)
            ]
            for future in futures:
                for result in future.result():
                    results.append(result)
                    on_result(result)
        return results

    def _queue(self, batches: list[list[Item]], read_ahead_by: int) -> None:
        """Hand every batch to the pool at once, in path order, which is the order the workers take them in;
        the tasks then wait for their results. Left to the tasks, the batches reached the pool in the order
        Prefect's threads happened to start them, and a worker met a later copy of a document before the
        earlier one was logged ~40 times as often: a quarter of the parts had to be rewritten.

        The kernel is asked to read the files of the first `read_ahead_by` batches now, and those of batch
        n + `read_ahead_by` as batch n finishes: the corpus is rarely in the page cache, and a worker would
        otherwise wait for each file's read in turn."""
        if self._executor is None:
            return
        for batch in batches[:read_ahead_by]:
            read_ahead(batch)
        for n, batch in enumerate(batches):
            self._queued[n] = self._submit(n, batch)
            if n + read_ahead_by < len(batches):
                self._queued[n].add_done_callback(partial(_read_ahead_when_done, batches[n + read_ahead_by]))

    def results(self, first: int, batches: list[list[Item]]) -> list[BatchResult]:
        """Batches `first`, `first` + 1, …: their results, from the pool or, without workers, run here."""
        results = []
        for batch_no, paths in enumerate(batches, start=first):
            queued = self._queued.pop(batch_no, None)
            if queued is None:
                results.append(_process_in_worker(batch_no, paths, self.root, self.staging, self.run_id))
                continue
            try:
                results.append(queued.result())
            except BrokenProcessPool:
                results.append(self.rescued(batch_no, paths))
        return results

    def _renew(self) -> None:
        """After a worker died: a fresh pool, and every batch the dead one held queued again on it."""
        with self._renewing:
            broken = self._executor
            if broken is None or not getattr(broken, "_broken", False):
                return
            broken.shutdown(wait=False, cancel_futures=True)
            self._executor = self._new_executor()
            for batch_no, future in list(self._queued.items()):
                if future.done() and future.exception() is None:
                    continue  # finished before the death: its result stands
                paths, part = self._arguments[batch_no]
                self._queued[batch_no] = self._submit(batch_no, paths, part)

    def _submit(self, batch_no: int, paths: list[Item], part: str | None = None) -> Future:
        with self._renewing:
            self._arguments[batch_no] = (paths, part)
            assert self._executor is not None
            return self._executor.submit(
                _process_in_worker, batch_no, paths, self.root, self.staging, self.run_id, part
            )

    def _attempt(self, batch_no: int, paths: list[Item], part: str | None = None) -> BatchResult | None:
        """One more run of a batch, alone in a worker of its own (a death there is this batch's doing, not a
        neighbour's); None if that worker died too."""
        _remove_parts(self.staging, part or f"{batch_no:06d}")
        self._renew()  # the other batches go on in a fresh pool meanwhile
        with self._rescuing:
            if self._rescuer is None:
                self._rescuer = self._new_executor(workers=1)
            try:
                return self._rescuer.submit(
                    _process_in_worker, batch_no, paths, self.root, self.staging, self.run_id, part
                ).result()
            except BrokenProcessPool:
                self._rescuer.shutdown(wait=False, cancel_futures=True)
                self._rescuer = None
                return None

    def rescued(self, batch_no: int, paths: list[Item]) -> BatchResult:
        """A batch whose worker died: once more whole, then file by file; a file whose worker dies is
        rejected with that reason."""
        result = self._attempt(batch_no, paths)
        if result is not None:
            return result
        _remove_parts(self.staging, f"{batch_no:06d}")
        results = []
        for n, (path, name) in enumerate(zip(paths, relative_names(paths, self.root))):
            one = self._attempt(batch_no, [path], f"{batch_no:06d}-alone{n:05d}")
            results.append(one or BatchResult([_killed_worker(path, name)], [], [], {}, []))
        return BatchResult(
            [f for r in results for f in r.files],
            [k for r in results for k in r.keys],
            [c for r in results for c in r.checks],
            {stage: sum(r.seconds.get(stage, 0.0) for r in results) for r in results for stage in r.seconds},
            [p for r in results for p in r.parts],
        )


KILLED_WORKER = (
    "its processing killed the worker process twice (out of memory, or a crash): rejected so the run goes on; "
    "GONGKAI_MAX_FILE_MB and GONGKAI_DOC_SECONDS bound what one file may take"
)


def _killed_worker(item: Item, name: str) -> SourceFile:
    if isinstance(item, Slice):  # every line of the slice rejected; the file's other slices stand
        return lost_slice(item, name, KILLED_WORKER)
    return SourceFile(name, "", 0, "unknown", None).reject(KILLED_WORKER)


def _remove_parts(staging: Path, part: str) -> None:
    """What a dead worker wrote of a batch, before it is run again (a part is complete or absent, but the
    batch's other chunks may be missing: it is redone whole)."""
    for written in (staging / "datasets").glob(f"*/part-{glob.escape(part)}-*"):
        written.unlink(missing_ok=True)


def _process_batches(pool: WorkerPool, first: int, batches: list[list[Item]]) -> list[BatchResult]:
    return pool.results(first, batches)


process_batches = task(
    name="process-batches",
    cache_policy=NONE,
    persist_result=False,
    task_run_name="process-batches-{first}",
)(_process_batches)
