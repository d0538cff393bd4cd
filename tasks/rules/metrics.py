"""The metric registry: every metric gongkai can emit, decided once.

Everything that names a metric reads this tuple: the narrative rules (`gongkai.tasks.document.facts`, whose
rules may only name a registered metric and use its units), the standard tables' metrics
(`gongkai.tasks.document.report_tables.TABLE_METRICS`), the pandera vocabulary check on `facts.metric`
(`gongkai.expectations.facts`) and the marts: `mart_agency_year` pivots one column per metric with `mart`
set (rendered into `sql/marts/mart_agency_year.sql` at its `/*metric_columns*/` marker), and `mart_year`
sums those with `year_total` set (at its `/*metric_totals*/` marker).

Adding a metric is one entry here plus the rule that recognises it (ARCHITECTURE.md shows an example).
"""

from __future__ import annotations

from dataclasses import dataclass

from gongkai.tasks.rules.table_labels import (
    TABLE2_2019_CELLS,
    TABLE2_2019_COLUMNS,
    TABLE2_2019_ROWS,
    TABLE3_ROWS_2021,
)

COUNT_UNITS = ("件", "个", "条", "份", "项", "起")
ITEM_UNITS = ("条", "件", "项", "篇", "份")
STAFF_UNITS = ("名", "人")
PERCENT = ("%",)
# Units of amounts and rates: a metric counted in one of them is not a whole number.
FRACTIONAL_UNITS = frozenset({"元", "万元", "%"})


@dataclass(frozen=True)
class Metric:
    name: str
    label: str  # what the reports call it, in Chinese
    units: tuple[str, ...]  # the measure words a count of it is written with
    signed: bool = False  # may legitimately be negative
    contract: bool = False  # in the data contract's vocabulary (what acceptance checks score)
    mart: bool = False  # a column of mart_agency_year (the agency-year's value, from the most trusted document)
    year_total: bool = False  # summed per report year in mart_year

    @property
    def sql_type(self) -> str:
        """The marts' type of its column: a count is a BIGINT, an amount or a rate a DOUBLE."""
        return "DOUBLE" if FRACTIONAL_UNITS & set(self.units) else "BIGINT"


