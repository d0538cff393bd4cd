"""The per-document chain: normalize → segment → extract, each stage a function over a list of documents.

A stage that raises on one document rejects that document with the reason (`ProcessedDoc.error`) and goes
on: one bad document never stops its batch. Ingest (`gongkai.tasks.document.ingest`) comes before, the
batch-wide stages (Arrow tables, validation, parts: `gongkai.tasks.batch`) after.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gongkai.tasks.document.facts import Fact, extract_facts, flag_disagreements, outside_spans
from gongkai.tasks.document.fields import Citation, DocumentFields, extract_fields, find_citations
from gongkai.tasks.document.ingest import RawRecord, SourceFile
from gongkai.tasks.document.normalize import Normalized, normalize
from gongkai.tasks.document.report_tables import ParsedTables, parse_tables, table_facts
from gongkai.tasks.document.segment import Section, canonical_section, segment
from gongkai.tasks.document.statistics_table import statistics_facts
from gongkai.tasks.runtime.budget import Budget, OverBudget
from gongkai.tasks.runtime.limits import depth_reason


@dataclass
class ProcessedDoc:
    record: RawRecord
    norm: Normalized
    sections: list[Section] = field(default_factory=list)
    fields: DocumentFields | None = None
    facts: list[Fact] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    tables: ParsedTables | None = None
    error: str | None = None  # set when a stage failed on this document: it is rejected, the run goes on
    budget: Budget = field(default_factory=Budget)  # its time, from the start of its normalisation

    @property
    def doc_id(self) -> str:
        return self.norm.doc_id


def failure_reason(stage: str, exc: BaseException) -> str:
    """Why a stage gave up on a document: the limit it hit, or else a bug to report."""
    if isinstance(exc, OverBudget):
        return str(exc)
    if isinstance(exc, RecursionError):
        return f"could not be {stage}: {depth_reason('the document')}"
    if isinstance(exc, MemoryError):
        return f"could not be {stage}: it needs more memory than the worker has; split the file or lower GONGKAI_MAX_FILE_MB"
    return f"could not be {stage}: {type(exc).__name__}: {exc}; this is a gongkai bug, please report it with the file"


def normalize_records(files: list[SourceFile]) -> list[ProcessedDoc]:
    docs = []
    for source in files:
        for record in source.records:
            budget = Budget()
            try:
                with budget.stage("normalize"):
                    norm = normalize(record.text, record.text_format)
            except Exception as exc:  # one bad document must not stop the run
                docs.append(ProcessedDoc(record, Normalized("", "simplified"), error=failure_reason("normalized", exc)))
                continue
            if record.meta:
                # A crawler record's own fields are metadata the page itself did not carry.
                for key in ("title", "publish_date", "publisher"):
                    if record.meta.get(key) and not norm.metadata.get(key):
                        norm.metadata[key] = record.meta[key]
                if record.meta.get("url"):
                    norm.metadata["url"] = record.meta["url"]
            docs.append(ProcessedDoc(record, norm, budget=budget))
    return docs


def segment_docs(docs: list[ProcessedDoc]) -> list[ProcessedDoc]:
    for doc in docs:
        if doc.error is None:
            try:
                with doc.budget.stage("segment"):
                    doc.sections = segment(doc.doc_id, doc.norm.text)
            except Exception as exc:
                doc.error = failure_reason("segmented", exc)
    return docs


def results_only(facts: list[Fact], sections: list[Section], doc_type: str) -> list[Fact]:
    """Counts inside a report's own next-year plan section are plans, not results of the year reported."""
    if doc_type == "work_plan":
        return facts
    return outside_spans(
        facts,
        [(s.char_start, s.char_end) for s in sections if s.level == 1 and canonical_section(s.heading) == "plans"],
    )


def extract_docs(docs: list[ProcessedDoc]) -> list[ProcessedDoc]:
    for doc in docs:
        if doc.error is None:
            try:
                with doc.budget.stage("extract"):
                    doc.fields = extract_fields(doc.norm.text, doc.norm.metadata)
                    era = doc.fields.format_era or doc.fields.table_format
                    doc.tables = parse_tables(doc.norm.text, era) if era else ParsedTables(None)
                    narrative = results_only(extract_facts(doc.norm.text), doc.sections, doc.fields.doc_type)
                    from_tables = table_facts(doc.tables, doc.norm.text) + statistics_facts(doc.norm.text, narrative)
                    doc.facts = flag_disagreements(narrative, from_tables)
                    doc.citations = find_citations(doc.norm.text, doc.fields.doc_number)
            except Exception as exc:
                doc.error = failure_reason("extracted", exc)
    return docs
