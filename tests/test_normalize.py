"""normalize(): every text artefact of section 4 of the domain guide, its repair and its count."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gongkai.tasks.document.decode import DecodeError, decode_bytes
from gongkai.tasks.document.normalize import (
    _CHROME_START,
    _KEY_ALT,
    CHROME_LINE,
    CHROME_START_LINE,
    INLINE_PAIR,
    INVISIBLE,
    LOST,
    METADATA_KEYS,
    ODD_SPACE,
    changed_chars,
    cut_unrecoverable,
    detect_script,
    drop_chrome,
    extract_metadata,
    fix_width,
    inline_pairs,
    key_lines,
    normalize,
    repair_mojibake,
    strip_controls,
    strip_markup,
    strip_pinyin,
    to_simplified,
)

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures" / "normalize"
CORPUS = HERE.parent / "gongkai" / "samples" / "corpus"

BODY = (
    "一、总体情况\n"
    "2021年，县市场监管局全年主动公开政府信息263条，受理政府信息公开申请7件，均按期答复。\n"
    "二、存在的主要问题及改进情况\n"
    "部分信息更新不够及时，下一步将加强审核把关。"
)


def lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


# pinyin annotations ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, expected, count",
    [
        ("政務(wù)公開", "政務公開", 1),
        ("政(zheng)(zheng)府", "政府", 1),  # a doubled annotation is one repair
        ("文(wen)章(zhang)", "文章", 2),  # toneless syllables
        ("文(wen)件(jian)", "文件", 2),
        ("領(lǐng)導(dǎo)", "領導", 2),
        ("局長(zhǎng)", "局長", 1),  # 長 has two readings; zhǎng is one of them
        ("政（zhèng）府", "政府", 1),  # full-width parentheses
    ],
)
def test_pinyin_reading_of_the_preceding_character_is_stripped(raw, expected, count):
    repairs = Counter()
    assert strip_pinyin(raw, repairs) == expected
    assert repairs["pinyin_annotations"] == count


@pytest.mark.parametrize(
    "raw",
    [
        "（一）主动公开",
        "情况(一)",
        "保密审查办法(试行)",
        "任务清单(2021)",
        "政务服务客户端(APP)",
        "局(ma)",  # not a reading of 局
        "政(zheng)(ma)",  # one of the two is not a reading: keep both
        "report(wu)",  # no hanzi before it
    ],
)
def test_other_parentheses_are_kept(raw):
    repairs = Counter()
    assert strip_pinyin(raw, repairs) == raw
    assert repairs["pinyin_annotations"] == 0


def test_pinyin_is_stripped_before_script_conversion():
    result = normalize("推進政務(wù)公開，落實領(lǐng)導(dǎo)責任。")
    assert result.text == "推进政务公开，落实领导责任。"
    assert result.repairs["pinyin_annotations"] == 3


def test_annotated_traditional_character_ends_up_simplified():
    result = normalize("務(wù)")
    assert result.text == "务"
    assert result.repairs["pinyin_annotations"] == 1
    assert result.repairs["t2s_chars"] == 1


def test_doubled_toneless_annotation_in_a_document():
    result = normalize("政(zheng)(zheng)府資訊公開工作年度報告")
    assert result.text == "政府信息公开工作年度报告"


def test_normalize_keeps_non_reading_parentheses():
    text = "（一）根据《保密审查办法(试行)》和《任务清单(2021)》，在政务客户端(APP)同步发布，编码为局(ma)。"
    result = normalize(text)
    assert result.text == text
    assert result.repairs["pinyin_annotations"] == 0


# script ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "traditional, simplified",
    [
        ("乾安縣人民政府", "乾安县人民政府"),
        ("乾安縣2021年政府資訊公開工作年度報告", "乾安县2021年政府信息公开工作年度报告"),
        ("規範性文件", "规范性文件"),
        ("資訊公開", "信息公开"),
        ("規範性檔案", "规范性文件"),
        ("政府資訊", "政府信息"),
        ("網路平臺", "网络平台"),
        ("行政訴願", "行政复议"),
        # OpenCC regression on the domain's vocabulary and place names
        ("因政府資訊公開申請行政復議", "因政府信息公开申请行政复议"),
        ("被提起行政訴訟", "被提起行政诉讼"),
        ("依申請公開、不予公開、部分公開", "依申请公开、不予公开、部分公开"),
        ("烏魯木齊市、瀋陽市、鄭州市", "乌鲁木齐市、沈阳市、郑州市"),
        ("廣東省、內蒙古自治區、於都縣", "广东省、内蒙古自治区、于都县"),
    ],
)
def test_traditional_to_simplified(traditional, simplified):
    result = normalize(traditional)
    assert result.text == simplified
    assert "干安" not in result.text
    assert result.script != "simplified"


def test_domain_phrases_are_counted():
    repairs = Counter()
    assert to_simplified("清理規範性檔案，推進資訊公開", repairs) == "清理规范性文件，推进信息公开"
    assert repairs["domain_phrases"] == 2
    assert repairs["t2s_chars"] > 0


@settings(max_examples=200, deadline=None)
@given(st.text(), st.text())
def test_changed_chars_counts_differing_positions_up_to_the_shorter_text(before, after):
    assert changed_chars(before, after) == sum(a != b for a, b in zip(before, after))


@pytest.mark.parametrize(
    "before, after, count",
    [
        ("資訊公開", "信息公开", 3),
        ("政務公開", "政务", 1),
        ("\U0010ffff\U00020000", "\U0010fffe\U00020000", 1),  # code points that need all three bytes
        ("\ud800a", "\udc00a", 1),  # lone surrogates do not break the count
    ],
)
def test_changed_chars_edge_cases(before, after, count):
    assert changed_chars(before, after) == count


HANZI = "政府信息公开工作年度报告主动依申请处理总"


@pytest.mark.parametrize(
    "text, script",
    [
        ("縣" + HANZI[:19], "traditional"),  # 1 in 20 hanzi: 5%, not under it
        ("縣" + HANZI[:20], "mixed"),  # 1 in 21
        (HANZI[:19] + "縣", "traditional"),  # wherever the Traditional hanzi stands
        (HANZI[:20] + "縣", "mixed"),
        ("1234567890" + HANZI[:19] + "縣", "traditional"),  # a share of the hanzi, not of all characters
    ],
)
def test_mixed_script_is_under_five_percent_traditional_only_hanzi(text, script):
    assert detect_script(text, 0) == script


def test_simplified_document_is_never_touched_by_t2s():
    raw = (FIXTURES / "simplified_report.txt").read_text(encoding="utf-8")
    result = normalize(raw)
    assert result.script == "simplified"
    assert result.repairs["t2s_chars"] == 0
    assert result.repairs["domain_phrases"] == 0
    assert result.text == raw.strip()
    assert "乾安县" in result.text


def test_short_simplified_text_with_qian_is_not_converted():
    raw = "乾安县人民政府2021年政府信息公开工作年度报告"
    result = normalize(raw)
    assert result.text == raw
    assert result.script == "simplified"


def test_detect_script():
    assert detect_script("本機關政府資訊公開工作年度報告，全年主動公開政府資訊三百條。", 0) == "traditional"
    assert detect_script("本機關政府資訊公開工作年度報告，全年主動公開政府資訊三百條。", 3) == "traditional_pinyin"
    assert detect_script("本机关政府信息公开工作年度报告，全年主动公开政府信息三百条。", 0) == "simplified"
    assert detect_script("本机关政府信息公开工作年度报告，全年主动公开政府信息三百条。", 5) == "simplified"
    assert detect_script("2021 annual report", 0) == "simplified"


@pytest.mark.parametrize(
    "name, script",
    [
        ("traditional_plain.txt", "traditional"),
        ("traditional_pinyin.txt", "traditional_pinyin"),
        ("simplified_report.txt", "simplified"),
    ],
)
def test_script_of_fixture_documents(name, script):
    assert normalize((FIXTURES / name).read_text(encoding="utf-8")).script == script


def test_traditional_pinyin_document():
    result = normalize((FIXTURES / "traditional_pinyin.txt").read_text(encoding="utf-8"))
    assert result.script == "traditional_pinyin"
    assert result.repairs["pinyin_annotations"] == 9
    assert "(" not in result.text
    assert lines(result.text)[0] == "雷州市财政局2021年政务公开工作总结"
    assert "及时更新规范性文件目录，清理失效文件九件。" in result.text
    assert "网络平台" in result.text


# markup ----------------------------------------------------------------------------------------------------


def test_stray_tags_and_entities_are_removed_and_counted():
    result = normalize("本年度主动公开政府信息</font>263条&nbsp;，其中规范性文件&lt;5件。<span style=\"x\">完</span>")
    assert result.text == "本年度主动公开政府信息263条 ，其中规范性文件<5件。完"
    assert result.repairs["stray_tags"] == 3
    assert result.repairs["entities"] == 2


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("保密审查制度，/font>严格落实", "保密审查制度，严格落实"),
        ("保密审查?/font>严格落实", "保密审查?严格落实"),
        ("保密审查 /span>严格落实", "保密审查 严格落实"),
    ],
)
def test_closing_tag_that_lost_its_angle_bracket(raw, expected):
    repairs = Counter()
    assert strip_markup(raw, "txt", repairs) == expected
    assert repairs["stray_tags"] == 1


def test_closing_tag_that_lost_its_angle_bracket_after_hanzi():
    repairs = Counter()
    assert strip_markup("保密审查制度/font>严格落实", "txt", repairs) == "保密审查制度严格落实"


def test_br_and_p_tags_become_line_breaks():
    result = normalize("一、总体情况<br/>全年公开信息263条。<p>二、存在的主要问题")
    assert lines(result.text) == ["一、总体情况", "全年公开信息263条。", "二、存在的主要问题"]


def test_controls_and_odd_spaces():
    result = normalize("政府\u200b信息\u202e公开\u00ad工作\u3000年度\u00a0报告\ufeff")
    assert result.text == "政府信息公开工作 年度 报告"
    assert result.repairs["control_chars"] == 4
    assert result.repairs["odd_spaces"] == 2


# mojibake --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", ["政府信息公开工作年度报告", "存在的主要问题及改进情况"])
def test_utf8_read_as_gbk_is_repaired(sentence):
    garbled = sentence.encode("utf-8").decode("gb18030", errors="ignore")
    assert garbled.encode("gb18030").decode("utf-8") == sentence  # the round trip is lossless
    assert garbled != sentence
    result = normalize(f"一、总体情况\n{garbled}\n全年主动公开政府信息120条。")
    assert lines(result.text) == ["一、总体情况", sentence, "全年主动公开政府信息120条。"]
    assert result.repairs["mojibake_gbk"] == 1


def test_real_chinese_is_not_mistaken_for_gbk_mojibake():
    repairs = Counter()
    text = "本年度县档案馆接收政府信息公开目录，涉及鳏寡孤独救助、殡葬管理等民生事项。"
    assert repair_mojibake(text, repairs) == text
    assert repairs["mojibake_gbk"] == 0
    assert repairs["mojibake_latin1"] == 0


def test_utf8_read_as_latin1_is_repaired():
    garbled = "政府信息公开".encode().decode("latin-1")
    result = normalize(f"本局{garbled}工作年度报告")
    assert result.text == "本局政府信息公开工作年度报告"
    assert result.repairs["mojibake_latin1"] == 1


# unrecoverable spans ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, expected, span",
    [
        ("本年度共受理申请锟斤拷锟斤拷12件。", f"本年度共受理申请{LOST}12件。", "锟斤拷锟斤拷"),
        ("本年度共受理申请\ufffd\ufffd12件。", f"本年度共受理申请{LOST}12件。", "\ufffd\ufffd"),
        ("推进政务公开?qū)嵤?工作。", f"推进政务公开{LOST}工作。", "?qū)嵤?"),
        ("全年受理??件申请。", f"全年受理{LOST}件申请。", "??"),
        ("政府信?公开", f"政府信{LOST}公开", "?"),
    ],
)
def test_unrecoverable_spans_are_cut_and_listed(raw, expected, span):
    result = normalize(raw)
    assert result.text == expected
    assert result.dropped_spans == [span]
    assert result.repairs["dropped_spans"] == 1


def test_a_line_of_question_marks_is_dropped_entirely():
    dropped: list[str] = []
    repairs = Counter()
    text = cut_unrecoverable("一、总体情况\n  ????  \n全年公开信息120条。", repairs, dropped)
    assert lines(text) == ["一、总体情况", "全年公开信息120条。"]
    assert LOST not in text
    assert dropped == ["????"]


def test_an_ordinary_question_mark_is_kept():
    text = "是否收费? 未收取任何费用。详见 http://www.example.gov.cn/list.jsp?id=12"
    result = normalize(text)
    assert result.text == text
    assert result.dropped_spans == []


# width -----------------------------------------------------------------------------------------------------


def test_full_width_digits_letters_percent_and_kangxi_radicals():
    repairs = Counter()
    text = fix_width("全年公开信息０１２条，占比５０％，⼀、⽂件ＡＰＰ", repairs)
    assert text == "全年公开信息012条，占比50%，一、文件APP"
    assert repairs["width_chars"] == 11


def test_width_map_leaves_circled_numbers_and_punctuation():
    repairs = Counter()
    text = "①主动公开（一）：是；否！"
    assert fix_width(text, repairs) == text
    assert repairs["width_chars"] == 0


def test_kangxi_radical_heading_becomes_a_real_heading():
    assert lines(normalize("⼀、总体情况\n全年公开信息１２０条。").text) == ["一、总体情况", "全年公开信息120条。"]


# page chrome -----------------------------------------------------------------------------------------------

TITLE = "宁安县市场监督管理局2021年政府信息公开工作年度报告"


@pytest.mark.parametrize(
    "chrome",
    [
        "您当前的位置：首页 > 政务公开 > 政府信息公开年报",
        "当前位置：首页 > 信息公开",
        "字号：大 中 小",
        "字号：[ 大 中 小 ]",
        "扫一扫在手机上查看当前页面",
        "您的浏览器版本太低，请升级至IE9以上版本",
        "打印",
        "关闭",
        "【打印】【关闭】",
        "【打印本页】 【关闭窗口】",
        "分享到：微信 微博",
        "返回顶部",
        "网站地图 | 联系我们",
        "主办单位：宁安县人民政府办公室",
        "黑ICP备00000000号-1",
        "浏览次数：1024",
        "打印 关闭",
    ],
)
def test_chrome_lines_are_removed(chrome):
    result = normalize(f"{chrome}\n{TITLE}\n{BODY}\n{chrome}")
    assert result.text == f"{TITLE}\n{BODY}"
    assert result.repairs["chrome_lines"] == 2


def test_chrome_glued_after_the_final_sentence():
    result = normalize(f"{TITLE}\n{BODY}\n本年度未收取信息处理费。扫一扫在手机上查看当前页面")
    assert lines(result.text)[-1] == "本年度未收取信息处理费。"
    assert result.repairs["chrome_lines"] == 1


def test_body_sentences_mentioning_chrome_words_are_kept():
    kept = [
        "群众可在政务服务大厅自助终端打印办事指南。",
        "打印机等办公设备采购信息已在政府采购网公开。",
        "关闭3个长期未更新的政务新媒体账号。",
        "返回申请人补正材料的期限为15个工作日。",
    ]
    result = normalize("\n".join([TITLE, *kept, BODY]))
    for sentence in kept:
        assert sentence in lines(result.text)
    assert result.repairs["chrome_lines"] == 0


def test_chrome_fixture_page():
    result = normalize((FIXTURES / "chrome_page.txt").read_text(encoding="utf-8"))
    assert lines(result.text) == [
        "宁安县教育局2020年政府信息公开工作年度报告",
        "一、总体情况",
        "2020年，县教育局坚持以公开为常态、不公开为例外，全年主动公开政府信息418条。",
        "群众可在政务服务大厅自助终端打印办事指南，也可在网站下载申请表格。",
        "二、其他需要报告的事项",
        "本年度未收取信息处理费。",
    ]


def test_chrome_on_first_last_and_indented_lines_filings_and_glued_tails():
    repairs = Counter()
    text = (
        "  首页 > 政务公开\n正文第一行。\n\u3000版权所有 © 2021\n正文。【打印】 【关闭】  \n"
        "备案号：京ICP备12345号\n末行。返回顶部"
    )
    assert drop_chrome(text, repairs) == "正文第一行。\n正文。\n末行。"
    assert repairs["chrome_lines"] == 5


def test_a_page_of_chrome_only_becomes_empty():
    repairs = Counter()
    assert drop_chrome("打印\n 关闭 \n", repairs) == ""
    assert repairs["chrome_lines"] == 2


def test_chrome_is_never_removed_from_table_rows():
    repairs = Counter()
    text = "| 打印 | 关闭 |\n| 返回 | 12 |"
    assert drop_chrome(text, repairs) == text


# Chrome starts whole and the words they are made of, spaces, line breaks, table pipes and body text.
CHROME_TEXTS = st.lists(
    st.sampled_from(
        [
            "您当前的位置：",
            "现在的位置：",
            "当前位置：",
            "首页 > ",
            "字号：",
            "【打印】",
            "【字体：大】",
            "打印",
            "关闭",
            "收藏",
            "返回顶部",
            "分享到",
            "纠错",
            "上一篇：",
            "下一篇：",
            "相关链接",
            "主办单位：",
            "承办单位：",
            "协办单位：",
            "版权所有",
            "网站地图",
            "网站标识码",
            "浏览次数：",
            "阅读量：",
            "访问量：",
            "扫一扫在手机上查看当前页面",
            "您访问的链接即将离开",
            "您的浏览器版本太低",
            "为了更好的浏览体验",
            "建议使用新版浏览器",
            "视力保护色",
            "无障碍",
            "适老化",
            "繁體版",
            "简体",
            "English",
            "您",
            "当前",
            "的",
            "位置",
            "：",
            "【",
            "】",
            "本页",
            "窗口",
            " ",
            "\t",
            "\u3000",
            "\n",
            "\n",
            "|",
            "正文。",
        ]
    ),
    max_size=16,
).map("".join)


@settings(max_examples=3000, deadline=None)
@given(CHROME_TEXTS)
def test_chrome_start_lines_include_every_chrome_line_the_chrome_starts_find(text):
    """CHROME_START_LINE's first-character lookahead turns away no line that drop_chrome would drop."""

    def chrome(m: re.Match) -> bool:
        stripped = m.group(0).strip()
        return CHROME_LINE.match(stripped) is not None and not stripped.startswith("|")

    reference = re.compile(rf"\n(?=[^\S\n]*(?:{_CHROME_START}))[^\n]*")
    text = "\n" + text
    assert [m.span() for m in CHROME_START_LINE.finditer(text) if chrome(m)] == [
        m.span() for m in reference.finditer(text) if chrome(m)
    ]


