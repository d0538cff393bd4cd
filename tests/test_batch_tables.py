"""One batch through document_tables → validate_document_tables → write_parts: the Arrow tables have the parts'
schemas, facts find their sections as section_at does, and failing rows land in the quarantine with their
check and severity, taking their document (and its rows) or their table (and its facts) along."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pandera.errors import SchemaErrors

from gongkai.expectations.table_cells import TableCells, _grids, broken
from gongkai.tasks.batch.run import reject_what_batches_cannot_take
from gongkai.tasks.batch.tables import (
    MAX_PAIRS,
    PART_SCHEMAS,
    document_tables,
    innermost_sections,
    origin,
    substrings,
)
from gongkai.tasks.batch.validate import IDENTITIES, validate_document_tables
from gongkai.tasks.batch.write import write_parts
from gongkai.tasks.document.chain import extract_docs, normalize_records, segment_docs
from gongkai.tasks.document.ingest import ingest_bytes
from gongkai.tasks.document.segment import Section, section_at
from gongkai.tasks.runtime.pool import WARM_UP_FILES, warm_up

from conftest import annual_report

FIXTURES = Path(__file__).parent / "fixtures" / "tables"


def processed(files: dict[str, bytes]):
    return extract_docs(segment_docs(normalize_records([ingest_bytes(name, data) for name, data in files.items()])))


sections_of_a_document = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 30), st.integers(1, 4)).map(
        lambda t: Section("", None, t[2], 0, "", t[0], t[0] + t[1])
    ),
    max_size=8,
)


@pytest.mark.parametrize("max_pairs", [MAX_PAIRS, 0])  # every pair at once, or the sweep
@given(st.lists(st.tuples(sections_of_a_document, st.lists(st.integers(-2, 95), max_size=6)), max_size=6))
def test_innermost_sections_is_section_at_for_a_whole_batch(max_pairs, documents):
    rows = [s for sections, _ in documents for s in sections]
    table = pa.table(
        {
            "char_start": pa.array([s.char_start for s in rows], pa.int64()),
            "char_end": pa.array([s.char_end for s in rows], pa.int64()),
            "level": pa.array([s.level for s in rows], pa.int64()),
        }
    )
    found = innermost_sections(
        table,
        [len(sections) for sections, _ in documents],
        [len(offsets) for _, offsets in documents],
        [offset for _, offsets in documents for offset in offsets],
        max_pairs,
    ).to_pylist()
    expected = []
    for sections, offsets in documents:
        for offset in offsets:
            section = section_at(sections, offset)
            expected.append(None if section is None else next(i for i, s in enumerate(rows) if s is section))
    assert found == expected


# 1 to 4 UTF-8 bytes a character: ASCII, Latin-1, CJK and full-width punctuation, emoji and CJK extension B.
MIXED_SCRIPT = "ab 7\n\u00e9\u00a9政府信息公开年度报告（一）、\U0001f600\U00020000\U0002a6d6"
spans = st.tuples(st.integers(0, 40), st.integers(0, 40))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.text(alphabet=MIXED_SCRIPT, max_size=30), st.lists(spans, max_size=6)), max_size=6),
    st.text(alphabet=MIXED_SCRIPT, max_size=5),
)
def test_substrings_are_the_python_slices_of_the_texts(documents, text_before):
    # A text before the batch's, sliced off: the texts' bytes need not start at the buffer's start.
    texts = pa.array([text_before] + [text for text, _ in documents], pa.string())[1:]
    starts = np.array([start for _, pairs in documents for start, _ in pairs], np.int64)
    ends = np.array([end for _, pairs in documents for _, end in pairs], np.int64)
    found = substrings(texts, [len(pairs) for _, pairs in documents], starts, ends)
    assert found.type == pa.string()
    found.validate(full=True)
    assert found.to_pylist() == [text[start:end] for text, pairs in documents for start, end in pairs]


def test_batch_tables_have_the_part_schemas_and_read_back_as_they_did(tmp_path):
    docs = processed(
        {
            "a.txt": annual_report("白银市民政局", 2020, "全年主动公开政府信息88条。").encode(),
            "b.txt": "没有年份的一段话。\n".encode(),
        }
    )
    tables = document_tables(docs, "run-1")
    assert {name: table.schema for name, table in tables.items()} == PART_SCHEMAS
    assert all(table.schema.metadata == PART_SCHEMAS[name].metadata for name, table in tables.items())
    write_parts(validate_document_tables(tables, "run-1").tables, tmp_path, "000000-000")
    documents = pd.read_parquet(tmp_path / "documents")
    assert documents["report_year"].dtype == "Int64" and documents["record_no"].dtype == "Int64"
    assert documents.set_index("source_path").loc["b.txt", "report_year"] is pd.NA
    facts = pd.read_parquet(tmp_path / "facts")
    assert facts["section_id"].notna().all()


def test_failing_rows_are_quarantined_with_their_check_and_severity():
    broken_table = (FIXTURES / "2021_broken_total.txt").read_bytes()
    docs = processed(
        {
            "a_future.txt": annual_report("白银市民政局", 2099, "全年主动公开政府信息88条。").encode(),
            "b_negative.txt": annual_report("白银市财政局", 2020, "全年主动公开政府信息41条。").encode(),
            "c_table.txt": broken_table,
            "d_clean.txt": annual_report("靖远县民政局", 2020, "全年主动公开政府信息12条。").encode(),
        }
    )
    by_name = {d.record.source_path: d for d in docs}
    next(f for f in by_name["b_negative.txt"].facts if f.metric == "proactive_disclosed_items").value = -41.0
    by_name["d_clean.txt"].norm.dropped_spans = ["\ufffd\ufffd"]
    validated = validate_document_tables(document_tables(docs, "run-1"), "run-1")

    quarantine = validated.tables["quarantine"].to_pandas()
    found = {(r.dataset, r.check, r.severity) for r in quarantine.itertuples()}
    assert found == {
        ("documents", "report_year_plausible", "warning"),
        ("sections", "parent_quarantined", "warning"),
        ("facts", "parent_quarantined", "warning"),
        ("facts", "non_negative_count", "blocking"),
        ("table_cells", "identity_2", "warning"),
        ("table_cells", "identity_3", "warning"),
        ("normalize", "unrecoverable_span", "warning"),
    }

    future, negative, table = (by_name[n] for n in ("a_future.txt", "b_negative.txt", "c_table.txt"))
    assert list(validated.rejected) == [origin("a_future.txt", None)]
    assert "report_year_plausible" in validated.rejected[origin("a_future.txt", None)]
    documents = validated.tables["documents"].to_pandas()
    assert set(documents["source_path"]) == {"b_negative.txt", "c_table.txt", "d_clean.txt"}
    for name in ("sections", "facts", "citations", "table_cells"):
        assert future.doc_id not in set(validated.tables[name]["doc_id"].to_pylist())

    facts = validated.tables["facts"].to_pandas()
    assert (facts["value"] >= 0).all()
    assert len(facts[facts["doc_id"] == negative.doc_id]) == len(negative.facts) - 1
    [row] = quarantine.loc[quarantine["check"] == "non_negative_count", "row"]
    assert json.loads(row)["value"] == -41.0

    cells = validated.tables["table_cells"].to_pandas()
    assert set(cells.loc[cells["doc_id"] == table.doc_id, "table"]) == {"table2_2021", "table4"}
    # The table adds up wrong as published: its cells are quarantined, its facts kept and flagged.
    table3_facts = facts[(facts["doc_id"] == table.doc_id) & (facts["table"] == "table3")]
    assert len(table3_facts) and table3_facts["flags"].str.contains("does not add up").all()
    assert quarantine.loc[quarantine["check"] == "identity_2", "detail"].str.contains("add up to").all()

    failed = {(c.dataset, c.check): c.failed_rows for c in validated.checks if not c.passed}
    assert failed[("facts", "non_negative_count")] == 1
    assert failed[("documents", "report_year_plausible")] == 1
    assert {c.rows for c in validated.checks if c.dataset == "documents"} == {4}


def test_the_workers_warm_up_runs_every_stage_it_means_to_warm():
    docs = warm_up()
    assert [d.error for d in docs] == [None, None]
    assert [ingest_bytes(name, data).encoding for name, data in WARM_UP_FILES][0] == "gb18030"
    assert {d.norm.script for d in docs} == {"simplified", "traditional"}
    assert all(d.facts for d in docs) and all(d.fields.agency for d in docs)


def test_a_document_the_batch_stages_cannot_take_is_rejected_instead_of_failing_its_batch():
    docs = processed(
        {
            f"{n}.txt": annual_report(agency, 2021, f"全年主动公开政府信息{n}条。").encode("utf-8")
            for n, agency in ((12, "临夏州民政局"), (13, "临夏州财政局"), (14, "临夏州教育局"))
        }
    )
    docs[1].fields.title = "临夏州财政局\udc80"  # no UTF-8 writer takes it: stands for any defect found this late
    with pytest.raises(UnicodeEncodeError):
        validate_document_tables(document_tables(docs, "run-1"), "run-1")
    docs = reject_what_batches_cannot_take(docs, "run-1")
    assert [d.error is None for d in docs] == [True, False, True]
    assert docs[1].error.startswith("could not be written: UnicodeEncodeError")
    validated = validate_document_tables(document_tables(docs, "run-1"), "run-1")
    assert validated.tables["documents"]["agency"].to_pylist() == ["临夏州民政局", "临夏州教育局"]


def identity_failures(cells: pd.DataFrame) -> dict[str, set]:
    """The rows each identity check fails when pandera validates `cells` with the TableCells model."""
    try:
        TableCells.to_schema().validate(cells, lazy=True)
    except SchemaErrors as exc:
        cases = exc.failure_cases
        return {identity: set(cases.loc[cases["check"] == identity, "index"]) for identity in IDENTITIES}
    return {identity: set() for identity in IDENTITIES}


def test_the_identity_checks_share_a_batchs_grids_and_fail_as_each_identity_alone():
    docs = processed(
        {
            "broken_total.txt": (FIXTURES / "2021_broken_total.txt").read_bytes(),  # table 3
            "broken_block.html": (FIXTURES / "2019_broken_block.html").read_bytes(),  # table 4
            "clean.md": (FIXTURES / "2021_pipe.md").read_bytes(),
        }
    )
    cells = document_tables(docs, "run-1")["table_cells"].to_pandas()
    alone = {identity: set(cells.index[broken(cells.copy(), identity)]) for identity in IDENTITIES}
    assert [len(alone[identity]) for identity in IDENTITIES] == [0, 175, 175, 15]
    assert identity_failures(cells) == alone

    clean = cells[cells["doc_id"] == docs[2].doc_id].reset_index(drop=True)
    assert identity_failures(clean) == {identity: set() for identity in IDENTITIES}, "nothing kept from the last frame"
    assert identity_failures(cells) == alone


def test_a_threads_grids_are_its_own_when_batches_are_validated_in_concurrent_threads():
    docs = processed(
        {
            "broken_total.txt": (FIXTURES / "2021_broken_total.txt").read_bytes(),
            "clean.md": (FIXTURES / "2021_pipe.md").read_bytes(),
        }
    )
    cells = document_tables(docs, "run-1")["table_cells"].to_pandas()
    clean = cells[cells["doc_id"] == docs[1].doc_id].reset_index(drop=True)
    mine = _grids.grid(cells, "table3")
    with ThreadPoolExecutor(1) as other:
        theirs = other.submit(_grids.grid, clean, "table3").result()
    assert theirs.doc_ids.tolist() == [docs[1].doc_id]
    assert _grids.grid(cells, "table3") is mine


def test_a_column_without_its_contract_dtype_is_still_coerced_and_its_row_quarantined():
    docs = processed({"a.txt": annual_report("白银市民政局", 2020, "全年主动公开政府信息88条。").encode()})
    tables = document_tables(docs, "run-1")
    facts = tables["facts"]
    offsets = pa.array([None, *facts["char_start"].to_pylist()[1:]], pa.int64())  # pandas reads it as float64
    tables["facts"] = facts.set_column(facts.schema.get_field_index("char_start"), "char_start", offsets)
    validated = validate_document_tables(tables, "run-1")
    failed = {c.check for c in validated.checks if c.dataset == "facts" and not c.passed}
    assert {"coerce_dtype", "not_nullable"} <= failed
    assert len(validated.tables["facts"]) == len(facts) - 1
