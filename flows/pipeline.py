"""The pipeline flow, step by step as the README's diagram draws it:

    files ─► [ingest → normalize → segment → extract → validate → write]  per batch, in the worker pool
          ─► dedupe (ledger resolved, later copies dropped) ─► load (DuckDB marts) ─► publish (atomic swap)

Orchestration only: what each step does is in `gongkai.tasks`, how the batches are run in
`gongkai.tasks.runtime.pool`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
from gongkai.tasks.batch.dedupe import dedupe
from gongkai.tasks.batch.run import plan_batches
from gongkai.tasks.batch.validate import as_dicts, blocking, merge_checks, quarantine_examples
from gongkai.tasks.batch.write import DATASETS_DIR
from gongkai.tasks.document.ingest import discover
from gongkai.tasks.runtime.alert import DataQualityError, raise_data_quality_alert
from gongkai.tasks.runtime.fingerprint import corpus_fingerprint, reusable_summary
from gongkai.tasks.runtime.pool import WorkerPool, start_worker_server
from gongkai.tasks.runtime.summary import Clock, ledger_counts, record_run, run_header, stage_seconds
from gongkai.tasks.warehouse.dashboard import refresh_dashboard
from gongkai.tasks.warehouse.marts import MARTS_FILE, load_marts
from gongkai.tasks.warehouse.publish import publish_warehouse, staging_dir, write_manifest
from prefect import flow, get_run_logger
from prefect.runtime import flow_run

from gongkai import progress
from gongkai.settings import BATCH_SIZE


@flow(name="gongkai-run", on_failure=[raise_data_quality_alert])
def gongkai_run(
    input_path: str,
    warehouse: str,
    batch_size: int = BATCH_SIZE,
    workers: int | None = None,
    force: bool = False,
    fingerprint: str | None = None,
    dashboard: bool = False,
) -> dict:
    """`fingerprint`: the input's, when the caller has just taken it (the CLI does, to find out whether there
    is anything to do, and hands over its walk of the input: `gongkai.tasks.document.ingest.walked`). Should
    the input change in between, the warehouse records the older fingerprint and the next run rebuilds: a
    stale one can only cost a rebuild, never a wrong reuse."""
    logger = get_run_logger()
    clock = Clock()
    run_id = str(flow_run.id)
    root, warehouse_dir = Path(input_path).resolve(), Path(warehouse).resolve()
    workers = (os.cpu_count() or 1) if workers is None else workers

    # ingest: what is there, and is there anything to do?
    if workers > 0:
        start_worker_server()
    files = discover(root)
    fingerprint = fingerprint or corpus_fingerprint(files, root)
    logger.info("found %d files under %s", len(files), root)
    previous = None if force else reusable_summary(warehouse_dir, fingerprint)
    if previous:
        logger.info("input and pipeline unchanged since run %s: the warehouse is reused", previous["run_id"])
        summary = (
            previous
            | run_header(run_id, root, warehouse_dir)
            | {"reused_from": previous["run_id"], "seconds": clock.stop("total")}
        )
        record_run(summary, warehouse_dir)
        return summary

    # ingest → normalize → segment → extract → validate → write, batch by batch in the workers
    staging = staging_dir(warehouse_dir, run_id)
    progress.current.start(len(files))
    batches = plan_batches(files, batch_size, workers)
    with WorkerPool(workers, root, staging, run_id) as pool:
        results = pool.run(batches, on_result=lambda result: progress.current.advance(len(result.files), "process"))
    clock.lap("process")
    logger.info("processed %d files in %d batches with %d workers", len(files), len(results), workers)

    # dedupe: the ledger resolved, later copies of a document dropped
    progress.current.stage("dedupe")
    datasets = staging / DATASETS_DIR
    ledger = dedupe(datasets, results, run_id)
    checks = merge_checks([c for r in results for c in r.checks] + ledger.checks)
    clock.lap("dedupe")
    logger.info(
        "ledger resolved: %d documents loaded, %d part files rewritten without later copies",
        ledger.documents,
        ledger.rewritten,
    )

    # load: the DuckDB marts file, and the integrity checks over its tables
    progress.current.stage("load")
    summary = (
        run_header(run_id, root, warehouse_dir)
        | ledger_counts(ledger.sources)
        | {"fingerprint": fingerprint, "documents": ledger.documents, "parts_rewritten": ledger.rewritten}
    )
    summary["marts"], integrity = load_marts(datasets, staging / MARTS_FILE, dict(summary))
    checks = merge_checks(checks + integrity)
    write_manifest(datasets, summary | {"blocking": bool(blocking(checks)), "integrity_checks": as_dicts(integrity)})
    clock.lap("load")

    # publish: one swap; then the run's record, and an alert when a blocking check failed
    publish_warehouse(staging, warehouse_dir, staging / MARTS_FILE)
    clock.lap("publish")
    if dashboard:  # from the published warehouse, its valid rows and quarantine, whatever the checks said
        refresh_dashboard(warehouse_dir)
        clock.lap("dashboard")
    progress.current.stop()
    summary |= {
        "facts": int(summary["marts"]["facts"]),
        "quarantined_rows": int(summary["marts"]["quarantine"]),
        "checks": as_dicts(checks),
        "stage_seconds": stage_seconds(results, clock),
        "seconds": clock.stop("total"),
        "workers": workers,
    }
    record_run(summary, warehouse_dir)
    logger.info(
        "warehouse published at %s: %d documents, %d facts, %d quarantined rows",
        warehouse_dir,
        summary["documents"],
        summary["facts"],
        summary["quarantined_rows"],
    )
    if blocking(checks):
        quarantine = pd.read_parquet(warehouse_dir / DATASETS_DIR / "quarantine")
        raise DataQualityError(quarantine_examples(quarantine, checks), summary)
    return summary
