"""Dedupe: a document is loaded from its first copy in path order; every later copy is a `duplicate` row of the
ledger and leaves no rows in the datasets. This module is the one home of that rule.

- Within a chunk, `gongkai.tasks.batch.tables.document_tables` builds rows once per distinct document.
- Across batches, the first copy is known for certain only once every batch is done (`resolve_duplicates`). Rewriting every part then, to drop the later copies, cost the final
step as much CPU as building the marts file. Instead:

- each worker appends the documents of every chunk it validates to a log in the staging folder
  (`SeenDocuments`), and drops, before writing its parts, each document the log already holds from an
  earlier path: such a copy can never be the one loaded;
- the log cannot know what a concurrently running batch has not logged yet, so each part records which
  document each of its rows came from (`PartRows`), and the dedupe step rewrites the few parts still holding a
  row the run does not keep (`rows_to_keep`, `dedupe_datasets`), once the ledger is resolved.

The rows kept are therefore exactly the rows of the documents `resolve_duplicates` loads, whatever order the
batches ran in; the log only decides how many parts need the rewrite.
"""

from __future__ import annotations

import fcntl
import hashlib
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import cast

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from prefect import task
from prefect.cache_policies import NONE
from prefect.utilities.annotations import quote

from gongkai.tasks.batch.tables import ORIGIN, DocKey, origin, path_order, source_records_table, sources_table
from gongkai.tasks.batch.validate import CheckResult, ValidatedBatch, validate_ledger
from gongkai.tasks.batch.write import write_ledger, write_table
from gongkai.tasks.document.chain import ProcessedDoc
from gongkai.tasks.document.ingest import RecordOutcome, SourceFile, merge_slices, summarize_outcomes
from gongkai.tasks.runtime.collector import collector_paused

SEEN_LOG = "seen-documents.log"
FIELD_END = "\0"  # no path contains it; a line break can


