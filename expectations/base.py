from typing import cast

import pandas as pd
import pandera.pandas as pa
from pandera.engines import pandas_engine


class Text(pandas_engine.STRING):
    """pandas' `str` dtype, the type of every text column of the contract.

    pandera's own check of a string column answers row by row even when the column has the dtype, then
    shapes that answer into a failure-case table and prints it: half the cost of validating the column, for
    every string column of every batch. A column whose rows all pass is answered with one `True`, which is
    what pandera does for every other dtype."""

    def check(self, pandera_dtype, data_container=None):
        passed = super().check(pandera_dtype, data_container)
        return True if not isinstance(passed, bool) and cast(pd.Series, passed).all() else passed


class ContractModel(pa.DataFrameModel):
    class Config:
        # Parquet and pandas disagree about string and nullable-integer dtypes; the contract is about values.
        coerce = True
        strict = False


def column_descriptions(model: type[pa.DataFrameModel]) -> dict[str, str]:
    """What every column of a dataset means: the checked columns' descriptions from their `pa.Field`, the
    columns the model does not check from its `Config.metadata["unchecked"]`. This is the one source of the
    warehouse's `COMMENT ON COLUMN`s, so the docs and the checks name the same columns."""
    described = {name: column.description for name, column in model.to_schema().columns.items()}
    return described | (getattr(model.__config__, "metadata", None) or {}).get("unchecked", {})
