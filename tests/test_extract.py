"""Document-level fields: agency, region and level, report year, doc type, format era, own 文号 and citations.

All texts are invented in the style of real reports; places are real, agencies and numbers made up.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gongkai.tasks.document.fields import (
    AGENCY_NAME,
    ORG_SUFFIX,
    PLACE,
    classify,
    extract_fields,
    find_agency,
    find_citations,
    find_doc_number,
    find_report_year,
    format_era,
    infer_agency,
    normalize_date,
)
from gongkai.tasks.document.regions import resolve_region, trim_to_place
from gongkai.tasks.document.report_tables import detect_era

# ---------------------------------------------------------------- agency


@pytest.mark.parametrize(
    ("title", "agency"),
    [
        ("兰州市民政局关于2020年政府信息公开工作年度报告", "兰州市民政局"),
        ("兰州市民政局2020年政府信息公开工作年度报告", "兰州市民政局"),
        ("榆中县农业农村局关于2020年政务公开工作情况的报告", "榆中县农业农村局"),
        # a bureau's own office reports for the bureau
        ("兰州市民政局办公室关于2020年政务公开工作情况的报告", "兰州市民政局"),
        ("甘肃省民政厅办公室关于2020年政务公开工作情况的报告", "甘肃省民政厅"),
        # a government's office is an agency in its own right
        ("松阳县人民政府办公室关于2020年政务公开工作要点落实情况的报告", "松阳县人民政府办公室"),
        ("安吉县天荒坪镇人民政府2021年政府信息公开工作年度报告", "安吉县天荒坪镇人民政府"),
    ],
)
def test_agency_from_title(title, agency):
    assert find_agency(title, {}, title + "\n我局认真贯彻落实条例。") == agency


def test_title_beats_metadata_and_body():
    title = "兰州市民政局2020年政府信息公开工作年度报告"
    body = "2020年，在兰州市人民政府领导下，我局认真贯彻落实条例。"
    assert find_agency(title, {"publisher": "市政府办"}, body) == "兰州市民政局"


@pytest.mark.parametrize(
    ("metadata", "body", "agency"),
    [
        # abbreviated publisher: the place comes from the body, even when another agency is named first
        ({"publisher": "市民政局"}, "按照白银市人民政府办公室要求，白银市民政局认真贯彻落实条例。", "白银市民政局"),
        (
            {"source": "县农业农村局"},
            "2020年，在县委、县政府的正确领导下，陇西县农业农村局认真贯彻落实条例。",
            "陇西县农业农村局",
        ),
        ({"publisher": "区民政局"}, "按照区政府要求，北京市朝阳区民政局认真贯彻落实条例。", "北京市朝阳区民政局"),
        # abbreviation defined in the body
        (
            {"publisher": "市卫健委"},
            "2020年，白银市卫生健康委员会（以下简称市卫健委）认真贯彻落实条例。",
            "白银市卫生健康委员会",
        ),
        # a full publisher name is taken as it is
        ({"publisher": "兰州市民政局"}, "我局全年主动公开政府信息80条。", "兰州市民政局"),
    ],
)
def test_agency_from_metadata_publisher(metadata, body, agency):
    assert find_agency(None, metadata, body) == agency


def test_abbreviated_publisher_is_not_replaced_by_another_body_agency():
    body = "2020年，在白银市人民政府的统一领导下，白银市卫生健康委员会（以下简称市卫健委）认真贯彻落实条例。"
    assert find_agency(None, {"publisher": "市卫健委"}, body) == "白银市卫生健康委员会"


def test_abbreviated_publisher_without_a_full_name_anywhere_is_not_invented():
    assert find_agency(None, {"publisher": "市民政局"}, "我局全年主动公开政府信息80条。") is None


@pytest.mark.parametrize(
    ("body", "agency"),
    [
        ("2020年，榆中县农业农村局认真贯彻落实《中华人民共和国政府信息公开条例》。", "榆中县农业农村局"),
        (
            "根据《兰州市人民政府办公室关于印发2020年政务公开工作要点的通知》要求，榆中县农业农村局认真抓好落实。",
            "榆中县农业农村局",
        ),
    ],
)
def test_agency_from_body_self_reference(body, agency):
    assert find_agency(None, {}, body) == agency


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (None, "《兰州市民政局政府信息公开指南》已于年初修订。我局全年主动公开政府信息80条。"),
        (None, "2020年，我局认真贯彻落实《榆中县人民政府办公室关于印发2020年政务公开工作要点的通知》要求。"),
        (
            "关于贯彻落实《兰州市政务公开工作规定》情况的报告",
            "今年以来，我局认真贯彻《兰州市人民政府办公室关于进一步加强政务公开工作的通知》，现将有关情况报告如下。",
        ),
        (None, "我局2020年度政务公开工作情况如下。"),
    ],
)
def test_names_inside_book_title_marks_are_never_the_agency(title, body):
    assert find_agency(title, {}, body) is None


DIRECTIVE_WITH_DOMAIN = (
    "根据《福州市晋安区人民政府办公室关于印发2020年政务公开工作要点的通知》要求，结合城市管理工作实际，"
    "我局认真抓好落实，现将工作情况报告如下：\n一、主动公开\n我局全年主动公开政府信息120条。"
)
DIRECTIVE_ONLY = (
    "根据《福州市晋安区人民政府办公室关于印发2020年政务公开工作要点的通知》要求，"
    "我局认真抓好落实，现将工作情况报告如下：\n一、主动公开\n我局全年主动公开政府信息120条。"
)
ONLY_WO_JU = "2020年，我局认真贯彻落实条例，扎实推进政务公开，现将工作情况报告如下：\n一、主动公开\n我局全年主动公开政府信息120条。"


def test_inferred_agency_from_directive_and_field_of_work():
    assert infer_agency(DIRECTIVE_WITH_DOMAIN) == ("福州市晋安区", "福州市晋安区城市管理局")
    fields = extract_fields(DIRECTIVE_WITH_DOMAIN, {})
    assert fields.agency == "福州市晋安区城市管理局"
    assert fields.agency_inferred is True
    assert (fields.region, fields.admin_level) == ("福建省福州市晋安区", "county")


def test_directive_without_field_of_work_gives_place_but_no_agency():
    assert infer_agency(DIRECTIVE_ONLY) == ("福州市晋安区", None)
    fields = extract_fields(DIRECTIVE_ONLY, {})
    assert fields.agency is None and fields.agency_inferred is False
    assert (fields.region, fields.admin_level) == ("福建省福州市晋安区", "county")


def test_text_that_only_says_wo_ju_has_no_agency():
    assert infer_agency(ONLY_WO_JU) == (None, None)
    fields = extract_fields(ONLY_WO_JU, {})
    assert fields.agency is None
    assert fields.agency_inferred is False
    assert (fields.region, fields.admin_level) == (None, None)


def test_stated_agency_is_not_marked_inferred():
    text = "榆中县农业农村局2020年政府信息公开工作年度报告\n结合农业农村工作实际，我局全年主动公开政府信息96条。"
    fields = extract_fields(text, {})
    assert fields.agency == "榆中县农业农村局"
    assert fields.agency_inferred is False


# ---------------------------------------------------------------- region and level


@pytest.mark.parametrize(
    ("agency", "region", "level"),
    [
        ("榆中县农业农村局", "甘肃省兰州市榆中县", "county"),
        ("福州市晋安区城市管理局", "福建省福州市晋安区", "county"),
        ("兰州市民政局", "甘肃省兰州市", "city"),
        ("白银市卫生健康委员会", "甘肃省白银市", "city"),
        ("甘肃省民政厅", "甘肃省", "province"),
        ("重庆市民政局", "重庆市", "province"),  # a 直辖市 is province level
        ("天津市河西区教育局", "天津市河西区", "county"),  # a district of a 直辖市
        ("安吉县天荒坪镇人民政府", "浙江省湖州市安吉县天荒坪镇", "township"),
        ("酒泉市肃州区东洞镇人民政府", "甘肃省酒泉市肃州区东洞镇", "township"),
        ("民政部", None, "central"),
        ("国务院办公厅", None, "central"),
        (None, None, None),
        ("", None, None),
    ],
)
def test_resolve_region(agency, region, level):
    assert resolve_region(agency) == (region, level)


@pytest.mark.parametrize(
    ("name", "trimmed"),
    [
        ("2017年随州市民政局", "随州市民政局"),
        ("和兰州市民政局", "兰州市民政局"),
        ("兰州市民政局", "兰州市民政局"),
        ("我局", None),
    ],
)
def test_trim_to_place(name, trimmed):
    assert trim_to_place(name) == trimmed


@pytest.mark.parametrize(
    ("title", "agency", "region", "level"),
    [
        ("榆中县农业农村局2020年政府信息公开工作年度报告", "榆中县农业农村局", "甘肃省兰州市榆中县", "county"),
        ("兰州市民政局2020年政府信息公开工作年度报告", "兰州市民政局", "甘肃省兰州市", "city"),
        ("重庆市民政局2020年政府信息公开工作年度报告", "重庆市民政局", "重庆市", "province"),
        (
            "安吉县天荒坪镇人民政府2020年政府信息公开工作年度报告",
            "安吉县天荒坪镇人民政府",
            "浙江省湖州市安吉县天荒坪镇",
            "township",
        ),
    ],
)
def test_extract_fields_identity(title, agency, region, level):
    fields = extract_fields(title + "\n本报告依据条例编制。\n一、概述\n全年主动公开政府信息96条。", {})
    assert fields.title == title
    assert (fields.agency, fields.region, fields.admin_level) == (agency, region, level)
    assert fields.report_year == 2020 and fields.year_source == "title"
    assert fields.doc_type == "annual_report"


# ---------------------------------------------------------------- report year


def test_title_year_wins():
    text = "2019年以来，我局认真贯彻条例。现将2019年度政府信息公开工作情况报告如下：\n一、总体情况"
    assert find_report_year("兰州市民政局2020年政府信息公开工作年度报告", text, "annual_report", "2023-05-01") == (
        2020,
        "title",
    )


def test_year_of_a_cited_title_inside_the_title_is_ignored():
    title = "兰州市民政局关于贯彻落实《甘肃省政务公开规定（2018年修订）》情况的报告"
    text = "2020年以来，我局认真贯彻落实规定。\n一、主要做法"
    assert find_report_year(title, text, "work_summary", None) == (2020, "opening_phrase")


def test_statistics_sentence_year():
    text = "本报告依据条例编制。现将2019年度政府信息公开工作情况报告如下：\n一、总体情况"
    assert find_report_year(None, text, "annual_report", "2021-03-01") == (2019, "statistics_sentence")


def test_statistics_sentence_beats_opening_phrase():
    text = "2020年，受机构改革影响，本局年度报告延期发布。\n现将2019年度政府信息公开工作情况报告如下：\n一、总体情况"
    assert find_report_year(None, text, "annual_report", "2020-06-01") == (2019, "statistics_sentence")


def test_cited_document_number_year_is_not_the_statistics_year():
    text = "根据《甘肃省政务公开工作要点》（甘政办发〔2021〕3号）要求，现将有关情况报告如下：\n一、主要做法"
    assert find_report_year(None, text, "work_summary", None) == (None, None)


def test_statistics_year_inside_the_intro_clause_beats_a_date_of_writing():
    text = "按照市政府办公室2020年1月8日通知要求，现将本局2019年度政府信息公开工作情况报告如下：\n一、总体情况"
    assert find_report_year(None, text, "annual_report", "2020-03-01") == (2019, "statistics_sentence")


@pytest.mark.parametrize(
    "opening",
    ["2020年以来，我局认真贯彻落实条例。", "2020年，我局认真贯彻落实条例。", "2020年度，我局认真贯彻落实条例。"],
)
def test_opening_phrase_year(opening):
    assert find_report_year(None, opening + "\n一、主要做法", "work_summary", None) == (2020, "opening_phrase")


def test_publish_date_minus_one_only_for_annual_reports():
    text = "我局认真贯彻落实条例。\n一、主要做法"
    assert find_report_year(None, text, "annual_report", "2021-03-01") == (2020, "publish_date")
    for doc_type in ("work_summary", "work_plan", "implementation_report", "other"):
        assert find_report_year(None, text, doc_type, "2021-03-01") == (None, None)
    assert find_report_year(None, text, "annual_report", None) == (None, None)


SUMMARY_WITH_PLAN = """\
2020年以来，陇西县农业农村局认真贯彻落实《中华人民共和国政府信息公开条例》，现将工作情况报告如下：
一、主要做法
全年主动公开政府信息186条，组织业务培训两次。
二、存在的问题
公开内容不够全面，解读形式较为单一。
三、2021年工作打算
2021年，我局将进一步加强政策解读，力争主动公开政府信息不少于200条。
"""


def test_next_year_plan_does_not_change_the_year():
    fields = extract_fields(SUMMARY_WITH_PLAN, {"publish_date": "2021-01-15"})
    assert fields.doc_type == "work_summary"
    assert fields.report_year == 2020
    assert fields.agency == "陇西县农业农村局"
    assert fields.format_era is None  # only annual reports have an era


def test_titled_summary_with_plan_keeps_title_year():
    text = "陇西县农业农村局2020年政务公开工作总结\n" + SUMMARY_WITH_PLAN.replace("2020年以来", "今年以来")
    fields = extract_fields(text, {})
    assert (fields.report_year, fields.year_source) == (2020, "title")


def test_publish_date_before_report_year_is_flagged():
    fields = extract_fields("兰州市民政局2020年政府信息公开工作年度报告\n正文。", {"publish_date": "2019-12-30"})
    assert fields.report_year == 2020
    assert "publish_date_before_report_year" in fields.flags


def test_publish_date_is_normalised():
    fields = extract_fields("兰州市民政局2020年政府信息公开工作年度报告\n正文。", {"publish_date": "2021年1月8日"})
    assert fields.publish_date == "2021-01-08"
    assert fields.flags == []


# ---------------------------------------------------------------- doc number


@pytest.mark.parametrize(
    ("stated", "expected"),
    [
        ("兰民发〔2021〕15号", "兰民发〔2021〕15号"),
        ("兰民发[2021]15号", "兰民发〔2021〕15号"),
        ("兰民发【2021】15", "兰民发〔2021〕15号"),
        ("兰民发（2021）15号", "兰民发〔2021〕15号"),
    ],
)
def test_doc_number_from_metadata(stated, expected):
    assert find_doc_number({"doc_number": stated}, "标题\n正文") == expected


def test_doc_number_from_a_standalone_line_near_the_top():
    text = "兰州市民政局关于印发2021年政务公开工作要点的通知\n\n兰民发〔2021〕15号\n\n各科室："
    assert find_doc_number({}, text) == "兰民发〔2021〕15号"


@pytest.mark.parametrize(
    "text",
    [
        "兰州市民政局关于印发2021年政务公开工作要点的通知\n"
        "根据《兰州市人民政府办公室关于印发2021年政务公开工作要点的通知》（兰政办发〔2021〕8号）要求，制定本要点。",
        "兰州市民政局2021年政务公开工作要点\n根据兰政办发〔2021〕8号文件要求，制定本要点。",
        "兰州市民政局2021年政务公开工作要点\n（兰政办发〔2021〕8号）\n各科室：",
        "\n".join(f"第{i}段正文内容。" for i in range(20)) + "\n兰民发〔2021〕15号",  # not in the head
    ],
)
def test_cited_number_is_never_the_documents_own(text):
    assert find_doc_number({}, text) is None


@pytest.mark.parametrize(
    ("metadata", "text", "expected"),
    [
        ({"doc_number": "和政办发〔2020〕5号"}, "标题\n正文", "和政办发〔2020〕5号"),  # 和政县
        (
            {},
            "和政县人民政府办公室关于印发2020年政务公开工作要点的通知\n和政办发〔2020〕5号\n各乡镇：",
            "和政办发〔2020〕5号",
        ),
        ({"doc_number": "即政发〔2021〕3号"}, "标题\n正文", "即政发〔2021〕3号"),  # 青岛市即墨区
    ],
)
def test_own_number_keeps_an_issuer_code_that_starts_like_a_lead_in_word(metadata, text, expected):
    assert find_doc_number(metadata, text) == expected


def test_metadata_doc_number_beats_a_line_in_the_text():
    text = "标题\n兰民发〔2021〕15号\n正文"
    assert find_doc_number({"doc_number": "兰民办〔2021〕3号"}, text) == "兰民办〔2021〕3号"


# ---------------------------------------------------------------- citations

CITING_TEXT = (
    "兰民发〔2021〕15号\n"
    "根据《兰州市人民政府办公室关于印发2021年政务公开工作要点的通知》（兰政办发[2021]8号）"
    "和国办公开办函〔2021〕30号、甘政公开【2021】4号要求，依照《中华人民共和国政府信息公开条例》，"
    "参照川办发（2020）12号，制定本要点。"
)


def test_citations_normalise_brackets_and_exclude_own_number():
    cites = find_citations(CITING_TEXT, own_number="兰民发〔2021〕15号")
    assert [c.cited_number for c in cites] == [
        "兰政办发〔2021〕8号",
        "国办公开办函〔2021〕30号",
        "甘政公开〔2021〕4号",
        None,
        "川办发〔2020〕12号",
    ]
    assert [c.cited_title for c in cites] == [
        "兰州市人民政府办公室关于印发2021年政务公开工作要点的通知",
        None,
        None,
        "中华人民共和国政府信息公开条例",
        None,
    ]
    for c in cites:
        assert CITING_TEXT[c.char_start : c.char_end] == c.quote
        if c.cited_number_raw:
            assert c.cited_number_raw in c.quote
    assert cites[0].cited_number_raw == "兰政办发[2021]8号"
    assert cites[2].cited_number_raw == "甘政公开【2021】4号"
    assert cites[0].quote.startswith("《") and cites[0].quote.endswith("）")


def test_own_number_is_cited_when_not_excluded():
    numbers = [c.cited_number for c in find_citations(CITING_TEXT)]
    assert numbers[0] == "兰民发〔2021〕15号"


def test_own_number_written_with_other_brackets_is_still_excluded():
    text = "兰民发[2021]15号\n按照兰政办发〔2021〕8号要求。"
    own = find_doc_number({}, text)
    assert own == "兰民发〔2021〕15号"
    assert [c.cited_number for c in find_citations(text, own)] == ["兰政办发〔2021〕8号"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("依据条例和国办公开办函〔2021〕30号规定的格式编制。", "国办公开办函〔2021〕30号"),
        ("根据甘政办发〔2019〕97号文件要求。", "甘政办发〔2019〕97号"),
        ("按照兰政办发(2020)12号执行。", "兰政办发〔2020〕12号"),
        ("报告格式见国办公开办函〔2019〕60号。", "国办公开办函〔2019〕60号"),
        ("根据甘政办发〔2019〕97文件要求。", "甘政办发〔2019〕97号"),  # 号 dropped in the text
    ],
)
def test_citation_lead_in_words_are_stripped(text, number):
    (cite,) = find_citations(text)
    assert cite.cited_number == number


def test_citation_raw_form_has_no_lead_in_word():
    text = "依据条例和国办公开办函〔2021〕30号规定的格式编制。"
    (cite,) = find_citations(text)
    assert cite.cited_number_raw == "国办公开办函〔2021〕30号"
    assert text[cite.char_start : cite.char_end] == "国办公开办函〔2021〕30号"


def test_no_citations_in_plain_text():
    assert find_citations("全年主动公开政府信息286条。") == []


# ---------------------------------------------------------------- doc type


@pytest.mark.parametrize(
    ("title", "doc_type"),
    [
        ("兰州市民政局2020年政府信息公开工作年度报告", "annual_report"),
        ("兰州市民政局关于2020年政府信息公开工作年度报告", "annual_report"),
        ("兰州市民政局2020年政府信息公开工作年报", "annual_report"),
        ("兰州市民政局2020年政务公开工作总结", "work_summary"),
        ("兰州市民政局关于2020年政务公开工作情况的报告", "work_summary"),
        ("兰州市民政局2020年政务公开工作自查报告", "work_summary"),
        ("兰州市民政局2021年政务公开工作要点", "work_plan"),
        ("兰州市民政局2021年政务公开工作实施方案", "work_plan"),
        ("兰州市人民政府办公室关于印发2021年兰州市政务公开工作要点的通知", "work_plan"),
        ("兰州市民政局关于印发2021年政务公开工作任务分工的通知", "work_plan"),
        ("兰州市民政局关于2020年政务公开工作要点落实情况的报告", "implementation_report"),
        ("兰州市民政局关于2020年政务公开工作要点完成情况的报告", "implementation_report"),
        # look-alikes that are out of scope
        ("兰州市民政局2020年法治政府建设年度报告", "other"),
        ("2021年兰州市政府工作报告", "other"),
        ("兰州市民政局2021年部门预算", "other"),
        ("兰州市民政局2020年度部门决算", "other"),
        ("兰州大学2020年信息公开工作年度报告", "other"),
        ("兰州市第一人民医院2020年信息公开工作年度报告", "other"),
        ("某某科技有限公司2020年企业年度报告", "other"),
        ("兰州市民政局关于印发《安全生产管理办法》的通知", "other"),
    ],
)
def test_classify_titles(title, doc_type):
    assert classify(title, title + "\n正文。") == doc_type


@pytest.mark.parametrize(
    ("opening", "doc_type"),
    [
        (
            "本报告由兰州市民政局根据条例编制。现将2020年度政府信息公开工作年度报告公布如下：\n一、总体情况",
            "annual_report",
        ),
        ("一、总体情况\n全年主动公开政府信息96条。\n二、主动公开政府信息情况\n详见下表。", "annual_report"),
        ("2020年以来，我局认真贯彻条例，现将工作情况报告如下：\n一、主要做法", "work_summary"),
        ("2020年以来，我局认真贯彻条例，现将工作总结如下：\n一、主要做法", "work_summary"),
        ("为进一步做好2021年政务公开工作，现将2021年政务公开工作要点公布如下：\n一、加强政策解读", "work_plan"),
        (
            "2020年，我局扎实推进政务公开，现将2020年政务公开工作要点落实情况报告如下：\n一、主要做法",
            "implementation_report",
        ),
        ("现将2020年法治政府建设情况报告如下：\n一、主要做法", "other"),
    ],
)
def test_classify_openings_without_title(opening, doc_type):
    assert classify(None, opening) == doc_type


def test_reject_title_in_first_line_of_untitled_text():
    assert classify(None, "2020年法治政府建设年度报告\n一、主要做法\n现将工作情况报告如下：") == "other"


# ---------------------------------------------------------------- format era

TABLE_2021 = "二、主动公开政府信息情况\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |"
TABLE_2019 = "二、主动公开政府信息情况\n| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |"
SIX_SECTIONS = (
    "一、总体情况\n正文。\n二、主动公开政府信息情况\n正文。\n三、收到和处理政府信息公开申请情况\n正文。\n"
    "四、政府信息公开行政复议、行政诉讼情况\n正文。"
)


@pytest.mark.parametrize(
    ("text", "year", "era"),
    [
        (TABLE_2021, 2021, "format_2021"),
        (TABLE_2021, 2020, "format_2021"),  # the table itself decides, not the year
        (TABLE_2019, 2019, "format_2019"),
        ("本报告按照国办公开办函〔2021〕30号规定的格式编制。", 2022, "format_2021"),
        ("本报告按照国办公开办函〔2019〕60号要求编制。", 2020, "format_2019"),
        (SIX_SECTIONS, 2020, "format_2019"),
        (SIX_SECTIONS, 2021, "format_2021"),
        ("一、概述\n正文。\n二、主动公开政府信息情况\n正文。\n三、依申请公开政府信息情况\n正文。", 2012, "narrative"),
    ],
)
def test_format_era(text, year, era):
    assert format_era("annual_report", text, year, detect_era(text)) == era


@pytest.mark.parametrize("doc_type", ["work_summary", "work_plan", "implementation_report", "other"])
def test_format_era_only_for_annual_reports(doc_type):
    assert format_era(doc_type, TABLE_2021, 2021, detect_era(TABLE_2021)) is None


def test_extract_fields_format_2021_report():
    text = (
        "天水市麦积区教育局2021年政府信息公开工作年度报告\n"
        "本报告依据国办公开办函〔2021〕30号规定的格式编制。\n" + SIX_SECTIONS
    )
    fields = extract_fields(
        text, {"publisher": "区教育局", "publish_date": "2022-01-20", "index_no": "GS-0503/2022-00012"}
    )
    assert fields.doc_type == "annual_report"
    assert fields.agency == "天水市麦积区教育局"
    assert (fields.region, fields.admin_level) == ("甘肃省天水市麦积区", "county")
    assert fields.report_year == 2021
    assert fields.format_era == "format_2021"
    assert fields.index_no == "GS-0503/2022-00012"
    assert fields.doc_number is None  # a cited format number is not the report's own


def test_extract_fields_narrative_report_year_from_publish_date():
    text = (
        "本报告依据条例编制。\n一、概述\n榆中县农业农村局全年主动公开政府信息96条。\n二、主动公开政府信息情况\n正文。"
    )
    fields = extract_fields(text, {"publish_date": "2013-03-28", "title": "榆中县农业农村局政府信息公开工作年度报告"})
    assert fields.title == "榆中县农业农村局政府信息公开工作年度报告"
    assert fields.doc_type == "annual_report"
    assert (fields.report_year, fields.year_source) == (2012, "publish_date")
    assert fields.format_era == "narrative"


def test_a_title_year_that_contradicts_the_statistics_period_is_flagged():
    text = (
        "某县审计局2021年政府信息公开工作年度报告\n"
        "本报告所列数据统计期限为2020年1月1日至2020年12月31日。\n一、总体情况\n正文。"
    )
    fields = extract_fields(text, {})
    assert fields.report_year == 2021 and fields.year_source == "title"
    assert fields.flags == ["year_conflict: title says 2021, the statistics period 2020"]


@pytest.mark.parametrize(
    "written, expected",
    [
        ("2021年3月5日", "2021-03-05"),
        ("2021/3/5", "2021-03-05"),
        ("发布日期：2020-12-31", "2020-12-31"),
        ("2020-02-31", None),
        ("2021-13-01", None),
        ("2019年2月29日", None),
        ("2020年2月29日", "2020-02-29"),
    ],
)
def test_publish_dates_are_real_calendar_dates(written, expected):
    assert normalize_date(written) == expected


# Every character either pattern can branch on: suffix starts and the rest of each suffix, some other Chinese
# characters, and characters that end a name.
AGENCY_ALPHABET = "省自治区市州盟地县旗新镇乡街道人民政府办公厅室委员会管理局署中心院所站队事处" + "兰溪的和a1 ，。《》"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=AGENCY_ALPHABET, max_size=40))
def test_agency_name_pattern_finds_what_the_plain_pattern_finds(text):
    plain = re.compile(rf"{PLACE}+?[\u4e00-\u9fff]{{0,12}}?{ORG_SUFFIX}")
    assert [m.span() for m in AGENCY_NAME.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert bool(AGENCY_NAME.fullmatch(text)) == bool(plain.fullmatch(text))


# ---------------------------------------------------------------- proto17: classes seen on real pages
# All wording invented in the style of real pages.


@pytest.mark.parametrize(
    ("title", "doc_type"),
    [
        # department reports titled the other way round
        ("定西市林业局2019年政府信息公开年度工作报告", "annual_report"),
        ("定西市林业局2019年度政府信息公开工作报告", "annual_report"),
        # notices about the report, not reports
        ("某某办公室关于印发《政府信息公开工作年度报告格式》的通知", "other"),
        ("某某办公室关于政府信息公开工作年度报告有关事项的通知", "other"),
        ("甘肃省某某厅政府信息公开年度报告制度(试行)", "other"),
        # ordinary documents of a bureau: genre word or no disclosure topic
        ("定西市林业局关于2021年第二季度政务公开检查情况的通报", "other"),
        ("定西市林业局2021年工作总结暨2022年工作思路", "other"),
        ("全市2022年植树造林工作计划", "other"),
        ("定西市林业局关于《某项目推进情况》的反馈函", "other"),
        # implementation report filed as a letter
        ("定西市林业局关于2020年政府信息公开工作要点落实情况的函", "implementation_report"),
    ],
)
def test_classify_title_classes(title, doc_type):
    assert classify(title, title + "\n正文。") == doc_type


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        # covering notice without its title: typed by the issued plan
        (
            "各县区人民政府：\n《定西市2021年政务公开工作要点》已经市政府同意，现印发给你们，请认真贯彻落实。\n定西市人民政府办公室",
            "work_plan",
        ),
        # a plan title run into the body
        ("临洮县2020年政务公开工作要点实施方案为深入贯彻落实上级部署，结合我县实际，制定本方案。", "work_plan"),
        # annual report without a title, the body opens with the compiling sentence
        (
            "根据《中华人民共和国政府信息公开条例》要求，现公布临洮县人民政府2020年政府信息公开工作年度报告。本报告由总体情况等部分组成。",
            "annual_report",
        ),
    ],
)
def test_classify_without_title(text, doc_type):
    assert classify(None, text) == doc_type


def test_title_after_header_and_breadcrumb_lines():
    text = (
        "返回首页\n您现在所在的位置: 网站首页 > 年度报告\n临洮县某某镇人民政府2021年政府信息公开工作年度报告\n"
        "本报告依据条例编制。"
    )
    fields = extract_fields(text, {})
    assert fields.title == "临洮县某某镇人民政府2021年政府信息公开工作年度报告"
    assert fields.doc_type == "annual_report" and fields.report_year == 2021


@pytest.mark.parametrize(
    ("title", "metadata", "body", "agency"),
    [
        # issuers the division tree does not know
        ("某某综合实验区公安局2022年政府信息公开工作年度报告", {}, "本报告依据条例编制。", "某某综合实验区公安局"),
        (
            "某某综合实验区2022年政府信息公开工作年度报告",
            {"publisher": "某某综合实验区管委会办公室"},
            "本报告依据条例编制。",
            "某某综合实验区管委会办公室",
        ),
        # site names in the crawler header are not issuers
        (
            None,
            {"publisher": "某省网上办事大厅"},
            "现公布临洮县农业农村局2021年政府信息公开工作年度报告。",
            "临洮县农业农村局",
        ),
        # a directive's issuer named in the first sentence is not the issuer
        (
            "某县2019年政务公开工作要点实施方案",
            {},
            "为贯彻落实甘肃省人民政府办公厅关于印发要点的通知，制定本方案。",
            None,
        ),
        # the 落款 of a notice, a short form completed from the place the document states
        (
            "关于某某承租户延期退房的说明",
            {"publisher": "某某综合实验区交通建设局"},
            "经我中心核实，同意延期。某某综合实验区住房保障专栏。 区城乡建设中心 2022年1月13日",
            "某某综合实验区城乡建设中心",
        ),
    ],
)
def test_agency_classes(title, metadata, body, agency):
    text = (title + "\n" if title else "") + body
    doc_type = classify(title, text)
    assert find_agency(title, metadata, text, doc_type) == agency


def test_sentence_fragments_are_not_agencies():
    text = "2021年，全县各单位现已完成全部公开任务，尤其对涉及本部门的事项逐一公开。"
    assert find_agency(None, {}, text, "work_summary") is None


@pytest.mark.parametrize(
    ("metadata", "text", "number"),
    [
        ({}, "定林发〔2021〕12号 定西市林业局关于印发2021年政务公开工作要点的通知 各科室：", "定林发〔2021〕12号"),
        ({"doc_number": "定林办函〔2022〕号"}, "正文。", "定林办函〔2022〕号"),
    ],
)
def test_doc_number_classes(metadata, text, number):
    assert find_doc_number(metadata, text) == number


def test_publish_date_from_spaced_key_and_date_line():
    assert (
        extract_fields("某局关于印发要点的通知\n生成日期 2021-04-29 15:00:31 是否有效\n正文。", {}).publish_date
        == "2021-04-29"
    )
    assert (
        extract_fields("2021年某局政务公开工作总结\n2021年12月22日\n2021年，我局推进政务公开工作。", {}).publish_date
        == "2021-12-22"
    )


def test_ordinary_documents_get_no_report_year():
    fields = extract_fields("某某片区管理局2022年度工作计划\n一、推进项目建设。", {})
    assert fields.doc_type == "other" and fields.report_year is None


@pytest.mark.parametrize(
    "signature, expected",
    [
        ("青禾县交通运输局\n二〇二二年三月十五日", "2022-03-15"),
        ("青禾县交通运输局\n二○二二年十二月一日", "2022-12-01"),
        ("青禾县交通运输局\n二O二一年一月二十日", "2021-01-20"),  # a Latin O for zero
        ("青禾县交通运输局\n2O22年3月5日", "2022-03-05"),
        ("青禾县交通运输局\n2022年3月15日", "2022-03-15"),
    ],
)
def test_the_signature_date_is_the_publish_date_when_nothing_else_dates_the_document(signature, expected):
    text = "青禾县交通运输局2022年政务公开工作要点\n一、工作目标\n全面推进政务公开标准化规范化。\n" + signature + "\n"
    assert extract_fields(text, {}).publish_date == expected
    assert extract_fields(text, {"publish_date": "2022-04-01"}).publish_date == "2022-04-01"  # the page's date wins


def test_an_agency_completed_from_a_short_form_is_flagged_and_one_stated_in_full_is_not():
    short = "青禾县2021年政府信息公开工作年度报告\n本报告由县公安局编制。\n一、总体情况\n全年主动公开政府信息12条。\n"
    full = "青禾县公安局2021年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息12条。\n"
    completed = extract_fields(short, {})
    assert completed.agency == "青禾县公安局" and "agency_completed" in completed.flags
    stated = extract_fields(full, {})
    assert stated.agency == "青禾县公安局" and "agency_completed" not in stated.flags
