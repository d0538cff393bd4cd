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
from gongkai.tasks.batch.tables import REPAIR_COLUMNS


class Documents(ContractModel):
    """One row per distinct document."""

    doc_id: Series[Text] = pa.Field(
        unique=True,
        str_length={"min_value": 8},
        description="Stable id: hash of the normalised text (identical documents from two files share it)",
    )
    source_path: Series[Text] = pa.Field(description="The first input file (in path order) the document came from")
    script: Series[Text] = pa.Field(
        isin=SCRIPTS, description="Script of the raw text: simplified, traditional, traditional_pinyin or mixed"
    )
    doc_type: Series[Text] = pa.Field(
        isin=DOC_TYPES,
        description="annual_report (年度报告), work_summary (工作总结), work_plan (工作要点), implementation_report (落实情况) or other",
    )
    title: Series[Text] = pa.Field(nullable=True, description="The document's own title")
    agency: Series[Text] = pa.Field(
        nullable=True, description="Issuing agency, full name in Simplified Chinese; null when the text never names it"
    )
    agency_inferred: Series[bool] = pa.Field(
        description="True when the agency was inferred from explicit evidence rather than stated"
    )
    region: Series[Text] = pa.Field(nullable=True, description="Place of the agency, e.g. 甘肃省天水市")
    admin_level: Series[Text] = pa.Field(
        nullable=True, isin=ADMIN_LEVELS, description="province, city, county, township or central"
    )
    report_year: Series[pa.Int64] = pa.Field(
        nullable=True, description="The year the document reports on; null for other documents and multi-year plans"
    )
    doc_number: Series[Text] = pa.Field(nullable=True, description="The document's own 文号, e.g. 渝民办〔2019〕97号")
    index_no: Series[Text] = pa.Field(nullable=True, description="索引号 from the page's metadata")
    format_era: Series[Text] = pa.Field(
        nullable=True,
        isin=FORMAT_ERAS,
        description="narrative (before 2019), format_2019 or format_2021: which standard tables an annual report uses",
    )

    class Config:
        # Columns the model does not check, described here so that every column of the warehouse is.
        metadata = {
            "unchecked": {
                "record_no": "For a json/jsonl source, the record the document came from",
                "year_source": "Where report_year was read: title, body, statistics period, publish date, …",
                "publish_date": "Publication date stated by the page or the document",
                "url": "The page's address, when the crawler record states it",
                "flags": "Comma-separated warnings about the fields (e.g. agency_inferred, year_conflict: …)",
                "n_chars": "Length of the normalised text in characters",
                "n_sections": "Number of sections found",
                "n_facts": "Number of facts extracted",
                "near_duplicate_of": "In the DuckDB file: the document this one is a mirror of (same agency and year, near-duplicate text); the marts count it once",
                "text_minhash": "MinHash signature of the text's shingles (gongkai.tasks.rules.copies); null for short texts",
                "text": "The normalised text; every offset in sections, facts, citations and table_cells indexes it",
                **{f"repair_{name}": f"How many repairs of kind {name} normalisation made" for name in REPAIR_COLUMNS},
            }
        }

    @pa.check("report_year", name="report_year_plausible")
    def report_year_plausible(cls, year):
        return year.isna() | year.between(FIRST_REPORT_YEAR, last_plausible_year())
