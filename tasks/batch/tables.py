"""Processed documents → the contract's datasets; duplicates resolved and the ledger completed.

Document tables are built per batch, as Arrow tables of `PART_SCHEMAS` (validated, then written as the
batch's Parquet parts), before anyone knows which documents are duplicates of documents in other batches.
Every row carries `_origin` (`source_path#record_no` of the document it came from), so that
the final datasets keep exactly the rows of each document's first occurrence.

Duplicates: the first file (in path order) holding a normalised text is `loaded`; every later file or record
with the same text is `duplicate` and points at the same `doc_id`. A container file (json/jsonl) is `loaded`
when any of its records is, and its per-record outcomes go to `source_records`. A document that failed
validation is `rejected`, with the check named in its reason.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from functools import lru_cache
from operator import attrgetter
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from gongkai.tasks.document.fields import DocumentFields
from gongkai.tasks.document.ingest import SourceFile
from gongkai.tasks.document.segment import canonical_section
from gongkai.tasks.document.signature import text_minhashes

REPAIR_COLUMNS = (
    "html_pages",
    "stray_tags",
    "entities",
    "control_chars",
    "odd_spaces",
    "mojibake_gbk",
    "mojibake_latin1",
    "dropped_spans",
    "pinyin_annotations",
    "t2s_chars",
    "domain_phrases",
    "width_chars",
    "chrome_lines",
    "metadata_lines",
)
DOCUMENT_DATASETS = ("documents", "sections", "facts", "citations", "table_cells", "quarantine")
ORIGIN = "_origin"


def origin(source_path: str, record_no: int | None) -> str:
    return f"{source_path}#{record_no or 0}"


def path_order(source_path: str, record_no: int | None) -> tuple[str, int]:
    """Where a copy of a document stands in path order, which decides the copy loaded: by file path (as a
    string, as `resolve_duplicates` sorts them: not the order folders are walked in), then by record."""
    return source_path, record_no or 0


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


SOURCE_COLUMNS = [
    "source_path",
    "source_sha256",
    "size_bytes",
    "source_format",
    "encoding",
    "status",
    "doc_id",
    "reason",
    "records",
]


def sources_table(files: list[SourceFile]) -> pd.DataFrame:
    files = sorted(files, key=attrgetter("source_path"))
    columns = _attributes(files, SOURCE_COLUMNS[:-1])
    columns["records"] = [len(f.record_outcomes) or (1 if f.status != "rejected" else 0) for f in files]
    return pd.DataFrame(columns, columns=SOURCE_COLUMNS)


SOURCE_RECORD_COLUMNS = ["source_path", "record_no", "status", "doc_id", "reason"]


def source_records_table(files: list[SourceFile]) -> pd.DataFrame:
    """One row per record of a container file; built by column (a streamed JSONL file can have millions)."""
    outcomes = [o for f in sorted(files, key=attrgetter("source_path")) for o in f.record_outcomes]
    if not outcomes:
        return pd.DataFrame([], columns=SOURCE_RECORD_COLUMNS)
    return pd.DataFrame({name: [getattr(o, name) for o in outcomes] for name in SOURCE_RECORD_COLUMNS})


def document_tables(docs, run_id: str) -> dict[str, pa.Table]:
    """documents, sections, facts, citations, table cells and the normalisation quarantine of processed
    documents as Arrow tables of `PART_SCHEMAS`, each distinct document once (its first copy in path order;
    copies in other batches are dropped by `gongkai.tasks.batch.dedupe`).

    Built column by column, not row by row: a batch has tens of thousands of rows, a column's values
    convert to Arrow in one call, and per-document values (doc_id, _origin) are repeated by index."""
    first: dict = {}  # doc_id → the copy (a `gongkai.tasks.batch.run.ProcessedDoc`) first in path order
    for doc in docs:
        if doc.error is None:
            known = first.setdefault(doc.doc_id, doc)
            if path_order(doc.record.source_path, doc.record.record_no) < path_order(
                known.record.source_path, known.record.record_no
            ):
                first[doc.doc_id] = doc
    docs = [d for d in docs if d.error is None and first[d.doc_id] is d]
    keys = pa.table(
        {
            "doc_id": pa.array([d.doc_id for d in docs], pa.string()),
            ORIGIN: pa.array([origin(d.record.source_path, d.record.record_no) for d in docs], pa.string()),
        }
    )
    texts = pa.array([d.norm.text for d in docs], pa.string())
    sections = _sections(docs, keys, texts)
    return {
        "documents": _documents(docs, keys, texts),
        "sections": sections,
        "facts": _facts(docs, keys, sections),
        "citations": _citations(docs, keys),
        "table_cells": _table_cells(docs, keys),
        "quarantine": pa.concat_tables([_dropped_spans(docs, run_id), _ambiguous_splits(docs, run_id)]),
    }


def _arrow(dataset: str, columns: dict) -> pa.Table:
    """`columns` (Python sequences or Arrow arrays, by name) as a table of the dataset's part schema."""
    schema = PART_SCHEMAS[dataset]
    return pa.Table.from_arrays([_array(columns[field.name], field.type) for field in schema], schema=schema)


