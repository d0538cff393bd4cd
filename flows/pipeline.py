"""The pipeline flow: ingest → normalize → segment → extract → validate → write → load → publish."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from prefect import flow, get_run_logger
from prefect.runtime import flow_run

from gongkai import progress
from tasks.alert import DataQualityError, raise_data_quality_alert
from tasks.ingest import discover
from tasks.load import MARTS_FILE, load_marts
from tasks.process import extract_batch, ingest_batch, normalize_batch, segment_batch
from tasks.tables import build_tables
from tasks.validate import validate_batch
from tasks.write import publish_warehouse, staging_dir, write_batch

BATCH_SIZE = 500


def chunked(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


@flow(name="gongkai-run", on_failure=[raise_data_quality_alert])
def gongkai_run(input_path: str, warehouse: str, batch_size: int = BATCH_SIZE) -> dict:
    logger = get_run_logger()
    run_id = str(flow_run.id)
    root, warehouse_dir = Path(input_path).resolve(), Path(warehouse).resolve()

    files = discover(root)
    logger.info("found %d files under %s", len(files), root)
    progress.current.start(len(files))
    ingested, processed = [], []
    for batch in chunked(files, batch_size):
        sources = ingest_batch(batch, root)
        docs = extract_batch(segment_batch(normalize_batch(sources)))
        ingested += sources
        processed += docs
        progress.current.advance(len(batch), "extract")
    logger.info("processed %d files into %d document candidates", len(ingested), len(processed))

    progress.current.stage("validate")
    tables = build_tables(ingested, processed, run_id)
    validated = validate_batch(tables, run_id)
    failed = [c for c in validated.checks if not c.passed]
    logger.info("validated %d checks, %d failed, %d rows quarantined",
                len(validated.checks), len(failed), len(validated.tables["quarantine"]))

    progress.current.stage("write")
    staging = staging_dir(warehouse_dir, run_id)
    summary = run_summary(run_id, root, warehouse_dir, validated)
    datasets = write_batch(validated.tables, staging, summary)
    progress.current.stage("load")
    summary["marts"] = load_marts(datasets, staging / MARTS_FILE, summary)
    publish_warehouse(staging, warehouse_dir, staging / MARTS_FILE)
    record_run(summary, warehouse_dir)
    logger.info("warehouse published at %s", warehouse_dir)
    progress.current.stop()

    if validated.blocking:
        quarantine = validated.tables["quarantine"]
        failures = [
            {"dataset": c.dataset, "check": c.check, "failed_rows": c.failed_rows,
             "rows": quarantine[(quarantine["dataset"] == c.dataset) & (quarantine["check"] == c.check)]
             .head(20)[["doc_id", "detail", "row"]].to_dict("records")}
            for c in validated.blocking
        ]
        raise DataQualityError(failures, summary)
    return summary


def run_summary(run_id: str, root: Path, warehouse: Path, validated) -> dict:
    sources = validated.tables["sources"]
    status = sources["status"].value_counts().to_dict()
    return {
        "run_id": run_id,
        "run_name": flow_run.name,
        "finished_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "input_path": str(root),
        "warehouse": str(warehouse),
        "files": len(sources),
        "loaded": int(status.get("loaded", 0)),
        "duplicate": int(status.get("duplicate", 0)),
        "rejected": int(status.get("rejected", 0)),
        "documents": len(validated.tables["documents"]),
        "facts": len(validated.tables["facts"]),
        "quarantined_rows": len(validated.tables["quarantine"]),
        "rejections": sources.loc[sources["status"] == "rejected", ["source_path", "reason"]].to_dict("records"),
        "checks": validated.as_dicts(),
    }


def record_run(summary: dict, warehouse: Path) -> None:
    runs = warehouse / "runs"
    runs.mkdir(parents=True, exist_ok=True)
    (runs / f"{summary['finished_at'].replace(':', '')}-{summary['run_name']}.json").write_text(
        json.dumps(summary, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