def _key(doc_id: str) -> int:
    """A doc_id as the 64-bit number it is (16 hex digits of a SHA-256), any other string hashed to one."""
    if len(doc_id) == 16:
        try:
            return int(doc_id, 16)
        except ValueError:
            pass
    return int.from_bytes(hashlib.blake2b(doc_id.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


class SeenDocuments:
    """The documents the run's batches have validated so far, by doc_id, with the first copy of each in path
    order: an append-only file shared by the workers, read by each from where it last stopped.

    Held as sorted arrays (doc_id as a 64-bit number, the first copy's path as an index into the distinct
    paths, its record number): 20 bytes a document. A dict of strings and tuples took ~250 bytes, and every
    worker holds every document of the run: 1M JSONL records grew each worker by ~250 MB."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.read_up_to = 0
        self.ids = np.zeros(0, np.uint64)
        self.paths = np.zeros(0, np.int32)
        self.records = np.zeros(0, np.int64)
        self.path_names: list[str] = []
        self._path_no: dict[str, int] = {}

    def _path_index(self, path: str) -> int:
        if path not in self._path_no:
            self._path_no[path] = len(self.path_names)
            self.path_names.append(path)
        return self._path_no[path]

    def _note(self, copies: list[tuple[str, tuple[str, int]]]) -> None:
        """Note each (doc_id, copy), keeping the earliest copy of each document in path order."""
        best: dict[int, tuple[str, int]] = {}
        for doc_id, copy in copies:
            key = _key(doc_id)
            known = best.get(key)
            if known is None or copy < known:
                best[key] = copy
        if not best:
            return
        keys = np.fromiter(sorted(best), np.uint64, len(best))
        at = np.searchsorted(self.ids, keys)
        found = at < len(self.ids)
        found[found] = self.ids[at[found]] == keys[found]
        for i in np.flatnonzero(found):  # seen before: the earlier copy stays
            j, copy = at[i], best[int(keys[i])]
            if copy < (self.path_names[self.paths[j]], int(self.records[j])):
                self.paths[j], self.records[j] = self._path_index(copy[0]), copy[1]
        new = ~found
        if new.any():
            copies_new = [best[int(key)] for key in keys[new]]
            self.paths = np.insert(self.paths, at[new], [self._path_index(path) for path, _ in copies_new])
            self.records = np.insert(self.records, at[new], [n for _, n in copies_new])
            self.ids = np.insert(self.ids, at[new], keys[new])

    def _firsts(self, doc_ids: list[str]) -> list[tuple[str, int]]:
        at = np.searchsorted(self.ids, np.fromiter((_key(d) for d in doc_ids), np.uint64, len(doc_ids)))
        return [(self.path_names[p], int(n)) for p, n in zip(self.paths[at].tolist(), self.records[at].tolist())]

    def later_copies(self, copies: list[tuple[str, str, int | None]]) -> set[tuple[str, int]]:
        """Log `copies` (doc_id, source_path, record_no: validated documents of one chunk) and return those
        that a copy earlier in path order precedes, in this chunk or in any batch logged so far."""
        with open(self.path, "a+b") as log:
            fcntl.flock(log, fcntl.LOCK_EX)  # the other worker appends between our read and our write
            log.seek(self.read_up_to)
            fields = log.read().decode("utf-8", "surrogatepass").split(FIELD_END)
            self._note([(fields[i], (fields[i + 1], int(fields[i + 2]))) for i in range(0, len(fields) - 2, 3)])
            ordered = [(doc_id, path_order(path, record_no)) for doc_id, path, record_no in copies]
            self._note(ordered)
            firsts = self._firsts([doc_id for doc_id, _ in ordered])
            log.write(
                "".join(
                    f"{doc_id}{FIELD_END}{path}{FIELD_END}{n}{FIELD_END}"
                    for (doc_id, (path, n)), first in zip(ordered, firsts)
                    if first == (path, n)
                ).encode("utf-8", "surrogatepass")
            )
            log.flush()
            self.read_up_to = log.tell()
        return {copy for (_, copy), first in zip(ordered, firsts) if first != copy}


_seen: dict[Path, SeenDocuments] = {}


def seen_documents(path: Path) -> SeenDocuments:
    """This process's reader of the log at `path` (a worker serves many batches of one run)."""
    if path not in _seen:
        _seen.clear()  # a new run: the previous run's log is gone with its staging folder
        _seen[path] = SeenDocuments(path)
    return _seen[path]


@dataclass
class PartRows:
    """Which document each row of one part's files came from: per dataset, runs of consecutive rows, as run
    lengths and an index into `origins` (-1: a row of no document). `origins` is an Arrow array, ~22 bytes an
    origin in the flow's process that holds them all until the run ends (a list of strings took ~75)."""

    name: str
    origins: pa.Array
    runs: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)


def part_rows(name: str, tables: dict[str, pa.Table], origin_column: str) -> PartRows:
    """The `PartRows` of `tables` (each with its `origin_column`), before that column is dropped. A document's
    rows are usually consecutive, so runs are found by comparing neighbours, and only a run's first value is
    looked up (a lookup per row cost ~25 ms per 1,000 documents)."""
    firsts = {}
    for dataset, table in tables.items():
        column = table[origin_column].combine_chunks()
        changed = pc.not_equal(column[1:], column[:-1]).fill_null(True).to_numpy(zero_copy_only=False)
        starts = np.concatenate(([0], np.flatnonzero(changed) + 1)) if len(column) else np.zeros(0, np.int64)
        firsts[dataset] = (starts, len(column), column.take(starts))
    origins = pa.chunked_array([values for _, _, values in firsts.values()], pa.string()).unique().drop_null()
    rows = PartRows(name, origins)
    for dataset, (starts, length, values) in firsts.items():
        index = pc.index_in(values, value_set=origins).fill_null(-1).to_numpy()
        rows.runs[dataset] = (np.diff(starts, append=length).astype(np.int32), index.astype(np.int32))
    return rows


def _kept(origins: pa.Array, keep) -> np.ndarray:
    """Per origin, whether `keep(origin)`; one more entry, True, that index -1 (a row of no document) reads."""
    return np.array([keep(o) for o in origins.to_pylist()] + [True])


def rows_to_keep(parts: list[PartRows], loaded: set[str], quarantined: set[str]) -> list[tuple[str, str, np.ndarray]]:
    """(dataset, part name, which rows to keep) for every part file holding a row of a document the run does
    not keep: the datasets keep the rows of the `loaded` origins, the quarantine those of the `quarantined`
    ones and the rows of no document."""
    changes = []
    for part in parts:
        keeps = {
            "loaded": _kept(part.origins, loaded.__contains__),
            "quarantined": _kept(part.origins, quarantined.__contains__),
        }
        for dataset, (lengths, index) in part.runs.items():
            keep = keeps["quarantined" if dataset == "quarantine" else "loaded"][index]
            if not keep.all():
                changes.append((dataset, part.name, np.repeat(keep, lengths)))
    return changes


def drop_copies(tables: dict[str, pa.Table], rows: PartRows, origins: set[str]) -> dict[str, pa.Table]:
    """`tables`, whose rows `rows` describes, without the rows of the documents `origins` names; `rows` is
    updated to match."""
    if not origins:
        return tables
    keep_origin = _kept(rows.origins, lambda o: o not in origins)
    kept = {}
    for dataset, table in tables.items():
        lengths, index = rows.runs[dataset]
        keep = keep_origin[index]
        kept[dataset] = table if keep.all() else table.filter(np.repeat(keep, lengths))
        rows.runs[dataset] = (lengths[keep], index[keep])
    return kept


def without_later_copies(
    validated: ValidatedBatch, docs: list[ProcessedDoc], seen_log: Path, part: str
) -> tuple[dict, PartRows]:
    """The validated tables without the rows of documents that a copy earlier in path order precedes (the
    run will not load them: `gongkai.tasks.batch.dedupe`), and which document each remaining row came from. The documents
    that passed are logged as seen."""
    passed = [
        (d.doc_id, d.record.source_path, d.record.record_no)
        for d in docs
        if d.error is None and origin(d.record.source_path, d.record.record_no) not in validated.rejected
    ]
    later = {origin(*copy) for copy in seen_documents(seen_log).later_copies(passed)}
    rows = part_rows(part, validated.tables, ORIGIN)
    return drop_copies(validated.tables, rows, later), rows


def _file_status_rank(outcome: tuple[str, str | None, str | None] | str) -> int:
    """A file takes the first best outcome of its records: loaded, else duplicate, else rejected."""
    return ("loaded", "duplicate", "rejected").index(outcome if isinstance(outcome, str) else outcome[0])


def resolve_duplicates(files: list[SourceFile], keys: list[DocKey]) -> tuple[set[str], set[str]]:
    """Sets ledger statuses in place. Returns the origins of the loaded documents, and those whose rows
    the quarantine keeps: the loaded ones and the first copy of each document that failed validation.
    A streamed file's records have their keys in their outcomes (`gongkai.tasks.batch.run.fold_streamed`)."""
    by_record = {(k.source_path, k.record_no): k for k in keys}
    seen: dict[str, DocKey | RecordOutcome] = {}
    first_rejected: dict[str, DocKey | RecordOutcome] = {}

    def resolved(copy: DocKey | RecordOutcome, doc_id: str | None, rejected: str | None):
        if rejected:
            if doc_id:
                first_rejected.setdefault(doc_id, copy)
            return "rejected", rejected, None
        if doc_id in seen:
            first = seen[doc_id]
            reason = f"same content as {first.source_path}" + (f" record {first.record_no}" if first.record_no else "")
            return "duplicate", reason, doc_id
        seen[cast(str, doc_id)] = copy  # a record that was not rejected became a document
        return "loaded", None, doc_id

    for source in sorted(files, key=attrgetter("source_path")):
        if source.status == "rejected":
            continue
        if source.streamed:
            best = None
            for outcome in source.record_outcomes:
                if outcome.status == "pending":  # processed: its reason, if any, is why it was then rejected
                    outcome.status, outcome.reason, outcome.doc_id = resolved(outcome, outcome.doc_id, outcome.reason)
                    if best is None or _file_status_rank(outcome.status) < _file_status_rank(best.status):
                        best = outcome
            if best is not None:  # there is one (`merge_slices` rejects a file without)
                source.status, source.reason, source.doc_id = best.status, best.reason, best.doc_id
        else:
            outcomes = {o.record_no: o for o in source.record_outcomes} if source.record_outcomes else None
            statuses = []
            for record in source.records:
                key = by_record[record.source_path, record.record_no]
                status, reason, doc_id = resolved(key, key.doc_id, key.rejected)
                statuses.append((status, reason, doc_id))
                if outcomes and record.record_no in outcomes:
                    outcome = outcomes[record.record_no]
                    outcome.status, outcome.reason, outcome.doc_id = status, reason, doc_id
            if statuses:
                source.status, source.reason, source.doc_id = min(statuses, key=_file_status_rank)
        rejected = sum(o.status == "rejected" for o in source.record_outcomes)
        if rejected and source.status != "rejected":
            source.reason = f"{rejected} of {len(source.record_outcomes)} records rejected: " + summarize_outcomes(
                source.record_outcomes
            )
    loaded = {origin(copy.source_path, copy.record_no) for copy in seen.values()}
    return loaded, loaded | {origin(copy.source_path, copy.record_no) for copy in first_rejected.values()}


@dataclass
class Ledger:
    """What the flow needs of the resolved ledger: its counts, its checks, and what finishing took."""

    sources: pd.DataFrame
    documents: int
    checks: list[CheckResult]
    rewritten: int


def dedupe_datasets(datasets_dir: Path, results: list, run_id: str) -> Ledger:
    """Once every batch is done (`results`: their `gongkai.tasks.batch.run.BatchResult`s): the ledger resolved
    (`resolve_duplicates`), validated and written, and the parts rewritten that still hold a later copy
    (`rows_to_keep`)."""
    files = merge_slices([f for r in results for f in r.files])
    loaded, quarantined = resolve_duplicates(files, [k for r in results for k in r.keys])
    ledger = {"sources": sources_table(files), "source_records": source_records_table(files)}
    quarantine, checks = validate_ledger(ledger["sources"], ledger["source_records"], run_id)
    changes = rows_to_keep([p for r in results for p in r.parts], loaded, quarantined)
    for dataset, part, keep in changes:
        path = datasets_dir / dataset / f"part-{part}.parquet"
        write_table(pq.read_table(path).filter(keep), path)
    write_ledger(datasets_dir, ledger, quarantine)
    return Ledger(ledger["sources"], len(loaded), checks, len(changes))


_dedupe_task = task(name="dedupe", cache_policy=NONE, persist_result=False)(dedupe_datasets)


def dedupe(datasets_dir: Path, results: list, run_id: str) -> Ledger:
    """The flow's dedupe step: `dedupe_datasets` as a Prefect task. quote() keeps Prefect from visiting
    every element of the results (~2.5 s at 100k files); the collector stays paused as while they were
    gathered (`collector_paused`)."""
    with collector_paused():
        return _dedupe_task(datasets_dir, quote(results), run_id)  # type: ignore[call-overload]  # Prefect unwraps quote()
