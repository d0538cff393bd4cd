"""The run summary: what a run did, for the console, `warehouse/runs/` and the alert."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
from prefect.runtime import flow_run


class Clock:
    """Wall-clock seconds of the flow's own steps."""

    def __init__(self) -> None:
        self.start = self.last = time.perf_counter()
        self.laps: dict[str, float] = {}

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = round(now - self.last, 3)
        self.last = now

    def stop(self, name: str) -> float:
        return round(time.perf_counter() - self.start, 3)


def stage_seconds(results, clock: Clock) -> dict:
    """CPU seconds each per-document stage took, added over the workers, and the flow's wall-clock laps."""
    cpu: dict[str, float] = {}
    for result in results:
        for stage, seconds in result.seconds.items():
            cpu[stage] = cpu.get(stage, 0.0) + seconds
    return {"worker_cpu": {k: round(v, 3) for k, v in cpu.items()}, "wall": clock.laps}


def run_header(run_id: str, root: Path, warehouse: Path) -> dict:
    return {
        "run_id": run_id,
        "run_name": flow_run.name,
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "input_path": str(root),
        "warehouse": str(warehouse),
    }


def ledger_counts(sources: pd.DataFrame) -> dict:
    status = sources["status"].value_counts().to_dict()
    return {
        "files": len(sources),
        "loaded": int(status.get("loaded", 0)),
        "duplicate": int(status.get("duplicate", 0)),
        "rejected": int(status.get("rejected", 0)),
        "rejections": sources.loc[sources["status"] == "rejected", ["source_path", "reason"]].to_dict("records"),
    }


def record_run(summary: dict, warehouse: Path) -> None:
    runs = warehouse / "runs"
    runs.mkdir(parents=True, exist_ok=True)
    (runs / f"{summary['finished_at'].replace(':', '')}-{summary['run_id']}.json").write_text(
        json.dumps(summary, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
    )
