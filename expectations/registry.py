"""Every dataset of the contract with its pandera model: what the warehouse's base tables are checked
against, and described by (`gongkai.expectations.base.column_descriptions`)."""

import inspect

import pandera.pandas as pa

from gongkai.expectations.base import column_descriptions
from gongkai.expectations.citations import Citations
from gongkai.expectations.documents import Documents
from gongkai.expectations.facts import Facts
from gongkai.expectations.quarantine import Quarantine
from gongkai.expectations.sections import Sections
from gongkai.expectations.source_records import SourceRecords
from gongkai.expectations.sources import Sources
from gongkai.expectations.table_cells import TableCells

DATASET_MODELS: dict[str, type[pa.DataFrameModel]] = {
    "sources": Sources,
    "source_records": SourceRecords,
    "documents": Documents,
    "sections": Sections,
    "facts": Facts,
    "citations": Citations,
    "table_cells": TableCells,
    "quarantine": Quarantine,
}


def dataset_description(dataset: str) -> tuple[str, dict[str, str]]:
    """The dataset's description (its model's docstring) and its columns'."""
    model = DATASET_MODELS[dataset]
    return inspect.getdoc(model) or dataset, column_descriptions(model)
