import threading
import weakref
from typing import NamedTuple

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from gongkai.expectations.base import ContractModel, Text
from gongkai.tasks.document.report_tables import APPLICANT_COLUMNS, RESULT_PREFIXES, RESULT_ROWS
from gongkai.tasks.rules.table_labels import SIGNED_COLUMNS

TABLES = ("table2_2019", "table2_2021", "table3", "table4")


EPSILON = 1e-6


class _Grid(NamedTuple):
    """One table's values for a whole batch as a (document, row, column) array, NaN where a cell is blank or
    absent, with the doc_ids, row keys and column keys along its axes."""

    values: np.ndarray
    doc_ids: pd.Index
    rows: pd.Index
    columns: pd.Index

    def row(self, key: str) -> np.ndarray:
        """(document, column) values of one row; NaN for documents without it."""
        if key not in self.rows:
            return np.full((len(self.doc_ids), len(self.columns)), np.nan)
        return self.values[:, self.rows.get_loc(key), :]

    def column(self, key: str) -> np.ndarray:
        return self.values[:, :, self.columns.get_loc(key)]  # KeyError when no document has the column


def _grid(cells: pd.DataFrame, table: str) -> _Grid:
    """Arrays rather than an unstacked frame: a batch's tables are checked four times, and pandas' MultiIndex
    and unstack cost more than the arithmetic. A cell given twice fails the check, as unstack does."""
    in_table = (cells["table"] == table).to_numpy()
    (doc, doc_ids), (row, rows), (col, columns) = (pd.factorize(cells[key][in_table], use_na_sentinel=False)
                                                   for key in ("doc_id", "row_key", "col_key"))
    shape = (len(doc_ids), len(rows), len(columns))
    if np.bincount(np.ravel_multi_index((doc, row, col), shape), minlength=1).max(initial=0) > 1:
        raise ValueError("Index contains duplicate entries, cannot reshape")
    values = np.full(shape, np.nan)
    values[doc, row, col] = cells["value"].to_numpy(dtype="float64", na_value=np.nan)[in_table]
    return _Grid(values, pd.Index(doc_ids), pd.Index(rows), pd.Index(columns))


class _GridsOfFrame(threading.local):
    """The grids of the frame checked last. pandera hands the same frame, unchanged, to all four identity
    checks, three of which read table 3: each table's grid is built once per frame instead of once per
    identity. A grid that cannot be built is not kept, so every identity that needs it raises as it would
    alone. A frame changed in place after a check would be read as it was: callers pass new frames.
    Per thread: batches run in-process (`workers=0`) are validated by concurrent task threads."""

    def __init__(self):
        self._frame = lambda: None
        self._grids: dict[str, _Grid] = {}

    def grid(self, cells: pd.DataFrame, table: str) -> _Grid:
        if self._frame() is not cells:  # a weak reference: a frame that is gone never matches
            self._frame, self._grids = weakref.ref(cells), {}
        if table not in self._grids:
            self._grids[table] = _grid(cells, table)
        return self._grids[table]


_grids = _GridsOfFrame()


def _failing(grid: _Grid, gap: np.ndarray) -> set[str]:
    """Documents with a gap above EPSILON anywhere; a gap involving a blank or absent cell is NaN, never failed."""
    return set(grid.doc_ids[(gap > EPSILON).reshape(len(grid.doc_ids), -1).any(axis=1)])


def broken_documents(cells: pd.DataFrame, identity: str) -> set[str]:
    """Documents whose table breaks `identity` (domain guide §2), computed for a whole batch at once.

    Same rules as gongkai.tasks.document.report_tables.check_identities, which explains a failure cell by cell."""
    table = "table4" if identity == "identity_4" else "table3"
    grid = _grids.grid(cells, table)
    if grid.values.size == 0:
        return set()
    if identity == "identity_1":
        new, over, total, forward = (grid.row(r) for r in
                                     ("new_received", "carried_over", "total_processed", "carried_forward"))
        return _failing(grid, np.abs(new + over - total - forward))
    if identity == "identity_2":
        results = grid.rows.isin(RESULT_ROWS) | grid.rows.str.startswith(RESULT_PREFIXES)
        parts = np.nansum(grid.values[:, results, :], axis=1)
        return _failing(grid, np.abs(grid.row("total_processed") - parts))
    parts_columns = APPLICANT_COLUMNS if table == "table3" else ("maintained", "corrected", "other", "pending")
    parts = np.nansum(grid.values[:, :, grid.columns.isin(parts_columns)], axis=2)
    return _failing(grid, np.abs(grid.column("total") - parts))


def broken(cells: pd.DataFrame, identity: str) -> pd.Series:
    """True for every cell of a table in which `identity` fails: a broken table is quarantined whole."""
    documents = broken_documents(cells, identity)
    if not documents:  # as in almost every batch: no lookup over the batch's cells
        return pd.Series(False, index=cells.index)
    table = "table4" if identity == "identity_4" else "table3"
    return cells["doc_id"].isin(documents) & (cells["table"] == table)


class TableCells(ContractModel):
    """Cells of the standard tables 2, 3 and 4; the identities of domain guide §2 are checked per document."""

    doc_id: Series[Text]
    table: Series[Text] = pa.Field(isin=TABLES)
    row_key: Series[Text]
    col_key: Series[Text]
    value_raw: Series[Text]
    value: Series[float] = pa.Field(nullable=True)
    char_start: Series[int] = pa.Field(ge=0)
    char_end: Series[int] = pa.Field(ge=0)

    @pa.dataframe_check(name="non_negative_cell")
    def non_negative_cell(cls, df):
        return df["value"].isna() | (df["value"] >= 0) | df["col_key"].isin(SIGNED_COLUMNS)

    @pa.dataframe_check(name="identity_1")
    def identity_1(cls, df):
        return ~broken(df, "identity_1")

    @pa.dataframe_check(name="identity_2")
    def identity_2(cls, df):
        return ~broken(df, "identity_2")

    @pa.dataframe_check(name="identity_3")
    def identity_3(cls, df):
        return ~broken(df, "identity_3")

    @pa.dataframe_check(name="identity_4")
    def identity_4(cls, df):
        return ~broken(df, "identity_4")
