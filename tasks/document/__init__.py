"""One document's chain, plain functions: ingest → decode → normalize → segment → fields, tables, facts.
`chain.py` runs the stages over a list of documents."""
