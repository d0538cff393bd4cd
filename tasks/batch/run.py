"""One batch of files through the whole chain, as a worker process runs it: ingest → normalize → segment →
extract (`gongkai.tasks.document`) → Arrow tables → validate → write parts (`gongkai.tasks.batch`).

A task run costs 20–35 ms of orchestration, a document about a millisecond of work: a worker takes a batch
of files and runs the whole chain for it, so that both cores are busy and a batch's texts never travel
between processes (the pool: `gongkai.tasks.runtime.pool`). Only small objects travel back (`BatchResult`).
"""

from __future__ import annotations

import gc
import itertools
import time
from dataclasses import dataclass
from pathlib import Path

from gongkai.tasks.batch.dedupe import SEEN_LOG, PartRows, without_later_copies
from gongkai.tasks.batch.tables import DocKey, document_tables, origin
from gongkai.tasks.batch.validate import CheckResult, validate_document_tables
from gongkai.tasks.batch.write import DATASETS_DIR, write_parts
from gongkai.tasks.document.chain import ProcessedDoc, extract_docs, failure_reason, normalize_records, segment_docs
from gongkai.tasks.document.ingest import Item, SourceFile, ingest_chunks


def reject_what_batches_cannot_take(docs: list[ProcessedDoc], run_id: str) -> list[ProcessedDoc]:
    """When the batch-wide stages (Arrow tables, validation) raise, the documents one at a time: the ones
    that still raise are rejected, so that one document cannot fail its batch and the run. The stages run
    per batch for speed; this costs a batch its time again only when it is needed."""
    for doc in docs:
        if doc.error is None:
            try:
                validate_document_tables(document_tables([doc], run_id), run_id)
            except Exception as exc:
                doc.error = failure_reason("written", exc)
    return docs


def plan_batches(paths: list[str], largest: int, workers: int) -> list[list[Item]]:
    """`paths` in order, cut into batches of `largest` while much is left, then smaller and smaller ones
    (a quarter of what is left for two workers, down to an eighth of `largest`). Every batch has a fixed cost
    (its validation's, ~26 ms, its part files), so batches are large; but with equal batches one worker sits
    idle while the other finishes the last one, a whole batch's time. A small corpus gets small batches from
    the start, so that every worker has some."""
    smallest = max(1, largest // 8)
    batches: list[list[Item]] = []
    start = 0
    while start < len(paths):
        size = min(largest, max(smallest, (len(paths) - start) // (2 * max(workers, 1))))
        batches.append(list[Item](paths[start : start + size]))
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


# A batch is read and goes through the chain this many bytes of input (or records) at a time, each chunk
# written as its own parts, so that a worker's memory stays bounded however long the documents are: 240
# files of ~100 KB (long reports, 23 MB) grew a worker's peak by 650 MB in one piece and by 350 MB in chunks.
# Files are read as their chunk's turn comes (`ingest_chunks`), not the whole batch first: 125 files of 2 MB
# held ~250 MB of texts per worker while their first chunks were processed. The benchmark's batches (1,000
# files of ~5 KB) are one chunk each; a streamed JSONL file's records (~200 bytes each) come 1,000 at a time.
CHUNK_BYTES = 8 * 2**20
CHUNK_RECORDS = 1000


def process_files(
    batch_no: int, paths: list[Item], root: Path, staging: Path, run_id: str, part: str | None = None
) -> BatchResult:
    """Ingest one batch, then normalize → segment → extract → validate it and write its Parquet parts into
    `<staging>/datasets/`, `CHUNK_BYTES` of input at a time.

    Runs in a worker process: only small objects travel back to the flow. Its parts are named
    `part-<part>-<chunk>`, `part` being the batch number unless given."""
    part = part or f"{batch_no:06d}"
    seconds: dict[str, float] = {}

    def timed(stage: str, fn, *args):
        start = time.perf_counter()
        result = fn(*args)
        seconds[stage] = seconds.get(stage, 0.0) + time.perf_counter() - start
        return result

    def tables_validated(docs: list[ProcessedDoc]):
        return timed("validate", validate_document_tables, timed("tables", document_tables, docs, run_id), run_id)

    files: list[SourceFile] = []
    chunks = ingest_chunks(paths, root, CHUNK_BYTES, CHUNK_RECORDS, files)
    keys: list[DocKey] = []
    checks: list[CheckResult] = []
    parts: list[PartRows] = []
    for n in itertools.count():
        chunk = timed("ingest", next, chunks, None)
        if chunk is None:
            break
        if n:
            gc.collect()  # the reference cycles the previous chunk left (the worker otherwise collects per batch)
        docs = timed("normalize", normalize_records, chunk)
        docs = timed("segment", segment_docs, docs)
        docs = timed("extract", extract_docs, docs)
        try:
            validated = tables_validated(docs)
        except Exception:
            validated = tables_validated(timed("tables", reject_what_batches_cannot_take, docs, run_id))
        tables, rows = timed("write", without_later_copies, validated, docs, staging / SEEN_LOG, f"{part}-{n:03d}")
        timed("write", write_parts, tables, staging / DATASETS_DIR, rows.name)
        parts.append(rows)
        chunk_keys = [
            DocKey(
                d.record.source_path,
                d.record.record_no,
                None if d.error else d.doc_id,
                d.error or validated.rejected.get(origin(d.record.source_path, d.record.record_no)),
            )
            for d in docs
        ]
        if any(source.streamed for source in chunk):
            chunk_keys = fold_streamed(chunk, chunk_keys)
        keys += chunk_keys
        checks += validated.checks
        for source in chunk:
            for record in source.records:
                record.text = ""  # the text is in the parts now; do not ship it back
    return BatchResult(files, keys, checks, seconds, parts)


def fold_streamed(chunk: list[SourceFile], keys: list[DocKey]) -> list[DocKey]:
    """`keys` without those of a streamed file's records, which are folded into the records' outcomes
    instead (doc_id, and in `reason` the rejection if any; the status stays pending): the flow then holds
    one small object per record, not a `RawRecord`, its metadata and a `DocKey`. `keys` are in the order of
    the chunk's records."""
    kept: list[DocKey] = []
    at = 0
    for source in chunk:
        mine = keys[at : at + len(source.records)]
        at += len(source.records)
        if not source.streamed:
            kept += mine
            continue
        for outcome, key in zip(source.record_outcomes, mine):  # still pending: the flow resolves them
            outcome.doc_id, outcome.reason = key.doc_id, key.rejected
        source.records = []
    return kept
