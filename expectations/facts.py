import pandera.pandas as pa
from pandera.typing import Series

from gongkai.expectations.base import ContractModel, Text
from gongkai.expectations.vocabulary import FACT_SOURCES
from gongkai.tasks.rules.metrics import METRIC_NAMES, SIGNED_METRICS


class Facts(ContractModel):
    """One row per extracted number, with the exact quote it came from."""

    doc_id: Series[Text]
    section_id: Series[Text] = pa.Field(nullable=True)
    metric: Series[Text] = pa.Field(isin=METRIC_NAMES)  # the metric registry's names
    value: Series[float]
    unit: Series[Text]
    approx: Series[bool]
    source: Series[Text] = pa.Field(isin=FACT_SOURCES)
    quote: Series[Text] = pa.Field(str_length={"min_value": 1})
    char_start: Series[int] = pa.Field(ge=0)
    char_end: Series[int] = pa.Field(ge=0)

    @pa.dataframe_check(name="non_negative_count")
    def non_negative_count(cls, df):
        return (df["value"] >= 0) | df["metric"].isin(SIGNED_METRICS)

    @pa.dataframe_check(name="quote_offsets_ordered")
    def quote_offsets_ordered(cls, df):
        return df["char_start"] < df["char_end"]
