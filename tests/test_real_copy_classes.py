"""One fixture per class of real copies that the reader used to get wrong (issue 18), in invented wording and
numbers: narrative phrasings, table carriers, and counts that must not become a metric they are not."""

from gongkai.tasks.document.facts import extract_facts
from gongkai.tasks.document.report_tables import parse_tables, table_facts
from gongkai.tasks.document.statistics_table import statistics_facts


def facts_of(text: str) -> list[tuple[str, float]]:
    return [(f.metric, f.value) for f in extract_facts(text)]


# ---- narrative -----------------------------------------------------------------------------------------------
def test_a_space_between_the_number_and_its_measure_word():
    text = "2024年，本局共受理政府信息公开申请 23 件，全年主动公开政府信息 418 条。"
    assert facts_of(text) == [("applications_received", 23), ("proactive_disclosed_items", 418)]


def test_applications_that_include_last_years_are_not_the_years_new_ones():
    text = "全年共收到政府信息公开申请31件（含上年结转4件），均已按期答复。"
    assert sorted(facts_of(text)) == [("applications_carried_over", 4), ("applications_with_carried_over", 31)]


def test_information_published_on_a_topic_is_not_the_proactive_total_when_the_total_is_stated():
    text = (
        "2023年全县共主动公开政府信息2316条。二是做好专项规划公开，在专栏中本年度公开信息65条。"
        "三是做好解读，共公开发布信息40条。"
    )
    assert facts_of(text) == [
        ("proactive_disclosed_items", 2316),
        ("topic_items_published", 65),  # a part: information published on a topic
        ("topic_items_published", 40),
    ]


def test_information_published_is_the_total_when_nothing_else_states_one():
    assert facts_of("本年度在政府信息公开专栏公开信息173条。") == [("proactive_disclosed_items", 173)]
    assert facts_of("本年度在政务公开栏公开12条信息。") == [("proactive_disclosed_items", 12)]  # the count first


def test_categories_new_media_and_outreach_have_their_own_metrics():
    text = (
        "全年主动公开政府信息905条，其中机构职能类信息44条，规划计划类信息17条，行政许可类信息230条，"
        "科技教育类信息9条。政务微信公众号发布信息312条，官方微博发布信息57条。"
        "全年召开8场新闻发布会，发布政策解读信息26篇，开展在线访谈3场，政府信息公开专栏访问量达15230人次。"
    )
    assert facts_of(text) == [
        ("proactive_disclosed_items", 905),
        ("institution_function_items", 44),
        ("planning_items", 17),
        ("admin_licensing_items", 230),
        ("proactive_items_by_category", 9),
        ("wechat_posts", 312),
        ("weibo_posts", 57),
        ("press_conferences", 8),
        ("policy_interpretations", 26),
        ("online_interviews", 3),
        ("disclosure_column_visits", 15230),
    ]


def test_not_facts_of_disclosure_work():
    text = (
        "依申请公开目录中依申请公开信息38条。全年行政事业性收费216万元。网上审批办件3420件。部门预算公开金额1530万元。"
    )
    assert ("applications_received", 38) not in facts_of(text)
    assert not [f for f in facts_of(text) if f[0] in ("fees_charged", "applications_received")]


def test_outcomes_listed_after_semicolons_keep_the_on_request_context():
    text = (
        "（二）依申请公开情况。本年度共收到政府信息公开申请48件，其中予以公开21件；不予公开7件；"
        "无法提供15件；不予处理2件；其他处理3件。"
    )
    assert {
        ("applications_denied", 7),
        ("applications_unable_to_provide", 15),
        ("applications_not_processed", 2),
        ("applications_other_handling", 3),
    } <= set(facts_of(text))


def test_a_channel_named_with_others_is_not_that_channel_alone():
    text = "2022年本局通过门户网站、微信等多种渠道主动公开政府信息1520条。"
    assert facts_of(text) == [("proactive_disclosed_items", 1520)]


def test_applications_handled_on_request_are_processed():
    assert facts_of("2023年，本县共处理依申请公开政府信息37件。") == [("applications_processed", 37)]


def test_one_verb_publishing_a_list_covers_its_normative_documents():
    text = "以县人民政府名义发布政府规章2部、行政规范性文件11件，均按规定备案。"
    assert ("normative_documents_published", 11) in facts_of(text)
    assert ("normative_documents_published", 6) not in facts_of("清理政府规章4部、行政规范性文件6件。")


def test_colleagues_doing_the_disclosure_work_are_its_staff():
    text = "办公室设在局综合股，由3名同志具体负责信息公开日常工作。"
    assert facts_of(text) == [("disclosure_staff", 3)]


