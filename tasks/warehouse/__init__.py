"""The warehouse: the DuckDB marts file built from the datasets, and the atomic publish."""
