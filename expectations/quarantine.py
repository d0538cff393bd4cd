import pandera.pandas as pa
from gongkai.expectations.base import ContractModel, Text
from gongkai.expectations.vocabulary import SEVERITIES
from pandera.typing import Series


class Quarantine(ContractModel):
    """Rows kept out of the datasets, with the check that failed and the row itself as JSON."""

    run_id: Series[Text]
    dataset: Series[Text]
    doc_id: Series[Text] = pa.Field(nullable=True)
    check: Series[Text]
    severity: Series[Text] = pa.Field(isin=SEVERITIES)
    detail: Series[Text]
    row: Series[Text]
