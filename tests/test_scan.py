"""Finding where a pattern can begin with str.find gives what the regex engine's own scan gives."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from gongkai.tasks.document.facts import METRIC_RULES, NEGATION_STARTS, ZERO_STATEMENTS, statement_starts
from gongkai.tasks.document.fields import NUMBER_CORE, OPEN_BRACKETS, SELF_COMPILER, SIGNATURE
from gongkai.tasks.document.normalize import ANNOTATION_OPENS, ANNOTATION_RUN
from gongkai.tasks.document.scan import (
    AnchoredPattern,
    last_characters,
    literal_anchor,
    matches_at,
    positions,
    required_text,
)


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


COMPILER_TEXTS = texts_of(
    "我", "本", "区", "县", "市", "城乡", "建设", "交通", "办公室", "局", "中心", "委员会", "负责", "编制", "编",
    "制", "了", "《", "》", "，", "。", "\n", "报告",
)  # fmt: skip
# Patterns with an anchor some way into them, a greedy or lazy run on either side, a lookbehind, a ^.
ANCHORED = (
    SELF_COMPILER.pattern.pattern,
    r"[区县]\w{0,3}编制(?:了|报告){0,2}",
    r"(?<=本)[^，。]{1,6}?编制",
    r"^[我本]?区.{0,4}编",
    r"(?:市|县)(?:城乡|交通){1,3}局",
    r"[区县][^，。]{0,6}编制",
)


@settings(max_examples=1000, deadline=None)
@given(COMPILER_TEXTS, st.sampled_from(ANCHORED), st.integers(0, 8), st.integers(0, 40))
# a match as far ahead of its anchor as the pattern allows
@example("我区一二三四五六七八九十一二委员会负责编制", ANCHORED[0], 0, 40)
# a match found in the first anchor's window that the pattern's own search extends to a later anchor
@example("区编制城乡编制", ANCHORED[-1], 0, 40)
def test_an_anchored_search_finds_the_patterns_own_match(text, pattern, pos, endpos):
    """Searched only around its anchor, a pattern finds what its own scan finds: the same span and groups,
    from any start and to any end."""
    anchored, plain = AnchoredPattern(pattern), re.compile(pattern)
    assert anchored.anchor is not None
    for args in ((), (pos,), (pos, endpos)):
        found, expected = anchored.search(text, *args), plain.search(text, *args)
        assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))


def test_a_pattern_that_reads_where_the_text_ends_has_no_anchor():
    assert literal_anchor(SELF_COMPILER.pattern.pattern) == ("编制", 19, 0)
    assert literal_anchor(r"(?<=本)[^，]{1,6}?编制报告") == ("编制报告", 6, 0)
    for pattern in (r"编制$", r"编制(?=报告)", r"编制\b", r"(?:编制|报告$)", r"[区县]+编制", r"(?i)abc"):
        assert literal_anchor(pattern) is None, pattern


SIGNATURE_TEXTS = texts_of(
    "青禾县", "民政局", "办公室", "（", "）", "\n", " ", "\u3000", "\t", "。", "2021", "20", "19", "二〇二一",
    "二", "〇", "O", "年", "3月", "特此报告",
)  # fmt: skip
# The 落款 pattern as first written: the spaces between name and date may be given back one at a time.
SIGNATURE_BACKTRACKING = (
    r"(?:^|[\s。！!])([\u4e00-\u9fff（）()]{3,40}?)\s*\n?\s*"
    r"(?:(?:19|20)\d{2}|[〇○零OoＯ0一二][〇○零OoＯ0一二三四五六七八九]{3})\s*年"
)


@settings(max_examples=1000, deadline=None)
@given(SIGNATURE_TEXTS)
@example("青禾县民政局\n   \n 二〇二一年3月")
def test_the_signature_takes_its_spaces_whole_and_finds_the_same_matches(text):
    def found(pattern):
        return [(m.span(), m.groups()) for m in pattern.finditer(text)]

    assert found(SIGNATURE) == found(re.compile(SIGNATURE_BACKTRACKING))