def test_the_one_portal_count_of_a_report_without_a_total_is_its_total():
    text = "2021年，我镇通过县人民政府门户网站发布各类信息312条，点击量达2万余次。"
    assert ("proactive_disclosed_items", 312) in facts_of(text)
    two_portals = "通过市人民政府网站发布信息40条，通过县人民政府网站发布信息95条。"
    assert "proactive_disclosed_items" not in {m for m, _ in facts_of(two_portals)}
    with_total = "全年主动公开政府信息820条。通过县人民政府网站发布信息95条。"
    assert facts_of(with_total) == [("proactive_disclosed_items", 820), ("items_published_on_county_portal", 95)]


# ---- tables ----------------------------------------------------------------------------------------------------
def test_a_count_in_wan_with_a_space_before_wan():
    assert facts_of("本年度共主动公开政府信息3.6 万条。") == [("proactive_disclosed_items", 36000)]


def test_a_label_and_its_value_on_one_line_are_a_row_and_its_cell():
    text = (
        "信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 3\n行政规范性文件 4 2 31\n"
        "信息内容 本年处理决定数量\n行政许可 86\n行政处罚 15\n"
    )
    parsed = parse_tables(text, "format_2021")
    assert parsed.value("table2_2021", "normative_documents", "in_force") == 31
    assert parsed.value("table2_2021", "licensing", "decisions") == 86
    assert parsed.value("table2_2021", "punishment", "decisions") == 15


def test_a_trailing_empty_cell_shifts_no_value():
    text = (
        "本年制发件数\n| | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |  |\n"
        "| 一、本年新收政府信息公开申请数量 | 9 | 2 | 0 | 1 | 0 | 0 | 12 |  |\n"
    )
    parsed = parse_tables(text, "format_2021")
    assert parsed.value("table3", "new_received", "natural_person") == 9
    assert parsed.value("table3", "new_received", "social_welfare") == 1
    assert parsed.value("table3", "new_received", "total") == 12


def test_a_page_number_between_two_pages_of_a_table_is_no_cell():
    cells = ["一、本年新收政府信息公开申请数量", "7", "2", "— 3 —", "0", "0", "0", "1", "10"]
    cells += ["第4页 共9页", "二、上年结转政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1"]
    text = "本年制发件数\n申请人情况\n自然人\n" + "\n".join(cells) + "\n"
    parsed = parse_tables(text, "format_2021")
    row = [parsed.value("table3", "new_received", c) for c in ("natural_person", "commercial", "research", "total")]
    assert row == [7, 2, 0, 10]
    assert parsed.value("table3", "carried_over", "total") == 1


def test_table4_is_read_when_table3_was_cut_short():
    text = (
        "本年制发件数 本年废止件数 现行有效件数\n"
        "一、本年新收政府信息公开申请数量 6 0 0 0 0 0 6\n"
        "四、政府信息公开行政复议、行政诉讼情况\n行政复议\n行政诉讼\n"
        "结果维持 结果纠正 其他结果 尚未审结 总计\n"
        "2 1 0 0 3 0 0 0 1 1 0 0 0 0 0\n"
    )
    parsed = parse_tables(text, "format_2021")
    assert parsed.value("table4", "review", "total") == 3
    assert parsed.value("table4", "litigation_direct", "pending") == 1
    assert ("admin_reconsiderations", 3) in [(f.metric, f.value) for f in table_facts(parsed, text)]


