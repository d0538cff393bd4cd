"""Segment: heading levels, the section tree and its offsets, numerals, canonical section labels."""

from __future__ import annotations

import pytest

from gongkai.tasks.document.segment import canonical_section, chinese_numeral_value, find_headings, section_at, segment

REPORT = """宁安县人力资源和社会保障局2021年政府信息公开工作年度报告
本报告依据《中华人民共和国政府信息公开条例》编制，数据统计期限为2021年1月1日至2021年12月31日。
一、总体情况
2021年，我局扎实推进政务公开工作，全年主动公开政府信息210条。
（一）主动公开
1.规范性文件。本年度制发规范性文件3件。
2、政策解读。发布解读材料5篇，其中图解2篇。
(二)依申请公开
一是健全受理机制；二是规范答复文书。
二是加强业务培训。
二、收到和处理政府信息公开申请情况
| 一、本年新收政府信息公开申请数量 | 12 | 0 | 12 |
一、本年新收政府信息公开申请数量 12
二、上年结转政府信息公开申请数量 1
三、存在的主要问题及改进情况
　　主要是部分信息更新不够及时。
　　（一）加强培训
其一，组织业务培训两次。
四、其他需要报告的事项
本年度未收取信息处理费。"""


@pytest.fixture(scope="module")
def sections():
    return segment("doc42", REPORT)


def by_heading(sections, heading):
    [found] = [s for s in sections if s.heading == heading]
    return found


def test_headings_and_levels(sections):
    assert [(s.level, s.ordinal, s.heading) for s in sections] == [
        (1, 1, "一、总体情况"),
        (2, 1, "（一）主动公开"),
        (3, 1, "1.规范性文件"),
        (3, 2, "2、政策解读"),
        (2, 2, "(二)依申请公开"),
        (3, 1, "一是健全受理机制"),
        (3, 2, "二是加强业务培训"),
        (1, 2, "二、收到和处理政府信息公开申请情况"),
        (1, 3, "三、存在的主要问题及改进情况"),
        (2, 1, "（一）加强培训"),
        (3, 1, "其一，组织业务培训两次"),
        (1, 4, "四、其他需要报告的事项"),
    ]


def test_table_row_restarting_the_numbering_is_not_a_heading(sections):
    headings = [s.heading for s in sections]
    assert not any(h.startswith("一、本年新收") for h in headings)
    assert not any(h.startswith("二、上年结转") for h in headings)
    assert sum(1 for s in sections if s.level == 1) == 4
    # the rows stay inside section 二
    second = by_heading(sections, "二、收到和处理政府信息公开申请情况")
    inside = REPORT[second.char_start : second.char_end]
    assert "一、本年新收政府信息公开申请数量 12" in inside
    assert "二、上年结转政府信息公开申请数量 1" in inside


def test_section_ids_are_unique_and_parents_are_right(sections):
    ids = [s.section_id for s in sections]
    assert len(ids) == len(set(ids))
    assert ids == [
        "doc42/1",
        "doc42/1.1",
        "doc42/1.1.1",
        "doc42/1.1.2",
        "doc42/1.2",
        "doc42/1.2.1",
        "doc42/1.2.2",
        "doc42/2",
        "doc42/3",
        "doc42/3.1",
        "doc42/3.1.1",
        "doc42/4",
    ]
    by_id = {s.section_id: s for s in sections}
    for s in sections:
        if s.level == 1:
            assert s.parent_id is None
        else:
            parent = by_id[s.parent_id]
            assert parent.level < s.level
    assert by_heading(sections, "2、政策解读").parent_id == by_heading(sections, "（一）主动公开").section_id
    assert by_heading(sections, "二是加强业务培训").parent_id == by_heading(sections, "(二)依申请公开").section_id
    assert by_heading(sections, "（一）加强培训").parent_id == "doc42/3"


def test_offsets_index_the_text(sections):
    for s in sections:
        assert REPORT[s.char_start :].startswith(s.heading), s
        assert 0 <= s.char_start < s.char_end <= len(REPORT)
        # the end is trimmed: no trailing whitespace inside the section
        assert not REPORT[s.char_start : s.char_end][-1].isspace()


def test_indented_heading_offset_skips_the_indentation(sections):
    s = by_heading(sections, "（一）加强培训")
    assert REPORT[s.char_start] == "（"
    assert REPORT[s.char_start - 1] == "　"


def test_children_lie_inside_parents_and_siblings_do_not_overlap(sections):
    by_id = {s.section_id: s for s in sections}
    for s in sections:
        if s.parent_id:
            parent = by_id[s.parent_id]
            assert parent.char_start < s.char_start and s.char_end <= parent.char_end
    for a, b in zip(sections, sections[1:]):
        if a.level == b.level and a.parent_id == b.parent_id:
            assert a.char_end <= b.char_start


