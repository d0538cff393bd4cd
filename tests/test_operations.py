"""`gongkai run` as an operator meets it, each in its own process: two runs on one warehouse, Ctrl-C mid-run,
and the mistakes a person makes with paths."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from gongkai.tasks.runtime.lock import LOCK_FILE
from gongkai.usage import EXIT_BUSY, EXIT_CANT_CREATE, EXIT_SIGINT, EXIT_USAGE

from conftest import SAMPLES, annual_report

GONGKAI = Path(sys.executable).parent / "gongkai"
AGENCIES = ("临洮县教育局", "岷县卫生健康局", "渭源县民政局", "漳县交通运输局", "陇西县财政局")


def run_env(tmp_path: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    return env | {"PREFECT_HOME": str(tmp_path / "prefect-home"), "DO_NOT_TRACK": "1"}


def start(tmp_path: Path, corpus: Path, warehouse: Path, *options: str) -> subprocess.Popen:
    return subprocess.Popen(
        [GONGKAI, "run", "--input", corpus, "--warehouse", warehouse, "--no-progress", *options],
        env=run_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def large_corpus(folder: Path, files: int = 2400) -> Path:
    """Enough distinct reports that the workers are busy for a while after the run has started."""
    folder.mkdir()
    for n in range(files):
        agency, year = AGENCIES[n % len(AGENCIES)], 2009 + n % 12
        body = f"全年主动公开政府信息{n + 3}条，其中规范性文件{n % 7}件。第{n}号汇编同步上网。"
        (folder / f"{n:05d}.txt").write_text(annual_report(agency, year, body), encoding="utf-8")
    return folder


def wait_until(condition, process: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def lock_held(warehouse: Path) -> bool:
    lock = warehouse / LOCK_FILE
    return lock.exists() and lock.stat().st_size > 0


def staging_folders(warehouse: Path) -> list[Path]:
    return list(warehouse.parent.glob(f".{warehouse.name}.staging-*"))


def snapshot(warehouse: Path) -> dict[str, str]:
    return {
        str(p.relative_to(warehouse)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(warehouse.rglob("*"))
        if p.is_file()
    }


def documents(warehouse: Path) -> int:
    with duckdb.connect(str(warehouse / "gongkai.duckdb"), read_only=True) as db:
        return db.execute("select count(*) from documents").fetchone()[0]


def test_a_second_run_on_a_warehouse_refuses_with_no_wait_and_waits_without_it(tmp_path):
    corpus, warehouse = large_corpus(tmp_path / "corpus"), tmp_path / "warehouse"
    first = start(tmp_path, corpus, warehouse)
    wait_until(lambda: lock_held(warehouse), first)

    refused = subprocess.run(
        [GONGKAI, "run", "--input", corpus, "--warehouse", warehouse, "--no-wait"],
        env=run_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert refused.returncode == EXIT_BUSY
    assert refused.stderr.count("\n") == 1 and f"warehouse {warehouse} is in use by a run since" in refused.stderr

    second = start(tmp_path, corpus, warehouse)
    out, err = first.communicate(timeout=600)
    assert first.returncode == 0, err
    second_out, second_err = second.communicate(timeout=600)
    assert second.returncode == 0, second_err
    assert "waiting for a run since" in second_err
    assert "up to date" in second_out  # it found the first run's warehouse, built from the same input
    assert documents(warehouse) > 0 and not staging_folders(warehouse)


def test_a_lock_left_by_a_killed_run_is_taken_over(tmp_path):
    corpus, warehouse = tmp_path / "corpus", tmp_path / "warehouse"
    shutil.copytree(SAMPLES, corpus)
    killed = start(tmp_path, large_corpus(tmp_path / "large"), warehouse)
    wait_until(lambda: lock_held(warehouse), killed)
    os.killpg(killed.pid, signal.SIGKILL)
    killed.wait()

    result = subprocess.run(
        [GONGKAI, "run", "--input", corpus, "--warehouse", warehouse, "--no-progress", "--no-wait"],
        env=run_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "taking over from a run since" in result.stderr and f"(pid {killed.pid} " in result.stderr
    assert documents(warehouse) > 0 and (warehouse / LOCK_FILE).stat().st_size == 0
    assert not staging_folders(warehouse)  # the killed run's, removed


def test_ctrl_c_mid_run_exits_130_leaving_the_previous_warehouse_as_it_was(tmp_path):
    warehouse = tmp_path / "warehouse"
    built = subprocess.run(
        [GONGKAI, "run", "--input", SAMPLES, "--warehouse", warehouse, "--no-progress"],
        env=run_env(tmp_path),
        capture_output=True,
        timeout=300,
    )
    assert built.returncode == 0
    before = snapshot(warehouse)

    run = start(tmp_path, large_corpus(tmp_path / "corpus"), warehouse)
    wait_until(lambda: staging_folders(warehouse), run)
    os.killpg(run.pid, signal.SIGINT)  # as a terminal's Ctrl-C does: the whole process group
    out, err = run.communicate(timeout=60)

    assert run.returncode == EXIT_SIGINT
    assert err.splitlines() == ["gongkai: interrupted; the warehouse is unchanged, nothing of the run is left behind"]
    assert snapshot(warehouse) == before and not staging_folders(warehouse)


@pytest.mark.parametrize(
    ("problem", "code", "line"),
    [
        ("missing input", EXIT_USAGE, "gongkai: input {corpus} does not exist"),
        ("warehouse is a file", EXIT_CANT_CREATE, "gongkai: warehouse {warehouse} is a file, not a folder"),
        (
            "warehouse under a file",
            EXIT_CANT_CREATE,
            "gongkai: warehouse {warehouse} cannot be written: Not a directory",
        ),
    ],
)
def test_a_mistaken_path_is_one_line_and_a_documented_exit_code(tmp_path, problem, code, line):
    corpus, warehouse = tmp_path / "corpus", tmp_path / "warehouse"
    if problem != "missing input":
        shutil.copytree(SAMPLES, corpus)
    if problem == "warehouse is a file":
        warehouse.write_text("not a folder")
    if problem == "warehouse under a file":
        (tmp_path / "file").write_text("not a folder")
        warehouse = tmp_path / "file" / "warehouse"
    result = subprocess.run(
        [GONGKAI, "run", "--input", corpus, "--warehouse", warehouse],
        env=run_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == code
    assert result.stderr.splitlines() == [line.format(corpus=corpus, warehouse=warehouse)]
