-- One row per agency: the span of years covered, the latest figures, and the trend of new applications
-- (least-squares slope per year, only with three or more years).
with by_agency as (
    select
        agency,
        any_value(region order by report_year desc) as region,
        any_value(admin_level order by report_year desc) as admin_level,
        min(report_year) as first_year,
        max(report_year) as last_year,
        count(*) as years_covered,
        cast(sum(documents) as bigint) as documents,
        cast(sum(annual_reports) as bigint) as annual_reports,
        avg(applications_received) as mean_applications_received,
        count(applications_received) as years_with_applications,
        regr_slope(applications_received, report_year) as applications_received_slope,
        regr_slope(proactive_disclosed_items, report_year) as proactive_disclosed_slope
    from mart_agency_year
    group by agency
),

latest as (
    select
        agency,
        arg_max(applications_received, report_year) filter (where applications_received is not null)
            as latest_applications_received,
        arg_max(proactive_disclosed_items, report_year) filter (where proactive_disclosed_items is not null)
            as latest_proactive_disclosed_items
    from mart_agency_year
    group by agency
)

select
    b.* exclude (applications_received_slope, proactive_disclosed_slope),
    case when b.years_with_applications >= 3 then b.applications_received_slope end as applications_received_trend,
    case when b.years_covered >= 3 then b.proactive_disclosed_slope end as proactive_disclosed_trend,
    l.latest_applications_received,
    l.latest_proactive_disclosed_items
from by_agency as b
left join latest as l using (agency)
order by agency
