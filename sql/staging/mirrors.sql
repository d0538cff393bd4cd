-- Mirrors: near-duplicate copies of one report by the same issuer for the same year (a crawler's header, a spam
-- line, a changed character). Each points at the first of them in path order, `near_duplicate_of`, in the
-- documents and in the ledger; the marts count the report once. A near-duplicate of another year or another
-- agency is not a mirror: it stays a document of its own (mart_suspect_copies lists it).
ALTER TABLE documents ADD COLUMN near_duplicate_of VARCHAR;
UPDATE documents AS d
SET near_duplicate_of = m.first_doc_id
FROM (
    select n.doc_id, arg_min(n.similar_doc_id, f.source_path) as first_doc_id
    from near_duplicates as n
    join documents as a on a.doc_id = n.doc_id
    join documents as f on f.doc_id = n.similar_doc_id
    where a.agency = f.agency and a.report_year = f.report_year and f.source_path < a.source_path
    group by n.doc_id
) AS m
WHERE d.doc_id = m.doc_id;
ALTER TABLE sources ADD COLUMN near_duplicate_of VARCHAR;
UPDATE sources AS s
SET near_duplicate_of = d.near_duplicate_of
FROM documents AS d
WHERE s.doc_id = d.doc_id AND d.near_duplicate_of IS NOT NULL;
