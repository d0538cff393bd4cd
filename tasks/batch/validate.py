"""Validate every dataset with its pandera model; failing rows move to `quarantine`, valid rows go on.

Row-level checks run per batch, in the worker that built the batch (vectorised pandera, both cores busy), on
pandas views of the batch's Arrow tables; the rows that pass are taken from the Arrow tables themselves:
documents first — a quarantined document takes its sections, facts and citations with it (check
`parent_quarantined`) and its ledger row becomes `rejected` — then the other datasets, each with the
cross-dataset check `references_documents`. The ledger (`sources`, `source_records`) is validated once the
duplicates are resolved; it is never filtered — every file keeps its row — but failing rows are reported and
copied to the quarantine. Checks that need every batch at once (a doc_id loaded twice, a fact whose document
is in no batch) run in SQL over the final datasets.
"""

from __future__ import annotations

import copy
import json
import os
from collections import defaultdict
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import asdict, dataclass
from datetime import date

import duckdb
import numpy as np
import pandas as pd
import pandera.pandas as pa
import pyarrow
import pyarrow.compute as pc
from pandera.errors import SchemaErrors

from gongkai.expectations.policy import severity
from gongkai.expectations.registry import DATASET_MODELS
from gongkai.expectations.subjects import CHECK_SUBJECTS
from gongkai.tasks.batch.tables import ORIGIN, PART_SCHEMAS
from gongkai.tasks.document.report_tables import Cell, check_identities
from gongkai.tasks.rules.identities import IDENTITIES as IDENTITY_RULES

# pandera's first validation in a process imports its data-synthesis strategies, and with them hypothesis when it
# is installed (the dev extra); hypothesis then loads every third-party plugin it finds (trio's registers a
# random generator): its import 0.28 → 0.17 s in the flow process's ledger step and each worker's first
# batch, for nothing a run uses.
os.environ.setdefault("HYPOTHESIS_NO_PLUGINS", "1")

# Every dataset a batch writes is validated by its model; the quarantine is what validation writes.
MODELS: dict[str, type[pa.DataFrameModel]] = {name: m for name, m in DATASET_MODELS.items() if name != "quarantine"}
# Validated in this order: a table that fails an identity takes the facts derived from it along.
CHILDREN = ("sections", "table_cells", "facts", "citations")
IDENTITIES = tuple(identity.name for identity in IDENTITY_RULES)


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


def _failures(schema: _Schema, frame: pd.DataFrame) -> pd.DataFrame:
    """(index, check, column, failure_case): the first case pandera reports for each failing row and check;
    index NaN for whole-dataset failures."""
    try:
        schema.validate(frame)
    except SchemaErrors as exc:
        cases = exc.failure_cases[["index", "check", "column", "failure_case"]].copy()
        cases["check"] = cases["check"].astype(str).str.replace(r"\(.*\)$", "", regex=True)
        # For each row and check, the case in the column the check is about (`CHECK_SUBJECTS`), else the first.
        elsewhere = cases["column"].astype(str) != cases["check"].map(CHECK_SUBJECTS)
        chosen = cases.assign(elsewhere=elsewhere).sort_values("elsewhere", kind="stable")
        return chosen.drop_duplicates(subset=["index", "check"]).drop(columns="elsewhere").sort_index()
    return pd.DataFrame(columns=["index", "check", "column", "failure_case"])


def _row_json(record: dict) -> str:
    return json.dumps(
        {k: v.isoformat() if isinstance(v, date) else v for k, v in record.items() if k not in ("text", ORIGIN)},
        ensure_ascii=False,
    )


def _quarantine_row(
    run_id: str, dataset: str, record: dict, check: str, detail: str, column: str = "", value: str = ""
) -> dict:
    """`source_path`: the row's own (ledger rows) or that of the document it came from (its origin)."""
    return {
        "run_id": run_id,
        "dataset": dataset,
        "doc_id": record.get("doc_id"),
        "source_path": record.get("source_path") or (record.get(ORIGIN) or "").rpartition("#")[0] or None,
        "check": check,
        "column": column or None,
        "value": value or None,
        "severity": severity(check),
        "detail": detail,
        "row": _row_json(record),
        ORIGIN: record.get(ORIGIN),
    }


