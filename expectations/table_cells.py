import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from expectations.base import ContractModel
from tasks.report_tables import Cell, check_identities
from tasks.table_keys import SIGNED_COLUMNS

TABLES = ("table2_2019", "table2_2021", "table3", "table4")


def broken(cells: pd.DataFrame, identity: str) -> pd.Series:
    """True for every cell of a table in which `identity` fails: a broken table is quarantined whole."""
    failing: set[tuple[str, str]] = set()
    for doc_id, group in cells.groupby("doc_id", sort=False):
        parsed = [Cell(r.table, r.row_key, r.col_key, r.value_raw, None if pd.isna(r.value) else r.value, 0, 0)
                  for r in group.itertuples()]
        failing |= {(doc_id, v.table) for v in check_identities(parsed) if v.identity == identity}
    return pd.Series([(d, t) in failing for d, t in zip(cells["doc_id"], cells["table"])], index=cells.index)


class TableCells(ContractModel):
    """Cells of the standard tables 2, 3 and 4; the identities of domain guide §2 are checked per document."""

    doc_id: Series[str]
    table: Series[str] = pa.Field(isin=TABLES)
    row_key: Series[str]
    col_key: Series[str]
    value_raw: Series[str]
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
