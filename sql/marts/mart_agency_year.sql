-- One row per agency × report_year: the headline counts, the rates analysts compare (each with its
-- numerator and denominator, suppressed below $min_denominator) and the change from the previous year.
with documents_by_agency_year as (
    select
        agency,
        report_year,
        any_value(region order by evidence_rank nulls last) as region,
        any_value(admin_level order by evidence_rank nulls last) as admin_level,
        any_value(format_era order by evidence_rank nulls last) filter (where doc_type = 'annual_report') as format_era,
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
        max(value) filter (where metric = 'proactive_disclosed_items') as proactive_disclosed_items,
        max(value) filter (where metric = 'normative_documents_published') as normative_documents_published,
        max(value) filter (where metric = 'applications_received') as applications_received,
        max(value) filter (where metric = 'applications_carried_over') as applications_carried_over,
        max(value) filter (where metric = 'applications_granted') as applications_granted,
        max(value) filter (where metric = 'applications_partially_granted') as applications_partially_granted,
        max(value) filter (where metric = 'applications_denied') as applications_denied,
        max(value) filter (where metric = 'applications_processed') as applications_processed,
        max(value) filter (where metric = 'applications_carried_forward') as applications_carried_forward,
        max(value) filter (where metric = 'admin_reconsiderations') as admin_reconsiderations,
        max(value) filter (where metric = 'admin_lawsuits') as admin_lawsuits,
        max(value) filter (where metric = 'fees_charged') as fees_charged,
        coalesce(
            max(value) filter (where metric = 'disclosure_staff'),
            max(value) filter (where metric = 'disclosure_staff_fulltime')
                + coalesce(max(value) filter (where metric = 'disclosure_staff_parttime'), 0)
        ) as disclosure_staff,
        count(*) as metrics_reported
    from stg_agency_year_metrics
    group by agency, report_year
),

joined as (
    select
        d.*,
        m.* exclude (agency, report_year),
        coalesce(m.metrics_reported, 0) as metrics_with_values
    from documents_by_agency_year as d
    left join metrics as m using (agency, report_year)
),

rates as (
    select
        *,
        applications_granted as grant_rate_numerator,
        applications_processed as grant_rate_denominator,
        case when applications_processed >= $min_denominator
             then applications_granted / applications_processed end as grant_rate,
        applications_received
            - lag(applications_received) over (partition by agency order by report_year)
            as applications_received_change,
        lag(report_year) over (partition by agency order by report_year) as previous_report_year
    from joined
)

select * exclude (metrics_reported)
from rates
order by agency, report_year
