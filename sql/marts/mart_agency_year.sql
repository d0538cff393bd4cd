-- One row per agency × report_year: the headline counts, the rates analysts compare (each with its
-- numerator and denominator, the rate suppressed below $min_denominator), the change from the previous
-- year, and the cross-year check that this year's 上年结转 equals last year's 结转下年度. The metric columns
-- are rendered from the metric registry (gongkai.tasks.rules.metrics) where the metrics CTE has its marker.
with documents_by_agency_year as (
    select
        agency,
        report_year,
        any_value(region order by evidence_rank nulls last, doc_id) as region,
        any_value(admin_level order by evidence_rank nulls last, doc_id) as admin_level,
        any_value(format_era order by evidence_rank nulls last, doc_id) filter (where doc_type = 'annual_report') as format_era,
        count(*) as documents,
        count(*) filter (where doc_type = 'annual_report') as annual_reports,
        count(*) filter (where doc_type = 'work_summary') as work_summaries,
        count(*) filter (where doc_type = 'work_plan') as work_plans,
        count(*) filter (where doc_type = 'implementation_report') as implementation_reports
    from stg_documents
    group by agency, report_year
),

metrics as (
    select
        agency,
        report_year,
        /*metric_columns*/,
        bool_or(source = 'table') as has_standard_tables
    from stg_agency_year_metrics
    group by agency, report_year
),

joined as (
    select
        d.*,
        m.* exclude (agency, report_year) replace (
            -- staff stated as 专职 and 兼职 only: their sum
            coalesce(m.disclosure_staff, m.disclosure_staff_fulltime + coalesce(m.disclosure_staff_parttime, 0))
                as disclosure_staff
        )
    from documents_by_agency_year as d
    left join metrics as m using (agency, report_year)
),

rate_parts as (
    select
        *,
        applications_granted as grant_rate_numerator,
        applications_processed as grant_rate_denominator,
        applications_granted + applications_partially_granted as substantive_disclosure_rate_numerator,
        applications_processed as substantive_disclosure_rate_denominator,
        applications_carried_forward as carry_forward_rate_numerator,
        applications_received + applications_carried_over as carry_forward_rate_denominator,
        admin_reconsiderations_corrected as review_correction_rate_numerator,
        admin_reconsiderations - admin_reconsiderations_pending as review_correction_rate_denominator,
        admin_reconsiderations + admin_lawsuits as dispute_rate_numerator,
        applications_received as dispute_rate_denominator
    from joined
),

rates as (
    select
        *,
        case when grant_rate_denominator >= $min_denominator
             then grant_rate_numerator / grant_rate_denominator end as grant_rate,
        case when substantive_disclosure_rate_denominator >= $min_denominator
             then substantive_disclosure_rate_numerator / substantive_disclosure_rate_denominator
        end as substantive_disclosure_rate,
        case when carry_forward_rate_denominator >= $min_denominator
             then carry_forward_rate_numerator / carry_forward_rate_denominator end as carry_forward_rate,
        case when review_correction_rate_denominator >= $min_denominator
             then review_correction_rate_numerator / review_correction_rate_denominator end as review_correction_rate,
        case when dispute_rate_denominator >= $min_denominator
             then dispute_rate_numerator / dispute_rate_denominator end as dispute_rate
    from rate_parts
),

previous_year as (
    select
        *,
        lag(report_year) over by_agency as previous_report_year,
        lag(applications_received) over by_agency as previous_applications_received,
        lag(applications_carried_forward) over by_agency as previous_carried_forward
    from rates
    window by_agency as (partition by agency order by report_year)
)

select
    * exclude (previous_applications_received, previous_carried_forward),
    case when previous_report_year = report_year - 1
         then applications_received - previous_applications_received end as applications_received_change,
    case when previous_report_year = report_year - 1 then previous_carried_forward end
        as previous_year_carried_forward,
    case when previous_report_year = report_year - 1
              and applications_carried_over is not null and previous_carried_forward is not null
         then applications_carried_over = previous_carried_forward end as carried_over_matches_previous_year
from previous_year
order by agency, report_year