def _array(values, type_: pa.DataType) -> pa.Array | pa.ChunkedArray:
    """Python values as an Arrow array of `type_` (Arrow arrays as they are). NaN becomes null, as it does
    when pandas hands a float column to Arrow."""
    if isinstance(values, (pa.Array, pa.ChunkedArray)):
        return values
    return pa.array(values, type_, from_pandas=True)


def _per_row(keys: pa.Table, counts: list[int]) -> dict[str, pa.Array]:
    """The documents' doc_id and origin repeated for each of their rows (`counts` rows per document)."""
    rows = keys.take(np.repeat(np.arange(len(counts)), counts))
    return dict(zip(rows.column_names, rows.columns))


def _attributes(items: list, names) -> dict[str, Any]:
    """The attributes `names` of every item, a tuple per attribute.

    Read item by item, all names at once, then transposed: a batch's items are scattered in memory, and a pass
    per attribute fetched every item from memory again (facts: 56 → 31 ms per 3,000 documents). The row
    tuples are short-lived, and workers run with the garbage collector off."""
    columns = tuple(zip(*map(attrgetter(*names), items)))
    return dict(zip(names, columns or ((),) * len(names)))


DOCUMENT_COLUMNS = [
    "doc_id",
    "source_path",
    "record_no",
    "script",
    "doc_type",
    "title",
    "agency",
    "agency_inferred",
    "region",
    "admin_level",
    "report_year",
    "year_source",
    "publish_date",
    "doc_number",
    "index_no",
    "format_era",
    "url",
    "flags",
    "n_chars",
    "n_sections",
    "n_facts",
    "text",
    "text_minhash",
    *(f"repair_{n}" for n in REPAIR_COLUMNS),
    ORIGIN,
]
# The columns that are the document's fields as extracted (`DocumentFields`), read from it as they are; the
# publish date is cast to a date and the flags joined.
FIELD_COLUMNS = tuple(
    name
    for name in DOCUMENT_COLUMNS
    if name in {f.name for f in dataclass_fields(DocumentFields)} - {"publish_date", "flags"}
)


def _signatures(texts: list[str]) -> pa.Array:
    """The texts' MinHash signatures as one Arrow list array (null where a text is too short to sign)."""
    signatures = text_minhashes(texts)
    lengths = np.array([0 if s is None else len(s) for s in signatures])
    offsets = pa.array(np.concatenate([[0], np.cumsum(lengths)]), pa.int32())
    values = pa.array(np.concatenate([s for s in signatures if s is not None] or [np.empty(0, np.uint32)]))
    mask = pa.array([s is None for s in signatures], pa.bool_())
    return pa.ListArray.from_arrays(offsets, values, mask=mask)


