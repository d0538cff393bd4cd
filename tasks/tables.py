"""Processed documents → the contract's datasets; duplicates resolved and the ledger completed.

Document tables are built per batch, before anyone knows which documents are duplicates of documents in
other batches. Every row carries `_origin` (`source_path#record_no` of the document it came from), so that
the final datasets keep exactly the rows of each document's first occurrence.

Duplicates: the first file (in path order) holding a normalised text is `loaded`; every later file or record
with the same text is `duplicate` and points at the same `doc_id`. A container file (json/jsonl) is `loaded`
when any of its records is, and its per-record outcomes go to `source_records`. A document that failed
validation is `rejected`, with the check named in its reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pandas as pd
import pyarrow as pa

from tasks.ingest import SourceFile, summarize_outcomes
from tasks.segment import canonical_section, section_at

REPAIR_COLUMNS = ("html_pages", "stray_tags", "entities", "control_chars", "odd_spaces", "mojibake_gbk",
                  "mojibake_latin1", "dropped_spans", "pinyin_annotations", "t2s_chars", "domain_phrases",
                  "width_chars", "chrome_lines", "metadata_lines")
DOCUMENT_DATASETS = ("documents", "sections", "facts", "citations", "table_cells", "quarantine")
ORIGIN = "_origin"


def origin(source_path: str, record_no: int | None) -> str:
    return f"{source_path}#{record_no or 0}"


@dataclass
class DocKey:
    """What the ledger needs to know about one processed record."""

    source_path: str
    record_no: int | None
    doc_id: str | None
    rejected: str | None = None  # why the record did not become a document (processing error, failed check)

    @property
    def origin(self) -> str:
        return origin(self.source_path, self.record_no)


def resolve_duplicates(files: list[SourceFile], keys: list[DocKey]) -> tuple[set[str], set[str]]:
    """Sets ledger statuses in place. Returns the origins of the loaded documents, and those whose rows
    the quarantine keeps: the loaded ones and the first copy of each document that failed validation."""
    by_origin = {k.origin: k for k in keys}
    seen: dict[str, DocKey] = {}
    first_rejected: dict[str, DocKey] = {}
    for source in sorted(files, key=lambda f: f.source_path):
        if source.status == "rejected":
            continue
        outcomes = {o.record_no: o for o in source.record_outcomes}
        statuses = []
        for record in source.records:
            key = by_origin[origin(record.source_path, record.record_no)]
            if key.rejected:
                status, reason, doc_id = "rejected", key.rejected, None
                if key.doc_id:
                    first_rejected.setdefault(key.doc_id, key)
            elif key.doc_id in seen:
                first = seen[key.doc_id]
                status, doc_id = "duplicate", key.doc_id
                reason = f"same content as {first.source_path}" + (f" record {first.record_no}" if first.record_no else "")
            else:
                seen[key.doc_id] = key
                status, reason, doc_id = "loaded", None, key.doc_id
            statuses.append((status, reason, doc_id))
            if record.record_no in outcomes:
                outcome = outcomes[record.record_no]
                outcome.status, outcome.reason, outcome.doc_id = status, reason, doc_id
        for wanted in ("loaded", "duplicate", "rejected"):
            match = next((s for s in statuses if s[0] == wanted), None)
            if match:
                source.status, source.reason, source.doc_id = match
                break
        rejected = [o for o in source.record_outcomes if o.status == "rejected"]
        if rejected and source.status != "rejected":
            source.reason = (f"{len(rejected)} of {len(source.record_outcomes)} records rejected: "
                             + summarize_outcomes(source.record_outcomes))
    loaded = {key.origin for key in seen.values()}
    return loaded, loaded | {key.origin for key in first_rejected.values()}


SOURCE_COLUMNS = ["source_path", "source_sha256", "size_bytes", "source_format", "encoding", "status", "doc_id",
                  "reason", "records"]


def sources_table(files: list[SourceFile]) -> pd.DataFrame:
    rows = [{
        "source_path": f.source_path, "source_sha256": f.source_sha256, "size_bytes": f.size_bytes,
        "source_format": f.source_format, "encoding": f.encoding, "status": f.status, "doc_id": f.doc_id,
        "reason": f.reason, "records": len(f.record_outcomes) or (1 if f.status != "rejected" else 0),
    } for f in sorted(files, key=lambda f: f.source_path)]
    return pd.DataFrame(rows, columns=SOURCE_COLUMNS)


def source_records_table(files: list[SourceFile]) -> pd.DataFrame:
    rows = [{"source_path": o.source_path, "record_no": o.record_no, "status": o.status, "doc_id": o.doc_id,
             "reason": o.reason} for f in sorted(files, key=lambda f: f.source_path) for o in f.record_outcomes]
    return pd.DataFrame(rows, columns=["source_path", "record_no", "status", "doc_id", "reason"])


def document_tables(docs, run_id: str) -> dict[str, pd.DataFrame]:
    """documents, sections, facts, citations and the normalisation quarantine of processed documents,
    each distinct document once (its first copy in path order; copies in other batches are dropped when
    the final datasets are assembled)."""
    seen: set[str] = set()
    docs = [d for d in docs if d.error is None and not (d.doc_id in seen or seen.add(d.doc_id))]
    return {"documents": _documents(docs), "sections": _sections(docs), "facts": _facts(docs),
            "citations": _citations(docs), "table_cells": _table_cells(docs), "quarantine": _dropped_spans(docs, run_id)}


DOCUMENT_COLUMNS = ["doc_id", "source_path", "record_no", "script", "doc_type", "title", "agency", "agency_inferred",
                    "region", "admin_level", "report_year", "year_source", "publish_date", "doc_number", "index_no",
                    "format_era", "url", "flags", "n_chars", "n_sections", "n_facts", "text",
                    *(f"repair_{n}" for n in REPAIR_COLUMNS), ORIGIN]


def _documents(docs) -> pd.DataFrame:
    rows = []
    for d in docs:
        f = d.fields
        row = {
            "doc_id": d.doc_id, "source_path": d.record.source_path, "record_no": d.record.record_no,
            "script": d.norm.script, "doc_type": f.doc_type, "title": f.title, "agency": f.agency,
            "agency_inferred": f.agency_inferred, "region": f.region, "admin_level": f.admin_level,
            "report_year": f.report_year, "year_source": f.year_source,
            "publish_date": pd.Timestamp(f.publish_date).date() if f.publish_date else None,
            "doc_number": f.doc_number, "index_no": f.index_no, "format_era": f.format_era,
            "url": d.norm.metadata.get("url"), "flags": ",".join(f.flags) or None,
            "n_chars": len(d.norm.text), "n_sections": len(d.sections), "n_facts": len(d.facts),
            "text": d.norm.text, ORIGIN: origin(d.record.source_path, d.record.record_no),
        }
        row.update({f"repair_{name}": int(d.norm.repairs.get(name, 0)) for name in REPAIR_COLUMNS})
        rows.append(row)
    frame = pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)
    return frame.astype({"report_year": "Int64", "record_no": "Int64", "agency_inferred": "bool"})


SECTION_COLUMNS = ["doc_id", "section_id", "parent_id", "level", "ordinal", "heading", "canonical", "text",
                   "char_start", "char_end", ORIGIN]


def _sections(docs) -> pd.DataFrame:
    rows = [{
        "doc_id": d.doc_id, "section_id": s.section_id, "parent_id": s.parent_id, "level": s.level,
        "ordinal": s.ordinal, "heading": s.heading,
        "canonical": canonical_section(s.heading) if s.level == 1 else None,
        "text": d.norm.text[s.char_start:s.char_end], "char_start": s.char_start, "char_end": s.char_end,
        ORIGIN: origin(d.record.source_path, d.record.record_no),
    } for d in docs for s in d.sections]
    return pd.DataFrame(rows, columns=SECTION_COLUMNS)


FACT_COLUMNS = ["doc_id", "section_id", "metric", "value", "unit", "approx", "source", "quote", "char_start",
                "char_end", "table", "flags", ORIGIN]


def _facts(docs) -> pd.DataFrame:
    rows = []
    for d in docs:
        for fact in d.facts:
            section = section_at(d.sections, fact.char_start)
            rows.append({"doc_id": d.doc_id, "section_id": section.section_id if section else None,
                         "metric": fact.metric, "value": float(fact.value), "unit": fact.unit,
                         "approx": fact.approx, "source": fact.source, "quote": fact.quote,
                         "char_start": fact.char_start, "char_end": fact.char_end, "table": fact.table,
                         "flags": fact.flags, ORIGIN: origin(d.record.source_path, d.record.record_no)})
    return pd.DataFrame(rows, columns=FACT_COLUMNS).astype({"value": "float64", "approx": "bool"})


def _citations(docs) -> pd.DataFrame:
    rows = [{"doc_id": d.doc_id, "cited_title": c.cited_title, "cited_number": c.cited_number,
             "cited_number_raw": c.cited_number_raw, "quote": c.quote, "char_start": c.char_start,
             "char_end": c.char_end, ORIGIN: origin(d.record.source_path, d.record.record_no)}
            for d in docs for c in d.citations]
    return pd.DataFrame(rows, columns=["doc_id", "cited_title", "cited_number", "cited_number_raw", "quote",
                                       "char_start", "char_end", ORIGIN])


TABLE_CELL_COLUMNS = ["doc_id", "table", "row_key", "col_key", "value_raw", "value", "char_start", "char_end",
                      ORIGIN]


def _table_cells(docs) -> pd.DataFrame:
    rows = [{"doc_id": d.doc_id, "table": c.table, "row_key": c.row_key, "col_key": c.col_key,
             "value_raw": c.value_raw, "value": c.value, "char_start": c.char_start, "char_end": c.char_end,
             ORIGIN: origin(d.record.source_path, d.record.record_no)}
            for d in docs if d.tables is not None for c in d.tables.cells]
    return pd.DataFrame(rows, columns=TABLE_CELL_COLUMNS).astype({"value": "float64"})


QUARANTINE_COLUMNS = ["run_id", "dataset", "doc_id", "check", "severity", "detail", "row"]


def _dropped_spans(docs, run_id: str) -> pd.DataFrame:
    rows = [{"run_id": run_id, "dataset": "normalize", "doc_id": d.doc_id, "check": "unrecoverable_span",
             "severity": "warning",
             "detail": f"cut {len(span)} unrecoverable characters from the text used for extraction",
             "row": json.dumps({"source_path": d.record.source_path, "span": span}, ensure_ascii=False),
             ORIGIN: origin(d.record.source_path, d.record.record_no)}
            for d in docs for span in d.norm.dropped_spans]
    return pd.DataFrame(rows, columns=[*QUARANTINE_COLUMNS, ORIGIN])


def _schema(columns: dict[str, str]) -> pa.Schema:
    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "date": pa.date32()}
    return pa.schema([(name, types[kind]) for name, kind in columns.items()])


def _columns(names: list[str], kinds: dict[str, str]) -> dict[str, str]:
    return {name: kinds.get(name, "str") for name in names}


# The Arrow types of every dataset (columns not named here are strings): parts written by different workers,
# and empty datasets, must agree on them.
ARROW_SCHEMAS = {
    "sources": _schema(_columns(SOURCE_COLUMNS, {"size_bytes": "int", "records": "int"})),
    "source_records": _schema(_columns(["source_path", "record_no", "status", "doc_id", "reason"],
                                       {"record_no": "int"})),
    "documents": _schema(_columns(DOCUMENT_COLUMNS, {
        "record_no": "int", "agency_inferred": "bool", "report_year": "int", "publish_date": "date",
        "n_chars": "int", "n_sections": "int", "n_facts": "int",
        **{f"repair_{n}": "int" for n in REPAIR_COLUMNS}})),
    "sections": _schema(_columns(SECTION_COLUMNS, {"level": "int", "ordinal": "int", "char_start": "int",
                                                   "char_end": "int"})),
    "facts": _schema(_columns(FACT_COLUMNS, {"value": "float", "approx": "bool", "char_start": "int",
                                             "char_end": "int"})),
    "table_cells": _schema(_columns(TABLE_CELL_COLUMNS, {"value": "float", "char_start": "int", "char_end": "int"})),
    "citations": _schema(_columns(["doc_id", "cited_title", "cited_number", "cited_number_raw", "quote",
                                   "char_start", "char_end", ORIGIN], {"char_start": "int", "char_end": "int"})),
    "quarantine": _schema(_columns([*QUARANTINE_COLUMNS, ORIGIN], {})),
}
