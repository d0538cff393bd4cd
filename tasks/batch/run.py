"""The per-document chain as plain functions over batches, run in worker processes.

A task run costs 20–35 ms of orchestration, a document about a millisecond of work: a worker process takes a
batch of files and runs the whole chain for it (ingest → normalize → segment → extract → validate → write
parts), so that both cores are busy and a batch's texts never travel between processes; a Prefect task
waits for several batches. Task caching and result persistence are off: results are small objects handed
back in memory.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.forkserver
import os
import signal
import time
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from prefect import task
from prefect.cache_policies import NONE

from gongkai.tasks.batch.dedupe import SEEN_LOG, PartRows, drop_copies, part_rows, seen_documents
from gongkai.tasks.document.fields import Citation, DocumentFields, extract_fields, find_citations
from gongkai.tasks.document.facts import Fact, extract_facts, flag_disagreements, outside_spans
from gongkai.tasks.document.report_tables import ParsedTables, parse_tables, table_facts
from gongkai.tasks.document.ingest import RawRecord, SourceFile, ingest_bytes, ingest_files, read_ahead
from gongkai.tasks.document.normalize import Normalized, normalize
from gongkai.tasks.document.segment import Section, canonical_section, segment
from gongkai.tasks.batch.tables import ORIGIN, DocKey, document_tables, origin
from gongkai.tasks.batch.validate import CheckResult, ValidatedBatch, validate_document_tables
from gongkai.tasks.batch.write import DATASETS_DIR, write_parts


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

    @property
    def doc_id(self) -> str:
        return self.norm.doc_id


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
    return outside_spans(facts, [(s.char_start, s.char_end) for s in sections
                                 if s.level == 1 and canonical_section(s.heading) == "plans"])


def extract_docs(docs: list[ProcessedDoc]) -> list[ProcessedDoc]:
    for doc in docs:
        if doc.error is None:
            try:
                doc.fields = extract_fields(doc.norm.text, doc.norm.metadata)
                doc.tables = parse_tables(doc.norm.text, doc.fields.format_era)
                if doc.tables.cells and doc.fields.doc_type == "annual_report":
                    doc.fields.format_era = doc.tables.era
                narrative = results_only(extract_facts(doc.norm.text), doc.sections, doc.fields.doc_type)
                doc.facts = flag_disagreements(narrative, table_facts(doc.tables, doc.norm.text))
                doc.citations = find_citations(doc.norm.text, doc.fields.doc_number)
            except Exception as exc:
                doc.error = _failure("extracted", exc)
    return docs


def reject_what_batches_cannot_take(docs: list[ProcessedDoc], run_id: str) -> list[ProcessedDoc]:
    """When the batch-wide stages (Arrow tables, validation) raise, the documents one at a time: the ones
    that still raise are rejected, so that one document cannot fail its batch and the run. The stages run
    per batch for speed; this costs a batch its time again only when it is needed."""
    for doc in docs:
        if doc.error is None:
            try:
                validate_document_tables(document_tables([doc], run_id), run_id)
            except Exception as exc:
                doc.error = _failure("written", exc)
    return docs


def plan_batches(paths: list[str], largest: int, workers: int) -> list[list[str]]:
    """`paths` in order, cut into batches of `largest` while much is left, then smaller and smaller ones
    (a quarter of what is left for two workers, down to an eighth of `largest`). Every batch has a fixed cost
    (its validation's, ~26 ms, its part files), so batches are large; but with equal batches one worker sits
    idle while the other finishes the last one, a whole batch's time. A small corpus gets small batches from
    the start, so that every worker has some."""
    smallest = max(1, largest // 8)
    batches, start = [], 0
    while start < len(paths):
        size = min(largest, max(smallest, (len(paths) - start) // (2 * max(workers, 1))))
        batches.append(paths[start:start + size])
        start += size
    return batches


@dataclass
class BatchResult:
    """What a worker sends back: the ledger entries (texts stripped), document keys, checks, timings, and
    which document each row of its parts came from."""

    files: list[SourceFile]
    keys: list[DocKey]
    checks: list[CheckResult]
    seconds: dict[str, float]
    parts: list[PartRows]


# After ingest, a batch goes through the rest of the chain this many bytes of input at a time, each chunk
# written as its own parts, so that a worker's memory stays bounded however long the documents are: 240
# files of ~100 KB (long reports, 23 MB) grew a worker's peak by 650 MB in one piece and by 350 MB in chunks.
# The benchmark's batches (1,000 files of ~5 KB) are one chunk each.
CHUNK_BYTES = 8 * 2**20


def byte_chunks(files: list[SourceFile], limit: int) -> list[list[SourceFile]]:
    """`files` in order, cut before a file that would take a chunk past `limit` bytes (a larger file is a chunk
    of its own)."""
    chunks: list[list[SourceFile]] = []
    size = 0
    for source in files:
        if not chunks or size + source.size_bytes > limit:
            chunks.append([])
            size = 0
        chunks[-1].append(source)
        size += source.size_bytes
    return chunks


def without_later_copies(validated: ValidatedBatch, docs: list[ProcessedDoc], seen_log: Path, part: str
                         ) -> tuple[dict, PartRows]:
    """The validated tables without the rows of documents that a copy earlier in path order precedes (the
    run will not load them: `gongkai.tasks.batch.dedupe`), and which document each remaining row came from. The documents
    that passed are logged as seen."""
    passed = [(d.doc_id, d.record.source_path, d.record.record_no) for d in docs
              if d.error is None and origin(d.record.source_path, d.record.record_no) not in validated.rejected]
    later = {origin(*copy) for copy in seen_documents(seen_log).later_copies(passed)}
    rows = part_rows(part, validated.tables, ORIGIN)
    return drop_copies(validated.tables, rows, later), rows


def process_files(batch_no: int, paths: list[str], root: Path, staging: Path, run_id: str) -> BatchResult:
    """Ingest one batch, then normalize → segment → extract → validate it and write its Parquet parts into
    `<staging>/datasets/`, `CHUNK_BYTES` of input at a time.

    Runs in a worker process: only small objects travel back to the flow."""
    seconds: dict[str, float] = {}

    def timed(stage: str, fn, *args):
        start = time.perf_counter()
        result = fn(*args)
        seconds[stage] = seconds.get(stage, 0.0) + time.perf_counter() - start
        return result

    def tables_validated(docs: list[ProcessedDoc]):
        return timed("validate", validate_document_tables, timed("tables", document_tables, docs, run_id), run_id)

    files = timed("ingest", ingest_files, paths, root)
    keys: list[DocKey] = []
    checks: list[CheckResult] = []
    parts: list[PartRows] = []
    for n, chunk in enumerate(byte_chunks(files, CHUNK_BYTES)):
        if n:
            gc.collect()  # the reference cycles the previous chunk left (the worker otherwise collects per batch)
        docs = timed("normalize", normalize_records, chunk)
        docs = timed("segment", segment_docs, docs)
        docs = timed("extract", extract_docs, docs)
        try:
            validated = tables_validated(docs)
        except Exception:
            validated = tables_validated(timed("tables", reject_what_batches_cannot_take, docs, run_id))
        tables, rows = timed("write", without_later_copies, validated, docs, staging / SEEN_LOG,
                             f"{batch_no:06d}-{n:03d}")
        timed("write", write_parts, tables, staging / DATASETS_DIR, rows.name)
        parts.append(rows)
        keys += [DocKey(d.record.source_path, d.record.record_no, None if d.error else d.doc_id,
                        d.error or validated.rejected.get(origin(d.record.source_path, d.record.record_no)))
                 for d in docs]
        checks += validated.checks
        for source in chunk:
            for record in source.records:
                record.text = ""  # the text is in the parts now; do not ship it back
    return BatchResult(files, keys, checks, seconds, parts)


_pool: ProcessPoolExecutor | None = None
_queued: dict[int, Future] = {}


def _settle_worker() -> None:
    """The objects a worker starts with (modules, rule tables) live as long as it does: frozen, the garbage
    collector never scans them (~0.4 M objects). A batch's own objects are freed by reference counting as
    it ends; the collector, which would otherwise run every 700 allocations (~10 % of a batch's time),
    runs once after each batch (`_process_in_worker`) for whatever reference cycles remain."""
    gc.freeze()
    gc.disable()


def _process_in_worker(*args) -> BatchResult:
    result = process_files(*args)
    gc.collect()
    return result


@contextmanager
def collector_paused():
    """The garbage collector off in the flow process while it gathers the batches' results and resolves the
    ledger. Each batch hands back ~10k objects (its files' ledger entries) that live until the run ends, and
    the collector's full pass, due each time the heap has grown by a quarter, scanned all of them again:
    at 100k files, 12 passes and ~3 CPU-seconds of the flow process, for no garbage. Afterwards what was
    allocated meanwhile joins the oldest generation directly (freeze, then unfreeze: no pass over it)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if enabled:
            gc.enable()


# Made up, in the styles the chain meets: a GB18030 report with a count, a Traditional HTML page.
WARM_UP_FILES = (
    ("warm-up.txt", "兰州市民政局2020年政府信息公开工作年度报告\n一、总体情况\n本年度主动公开政府信息12条。\n".encode("gb18030")),
    ("warm-up.html", "<html><body><h1>酒泉市財政局2021年政府資訊公開工作年度報告</h1><p>全年受理申請3件。</p></body></html>"
     .encode("utf-8")),
)


def warm_up() -> list[ProcessedDoc]:
    """Run the chain once on `WARM_UP_FILES`: what it builds on first use (character tables, large
    patterns, cpca's divisions, pandera's check backends; ~0.4 s) is then built before any worker forks."""
    docs = extract_docs(segment_docs(normalize_records([ingest_bytes(name, data) for name, data in WARM_UP_FILES])))
    validate_document_tables(document_tables(docs, "warm-up"), "warm-up")
    return docs


# forkserver: workers start clean, not as copies of a process that runs Prefect's threads. The server
# imports and warms up the pipeline once (~3 s, see `gongkai.tasks.runtime.worker_start`); every worker is a fork of it,
# ready at once.
_context = multiprocessing.get_context("forkserver")
_context.set_forkserver_preload(["gongkai.tasks.runtime.worker_start"])


def start_worker_server() -> None:
    """Start the process the workers fork from now, so that its imports overlap other work: the CLI calls
    this before Prefect's server starts, the flow (again, a no-op then) before it discovers the files."""
    multiprocessing.forkserver.ensure_running()


def _stop_worker_server() -> None:
    # It holds a copy of the imported pipeline (~300 MB resident) that the write and load steps can use.
    # The standard library has no public way to stop it; it is restarted on demand by the next pool.
    # Asked to stop, it would exit like any Python program, tearing down everything it imported (~0.8 s
    # during which the run waits); it holds nothing to flush, so it is terminated first.
    server = multiprocessing.forkserver._forkserver
    pid = getattr(server, "_forkserver_pid", None)
    if pid is not None:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    stop = getattr(server, "_stop", None)
    if stop is not None:
        stop()


@contextmanager
def worker_pool(workers: int):
    """The processes the batches run in, for the duration of a flow run. `workers=0` runs them in-process."""
    global _pool
    if workers <= 0:
        yield
        return
    _pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context, initializer=_settle_worker)
    try:
        yield
    finally:
        _pool.shutdown(cancel_futures=True)
        _pool = None
        _queued.clear()
        _stop_worker_server()


def queue_batches(batches: list[list[str]], root: Path, staging: Path, run_id: str, read_ahead_by: int) -> None:
    """Hand every batch to the worker pool at once, in path order, which is the order the workers take them
    in; the tasks then wait for their results. Left to the tasks, the batches reached the pool in the order
    Prefect's threads happened to start them, and a worker met a later copy of a document before the earlier
    one was logged (`gongkai.tasks.batch.dedupe`) ~40 times as often: a quarter of the parts had to be rewritten.

    The kernel is asked to read the files of the first `read_ahead_by` batches now, and those of batch
    n + `read_ahead_by` as batch n finishes: the corpus is rarely in the page cache, and a worker would
    otherwise wait for each file's read in turn."""
    if _pool is None:
        return
    for batch in batches[:read_ahead_by]:
        read_ahead(batch)
    for n, batch in enumerate(batches):
        _queued[n] = _pool.submit(_process_in_worker, n, batch, root, staging, run_id)
        if n + read_ahead_by < len(batches):
            _queued[n].add_done_callback(lambda _, later=batches[n + read_ahead_by]: read_ahead(later))


def _run_batches(first: int, batches: list[list[str]], root: Path, staging: Path, run_id: str) -> list[BatchResult]:
    """Batches `first`, `first` + 1, …: their results, from the pool (`queue_batches`) or, without workers,
    run here."""
    results = []
    for batch_no, paths in enumerate(batches, start=first):
        queued = _queued.pop(batch_no, None)
        results.append(queued.result() if queued else _process_in_worker(batch_no, paths, root, staging, run_id))
    return results


# A task run costs Prefect's client and server ~30 ms of CPU, taken from the workers (at 100k files, creating
# 110 task runs at once kept the server busy for ~2 CPU-seconds): a task stands for this many of the
# workers' batches, which stay ~1,000 files so that their memory does too.
BATCHES_PER_TASK = 4
process_batches = task(_run_batches, name="process-batches", cache_policy=NONE, persist_result=False,
                       task_run_name="process-batches-{first}")
