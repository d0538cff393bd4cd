import pandera.pandas as pa
from pandera.typing import Series

from gongkai.expectations.base import ContractModel, Text
from gongkai.expectations.vocabulary import SOURCE_STATUSES


class SourceRecords(ContractModel):
    """What happened to each record of a container (json/jsonl) file."""

    source_path: Series[Text] = pa.Field(description="The json/jsonl file the record belongs to (sources.source_path)")
    record_no: Series[int] = pa.Field(ge=1, description="1-based number of the record in its file")
    status: Series[Text] = pa.Field(
        isin=SOURCE_STATUSES, description="loaded, duplicate or rejected, as in sources.status"
    )
    doc_id: Series[Text] = pa.Field(nullable=True, description="The document the record became or duplicates")
    reason: Series[Text] = pa.Field(nullable=True, description="Why the record was rejected or is a duplicate")