# metadata blocks -------------------------------------------------------------------------------------------

INDEX_NO = "11231000MB0456789K/2022-00009"


@pytest.mark.parametrize(
    "head, fmt, expected",
    [
        (
            f"- 索引号: {INDEX_NO}\n- 发布机构: 宁安县市场监督管理局\n- 发布日期: 2022-01-21\n- 文号: 无",
            "txt",
            {
                "index_no": INDEX_NO,
                "publisher": "宁安县市场监督管理局",
                "publish_date": "2022-01-21",
                "doc_number": "无",
            },
        ),
        (
            f"索引号：{INDEX_NO}\n发布机构：县市场监管局\n成文日期：2022-01-18\n有效性：有效",
            "txt",
            {"index_no": INDEX_NO, "publisher": "县市场监管局", "written_date": "2022-01-18", "validity": "有效"},
        ),
        (
            f"- 索引号\n- {INDEX_NO}\n- 发布机构\n- 县市场监管局\n- 成文日期\n- 2022-01-18",
            "txt",
            {"index_no": INDEX_NO, "publisher": "县市场监管局", "written_date": "2022-01-18"},
        ),
        (
            f"索 引 号：{INDEX_NO}\n发 布 机 构：县市场监管局\n发 布 日 期：2022-01-21",
            "txt",
            {"index_no": INDEX_NO, "publisher": "县市场监管局", "publish_date": "2022-01-21"},
        ),
        ("日期:2020-05-06 来源:市教育局", "txt", {"publish_date": "2020-05-06", "source": "市教育局"}),
        (
            f"| 索引号 | {INDEX_NO} | 发布机构 | 县市场监管局 |\n| 发布日期 | 2022-01-21 | 有效性 | 有效 |",
            "txt",
            {"index_no": INDEX_NO, "publisher": "县市场监管局", "publish_date": "2022-01-21", "validity": "有效"},
        ),
        (
            f"| 索引号： | {INDEX_NO} | 发布机构： | 县市场监管局 |",
            "txt",
            {"index_no": INDEX_NO, "publisher": "县市场监管局"},
        ),
        (
            f"| 索引号 | 发布机构 | 发布日期 |\n| {INDEX_NO} | 县市场监管局 | 2022-01-21 |",
            "txt",
            {"index_no": INDEX_NO, "publisher": "县市场监管局", "publish_date": "2022-01-21"},
        ),
        (
            f"| 索引号 | 发布机构 | 发布日期 |\n|---|---|---|\n| {INDEX_NO} | 县市场监管局 | 2022-01-21 |",
            "md",
            {"index_no": INDEX_NO, "publisher": "县市场监管局", "publish_date": "2022-01-21"},
        ),
        (
            f"| 索引号 | 发布机构 | 发布日期 |\n|---|---|---|\n| {INDEX_NO} | 县市场监管局 | 2022-01-21 |",
            "txt",
            {"index_no": INDEX_NO, "publisher": "县市场监管局", "publish_date": "2022-01-21"},
        ),
        (
            "发布时间：2022-01-25\u3000\u3000来源：县教育局\u3000\u3000浏览次数：1024",
            "txt",
            {"publish_date": "2022-01-25", "source": "县教育局"},
        ),
    ],
)
def test_metadata_blocks_are_parsed_and_removed(head, fmt, expected):
    result = normalize(f"{head}\n{TITLE}\n{BODY}", fmt)
    assert result.metadata == expected
    assert lines(result.text) == lines(f"{TITLE}\n{BODY}")
    assert result.repairs["metadata_lines"] >= 1