METRICS: tuple[Metric, ...] = (
    # Proactive disclosure
    Metric("proactive_disclosed_items", "主动公开政府信息", ITEM_UNITS, mart=True, year_total=True, contract=True),
    Metric("proactive_disclosed_cumulative", "累计主动公开政府信息", ITEM_UNITS, contract=True),
    Metric("normative_documents_published", "制发规范性文件", ("件", "部", "个", "份", "项"), mart=True, contract=True),
    # Parts of the proactive disclosures, by channel or by who disclosed them: never the total
    Metric("website_disclosed_items", "政府网站公开", ITEM_UNITS),
    Metric("gazette_disclosed_items", "政府公报公开", ITEM_UNITS),
    Metric("other_proactive_items", "其他主动公开", ITEM_UNITS),
    Metric("township_proactive_items", "各乡镇（街道）主动公开", ITEM_UNITS),
    Metric("department_proactive_items", "各部门主动公开", ITEM_UNITS),
    Metric("office_proactive_items", "公开办主动公开", ITEM_UNITS),
    Metric("notice_announcement_items", "主动公开公告、通知", ITEM_UNITS),
    Metric("procurement_info_items", "公开采购信息", ITEM_UNITS),
    Metric("application_only_items", "依申请公开信息（归类条目，非申请）", ("条",)),
    # Proactive disclosures by category (the old national classification, 机构职能类 … 其他类): parts of the total
    Metric("institution_function_items", "机构职能类信息", ITEM_UNITS),
    Metric("policy_normative_document_items", "政策、规范性文件类信息", ITEM_UNITS),
    Metric("planning_items", "规划计划类信息", ITEM_UNITS),
    Metric("admin_licensing_items", "行政许可类信息", ITEM_UNITS),
    Metric("work_news_items", "工作动态类信息", ITEM_UNITS),
    Metric("major_project_items", "重大建设项目信息", ITEM_UNITS),
    Metric("budget_final_account_items", "财政预决算信息", ITEM_UNITS),
    Metric("proactive_items_by_category", "其他类别的主动公开信息（类别见引文）", ITEM_UNITS),
    Metric("info_produced_total", "制作、获取政府信息", ITEM_UNITS),
    Metric("topic_items_published", "某一专题或领域发布的信息（主题见引文）", ITEM_UNITS),
    Metric("disclosable_info_cleaned_up", "清理政府信息", ITEM_UNITS),
    Metric("non_disclosable_items", "不予公开信息（归类条目，非申请）", ("条",)),
    Metric("opinion_solicitations", "意见征集", ("次", "期", "场")),
    Metric("bulletin_board_issues", "政务公开栏期数", ("期",)),
    # New media and outreach
    Metric("wechat_posts", "政务微信发布信息", ITEM_UNITS),
    Metric("weibo_posts", "政务微博发布信息", ITEM_UNITS),
    Metric("press_conferences", "新闻发布会", ("场", "次", "期")),
    Metric("policy_interpretations", "政策解读", ("条", "篇", "件", "项", "次", "期")),
    Metric("online_interviews", "在线访谈", ("场", "次", "期")),
    Metric("disclosure_column_visits", "政府信息公开专栏访问量", ("人次", "次")),
    Metric("consultations_handled", "咨询", ("人次", "次", "件", "条")),
    # Table 2 (2021 format): rules and administrative actions
    Metric("regulations_issued", "本年制发规章", ("件",)),
    Metric("regulations_repealed", "本年废止规章", ("件",)),
    Metric("regulations_in_force", "现行有效规章", ("件",)),
    Metric("normative_documents_repealed", "本年废止规范性文件", ("件",)),
    Metric("normative_documents_in_force", "现行有效规范性文件", ("件",)),
    Metric("normative_documents_valid", "现行有效规范性文件（正文所述）", ("件", "部", "个", "份", "项")),
    Metric("licensing_decisions", "行政许可处理决定", ("件",)),
    Metric("penalty_decisions", "行政处罚处理决定", ("件",)),
    Metric("enforcement_decisions", "行政强制处理决定", ("件",)),
    Metric("admin_fee_amount", "行政事业性收费金额（非申请人所付费用）", ("万元",)),
    # Applications and their outcomes (table 3)
    Metric("applications_received", "本年新收政府信息公开申请", COUNT_UNITS, mart=True, year_total=True, contract=True),
    Metric("applications_carried_over", "上年结转政府信息公开申请", COUNT_UNITS, mart=True, contract=True),
    Metric("applications_granted", "予以公开", COUNT_UNITS, mart=True, year_total=True, contract=True),
    Metric("applications_partially_granted", "部分公开", COUNT_UNITS, mart=True, contract=True),
    Metric("applications_denied", "不予公开", COUNT_UNITS, mart=True, contract=True),
    Metric("applications_processed", "办理结果总计", COUNT_UNITS, mart=True, year_total=True, contract=True),
    Metric("applications_carried_forward", "结转下年度继续办理", COUNT_UNITS, mart=True, contract=True),
    Metric("applications_with_carried_over", "收到申请（含上年结转）", COUNT_UNITS),
    Metric("applications_info_not_exist", "信息不存在", COUNT_UNITS),
    Metric("applications_not_held", "本机关不掌握", COUNT_UNITS),
    Metric("applications_natural_person", "自然人申请", COUNT_UNITS),
    Metric("applications_legal_person", "法人或其他组织申请", COUNT_UNITS),
    Metric("applications_in_person", "当面申请", COUNT_UNITS),
    Metric("applications_online", "网上申请", COUNT_UNITS),
    Metric("applications_by_letter", "信函申请", COUNT_UNITS),
    Metric("applications_by_fax", "传真申请", COUNT_UNITS),
    Metric("applications_by_email", "电子邮件申请", COUNT_UNITS),
    Metric("applications_by_letter_or_fax", "信函、传真申请", COUNT_UNITS),
    Metric("applications_other_channel", "其他形式申请", COUNT_UNITS),
    Metric("applications_other_reply", "其他类型答复", COUNT_UNITS),
    # Table 3's result rows below the contract's: each row's 总计, and the sums of groups (四)–(六)
    Metric("applications_unable_to_provide", "无法提供", COUNT_UNITS),
    Metric("applications_not_processed", "不予处理", COUNT_UNITS),
    Metric("applications_other_handling", "其他处理", COUNT_UNITS),
    # Reconsiderations and lawsuits (table 4)
    Metric("admin_reconsiderations", "行政复议", ("件", "起", "个"), mart=True, year_total=True, contract=True),
    Metric("admin_reconsiderations_corrected", "行政复议结果纠正", ("件",), mart=True),
    Metric("admin_reconsiderations_pending", "行政复议尚未审结", ("件",), mart=True),
    Metric("admin_lawsuits", "行政诉讼", ("件", "起", "个"), mart=True, year_total=True, contract=True),
    Metric("admin_outcome_maintained", "复议或诉讼结果维持", ("件", "起")),
    Metric("admin_outcome_corrected", "复议或诉讼结果纠正", ("件", "起")),
    Metric("admin_outcome_pending", "复议或诉讼尚未审结", ("件", "起")),
    Metric("admin_appeals", "行政申诉", COUNT_UNITS),
    Metric("admin_complaints_reports", "申诉、举报", COUNT_UNITS),
    # Fees and staffing
    Metric("fees_charged", "收取信息处理费", ("元", "万元"), mart=True, year_total=True, contract=True),
    Metric("disclosure_staff", "政府信息公开工作人员", STAFF_UNITS, mart=True, contract=True),
    Metric("disclosure_staff_fulltime", "专职人员", STAFF_UNITS, mart=True, contract=True),
    Metric("disclosure_staff_parttime", "兼职人员", STAFF_UNITS, mart=True, contract=True),
    # Other work the reports count
    Metric("publicity_materials_printed", "印发宣传资料", ("份", "册", "本", "张")),
    Metric("public_opinion_responses", "回应社会关切", ("次", "条", "件")),
    Metric("npc_cppcc_proposals_handled", "办理人大建议政协提案", ("件",)),
    Metric("training_participants", "培训人次", ("人次", "人")),
    Metric("training_sessions", "培训次数", ("次", "场", "期")),
    Metric("service_items_processed", "办理政务服务事项", ("件",)),
    Metric("filing_deadline_workdays", "报送备案时限", ("个工作日",)),
    Metric("response_deadline_workdays", "答复时限", ("个工作日",)),
    Metric("websites_to_consolidate", "整合网站", ("个",)),
    Metric("items_published_on_province_portal", "省政府网站发布信息", ("条", "篇")),
    Metric("items_published_on_city_portal", "市政府网站发布信息", ("条", "篇")),
    Metric("items_published_on_county_portal", "县区政府网站发布信息", ("条", "篇")),
    Metric("portal_items_published", "网站发布信息", ("条", "篇")),
    Metric("website_security_rectifications", "网站安全整改", ("次",)),
    Metric("electronic_records_rate", "电子化率", PERCENT),
    Metric("online_processing_rate", "网上办理率", PERCENT),
    Metric("on_time_response_rate", "按时答复率", PERCENT),
    Metric("satisfaction_rate", "满意率", PERCENT),
    Metric("service_hall_coverage_rate", "进驻率", PERCENT),
)

