"""What every staging view, mart and their columns mean: the source of the marts file's `COMMENT ON`s.

The base tables' descriptions live beside their checks, in the pandera models (`gongkai.expectations`); the
models built from SQL are described here, next to their `.sql` files. A metric column is described from the
metric registry (`gongkai.tasks.rules.metrics`: its Chinese label and units), so a metric added there is
described wherever it lands. `tests/test_warehouse_docs.py` fails on any column of the file left without a
description, so a column added to a `.sql` file must be added here.
"""

from __future__ import annotations

from gongkai.tasks.rules.metrics import BY_NAME, MART_METRICS, YEAR_TOTAL_METRICS

# The rates of mart_agency_year (mart_year has the same ones, as ratios of sums), with their parts.
RATES = {
    "grant_rate": ("予以公开率", "予以公开", "办理结果总计"),
    "substantive_disclosure_rate": ("实质公开率", "予以公开 + 部分公开", "办理结果总计"),
    "carry_forward_rate": ("结转率", "结转下年度", "本年新收 + 上年结转"),
    "review_correction_rate": ("复议纠错率", "复议结果纠正", "复议总计 − 尚未审结"),
    "dispute_rate": ("争议转化率", "行政复议 + 行政诉讼", "本年新收"),
}

DOCUMENT_COUNTS = {
    "documents": "Documents placed here",
    "annual_reports": "Of them, annual reports (年度报告)",
    "work_summaries": "Of them, work summaries (工作总结)",
    "work_plans": "Of them, work plans (工作要点); they state targets and never feed the figures",
    "implementation_reports": "Of them, implementation reports (落实情况)",
}


def _metric(name: str, of: str) -> str:
    metric = BY_NAME[name]
    return f"{metric.label} ({'/'.join(metric.units)}): {of}"


def _rates(names: tuple[str, ...], how: str) -> dict[str, str]:
    described = {}
    for name in names:
        label, numerator, denominator = RATES[name]
        described[f"{name}_numerator"] = f"{label}'s numerator: {numerator}{how}"
        described[f"{name}_denominator"] = f"{label}'s denominator: {denominator}{how}"
        described[name] = f"{label} = {numerator} / ({denominator}); null when the denominator is below 5"
    return described


PLACEMENT = {
    "agency": "Issuing agency (documents.agency)",
    "report_year": "The year reported on (documents.report_year)",
    "region": "Place of the agency",
    "admin_level": "province, city, county, township or central",
}

MODELS: dict[str, tuple[str, dict[str, str]]] = {
    "stg_documents": (
        "Documents that can be placed on the agency × year grid, ranked by how much their numbers are trusted",
        {
            "doc_id": "The document (documents.doc_id)",
            **PLACEMENT,
            "doc_type": "annual_report, work_summary, work_plan, implementation_report or other",
            "format_era": "narrative, format_2019 or format_2021",
            "publish_date": "Publication date",
            "source_path": "The input file it came from",
            "evidence_rank": "1 annual report, 2 work summary, 3 implementation report; null: never feeds the marts",
        },
    ),
    "stg_agency_year_metrics": (
        "One value per agency × report_year × metric, from the most trusted document, with its evidence",
        {
            "agency": PLACEMENT["agency"],
            "report_year": PLACEMENT["report_year"],
            "metric": "A name of the metric registry",
            "value": "The chosen value (facts.value)",
            "unit": "Its unit",
            "approx": "True when the text qualifies the number (余, 多, 约)",
            "source": "narrative or table",
            "quote": "The exact text it was read from",
            "evidence_doc_id": "The document holding the quote",
            "quote_start": "Offset of the quote in the document's text (documents.text, 0-based)",
            "quote_end": "Offset just past the quote",
        },
    ),
    "mart_agency_year": (
        "One row per agency × report_year: headline counts, rates with their parts, the cross-year check",
        {
            **PLACEMENT,
            "format_era": "The era of the most trusted document's standard tables",
            **DOCUMENT_COUNTS,
            **{name: _metric(name, "the agency-year's value, from the most trusted document") for name in MART_METRICS},
            "has_standard_tables": "True when any of its figures was read from a standard table",
            **_rates(tuple(RATES), ""),
            "previous_report_year": "The agency's previous year with a row here",
            "applications_received_change": "本年新收 minus the year before's, when that year is the previous one",
            "previous_year_carried_forward": "The year before's 结转下年度",
            "carried_over_matches_previous_year": "This year's 上年结转 equals the year before's 结转下年度; null when either is missing",
        },
    ),
    "mart_year": (
        "One row per report_year: coverage and totals, each with how many agencies reported it",
        {
            "report_year": "The year reported on",
            **DOCUMENT_COUNTS,
            "agencies": "Distinct agencies with a document this year",
            "other_documents": "Of the documents, those of type other",
            "documents_without_agency": "Documents whose agency could not be read",
            **{name: _metric(name, "sum over the agencies reporting it") for name in YEAR_TOTAL_METRICS},
            **{
                f"agencies_reporting_{name}": f"Agencies that reported {BY_NAME[name].label} this year"
                for name in YEAR_TOTAL_METRICS
            },
            **_rates(
                ("grant_rate", "substantive_disclosure_rate", "dispute_rate"),
                ", summed over the agencies reporting both parts",
            ),
        },
    ),
    "mart_agency": (
        "One row per agency: years covered, latest figures and trends",
        {
            "agency": PLACEMENT["agency"],
            "region": "Place of the agency, as of its latest year",
            "admin_level": "Its level, as of its latest year",
            "first_year": "First report_year with a document",
            "last_year": "Last report_year with a document",
            "years_covered": "Years with a document",
            "documents": DOCUMENT_COUNTS["documents"],
            "annual_reports": DOCUMENT_COUNTS["annual_reports"],
            "mean_applications_received": "Mean of 本年新收 over the years that state it",
            "years_with_applications": "Years that state 本年新收",
            "applications_received_trend": "Least-squares slope of 本年新收 per year (three years or more)",
            "proactive_disclosed_trend": "Least-squares slope of 主动公开 per year (three years or more)",
            "latest_applications_received": "本年新收 of the latest year that states it",
            "latest_proactive_disclosed_items": "主动公开政府信息 of the latest year that states it",
        },
    ),
    "near_duplicates": (
        "Pairs of documents whose normalised texts are near-duplicates (MinHash over line and sentence shingles)",
        {
            "doc_id": "A document",
            "similar_doc_id": "The first document (in path order) of a band bucket it shares",
            "similarity": "Estimated Jaccard similarity of the two texts' shingle sets (share of equal MinHash values)",
        },
    ),
    "mart_suspect_copies": (
        "Pairs of reports that look copied (内容雷同): same tables in two years, or near-duplicate texts across years or agencies",
        {
            "kind": "same_tables (one agency, two years, the same non-zero table figures) or near_duplicate_text",
            "doc_id_a": "The earlier report (by year, then path)",
            "agency_a": "Its agency",
            "report_year_a": "Its report year",
            "source_path_a": "Its input file",
            "doc_id_b": "The later report",
            "agency_b": "Its agency",
            "report_year_b": "Its report year",
            "source_path_b": "Its input file",
            "similarity": "same_tables: share of equal figures; near_duplicate_text: estimated Jaccard similarity of the texts",
            "figures_compared": "same_tables: non-zero table figures of the report that has more",
            "figures_equal": "same_tables: figures equal, key for key",
        },
    ),
    "run_info": (
        "The run that built this file",
        {
            "run_id": "The Prefect flow run",
            "finished_at": "When the run finished (UTC, ISO 8601)",
            "input_path": "The --input it read",
        },
    ),
}
