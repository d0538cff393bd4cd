"""Glued rows of the standard tables and the pre-2019 statistics table (synthetic rows in the reports' style)."""

from gongkai.tasks.document.glued_rows import glued_pieces, split_glued
from gongkai.tasks.document.report_tables import parse_tables, table_facts
from gongkai.tasks.document.statistics_table import statistics_facts


def test_a_glued_table3_row_splits_where_the_row_adds_up():
    assert split_glued(["901000091"], 1, 7, summed=True).readings == [("90", "1", "0", "0", "0", "0", "91")]


def test_spaces_decide_between_readings_that_add_up():
    # 3 0 0 0 0 0 3 and 30 … both need the spaces; the stray space keeps the only reading it allows
    assert split_glued(["30", "0", "00", "0", "131"], 1, 7, summed=True).readings == [
        ("30", "0", "0", "0", "0", "1", "31")
    ]


def test_an_ambiguous_row_has_several_readings():
    assert len(split_glued(["180010120"], 1, 7, summed=True).readings) == 2  # 1 8 0 0 10 1 20 or 18 0 0 1 0 1 20


def test_table4_as_one_run_of_digits():
    assert split_glued(["20204130001300000"], 3, 5, summed=True).readings == [
        ("2", "0", "2", "0", "4", "13", "0", "0", "0", "13", "0", "0", "0", "0", "0")
    ]


def test_the_next_rows_item_number_stays_with_its_label():
    pieces = [p[0] for p in glued_pieces("1.属于国家秘密00000002.其他法律行政法规禁止公开0000000", 0)]
    assert pieces == ["1.属于国家秘密", "0000000", "2.其他法律行政法规禁止公开", "0000000"]


def test_a_flattened_table3_is_read_by_its_identities():
    text = (
        "申请人情况自然人法人或其他组织总计"
        "商业企业科研机构社会公益组织法律服务机构其他一、本年新收政府信息公开申请数量901000091"
        "二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开4000004"
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）0000000（七）总计4000004"
        "四、结转下年度继续办理 0 0 00 00 0 3.其他逾期不补正0000000"
    )
    parsed = parse_tables(text, "format_2021")
    assert parsed.value("table3", "new_received", "total") == 91
    assert parsed.value("table3", "new_received", "commercial") == 1
    assert parsed.value("table3", "carried_forward", "total") == 0
    facts = {f.metric: f.value for f in table_facts(parsed, text)}
    assert facts["applications_received"] == 91 and facts["applications_granted"] == 4


def test_statistics_table_year_and_cumulative():
    text = (
        "政府信息公开情况统计表 指标名称 计量单位 本年度 历年累计 主动公开信息数 条 512 6033 "
        "1、同意公开答复数条2 3 行政复议数件00"
    )
    facts = {(f.metric, f.value) for f in statistics_facts(text, [])}
    assert ("proactive_disclosed_cumulative", 6033) in facts
    assert ("applications_granted", 2) in facts and ("applications_granted_cumulative", 3) in facts
    assert ("admin_reconsiderations", 0) in facts
    assert not any(metric == "proactive_disclosed_items" for metric, _ in facts)  # the year column is not read