def _quarantine_rows(table: pyarrow.Table, failures: pd.DataFrame, dataset: str, run_id: str) -> list[dict]:
    """One quarantine row per failing row and check (`failures` has one case for each)."""
    cases = [
        (int(index), check, column, value)
        for index, check, column, value in zip(
            failures["index"], failures["check"], failures["column"], failures["failure_case"]
        )
        if not pd.isna(index)
    ]
    records = table.take(pyarrow.array([case[0] for case in cases], pyarrow.int64())).to_pylist()
    rows = []
    for (_, check, column, value), record in zip(cases, records):
        column = "" if pd.isna(column) else str(column)
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # a count read into a float column: -12, not -12.0
        value = "" if pd.isna(value) else str(value)[:200]
        rows.append(
            _quarantine_row(
                run_id,
                dataset,
                record,
                check,
                f"{dataset}: check '{check}' failed"
                + (f" on {column}" if column else "")
                + (f" (value {value})" if value else ""),
                column,
                value,
            )
        )
    return rows


def _results(dataset: str, schema: pa.DataFrameSchema, failures: pd.DataFrame, rows: int) -> list[CheckResult]:
    """One result per check of the schema: the rows it failed, all of them when it failed the whole dataset."""
    failed: dict[str, set] = defaultdict(set)
    whole = set()
    for check, index in zip(failures["check"], failures["index"]):
        if pd.isna(index):
            whole.add(check)
        else:
            failed[check].add(index)
    return [
        CheckResult(dataset, name, severity(name), rows if name in whole else len(failed[name]), rows)
        for name in sorted(set(_check_names(schema)) | set(failures["check"]))
    ]


def _run_schema(
    dataset: str, table: pyarrow.Table, run_id: str, frame: pd.DataFrame | None = None
) -> tuple[np.ndarray, list[dict], list[CheckResult]]:
    """(mask of the failing rows, quarantine rows, one result per check of the dataset's schema).

    pandera validates `frame`, by default a pandas view of the Arrow table (strings stay in Arrow memory);
    quarantined rows are read from the table, and the rows that go on are taken from it, so nothing is
    converted back."""
    schema = SCHEMAS[dataset]
    failures = _failures(schema, table.to_pandas() if frame is None else frame)
    failing = np.zeros(len(table), dtype=bool)
    failing[failures["index"].dropna().astype(int).to_numpy()] = True
    rows = _quarantine_rows(table, failures, dataset, run_id) if len(failures) else []
    return failing, rows, _results(dataset, schema.schema, failures, len(table))


def _without(table: pyarrow.Table, dropped: np.ndarray) -> pyarrow.Table:
    return table.filter(~dropped) if dropped.any() else table


def _isin(values, allowed: pyarrow.Array) -> np.ndarray:
    """Arrow's set lookup (pandas' `isin` on Arrow strings converts the allowed values one by one)."""
    return pc.is_in(values, value_set=allowed).to_numpy(zero_copy_only=False)


def _strings(values) -> pyarrow.Array:
    return pyarrow.array(list(values), pyarrow.string())


# The doc_ids of the valid documents of the batch being validated, which `references_documents` reads: the
# schemas that check it are built once, not copied with the batch's check in them for every batch.
_loaded_documents: ContextVar[pyarrow.Array] = ContextVar("loaded_documents")


def _references_documents(ids: pd.Series) -> pd.Series:
    """True where a row's doc_id is one of the batch's valid documents."""
    return pd.Series(_isin(pyarrow.array(ids), _loaded_documents.get()), index=ids.index)


@contextmanager
def _references_to(documents: pyarrow.Array):
    """`references_documents` checks doc_ids against `documents` inside the block (and fails outside)."""
    token = _loaded_documents.set(documents)
    try:
        yield
    finally:
        _loaded_documents.reset(token)


def _with_references(model: type[pa.DataFrameModel]) -> pa.DataFrameSchema:
    return model.to_schema().update_column(
        "doc_id", checks=[pa.Check(_references_documents, name="references_documents")]
    )


class _Schema:
    """A dataset's pandera schema, which coerces only frames that need it.

    pandera's coercion is an `astype` to each column's dtype, which changes nothing in a column that has it
    already, yet costs ~1.5 ms per dataset and batch (a deep copy of each column's schema, then the astype).
    A batch's frames, read from Arrow tables of the parts' schemas, have every dtype already: they are
    validated by the same schema with coercion off. Any other frame (the ledger's, built in pandas) is coerced."""

    def __init__(self, schema: pa.DataFrameSchema):
        self.schema = schema
        self._uncoerced = copy.deepcopy(schema)
        self._uncoerced.coerce = False

    def validate(self, frame: pd.DataFrame) -> None:
        """Raises SchemaErrors with every failure case."""
        schema = self._uncoerced if self._has_dtypes(frame) else self.schema
        schema.validate(frame, lazy=True)

    def _has_dtypes(self, frame: pd.DataFrame) -> bool:
        dtypes = frame.dtypes
        return all(name in dtypes and dtypes[name] == column.dtype.type for name, column in self.schema.columns.items())


