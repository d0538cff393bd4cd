-- Pairs of documents whose normalised texts are near-duplicates. The workers sign each text with MinHash
-- (documents.text_minhash; shingles and thresholds in gongkai.tasks.rules.copies); the signature is cut into
-- $bands bands of $rows values, and documents sharing a band's values are candidates. Each document is paired
-- with the first document (in path order) of every band bucket it shares, so a group of n near-copies costs
-- about n pairs, not n². A candidate is kept when the two signatures agree in at least $similarity of their
-- positions: the MinHash estimate of the Jaccard similarity of the two shingle sets.
with banded as (
    select doc_id, source_path, band, hash(text_minhash[band * $rows + 1 : (band + 1) * $rows]) as bucket
    from documents, range($bands) as b(band)
    where text_minhash is not null
),

firsts as (
    select band, bucket, arg_min(doc_id, source_path) as first_doc_id
    from banded
    group by band, bucket
    having count(*) > 1
),

candidates as (
    select distinct b.doc_id, f.first_doc_id as similar_doc_id
    from banded as b
    join firsts as f using (band, bucket)
    where b.doc_id <> f.first_doc_id
),

estimated as (
    select
        c.doc_id,
        c.similar_doc_id,
        list_sum(list_transform(a.text_minhash, lambda value, i: (value = s.text_minhash[i])::int))
            / len(a.text_minhash) as similarity
    from candidates as c
    join documents as a on a.doc_id = c.doc_id
    join documents as s on s.doc_id = c.similar_doc_id
)

select doc_id, similar_doc_id, similarity
from estimated
where similarity >= $similarity
