"""Processed documents → the contract's datasets, with duplicates resolved and the ledger completed.

Duplicates: the first file (in path order) holding a normalised text is `loaded`; every later file or
record with the same text is `duplicate` and points at the same `doc_id`. A container file (json/jsonl)
is `loaded` when any of its records is, and its per-record outcomes go to `source_records`.
"""

from __future__ import annotations

import json

import pandas as pd

from tasks.ingest import SourceFile, summarize_outcomes
from tasks.process import ProcessedDoc
from tasks.segment import canonical_section, section_at

REPAIR_COLUMNS = ("html_pages", "stray_tags", "entities", "control_chars", "odd_spaces", "mojibake_gbk",
                  "mojibake_latin1", "dropped_spans", "pinyin_annotations", "t2s_chars", "domain_phrases",
                  "width_chars", "chrome_lines", "metadata_lines")
DATASETS = ("sources", "source_records", "documents", "sections", "facts", "citations", "quarantine")


def _record_key(source_path: str, record_no: int | None) -> tuple[str, int]:
    return source_path, record_no or 0


def resolve_duplicates(files: list[SourceFile], docs: list[ProcessedDoc]) -> list[ProcessedDoc]:
    """Sets ledger statuses in place; returns the distinct documents, first occurrence first."""
    by_record = {_record_key(d.record.source_path, d.record.record_no): d for d in docs}
    seen: dict[str, ProcessedDoc] = {}
    for source in sorted(files, key=lambda f: f.source_path):
        if source.status == "rejected":
            continue
        outcomes = {o.record_no: o for o in source.record_outcomes}
        statuses, doc_ids = [], []
        for record in source.records:
            doc = by_record[_record_key(record.source_path, record.record_no)]
            if doc.error:
                status, reason, doc_id = "rejected", doc.error, None
            elif doc.doc_id in seen:
                first = seen[doc.doc_id].record
                status, doc_id = "duplicate", doc.doc_id
                reason = f"same content as {first.source_path}" + (f" record {first.record_no}" if first.record_no else "")
            else:
                seen[doc.doc_id] = doc
                status, reason, doc_id = "loaded", None, doc.doc_id
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
    return list(seen.values())


def build_tables(files: list[SourceFile], docs: list[ProcessedDoc], run_id: str) -> dict[str, pd.DataFrame]:
    distinct = resolve_duplicates(files, docs)
    tables = {
        "sources": _sources(files),
        "source_records": _source_records(files),
        "documents": _documents(distinct),
        "sections": _sections(distinct),
        "facts": _facts(distinct),
        "citations": _citations(distinct),
        "quarantine": _dropped_spans(distinct, run_id),
    }
    return tables


def _sources(files: list[SourceFile]) -> pd.DataFrame:
    rows = [{
        "source_path": f.source_path, "source_sha256": f.source_sha256, "size_bytes": f.size_bytes,
        "source_format": f.source_format, "encoding": f.encoding, "status": f.status, "doc_id": f.doc_id,
        "reason": f.reason, "records": len(f.record_outcomes) or (1 if f.status != "rejected" else 0),
    } for f in sorted(files, key=lambda f: f.source_path)]
    return pd.DataFrame(rows, columns=["source_path", "source_sha256", "size_bytes", "source_format", "encoding",
                                       "status", "doc_id", "reason", "records"])


def _source_records(files: list[SourceFile]) -> pd.DataFrame:
    rows = [{"source_path": o.source_path, "record_no": o.record_no, "status": o.status, "doc_id": o.doc_id,
             "reason": o.reason} for f in files for o in f.record_outcomes]
    return pd.DataFrame(rows, columns=["source_path", "record_no", "status", "doc_id", "reason"])


def _documents(docs: list[ProcessedDoc]) -> pd.DataFrame:
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
            "text": d.norm.text,
        }
        row.update({f"repair_{name}": int(d.norm.repairs.get(name, 0)) for name in REPAIR_COLUMNS})
        rows.append(row)
    frame = pd.DataFrame(rows)
    if frame.empty:
        frame = pd.DataFrame(columns=["doc_id", "source_path", "record_no", "script", "doc_type", "title", "agency",
                                      "agency_inferred", "region", "admin_level", "report_year", "year_source",
                                      "publish_date", "doc_number", "index_no", "format_era", "url", "flags",
                                      "n_chars", "n_sections", "n_facts", "text",
                                      *(f"repair_{n}" for n in REPAIR_COLUMNS)])
    frame["report_year"] = frame["report_year"].astype("Int64")
    frame["record_no"] = frame["record_no"].astype("Int64")
    return frame


SECTION_COLUMNS = ["doc_id", "section_id", "parent_id", "level", "ordinal", "heading", "canonical", "text",
                   "char_start", "char_end"]


def _sections(docs: list[ProcessedDoc]) -> pd.DataFrame:
    rows = [{
        "doc_id": d.doc_id, "section_id": s.section_id, "parent_id": s.parent_id, "level": s.level,
        "ordinal": s.ordinal, "heading": s.heading,
        "canonical": canonical_section(s.heading) if s.level == 1 else None,
        "text": d.norm.text[s.char_start:s.char_end], "char_start": s.char_start, "char_end": s.char_end,
    } for d in docs for s in d.sections]
    return pd.DataFrame(rows, columns=SECTION_COLUMNS)


FACT_COLUMNS = ["doc_id", "section_id", "metric", "value", "unit", "approx", "source", "quote", "char_start",
                "char_end"]


def _facts(docs: list[ProcessedDoc]) -> pd.DataFrame:
    rows = []
    for d in docs:
        for fact in d.facts:
            section = section_at(d.sections, fact.char_start)
            rows.append({"doc_id": d.doc_id, "section_id": section.section_id if section else None,
                         "metric": fact.metric, "value": float(fact.value), "unit": fact.unit,
                         "approx": fact.approx, "source": fact.source, "quote": fact.quote,
                         "char_start": fact.char_start, "char_end": fact.char_end})
    return pd.DataFrame(rows, columns=FACT_COLUMNS).astype({"value": "float64"})


def _citations(docs: list[ProcessedDoc]) -> pd.DataFrame:
    rows = [{"doc_id": d.doc_id, "cited_title": c.cited_title, "cited_number": c.cited_number,
             "cited_number_raw": c.cited_number_raw, "quote": c.quote, "char_start": c.char_start,
             "char_end": c.char_end} for d in docs for c in d.citations]
    return pd.DataFrame(rows, columns=["doc_id", "cited_title", "cited_number", "cited_number_raw", "quote",
                                       "char_start", "char_end"])


QUARANTINE_COLUMNS = ["run_id", "dataset", "doc_id", "check", "severity", "detail", "row"]


def _dropped_spans(docs: list[ProcessedDoc], run_id: str) -> pd.DataFrame:
    rows = [{"run_id": run_id, "dataset": "normalize", "doc_id": d.doc_id, "check": "unrecoverable_span",
             "severity": "warning",
             "detail": f"cut {len(span)} unrecoverable characters from the text used for extraction",
             "row": json.dumps({"source_path": d.record.source_path, "span": span}, ensure_ascii=False)}
            for d in docs for span in d.norm.dropped_spans]
    return pd.DataFrame(rows, columns=QUARANTINE_COLUMNS)
