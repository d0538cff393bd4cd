"""The marts' SQL, one CTE chain per file: `staging/` views over the datasets, `marts/` tables."""