# The pre-2019 statistics table states these for the year and 历年累计 side by side: the cumulative column is a
# metric of its own, `<name>_cumulative` (proactive_disclosed_cumulative is the proactive total's).
CUMULATIVE_OF = (
    "website_disclosed_items",
    "gazette_disclosed_items",
    "applications_received",
    "applications_in_person",
    "applications_by_letter_or_fax",
    "applications_by_fax",
    "applications_by_email",
    "applications_online",
    "applications_by_letter",
    "applications_other_channel",
    "applications_partially_granted",
    "applications_granted",
    "applications_denied",
    "applications_other_reply",
    "applications_processed",
    "admin_reconsiderations",
    "admin_lawsuits",
    "admin_appeals",
    "admin_complaints_reports",
)
METRICS += tuple(
    Metric(f"{m.name}_cumulative", f"历年累计{m.label}", m.units) for m in METRICS if m.name in CUMULATIVE_OF
)
# Each reason row of table 3 (属于国家秘密, 本机关不掌握, 重复申请 …), its 总计: `applications_<row_key>`.
TABLE3_REASON_PREFIXES = ("denied_", "unable_", "not_processed_", "other_")
METRICS += tuple(
    Metric(f"applications_{row}", label.lstrip("0123456789."), COUNT_UNITS)
    for row, label in TABLE3_ROWS_2021
    if row.startswith(TABLE3_REASON_PREFIXES)
)
# Table 2 of the 2019 format, cell by cell: `<row>_<column>` (regulations_new_made, government_procurement_amount
# …), except the cells that measure what a 2021 metric does (`TABLE2_2019_SAME_AS`).
TABLE2_2019_SAME_AS = {
    ("normative_documents", "new_published"): "normative_documents_published",
    ("licensing", "decisions"): "licensing_decisions",
    ("punishment", "decisions"): "penalty_decisions",
    ("enforcement", "decisions"): "enforcement_decisions",
}
_ROW_LABELS, _COLUMN_LABELS = dict(TABLE2_2019_ROWS), dict(TABLE2_2019_COLUMNS)


