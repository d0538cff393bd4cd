import pandera.pandas as pa
from pandera.typing import Series

from expectations.base import ContractModel

from expectations.vocabulary import SEVERITIES


class Quarantine(ContractModel):
    """Rows kept out of the datasets, with the check that failed and the row itself as JSON."""

    run_id: Series[str]
    dataset: Series[str]
    doc_id: Series[str] = pa.Field(nullable=True)
    check: Series[str]
    severity: Series[str] = pa.Field(isin=SEVERITIES)
    detail: Series[str]
    row: Series[str]