def _documents(docs, keys: pa.Table, texts: pa.StringArray) -> pa.Table:
    fields = [d.fields for d in docs]
    repairs = [d.norm.repairs for d in docs]
    columns = {
        "doc_id": keys["doc_id"],
        ORIGIN: keys[ORIGIN],
        "source_path": [d.record.source_path for d in docs],
        "record_no": [d.record.record_no for d in docs],
        "script": [d.norm.script for d in docs],
        **_attributes(fields, FIELD_COLUMNS),
        # extract writes dates as YYYY-MM-DD; an impossible day fails here as it would anywhere else.
        "publish_date": pa.array([f.publish_date for f in fields], pa.string()).cast(pa.date32()),
        "url": [d.norm.metadata.get("url") for d in docs],
        "flags": [",".join(f.flags) or None for f in fields],
        "n_chars": [len(d.norm.text) for d in docs],
        "n_sections": [len(d.sections) for d in docs],
        "n_facts": [len(d.facts) for d in docs],
        "text": texts,
        "text_minhash": _signatures([d.norm.text for d in docs]),
        **{f"repair_{name}": [r.get(name, 0) for r in repairs] for name in REPAIR_COLUMNS},
    }
    return _arrow("documents", columns)


SECTION_COLUMNS = [
    "doc_id",
    "section_id",
    "parent_id",
    "level",
    "ordinal",
    "heading",
    "canonical",
    "text",
    "char_start",
    "char_end",
    ORIGIN,
]
SECTION_ATTRIBUTES = ("section_id", "parent_id", "level", "ordinal", "heading", "char_start", "char_end")


def _sections(docs, keys: pa.Table, texts: pa.StringArray) -> pa.Table:
    """The sections of `docs`, their texts cut from `texts` (the documents' texts)."""
    sections = [s for d in docs for s in d.sections]
    columns = _attributes(sections, SECTION_ATTRIBUTES)
    # From the columns already read: reading two attributes of every section again cost ~2 ms per 1,000 documents.
    columns["canonical"] = [
        _canonical(heading) if level == 1 else None for heading, level in zip(columns["heading"], columns["level"])
    ]
    starts, ends = (pa.array(columns[name], pa.int64()) for name in ("char_start", "char_end"))
    columns["char_start"], columns["char_end"] = starts, ends
    counts = [len(d.sections) for d in docs]
    columns["text"] = substrings(texts, counts, starts.to_numpy(), ends.to_numpy())
    return _arrow("sections", columns | _per_row(keys, counts))


def substrings(texts: pa.StringArray, counts: list[int], starts: np.ndarray, ends: np.ndarray) -> pa.StringArray:
    """`text[start:end]` for `counts[i]` consecutive (start, end) character offsets into each `texts[i]`,
    as Python slices them (offsets are non-negative).

    Cut from the UTF-8 bytes Arrow already holds: slicing the Python strings instead, and encoding each
    non-ASCII slice to UTF-8 again, cost more than the rest of the sections table (1,000 documents: ~14 ms)."""
    offsets = np.frombuffer(texts.buffers()[1], np.int32, len(texts) + 1, texts.offset * 4)
    data = texts.buffers()[2]
    char_bytes = _character_starts(np.frombuffer(data, np.int8), offsets[0], offsets[-1])
    first_char = np.searchsorted(char_bytes, offsets)
    # Python clamps a slice to its string, and an end before the start makes it empty.
    text_first, text_chars = np.repeat(first_char[:-1], counts), np.repeat(np.diff(first_char), counts)
    starts = np.clip(starts, 0, text_chars)
    ends = np.clip(ends, starts, text_chars)
    return _string_views(data, char_bytes[text_first + starts], char_bytes[text_first + ends]).cast(pa.string())


