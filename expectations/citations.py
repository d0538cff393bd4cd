import pandera.pandas as pa
from pandera.typing import Series

from expectations.base import ContractModel


class Citations(ContractModel):
    """Documents and document numbers a document cites (never its own number)."""

    doc_id: Series[str]
    cited_title: Series[str] = pa.Field(nullable=True)
    cited_number: Series[str] = pa.Field(nullable=True, str_matches=r"^.+〔\d{4}〕\d+号$")
    cited_number_raw: Series[str] = pa.Field(nullable=True)
    quote: Series[str]
    char_start: Series[int] = pa.Field(ge=0)
    char_end: Series[int] = pa.Field(ge=0)
