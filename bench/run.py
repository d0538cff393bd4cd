"""Benchmarks: the real `gongkai run` end to end, and the per-document stages on their own.

    python bench/run.py pipeline --sizes 1000 10000 100000     # end to end, plus an unchanged re-run
    python bench/run.py stages --count 5000                    # normalize / extract throughput, one core

`pipeline` generates (or reuses) a corpus per size under bench/out/, runs `gongkai run` as a subprocess,
samples the resident memory and CPU time of its whole process tree (flow, Prefect server, workers) every 0.1 s,
and reads the run summary for the flow's own duration (Prefect server start-up excluded) and per-stage times.
Then it runs again over the unchanged corpus; that figure is the command's wall-clock time, start to exit.
"peak RSS" adds up the resident sizes of the tree's processes at the moment their sum is highest, so pages the
workers share with the server they were forked from count once per process; "PSS" adds up their proportional
set sizes (a shared page split between the processes mapping it), what the machine gives the run, read the last
time the sum of resident sizes had grown by `PSS_STEP` (within that of the peak). Memory is in MiB.
"cpu ref" is a fixed one-core workload timed just before and after the first run (`cpu_reference`); "CPU s"
is what all the first run's processes used, Prefect's start-up included: the run is CPU-bound, so this is
the figure a speed-up has to lower.
`stages` times each stage in this process, single-threaded.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
# Reading PSS walks every mapping of every process (~5 ms for the tree): at each new peak, half the samples,
# it took ~0.5 CPU-s from a 10k run it was measuring.
PSS_STEP = 64 * 2**20
OUT = BENCH / "out"
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))


def corpus(count: int) -> Path:
    from generate import generate

    folder = OUT / f"corpus-{count}"
    marker = folder / ".complete"
    if not marker.exists():
        generate(count, folder)
        marker.write_text("ok")
    return folder


def tree_usage(root_pid: int, resident: dict[int, int] | None = None) -> tuple[int, dict[int, float]]:
    """Resident bytes of a process and all its descendants, and the CPU seconds (user + system) each of them
    has used so far (by pid), from /proc. `resident`, when given, receives each one's resident bytes."""
    children: dict[int, list[int]] = {}
    usage: dict[int, tuple[int, float]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
            usage[int(entry)] = (
                int(fields[21]) * os.sysconf("SC_PAGE_SIZE"),
                (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"),
            )
        except (OSError, IndexError, ValueError):
            continue
    rss, cpu, stack = 0, {}, [root_pid]
    while stack:
        pid = stack.pop()
        if pid in usage:
            rss += usage[pid][0]
            cpu[pid] = usage[pid][1]
            if resident is not None:
                resident[pid] = usage[pid][0]
        stack.extend(children.get(pid, []))
    return rss, cpu


def proportional_bytes(pids) -> int:
    """The proportional set sizes of `pids` added up (processes that have exited count nothing)."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as rollup:
                total += next(int(line.split()[1]) for line in rollup if line.startswith("Pss:")) * 1024
        except (OSError, StopIteration):
            continue
    return total


def run_gongkai(input_path: Path, warehouse: Path) -> dict:
    env = os.environ | {"PREFECT_HOME": str(OUT / "prefect-home")}
    started = time.perf_counter()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gongkai.cli",
            "run",
            "--input",
            str(input_path),
            "--warehouse",
            str(warehouse),
            "--no-progress",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=BENCH.parent,
    )
    peak, peak_pss, pss_read_at = 0, 0, -PSS_STEP
    cpu: dict[int, float] = {}
    roles: dict[int, str] = {}
    at_peak: dict[int, int] = {}  # each process's resident bytes when their sum peaked

    def sample() -> None:
        nonlocal peak, peak_pss, pss_read_at, at_peak
        while process.poll() is None:
            resident: dict[int, int] = {}
            rss, used = tree_usage(process.pid, resident)
            if rss > peak:
                peak, at_peak = rss, resident
            if rss >= pss_read_at + PSS_STEP:
                peak_pss, pss_read_at = proportional_bytes(used), rss
            cpu.update(used)  # the last figure of a process that has exited stays
            for pid in used.keys() - roles.keys():
                roles[pid] = process_role(pid, process.pid)
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    sampler.join()
    wall = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"gongkai run failed ({process.returncode}):\n{stderr.decode()[-3000:]}")
    summary = json.loads(sorted((warehouse / "runs").glob("*.json"))[-1].read_text(encoding="utf-8"))
    by_role: dict[str, float] = {}
    for pid, seconds in cpu.items():
        role = "flow" if pid == process.pid else roles.get(pid, "other")
        by_role[role] = by_role.get(role, 0.0) + seconds
    return {
        "wall": wall,
        "peak_rss": peak,
        "peak_pss": peak_pss,
        "cpu": sum(cpu.values()),
        "cpu_by_role": by_role,
        "peak_by_process": sorted(
            (("flow" if pid == process.pid else roles.get(pid, "other"), rss) for pid, rss in at_peak.items()),
            key=lambda role_rss: -role_rss[1],
        ),
        "summary": summary,
        "up_to_date": b"up to date" in stdout,
    }


def process_role(pid: int, flow_pid: int) -> str:
    """What a process of the run's tree is: Prefect's server, the workers' fork server (a child of the flow
    process), a worker (forked by it: same command line)."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            args = cmdline.read().replace(b"\0", b" ")
        with open(f"/proc/{pid}/stat") as stat:
            parent = int(stat.read().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return "other"
    if b"forkserver" in args:
        return "fork server" if parent == flow_pid else "worker"
    return "server" if b"prefect" in args or b"uvicorn" in args else "other"


def cpu_reference() -> float:
    """Seconds one core takes for a fixed pure-Python loop. This VM's speed drifts by up to 2× within minutes,
    so every figure is printed next to the references taken just before and after it: compare runs at
    similar references only."""
    started = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    return time.perf_counter() - started


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and ".prefect" not in p.parts)


def pipeline(sizes: list[int]) -> None:
    print(
        f"{'docs':>8} {'flow s':>7} {'docs/s':>7} {'wall s':>7} {'peak RSS':>10} {'PSS':>8} "
        f"{'warehouse':>11} {'rerun s':>8} {'cpu ref s':>10} {'CPU s':>6}  per-stage docs/s (worker CPU)"
    )
    for count in sizes:
        source = corpus(count)
        warehouse = OUT / f"warehouse-{count}"
        shutil.rmtree(warehouse, ignore_errors=True)
        reference_before = cpu_reference()
        first = run_gongkai(source, warehouse)
        reference_after = cpu_reference()
        again = run_gongkai(source, warehouse)
        s = first["summary"]
        stages = {k: round(count / v) for k, v in s["stage_seconds"]["worker_cpu"].items() if v}
        print(
            f"{count:>8} {s['seconds']:>7.1f} {count / s['seconds']:>7.0f} {first['wall']:>7.1f} "
            f"{first['peak_rss'] / 2**20:>7.0f}MiB {first['peak_pss'] / 2**20:>5.0f}MiB "
            f"{size_of(warehouse) / 2**20:>8.0f}MiB "
            f"{again['wall']:>8.1f} {reference_before:>4.2f}–{reference_after:<4.2f} {first['cpu']:>6.0f}  {stages}"
        )
        print(
            f"{'':>8} flow laps: {s['stage_seconds']['wall']}; first run wall incl. Prefect start-up "
            f"{first['wall']:.1f} s; re-run {'up to date' if again['up_to_date'] else 'REBUILT'}"
        )
        split = ", ".join(f"{role} {seconds:.1f}" for role, seconds in sorted(first["cpu_by_role"].items()))
        print(f"{'':>8} CPU s by process: {split}")


def stages(count: int) -> None:
    from gongkai.tasks.document.chain import extract_docs, normalize_records, segment_docs
    from gongkai.tasks.document.ingest import discover, ingest_files

    root = corpus(count)
    files = discover(root)
    started = time.perf_counter()
    sources = ingest_files(files, root)
    ingest_s = time.perf_counter() - started
    megabytes = sum(s.size_bytes for s in sources) / 1e6
    started = time.perf_counter()
    docs = normalize_records(sources)
    normalize_s = time.perf_counter() - started
    started = time.perf_counter()
    extract_docs(segment_docs(docs))
    extract_s = time.perf_counter() - started
    n = len(docs)
    print(f"{n} documents, {megabytes:.1f} MB, one core")
    for name, seconds in (("ingest+decode", ingest_s), ("normalize", normalize_s), ("segment+extract", extract_s)):
        print(f"  {name:<16} {n / seconds:>7.0f} documents/s  {megabytes / seconds:>6.1f} MB/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("pipeline")
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    s = commands.add_parser("stages")
    s.add_argument("--count", type=int, default=5000)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    pipeline(args.sizes) if args.command == "pipeline" else stages(args.count)


if __name__ == "__main__":
    main()