def test_table3_reason_rows_and_groups_are_facts():
    text = (
        "本年制发件数\n| 一、本年新收政府信息公开申请数量 | 6 | 0 | 0 | 0 | 0 | 1 | 7 |\n"
        "三、本年度办理结果\n（四）无法提供\n"
        "| 1.本机关不掌握相关政府信息 | 5 | 0 | 0 | 0 | 0 | 1 | 6 |\n"
        "| 2.没有现成信息需要另行制作 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
        "| 3.补正后申请内容仍不明确 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    )
    facts = {(f.metric, f.value) for f in table_facts(parse_tables(text, "format_2021"), text)}
    assert {("applications_unable_not_held", 6), ("applications_unable_need_creation", 1)} <= facts
    assert ("applications_unable_to_provide", 7) in facts


def test_a_group_summed_from_its_rows_is_derived_a_row_stated_is_not():
    text = (
        "本年制发件数\n| 一、本年新收政府信息公开申请数量 | 6 | 0 | 0 | 0 | 0 | 1 | 7 |\n"
        "三、本年度办理结果\n（四）无法提供\n"
        "| 1.本机关不掌握相关政府信息 | 5 | 0 | 0 | 0 | 0 | 1 | 6 |\n"
        "| 2.没有现成信息需要另行制作 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
        "| 3.补正后申请内容仍不明确 | 0 | 0 | 0 | 0 | 0 | 0 | |\n"
    )
    derived = {f.metric: f.derived for f in table_facts(parse_tables(text, "format_2021"), text)}
    assert derived["applications_received"] is False
    assert derived["applications_unable_not_held"] is False
    assert derived["applications_unable_to_provide"] is True  # 无法提供 has no row of its own: the sum of three
    assert derived["applications_unable_unclear"] is True  # its blank 总计, summed


def test_statistics_table_year_stated_by_the_narrative_even_with_a_blank_cumulative():
    text = "政府信息公开情况统计表 指标名称 单位 2016年 历年累计 主动公开文件数条530 1.网站公开数条530 2.政府公报公开数条00"
    narrative = [f for f in extract_facts("我局2016年主动公开政府信息53条。")]
    facts = {(f.metric, f.value) for f in statistics_facts(text, narrative)}
    assert ("proactive_disclosed_cumulative", 30) not in facts  # not 5 | 30
    assert not [f for f in facts if f[0] == "proactive_disclosed_cumulative"]  # 53 | 0: no cumulative stated


def test_statistics_rows_labelled_without_shu():
    text = "政府信息公开情况统计表 指标名称 计量单位 数量 1．网站公开 条 12 2．政府公报公开 条 0 对申请的答复总数 条 3"
    facts = {(f.metric, f.value) for f in statistics_facts(text, [])}
    assert {("website_disclosed_items", 12), ("gazette_disclosed_items", 0), ("applications_processed", 3)} <= facts


def test_outcome_groups_other_parts_and_work_counts_in_prose():
    text = (
        "本年度受理的申请中，予以公开40件，无法提供9件，不予处理2件，其他处理5件。"
        "全年主动公开政府信息1220条，其中重大建设项目信息86条，财政预算、决算信息4条，其他信息73条。"
        "2021年制作、获取政府信息总数2610条，共清理出5条政府公开信息，开展意见征集6次，刊出政务公开栏10期。"
    )
    assert facts_of(text) == [
        ("applications_granted", 40),
        ("applications_unable_to_provide", 9),
        ("applications_not_processed", 2),
        ("applications_other_handling", 5),
        ("proactive_disclosed_items", 1220),
        ("major_project_items", 86),
        ("budget_final_account_items", 4),
        ("other_proactive_items", 73),
        ("info_produced_total", 2610),
        ("disclosable_info_cleaned_up", 5),
        ("opinion_solicitations", 6),
        ("bulletin_board_issues", 10),
    ]


def test_a_total_over_several_channels_or_every_kind_is_the_total():
    text = "全年通过区政府门户网站和“某区发布”微信公众号主动公开政府信息640条。"
    assert facts_of(text) == [("proactive_disclosed_items", 640)]
    assert facts_of("全年主动公开各类信息88条。") == [("proactive_disclosed_items", 88)]


def test_outreach_counts_follow_their_noun_and_table2_of_2019_is_read_cell_by_cell():
    assert facts_of("通过新闻发布会、在线访谈等形式回应群众关切45次。") == [("public_opinion_responses", 45)]
    assert facts_of("本年度全镇共收到12件申请，均按政府信息公开条例答复。") == [("applications_received", 12)]
    text = (
        "本年新制作数量 本年新公开数量 对外公开总数量\n| 规章 | 2 | 2 | 9 |\n| 规范性文件 | 6 | 5 | 140 |\n"
        "| 行政处罚 | 30 | -4 | 26 |\n"
    )
    facts = {(f.metric, f.value) for f in table_facts(parse_tables(text, "format_2019"), text)}
    assert {("regulations_new_made", 2), ("normative_documents_published", 5)} <= facts
    assert {("normative_documents_total_published", 140), ("punishment_change", -4), ("penalty_decisions", 26)} <= facts


def test_one_column_for_every_organisation_is_read_as_that_column_and_adds_up(tmp_path):
    from conftest import annual_report
    from test_warehouse import build, read

    rows = [
        ("一、本年新收政府信息公开申请数量", 6, 3),
        ("二、上年结转政府信息公开申请数量", 1, 0),
        ("（一）予以公开", 4, 2),
        ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 0),
        ("（七）总计", 5, 2),
        ("四、结转下年度继续办理", 2, 1),
    ]
    table = "本年制发件数 本年废止件数 现行有效件数\n| | 自然人 | 法人或其他组织 | 总计 |\n"
    table += "".join(f"| {label} | {person} | {org} | {person + org} |\n" for label, person, org in rows)
    datasets, _ = build(tmp_path, {"a.txt": annual_report("某县统计局", 2022, "全年主动公开政府信息31条。\n" + table)})
    cells = read(datasets, "table_cells").set_index(["row_key", "col_key"])["value"]
    assert cells[("new_received", "natural_person")] == 6
    assert cells[("new_received", "legal_person_or_org")] == 3
    assert cells[("new_received", "total")] == 9
    assert "commercial" not in set(read(datasets, "table_cells")["col_key"])
    assert read(datasets, "quarantine").query("dataset == 'table_cells'").empty  # the identities hold
    facts = read(datasets, "facts").set_index("metric")["value"]
    assert facts["applications_received"] == 9 and facts["applications_processed"] == 7