def _character_starts(data: np.ndarray, begin: int, end: int) -> np.ndarray:
    """The positions in `data[begin:end]` (UTF-8) where a character starts, and `end` after the last one.
    Every byte but a continuation byte (0b10xxxxxx, -128…-65 as int8) starts one."""
    starts = np.empty(end - begin + 1, np.bool_)
    np.greater_equal(data[begin:end], -64, out=starts[:-1])
    starts[-1] = True
    positions = np.flatnonzero(starts)
    positions += begin
    return positions


VIEW_INLINE_BYTES = 12


def _string_views(data: pa.Buffer, starts: np.ndarray, ends: np.ndarray) -> pa.Array:
    """`data[start:end]` as an Arrow string view array that points into `data`, without copying it.

    A view is 16 bytes: the length (int32), then either the string itself zero-padded when it is at most
    12 bytes long, or its first 4 bytes, the index of the data buffer and the offset into it (int32 each)."""
    lengths = (ends - starts).astype("<i4")
    views = np.zeros((len(lengths), 16), np.uint8)
    views[:, :4] = lengths.view(np.uint8).reshape(-1, 4)
    head = np.arange(VIEW_INLINE_BYTES)
    present = head < lengths[:, None]
    views[:, 4:16][present] = np.frombuffer(data, np.uint8)[(starts[:, None] + head)[present]]
    long = lengths > VIEW_INLINE_BYTES
    views[long, 8:12] = 0
    views[long, 12:16] = starts[long].astype("<i4").view(np.uint8).reshape(-1, 4)
    return pa.Array.from_buffers(pa.string_view(), len(lengths), [None, pa.py_buffer(views), data])


# Headings repeat across documents (一、总体情况, 二、主动公开政府信息情况 …): their canonical name is looked up once.
_canonical = lru_cache(maxsize=4096)(canonical_section)


# What a fact says, in the order of its dataset's columns (after doc_id and section_id).
FACT_ATTRIBUTES = (
    "metric", "value", "unit", "approx", "source", "quote", "char_start", "char_end", "table", "flags", "derived"
)  # fmt: skip
FACT_COLUMNS = ["doc_id", "section_id", *FACT_ATTRIBUTES, ORIGIN]


def _facts(docs, keys: pa.Table, sections: pa.Table) -> pa.Table:
    facts = [f for d in docs for f in d.facts]
    columns = _attributes(facts, FACT_ATTRIBUTES)
    innermost = innermost_sections(
        sections, [len(d.sections) for d in docs], [len(d.facts) for d in docs], columns["char_start"]
    )
    columns["section_id"] = sections["section_id"].take(innermost)
    return _arrow("facts", columns | _per_row(keys, [len(d.facts) for d in docs]))


# The most (offset, section) pairs tested at once (~50 bytes each): a repeated-report document of 8 MB has
# ~10^5 sections and facts, whose pairs needed 9.6 GB. Past it, the batch takes the sweep (`_innermost_swept`).
MAX_PAIRS = 2_000_000


def innermost_sections(
    sections: pa.Table,
    section_counts: Sequence[int],
    offset_counts: Sequence[int],
    offsets: Sequence[int],
    max_pairs: int = MAX_PAIRS,
) -> pa.Array:
    """gongkai.tasks.document.segment.section_at for a whole batch: for each offset, the row in `sections` of the innermost
    section of its document that contains it (the deepest level, the later section among equals); null
    where none does. Documents own `section_counts` consecutive rows of `sections`, and `offset_counts`
    consecutive `offsets`.

    Every (offset, section of its document) pair is tested at once: a Python loop over sections per fact
    cost more than building the batch's facts table. When the pairs are too many (`max_pairs`), a sweep
    finds the same sections in time and memory linear in sections + offsets (× log)."""
    starts, ends, levels = (sections[name].to_numpy() for name in ("char_start", "char_end", "level"))
    counts, at = np.asarray(section_counts, dtype=np.int64), np.asarray(offsets, dtype=np.int64)
    offset_doc = np.repeat(np.arange(len(offset_counts)), offset_counts)
    tried = counts[offset_doc]  # sections of its document, per offset
    if int(tried.sum()) > max_pairs:
        return _innermost_swept(starts, ends, levels, counts, offset_counts, at)
    pair_offset = np.repeat(np.arange(len(at)), tried)
    first_pair = np.repeat(np.cumsum(tried) - tried, tried)
    first_section = (np.cumsum(counts) - counts)[offset_doc][pair_offset]
    pair_section = first_section + np.arange(len(pair_offset)) - first_pair
    inside = (starts[pair_section] <= at[pair_offset]) & (at[pair_offset] < ends[pair_section])
    # One number orders a document's sections as section_at prefers them: level first, then position.
    rank = levels[pair_section] * len(starts) + pair_section
    best = np.full(len(at), np.iinfo(np.int64).min)
    np.maximum.at(best, pair_offset[inside], rank[inside])
    found = best != np.iinfo(np.int64).min
    return pa.array(best % max(len(starts), 1), pa.int64(), mask=~found)