def test_metadata_at_the_tail_of_the_page():
    result = normalize(f"{TITLE}\n{BODY}\n发布机构：县市场监管局\n发布日期：2022-01-21")
    assert result.metadata == {"publisher": "县市场监管局", "publish_date": "2022-01-21"}
    assert lines(result.text) == lines(f"{TITLE}\n{BODY}")


def test_key_without_value_is_removed_but_not_recorded():
    result = normalize(f"文号：\n{TITLE}\n{BODY}")
    assert result.metadata == {}
    assert lines(result.text) == lines(f"{TITLE}\n{BODY}")


def test_first_value_of_a_key_wins():
    repairs = Counter()
    _, meta = extract_metadata("发布日期：2022-01-21\n日期：2023-05-05\n" + BODY, repairs)
    assert meta["publish_date"] == "2022-01-21"


# Keys whole, cut in two by a space or a line break, and in halves; line breaks, spaces and body text: keys split
# across lines, several keys on a line, lines without one and empty lines.
KEY_PIECES = [
    piece
    for key in METADATA_KEYS
    for piece in (key, key[:1] + " " + key[1:], key[:-1] + "\n" + key[-1:], key[: len(key) // 2])
]
KEY_TEXTS = st.lists(
    st.sampled_from([*KEY_PIECES, "\n", "\n", " ", "\t", "\x85", "：", "县政府", "期", "日"]), max_size=30
).map("".join)


@settings(max_examples=2000, deadline=None)
@given(KEY_TEXTS, st.integers(0, 12), st.integers(0, 12))
def test_key_lines_are_the_lines_a_key_search_finds(text, start, length):
    lines = text.split("\n")
    start = min(start, len(lines))
    stop = min(start + length, len(lines))
    assert key_lines(lines, start, stop) == [i for i in range(start, stop) if re.search(_KEY_ALT, lines[i])]


# Metadata lines: keys, both colons, values, the spaces that end a value, and lines with fewer than two colons.
PAIR_LINES = st.lists(
    st.sampled_from([*METADATA_KEYS, "：", ":", "：", " ", "  ", "2021-03-05", "县政府办公室", "第3号", "|", "；"]),
    max_size=16,
).map("".join)


@settings(max_examples=2000, deadline=None)
@given(PAIR_LINES)
def test_inline_pairs_are_the_pairs_the_pattern_finds_when_there_are_several(line):
    pairs = list(INLINE_PAIR.finditer(line))
    expected = pairs if len(pairs) >= 2 else []
    assert [(m.span(), m.groups()) for m in inline_pairs(line)] == [(m.span(), m.groups()) for m in expected]


def test_metadata_words_inside_body_sentences_are_not_metadata():
    body_line = "本局在网站开设信息来源核查专栏，发布机构职能、领导分工等信息，索引号编制严格按照目录规范执行。"
    result = normalize(f"{TITLE}\n{body_line}\n{BODY}")
    assert body_line in lines(result.text)
    assert result.metadata == {}


def test_metadata_fixtures():
    block = normalize((FIXTURES / "metadata_block.txt").read_text(encoding="utf-8"))
    assert block.metadata == {
        "index_no": "11231000MB0123456P/2021-00018",
        "publisher": "宁安县教育局",
        "publish_date": "2021-01-26",
        "doc_number": "无",
    }
    assert lines(block.text)[0] == "宁安县教育局2020年政府信息公开工作年度报告"
    table = normalize((FIXTURES / "metadata_table.md").read_text(encoding="utf-8"), "md")
    assert table.metadata == {
        "index_no": "11231000MB0765432Q/2021-00007",
        "publisher": "县卫健局",
        "publish_date": "2021-03-18",
    }
    assert lines(table.text)[:2] == [
        "宁安县卫生健康局2021年政务公开工作要点",
        "为全面推进卫生健康领域政务公开，结合本局实际，制定本要点。",
    ]
    assert "（一）及时公开医疗卫生政策文件，详见政策文件专栏。" in lines(table.text)


# whitespace and identity -----------------------------------------------------------------------------------


def test_whitespace_is_tidied():
    result = normalize("\n\n  一、总体情况  \r\n\r\n\r\n\r\n全年公开信息   120条。\r\r")
    assert result.text == "一、总体情况\n\n全年公开信息 120条。"


def test_doc_id_depends_only_on_the_normalised_text():
    a = normalize("一、总体情况\r\n全年公开信息１２０条。\u200b")
    b = normalize("一、总体情况\n全年公开信息120条。")
    assert a.text == b.text
    assert a.doc_id == b.doc_id
    assert len(a.doc_id) == 16
    assert normalize("一、总体情况\n全年公开信息121条。").doc_id != a.doc_id


# idempotence -----------------------------------------------------------------------------------------------

INLINE_CASES = [
    "推進政務(wù)公開，落實領(lǐng)導(dǎo)責任。",
    "本年度主动公开政府信息</font>263条&nbsp;，其中规范性文件&lt;5件。",
    "一、总体情况\n" + "政府信息公开工作年度报告".encode().decode("gb18030", errors="ignore"),
    "本局" + "政府信息公开".encode().decode("latin-1") + "工作",
    "本年度共受理申请锟斤拷锟斤拷12件，\ufffd\ufffd，推进?qū)嵤?工作。\n???\n",
    "全年公开信息０１２条，⼀、⽂件",
    f"您当前的位置：首页\n字号：大 中 小\n{TITLE}\n{BODY}\n本年度未收取信息处理费。扫一扫在手机上查看当前页面\n打印\n关闭",
    f"日期:2020-05-06 来源:市教育局\n{TITLE}\n{BODY}",
    f"| 索引号 | {INDEX_NO} | 发布机构 | 县市场监管局 |\n{TITLE}\n{BODY}",
]


def _fixture_documents():
    for path in sorted(FIXTURES.iterdir()):
        yield pytest.param(path.read_text(encoding="utf-8"), "md" if path.suffix == ".md" else "txt", id=path.name)
    for path in sorted(CORPUS.iterdir()) if CORPUS.is_dir() else []:
        fmt = {".md": "md", ".html": "html", ".txt": "txt"}.get(path.suffix)
        if fmt is None:
            continue
        data = path.read_bytes()
        if not data:
            continue
        text, _ = decode_bytes(data)
        yield pytest.param(text, fmt, id=f"corpus/{path.name}")
    for i, text in enumerate(INLINE_CASES):
        yield pytest.param(text, "txt", id=f"inline-{i}")


@pytest.mark.parametrize("text, fmt", list(_fixture_documents()))
def test_normalize_is_idempotent_on_fixtures(text, fmt):
    once = normalize(text, fmt)
    twice = normalize(once.text)
    assert twice.text == once.text


# properties ------------------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_normalize_never_raises_on_arbitrary_text(text):
    result = normalize(text)
    assert isinstance(result.text, str)
    assert result.text == result.text.strip("\n ")


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=1, max_size=400))
def test_normalize_never_raises_on_arbitrary_decoded_bytes(data):
    # (b"" is covered by test_decode.test_empty_bytes_do_not_crash)
    try:
        text, _ = decode_bytes(data)
    except DecodeError:
        return
    for fmt in ("txt", "html", "md"):
        normalize(text, fmt)


