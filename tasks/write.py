"""Write: Parquet parts per batch, the final datasets assembled from them, published in one atomic step.

Everything a run produces is written to a staging folder next to the warehouse (same file system, outside
the warehouse so that nothing half-written is ever discoverable under it):
- each batch writes `parts/<dataset>/part-<batch>-<chunk>.parquet` as soon as it is done (memory does not
  grow with the corpus);
- the final `datasets/<dataset>.parquet` keep only the rows of loaded documents (duplicates resolved), and
  are assembled by DuckDB from the parts, which it streams;
- publishing swaps the staged `datasets/` folder with the live one using renameat2(RENAME_EXCHANGE) where
  the kernel has it, a rename pair otherwise. A crash before the swap leaves the previous warehouse
  untouched; the next run removes the stale staging folder.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import shutil
import tempfile
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from prefect import task
from prefect.cache_policies import NONE

from tasks.tables import ARROW_SCHEMAS, DOCUMENT_DATASETS, ORIGIN
from tasks.validate import CheckResult, as_dicts, integrity_checks

DATASETS_DIR = "datasets"
PARTS_DIR = "parts"
STAGING_PREFIX = ".{name}.staging-"
# A row group is buffered and compressed as one unit: rows that carry whole texts get small groups (at
# DuckDB's default of 122,880 rows, the documents of a 100k corpus took 8.7 s to write instead of 0.8 s).
ROW_GROUP_ROWS = {"documents": 2048, "sections": 8192}
DEFAULT_ROW_GROUP_ROWS = 122_880
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


def write_parts(tables: dict[str, pa.Table], parts_dir: Path, part: str) -> None:
    """One Parquet part per dataset, `<dataset>/part-<part>.parquet`. Parts are read once, whole, by
    `assemble_datasets`: no dictionaries (long texts rarely repeat) and no statistics (nothing is filtered by
    them); zstd keeps them small for little CPU."""
    for name, table in tables.items():
        folder = parts_dir / name
        folder.mkdir(parents=True, exist_ok=True)
        pq.write_table(table, folder / f"part-{part}.parquet", compression="zstd", use_dictionary=False,
                       write_statistics=False)


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")  # COPY … TO takes no bound parameters


def register_kept_rows(con: duckdb.DuckDBPyConnection, staging: Path, ledger: dict[str, pd.DataFrame],
                       loaded: set[str], quarantined: set[str]) -> dict[str, str]:
    """Per dataset, the SQL selecting the rows a run keeps, over what it registers on `con`: the ledger
    tables as given; the document datasets' parts, rows of loaded documents only (the quarantine: also the
    first copy of a rejected document, and rows of no document). The Parquet datasets and the marts file
    are both built from these, at the same time."""
    con.register("loaded_origins", pa.table({"origin": sorted(loaded)}))
    con.register("quarantined_origins", pa.table({"origin": sorted(quarantined)}))
    kept = {}
    for name, frame in ledger.items():
        con.register(f"ledger_{name}", arrow_table(name, frame))
        kept[name] = f"SELECT * FROM ledger_{name}"
    for name in DOCUMENT_DATASETS:
        parts = staging / PARTS_DIR / name
        columns = ", ".join(_identifier(c) for c in ARROW_SCHEMAS[name].names if c != ORIGIN)
        if not any(parts.glob("*.parquet")):
            con.register(f"no_{name}", pa.Table.from_pylist([], schema=ARROW_SCHEMAS[name]))
            kept[name] = f"SELECT {columns} FROM no_{name}"
            continue
        keep = "quarantined_origins" if name == "quarantine" else "loaded_origins"
        condition = f"{ORIGIN} is null or " if name == "quarantine" else ""
        kept[name] = (f"SELECT {columns} FROM read_parquet('{_sql_path(parts)}/*.parquet') "
                      f"WHERE {condition}{ORIGIN} IN (SELECT origin FROM {keep})")
    return kept


def assemble_datasets(staging: Path, ledger: dict[str, pd.DataFrame], loaded: set[str], quarantined: set[str],
                      manifest: dict) -> tuple[Path, list[CheckResult]]:
    """`<staging>/datasets/`: one Parquet file per dataset, the rows `register_kept_rows` keeps. Returns the
    folder and the integrity checks run over the finished datasets."""
    out = staging / DATASETS_DIR
    out.mkdir(parents=True, exist_ok=True)
    # One thread: the marts file, built at the same time (`tasks.load`), has the longer way to go and takes
    # two; with two each, the four threads on two cores made both finish later (100k: 8.4 → 7.3 s).
    con = duckdb.connect(config={"threads": 1, "memory_limit": "512MB"})
    try:
        for name, rows in register_kept_rows(con, staging, ledger, loaded, quarantined).items():
            row_group_rows = ROW_GROUP_ROWS.get(name, DEFAULT_ROW_GROUP_ROWS)
            con.execute(f"COPY ({rows}) TO '{_sql_path(out / name)}.parquet' "
                        f"(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE {row_group_rows})")
        for name in ("documents", "sections", "facts", "citations", "table_cells"):
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{_sql_path(out / name)}.parquet')")
        checks = integrity_checks(con)
    finally:
        con.close()
    manifest = manifest | {"integrity_checks": as_dicts(checks)}
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2, default=str))
    return out, checks


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


write_datasets = task(assemble_datasets, name="write", cache_policy=NONE, persist_result=False)
publish_warehouse = task(publish, name="publish", cache_policy=NONE, persist_result=False)
