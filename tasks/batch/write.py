"""Write: a batch's validated tables as Parquet parts, which are the datasets, and the run's ledger.

Everything a run produces is written to a staging folder next to the warehouse (`gongkai.tasks.warehouse.publish`):
- each batch writes `datasets/<dataset>/part-<batch>-<chunk>.parquet` as soon as it is done (memory does not
  grow with the corpus), rows of loaded documents only, but for the few later copies that the dedupe step
  removes once the ledger is resolved (`gongkai.tasks.batch.dedupe`);
- the ledger (`sources`, `source_records`, its quarantine rows) is written then, as `part-ledger.parquet`.

A dataset is a folder of parts (one per batch, ~1,000 documents), which DuckDB, pandas, pyarrow and Spark
read as one table: `read_parquet('datasets/facts/*.parquet')`. One file per dataset would cost a rewrite of
everything the workers wrote (~8 CPU-seconds, ~3 s of a 100k run).
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from gongkai.tasks.batch.tables import ARROW_SCHEMAS, ORIGIN, PART_SCHEMAS

DATASETS_DIR = "datasets"
LEDGER_PART = "ledger"
# Whole texts rarely repeat and nobody filters on them: no dictionary, no statistics.
LONG_TEXT_COLUMNS = ("text", "row")


def arrow_table(name: str, frame: pd.DataFrame) -> pa.Table:
    schema = ARROW_SCHEMAS[name]
    return pa.Table.from_pandas(frame[schema.names], schema=schema, preserve_index=False)


def write_table(table: pa.Table, path: Path) -> None:
    """One dataset file: zstd, dictionaries and statistics for every column but the long texts. Written
    beside its final name and renamed, so that a part rewritten in place (`gongkai.tasks.batch.dedupe`) is either
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
    write_parts(
        {name: arrow_table(name, frame) for name, frame in ledger.items()} | {"quarantine": quarantine},
        datasets_dir,
        LEDGER_PART,
    )
    for name, schema in (ARROW_SCHEMAS | PART_SCHEMAS).items():
        if not any((datasets_dir / name).glob("*.parquet")):
            _write_part(schema.empty_table(), datasets_dir / name, LEDGER_PART)
