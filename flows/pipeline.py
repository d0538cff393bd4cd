"""The pipeline flow: ingest → normalize → segment → extract → validate → write (in the workers, per batch)
→ dedupe → load → publish."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
from prefect import flow, get_run_logger
from prefect.runtime import flow_run
from prefect.utilities.annotations import quote

from gongkai import progress
from gongkai.settings import BATCH_SIZE
from gongkai.tasks.runtime.alert import DataQualityError, raise_data_quality_alert
from gongkai.tasks.runtime.fingerprint import corpus_fingerprint, reusable_summary
from gongkai.tasks.document.ingest import discover
from gongkai.tasks.warehouse.marts import MARTS_FILE, load_marts
from gongkai.tasks.batch.run import (BATCHES_PER_TASK, collector_paused, plan_batches, process_batches, queue_batches,
                           start_worker_server, worker_pool)
from gongkai.tasks.runtime.summary import Clock, ledger_counts, record_run, run_header, stage_seconds
from gongkai.tasks.batch.validate import as_dicts, blocking, merge_checks, quarantine_examples
from gongkai.tasks.batch.write import DATASETS_DIR, publish_warehouse, staging_dir, write_datasets, write_manifest

@flow(name="gongkai-run", on_failure=[raise_data_quality_alert])
def gongkai_run(input_path: str, warehouse: str, batch_size: int = BATCH_SIZE, workers: int | None = None,
                force: bool = False, fingerprint: str | None = None) -> dict:
    """`fingerprint`: the input's, when the caller has just computed it (the CLI does, to find out whether
    there is anything to do). Should the input change in between, the warehouse records the older one and
    the next run rebuilds: a stale fingerprint can only cost a rebuild, never a wrong reuse."""
    logger = get_run_logger()
    clock = Clock()
    run_id = str(flow_run.id)
    root, warehouse_dir = Path(input_path).resolve(), Path(warehouse).resolve()
    workers = (os.cpu_count() or 1) if workers is None else workers

    if workers > 0:
        start_worker_server()
    files = discover(root)
    fingerprint = fingerprint or corpus_fingerprint(files, root)
    logger.info("found %d files under %s", len(files), root)
    previous = None if force else reusable_summary(warehouse_dir, fingerprint)
    if previous:
        logger.info("input and pipeline unchanged since run %s: the warehouse is reused", previous["run_id"])
        summary = previous | run_header(run_id, root, warehouse_dir) | {"reused_from": previous["run_id"],
                                                                        "seconds": clock.stop("total")}
        record_run(summary, warehouse_dir)
        return summary

    staging = staging_dir(warehouse_dir, run_id)
    progress.current.start(len(files))
    batches = plan_batches(files, batch_size, workers)
    with collector_paused(), worker_pool(workers):
        queue_batches(batches, root, staging, run_id, read_ahead_by=2 * max(workers, 1))
        futures = [process_batches.submit(first, quote(batches[first:first + BATCHES_PER_TASK]), root, staging, run_id)
                   for first in range(0, len(batches), BATCHES_PER_TASK)]
        results = []
        for future in futures:
            for result in future.result():
                results.append(result)
                progress.current.advance(len(result.files), "process")
    clock.lap("process")
    logger.info("processed %d files in %d batches with %d workers", len(files), len(results), workers)

    progress.current.stage("dedupe")
    datasets = staging / DATASETS_DIR
    with collector_paused():
        # quote() keeps Prefect from visiting every element of the results (~2.5 s at 100k files).
        ledger = write_datasets(datasets, quote(results), run_id)
    checks = merge_checks([c for r in results for c in r.checks] + ledger.checks)
    clock.lap("dedupe")
    logger.info("ledger resolved: %d documents loaded, %d part files rewritten without later copies",
                ledger.documents, ledger.rewritten)

    progress.current.stage("load")
    summary = run_header(run_id, root, warehouse_dir) | ledger_counts(ledger.sources) | {
        "fingerprint": fingerprint, "documents": ledger.documents, "parts_rewritten": ledger.rewritten}
    summary["marts"], integrity = load_marts(datasets, staging / MARTS_FILE, dict(summary))
    checks = merge_checks(checks + integrity)
    write_manifest(datasets, summary | {"blocking": bool(blocking(checks)), "integrity_checks": as_dicts(integrity)})
    clock.lap("load")
    publish_warehouse(staging, warehouse_dir, staging / MARTS_FILE)
    clock.lap("publish")
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
    logger.info("warehouse published at %s: %d documents, %d facts, %d quarantined rows", warehouse_dir,
                summary["documents"], summary["facts"], summary["quarantined_rows"])
    if blocking(checks):
        quarantine = pd.read_parquet(warehouse_dir / DATASETS_DIR / "quarantine")
        raise DataQualityError(quarantine_examples(quarantine, checks), summary)
    return summary
