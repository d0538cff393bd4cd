"""Load: build the DuckDB marts file from the finished Parquet datasets, and check them as a whole.

The file holds the base datasets as tables (so it is self-contained; `sections` is a view that slices its
text out of `documents.text`), the staging models as views and the marts as tables, in the order of
`MODELS`; each model is one `.sql` file under `sql/`. It is written in DuckDB's v1.5.0 storage format so
that 1.x tools and BI drivers can open it, and built in the staging folder: analysts' open read-only
sessions keep the old file until the new one is renamed into place.

Every table, view and column carries a description (`COMMENT ON`): the base tables' from their pandera
models (`gongkai.expectations.registry`), the models' from `gongkai.sql.columns`. The marts are also
written as Parquet, `datasets/marts/<name>/part-0.parquet`, for readers that cannot open the file.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from importlib import resources
from pathlib import Path

import duckdb
from prefect import task
from prefect.cache_policies import NONE

from gongkai.expectations.registry import dataset_description
from gongkai.settings import MARTS_FILE as MARTS_FILE  # re-exported: the flow names the file it publishes
from gongkai.sql.columns import MODELS as MODEL_DESCRIPTIONS
from gongkai.tasks.batch.validate import CheckResult, integrity_checks, scalar
from gongkai.tasks.rules.copies import BANDS, MIN_FIGURES, NEAR_DUPLICATE_SIMILARITY, ROWS, SAME_FIGURES_SHARE
from gongkai.tasks.rules.metrics import mart_columns_sql, year_totals_sql

MARTS_DIR = "marts"  # under datasets/: the marts as Parquet
STORAGE_VERSION = "v1.2.0"
OLDEST_DUCKDB = (
    "1.2.0"  # the oldest duckdb that opens STORAGE_VERSION: the README claims it, a test opens the file with it
)
BASE_TABLES = ("sources", "source_records", "documents", "sections", "facts", "citations", "table_cells", "quarantine")
MODELS = (
    ("staging", "stg_documents", "view"),
    ("staging", "stg_agency_year_metrics", "view"),
    ("marts", "mart_agency_year", "table"),
    ("marts", "mart_year", "table"),
    ("marts", "mart_agency", "table"),
    ("marts", "mart_suspect_copies", "table"),
)
# Built once the base tables are loaded and before the models: the mirrors they mark are left out of the marts.
NEAR_DUPLICATES = ("staging", "near_duplicates")
MIRRORS = ("staging", "mirrors")
SECTIONS_VIEW = """
CREATE VIEW sections AS
SELECT s.*, substring(d.text, s.char_start + 1, s.char_end - s.char_start) AS text
FROM section_spans AS s JOIN documents AS d USING (doc_id)
"""
PARAMETERS = {
    # A rate over fewer cases than this is noise: the mart keeps numerator and denominator, not the rate.
    "min_denominator": 5,
    # Near-duplicate texts and copied tables: gongkai.tasks.rules.copies
    "bands": BANDS,
    "rows": ROWS,
    "similarity": NEAR_DUPLICATE_SIMILARITY,
    "min_figures": MIN_FIGURES,
    "same_figures_share": SAME_FIGURES_SHARE,
}


# Column lists a model takes from the metric registry, by the marker that stands for them in its SQL.
RENDERED = {"/*metric_columns*/": mart_columns_sql, "/*metric_totals*/": year_totals_sql}


def model_sql(layer: str, name: str) -> str:
    sql = resources.files(f"gongkai.sql.{layer}").joinpath(f"{name}.sql").read_text(encoding="utf-8")
    for marker, render in RENDERED.items():
        sql = sql.replace(marker, render())
    return sql


def _parameters_of(sql: str) -> dict:
    return {k: v for k, v in PARAMETERS.items() if f"${k}" in sql}


def _sql_string(text: str) -> str:
    return text.replace("'", "''")  # ATTACH and read_parquet's glob take no bound parameters


def _describe(con: duckdb.DuckDBPyConnection, kind: str, name: str, description: str, columns: dict[str, str]):
    con.execute(f"COMMENT ON {kind} {name} IS '{_sql_string(description)}'")
    for column, text in columns.items():
        con.execute(f"COMMENT ON COLUMN {name}.\"{column}\" IS '{_sql_string(text)}'")


def describe_warehouse(con: duckdb.DuckDBPyConnection) -> None:
    """Comment every table, view and column of the open marts file, in one transaction: ~200 statements
    committed one by one spent ~10× their CPU time waiting on the file."""
    con.execute("BEGIN TRANSACTION")
    _describe_all(con)
    con.execute("COMMIT")


def _describe_all(con: duckdb.DuckDBPyConnection) -> None:
    for table in BASE_TABLES:
        description, columns = dataset_description(table)
        kind = "VIEW" if table == "sections" else "TABLE"
        _describe(con, kind, table, description, columns)
        if table == "sections":
            spans = {name: text for name, text in columns.items() if name != "text"}
            _describe(con, "TABLE", "section_spans", f"{description} (the spans; the view adds their text)", spans)
    for _, name, kind in (*MODELS, NEAR_DUPLICATES + ("table",), ("", "run_info", "table")):
        description, columns = MODEL_DESCRIPTIONS[name]
        _describe(con, kind.upper(), name, description, columns)


def write_mart_parquet(con: duckdb.DuckDBPyConnection, marts_dir: Path) -> None:
    """The marts as Parquet (`<marts_dir>/<name>/part-0.parquet`), readable where the DuckDB file is not."""
    for layer, name, _ in MODELS:
        if layer == "marts":
            (marts_dir / name).mkdir(parents=True, exist_ok=True)
            con.execute(f"COPY {name} TO '{_sql_string(str(marts_dir / name / 'part-0.parquet'))}' (FORMAT parquet)")


# DuckDB's memory limit while it builds the marts file. It bounds its buffer pool, which keeps the blocks it
# has written as a cache up to the limit: loading the documents of 200 texts of 2 MB (500 MB of UTF-8) took
# the process 1.58 GiB above its start with 1 GB, 1.20 GiB with 800 MB or 640 MB (no lower: with 300 MB the
# commit failed). A 10k and a 100k run's final step take no longer with it (bench/README.md, 2026-12-07).
MEMORY_LIMIT = "800MB"


def _load_base_table(datasets_dir: Path, con: duckdb.DuckDBPyConnection, table: str) -> None:
    rows = f"SELECT * FROM read_parquet('{_sql_string(str(datasets_dir / table))}/*.parquet')"
    if table == "sections":
        # A section's text is a slice of its document's: stored once, sliced on read (~10× less to load).
        con.execute(f"CREATE TABLE warehouse.section_spans AS SELECT * EXCLUDE (text) FROM ({rows})")
    else:
        con.execute(f"CREATE TABLE warehouse.{table} AS {rows}")


def load_base_tables(con: duckdb.DuckDBPyConnection, datasets_dir: Path) -> None:
    """The datasets as tables of the open marts file: the documents first, on their own, then the other
    tables each from its own cursor at the same time.

    One table after another kept ~1.2 of 2 cores busy (each insert has a single-threaded part): at 10k
    documents the whole file is built in ~1.08 s instead of ~1.26 (bench/README.md, 2026-12-07). Their text
    compressed with zstd too, it took ~0.99 s, but the file grew 1.5× (22 → 33 MB): not worth it. The
    documents' full texts are compressed with zstd: DuckDB's default string compression took ~12 s for them
    at 100k documents, zstd ~1.8 s. Not the documents together with the others: their texts and the others'
    buffers together went past the memory limit on 200 texts of 2 MB."""
    con.execute("SET force_compression = 'zstd'")
    _load_base_table(datasets_dir, con, "documents")
    # Written now: rows still in the write-ahead log would be compressed the slow way at the next checkpoint.
    con.execute("CHECKPOINT warehouse")
    con.execute("RESET force_compression")
    others = [table for table in BASE_TABLES if table != "documents"]
    cursors = [con.cursor() for _ in others]
    try:
        with ThreadPoolExecutor(len(others)) as pool:
            list(pool.map(partial(_load_base_table, datasets_dir), cursors, others))
    finally:
        for cursor in cursors:
            cursor.close()
    con.execute(SECTIONS_VIEW)


def build_marts(datasets_dir: Path, out_file: Path, run_info: dict) -> tuple[dict[str, int], list[CheckResult]]:
    """Create `out_file` from the datasets under `datasets_dir`. Returns the row count of every table and
    mart, and the integrity checks (`gongkai.tasks.batch.validate.INTEGRITY_CHECKS`) run over its base tables: the same
    rows as the datasets, already loaded."""
    out_file.unlink(missing_ok=True)
    # Rows are loaded in no particular order (a table has none; the marts order their ties by doc_id): DuckDB
    # then inserts in parallel (100k documents: 6.7 → 5.6 s).
    con = duckdb.connect(
        config={"threads": os.cpu_count() or 1, "memory_limit": MEMORY_LIMIT, "preserve_insertion_order": False}
    )
    try:
        con.execute(f"ATTACH '{_sql_string(str(out_file))}' AS warehouse (STORAGE_VERSION '{STORAGE_VERSION}')")
        con.execute("USE warehouse")
        load_base_tables(con, datasets_dir)
        con.execute(
            f"CREATE TABLE {NEAR_DUPLICATES[1]} AS {model_sql(*NEAR_DUPLICATES)}",
            _parameters_of(model_sql(*NEAR_DUPLICATES)),
        )
        con.execute(model_sql(*MIRRORS))
        for layer, name, kind in MODELS:
            sql = model_sql(layer, name)
            used = _parameters_of(sql)
            if kind == "view":
                if used:
                    raise ValueError(f"{name}: views cannot take parameters")
                con.execute(f"CREATE VIEW {name} AS {sql}")
            else:
                con.execute(f"CREATE TABLE {name} AS {sql}", used)
        con.execute(
            "CREATE TABLE run_info AS SELECT * FROM (VALUES (?, ?, ?)) AS t(run_id, finished_at, input_path)",
            [run_info["run_id"], run_info["finished_at"], run_info["input_path"]],
        )
        describe_warehouse(con)
        write_mart_parquet(con, datasets_dir / MARTS_DIR)
        counts = {
            name: scalar(con, f"SELECT count(*) FROM {name}")
            for name in (*BASE_TABLES, *(m[1] for m in MODELS if m[0] == "marts"))
        }
        checks = integrity_checks(con)
        con.execute("USE memory")
        con.execute("DETACH warehouse")
    finally:
        con.close()
    return counts, checks


load_marts = task(name="load", cache_policy=NONE, persist_result=False)(build_marts)
