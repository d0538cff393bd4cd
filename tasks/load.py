"""Load: build the DuckDB marts file from the rows the run keeps, while the Parquet datasets are written.

The file holds the base datasets as tables (so it is self-contained; `sections` is a view that slices its
text out of `documents.text`), the staging models as views and the marts as tables, in the order of
`MODELS`; each model is one `.sql` file under `sql/`. It is written in DuckDB's v1.5.0 storage format so
that 1.x tools and BI drivers can open it, and built in the staging folder: analysts' open read-only
sessions keep the old file until the new one is renamed into place.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import duckdb
import pandas as pd
from prefect import task
from prefect.cache_policies import NONE

from tasks.write import register_kept_rows

MARTS_FILE = "gongkai.duckdb"
STORAGE_VERSION = "v1.5.0"
THREADS = 2  # the Parquet datasets are written at the same time, with one (`tasks.write.assemble_datasets`)
BASE_TABLES = ("sources", "source_records", "documents", "sections", "facts", "citations", "table_cells", "quarantine")
MODELS = (
    ("staging", "stg_documents", "view"),
    ("staging", "stg_agency_year_metrics", "view"),
    ("marts", "mart_agency_year", "table"),
    ("marts", "mart_year", "table"),
    ("marts", "mart_agency", "table"),
)
SECTIONS_VIEW = """
CREATE VIEW sections AS
SELECT s.*, substring(d.text, s.char_start + 1, s.char_end - s.char_start) AS text
FROM section_spans AS s JOIN documents AS d USING (doc_id)
"""
PARAMETERS = {
    # A rate over fewer cases than this is noise: the mart keeps numerator and denominator, not the rate.
    "min_denominator": 5,
}


def model_sql(layer: str, name: str) -> str:
    return resources.files(f"sql.{layer}").joinpath(f"{name}.sql").read_text(encoding="utf-8")


def build_marts(staging: Path, ledger: dict[str, pd.DataFrame], loaded: set[str], quarantined: set[str],
                out_file: Path, run_info: dict) -> dict[str, int]:
    """Create `out_file` from the rows the run keeps (`register_kept_rows`: the same rows as the Parquet
    datasets, read from the batches' parts so that both are built at once). Returns the row count of every
    table and mart."""
    out_file.unlink(missing_ok=True)
    con = duckdb.connect(config={"threads": THREADS, "memory_limit": "512MB"})
    try:
        kept = register_kept_rows(con, staging, ledger, loaded, quarantined)
        quoted = str(out_file).replace("'", "''")  # ATTACH takes no bound parameters
        con.execute(f"ATTACH '{quoted}' AS warehouse (STORAGE_VERSION '{STORAGE_VERSION}')")
        con.execute("USE warehouse")
        for table in BASE_TABLES:
            if table == "sections":
                # A section's text is a slice of its document's: stored once, sliced on read (~10× less to load).
                con.execute(f"CREATE TABLE section_spans AS SELECT * EXCLUDE (text) FROM ({kept[table]})")
                con.execute(SECTIONS_VIEW)
            elif table == "documents":
                # The full texts: DuckDB's default string compression takes ~12 s at 100k documents, none
                # ~2.5 s and a file ~25× larger, zstd ~1.8 s (and DuckDB 1.5 reads it). One thread: two
                # inserting long strings in parallel cost ~1 CPU-second more at 100k, and the Parquet job
                # running meanwhile has the other core.
                con.execute("SET force_compression = 'zstd'")
                con.execute("SET threads = 1")
                con.execute(f"CREATE TABLE documents AS {kept[table]}")
                # Written now: rows still in the write-ahead log would be compressed the slow way at the
                # next checkpoint.
                con.execute("CHECKPOINT warehouse")
                con.execute("RESET force_compression")
                con.execute(f"SET threads = {THREADS}")
            else:
                con.execute(f"CREATE TABLE {table} AS {kept[table]}")
        for layer, name, kind in MODELS:
            sql = model_sql(layer, name)
            used = {k: v for k, v in PARAMETERS.items() if f"${k}" in sql}
            if kind == "view":
                if used:
                    raise ValueError(f"{name}: views cannot take parameters")
                con.execute(f"CREATE VIEW {name} AS {sql}")
            else:
                con.execute(f"CREATE TABLE {name} AS {sql}", used)
        con.execute("CREATE TABLE run_info AS SELECT * FROM (VALUES (?, ?, ?)) AS t(run_id, finished_at, input_path)",
                    [run_info["run_id"], run_info["finished_at"], run_info["input_path"]])
        counts = {name: con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
                  for name in (*BASE_TABLES, *(m[1] for m in MODELS if m[0] == "marts"))}
        con.execute("USE memory")
        con.execute("DETACH warehouse")
    finally:
        con.close()
    return counts


load_marts = task(build_marts, name="load", cache_policy=NONE, persist_result=False)