# 乾 (valid in both scripts, but changed by t2s) and Kangxi radicals (mapped before lost characters are cut)
# once broke idempotence; they stay in the alphabets.
CHARS = list(
    "政府信息公开工作年度报告主动依申请处理一二三四五六七八九十总体情况存在问题改进乾⼀⽂"
    "務開資訊規範縣領導長縣報"  # Traditional
    "zhengwuāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ"  # pinyin letters with tone marks
    "()（）?？0123456789０１２，。：:、|- \n"
)
PHRASES = [
    "政務(wù)",
    "政(zheng)(zheng)",
    "文(wen)",
    "局(ma)",
    "(一)",
    "（一）",
    "(试行)",
    "(2021)",
    "(APP)",
    "您当前的位置：首页",
    "字号：大 中 小",
    "扫一扫在手机上查看当前页面",
    "打印",
    "关闭",
    "【打印】【关闭】",
    "您的浏览器版本太低",
    "索引号：",
    "发布机构：",
    "日期:2020-05-06",
    "来源:市教育局",
    "| 索引号 | ",
    "锟斤拷",
    "\ufffd",
    "??",
    "?qū)嵤?",
    "安縣",
    "規範性檔案",
    "資訊公開",
    "一、",
    "二、",
    "。",
    "\n",
    " ",
    "全年主动公开政府信息120条",
    "０１２",
    "乾安县",
    "乾安縣",
    "⼀?⽹",
]