def table2_2019_metric(row: str, column: str) -> str:
    if (row, column) in TABLE2_2019_SAME_AS:
        return TABLE2_2019_SAME_AS[row, column]
    return f"government_{column}" if row == "procurement" else f"{row}_{column}"  # 政府集中采购


METRICS += tuple(
    Metric(
        table2_2019_metric(row, col),
        f"{_ROW_LABELS[row]}{_COLUMN_LABELS[col]}",
        ("万元",) if col == "procurement_amount" else ("件",),
        signed=col == "change",
    )
    for row, col in TABLE2_2019_CELLS
    if (row, col) not in TABLE2_2019_SAME_AS
)
BY_NAME: dict[str, Metric] = {metric.name: metric for metric in METRICS}
METRIC_NAMES: tuple[str, ...] = tuple(BY_NAME)
CONTRACT_METRICS: tuple[str, ...] = tuple(m.name for m in METRICS if m.contract)
SIGNED_METRICS: tuple[str, ...] = tuple(m.name for m in METRICS if m.signed)
MART_METRICS: tuple[str, ...] = tuple(m.name for m in METRICS if m.mart)
YEAR_TOTAL_METRICS: tuple[str, ...] = tuple(m.name for m in METRICS if m.year_total)


def registered_metric(name: str, units: tuple[str, ...] | None = None) -> Metric:
    """The registered metric `name`; raises at import time for a rule that names an unregistered metric or
    a unit the metric is not counted in, so that a typo can never reach the data."""
    try:
        found = BY_NAME[name]
    except KeyError:
        raise ValueError(f"metric {name!r} is not in the registry (gongkai.tasks.rules.metrics)") from None
    if units is not None and not set(units) <= set(found.units):
        raise ValueError(f"metric {name!r} is not counted in {sorted(set(units) - set(found.units))}")
    return found


def mart_columns_sql() -> str:
    """The pivot of `mart_agency_year`: one column per mart metric."""
    return ",\n        ".join(
        f"cast(max(value) filter (where metric = '{name}') as {BY_NAME[name].sql_type}) as {name}"
        for name in MART_METRICS
    )


def year_totals_sql() -> str:
    """The sums of `mart_year`, with how many agencies reported each: a total over a changing set of
    agencies is not a trend by itself."""
    return ",\n        ".join(
        # sum() of a BIGINT is a HUGEINT, which fewer readers take
        f"cast(sum({name}) as {BY_NAME[name].sql_type}) as {name},\n        count({name}) as agencies_reporting_{name}"
        for name in YEAR_TOTAL_METRICS
    )


# What the dashboard (gongkai.dashboard) charts, and the metric whose quote stands as a rate's evidence (its
# numerator's; the denominator's quote is on the same page).
CHARTED: dict[str, tuple[str, ...]] = {
    "overview": ("applications_received", "applications_granted"),
    "applications": ("applications_received", "applications_processed", "applications_granted"),
    "proactive": ("proactive_disclosed_items",),
}
RATE_EVIDENCE = {
    "grant_rate": "applications_granted",
    "substantive_disclosure_rate": "applications_granted",
    "carry_forward_rate": "applications_carried_forward",
    "review_correction_rate": "admin_reconsiderations_corrected",
    "dispute_rate": "admin_reconsiderations",
}
CARRY_OVER_CHECKED = "applications_carried_over"  # mart_agency_year.carried_over_matches_previous_year's metric
