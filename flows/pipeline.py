"""The pipeline flow, step by step as the README's diagram draws it:

    files ─► [ingest → normalize → segment → extract → validate → write]  per batch, in the worker pool
          ─► dedupe (ledger resolved, later copies dropped) ─► load (DuckDB marts) ─► publish (atomic swap)

Orchestration only: what each step does is in `gongkai.tasks`, how the batches are run in
`gongkai.tasks.runtime.pool`.
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from functools import partial
from pathlib import Path

import pandas as pd
from prefect import flow, get_run_logger
from prefect.runtime import flow_run

from gongkai import progress
from gongkai.schedule import tag_this_run
from gongkai.settings import BATCH_SIZE
from gongkai.tasks.batch.dedupe import dedupe
from gongkai.tasks.batch.run import plan_batches
from gongkai.tasks.batch.validate import DOCUMENT_KEYS, as_dicts, blocking, merge_checks, quarantine_examples
from gongkai.tasks.batch.write import DATASETS_DIR
from gongkai.tasks.document.ingest import Item, discover, handed_fingerprint, plan_slices
from gongkai.tasks.runtime import interrupt
from gongkai.tasks.runtime.alert import DataQualityError, raise_data_quality_alert, withdraw_retries
from gongkai.tasks.runtime.artifacts import publish_run_artifacts
from gongkai.tasks.runtime.fingerprint import corpus_fingerprint, reusable_summary
from gongkai.tasks.runtime.lock import describe, warehouse_lock
from gongkai.tasks.runtime.pool import WorkerPool, start_worker_server
from gongkai.tasks.runtime.summary import Clock, ledger_counts, record_run, run_header, stage_seconds
from gongkai.tasks.warehouse.dashboard import refresh_dashboard
from gongkai.tasks.warehouse.marts import MARTS_FILE, load_marts
from gongkai.tasks.warehouse.publish import publish_warehouse, staged, write_manifest


def run_name() -> str:
    """`gongkai <input folder> <date>`: what ran, and when, as the Prefect UI lists it."""
    folder = Path(flow_run.parameters["input_path"]).resolve().name
    return f"gongkai {folder} {datetime.now().astimezone():%Y-%m-%d %H:%M}"


# Retries are for transient failures (a worker killed for memory, a file system that went away for a while)
# of scheduled runs; `gongkai run` runs without them, and a data-quality failure withdraws them.
@flow(
    name="gongkai-run",
    flow_run_name=run_name,
    on_failure=[raise_data_quality_alert],
    retries=2,
    retry_delay_seconds=120,
)
def gongkai_run(
    input_path: str, warehouse: str, batch_size: int = BATCH_SIZE, force: bool = False, dashboard: bool = False
) -> dict:
    """Reads the documents under `input_path` into the validated warehouse at `warehouse`, or reuses the
    warehouse when neither the input nor the pipeline changed since its last run (`force` rebuilds).
    `batch_size`: files a worker takes at once, at most. `dashboard`: refresh the offline dashboard in
    `<warehouse>/dashboard` once the warehouse is published."""
    logger = get_run_logger()
    clock = Clock()
    tag_this_run()
    run_id = str(flow_run.id)
    root, warehouse_dir = Path(input_path).resolve(), Path(warehouse).resolve()
    workers = os.cpu_count() or 1

    # one run at a time on a warehouse: `gongkai run` already holds the lock, a deployment's run takes it here
    with warehouse_lock(warehouse_dir, on_wait=logger.info) as killed:
        if killed:
            logger.warning("took over the warehouse from a run that did not finish: %s", describe(killed))
        # ingest: what is there, and is there anything to do?
        start_worker_server()
        files = discover(root)
        fingerprint = handed_fingerprint(root) or corpus_fingerprint(files, root)
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
        # Staged beside the warehouse: a failure or an interrupt removes the staging folder, a success makes it
        # the published snapshot.
        with (
            staged(warehouse_dir, run_id) as staging,
            interrupt.undo_on_interrupt(partial(shutil.rmtree, staging, ignore_errors=True)),
        ):
            # a large JSONL file is streamed, cut into slices that are batches of their own, the largest work first
            paths, slices = plan_slices(files)
            batches: list[list[Item]] = [[one] for one in slices]
            batches += plan_batches(paths, batch_size, workers)
            progress.current.start(len(paths) + len(slices))
            with WorkerPool(workers, root, staging, run_id) as pool:
                results = pool.run(
                    batches, on_result=lambda result: progress.current.advance(len(result.files), "process")
                )
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
            write_manifest(
                datasets, summary | {"blocking": bool(blocking(checks)), "integrity_checks": as_dicts(integrity)}
            )
            clock.lap("load")

            # publish: one swap, which a signal does not cut short; then the run's record, and an alert when a
            # blocking check failed
            with interrupt.not_interrupted():
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
        summary["artifacts"] = publish_run_artifacts(summary)
        if blocking(checks):
            quarantine = pd.read_parquet(warehouse_dir / DATASETS_DIR / "quarantine")
            documents = pd.read_parquet(warehouse_dir / DATASETS_DIR / "documents", columns=DOCUMENT_KEYS)
            withdraw_retries()
            raise DataQualityError(quarantine_examples(quarantine, checks, documents), summary)
        return summary
