"""Later copies dropped by the workers and the flow (`gongkai.tasks.batch.dedupe`): the log two workers share, the rows
each part records, and which part files the flow must rewrite."""

import numpy as np
import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from gongkai.tasks.batch.dedupe import SeenDocuments, drop_copies, part_rows, rows_to_keep
from gongkai.tasks.batch.tables import ORIGIN


def test_a_copy_is_later_when_an_earlier_path_holds_the_document_in_the_chunk_or_the_log(tmp_path):
    log = tmp_path / "seen.log"
    first_worker, second_worker = SeenDocuments(log), SeenDocuments(log)
    assert first_worker.later_copies([("d1", "b/2.txt", None), ("d2", "b/3.jsonl", 4)]) == set()
    # The second worker's batch holds an earlier copy of d1, a later one of d2, and a copy of d3 twice.
    later = second_worker.later_copies(
        [("d1", "a/9.txt", None), ("d2", "b/3.jsonl", 7), ("d3", "c.jsonl", 2), ("d3", "c.jsonl", 10)]
    )
    assert later == {("b/3.jsonl", 7), ("c.jsonl", 10)}
    # The first worker reads what the second logged: its own copy of d1 is now a later one.
    assert first_worker.later_copies([("d1", "b/2.txt", None)]) == {("b/2.txt", 0)}


def test_paths_with_line_breaks_and_tabs_survive_the_log(tmp_path):
    log = tmp_path / "seen.log"
    SeenDocuments(log).later_copies([("d1", "报告\n二〇二〇\t.txt", None)])
    assert SeenDocuments(log).later_copies([("d1", "报告\n二〇二〇\t.txt~", None)]) == {("报告\n二〇二〇\t.txt~", 0)}


def test_part_rows_name_the_document_of_every_run_of_rows():
    tables = {
        "facts": pa.table({"value": [1, 2, 3, 4, 5], ORIGIN: ["a#0", "a#0", "b#0", "a#0", "c#3"]}),
        "quarantine": pa.table({"check": ["x", "y", "z"], ORIGIN: [None, "b#0", None]}),
        "citations": pa.table({"quote": pa.array([], pa.string()), ORIGIN: pa.array([], pa.string())}),
    }
    rows = part_rows("000001-000", tables, ORIGIN)
    for name, table in tables.items():
        assert origins_by_run(rows, name) == table[ORIGIN].to_pylist()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(["a#0", "b#0", "c#2", None]), max_size=12), min_size=1, max_size=4),
    st.sets(st.sampled_from(["a#0", "b#0", "c#2"])),
    st.sets(st.sampled_from(["a#0", "b#0", "c#2"])),
)
def test_rows_to_keep_keeps_exactly_the_rows_of_kept_documents(parts, loaded, quarantined):
    rows = [
        part_rows(
            f"{n:06d}-000",
            {
                "facts": pa.table({ORIGIN: pa.array(origins, pa.string())}),
                "quarantine": pa.table({ORIGIN: pa.array(origins, pa.string())}),
            },
            ORIGIN,
        )
        for n, origins in enumerate(parts)
    ]
    changes = {(dataset, part): keep for dataset, part, keep in rows_to_keep(rows, loaded, quarantined)}
    for n, origins in enumerate(parts):
        for dataset, kept in (("facts", loaded), ("quarantine", quarantined)):
            expected = [o is None or o in kept for o in origins]
            keep = changes.get((dataset, f"{n:06d}-000"))
            if all(expected):
                assert keep is None, "a part with nothing to drop is left as written"
            else:
                assert keep.tolist() == expected


def origins_by_run(rows, dataset: str) -> list:
    lengths, index = rows.runs[dataset]
    return [(dict(enumerate(rows.origins.to_pylist())) | {-1: None})[i] for i in np.repeat(index, lengths)]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["a#0", "b#0", "c#2", None]), max_size=15), st.sets(st.sampled_from(["a#0", "b#0", "c#2"]))
)
def test_dropping_copies_keeps_the_rows_and_their_record_in_step(origins, dropped):
    tables = {"facts": pa.table({"n": list(range(len(origins))), ORIGIN: pa.array(origins, pa.string())})}
    rows = part_rows("000000-000", tables, ORIGIN)
    kept = drop_copies(tables, rows, dropped)
    assert kept["facts"][ORIGIN].to_pylist() == [o for o in origins if o not in dropped]
    assert kept["facts"]["n"].to_pylist() == [n for n, o in enumerate(origins) if o not in dropped]
    assert origins_by_run(rows, "facts") == kept["facts"][ORIGIN].to_pylist()
