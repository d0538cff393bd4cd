import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from expectations.base import ContractModel, Text
from tasks.report_tables import APPLICANT_COLUMNS, RESULT_PREFIXES, RESULT_ROWS
from tasks.table_keys import SIGNED_COLUMNS

TABLES = ("table2_2019", "table2_2021", "table3", "table4")


EPSILON = 1e-6


def _wide(cells: pd.DataFrame, table: str) -> pd.DataFrame:
    """(doc_id, row_key) × col_key values of one table; NaN for blank cells."""
    part = cells[cells["table"] == table]
    return part.set_index(["doc_id", "row_key", "col_key"])["value"].astype("float64").unstack("col_key")


def _rows(wide: pd.DataFrame, row: str) -> pd.DataFrame:
    rows = wide.index.get_level_values("row_key")
    return wide[rows == row].droplevel("row_key")


def broken_documents(cells: pd.DataFrame, identity: str) -> set[str]:
    """Documents whose table breaks `identity` (domain guide §2), computed for a whole batch at once.

    Same rules as tasks.report_tables.check_identities, which explains a failure cell by cell."""
    table = "table4" if identity == "identity_4" else "table3"
    wide = _wide(cells, table)
    if wide.empty:
        return set()
    if identity == "identity_1":
        new, over, total, forward = (_rows(wide, r) for r in
                                     ("new_received", "carried_over", "total_processed", "carried_forward"))
        gap = (new + over - total - forward).abs()
        return set(gap.index[(gap > EPSILON).any(axis=1)])
    if identity == "identity_2":
        rows = wide.index.get_level_values("row_key")
        results = wide[rows.isin(RESULT_ROWS) | rows.str.startswith(RESULT_PREFIXES)]
        parts = results.fillna(0).groupby(level="doc_id").sum()
        total = _rows(wide, "total_processed")
        gap = (total - parts.reindex(total.index).fillna(0)).abs()
        return set(gap.index[(gap > EPSILON).any(axis=1)])
    parts_columns = list(APPLICANT_COLUMNS) if table == "table3" else ["maintained", "corrected", "other", "pending"]
    parts = wide.reindex(columns=parts_columns).fillna(0).sum(axis=1)
    gap = (wide["total"] - parts).abs()
    return set(gap.index[gap > EPSILON].get_level_values("doc_id"))


def broken(cells: pd.DataFrame, identity: str) -> pd.Series:
    """True for every cell of a table in which `identity` fails: a broken table is quarantined whole."""
    documents = broken_documents(cells, identity)
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
