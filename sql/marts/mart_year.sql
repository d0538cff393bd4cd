-- One row per report_year across all agencies: coverage (how many agencies and documents) and the
-- totals of the headline counts, each with the number of agencies that reported it, because a total
-- over a changing set of agencies is not a trend by itself. The totals are rendered from the metric
-- registry (gongkai.tasks.rules.metrics) where the totals CTE has its marker.
with documents_by_year as (
    select
        report_year,
        count(*) as documents,
        count(distinct agency) as agencies,
        count(*) filter (where doc_type = 'annual_report') as annual_reports,
        count(*) filter (where doc_type = 'work_summary') as work_summaries,
        count(*) filter (where doc_type = 'work_plan') as work_plans,
        count(*) filter (where doc_type = 'implementation_report') as implementation_reports,
        count(*) filter (where doc_type = 'other') as other_documents,
        count(*) filter (where agency is null) as documents_without_agency
    from documents
    where report_year is not null
      and near_duplicate_of is null  -- mirrors count once
    group by report_year
),

totals as (
    select
        report_year,
        /*metric_totals*/,
        -- A year's rate is the ratio of sums over the agencies that report both parts, not a mean of rates.
        cast(sum(grant_rate_numerator) filter (where grant_rate_denominator is not null) as bigint) as grant_rate_numerator,
        cast(sum(grant_rate_denominator) filter (where grant_rate_numerator is not null) as bigint) as grant_rate_denominator,
        cast(sum(substantive_disclosure_rate_numerator) filter (where substantive_disclosure_rate_denominator is not null) as bigint)
            as substantive_disclosure_rate_numerator,
        cast(sum(substantive_disclosure_rate_denominator) filter (where substantive_disclosure_rate_numerator is not null) as bigint)
            as substantive_disclosure_rate_denominator,
        cast(sum(dispute_rate_numerator) filter (where dispute_rate_denominator is not null) as bigint) as dispute_rate_numerator,
        cast(sum(dispute_rate_denominator) filter (where dispute_rate_numerator is not null) as bigint) as dispute_rate_denominator
    from mart_agency_year
    group by report_year
)

select
    d.*,
    t.* exclude (report_year),
    case when t.grant_rate_denominator >= $min_denominator
         then t.grant_rate_numerator / t.grant_rate_denominator end as grant_rate,
    case when t.substantive_disclosure_rate_denominator >= $min_denominator
         then t.substantive_disclosure_rate_numerator / t.substantive_disclosure_rate_denominator
    end as substantive_disclosure_rate,
    case when t.dispute_rate_denominator >= $min_denominator
         then t.dispute_rate_numerator / t.dispute_rate_denominator end as dispute_rate
from documents_by_year as d
left join totals as t using (report_year)
order by report_year
