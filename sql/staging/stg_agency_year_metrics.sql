-- One value per agency × report_year × metric, chosen from the most trusted document (see stg_documents),
-- table values before narrative ones, then the first statement in the text. Every value keeps the
-- document and quote it came from.
with reporting_facts as (
    select
        d.agency,
        d.report_year,
        f.metric,
        f.value,
        f.unit,
        f.approx,
        f.source,
        f.quote,
        f.doc_id,
        d.evidence_rank,
        f.char_start,
        f.char_end
    from facts as f
    join stg_documents as d using (doc_id)
    where d.evidence_rank is not null
),

chosen as (
    select
        *,
        row_number() over (
            partition by agency, report_year, metric
            order by evidence_rank, case source when 'table' then 0 else 1 end, doc_id, char_start
        ) as choice
    from reporting_facts
)

select
    agency, report_year, metric, value, unit, approx, source, quote, doc_id as evidence_doc_id,
    char_start as quote_start, char_end as quote_end
from chosen
where choice = 1
