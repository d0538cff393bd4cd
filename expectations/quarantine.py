import pandera.pandas as pa
from pandera.typing import Series

from gongkai.expectations.base import ContractModel, Text
from gongkai.expectations.vocabulary import SEVERITIES


class Quarantine(ContractModel):
    """Rows kept out of the datasets, with the check that failed and the row itself as JSON."""

    run_id: Series[Text] = pa.Field(description="The Prefect flow run that quarantined the row")
    dataset: Series[Text] = pa.Field(
        description="The dataset the row belongs to; normalize for spans cut during normalisation"
    )
    doc_id: Series[Text] = pa.Field(nullable=True, description="The document the row belongs to")
    source_path: Series[Text] = pa.Field(
        nullable=True, description="The input file of that document (join sources or documents on it)"
    )
    column: Series[Text] = pa.Field(nullable=True, description="The column the failed check is about")
    value: Series[Text] = pa.Field(nullable=True, description="That column's value in the row, as text")
    check: Series[Text] = pa.Field(description="The failed check (a pandera check name)")
    severity: Series[Text] = pa.Field(
        isin=SEVERITIES, description="blocking (fails the run) or warning (see expectations/policy.py)"
    )
    detail: Series[Text] = pa.Field(description="What failed, with the numbers involved")
    row: Series[Text] = pa.Field(description="The offending row as JSON")
