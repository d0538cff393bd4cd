import pandera.pandas as pa
from pandera.typing import Series

from gongkai.expectations.base import ContractModel, Text
from gongkai.tasks.rules.sections import SECTION_NAMES as CANONICAL_SECTIONS


class Sections(ContractModel):
    """The section tree; offsets index the document's normalised text."""

    doc_id: Series[Text]
    section_id: Series[Text] = pa.Field(unique=True)
    parent_id: Series[Text] = pa.Field(nullable=True)
    level: Series[int] = pa.Field(ge=1, le=6)
    ordinal: Series[int] = pa.Field(ge=0)
    heading: Series[Text]
    canonical: Series[Text] = pa.Field(nullable=True, isin=CANONICAL_SECTIONS)
    char_start: Series[int] = pa.Field(ge=0)
    char_end: Series[int] = pa.Field(ge=0)

    @pa.dataframe_check(name="offsets_ordered")
    def offsets_ordered(cls, df):
        return df["char_start"] <= df["char_end"]