def _innermost_swept(starts, ends, levels, section_counts, offset_counts, offsets) -> pa.Array:
    """`innermost_sections` by a sweep over each document: its offsets in order, its sections entering a
    heap (best rank on top) as the sweep passes their start and leaving it, lazily, once it passes their end."""
    best: list[int | None] = [None] * len(offsets)
    first_section = np.cumsum(section_counts) - section_counts
    first_offset = np.cumsum(offset_counts) - np.asarray(offset_counts, dtype=np.int64)
    for s0, sn, o0, on in zip(first_section, section_counts, first_offset, offset_counts):
        if not sn or not on:
            continue
        rows = sorted(range(s0, s0 + sn), key=lambda row: starts[row])
        heap: list[tuple[int, int]] = []
        entered = 0
        for at in sorted(range(o0, o0 + on), key=lambda i: offsets[i]):
            x = offsets[at]
            while entered < len(rows) and starts[rows[entered]] <= x:
                row = rows[entered]
                heapq.heappush(heap, (-(int(levels[row]) * len(starts) + row), row))
                entered += 1
            while heap and ends[heap[0][1]] <= x:
                heapq.heappop(heap)
            if heap:
                best[at] = heap[0][1]
    return pa.array(best, pa.int64())


CITATION_COLUMNS = [
    "doc_id",
    "cited_title",
    "cited_number",
    "cited_number_raw",
    "quote",
    "char_start",
    "char_end",
    ORIGIN,
]


def _citations(docs, keys: pa.Table) -> pa.Table:
    columns = _attributes([c for d in docs for c in d.citations], CITATION_COLUMNS[1:-1])
    return _arrow("citations", columns | _per_row(keys, [len(d.citations) for d in docs]))


TABLE_CELL_COLUMNS = [
    "doc_id",
    "table",
    "row_key",
    "col_key",
    "value_raw",
    "value",
    "char_start",
    "char_end",
    "flags",
    ORIGIN,
]


def _table_cells(docs, keys: pa.Table) -> pa.Table:
    cells = [d.tables.cells if d.tables is not None else [] for d in docs]
    columns = _attributes([c for doc_cells in cells for c in doc_cells], TABLE_CELL_COLUMNS[1:-1])
    return _arrow("table_cells", columns | _per_row(keys, [len(doc_cells) for doc_cells in cells]))


QUARANTINE_COLUMNS = [
    "run_id",
    "dataset",
    "doc_id",
    "source_path",
    "check",
    "column",
    "value",
    "severity",
    "detail",
    "row",
]


def _dropped_spans(docs, run_id: str) -> pa.Table:
    rows = [
        {
            "run_id": run_id,
            "dataset": "normalize",
            "doc_id": d.doc_id,
            "source_path": d.record.source_path,
            "check": "unrecoverable_span",
            "column": "text",
            "severity": "warning",
            "detail": f"cut {len(span)} unrecoverable characters from the text used for extraction",
            "row": json.dumps({"source_path": d.record.source_path, "span": span}, ensure_ascii=False),
            ORIGIN: origin(d.record.source_path, d.record.record_no),
        }
        for d in docs
        for span in d.norm.dropped_spans
    ]
    return pa.Table.from_pylist(rows, schema=PART_SCHEMAS["quarantine"])