SCHEMAS: dict[str, _Schema] = {
    **{dataset: _Schema(model.to_schema()) for dataset, model in MODELS.items() if dataset not in CHILDREN},
    **{dataset: _Schema(_with_references(MODELS[dataset])) for dataset in CHILDREN},
}


@dataclass
class ValidatedBatch:
    tables: dict[str, pyarrow.Table]
    checks: list[CheckResult]
    rejected: dict[str, str]  # origin → why its document was quarantined


def validate_document_tables(tables: dict[str, pyarrow.Table], run_id: str) -> ValidatedBatch:
    """The batch's tables (Arrow, as `document_tables` builds them) without their failing rows, the
    quarantine with those rows added, the check results and the documents rejected."""
    tables = dict(tables)
    quarantine: list[dict] = []
    checks: list[CheckResult] = []

    bad, rows, results = _run_schema("documents", tables["documents"], run_id)
    quarantine += rows
    checks += results
    rejected = {
        row[ORIGIN]: f"the document failed check '{row['check']}': {row['detail']} (see quarantine)" for row in rows
    }
    tables["documents"] = _without(tables["documents"], bad)

    # Tables failing an identity: those we may have misread lose their facts; those that add up wrong as
    # published (every cell involved read as a number) keep them, flagged: labels never correct the source.
    broken_tables: set[str] = set()
    unbalanced_tables: set[str] = set()
    with _references_to(tables["documents"]["doc_id"].combine_chunks()):
        for dataset in CHILDREN:
            table, rows = _drop_dependents(dataset, tables[dataset], list(rejected), broken_tables, run_id)
            quarantine += rows
            bad, rows, results = _run_schema(dataset, table, run_id)
            if dataset == "table_cells":
                rows, misread_tables = _explain_identities(table, rows)
                broken_tables = {_table_key(doc_id, name) for doc_id, name in misread_tables}
                unbalanced_tables = {
                    _table_key(r["doc_id"], json.loads(r["row"])["table"]) for r in rows if r["check"] in IDENTITIES
                } - broken_tables
            if dataset == "facts" and unbalanced_tables:
                table = _flag_unbalanced(table, unbalanced_tables)
            quarantine += rows
            checks += results
            tables[dataset] = _without(table, bad)

    tables["quarantine"] = pyarrow.concat_tables([tables["quarantine"], _quarantine_table(quarantine)])
    return ValidatedBatch(tables, checks, rejected)


def _table_key(doc_id: str, table: str) -> str:
    """A document's standard table as one string, for Arrow's set lookup (doc_ids are hex digests)."""
    return f"{doc_id}\t{table}"


def _drop_dependents(
    dataset: str, table: pyarrow.Table, rejected: list[str], broken_tables: set[str], run_id: str
) -> tuple[pyarrow.Table, list[dict]]:
    """`table` without the rows of rejected documents (`rejected`: their origins) and, for facts, without those
    derived from a standard table that fails an identity; with the quarantine rows that say so."""
    orphaned = _isin(table[ORIGIN], _strings(rejected)) if rejected else np.zeros(len(table), dtype=bool)
    rows = (
        [
            _quarantine_row(
                run_id,
                dataset,
                record,
                "parent_quarantined",
                f"{dataset}: its document {record['doc_id']} was quarantined",
            )
            for record in table.filter(orphaned).to_pylist()
        ]
        if orphaned.any()
        else []
    )
    if dataset == "facts" and broken_tables:
        keys = pc.binary_join_element_wise(table["doc_id"], table["table"], "\t")
        from_broken = _isin(keys, _strings(broken_tables)) & ~orphaned
        rows += [
            _quarantine_row(
                run_id,
                dataset,
                record,
                "table_quarantined",
                f"facts: derived from {record['table']}, which fails an identity",
            )
            for record in table.filter(from_broken).to_pylist()
        ]
        orphaned |= from_broken
    return _without(table, orphaned), rows


def _quarantine_table(rows: list[dict]) -> pyarrow.Table:
    return pyarrow.Table.from_pylist(rows, schema=PART_SCHEMAS["quarantine"])


def _flag_unbalanced(facts: pyarrow.Table, unbalanced_tables: set[str]) -> pyarrow.Table:
    """Facts read from a table that does not add up as published say so in `flags`."""
    keys = pc.binary_join_element_wise(facts["doc_id"], facts["table"], "\t")
    unbalanced = _isin(keys, _strings(unbalanced_tables))
    if not unbalanced.any():
        return facts
    flag = "the published table does not add up (see quarantine)"
    flags = [
        (f"{old}; {flag}" if old else flag) if hit else old
        for old, hit in zip(facts["flags"].to_pylist(), unbalanced, strict=True)
    ]
    column = facts.schema.get_field_index("flags")
    return facts.set_column(
        column, facts.schema.field(column), pyarrow.array(flags, type=facts.schema.field(column).type)
    )


