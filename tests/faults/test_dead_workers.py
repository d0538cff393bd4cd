"""A worker that dies (SIGKILL, as the OOM killer sends it) does not take the run down: its batch is run
again in a fresh worker, then file by file; the file that kills a worker every time is rejected with that
reason; every other file is processed (issue 20, item 5)."""

from __future__ import annotations

import multiprocessing.forkserver
import sys
import textwrap
from pathlib import Path

import pytest

from gongkai.tasks.batch.run import plan_batches
from gongkai.tasks.runtime import pool

pytestmark = pytest.mark.faults

REPORT = "{agency}2021年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息{count}条。\n"

# Loaded into the workers' fork server: a file named *worker-killer* kills the worker reading it; with a
# marker file given, only the first time (a worker killed once, as by the OOM killer under passing pressure).
KILLER = """
import os, signal
from gongkai.tasks.document import ingest

_read = ingest.ingest_bytes

def ingest_bytes(name, data):
    if "worker-killer" in name:
        marker = os.environ.get("KILL_ONCE_MARKER")
        if not marker or not os.path.exists(marker):
            if marker:
                open(marker, "w").close()
            os.kill(os.getpid(), signal.SIGKILL)
    return _read(name, data)

ingest.ingest_bytes = ingest_bytes
"""


@pytest.fixture
def killer_in_workers(tmp_path, monkeypatch):
    (tmp_path / "modules").mkdir()
    (tmp_path / "modules" / "worker_killer.py").write_text(textwrap.dedent(KILLER))
    monkeypatch.setenv("PYTHONPATH", str(tmp_path / "modules"))  # the fork server is a new interpreter
    pool._stop_worker_server()
    pool._context.set_forkserver_preload(["gongkai.tasks.runtime.worker_start", "worker_killer"])
    yield
    pool._stop_worker_server()
    pool._context.set_forkserver_preload(["gongkai.tasks.runtime.worker_start"])
    sys.modules.pop("worker_killer", None)


def corpus(folder: Path, killers: int = 1) -> list[str]:
    folder.mkdir()
    for n in range(12):
        (folder / f"{n:02d}.txt").write_text(REPORT.format(agency=f"第{n}县民政局", count=100 + n))
    for n in range(killers):
        (folder / f"{5 + n:02d}-worker-killer.txt").write_text(REPORT.format(agency="边县民政局", count=7))
    return sorted(str(p) for p in folder.iterdir())


def run_pool(root: Path, staging: Path, paths: list[str]):
    multiprocessing.forkserver.ensure_running()
    with pool.WorkerPool(2, root, staging, "run") as workers:
        workers._queue(plan_batches(paths, 4, 2), read_ahead_by=2)
        return workers.results(0, plan_batches(paths, 4, 2))


def test_a_file_that_kills_its_worker_every_time_is_rejected_and_the_run_goes_on(tmp_path, killer_in_workers):
    paths = corpus(tmp_path / "in")
    results = run_pool(tmp_path / "in", tmp_path / "staging", paths)
    files = {f.source_path: f for r in results for f in r.files}
    assert len(files) == len(paths)
    killer = files["05-worker-killer.txt"]
    assert killer.status == "rejected" and "killed the worker" in killer.reason
    processed = {k.source_path for r in results for k in r.keys}
    assert processed == set(files) - {"05-worker-killer.txt"}, [(f.source_path, f.reason) for f in files.values()]
    assert len(list((tmp_path / "staging" / "datasets" / "documents").glob("*.parquet"))) >= 1


def test_a_worker_killed_once_costs_a_retry_not_a_file(tmp_path, killer_in_workers, monkeypatch):
    monkeypatch.setenv("KILL_ONCE_MARKER", str(tmp_path / "killed-once"))
    paths = corpus(tmp_path / "in")
    results = run_pool(tmp_path / "in", tmp_path / "staging", paths)
    assert (tmp_path / "killed-once").exists()
    assert sum(len(r.keys) for r in results) == len(paths)
    assert not [f for r in results for f in r.files if f.status == "rejected"]