def _ambiguous_splits(docs, run_id: str) -> pa.Table:
    """Glued table rows the identities leave more than one reading of (`report_tables.AmbiguousSplit`): no
    cell of theirs is guessed, and the quarantine says which row and which readings."""
    rows = [
        {
            "run_id": run_id,
            "dataset": "table_cells",
            "doc_id": d.doc_id,
            "check": "ambiguous_split",
            "severity": "warning",
            "detail": split.describe(),
            "row": json.dumps(
                {
                    "source_path": d.record.source_path,
                    "table": split.table,
                    "row_key": split.row_key,
                    "raw": split.raw,
                    "readings": [list(r) for r in split.readings],
                    "char_start": split.char_start,
                    "char_end": split.char_end,
                },
                ensure_ascii=False,
            ),
            ORIGIN: origin(d.record.source_path, d.record.record_no),
        }
        for d in docs
        if d.tables is not None
        for split in d.tables.ambiguous
    ]
    return pa.Table.from_pylist(rows, schema=PART_SCHEMAS["quarantine"])


def _schema(columns: dict[str, str]) -> pa.Schema:
    types = {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
        "uint32s": pa.list_(pa.uint32()),
    }
    return pa.schema([(name, types[kind]) for name, kind in columns.items()])


def _columns(names: list[str], kinds: dict[str, str]) -> dict[str, str]:
    return {name: kinds.get(name, "str") for name in names}


# The Arrow types of every dataset (columns not named here are strings): parts written by different workers,
# and empty datasets, must agree on them.
ARROW_SCHEMAS = {
    "sources": _schema(_columns(SOURCE_COLUMNS, {"size_bytes": "int", "records": "int"})),
    "source_records": _schema(
        _columns(["source_path", "record_no", "status", "doc_id", "reason"], {"record_no": "int"})
    ),
    "documents": _schema(
        _columns(
            DOCUMENT_COLUMNS,
            {
                "record_no": "int",
                "agency_inferred": "bool",
                "report_year": "int",
                "publish_date": "date",
                "n_chars": "int",
                "n_sections": "int",
                "n_facts": "int",
                "text_minhash": "uint32s",
                **{f"repair_{n}": "int" for n in REPAIR_COLUMNS},
            },
        )
    ),
    "sections": _schema(
        _columns(SECTION_COLUMNS, {"level": "int", "ordinal": "int", "char_start": "int", "char_end": "int"})
    ),
    "facts": _schema(
        _columns(
            FACT_COLUMNS,
            {"value": "float", "approx": "bool", "char_start": "int", "char_end": "int", "derived": "bool"},
        )
    ),
    "table_cells": _schema(_columns(TABLE_CELL_COLUMNS, {"value": "float", "char_start": "int", "char_end": "int"})),
    "citations": _schema(_columns(CITATION_COLUMNS, {"char_start": "int", "char_end": "int"})),
    "quarantine": _schema(_columns([*QUARANTINE_COLUMNS, ORIGIN], {})),
}


def _part_schema(name: str, nullable_ints: tuple[str, ...] = ()) -> pa.Schema:
    """The Arrow schema of a dataset with the metadata pandas writes along with a DataFrame of it: the parts
    read back into pandas with the dtypes the datasets have there (nullable integers as Int64, not float)."""
    schema = ARROW_SCHEMAS[name]
    frame = schema.empty_table().to_pandas().astype({column: "Int64" for column in nullable_ints})
    return pa.Table.from_pandas(frame, schema=schema, preserve_index=False).schema


PART_SCHEMAS = {
    name: _part_schema(name, ("record_no", "report_year") if name == "documents" else ()) for name in DOCUMENT_DATASETS
}
