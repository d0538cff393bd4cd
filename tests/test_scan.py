"""Finding where a pattern can begin with str.find gives what the regex engine's own scan gives."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from gongkai.tasks.document.facts import METRIC_RULES, NEGATION_STARTS, ZERO_STATEMENTS, statement_starts
from gongkai.tasks.document.fields import NUMBER_CORE, OPEN_BRACKETS
from gongkai.tasks.document.normalize import ANNOTATION_OPENS, ANNOTATION_RUN
from gongkai.tasks.document.scan import last_characters, matches_at, positions, required_text


def texts_of(*fragments: str):
    """Texts strung together from `fragments`: the patterns' pieces meet far more often than in random text."""
    return st.lists(st.sampled_from(fragments), max_size=16).map("".join)


NUMBER_TEXTS = texts_of(*OPEN_BRACKETS, "〕", "]", "】", ")", "）", "2019", "20", "19", "21", "5", "号", " ", "文")
ZERO_TEXTS = texts_of(
    *NEGATION_STARTS,
    "没有",
    "尚无",
    "均无",
    "不存在",
    "未经",
    "不予",
    "均已",
    "尚未",
    "收到",
    "依申请公开",
    "信息公开申请",
    "上年度结转",
    "结转下年度",
    "收取",
    "不收取",
    "费用",
    "任何费用",
    "收费",
    "制发",
    "规范性文件",
    "行政复议",
    "行政诉讼",
    "发生",
    "被",
    "，",
    "。",
    "的",
)
PINYIN_TEXTS = texts_of(*ANNOTATION_OPENS, ")", "）", "wù", "zheng", "ü", "务", "正", " ")


@settings(max_examples=1000, deadline=None)
@given(ZERO_TEXTS, st.sets(st.sampled_from(NEGATION_STARTS + "有，"), min_size=1, max_size=3).map("".join))
def test_positions_are_where_the_class_matches(text, chars):
    assert positions(text, chars) == [m.start() for m in re.finditer(f"[{re.escape(chars)}]", text)]


@settings(max_examples=2000, deadline=None)
@given(NUMBER_TEXTS)
def test_number_cores_at_the_brackets_are_the_scanned_ones(text):
    assert [m.span() for m in matches_at(NUMBER_CORE, text, positions(text, OPEN_BRACKETS))] == [
        m.span() for m in NUMBER_CORE.finditer(text)
    ]


@settings(max_examples=2000, deadline=None)
@given(ZERO_TEXTS)
def test_zero_statements_at_the_negations_are_the_scanned_ones(text):
    for _, _, _, pattern in ZERO_STATEMENTS:
        assert (
            [m.span() for m in matches_at(pattern, text, positions(text, NEGATION_STARTS))]
            == [m.span() for m in matches_at(pattern, text, statement_starts(text))]
            == [m.span() for m in pattern.finditer(text)]
        )


@settings(max_examples=1000, deadline=None)
@given(PINYIN_TEXTS)
def test_an_annotation_at_a_bracket_is_one_the_scan_finds(text):
    assert any(ANNOTATION_RUN.match(text, at) for at in positions(text, ANNOTATION_OPENS)) == bool(
        ANNOTATION_RUN.search(text)
    )


RULE_TEXTS = texts_of(
    "主动公开", "政府", "信息", "类", "其中", "其他", "预决算", "决算", "网站", "规范性文件", "发布", "申请", "答复",
    "公开", "数", "行政复议", "部分", "不予", "予以", "动态", "工作", "机构职能", "专职", "人员", "，", "、", "累计",
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(RULE_TEXTS)
def test_a_clause_a_rule_matches_ends_with_and_contains_what_the_rule_says(text):
    """The shortcuts in front of every rule's `before` pattern (its possible last characters, a text it must
    contain) never turn away a clause the pattern matches."""
    for rule in METRIC_RULES:
        if rule.before and re.search(rule.before, text):
            assert rule.before_ends is None or text[-1:] in rule.before_ends, (rule.before, text)
            needs = rule.tests[0]
            assert needs is None or needs in text, (rule.before, text)


def test_edge_characters_and_required_text_read_from_the_pattern():
    assert last_characters(r"(?:预决算|预算[、，,]?决算|^决算)类?(?:信息)?$") == frozenset("算类息")
    assert last_characters(r"部分公开(?:答复)?数?$|区分处理后?公开$") == frozenset("开复数")
    assert last_characters(r"主动公开") is None  # not anchored at the end: any character may follow
    assert last_characters(r"[\u4e00-\u9fff]类(?:信息)?$") == frozenset("类息")
    assert required_text(r"其中[^，,。；]*网站[^，,。；]*主动公开") == "主动公开"
    assert required_text(r"(?:同意|予以)公开(?:答复)?数?$") == "公开"
    assert required_text(r"采购[^，]*信息$|公开[^，]*采购") is None  # each alternative needs its own