def _explain_identities(cells: pyarrow.Table, rows: list[dict]) -> tuple[list[dict], set[tuple[str, str]]]:
    """An identity's quarantine rows say which identity failed where, with the numbers, and whether the
    published table or our reading of it is to blame; with the (doc_id, table) pairs where our reading may
    be (an extraction defect)."""
    broken = {r["doc_id"] for r in rows if r["check"] in IDENTITIES}
    if not broken:
        return rows, set()
    parsed: dict[str, list[Cell]] = defaultdict(list)
    misread: set[tuple[str, str]] = set()
    for r in cells.filter(_isin(cells["doc_id"], _strings(broken))).to_pylist():
        parsed[r["doc_id"]].append(Cell(r["table"], r["row_key"], r["col_key"], r["value_raw"], r["value"], 0, 0))
    explained: dict[tuple[str, str], dict[str, str]] = {}
    for doc_id, doc_cells in parsed.items():
        for violation in check_identities(doc_cells):
            explained.setdefault((doc_id, violation.table), {})[violation.identity] = violation.describe()
            if not violation.defect.startswith("source defect"):
                misread.add((doc_id, violation.table))
    for row in rows:
        if row["check"] in IDENTITIES:
            table = json.loads(row["row"])["table"]
            detail = explained.get((row["doc_id"], table), {}).get(row["check"])
            if detail is None:  # the model saw a failure the explanation cannot place: trust neither reading
                misread.add((row["doc_id"], table))
            row["detail"] = detail or row["detail"]
    return rows, misread


def validate_ledger(
    sources: pd.DataFrame, source_records: pd.DataFrame, run_id: str
) -> tuple[pyarrow.Table, list[CheckResult]]:
    """Quarantine copies and results for the ledger; the ledger itself keeps every row."""
    quarantine, checks = [], []
    for dataset, frame in (("sources", sources), ("source_records", source_records)):
        frame = frame.reset_index(drop=True)
        table = pyarrow.Table.from_pandas(frame, preserve_index=False)
        _, rows, results = _run_schema(dataset, table, run_id, frame)
        quarantine += rows
        checks += results
    return _quarantine_table(quarantine), checks


# (dataset, check, SQL counting the failing rows, SQL counting all rows) over the final datasets.
INTEGRITY_CHECKS = (
    (
        "documents",
        "doc_id_unique_across_batches",
        "select count(*) - count(distinct doc_id) from documents",
        "select count(*) from documents",
    ),
    *(
        (
            child,
            "references_loaded_documents",
            f"select count(*) from {child} c anti join documents d using (doc_id)",
            f"select count(*) from {child}",
        )
        for child in CHILDREN
    ),
)


def scalar(con: duckdb.DuckDBPyConnection, sql: str):
    row = con.execute(sql).fetchone()
    return row[0] if row else None


def integrity_checks(con: duckdb.DuckDBPyConnection) -> list[CheckResult]:
    """Checks that need all batches at once; `con` has the final datasets as tables or views."""
    results = []
    for dataset, check, failing_sql, total_sql in INTEGRITY_CHECKS:
        failing = scalar(con, failing_sql)
        total = scalar(con, total_sql)
        results.append(CheckResult(dataset, check, severity(check), int(failing), int(total)))
    return results


ALERT_FIELDS = ("source_path", "agency", "report_year", "metric", "value", "quote")
DOCUMENT_KEYS = ["doc_id", "source_path", "agency", "report_year"]  # what `quarantine_examples` reads


def quarantine_examples(
    quarantine: pd.DataFrame, checks: list[CheckResult], documents: pd.DataFrame, limit: int = 20
) -> list[dict]:
    """For an alert: every failed blocking check with up to `limit` of its quarantined rows, each with what
    a person needs to find it: the document's file, agency and year (from `documents`, else from the row
    itself, as for a quarantined document), and the row's metric, value and quote where it has them."""
    keys = documents[DOCUMENT_KEYS].astype(object)
    about = keys.where(keys.notna(), None).set_index("doc_id").to_dict("index")
    examples: defaultdict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in quarantine.to_dict("records"):
        key = (row["dataset"], row["check"])
        if len(examples[key]) < limit:
            values = json.loads(row["row"]) | about.get(row["doc_id"], {})
            example = {"doc_id": row["doc_id"]} | {field: values.get(field) for field in ALERT_FIELDS}
            examples[key].append(example | {"detail": row["detail"], "row": row["row"]})
    return [
        {
            "dataset": c.dataset,
            "check": c.check,
            "failed_rows": c.failed_rows,
            "rows": examples.get((c.dataset, c.check), []),
        }
        for c in blocking(checks)
    ]
