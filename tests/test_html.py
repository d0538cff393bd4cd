"""HTML and Markdown to text: the content container, block lines, full table grids."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from gongkai.tasks.document.html import (
    NOISE_MARKERS,
    REPORT_MARKERS,
    _content_container,
    html_to_text,
    markdown_to_text,
    marker_counts,
    render_table,
    table_grid,
)

CMS_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>宁安县统计局2021年政府信息公开工作年度报告_年度报告_宁安县人民政府</title>
<style>.zoom p { text-indent: 2em; } /* 样式表里的注释 */</style>
<script>var crumbs = "首页 > 政务公开"; function doZoom(n) { alert("字号调整"); }</script>
</head>
<body>
<header><div class="logo">宁安县人民政府门户网站</div></header>
<nav><ul><li><a href="/">首页</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/hdjl/">互动交流</a></li></ul></nav>
<div class="content"><a href="/">首页</a> 上一篇 下一篇 网站地图 打印 关闭 分享</div>
<table class="xxgk-meta">
  <tr><td>索引号：</td><td>11231000MB0987654R/2022-00011</td><td>发布机构：</td><td>县统计局</td></tr>
  <tr><td>发布日期：</td><td>2022-01-24</td><td>文号：</td><td>无</td></tr>
</table>
<h1>宁安县统计局2021年政府信息公开工作年度报告</h1>
<div id="zoom">
<p>一、总体情况</p>
<p>2021年，县统计局认真贯彻<b>政府信息公开条例</b>，全年主动公开统计信息152条。</p>
<div>（一）主动公开。按月发布统计快报，按季发布经济运行分析。</div>
二、主动公开政府信息情况<br>本年度制发规范性文件1件。
<ul><li>统计公报1期</li><li>统计快报12期</li></ul>
</div>
<footer><p>版权所有：宁安县人民政府 黑ICP备00000000号</p></footer>
<script>document.write("页面底部脚本");</script>
</body></html>"""


