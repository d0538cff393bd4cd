-- Reports that look copied (the 2021 format notice names 内容雷同 as a failing), one row per pair:
--  * same_tables: the same agency's reports of two different years whose non-zero standard-table figures agree,
--    key for key, in at least $same_figures_share of the larger set of at least $min_figures figures;
--  * near_duplicate_text: two reports whose normalised texts are near-duplicates (near_duplicates), of
--    different years or different agencies (a template). Mirrors — same agency, same year — are not copies:
--    they are one document (documents.near_duplicate_of).
-- doc_id_a is the earlier report (by year, then path), doc_id_b the later one.
with placed as (
    select doc_id, agency, report_year, source_path
    from documents
    where near_duplicate_of is null
),

figures as (
    select p.doc_id, p.agency, p.report_year, c."table", c.row_key, c.col_key, c.value
    from table_cells as c
    join placed as p using (doc_id)
    where p.agency is not null and p.report_year is not null and c.value is not null and c.value <> 0
),

figure_counts as (
    select doc_id, count(*) as figures from figures group by doc_id
),

equal_figures as (
    select a.doc_id as doc_id_a, b.doc_id as doc_id_b, count(*) as figures_equal
    from figures as a
    join figures as b
        on a.agency = b.agency and a."table" = b."table" and a.row_key = b.row_key and a.col_key = b.col_key
        and a.value = b.value and a.report_year < b.report_year
    group by a.doc_id, b.doc_id
),

same_tables as (
    select
        'same_tables' as kind,
        e.doc_id_a,
        e.doc_id_b,
        e.figures_equal / greatest(ca.figures, cb.figures) as similarity,
        greatest(ca.figures, cb.figures) as figures_compared,
        e.figures_equal
    from equal_figures as e
    join figure_counts as ca on ca.doc_id = e.doc_id_a
    join figure_counts as cb on cb.doc_id = e.doc_id_b
    where greatest(ca.figures, cb.figures) >= $min_figures
      and e.figures_equal >= $same_figures_share * greatest(ca.figures, cb.figures)
),

near_texts as (
    select
        'near_duplicate_text' as kind,
        case when (a.report_year, a.source_path) <= (b.report_year, b.source_path) then a.doc_id else b.doc_id end
            as doc_id_a,
        case when (a.report_year, a.source_path) <= (b.report_year, b.source_path) then b.doc_id else a.doc_id end
            as doc_id_b,
        n.similarity,
        cast(null as bigint) as figures_compared,
        cast(null as bigint) as figures_equal
    from near_duplicates as n
    join placed as a on a.doc_id = n.doc_id
    join placed as b on b.doc_id = n.similar_doc_id
    where a.agency is distinct from b.agency or a.report_year is distinct from b.report_year
),

pairs as (
    select * from same_tables
    union all
    select kind, doc_id_a, doc_id_b, max(similarity), any_value(figures_compared), any_value(figures_equal)
    from near_texts
    group by kind, doc_id_a, doc_id_b
)

select
    p.kind,
    p.doc_id_a,
    a.agency as agency_a,
    a.report_year as report_year_a,
    a.source_path as source_path_a,
    p.doc_id_b,
    b.agency as agency_b,
    b.report_year as report_year_b,
    b.source_path as source_path_b,
    p.similarity,
    p.figures_compared,
    p.figures_equal
from pairs as p
join placed as a on a.doc_id = p.doc_id_a
join placed as b on b.doc_id = p.doc_id_b
order by p.kind, a.agency, a.report_year, p.doc_id_a, p.doc_id_b
