import pandera.pandas as pa


class ContractModel(pa.DataFrameModel):
    class Config:
        # Parquet and pandas disagree about string and nullable-integer dtypes; the contract is about values.
        coerce = True
        strict = False
