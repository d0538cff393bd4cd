"""The per-document chain as plain functions over batches, and the `@task` wrappers the flow calls.

A task run costs 20–35 ms of orchestration, a document ~0.2 ms of work: tasks always take a batch.
Results are plain Python objects handed from task to task in memory, so task caching and result
persistence are off.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from prefect import task
from prefect.cache_policies import NONE

from tasks.extract import Citation, DocumentFields, extract_fields, find_citations
from tasks.facts import Fact, extract_facts
from tasks.ingest import RawRecord, SourceFile, ingest_file
from tasks.normalize import Normalized, normalize
from tasks.segment import Section, canonical_section, segment


@dataclass
class ProcessedDoc:
    record: RawRecord
    norm: Normalized
    sections: list[Section] = field(default_factory=list)
    fields: DocumentFields | None = None
    facts: list[Fact] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    error: str | None = None  # set when a stage failed on this document: it is rejected, the run goes on

    @property
    def doc_id(self) -> str:
        return self.norm.doc_id


def ingest_files(paths: list[Path], root: Path) -> list[SourceFile]:
    return [ingest_file(path, root) for path in paths]


def _failure(stage: str, exc: Exception) -> str:
    return f"could not be {stage}: {type(exc).__name__}: {exc}; this is a gongkai bug, please report it with the file"


def normalize_records(files: list[SourceFile]) -> list[ProcessedDoc]:
    docs = []
    for source in files:
        for record in source.records:
            try:
                norm = normalize(record.text, record.text_format)
            except Exception as exc:  # one bad document must not stop the run
                docs.append(ProcessedDoc(record, Normalized("", "simplified"), error=_failure("normalized", exc)))
                continue
            if record.meta:
                # A crawler record's own fields are metadata the page itself did not carry.
                for key in ("title", "publish_date", "publisher"):
                    if record.meta.get(key) and not norm.metadata.get(key):
                        norm.metadata[key] = record.meta[key]
                if record.meta.get("url"):
                    norm.metadata["url"] = record.meta["url"]
            docs.append(ProcessedDoc(record, norm))
    return docs


def segment_docs(docs: list[ProcessedDoc]) -> list[ProcessedDoc]:
    for doc in docs:
        if doc.error is None:
            try:
                doc.sections = segment(doc.doc_id, doc.norm.text)
            except Exception as exc:
                doc.error = _failure("segmented", exc)
    return docs


def results_only(facts: list[Fact], sections: list[Section], doc_type: str) -> list[Fact]:
    """Counts inside a report's own next-year plan section are plans, not results of the year reported."""
    if doc_type == "work_plan":
        return facts
    plan_spans = [(s.char_start, s.char_end) for s in sections
                  if s.level == 1 and canonical_section(s.heading) == "plans"]
    return [f for f in facts if not any(start <= f.char_start < end for start, end in plan_spans)]


def extract_docs(docs: list[ProcessedDoc]) -> list[ProcessedDoc]:
    for doc in docs:
        if doc.error is None:
            try:
                doc.fields = extract_fields(doc.norm.text, doc.norm.metadata)
                doc.facts = results_only(extract_facts(doc.norm.text), doc.sections, doc.fields.doc_type)
                doc.citations = find_citations(doc.norm.text, doc.fields.doc_number)
            except Exception as exc:
                doc.error = _failure("extracted", exc)
    return docs


ingest_batch = task(ingest_files, name="ingest", cache_policy=NONE, persist_result=False)
normalize_batch = task(normalize_records, name="normalize", cache_policy=NONE, persist_result=False)
segment_batch = task(segment_docs, name="segment", cache_policy=NONE, persist_result=False)
extract_batch = task(extract_docs, name="extract", cache_policy=NONE, persist_result=False)
