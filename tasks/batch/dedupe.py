"""Later copies of a document, dropped where they are found so that the workers' parts are the datasets.

A document is loaded from its first copy in path order (`gongkai.tasks.batch.tables.resolve_duplicates`), which is known
for certain only once every batch is done. Rewriting every part then, to drop the later copies, cost the final
step as much CPU as building the marts file. Instead:

- each worker appends the documents of every chunk it validates to a log in the staging folder
  (`SeenDocuments`), and drops, before writing its parts, each document the log already holds from an
  earlier path: such a copy can never be the one loaded;
- the log cannot know what a concurrently running batch has not logged yet, so each part records which
  document each of its rows came from (`PartRows`), and the flow rewrites the few parts still holding a row
  the run does not keep (`rows_to_keep`, `gongkai.tasks.batch.write.finish_datasets`), once the ledger is resolved.

The rows kept are therefore exactly the rows of the documents `resolve_duplicates` loads, whatever order the
batches ran in; the log only decides how many parts need the rewrite.
"""

from __future__ import annotations

import fcntl
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from gongkai.tasks.batch.tables import path_order

SEEN_LOG = "seen-documents.log"
FIELD_END = "\0"  # no path contains it; a line break can


class SeenDocuments:
    """The documents the run's batches have validated so far, by doc_id, with the first copy of each in path
    order: an append-only file shared by the workers, read by each from where it last stopped."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.read_up_to = 0
        self.first: dict[str, tuple[str, int]] = {}

    def _note(self, doc_id: str, copy: tuple[str, int]) -> None:
        known = self.first.get(doc_id)
        if known is None or copy < known:
            self.first[doc_id] = copy

    def later_copies(self, copies: list[tuple[str, str, int | None]]) -> set[tuple[str, int]]:
        """Log `copies` (doc_id, source_path, record_no: validated documents of one chunk) and return those
        that a copy earlier in path order precedes, in this chunk or in any batch logged so far."""
        with open(self.path, "a+b") as log:
            fcntl.flock(log, fcntl.LOCK_EX)  # the other worker appends between our read and our write
            log.seek(self.read_up_to)
            fields = log.read().decode("utf-8", "surrogatepass").split(FIELD_END)
            for i in range(0, len(fields) - 2, 3):
                self._note(fields[i], (fields[i + 1], int(fields[i + 2])))
            ordered = [(doc_id, path_order(path, record_no)) for doc_id, path, record_no in copies]
            for doc_id, copy in ordered:
                self._note(doc_id, copy)
            firsts = [(doc_id, copy) for doc_id, copy in ordered if self.first[doc_id] == copy]
            log.write("".join(f"{doc_id}{FIELD_END}{path}{FIELD_END}{n}{FIELD_END}"
                              for doc_id, (path, n) in firsts).encode("utf-8", "surrogatepass"))
            log.flush()
            self.read_up_to = log.tell()
        return {copy for doc_id, copy in ordered if self.first[doc_id] != copy}


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
    lengths and an index into `origins` (-1: a row of no document)."""

    name: str
    origins: list[str]
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
    rows = PartRows(name, origins.to_pylist())
    for dataset, (starts, length, values) in firsts.items():
        index = pc.index_in(values, value_set=origins).fill_null(-1).to_numpy()
        rows.runs[dataset] = (np.diff(starts, append=length).astype(np.int32), index.astype(np.int32))
    return rows


def _kept(origins: list[str], keep) -> np.ndarray:
    """Per origin, whether `keep(origin)`; one more entry, True, that index -1 (a row of no document) reads."""
    return np.array([keep(o) for o in origins] + [True])


def rows_to_keep(parts: list[PartRows], loaded: set[str], quarantined: set[str]
                 ) -> list[tuple[str, str, np.ndarray]]:
    """(dataset, part name, which rows to keep) for every part file holding a row of a document the run does
    not keep: the datasets keep the rows of the `loaded` origins, the quarantine those of the `quarantined`
    ones and the rows of no document."""
    changes = []
    for part in parts:
        keeps = {"loaded": _kept(part.origins, loaded.__contains__),
                 "quarantined": _kept(part.origins, quarantined.__contains__)}
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
