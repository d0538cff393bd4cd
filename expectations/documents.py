import pandera.pandas as pa
from pandera.typing import Series

from gongkai.expectations.base import ContractModel, Text
from gongkai.expectations.vocabulary import (
    ADMIN_LEVELS,
    DOC_TYPES,
    FIRST_REPORT_YEAR,
    FORMAT_ERAS,
    SCRIPTS,
    last_plausible_year,
)


class Documents(ContractModel):
    """One row per distinct document."""

    doc_id: Series[Text] = pa.Field(unique=True, str_length={"min_value": 8})
    source_path: Series[Text]
    script: Series[Text] = pa.Field(isin=SCRIPTS)
    doc_type: Series[Text] = pa.Field(isin=DOC_TYPES)
    title: Series[Text] = pa.Field(nullable=True)
    agency: Series[Text] = pa.Field(nullable=True)
    agency_inferred: Series[bool]
    region: Series[Text] = pa.Field(nullable=True)
    admin_level: Series[Text] = pa.Field(nullable=True, isin=ADMIN_LEVELS)
    report_year: Series[pa.Int64] = pa.Field(nullable=True)
    doc_number: Series[Text] = pa.Field(nullable=True)
    index_no: Series[Text] = pa.Field(nullable=True)
    format_era: Series[Text] = pa.Field(nullable=True, isin=FORMAT_ERAS)

    @pa.check("report_year", name="report_year_plausible")
    def report_year_plausible(cls, year):
        return year.isna() | year.between(FIRST_REPORT_YEAR, last_plausible_year())
