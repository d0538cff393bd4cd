import threading
import weakref
from collections.abc import Callable

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from gongkai.expectations.base import ContractModel, Text
from gongkai.tasks.document.identities import Grid, grid_of
from gongkai.tasks.document.identities import broken_documents as identity_broken_documents
from gongkai.tasks.rules.identities import BY_NAME as IDENTITIES
from gongkai.tasks.rules.table_labels import SIGNED_COLUMNS

TABLES = ("table2_2019", "table2_2021", "table3", "table4")


def _grid(cells: pd.DataFrame, table: str) -> Grid:
    in_table = (cells["table"] == table).to_numpy()
    doc_ids, row_keys, col_keys = (cells[key].to_numpy()[in_table] for key in ("doc_id", "row_key", "col_key"))
    return grid_of(doc_ids, row_keys, col_keys, cells["value"].to_numpy(dtype="float64", na_value=np.nan)[in_table])


class _GridsOfFrame(threading.local):
    """The grids of the frame checked last. pandera hands the same frame, unchanged, to all four identity
    checks, three of which read table 3: each table's grid is built once per frame instead of once per
    identity. A grid that cannot be built is not kept, so every identity that needs it raises as it would
    alone. A frame changed in place after a check would be read as it was: callers pass new frames.
    Per thread: batches run in-process (`workers=0`) are validated by concurrent task threads."""

    def __init__(self):
        self._frame: Callable[[], pd.DataFrame | None] = lambda: None
        self._grids: dict[str, Grid] = {}

    def grid(self, cells: pd.DataFrame, table: str) -> Grid:
        if self._frame() is not cells:  # a weak reference: a frame that is gone never matches
            self._frame, self._grids = weakref.ref(cells), {}
        if table not in self._grids:
            self._grids[table] = _grid(cells, table)
        return self._grids[table]


_grids = _GridsOfFrame()


def broken_documents(cells: pd.DataFrame, identity: str) -> set[str]:
    """Documents whose table breaks `identity` (`gongkai.tasks.rules.identities`), for a whole batch at once."""
    rule = IDENTITIES[identity]
    return identity_broken_documents(_grids.grid(cells, rule.table), rule)


def broken(cells: pd.DataFrame, identity: str) -> pd.Series:
    """True for every cell of a table in which `identity` fails: a broken table is quarantined whole."""
    documents = broken_documents(cells, identity)
    if not documents:  # as in almost every batch: no lookup over the batch's cells
        return pd.Series(False, index=cells.index)
    return cells["doc_id"].isin(documents) & (cells["table"] == IDENTITIES[identity].table)


def identity_check(identity: str):
    """The check of one identity, as pandera calls a dataframe check: True for the cells of intact tables."""

    def check(cls, df):
        return ~broken(df, identity)

    check.__name__ = identity
    return classmethod(check)


class TableCells(ContractModel):
    """Cells of the standard tables 2, 3 and 4; the identities of domain guide §2 are checked per document."""

    doc_id: Series[Text] = pa.Field(description="The document holding the table")
    table: Series[Text] = pa.Field(isin=TABLES, description="table2_2019, table2_2021, table3 or table4")
    row_key: Series[Text] = pa.Field(description="The row, as a key of the data contract (e.g. new_received, granted)")
    col_key: Series[Text] = pa.Field(
        description="The column, as a key of the data contract (e.g. natural_person, total)"
    )
    value_raw: Series[Text] = pa.Field(description="The cell as written")
    value: Series[float] = pa.Field(
        nullable=True,
        description="The cell's number; null when blank or not a number (-, /, —, 不适用): a blank is not a zero",
    )
    char_start: Series[int] = pa.Field(ge=0, description="Offset of the cell's row start in documents.text")
    char_end: Series[int] = pa.Field(ge=0, description="Offset just past the cell's row in documents.text")
    flags: Series[Text] = pa.Field(
        nullable=True, description="How a glued row was split: which identities decided its reading"
    )

    @pa.dataframe_check(name="non_negative_cell")
    def non_negative_cell(cls, df):
        return df["value"].isna() | (df["value"] >= 0) | df["col_key"].isin(SIGNED_COLUMNS)

    # One dataframe check per identity of the registry (tasks/rules/identities.py), named after it.
    for _name in IDENTITIES:
        vars()[_name] = pa.dataframe_check(name=_name)(identity_check(_name))
    del _name
