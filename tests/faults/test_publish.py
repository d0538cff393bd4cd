"""Publishing: the Parquet datasets and the DuckDB file switch together, whatever step a run dies at; an
analyst's dead read-write session never makes the warehouse unopenable; paths are never glob patterns; a
failed run leaves no staging behind (issue 20, items 6, 7, 10, 11)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from gongkai.tasks.warehouse import publish as publishing
from gongkai.tasks.warehouse.publish import publish, staged, staging_dir

pytestmark = pytest.mark.faults


def stage_run(warehouse: Path, run_id: str) -> Path:
    """A staging folder as a run leaves it: datasets with their manifest, and the marts file."""
    staging = staging_dir(warehouse, run_id)
    (staging / "datasets" / "facts").mkdir(parents=True)
    (staging / "datasets" / "manifest.json").write_text(json.dumps({"run_id": run_id}))
    con = duckdb.connect(str(staging / "gongkai.duckdb"))
    con.execute("CREATE TABLE run_info AS SELECT ? AS run_id", [run_id])
    con.close()
    return staging


def published_pair(warehouse: Path) -> tuple[str, str]:
    datasets_run = json.loads((warehouse / "datasets" / "manifest.json").read_text())["run_id"]
    con = duckdb.connect(str(warehouse / "gongkai.duckdb"), read_only=True)
    try:
        marts_run = con.execute("SELECT run_id FROM run_info").fetchone()[0]
    finally:
        con.close()
    return datasets_run, marts_run


class Killed(BaseException):
    """Stands for SIGKILL: nothing after it runs, no handler catches it."""


FILE_SYSTEM_STEPS = ("rename", "replace", "symlink", "unlink", "rmdir", "chmod")


class KillAt:
    """Wraps the file-system calls publishing makes; the `step`-th one is never made (Killed instead)."""

    def __init__(self, step: int) -> None:
        self.step, self.calls = step, 0

    def wrap(self, original):
        def wrapped(*args, **kwargs):
            self.calls += 1
            if self.calls == self.step:
                raise Killed
            return original(*args, **kwargs)

        return wrapped


def test_a_kill_between_any_two_publish_steps_leaves_old_or_new_never_a_mix(tmp_path, monkeypatch):
    warehouse = tmp_path / "wh"
    publish(stage_run(warehouse, "run-0000-a"), warehouse, None)
    publish(stage_run(warehouse, "run-0001-b"), warehouse, None)
    for kill_at in range(1, 40):
        staging = stage_run(warehouse, f"run-{kill_at:04d}-c")
        killer = KillAt(kill_at)
        with monkeypatch.context() as patch:
            for name in FILE_SYSTEM_STEPS:
                patch.setattr(os, name, killer.wrap(getattr(os, name)))
            try:
                publish(staging, warehouse, None)
                finished = True
            except Killed:
                finished = False
        datasets_run, marts_run = published_pair(warehouse)
        assert datasets_run == marts_run, f"killed at step {kill_at}: datasets of {datasets_run}, marts of {marts_run}"
        shutil.rmtree(staging, ignore_errors=True)
        if finished:
            break
    assert finished


def test_the_first_publish_over_the_old_layout_replaces_folder_and_file(tmp_path):
    warehouse = tmp_path / "wh"
    (warehouse / "datasets").mkdir(parents=True)
    (warehouse / "gongkai.duckdb").write_bytes(b"old")
    publish(stage_run(warehouse, "run-0000-a"), warehouse, None)
    assert (warehouse / "datasets").is_symlink() and (warehouse / "gongkai.duckdb").is_symlink()
    assert published_pair(warehouse) == ("run-0000-a", "run-0000-a")


def test_a_reader_of_the_old_snapshot_keeps_reading_it(tmp_path):
    warehouse = tmp_path / "wh"
    publish(stage_run(warehouse, "run-0000-a"), warehouse, None)
    reader = duckdb.connect(str(warehouse / "gongkai.duckdb"), read_only=True)
    publish(stage_run(warehouse, "run-0001-b"), warehouse, None)
    publish(stage_run(warehouse, "run-0002-c"), warehouse, None)  # the reader's snapshot is pruned now
    assert reader.execute("SELECT run_id FROM run_info").fetchone()[0] == "run-0000-a"
    reader.close()
    assert published_pair(warehouse) == ("run-0002-c", "run-0002-c")
    assert len(list((warehouse / ".snapshots").iterdir())) == 2


ANALYST = """
import duckdb, os, signal, sys
con = duckdb.connect(sys.argv[1])
con.execute("CREATE TABLE notes AS SELECT range AS n FROM range(1000)")
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_dead_read_write_session_never_makes_the_warehouse_unopenable(tmp_path):
    warehouse = tmp_path / "wh"
    publish(stage_run(warehouse, "run-0000-a"), warehouse, None)
    subprocess.run([sys.executable, "-c", ANALYST, str(warehouse / "gongkai.duckdb")], check=False)
    assert list(warehouse.rglob("gongkai.duckdb.wal"))  # the dead session's log
    publish(stage_run(warehouse, "run-0001-b"), warehouse, None)
    assert published_pair(warehouse) == ("run-0001-b", "run-0001-b")


@pytest.mark.parametrize("name", ["wh [2021]", "wh*"])
def test_warehouse_paths_are_never_glob_patterns(tmp_path, name):
    neighbour = stage_run(tmp_path / "whX", "run-neighbour")  # another warehouse's run, in progress
    warehouse = tmp_path / name
    publish(stage_run(warehouse, "run-0000-a"), warehouse, None)
    assert neighbour.exists()
    assert published_pair(warehouse) == ("run-0000-a", "run-0000-a")


def test_a_failed_run_leaves_no_staging_behind(tmp_path):
    with pytest.raises(OSError), staged(tmp_path / "wh", "run-0000-a") as staging:
        (staging / "datasets").mkdir()
        raise OSError(28, "No space left on device")
    assert not list(tmp_path.glob(".wh.staging-*"))


def test_the_published_marts_file_is_read_only(tmp_path):
    warehouse = tmp_path / "wh"
    publish(stage_run(warehouse, "run-0000-a"), warehouse, None)
    assert not os.stat(warehouse / "gongkai.duckdb").st_mode & 0o222
    assert publishing.current_snapshot(warehouse).name == os.path.basename(os.path.realpath(warehouse / "datasets/.."))