def test_section_text_runs_to_the_next_heading_of_the_same_or_higher_level(sections):
    first = by_heading(sections, "一、总体情况")
    assert REPORT[first.char_start : first.char_end].endswith("二是加强业务培训。")
    last = by_heading(sections, "四、其他需要报告的事项")
    assert last.char_end == len(REPORT)
    assert REPORT[last.char_start : last.char_end] == "四、其他需要报告的事项\n本年度未收取信息处理费。"


def test_preamble_belongs_to_no_section(sections):
    assert section_at(sections, 0) is None
    assert section_at(sections, REPORT.index("本报告依据")) is None


def test_section_at_returns_the_innermost(sections):
    offset = REPORT.index("发布解读材料")
    assert section_at(sections, offset).heading == "2、政策解读"
    offset = REPORT.index("主要是部分信息")
    assert section_at(sections, offset).heading == "三、存在的主要问题及改进情况"


@pytest.mark.parametrize(
    "line, level, ordinal",
    [
        ("一、总体情况", 1, 1),
        ("第一部分 总体情况", 1, 1),
        ("（一）主动公开情况", 2, 1),
        ("(一)主动公开情况", 2, 1),
        ("（十二）其他", 2, 12),
        ("1.规范性文件", 3, 1),
        ("1．规范性文件", 3, 1),
        ("1、规范性文件", 3, 1),
        ("12、行政许可", 3, 12),
        ("一是完善制度", 3, 1),
        ("三是加强培训", 3, 3),
        ("其二，加强培训", 3, 2),
    ],
)
def test_single_heading_level(line, level, ordinal):
    if level > 1:
        text = "一、总体情况\n" + line
        found = find_headings(text)[1]
    else:
        found = find_headings(line)[0]
    assert found[1:3] == (level, ordinal)


@pytest.mark.parametrize(
    "line",
    [
        "2021年全年主动公开政府信息210条。",
        "1.5万条信息已全部归档。",
        "| 1. | 规章 | 0 |",
        "统一规范公开目录。",
        "一网通办平台上线运行。",
    ],
)
def test_not_headings(line):
    assert find_headings("一、总体情况\n" + line)[1:] == []


def test_level1_must_start_at_one_and_continue():
    text = "三、存在的问题\n问题较多。\n一、总体情况\n情况良好。\n三、存在的问题\n无。\n二、主动公开\n公开210条。"
    assert [(lvl, n) for _, lvl, n, _ in find_headings(text)] == [(1, 1), (1, 2)]


def test_heading_text_stops_at_sentence_punctuation_and_is_capped():
    [(_, _, _, heading)] = find_headings("一、总体情况：2021年我局主动公开政府信息210条。")
    assert heading == "一、总体情况"
    [(_, _, _, heading)] = find_headings("一、" + "很长的标题" * 20)
    assert len(heading) == 40


def test_bare_row_of_table_numbers_is_not_a_heading():
    text = "一、政府信息公开行政复议、行政诉讼情况\n3 0 0 0 3 1 0 0 0 1 0 0 0 0 0\n"
    assert [lvl for _, lvl, _, _ in find_headings(text)] == [1]


def test_empty_text_has_no_sections():
    assert segment("d", "") == []
    assert segment("d", "只有标题没有正文") == []


@pytest.mark.parametrize(
    "numeral, value",
    [
        ("一", 1),
        ("二", 2),
        ("九", 9),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("二十三", 23),
        ("三十五", 35),
    ],
)
def test_chinese_numeral_value(numeral, value):
    assert chinese_numeral_value(numeral) == value


@pytest.mark.parametrize(
    "heading, label",
    [
        ("主动公开政府信息情况", "proactive"),
        ("二、主动公开政府信息情况", "proactive"),
        ("存在的主要问题及改进情况", "problems"),
        ("政府信息公开工作存在的主要问题及改进情况", "problems"),
        ("存在的主要问题及改进措施", "problems"),
        ("其他需要报告的事项", "other_matters"),
        ("六、其他需要报告的事项", "other_matters"),
        ("政府信息公开的收费及减免情况", "fees"),
        ("下一步工作计划", "plans"),
        ("2022年工作打算", "plans"),
        ("因政府信息公开申请行政复议、提起行政诉讼的情况", "review_litigation"),
        ("政府信息公开行政复议、行政诉讼情况", "review_litigation"),
        ("收到和处理政府信息公开申请情况", "on_request"),
        ("依申请公开政府信息情况", "on_request"),
        ("总体情况", "overview"),
        ("概述", "overview"),
        ("政府信息公开工作机构和人员情况", "staffing"),
        ("关于本报告的说明", None),
    ],
)
def test_canonical_section(heading, label):
    assert canonical_section(heading) == label
