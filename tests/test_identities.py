"""One definition of the table identities drives both the batch's checks and the per-document explanation:
for any table, the two agree on which identities fail."""

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from gongkai.expectations.table_cells import broken_documents
from gongkai.tasks.document.report_tables import Cell, check_identities
from gongkai.tasks.rules.identities import APPLICANT_COLUMNS, IDENTITIES, TABLE4_PARTS
from gongkai.tasks.rules.table_labels import TABLE3_ROWS_2021, TABLE4_ROWS

TABLE3_ROW_KEYS = [key for key, _ in TABLE3_ROWS_2021]
value = st.one_of(st.none(), st.integers(0, 9).map(float))


@st.composite
def tables(draw) -> list[Cell]:
    """A document's table 3 and 4 with random values, some blank, some rows missing: identities hold or not."""
    cells = []
    for row in draw(st.lists(st.sampled_from(TABLE3_ROW_KEYS), unique=True, max_size=8)):
        for col in (*APPLICANT_COLUMNS, "total"):
            v = draw(value)
            cells.append(Cell("table3", row, col, "" if v is None else f"{v:g}", v, 0, 0))
    for row, _ in TABLE4_ROWS[: draw(st.integers(0, 3))]:
        for col in (*TABLE4_PARTS, "total"):
            v = draw(value)
            cells.append(Cell("table4", row, col, "" if v is None else f"{v:g}", v, 0, 0))
    return cells


@settings(max_examples=300, deadline=None)
@given(tables())
def test_the_batch_check_and_the_explanation_agree_on_every_identity(cells):
    frame = pd.DataFrame(
        [
            {"doc_id": "d", "table": c.table, "row_key": c.row_key, "col_key": c.col_key, "value": c.value}
            for c in cells
        ],
        columns=["doc_id", "table", "row_key", "col_key", "value"],
    )
    explained = {v.identity for v in check_identities(cells)}
    checked = {identity.name for identity in IDENTITIES if broken_documents(frame.copy(), identity.name)}
    assert explained == checked


def test_an_explanation_names_the_position_the_numbers_and_who_is_to_blame():
    cells = [
        Cell("table4", "review", col, raw, float(raw), 0, 0)
        for col, raw in zip((*TABLE4_PARTS, "total"), ("1", "2", "0", "0", "4"))
    ]
    [violation] = check_identities(cells)
    assert (violation.identity, violation.where, violation.written, violation.expected) == (
        "identity_4",
        "block review",
        4.0,
        3.0,
    )
    assert violation.defect.startswith("source defect")
