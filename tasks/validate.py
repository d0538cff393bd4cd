"""Validate every dataset with its pandera model; failing rows move to `quarantine`, valid rows go on.

Documents are validated first: a quarantined document takes its sections, facts and citations with it
(check `parent_quarantined`). The other datasets also get a cross-dataset check, `references_documents`:
every row's doc_id names a loaded document. The ledger (`sources`) is never filtered — every file keeps
its row — but its failing rows are still reported and quarantined as copies.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors
from prefect import task
from prefect.cache_policies import NONE

from expectations.citations import Citations
from expectations.documents import Documents
from expectations.facts import Facts
from expectations.policy import severity
from expectations.quarantine import Quarantine
from expectations.sections import Sections
from expectations.source_records import SourceRecords
from expectations.sources import Sources
from tasks.tables import QUARANTINE_COLUMNS

MODELS: dict[str, type[pa.DataFrameModel]] = {
    "sources": Sources, "source_records": SourceRecords, "documents": Documents, "sections": Sections,
    "facts": Facts, "citations": Citations,
}
CHILDREN = ("sections", "facts", "citations")
KEPT_WHEN_FAILING = ("sources", "source_records")


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


@dataclass
class Validated:
    tables: dict[str, pd.DataFrame]
    checks: list[CheckResult]

    @property
    def blocking(self) -> list[CheckResult]:
        return [c for c in self.checks if not c.passed and c.severity == "blocking"]

    def as_dicts(self) -> list[dict]:
        return [asdict(c) | {"passed": c.passed} for c in self.checks]


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
            "row": json.dumps({k: _jsonable(v) for k, v in record.drop(labels=["text"], errors="ignore").items()},
                              ensure_ascii=False),
        })
    return rows


def _jsonable(value):
    if value is None or (not isinstance(value, (list, dict, str)) and pd.isna(value)):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value


def validate_tables(tables: dict[str, pd.DataFrame], run_id: str) -> Validated:
    tables = dict(tables)
    quarantine: list[dict] = tables["quarantine"].to_dict("records")
    checks: list[CheckResult] = []

    def run(dataset: str, schema: pa.DataFrameSchema) -> None:
        frame = tables[dataset].reset_index(drop=True)
        failures = _failures(schema, frame)
        for name in sorted(set(_check_names(schema)) | set(failures["check"])):
            failing = failures[failures["check"] == name]
            whole = failing["index"].isna().any()
            count = len(frame) if whole else failing["index"].nunique()
            checks.append(CheckResult(dataset, name, severity(name), int(count), len(frame)))
        quarantine.extend(_quarantine_rows(frame, failures, dataset, run_id))
        bad = set(failures["index"].dropna())
        if dataset not in KEPT_WHEN_FAILING and bad:
            frame = frame.drop(index=list(bad)).reset_index(drop=True)
        tables[dataset] = frame

    for dataset in ("sources", "source_records", "documents"):
        run(dataset, MODELS[dataset].to_schema())

    loaded = set(tables["documents"]["doc_id"])
    for dataset in CHILDREN:
        frame = tables[dataset]
        orphaned_by_quarantine = ~frame["doc_id"].isin(loaded) & frame["doc_id"].isin(
            {q["doc_id"] for q in quarantine if q["dataset"] == "documents"})
        for record in frame[orphaned_by_quarantine].to_dict("records"):
            quarantine.append({"run_id": run_id, "dataset": dataset, "doc_id": record["doc_id"],
                               "check": "parent_quarantined", "severity": severity("parent_quarantined"),
                               "detail": f"{dataset}: its document {record['doc_id']} was quarantined",
                               "row": json.dumps({k: _jsonable(v) for k, v in record.items() if k != "text"},
                                                 ensure_ascii=False)})
        tables[dataset] = frame[~orphaned_by_quarantine].reset_index(drop=True)
        schema = MODELS[dataset].to_schema().update_column(
            "doc_id", checks=[pa.Check(lambda ids: ids.isin(loaded), name="references_documents")])
        run(dataset, schema)

    frame = pd.DataFrame(quarantine, columns=QUARANTINE_COLUMNS)
    Quarantine.validate(frame)
    tables["quarantine"] = frame
    return Validated(tables, checks)


validate_batch = task(validate_tables, name="validate", cache_policy=NONE, persist_result=False)
