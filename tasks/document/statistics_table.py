"""The pre-2019 statistics table (政府信息公开情况统计表): one row per indicator, `label unit value [cumulative]`.

Before the 2019 standard tables, reports appended a table of indicators — 主动公开信息数, 受理…申请总数, its
channels (当面 网上 信函 传真 电子邮件), its answers (同意公开 同意部分公开 不予/否决公开 其他类型), 行政复议数,
行政诉讼数 — with the unit column (条, 件, 元) and one column for the year or two (本年度 and 历年累计). Flattened,
a row reads `主动公开信息数 条 72804 76424`, or glued `主动公开文件数条294981916`, often with the next row's item
number on its end (`…819162、政府公报公开数条00`).

A row is read when its label is a known indicator. Two columns glued into one digit string are split where
the reading is unique: cells without a leading zero, the cumulative not below the year's value; else, when a
narrative fact of the same metric states one of the readings' year values, that reading. The rows of the
proactive total give only their cumulative column: the year column of a flattened copy is often not the
year's count the text states.
"""

from __future__ import annotations

import re
from functools import partial

from gongkai.tasks.document.facts import Fact
from gongkai.tasks.document.glued_rows import ORDINAL_AFTER
from gongkai.tasks.rules.metrics import registered_metric

HEADER_WORDS = ("计量单位", "指标名称", "统计表")
HEADER = re.compile("|".join(HEADER_WORDS))
TWO_COLUMNS = re.compile(r"累计")
# (label pattern, metric of the year's column, of the cumulative column; None: that column is not read)
INDICATORS: tuple[tuple[re.Pattern, str | None, str | None], ...] = tuple(
    (re.compile(p), m, c)
    for p, m, c in (
        (r"主动公开(?:政府)?(?:信息|文件)(?:总)?数$", None, "proactive_disclosed_cumulative"),
        (r"网站公开数?$", "website_disclosed_items", "website_disclosed_items_cumulative"),
        (r"政府公报公开数?$", "gazette_disclosed_items", "gazette_disclosed_items_cumulative"),
        (
            r"受理[^数]*申请(?:信息)?总数$|依申请公开信息总数$",
            "applications_received",
            "applications_received_cumulative",
        ),
        (r"当面申请数$", "applications_in_person", "applications_in_person_cumulative"),
        (r"信函[、,，]?传真申请数$", "applications_by_letter_or_fax", "applications_by_letter_or_fax_cumulative"),
        (r"传真申请数$", "applications_by_fax", "applications_by_fax_cumulative"),
        (r"电子邮件申请数$", "applications_by_email", "applications_by_email_cumulative"),
        (r"网上申请数$", "applications_online", "applications_online_cumulative"),
        (r"信函申请数$", "applications_by_letter", "applications_by_letter_cumulative"),
        (r"其他形式申请数$", "applications_other_channel", "applications_other_channel_cumulative"),
        (r"同意部分公开答复数$", "applications_partially_granted", "applications_partially_granted_cumulative"),
        (r"同意公开答复数$", "applications_granted", "applications_granted_cumulative"),
        (r"(?:否决|不予)公开答复总?数$", "applications_denied", "applications_denied_cumulative"),
        (r"其他类型答复数$", "applications_other_reply", "applications_other_reply_cumulative"),
        (r"答复总数$", "applications_processed", "applications_processed_cumulative"),  # all answered
        (r"依申请公开信息数$", "application_only_items", None),  # items classed as on request, not applications
        (r"不[予子]公开信息数$", "non_disclosable_items", None),
        (r"行政复议数$", "admin_reconsiderations", "admin_reconsiderations_cumulative"),
        (r"行政诉讼数$", "admin_lawsuits", "admin_lawsuits_cumulative"),
        (r"行政申诉数$", "admin_appeals", "admin_appeals_cumulative"),
        (r"申诉[、,，]?举报数$", "admin_complaints_reports", "admin_complaints_reports_cumulative"),
    )
)
for _, _year_metric, _cumulative in INDICATORS:
    for _name in filter(None, (_year_metric, _cumulative)):
        registered_metric(_name)

# A row: a label ending in 数 (or 公开: 网站公开, 政府公报公开), its unit, then its values (digits and spaces) up to the next label.
ROW = re.compile(
    r"(?P<label>[\u4e00-\u9fff、，,]{2,30}?(?:数|公开))[ \t]*(?P<unit>条|件|人次|次|个)[ \t]*(?P<run>\d(?:[ \t]*\d)*)"
)
MAX_CELL_DIGITS = 7


def _year_and_total(groups: list[str], stated_years: set[float]) -> list[tuple[int, int]]:
    """The (year, cumulative) readings of a row's digit groups: the cuts whose year value the narrative states
    (even where the copy's cumulative is below it: a blank cumulative written 0); else the cuts whose
    cumulative is not below the year."""
    if len(groups) == 2:
        return [(int(groups[0]), int(groups[1]))]
    digits = "".join(groups)
    readings = []
    for cut in range(1, len(digits)):
        a, b = digits[:cut], digits[cut:]
        if len(a) > MAX_CELL_DIGITS or len(b) > MAX_CELL_DIGITS:
            continue
        if (a != "0" and a[0] == "0") or (b != "0" and b[0] == "0"):
            continue
        readings.append((int(a), int(b)))
    return [r for r in readings if r[0] in stated_years] or [r for r in readings if r[1] >= r[0]]


def statistics_facts(text: str, narrative: list[Fact]) -> list[Fact]:
    # Most texts have no such table: three str.find scans cost less than half of one regex scan of the text.
    header = HEADER.search(text) if any(word in text for word in HEADER_WORDS) else None
    if header is None:
        return []
    first_row = ROW.search(text, header.start())
    if first_row is None:
        return []
    # 历年累计 in the header (between the table's title and its first row): two columns, year and cumulative.
    two_columns = bool(TWO_COLUMNS.search(text, header.start(), first_row.start("run")))
    stated: dict[str, set[float]] = {}
    for f in narrative:
        stated.setdefault(f.metric, set()).add(f.value)
    facts: list[Fact] = []
    for m in ROW.finditer(text, header.start()):
        label = re.sub(r"^[\d、.．\s]*(?:其中[:：]?)?[\d、.．\s]*", "", m.group("label"))
        indicator = next(
            ((metric, cumulative) for pattern, metric, cumulative in INDICATORS if pattern.search(label)), None
        )
        if indicator is None:
            continue
        metric, cumulative = indicator
        run_start, run_end = m.span("run")
        if ORDINAL_AFTER.match(text, run_end) and run_end - run_start > 1:
            run_end -= 1  # the next row's item number
        groups = text[run_start:run_end].split()
        unit = m.group("unit")
        quote_start, quote_end = m.start("label"), run_end
        row = partial(
            Fact,
            unit=unit,
            approx=False,
            source="table",
            quote=text[quote_start:quote_end],
            char_start=quote_start,
            char_end=quote_end,
            table="statistics",
        )
        if not two_columns and len(groups) == 1:
            if metric:
                facts.append(row(metric, float(groups[0])))
            continue
        readings = _year_and_total(groups, stated.get(metric or "proactive_disclosed_items", set()))
        if len(readings) != 1:
            years = {r[0] for r in readings}
            if metric and len(years) == 1:
                facts.append(row(metric, float(years.pop())))
            continue
        year, total = readings[0]
        if metric:
            facts.append(row(metric, float(year)))
        if total < year or cumulative is None:
            continue  # a cumulative below the year's count is not one (left blank, written 0)
        facts.append(row(cumulative, float(total)))
    return facts
