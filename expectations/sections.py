import pandera.pandas as pa
from pandera.typing import Series

from gongkai.expectations.base import ContractModel, Text
from gongkai.tasks.rules.sections import SECTION_NAMES as CANONICAL_SECTIONS


class Sections(ContractModel):
    """The section tree; offsets index the document's normalised text."""

    doc_id: Series[Text] = pa.Field(description="The document (documents.doc_id)")
    section_id: Series[Text] = pa.Field(unique=True, description="Stable id of the section")
    parent_id: Series[Text] = pa.Field(nullable=True, description="The enclosing section; null for a top-level section")
    level: Series[int] = pa.Field(ge=1, le=6, description="Heading level: 1 = 一、, 2 = （一）, 3 = 1. / 一是, …")
    ordinal: Series[int] = pa.Field(ge=0, description="Position of the heading in the document, from 0")
    heading: Series[Text] = pa.Field(description="The heading as written")
    canonical: Series[Text] = pa.Field(
        nullable=True,
        isin=CANONICAL_SECTIONS,
        description="For top-level sections, what the section is about (overview, proactive, on_request, fees, …)",
    )
    char_start: Series[int] = pa.Field(
        ge=0, description="Offset of the section's start in documents.text (0-based, characters)"
    )
    char_end: Series[int] = pa.Field(ge=0, description="Offset just past the section's end in documents.text")

    class Config:
        # Columns the model does not check, described here so that every column of the warehouse is.
        metadata = {
            "unchecked": {
                "text": "The section's text: documents.text[char_start:char_end]",
            }
        }

    @pa.dataframe_check(name="offsets_ordered")
    def offsets_ordered(cls, df):
        return df["char_start"] <= df["char_end"]
