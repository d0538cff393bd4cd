-- One row per document that can be placed on the agency × year grid, with a rank saying how much its
-- numbers are trusted for that agency-year: the statutory annual report first, then summaries and
-- implementation reports. Work plans state targets, not results, and never feed the marts.
with placed as (
    select
        doc_id,
        agency,
        region,
        admin_level,
        report_year,
        doc_type,
        format_era,
        publish_date,
        source_path
    from documents
    where agency is not null
      and report_year is not null
      and near_duplicate_of is null  -- a mirror of a report counts once, as that report
),

ranked as (
    select
        *,
        case doc_type
            when 'annual_report' then 1
            when 'work_summary' then 2
            when 'implementation_report' then 3
        end as evidence_rank
    from placed
)

select * from ranked
