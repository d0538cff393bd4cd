import pandera.pandas as pa
from pandera.typing import Series

from gongkai.expectations.base import ContractModel, Text
from gongkai.expectations.vocabulary import FACT_SOURCES
from gongkai.tasks.rules.metrics import METRIC_NAMES, SIGNED_METRICS


class Facts(ContractModel):
    """One row per extracted number, with the exact quote it came from."""

    doc_id: Series[Text] = pa.Field(description="The document the number comes from")
    section_id: Series[Text] = pa.Field(nullable=True, description="The innermost section holding the quote")
    metric: Series[Text] = pa.Field(
        isin=METRIC_NAMES, description="What is counted: a name of the metric registry (gongkai.tasks.rules.metrics)"
    )
    value: Series[float] = pa.Field(
        description="The number, in `unit` (a double: amounts in 万元 and rates are not whole)"
    )
    unit: Series[Text] = pa.Field(description="Unit as written: 条, 件, 份, 名, 元, 万元, %, …")
    approx: Series[bool] = pa.Field(description="True when the text qualifies the number (余, 多, 约, 近, 超过)")
    source: Series[Text] = pa.Field(
        isin=FACT_SOURCES, description="narrative (read from a sentence) or table (a cell of a standard table)"
    )
    quote: Series[Text] = pa.Field(
        str_length={"min_value": 1}, description="The exact span of documents.text the number was read from"
    )
    char_start: Series[int] = pa.Field(
        ge=0, description="Offset of the quote's start in documents.text (0-based, characters)"
    )
    char_end: Series[int] = pa.Field(ge=0, description="Offset just past the quote's end in documents.text")
    derived: Series[bool] = pa.Field(
        description=(
            "True when the value is computed from numbers the text states (table 3's 不予公开 as the sum of its "
            "reason rows, table 4's lawsuits as direct + after review, a blank 总计 as its row's sum), not "
            "stated itself; the quote spans every number summed"
        )
    )

    class Config:
        # Columns the model does not check, described here so that every column of the warehouse is.
        metadata = {
            "unchecked": {
                "table": "For a table fact, the standard table it was read from (table2_2021, table3, …)",
                "flags": "Set when the narrative and the table disagree on this metric (both facts are kept)",
            }
        }

    @pa.dataframe_check(name="non_negative_count")
    def non_negative_count(cls, df):
        return (df["value"] >= 0) | df["metric"].isin(SIGNED_METRICS)

    @pa.dataframe_check(name="quote_offsets_ordered")
    def quote_offsets_ordered(cls, df):
        return df["char_start"] < df["char_end"]
