"""Validate every dataset with its pandera model; failing rows move to `quarantine`, valid rows go on.

Row-level checks run per batch, in the worker that built the batch (vectorised pandera, both cores busy):
documents first — a quarantined document takes its sections, facts and citations with it (check
`parent_quarantined`) and its ledger row becomes `rejected` — then the other datasets, each with the
cross-dataset check `references_documents`. The ledger (`sources`, `source_records`) is validated once the
duplicates are resolved; it is never filtered — every file keeps its row — but failing rows are reported and
copied to the quarantine. Checks that need every batch at once (a doc_id loaded twice, a fact whose document
is in no batch) run in SQL over the final datasets.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import asdict, dataclass

import duckdb
import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors

from expectations.citations import Citations
from expectations.documents import Documents
from expectations.facts import Facts
from expectations.policy import severity
from expectations.sections import Sections
from expectations.source_records import SourceRecords
from expectations.sources import Sources
from expectations.table_cells import TableCells
from tasks.report_tables import Cell, check_identities
from tasks.tables import ORIGIN, QUARANTINE_COLUMNS

MODELS: dict[str, type[pa.DataFrameModel]] = {
    "sources": Sources, "source_records": SourceRecords, "documents": Documents, "sections": Sections,
    "facts": Facts, "citations": Citations, "table_cells": TableCells,
}
# Validated in this order: a table that fails an identity takes the facts derived from it along.
CHILDREN = ("sections", "table_cells", "facts", "citations")
IDENTITIES = ("identity_1", "identity_2", "identity_3", "identity_4")


@dataclass
class CheckResult:
    dataset: str
    check: str
    severity: str
    failed_rows: int
    rows: int

    @property
    def passed(self) -> bool:
        return self.failed_rows == 0


def merge_checks(results: list[CheckResult]) -> list[CheckResult]:
    """Results of the same check over several batches, added up."""
    merged: dict[tuple[str, str], CheckResult] = {}
    for r in results:
        key = (r.dataset, r.check)
        if key in merged:
            merged[key].failed_rows += r.failed_rows
            merged[key].rows += r.rows
        else:
            merged[key] = CheckResult(r.dataset, r.check, r.severity, r.failed_rows, r.rows)
    return sorted(merged.values(), key=lambda r: (r.dataset, r.check))


def blocking(checks: list[CheckResult]) -> list[CheckResult]:
    return [c for c in checks if not c.passed and c.severity == "blocking"]


def as_dicts(checks: list[CheckResult]) -> list[dict]:
    return [asdict(c) | {"passed": c.passed} for c in checks]


def _check_names(schema: pa.DataFrameSchema) -> list[str]:
    names = [c.name for c in schema.checks]
    for column in schema.columns.values():
        names += [c.name for c in column.checks]
        if column.unique:
            names.append("field_uniqueness")
        if not column.nullable:
            names.append("not_nullable")
    return sorted(set(filter(None, names)))


def _failures(schema: pa.DataFrameSchema, frame: pd.DataFrame) -> pd.DataFrame:
    """(index, check, column, failure_case) per failing row; index NaN for whole-dataset failures."""
    try:
        schema.validate(frame, lazy=True)
    except SchemaErrors as exc:
        cases = exc.failure_cases[["index", "check", "column", "failure_case"]].copy()
        cases["check"] = cases["check"].astype(str).str.replace(r"\(.*\)$", "", regex=True)
        return cases.drop_duplicates(subset=["index", "check"])
    return pd.DataFrame(columns=["index", "check", "column", "failure_case"])


def _jsonable(value):
    if value is None or (not isinstance(value, (list, dict, str)) and pd.isna(value)):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value


def _row_json(record) -> str:
    return json.dumps({k: _jsonable(v) for k, v in record.items() if k not in ("text", ORIGIN)}, ensure_ascii=False)


def _quarantine_rows(frame: pd.DataFrame, failures: pd.DataFrame, dataset: str, run_id: str) -> list[dict]:
    rows = []
    for (index, check), group in failures.dropna(subset=["index"]).groupby(["index", "check"], sort=False):
        record = frame.loc[index]
        columns = ", ".join(sorted({str(c) for c in group["column"].dropna()}))
        values = ", ".join(sorted({str(v) for v in group["failure_case"].dropna()}))[:200]
        rows.append({
            "run_id": run_id, "dataset": dataset,
            "doc_id": record.get("doc_id") if isinstance(record.get("doc_id"), str) else None,
            "check": check, "severity": severity(check),
            "detail": f"{dataset}: check '{check}' failed" + (f" on {columns}" if columns else "")
                      + (f" (value {values})" if values else ""),
            "row": _row_json(record), ORIGIN: record.get(ORIGIN),
        })
    return rows


def _run_schema(dataset: str, schema: pa.DataFrameSchema, frame: pd.DataFrame, run_id: str
                ) -> tuple[set, list[dict], list[CheckResult]]:
    """(failing index labels, quarantine rows, one result per check of the schema)."""
    failures = _failures(schema, frame)
    results = []
    for name in sorted(set(_check_names(schema)) | set(failures["check"])):
        failing = failures[failures["check"] == name]
        count = len(frame) if failing["index"].isna().any() else failing["index"].nunique()
        results.append(CheckResult(dataset, name, severity(name), int(count), len(frame)))
    return set(failures["index"].dropna()), _quarantine_rows(frame, failures, dataset, run_id), results


@dataclass
class ValidatedBatch:
    tables: dict[str, pd.DataFrame]
    checks: list[CheckResult]
    rejected: dict[str, str]  # origin → why its document was quarantined


def validate_document_tables(tables: dict[str, pd.DataFrame], run_id: str) -> ValidatedBatch:
    tables = {name: frame.reset_index(drop=True) for name, frame in tables.items()}
    quarantine: list[dict] = tables["quarantine"].to_dict("records")
    checks: list[CheckResult] = []

    bad, rows, results = _run_schema("documents", MODELS["documents"].to_schema(), tables["documents"], run_id)
    quarantine += rows
    checks += results
    rejected = {row[ORIGIN]: f"the document failed check '{row['check']}': {row['detail']} (see quarantine)"
                for row in rows}
    tables["documents"] = tables["documents"].drop(index=list(bad)).reset_index(drop=True)
    loaded = set(tables["documents"]["doc_id"])
    dropped_origins = set(rejected)

    broken_tables: set[tuple[str, str]] = set()
    for dataset in CHILDREN:
        frame = tables[dataset]
        orphaned = frame[ORIGIN].isin(dropped_origins)
        for record in frame[orphaned].to_dict("records"):
            quarantine.append({"run_id": run_id, "dataset": dataset, "doc_id": record["doc_id"],
                               "check": "parent_quarantined", "severity": severity("parent_quarantined"),
                               "detail": f"{dataset}: its document {record['doc_id']} was quarantined",
                               "row": _row_json(record), ORIGIN: record[ORIGIN]})
        if dataset == "facts" and broken_tables:
            from_broken = pd.Series([(d, t) in broken_tables for d, t in zip(frame["doc_id"], frame["table"])],
                                    index=frame.index, dtype=bool) & ~orphaned
            for record in frame[from_broken].to_dict("records"):
                quarantine.append({"run_id": run_id, "dataset": dataset, "doc_id": record["doc_id"],
                                   "check": "table_quarantined", "severity": severity("table_quarantined"),
                                   "detail": f"facts: derived from {record['table']}, which fails an identity",
                                   "row": _row_json(record), ORIGIN: record[ORIGIN]})
            orphaned |= from_broken
        frame = frame[~orphaned].reset_index(drop=True)
        schema = MODELS[dataset].to_schema().update_column(
            "doc_id", checks=[pa.Check(lambda ids: ids.isin(loaded), name="references_documents")])
        bad, rows, results = _run_schema(dataset, schema, frame, run_id)
        if dataset == "table_cells":
            rows = _explain_identities(frame, rows)
            broken_tables = {(r["doc_id"], json.loads(r["row"])["table"]) for r in rows if r["check"] in IDENTITIES}
        quarantine += rows
        checks += results
        tables[dataset] = frame.drop(index=list(bad)).reset_index(drop=True)

    tables["quarantine"] = pd.DataFrame(quarantine, columns=[*QUARANTINE_COLUMNS, ORIGIN])
    return ValidatedBatch(tables, checks, rejected)


def _explain_identities(cells: pd.DataFrame, rows: list[dict]) -> list[dict]:
    """An identity's quarantine rows say which identity failed where, with the numbers, and whether the
    published table or our reading of it is to blame."""
    explained: dict[tuple[str, str], dict[str, str]] = {}
    for doc_id in {r["doc_id"] for r in rows if r["check"] in IDENTITIES}:
        group = cells[cells["doc_id"] == doc_id]
        parsed = [Cell(r.table, r.row_key, r.col_key, r.value_raw, None if pd.isna(r.value) else r.value, 0, 0)
                  for r in group.itertuples()]
        for violation in check_identities(parsed):
            explained.setdefault((doc_id, violation.table), {})[violation.identity] = violation.describe()
    for row in rows:
        if row["check"] in IDENTITIES:
            table = json.loads(row["row"])["table"]
            row["detail"] = explained.get((row["doc_id"], table), {}).get(row["check"], row["detail"])
    return rows


def validate_ledger(sources: pd.DataFrame, source_records: pd.DataFrame, run_id: str
                    ) -> tuple[pd.DataFrame, list[CheckResult]]:
    """Quarantine copies and results for the ledger; the ledger itself keeps every row."""
    quarantine, checks = [], []
    for dataset, frame in (("sources", sources), ("source_records", source_records)):
        _, rows, results = _run_schema(dataset, MODELS[dataset].to_schema(), frame.reset_index(drop=True), run_id)
        quarantine += rows
        checks += results
    return pd.DataFrame(quarantine, columns=[*QUARANTINE_COLUMNS, ORIGIN]), checks


# (dataset, check, SQL counting the failing rows, SQL counting all rows) over the final datasets.
INTEGRITY_CHECKS = (
    ("documents", "doc_id_unique_across_batches",
     "select count(*) - count(distinct doc_id) from documents", "select count(*) from documents"),
    *((child, "references_loaded_documents",
       f"select count(*) from {child} c anti join documents d using (doc_id)", f"select count(*) from {child}")
      for child in CHILDREN),
)


def integrity_checks(con: duckdb.DuckDBPyConnection) -> list[CheckResult]:
    """Checks that need all batches at once; `con` has the final datasets as tables or views."""
    results = []
    for dataset, check, failing_sql, total_sql in INTEGRITY_CHECKS:
        failing = con.execute(failing_sql).fetchone()[0]
        total = con.execute(total_sql).fetchone()[0]
        results.append(CheckResult(dataset, check, severity(check), int(failing), int(total)))
    return results


def quarantine_examples(quarantine: pd.DataFrame, checks: list[CheckResult], limit: int = 20) -> list[dict]:
    """For an alert: every failed blocking check with up to `limit` of its quarantined rows."""
    examples = defaultdict(list)
    for row in quarantine.to_dict("records"):
        key = (row["dataset"], row["check"])
        if len(examples[key]) < limit:
            examples[key].append({"doc_id": row["doc_id"], "detail": row["detail"], "row": row["row"]})
    return [{"dataset": c.dataset, "check": c.check, "failed_rows": c.failed_rows,
             "rows": examples.get((c.dataset, c.check), [])} for c in blocking(checks)]
