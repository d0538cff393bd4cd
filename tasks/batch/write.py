"""Write: each batch's Parquet parts, which are the datasets; the ledger; published in one atomic step.

Everything a run produces is written to a staging folder next to the warehouse (same file system, outside
the warehouse so that nothing half-written is ever discoverable under it):
- each batch writes `datasets/<dataset>/part-<batch>-<chunk>.parquet` as soon as it is done (memory does not
  grow with the corpus), rows of loaded documents only, but for the few later copies that `finish_datasets`
  removes once the ledger is resolved (`gongkai.tasks.batch.dedupe`);
- the ledger (`sources`, `source_records`, its quarantine rows) is written then, as `part-ledger.parquet`;
- publishing swaps the staged `datasets/` folder with the live one using renameat2(RENAME_EXCHANGE) where
  the kernel has it, a rename pair otherwise. A crash before the swap leaves the previous warehouse
  untouched; the next run removes the stale staging folder.

A dataset is a folder of parts (one per batch, ~1,000 documents), which DuckDB, pandas, pyarrow and Spark
read as one table: `read_parquet('datasets/facts/*.parquet')`. One file per dataset would cost a rewrite of
everything the workers wrote (~8 CPU-seconds, ~3 s of a 100k run).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from prefect import task
from prefect.cache_policies import NONE

from gongkai.tasks.batch.dedupe import rows_to_keep
from gongkai.tasks.batch.tables import (ARROW_SCHEMAS, ORIGIN, PART_SCHEMAS, resolve_duplicates, source_records_table,
                          sources_table)
from gongkai.tasks.batch.validate import CheckResult, validate_ledger

DATASETS_DIR = "datasets"
LEDGER_PART = "ledger"
STAGING_PREFIX = ".{name}.staging-"
# Whole texts rarely repeat and nobody filters on them: no dictionary, no statistics.
LONG_TEXT_COLUMNS = ("text", "row")
RENAME_EXCHANGE = 2
AT_FDCWD = -100


def staging_dir(warehouse: Path, run_id: str) -> Path:
    warehouse.mkdir(parents=True, exist_ok=True)
    prefix = STAGING_PREFIX.format(name=warehouse.name)
    for stale in warehouse.parent.glob(prefix + "*"):
        shutil.rmtree(stale, ignore_errors=True)
    return Path(tempfile.mkdtemp(prefix=f"{prefix}{run_id[:8]}-", dir=warehouse.parent))


def arrow_table(name: str, frame: pd.DataFrame) -> pa.Table:
    schema = ARROW_SCHEMAS[name]
    return pa.Table.from_pandas(frame[schema.names], schema=schema, preserve_index=False)


def write_table(table: pa.Table, path: Path) -> None:
    """One dataset file: zstd, dictionaries and statistics for every column but the long texts. Written
    beside its final name and renamed, so that a part rewritten in place (`finish_datasets`) is either
    whole or as it was."""
    short = [c for c in table.column_names if c not in LONG_TEXT_COLUMNS]
    partial = path.with_name(path.name + ".partial")
    pq.write_table(table, partial, compression="zstd", use_dictionary=short, write_statistics=short)
    os.replace(partial, path)


def write_parts(tables: dict[str, pa.Table], datasets_dir: Path, part: str) -> None:
    """`<dataset>/part-<part>.parquet` for each table that has rows, without the rows' origin (what
    `gongkai.tasks.batch.dedupe.PartRows` keeps instead)."""
    for name, table in tables.items():
        if table.num_rows:
            _write_part(table, datasets_dir / name, part)


def _write_part(table: pa.Table, folder: Path, part: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_table(table.drop_columns([c for c in table.column_names if c == ORIGIN]), folder / f"part-{part}.parquet")


def write_ledger(datasets_dir: Path, ledger: dict[str, pd.DataFrame], quarantine: pa.Table) -> None:
    """The ledger's datasets, and its quarantine rows; then an empty part for any dataset no batch wrote a
    row of (an input with no documents), so that every dataset can be read, with its columns."""
    write_parts({name: arrow_table(name, frame) for name, frame in ledger.items()} | {"quarantine": quarantine},
                datasets_dir, LEDGER_PART)
    for name, schema in (ARROW_SCHEMAS | PART_SCHEMAS).items():
        if not any((datasets_dir / name).glob("*.parquet")):
            _write_part(schema.empty_table(), datasets_dir / name, LEDGER_PART)


@dataclass
class Ledger:
    """What the flow needs of the resolved ledger: its counts, its checks, and what finishing took."""

    sources: pd.DataFrame
    documents: int
    checks: list[CheckResult]
    rewritten: int


def finish_datasets(datasets_dir: Path, results: list, run_id: str) -> Ledger:
    """Once every batch is done (`results`: their `gongkai.tasks.batch.run.BatchResult`s): the ledger resolved
    (`resolve_duplicates`), validated and written, and the parts rewritten that still hold a later copy
    (`gongkai.tasks.batch.dedupe.rows_to_keep`)."""
    files = [f for r in results for f in r.files]
    loaded, quarantined = resolve_duplicates(files, [k for r in results for k in r.keys])
    ledger = {"sources": sources_table(files), "source_records": source_records_table(files)}
    quarantine, checks = validate_ledger(ledger["sources"], ledger["source_records"], run_id)
    changes = rows_to_keep([p for r in results for p in r.parts], loaded, quarantined)
    for dataset, part, keep in changes:
        path = datasets_dir / dataset / f"part-{part}.parquet"
        write_table(pq.read_table(path).filter(keep), path)
    write_ledger(datasets_dir, ledger, quarantine)
    return Ledger(ledger["sources"], len(loaded), checks, len(changes))


def write_manifest(datasets_dir: Path, manifest: dict) -> None:
    (datasets_dir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2, default=str),
                                               encoding="utf-8")


def _exchange(a: Path, b: Path) -> bool:
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE)
    return result == 0


def publish(staging: Path, warehouse: Path, marts_file: Path | None) -> None:
    """Swap the staged datasets (and marts file) into the warehouse, then drop the staging folder."""
    staged, live = staging / DATASETS_DIR, warehouse / DATASETS_DIR
    if live.exists():
        if not _exchange(staged, live):
            old = staging / "previous"
            os.rename(live, old)
            os.rename(staged, live)
    else:
        os.rename(staged, live)
    if marts_file is not None:
        os.replace(marts_file, warehouse / marts_file.name)
    shutil.rmtree(staging, ignore_errors=True)


write_datasets = task(finish_datasets, name="write", cache_policy=NONE, persist_result=False)
publish_warehouse = task(publish, name="publish", cache_policy=NONE, persist_result=False)
