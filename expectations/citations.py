import pandera.pandas as pa
from pandera.typing import Series

from gongkai.expectations.base import ContractModel, Text


class Citations(ContractModel):
    """Documents and document numbers a document cites (never its own number)."""

    doc_id: Series[Text] = pa.Field(description="The citing document")
    cited_title: Series[Text] = pa.Field(nullable=True, description="Title of the cited document, inside 《》")
    cited_number: Series[Text] = pa.Field(
        nullable=True, str_matches=r"^.+〔\d{4}〕\d+号$", description="The cited 文号, normalised to …〔YYYY〕N号"
    )
    cited_number_raw: Series[Text] = pa.Field(nullable=True, description="The cited 文号 as written")
    quote: Series[Text] = pa.Field(description="The span of documents.text that cites it")
    char_start: Series[int] = pa.Field(ge=0, description="Offset of the quote's start in documents.text")
    char_end: Series[int] = pa.Field(ge=0, description="Offset just past the quote's end in documents.text")
