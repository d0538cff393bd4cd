import pandera.pandas as pa
from pandera.typing import Series

from gongkai.expectations.base import ContractModel, Text
from gongkai.expectations.vocabulary import SOURCE_STATUSES


class SourceRecords(ContractModel):
    """What happened to each record of a container (json/jsonl) file."""

    source_path: Series[Text]
    record_no: Series[int] = pa.Field(ge=1)
    status: Series[Text] = pa.Field(isin=SOURCE_STATUSES)
    doc_id: Series[Text] = pa.Field(nullable=True)
    reason: Series[Text] = pa.Field(nullable=True)