def test_idempotent_on_qian_an_xian():
    once = normalize("乾安縣").text
    assert once == "乾安县"
    assert normalize(once).text == once


def test_idempotent_on_kangxi_radical_next_to_a_lost_character():
    once = normalize("全面推进⼀?⽹通办").text
    assert normalize(once).text == once


def _assert_idempotent(text: str) -> None:
    once = normalize(text).text
    assert normalize(once).text == once


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(CHARS), max_size=80))
def test_normalize_is_idempotent_on_mixed_alphabet(text):
    _assert_idempotent(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PHRASES + CHARS), max_size=30).map("".join))
def test_normalize_is_idempotent_on_joined_phrases(text):
    _assert_idempotent(text)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from("政务公开\n \u2028\u2029\u200b\ufeff\x00\u00a0\u3000\t"), max_size=20))
def test_strip_controls_is_the_replacements_made_one_after_another(text):
    repairs = Counter()
    expected = text.replace("\u2028", "\n").replace("\u2029", "\n")
    expected, controls = INVISIBLE.subn("", expected)
    expected, spaces = ODD_SPACE.subn(" ", expected)
    assert strip_controls(text, repairs) == expected
    assert (repairs["control_chars"], repairs["odd_spaces"]) == (controls, spaces)


# ---------------------------------------------------------------- proto17 (invented wording)


