"""A batch of documents as datasets: Arrow tables, validation, copies dropped, Parquet parts; `run.py` takes one
batch through the whole chain in a worker."""
