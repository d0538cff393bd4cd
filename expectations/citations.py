import pandera.pandas as pa
from pandera.typing import Series

from gongkai.expectations.base import ContractModel, Text


class Citations(ContractModel):
    """Documents and document numbers a document cites (never its own number)."""

    doc_id: Series[Text]
    cited_title: Series[Text] = pa.Field(nullable=True)
    cited_number: Series[Text] = pa.Field(nullable=True, str_matches=r"^.+〔\d{4}〕\d+号$")
    cited_number_raw: Series[Text] = pa.Field(nullable=True)
    quote: Series[Text]
    char_start: Series[int] = pa.Field(ge=0)
    char_end: Series[int] = pa.Field(ge=0)