def test_flattened_breadcrumb_line_keeps_its_body():
    body = (
        "当前位置： 首页政务公开公示公告 关于某路段临时封闭的通告 时间：2021-05-06 10:20 微信 微博 QQ空间 "
        + "因道路维修需要，某路段自5月8日起临时封闭，请过往车辆绕行。" * 6
        + " 某某区交通运输局 2021年5月6日"
    )
    text = normalize(body).text
    assert text.startswith("因道路维修需要") and text.endswith("2021年5月6日")


def test_crawler_header_lines_are_metadata():
    page = "标题: 某局2020年工作动态\n栏目: 政府信息公开年报\n原文链接: https://example.gov.cn/a.htm\n本地目录: a/b\n==================== 正文 ====================\n正文第一句。"
    norm = normalize(page)
    assert norm.text == "正文第一句。" and norm.metadata["column"] == "政府信息公开年报"


def test_a_variant_in_a_name_is_not_a_mixed_script():
    text = "2025年规划东崑等片区高标准农田建设，" + "推进农业农村现代化，完善基础设施建设。" * 40
    assert detect_script(text, 0) == "simplified"


def test_empty_key_at_the_end_of_an_inline_block():
    norm = normalize(
        "某区2020年政府信息公开工作年度报告\n信息来源：某区人民政府办公室　　发布日期：2021-03-15　　文号：\n正文。"
    )
    assert norm.metadata["publish_date"] == "2021-03-15"
