import pandera.pandas as pa
from pandera.typing import Series

from gongkai.expectations.base import ContractModel, Text
from gongkai.expectations.vocabulary import SOURCE_STATUSES


class Sources(ContractModel):
    """The ledger: one row per input file, whatever happened to it."""

    source_path: Series[Text] = pa.Field(
        unique=True, description="Path of the input file relative to --input (non-UTF-8 bytes escaped as \\xNN)"
    )
    source_sha256: Series[Text] = pa.Field(description="SHA-256 of the file's raw bytes")
    size_bytes: Series[int] = pa.Field(ge=0, description="Size of the raw file in bytes")
    source_format: Series[Text] = pa.Field(description="Format as detected: txt, html, md, json, jsonl, …")
    encoding: Series[Text] = pa.Field(
        nullable=True, description="Detected encoding of the raw bytes; null when no text could be decoded"
    )
    status: Series[Text] = pa.Field(
        isin=SOURCE_STATUSES,
        description="loaded (became a document), duplicate (same normalised text as a loaded document) or rejected",
    )
    doc_id: Series[Text] = pa.Field(
        nullable=True, description="The document the file became or duplicates; null when rejected"
    )
    reason: Series[Text] = pa.Field(
        nullable=True, description="Why the file was rejected or is a duplicate, in words a person can act on"
    )

    class Config:
        # Columns the model does not check, described here so that every column of the warehouse is.
        metadata = {
            "unchecked": {
                "records": "For a json/jsonl file, how many records it holds (see source_records)",
                "near_duplicate_of": "In the DuckDB file: the document this file's document mirrors (documents.near_duplicate_of)",
            }
        }

    @pa.dataframe_check(name="rejection_has_reason")
    def rejection_has_reason(cls, df):
        return (df["status"] != "rejected") | df["reason"].notna()

    @pa.dataframe_check(name="document_has_doc_id")
    def document_has_doc_id(cls, df):
        return (df["status"] == "rejected") | df["doc_id"].notna()