def lines_of(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


@pytest.fixture(scope="module")
def cms_text() -> str:
    return html_to_text(CMS_PAGE)


def test_content_container_is_chosen_over_navigation(cms_text):
    lines = lines_of(cms_text)
    assert "一、总体情况" in lines
    assert "2021年，县统计局认真贯彻政府信息公开条例，全年主动公开统计信息152条。" in lines
    for nav_word in ("新闻中心", "互动交流", "上一篇", "网站地图", "分享"):
        assert nav_word not in cms_text


def test_script_style_nav_header_footer_are_dropped(cms_text):
    for dropped in (
        "doZoom",
        "字号调整",
        "text-indent",
        "样式表里的注释",
        "页面底部脚本",
        "版权所有",
        "ICP备",
        "门户网站",
    ):
        assert dropped not in cms_text


def test_block_elements_become_lines(cms_text):
    lines = lines_of(cms_text)
    body = lines[lines.index("一、总体情况") :]
    assert body == [
        "一、总体情况",
        "2021年，县统计局认真贯彻政府信息公开条例，全年主动公开统计信息152条。",
        "（一）主动公开。按月发布统计快报，按季发布经济运行分析。",
        "二、主动公开政府信息情况",
        "本年度制发规范性文件1件。",
        "统计公报1期",
        "统计快报12期",
    ]


def test_inline_elements_do_not_break_lines(cms_text):
    # <b> inside a paragraph stays on the paragraph's line
    assert any(line.startswith("2021年") and "条例，全年" in line for line in cms_text.split("\n"))


def test_title_and_metadata_table_outside_the_container_are_kept(cms_text):
    lines = lines_of(cms_text)
    assert "宁安县统计局2021年政府信息公开工作年度报告" in lines
    assert "| 索引号： | 11231000MB0987654R/2022-00011 | 发布机构： | 县统计局 |" in lines
    assert "| 发布日期： | 2022-01-24 | 文号： | 无 |" in lines
    # they come before the body, in page order
    assert lines.index("宁安县统计局2021年政府信息公开工作年度报告") < lines.index("一、总体情况")
    # and appear once only
    assert cms_text.count("11231000MB0987654R/2022-00011") == 1


def test_trs_editor_container_without_zoom():
    page = """<html><body>
    <div class="menu"><a>首页</a><a>政务公开</a><a>联系我们</a></div>
    <div class="TRS_Editor"><p>一、总体情况</p><p>本年度主动公开政府信息64条。</p><p>二、存在的主要问题及改进情况</p></div>
    <div class="footer">网站地图 | 版权所有</div></body></html>"""
    assert lines_of(html_to_text(page)) == [
        "一、总体情况",
        "本年度主动公开政府信息64条。",
        "二、存在的主要问题及改进情况",
    ]


def test_nested_dropped_elements_are_removed():
    page = (
        "<html><body><header><nav><script>var x;</script>导航<form><button>搜索</button></form></nav></header>"
        "<div id=\"zoom\"><p>一、总体情况</p><noscript><style>p{}</style>提示</noscript></div></body></html>"
    )
    assert lines_of(html_to_text(page)) == ["一、总体情况"]


def test_equal_container_scores_go_to_the_first_listed_selector():
    # .content and #zoom hold the same text; #zoom comes first in CONTAINER_SELECTORS, .content first in the page
    tree = LexborHTMLParser('<body><div class="content"><div id="zoom"><p>一、总体情况</p></div></div></body>')
    assert _content_container(tree).attributes.get("id") == "zoom"


def test_page_without_container_falls_back_to_body():
    page = "<html><body><p>（一）主动公开情况</p><p>全年公开信息31条。</p><script>x()</script></body></html>"
    assert lines_of(html_to_text(page)) == ["（一）主动公开情况", "全年公开信息31条。"]


def _table(html: str):
    return LexborHTMLParser(html).css_first("table")


def test_rowspan_and_colspan_make_a_full_rectangular_grid():
    table = _table("""<table>
      <tr><th rowspan="2">信息内容</th><th colspan="3">本年制发件数</th><th rowspan="3">备注</th></tr>
      <tr><th>规章</th><th>规范性文件</th><th>合计</th></tr>
      <tr><td>数量</td><td>0</td><td>5</td><td>5</td></tr>
      <tr><td colspan="2">行政许可</td><td rowspan="2">1280</td><td>—</td><td></td></tr>
      <tr><td>行政处罚</td><td>36</td><td>/</td><td>不适用</td></tr>
    </table>""")
    assert table_grid(table) == [
        ["信息内容", "本年制发件数", "本年制发件数", "本年制发件数", "备注"],
        ["信息内容", "规章", "规范性文件", "合计", "备注"],
        ["数量", "0", "5", "5", "备注"],
        ["行政许可", "行政许可", "1280", "—", ""],
        ["行政处罚", "36", "1280", "/", "不适用"],
    ]


def test_short_rows_are_padded_to_the_grid_width():
    table = _table("<table><tr><td>自然人</td><td>商业企业</td><td>总计</td></tr><tr><td>12</td></tr></table>")
    assert table_grid(table) == [["自然人", "商业企业", "总计"], ["12", "", ""]]


def test_nested_table_rows_belong_to_the_inner_table():
    table = _table("""<table><tr><td>外层</td><td><table><tr><td>内1</td><td>内2</td></tr></table></td></tr>
                      <tr><td>第二行</td><td>值</td></tr></table>""")
    grid = table_grid(table)
    assert len(grid) == 2
    assert grid[1] == ["第二行", "值"]
    assert grid[0][0] == "外层"


def test_bad_span_values_count_as_one():
    table = _table('<table><tr><td rowspan="abc">甲</td><td colspan="0">乙</td><td>丙</td></tr></table>')
    assert table_grid(table) == [["甲", "乙", "丙"]]


def test_tables_in_the_content_become_pipe_rows():
    page = """<html><body><div id="zoom"><p>二、主动公开政府信息情况</p>
    <table><tr><td rowspan="2">行政许可</td><td>本年处理决定数量</td></tr><tr><td>1280</td></tr></table>
    <p>三、收到和处理政府信息公开申请情况</p></div></body></html>"""
    assert lines_of(html_to_text(page)) == [
        "二、主动公开政府信息情况",
        "| 行政许可 | 本年处理决定数量 |",
        "| 行政许可 | 1280 |",
        "三、收到和处理政府信息公开申请情况",
    ]


def test_render_table_matches_grid():
    table = _table("<table><tr><td>结果维持</td><td>结果纠正</td></tr><tr><td>2</td><td>0</td></tr></table>")
    assert render_table(table).strip().split("\n") == ["| 结果维持 | 结果纠正 |", "| 2 | 0 |"]


# markdown --------------------------------------------------------------------------------------------------

MARKDOWN = """# 宁安县卫生健康局2021年政务公开工作要点

## 一、加强政策公开 ##

（一）**及时公开**医疗卫生政策文件，详见[政策文件专栏](http://wjj.example.gov.cn/zcwj/)。

> 各科室对照要点__逐项__落实。

![政务公开流程图](images/flow.png)

| 任务 | 责任科室 |
|:---|---:|
| 政策解读 | 办公室 |

---

### 二、强化平台建设"""


def test_markdown_to_text():
    assert lines_of(markdown_to_text(MARKDOWN)) == [
        "宁安县卫生健康局2021年政务公开工作要点",
        "一、加强政策公开",
        "（一）及时公开医疗卫生政策文件，详见政策文件专栏。",
        "各科室对照要点逐项落实。",
        "政务公开流程图",
        "| 任务 | 责任科室 |",
        "| 政策解读 | 办公室 |",
        "二、强化平台建设",
    ]


def test_markdown_keeps_a_list_of_plain_items_and_arithmetic():
    text = markdown_to_text("- 规章 0 件\n- 规范性文件 5 件\n面积 3*4 平方米")
    assert text.split("\n") == ["- 规章 0 件", "- 规范性文件 5 件", "面积 3*4 平方米"]


def test_markdown_constructs_stay_within_their_line():
    text = "# 标题 #\u2028正文*一*\x0c---\r\n> 引用[链接](x)\n[政策\n文件](x)\n - - -\n|:--|--:|\n"
    assert markdown_to_text(text).split("\n") == ["标题", "正文一", "引用链接", "[政策", "文件](x)", "|:--|--:|"]


def test_markdown_single_star_emphasis_inside_chinese_text():
    assert markdown_to_text("全年主动公开政府信息*152*条。") == "全年主动公开政府信息152条。"


# Markers whole and cut in two, glued to each other and to characters they begin or end with.
MARKER_PIECES = [piece for marker in REPORT_MARKERS + NOISE_MARKERS for piece in (marker, marker[:1], marker[1:])]
MARKER_TEXTS = st.lists(st.sampled_from([*MARKER_PIECES, "\n", "县", "一", "、"]), max_size=30).map("".join)


@settings(max_examples=2000, deadline=None)
@given(MARKER_TEXTS)
def test_marker_counts_are_what_a_scan_for_each_kind_finds(text):
    report = len(re.findall("|".join(REPORT_MARKERS), text))
    noise = len(re.findall("|".join(NOISE_MARKERS), text))
    assert marker_counts(text) == (report, noise)
