"""Narrative facts: the phrasings of domain guide §3, zero statements, and the traps that are never counts.

Every passage here is invented in the style of county and city disclosure reports. Every fact any test gets
back goes through `facts_of`, which checks that the quote is the exact span it claims to be and that a counted
fact's quote shows the number.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from gongkai.tasks.document.facts import MAX_GROUPS, MAX_NUMERAL, MENTION, UNITS, extract_facts
from gongkai.tasks.document.numerals import CN_NUMERAL_CHARS

NUMERAL = re.compile(r"[\d〇零一二两三四五六七八九十百千万亿]")
NEGATION = re.compile(r"未|没有|无|不")


def facts_of(text: str):
    """extract_facts, plus the invariants every fact of every passage must satisfy."""
    facts = extract_facts(text)
    for f in facts:
        assert text[f.char_start : f.char_end] == f.quote, f
        assert f.quote and f.quote == f.quote.strip(), f
        assert f.source == "narrative", f
        if f.value != 0 or re.search(r"\d", f.quote):
            assert NUMERAL.search(f.quote), f  # a counted fact shows its number
        else:
            assert NEGATION.search(f.quote), f  # a zero in words shows the negation
    assert [f.char_start for f in facts] == sorted(f.char_start for f in facts)
    return facts


def summary(facts):
    return [(f.metric, f.value, f.unit, f.approx) for f in facts]


# (passage, [(metric, value, unit, approx, number as written in the quote), ...])
PHRASINGS = [
    ("2020年，全年主动公开政府信息492条。", [("proactive_disclosed_items", 492, "条", False, "492")]),
    ("全年共主动公开政府信息1,234条，较上年有所增加。", [("proactive_disclosed_items", 1234, "条", False, "1,234")]),
    ("本年度新增主动公开政府信息318条。", [("proactive_disclosed_items", 318, "条", False, "318")]),
    ("截至2020年底，累计主动公开政府信息5120条。", [("proactive_disclosed_cumulative", 5120, "条", False, "5120")]),
    ("通过门户网站累计主动公开26.8万条。", [("proactive_disclosed_cumulative", 268000, "条", False, "26.8万")]),
    ("全年主动公开政府信息1.53万条。", [("proactive_disclosed_items", 15300, "条", False, "1.53万")]),
    (
        "本年度共受理政府信息公开申请36件，其中当面申请12件、网上申请20件、信函申请4件。",
        [
            ("applications_received", 36, "件", False, "36"),
            ("applications_in_person", 12, "件", False, "12"),
            ("applications_online", 20, "件", False, "20"),
            ("applications_by_letter", 4, "件", False, "4"),
        ],
    ),
    (
        "全年接到群众政府信息公开申请46件，其中当面申请6件，网上申请38件，信函申请2件。",
        [
            ("applications_received", 46, "件", False, "46"),
            ("applications_in_person", 6, "件", False, "6"),
            ("applications_online", 38, "件", False, "38"),
            ("applications_by_letter", 2, "件", False, "2"),
        ],
    ),
    ("本年度共收到政府信息公开申请十二件，均已按期答复。", [("applications_received", 12, "件", False, "十二")]),
    (
        "已答复58件，其中同意公开40件、部分公开8件、不予公开3件、信息不存在5件、非本机关掌握2件。",
        [
            ("applications_processed", 58, "件", False, "58"),
            ("applications_granted", 40, "件", False, "40"),
            ("applications_partially_granted", 8, "件", False, "8"),
            ("applications_denied", 3, "件", False, "3"),
            ("applications_info_not_exist", 5, "件", False, "5"),
            ("applications_not_held", 2, "件", False, "2"),
        ],
    ),
    (
        "本年度新收政府信息公开申请24件，上年结转2件，办结25件，结转下年度继续办理1件。",
        [
            ("applications_received", 24, "件", False, "24"),
            ("applications_carried_over", 2, "件", False, "2"),
            ("applications_processed", 25, "件", False, "25"),
            ("applications_carried_forward", 1, "件", False, "1"),
        ],
    ),
    ("上年度结转申请3件。", [("applications_carried_over", 3, "件", False, "3")]),
    (
        "本年度被申请行政复议2件，被提起行政诉讼1件。",
        [("admin_reconsiderations", 2, "件", False, "2"), ("admin_lawsuits", 1, "件", False, "1")],
    ),
    (
        "被申请行政复议1件，被提起行政诉讼0件。",
        [("admin_reconsiderations", 1, "件", False, "1"), ("admin_lawsuits", 0, "件", False, "0")],
    ),
    ("全年收取检索费、复制费共计120元。", [("fees_charged", 120, "元", False, "120")]),
    ("收取检索费、复制费、邮寄费共计86元。", [("fees_charged", 86, "元", False, "86")]),
    (
        "全年收取信息处理费0.15万元。",  # fees are reported in 元
        [("fees_charged", 1500, "元", False, "0.15万元")],
    ),
    (
        "局办公室配备专职工作人员2名、兼职工作人员5名。",
        [("disclosure_staff_fulltime", 2, "名", False, "2"), ("disclosure_staff_parttime", 5, "名", False, "5")],
    ),
    (
        "配备专职工作人员三名、兼职工作人员两名。",
        [("disclosure_staff_fulltime", 3, "名", False, "三"), ("disclosure_staff_parttime", 2, "名", False, "两")],
    ),
    ("局里配备了4名工作人员负责信息公开。", [("disclosure_staff", 4, "名", False, "4")]),
    ("安排三名工作人员负责政府信息公开日常工作。", [("disclosure_staff", 3, "名", False, "三")]),
    ("在乡镇和社区发放宣传资料3000余份。", [("publicity_materials_printed", 3000, "份", True, "3000余")]),
    ("印发政策明白纸1.2万份。", [("publicity_materials_printed", 12000, "份", False, "1.2万")]),
    (
        "印制政务公开宣传手册6万余份，在办事大厅免费发放。",
        [("publicity_materials_printed", 60000, "份", True, "6万余")],
    ),
    ("全年发放宣传资料约2000份。", [("publicity_materials_printed", 2000, "份", True, "约2000")]),
    ("举办培训两次。", [("training_sessions", 2, "次", False, "两")]),
    ("组织政务公开专题培训3次。", [("training_sessions", 3, "次", False, "3")]),
    ("全年主动公开政府信息近500条。", [("proactive_disclosed_items", 500, "条", True, "近500")]),
    ("主动公开政府信息超过800条。", [("proactive_disclosed_items", 800, "条", True, "超过800")]),
    ("全年主动公开政府信息300多条。", [("proactive_disclosed_items", 300, "条", True, "300多")]),
    ("全年主动公开政府信息500条左右。", [("proactive_disclosed_items", 500, "条", True, "500条左右")]),
    ("本年度制发规范性文件3件，均按规定向社会公开。", [("normative_documents_published", 3, "件", False, "3")]),
]


@pytest.mark.parametrize(("text", "expected"), PHRASINGS, ids=[p[0][:14] for p in PHRASINGS])
def test_phrasing_maps_to_metric(text, expected):
    facts = facts_of(text)
    assert summary(facts) == [(m, pytest.approx(v), u, a) for m, v, u, a, _ in expected]
    for fact, (*_, written) in zip(facts, expected):
        assert written in fact.quote, (fact.quote, written)


@pytest.mark.parametrize("text", ["本年度共答复政府信息公开申请36件。", "全年共办结政府信息公开申请36件。"])
def test_answered_applications_are_processed_not_received(text):
    assert summary(facts_of(text)) == [("applications_processed", 36, "件", False)]


# Zero statements in words: (passage, metrics that must be 0)
ZEROS = [
    ("本年度未收到政府信息公开申请。", {"applications_received"}),
    ("本年度无依申请公开事项。", {"applications_received"}),
    ("全年未发生政府信息公开行政复议、行政诉讼。", {"admin_reconsiderations", "admin_lawsuits"}),
    ("本年度未发生因政府信息公开引起的行政复议和行政诉讼案件。", {"admin_reconsiderations", "admin_lawsuits"}),
    ("本年度未发生政府信息公开行政复议案件。", {"admin_reconsiderations"}),
    ("本年度没有发生政府信息公开行政诉讼。", {"admin_lawsuits"}),
    ("本机关在信息公开工作中没有收取任何费用。", {"fees_charged"}),
    ("本机关没有任何收费项目。", {"fees_charged"}),
    ("2021年度未收取信息处理费。", {"fees_charged"}),
    ("依申请提供政府信息，不收取任何费用。", {"fees_charged"}),
    ("无上年结转申请。", {"applications_carried_over"}),
    ("无结转下年度继续办理的申请。", {"applications_carried_forward"}),
    ("本年度未制发规范性文件。", {"normative_documents_published"}),
    ("本年度未印发规范性文件。", {"normative_documents_published"}),
]


@pytest.mark.parametrize(("text", "metrics"), ZEROS, ids=[z[0][:14] for z in ZEROS])
def test_zero_statement_gives_zero(text, metrics):
    facts = facts_of(text)
    assert {f.metric for f in facts} == metrics
    for f in facts:
        assert f.value == 0 and f.approx is False
    assert {f.unit for f in facts if f.metric == "fees_charged"} <= {"元"}


def test_zero_reconsideration_and_lawsuit_come_from_one_statement():
    text = "全年未发生政府信息公开行政复议、行政诉讼。"
    facts = facts_of(text)
    assert sorted(f.metric for f in facts) == ["admin_lawsuits", "admin_reconsiderations"]
    assert len({(f.char_start, f.char_end) for f in facts}) == 1
    assert "行政复议" in facts[0].quote and "行政诉讼" in facts[0].quote


def test_complaints_are_not_applications():
    assert facts_of("本年度未收到有关政府信息公开的举报投诉。") == []


@pytest.mark.parametrize(
    "text",
    [
        "本年度未出现因政府信息公开行政复议被判定违法的情况。",
        "未发生政府信息公开行政诉讼被判败诉的情形。",
        "经审理，相关行政复议案件均未被纠错。",
    ],
)
def test_narrower_negation_is_not_a_zero_count(text):
    assert not [f for f in facts_of(text) if f.metric in ("admin_reconsiderations", "admin_lawsuits")]


def test_narrower_negation_after_a_count_keeps_the_count():
    text = "全年被申请政府信息公开行政复议1件，经复议维持原行政行为，未出现行政复议决定被判定违法的情形。"
    facts = facts_of(text)
    assert summary(facts) == [("admin_reconsiderations", 1, "件", False)]
    assert facts[0].quote == "全年被申请政府信息公开行政复议1件"


def test_outcome_breakdown_of_a_review_is_not_another_review_count():
    text = "被申请行政复议2件，其中维持1件、纠正1件。"
    assert summary(facts_of(text)) == [
        ("admin_reconsiderations", 2, "件", False),
        ("admin_outcome_maintained", 1, "件", False),
        ("admin_outcome_corrected", 1, "件", False),
    ]


# Things that are never counts, each written next to words a metric rule would otherwise accept.
NEVER_COUNTS = [
    "2019年6月，局政务公开领导小组召开会议，部署主动公开政府信息工作。",
    "9月2日，举办全局政府信息公开业务培训。",
    "2020年度主动公开政府信息情况。",
    "二〇二〇年主动公开政府信息情况。",
    "根据《关于做好政府信息公开工作的通知》（甘政办发〔2019〕97号）要求主动公开政府信息。",
    "按照兰政办发[2018]12号文件要求，认真办理政府信息公开申请。",
    "对政府信息公开申请有疑问的，可拨打咨询电话0931-8888888。",
    "群众可通过12345热线反映政府信息公开申请办理中的问题。",
    "依据条例第十九条、第二十条主动公开政府信息。",
    "主动公开条例第二十条第一项规定的信息。",
    "一是主动公开，二是依申请公开，三是加强监督保障。",
    "依据国办公开办函〔202130号要求编制本报告。",
    "报告按照2021926印发的新版格式编制。",
    # plan targets, not results
    "2021年，力争全年主动公开政府信息不少于200条。",
    "每季度至少开展一次培训。",
    "计划举办政务公开业务培训3次。",
    "确保政府信息公开申请按时答复率达到100%。",
    # words that merely contain numerals
    "统一公开平台，推行一网通办，委托第三方评估。",
    "主动公开的规范性文件由办公室统一部署。",
    "各科室信息公开工作人员统一名单报县政府办公室备案。",
    "推进政务服务“一网通办”，主动公开一网通办事项清单。",
    "委托第三方机构对主动公开政府信息工作开展评估。",
]


@pytest.mark.parametrize("text", NEVER_COUNTS, ids=[t[:14] for t in NEVER_COUNTS])
def test_never_a_count(text):
    assert facts_of(text) == []


def test_dropped_date_separators_followed_by_a_unit_are_not_a_count():
    assert facts_of("政府信息公开行政复议案件办理规程自2021926起施行。") == []


def test_word_yitiaolong_is_not_a_count():
    assert facts_of("在门户网站主动公开审批服务“一条龙”办理流程。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019年6月至12月，全年主动公开政府信息492条。", [("proactive_disclosed_items", 492, "条", False)]),
        ("2020年共受理政府信息公开申请15件。", [("applications_received", 15, "件", False)]),
        ("咨询电话0931-8888888，全年受理政府信息公开申请12件。", [("applications_received", 12, "件", False)]),
        (
            "一是主动公开政府信息二百三十条，二是受理政府信息公开申请十二件。",
            [("proactive_disclosed_items", 230, "条", False), ("applications_received", 12, "件", False)],
        ),
        (
            "依据国办公开办函〔202130号，本年度主动公开政府信息300条。",
            [("proactive_disclosed_items", 300, "条", False)],
        ),
        # a summary's result next to next year's target: only the result
        (
            "全年主动公开政府信息286条。2021年，力争主动公开政府信息不少于300条，每季度至少开展一次培训。",
            [("proactive_disclosed_items", 286, "条", False)],
        ),
    ],
)
def test_only_the_real_count_next_to_a_trap(text, expected):
    assert summary(facts_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "metric", "written"),
    [
        ("全年主动公开政府信息-12条。", "proactive_disclosed_items", "-12"),
        ("全年主动公开政府信息−12条。", "proactive_disclosed_items", "−12"),
        ("上年结转申请－2件。", "applications_carried_over", "－2"),
    ],
)
def test_negative_sign_is_kept(text, metric, written):
    facts = facts_of(text)
    assert [(f.metric, f.value) for f in facts] == [(metric, -abs(float(re.sub(r"\D", "", written))))]
    assert written in facts[0].quote


def test_breakdown_of_a_total_is_not_another_total():
    text = "全年主动公开政府信息492条，其中机构职能类36条、政策文件类118条、财政资金类12条。"
    assert summary(facts_of(text)) == [
        ("proactive_disclosed_items", 492, "条", False),
        ("institution_function_items", 36, "条", False),
        ("policy_normative_document_items", 118, "条", False),
        ("proactive_items_by_category", 12, "条", False),
    ]


NARRATIVE_REPORT = """\
陇西县农业农村局2020年政府信息公开工作年度报告
本报告依据《中华人民共和国政府信息公开条例》（国务院令第711号）编制，统计期限为2020年1月1日至2020年12月31日。如对本报告有疑问，请与局办公室联系（电话0932-6661234）。
一、总体情况
2020年，县农业农村局按照县政府办公室的统一部署，一是健全工作机制，二是推行“一网通办”，三是引入第三方评估，政务公开质量进一步提高。局办公室配备专职工作人员1名、兼职工作人员3名。全年组织政务公开业务培训两次，在各乡镇发放惠农政策宣传资料4000余份。
二、主动公开政府信息情况
全年主动公开政府信息386条，截至年底累计主动公开政府信息2150条。按照陇农发〔2020〕35号文件要求，本年度未制发规范性文件。
三、收到和处理政府信息公开申请情况
本年度共受理政府信息公开申请9件，其中当面申请2件、网上申请6件、信函申请1件。已答复9件，其中同意公开6件、部分公开1件、不予公开2件。无上年结转申请。
四、政府信息公开行政复议、行政诉讼情况
本年度被申请行政复议1件，经复议维持原答复，未出现被判定违法的情况；未发生政府信息公开行政诉讼。
五、政府信息公开的收费及减免情况
本年度没有收取任何费用。
六、存在的主要问题及改进情况
2021年，力争主动公开政府信息不少于400条，每季度至少开展一次业务培训。
"""

NARRATIVE_EXPECTED = {
    ("disclosure_staff_fulltime", 1.0, "名", False),
    ("disclosure_staff_parttime", 3.0, "名", False),
    ("training_sessions", 2.0, "次", False),
    ("publicity_materials_printed", 4000.0, "份", True),
    ("proactive_disclosed_items", 386.0, "条", False),
    ("proactive_disclosed_cumulative", 2150.0, "条", False),
    ("normative_documents_published", 0.0, "件", False),
    ("applications_received", 9.0, "件", False),
    ("applications_in_person", 2.0, "件", False),
    ("applications_online", 6.0, "件", False),
    ("applications_by_letter", 1.0, "件", False),
    ("applications_processed", 9.0, "件", False),
    ("applications_granted", 6.0, "件", False),
    ("applications_partially_granted", 1.0, "件", False),
    ("applications_denied", 2.0, "件", False),
    ("applications_carried_over", 0.0, "件", False),
    ("admin_reconsiderations", 1.0, "件", False),
    ("admin_lawsuits", 0.0, "件", False),
    ("fees_charged", 0.0, "元", False),
}


def test_whole_narrative_report():
    facts = facts_of(NARRATIVE_REPORT)
    assert set(summary(facts)) == NARRATIVE_EXPECTED
    assert len(facts) == len(NARRATIVE_EXPECTED)  # nothing doubled, nothing extra


def test_whole_report_quotes_show_the_number_as_written():
    facts = {f.metric: f for f in facts_of(NARRATIVE_REPORT)}
    assert facts["proactive_disclosed_items"].quote == "全年主动公开政府信息386条"
    assert facts["proactive_disclosed_cumulative"].quote == "截至年底累计主动公开政府信息2150条"
    assert "4000余份" in facts["publicity_materials_printed"].quote
    assert "两次" in facts["training_sessions"].quote
    assert facts["admin_reconsiderations"].quote == "本年度被申请行政复议1件"
    assert "未发生政府信息公开行政诉讼" in facts["admin_lawsuits"].quote
    assert "没有收取任何费用" in facts["fees_charged"].quote


def test_whole_report_has_no_trap_values():
    values = {f.value for f in facts_of(NARRATIVE_REPORT)}
    for trap in (711, 2019, 2020, 2021, 12, 31, 932, 6661234, 35, 400, 200):
        assert trap not in values, trap


def test_offsets_are_into_the_given_text_not_the_sentence():
    prefix = "一、概述\n本局高度重视政务公开工作。\n"
    sentence = "全年主动公开政府信息492条。"
    (fact,) = facts_of(prefix + sentence)
    assert fact.char_start == len(prefix)
    assert fact.char_end == len(prefix) + len("全年主动公开政府信息492条")


def test_empty_text_has_no_facts():
    assert facts_of("") == []


# Speed devices of the extractor must find exactly what the plain patterns they stand for find.
MENTION_ALPHABET = "0123456789,.- 一二两三十百千零万亿余多左右第号年" + "".join(UNITS) + "申请公开，。"


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=MENTION_ALPHABET, max_size=30) | st.text(alphabet="1234,.一二件", max_size=60))
@example("0 万个")  # a space before 万 (3.6 万条)
def test_mention_pattern_finds_what_the_plain_pattern_finds(text):
    # The plain pattern with the same bounds on a numeral's length (MAX_NUMERAL, MAX_GROUPS).
    bounded = rf"\d{{1,{MAX_NUMERAL + 1}}}(?:,\d{{3}}){{0,{MAX_GROUPS}}}(?:\.\d{{1,{MAX_NUMERAL}}})?"
    plain = re.compile(
        rf"(?P<num>{bounded}|[{CN_NUMERAL_CHARS}]{{1,{MAX_NUMERAL + 1}}})(?:[ \t]?(?P<mult>万|亿))?(?P<approx_after>余|多)?[ \t]?"
        rf"(?P<unit>{'|'.join(map(re.escape, UNITS))})(?P<approx_tail>左右)?"
    )
    assert [(m.span(), m.groupdict()) for m in MENTION.finditer(text)] == [
        (m.span(), m.groupdict()) for m in plain.finditer(text)
    ]
