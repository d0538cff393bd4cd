"""Rules as data: the metric registry, the table identities and labels, and the lexicons the document chain
compiles its patterns from."""
