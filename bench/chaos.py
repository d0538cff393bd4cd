"""The slow part of the fault suite: real `gongkai run` processes, killed and starved (issue 20).

    python bench/chaos.py [--count 1000]          # every scenario; a Markdown results table on stdout

Each scenario runs the real command as a subprocess (its own process group) over the benchmark corpus
(`bench/run.py`'s, with a few hostile files added) and asserts the README's promises afterwards:
- the warehouse is the previous one intact or the new one complete, never a mix: the datasets' manifest and
  the DuckDB file name the same run, and the marts file opens read-only;
- when a run completes, every path under the input has exactly one ledger row;
- no staging folder is left behind by a run that failed in-process.

Scenarios: SIGKILL of the whole run at each phase (found by watching what the staging folder holds:
processing, load, just before the publish, right after), SIGKILL of one worker, two concurrent runs into
one warehouse, a run on a full disk (a small tmpfs; skipped when it cannot be mounted), a reader that reads
the pair in a loop while a run publishes. The quick fault tests are `tests/faults/` (pytest -m faults).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

import duckdb

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from run import OUT, corpus  # noqa: E402


def start(input_path: Path, warehouse: Path, *extra: str) -> subprocess.Popen:
    env = os.environ | {"PREFECT_HOME": str(OUT / "prefect-home-chaos")}
    command = [sys.executable, "-m", "gongkai.cli", "run", "--input", str(input_path), "--warehouse", str(warehouse)]
    return subprocess.Popen(
        [*command, "--no-progress", "--force", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=BENCH.parent,
        start_new_session=True,
    )


def kill_group(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()


def published(warehouse: Path) -> str | None:
    """The run the warehouse holds, checking that datasets and marts file agree; None when empty."""
    manifest = warehouse / "datasets" / "manifest.json"
    if not manifest.exists():
        assert not (warehouse / "gongkai.duckdb").exists(), "a marts file without datasets"
        return None
    datasets_run = json.loads(manifest.read_text(encoding="utf-8"))["run_id"]
    con = duckdb.connect(str(warehouse / "gongkai.duckdb"), read_only=True)
    try:
        marts_run = con.execute("SELECT run_id FROM run_info").fetchone()[0]
        sources = con.execute("SELECT count(*) FROM sources").fetchone()[0]
    finally:
        con.close()
    assert datasets_run == marts_run, f"a mix: datasets of {datasets_run}, marts of {marts_run}"
    return f"{datasets_run}:{sources}"


def ledger_complete(warehouse: Path, input_path: Path) -> None:
    from gongkai.tasks.document.ingest import discover

    con = duckdb.connect(str(warehouse / "gongkai.duckdb"), read_only=True)
    try:
        rows = con.execute("SELECT count(*), count(DISTINCT source_path) FROM sources").fetchone()
    finally:
        con.close()
    expected = len(discover(input_path.resolve()))
    assert rows == (expected, expected), f"ledger {rows}, {expected} paths under the input"


def staging_left(warehouse: Path) -> list[Path]:
    return list(warehouse.parent.glob(f".{warehouse.name}.staging-*"))


def phase_of(warehouse: Path) -> str:
    staging = staging_left(warehouse)
    if not staging:
        return "start"
    if (staging[0] / "gongkai.duckdb").exists():
        return "load"
    return "process"


def scenario_kill_at_each_phase(input_path: Path, work: Path) -> str:
    warehouse = work / "wh-kill"
    assert start(input_path, warehouse).wait() == 0
    before = published(warehouse)
    outcomes = []
    for target in ("process", "load", "publish"):
        process = start(input_path, warehouse)
        seen = "start"
        while process.poll() is None:
            seen = phase_of(warehouse)
            if seen == target or (target == "publish" and published(warehouse) != before):
                break
            time.sleep(0.005)
        kill_group(process)
        now = published(warehouse)
        assert now is not None
        outcomes.append(f"{target}: {'previous intact' if now == before else 'new complete'}")
        if now != before:
            ledger_complete(warehouse, input_path)
        before = now
    return "; ".join(outcomes)


def scenario_killed_worker(input_path: Path, work: Path) -> str:
    warehouse = work / "wh-worker"
    process = start(input_path, warehouse)
    killed = None
    while process.poll() is None and killed is None:
        for pid in _descendants(process.pid):
            if _parent_is_forkserver(pid):  # a worker: forked (not executed) from the fork server
                os.kill(pid, signal.SIGKILL)
                killed = pid
                break
        time.sleep(0.05)
    assert process.wait() == 0, process.stderr.read().decode()[-2000:]
    published(warehouse)
    ledger_complete(warehouse, input_path)
    return f"worker {killed} killed mid-run; run completed, ledger complete" if killed else "no worker seen"


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    parent = int(stat.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(parent, []).append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    found, stack = [], [root]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


def _parent_is_forkserver(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            parent = int(stat.read().rsplit(")", 1)[1].split()[1])
        with open(f"/proc/{parent}/cmdline", "rb") as file:
            return b"forkserver" in file.read()
    except (OSError, ValueError):
        return False


def scenario_concurrent_runs(input_path: Path, work: Path) -> str:
    warehouse = work / "wh-concurrent"
    first, second = start(input_path, warehouse), start(input_path, warehouse)
    codes = (first.wait(), second.wait())
    now = published(warehouse)
    assert now is not None and not staging_left(warehouse)
    ledger_complete(warehouse, input_path)
    return f"exit codes {codes}; one complete warehouse, never a mix"


def scenario_disk_full(input_path: Path, work: Path) -> str:
    mount = work / "small-disk"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True).returncode:
        return "skipped: cannot mount a tmpfs here"
    try:
        warehouse = mount / "wh"
        code = start(input_path, warehouse).wait()
        assert code != 0 or published(warehouse) is not None
        assert not staging_left(warehouse), "staging left on the full disk"
        free = shutil.disk_usage(mount).free
        return f"exit {code}; no staging left; {free / 2**20:.1f} MB free after"
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def scenario_reader_during_publish(input_path: Path, work: Path) -> str:
    warehouse = work / "wh-reader"
    assert start(input_path, warehouse).wait() == 0
    stop, seen, errors = threading.Event(), set(), []

    def read() -> None:
        while not stop.is_set():
            try:
                seen.add(published(warehouse))
            except AssertionError as exc:
                errors.append(str(exc))
            except (duckdb.Error, OSError):
                pass  # the name switched between two opens: a retry, not a mix

    reader = threading.Thread(target=read)
    reader.start()
    for _ in range(2):
        assert start(input_path, warehouse).wait() == 0
    stop.set()
    reader.join()
    assert not errors, errors[:3]
    return f"{len(seen)} distinct runs read, never a mix"


SCENARIOS = {
    "SIGKILL at each phase (process, load, publish)": scenario_kill_at_each_phase,
    "a worker SIGKILLed mid-run": scenario_killed_worker,
    "two concurrent runs, one warehouse": scenario_concurrent_runs,
    "disk full (4 MB tmpfs)": scenario_disk_full,
    "a reader during publish": scenario_reader_during_publish,
}


def hostile_corpus(count: int, work: Path) -> Path:
    folder = work / "input"
    shutil.copytree(corpus(count), folder, ignore=shutil.ignore_patterns(".complete"))
    os.mkfifo(folder / "fifo.txt")
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (folder / "digits.txt").write_text("1" * 200_000)
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--only", help="run the scenarios whose name contains this")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="gongkai-chaos-"))
    try:
        input_path = hostile_corpus(args.count, work)
        print(f"fault suite, {date.today()}, {args.count} documents + 4 hostile files\n")
        print("| scenario | result | s |\n|---|---|---:|")
        for name, scenario in SCENARIOS.items():
            if args.only and args.only not in name:
                continue
            started = time.perf_counter()
            try:
                result = "pass: " + scenario(input_path, work)
            except AssertionError as exc:
                result = f"FAIL: {exc}"
            print(f"| {name} | {result} | {time.perf_counter() - started:.0f} |", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
