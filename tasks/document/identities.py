"""The standard tables' identities (`gongkai.tasks.rules.identities`) evaluated over a grid of values: a
batch's documents at once for the pandera checks, one document for the quarantine's explanation.

A grid is a (document, row, column) array, NaN where a cell is blank or absent: arrays rather than an
unstacked frame, because a batch's tables are checked four times and pandas' MultiIndex and unstack cost more
than the arithmetic.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pandas as pd

from gongkai.tasks.rules.identities import EPSILON, IDENTITIES, Identity


class Grid(NamedTuple):
    values: np.ndarray
    doc_ids: pd.Index
    rows: pd.Index
    columns: pd.Index


def grid_of(doc_ids, row_keys, col_keys, values, rows=None, columns=None) -> Grid:
    """The grid of cells given as parallel sequences. `rows` / `columns` fix the axes' order (cells on no
    listed key are left out); by default keys are taken in order of appearance. A cell given twice raises, as
    unstack does."""
    (doc, docs), (row, row_index), (col, col_index) = (
        _codes(keys, order) for keys, order in ((doc_ids, None), (row_keys, rows), (col_keys, columns))
    )
    keep = (row >= 0) & (col >= 0)
    doc, row, col = doc[keep], row[keep], col[keep]
    shape = (len(docs), len(row_index), len(col_index))
    if doc.size and np.bincount(np.ravel_multi_index((doc, row, col), shape)).max() > 1:
        raise ValueError("Index contains duplicate entries, cannot reshape")
    grid = np.full(shape, np.nan)
    grid[doc, row, col] = np.asarray(values, dtype="float64")[keep]
    return Grid(grid, docs, row_index, col_index)


def _codes(keys, order) -> tuple[np.ndarray, pd.Index]:
    if order is None:
        codes, uniques = pd.factorize(pd.Series(keys, dtype=object), use_na_sentinel=False)
        return codes, pd.Index(uniques)
    index = pd.Index(order)
    return index.get_indexer(pd.Series(keys, dtype=object)), index


def sides(grid: Grid, identity: Identity) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(written, parts, positions): the two sides of `identity` as (document, position) arrays, NaN where
    the identity cannot be checked, and the keys of the positions (columns or rows)."""
    summed_axis, labels, positions = (
        (1, grid.rows, grid.columns) if identity.per == "column" else (2, grid.columns, grid.rows)
    )

    def total(keys_mask: np.ndarray, blanks_are_zero: bool) -> np.ndarray:
        taken = np.compress(keys_mask, grid.values, axis=summed_axis)
        return np.nansum(taken, axis=summed_axis) if blanks_are_zero else taken.sum(axis=summed_axis)

    written_mask = labels.isin(identity.written)
    written = total(written_mask, False)
    if written_mask.sum() < len(identity.written):  # a written key absent from every document: unchecked
        written = np.full_like(written, np.nan)
    parts_mask = np.array([identity.is_part(key) for key in labels], dtype=bool)
    parts = total(parts_mask, identity.blank_parts_are_zero)
    if not identity.blank_parts_are_zero and parts_mask.sum() < len(identity.parts):
        parts = np.full_like(parts, np.nan)
    return written, parts, list(positions)


def failing(grid: Grid, identity: Identity) -> np.ndarray:
    """(document, position): where `identity` fails by more than EPSILON (a NaN side never fails)."""
    if grid.values.size == 0:
        return np.zeros((len(grid.doc_ids), 0), dtype=bool)
    written, parts, _ = sides(grid, identity)
    with np.errstate(invalid="ignore"):
        return np.abs(written - parts) > EPSILON


def broken_documents(grid: Grid, identity: Identity) -> set[str]:
    return set(grid.doc_ids[np.flatnonzero(failing(grid, identity).any(axis=1))]) if grid.values.size else set()


class Failure(NamedTuple):
    identity: Identity
    position: str  # the column or row key it fails in
    written: float
    parts: float
    cells: list[tuple[str, str]]  # (row_key, col_key) of every cell involved


def failures(grid: Grid, table: str) -> list[Failure]:
    """Every failing position of the identities of `table` in a one-document grid of it, in axis order.
    The cells involved are those the identity sums that the table has (every declared column of a row)."""
    found = []
    for identity in IDENTITIES:
        if identity.table != table:
            continue
        written, parts, positions = sides(grid, identity)
        if identity.per == "column":
            keys = [k for k in grid.rows if k in identity.written or identity.is_part(k)]
        else:  # a column the table has no cell of is not one of its columns (the other applicant layout's)
            present = set(grid.columns[~np.isnan(grid.values[0]).all(axis=0)])
            keys = [*(k for k in identity.parts if k in present), *identity.written]
        for at in np.flatnonzero(failing(grid, identity)[0]):
            position = positions[at]
            cells = [(key, position) for key in keys] if identity.per == "column" else [(position, key) for key in keys]
            found.append(Failure(identity, position, float(written[0, at]), float(parts[0, at]), cells))
    return found
