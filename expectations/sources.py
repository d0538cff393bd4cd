import pandera.pandas as pa
from pandera.typing import Series

from gongkai.expectations.base import ContractModel, Text
from gongkai.expectations.vocabulary import SOURCE_STATUSES


class Sources(ContractModel):
    """The ledger: one row per input file, whatever happened to it."""

    source_path: Series[Text] = pa.Field(unique=True)
    source_sha256: Series[Text]
    size_bytes: Series[int] = pa.Field(ge=0)
    source_format: Series[Text]
    encoding: Series[Text] = pa.Field(nullable=True)
    status: Series[Text] = pa.Field(isin=SOURCE_STATUSES)
    doc_id: Series[Text] = pa.Field(nullable=True)
    reason: Series[Text] = pa.Field(nullable=True)

    @pa.dataframe_check(name="rejection_has_reason")
    def rejection_has_reason(cls, df):
        return (df["status"] != "rejected") | df["reason"].notna()

    @pa.dataframe_check(name="document_has_doc_id")
    def document_has_doc_id(cls, df):
        return (df["status"] == "rejected") | df["doc_id"].notna()
