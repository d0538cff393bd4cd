"""HTML and Markdown → plain text that keeps the page's block structure.

HTML: the content container is chosen the way CMS pages need it — known container selectors first, scored by
how much report text and how little navigation they hold — falling back to <body>. Tables become one line per
row with cells joined by " | ", expanded over rowspan/colspan so that every row has its full grid.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

CONTAINER_SELECTORS = (
    "#zoom",
    ".TRS_Editor",
    "#ivs_content",
    ".xxgk_content",
    "#UCAP-CONTENT",
    ".article-content",
    "#content",
    ".content",
    ".article",
    "article",
    "#article",
    ".main-content",
    ".zw",
    "#zw",
)
DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "iframe",
    "form",
    "button",
    "select",
    "svg",
    "template",
)
BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "table",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "hr",
    "center",
    "title",
}
REPORT_MARKERS = ("政府信息公开", "政务公开", "主动公开", "依申请", "年度报告", "工作要点", "一、", "二、", "（一）")
NOISE_MARKERS = ("首页", "网站地图", "版权所有", "ICP备", "联系我们", "上一篇", "下一篇", "打印", "关闭", "分享")


# Each css() call parses its selector and walks the whole tree: selectors are combined into one query where the
# order in which they are listed does not matter, or matters only to break a tie.
DROP_SELECTOR = ", ".join(DROP_TAGS)
CONTAINER_SELECTOR = ", ".join(CONTAINER_SELECTORS)


def html_to_text(html: str) -> str:
    tree = HTMLParser(html)
    # In reverse document order, so that a dropped element inside another is gone before its ancestor.
    for node in reversed(_distinct(tree.css(DROP_SELECTOR))):
        node.decompose()
    root = _content_container(tree)
    if root is None:
        return ""
    lines: list[str] = _meta_lines(tree, root)
    for node in _outside_parts(tree, root):
        if node.tag == "table":
            lines.append(render_table(node))
        else:
            _walk(node, lines)
        lines.append("\n")
    _walk(root, lines)
    return "\n".join(map(str.strip, "".join(lines).split("\n")))


def _distinct(nodes: list[Node]) -> list[Node]:
    """A combined query lists a node once per selector it matches: each node once, in document order."""
    return list({node.mem_id: node for node in nodes}.values())


METADATA_MARKERS = re.compile(r"索\s*引\s*号|发布机构|发文机关|发布(?:日期|时间)|成文日期|发文字号|文\s*号|来源[:：]")
TITLE_SELECTORS = ("h1", ".article-title", ".title", "#title")
OUTSIDE_SELECTOR = "table, ul, dl, div, p"


# Government CMSs (TRS, Hanweb, …) put the article's own title and date in <meta> tags of the page head.
META_TAGS = (("ArticleTitle", None), ("PubDate", "发布日期"), ("ContentSource", "来源"))


def _meta_lines(tree: HTMLParser, root: Node) -> list[str]:
    """The CMS meta title and date as text lines, when the page body does not show them itself."""
    if tree.css_first("h1") is not None:
        return []
    body_text = None  # the container's text, read only when a meta tag has a value to look for in it
    lines = []
    for name, label in META_TAGS:
        node = tree.css_first(f'meta[name="{name}"]')
        value = (node.attributes.get("content") or "").strip() if node is not None else ""
        if value and body_text is None:
            body_text = root.text(separator=" ") if root is not None else ""
        if value and value not in (body_text or ""):
            lines.append((f"{label}：{value}" if label else value) + "\n")
    return lines


def _contains(ancestor: Node, node: Node | None) -> bool:
    # selectolax makes a new wrapper object per access: compare the underlying nodes, not identities.
    while node is not None:
        if node.mem_id == ancestor.mem_id:
            return True
        node = node.parent
    return False


def _lineage(node: Node | None) -> set[int]:
    """The node and its ancestors."""
    ids = set()
    while node is not None:
        ids.add(node.mem_id)
        node = node.parent
    return ids


def _outside_parts(tree: HTMLParser, root: Node) -> list[Node]:
    """The page title and metadata blocks that CMS templates put outside the content container."""
    if root.tag in ("body", "html"):
        return []
    parts: list[Node] = []
    for selector in TITLE_SELECTORS:
        node = tree.css_first(selector)
        if node is not None and not _contains(root, node) and not _contains(node, root):
            parts.append(node)
            break
    # What is inside the root, and the root with its ancestors, as one set: cheaper than walking up from each node.
    skip = {node.mem_id for node in root.css(OUTSIDE_SELECTOR)} | _lineage(root)
    for node in tree.css(OUTSIDE_SELECTOR):
        if node.mem_id in skip or any(_contains(p, node) for p in parts):
            continue
        text = node.text(separator=" ")
        if len(text) < 400 and len(METADATA_MARKERS.findall(text)) >= 2:
            parts.append(node)
    return parts


def _content_container(tree: HTMLParser) -> Node | None:
    """The best scoring container; of equal scores, the first by selector, then in page order."""
    scored = [(_container_score(node), node) for node in _distinct(tree.css(CONTAINER_SELECTOR))]
    top = max((score for score, _ in scored), default=0.0)
    if top <= 0:
        return tree.body or tree.root
    best = [node for score, node in scored if score == top]
    if len(best) == 1:  # the common case: no tie, so the order of the selectors does not matter
        return best[0]
    best_ids = {node.mem_id for node in best}
    return next(node for selector in CONTAINER_SELECTORS for node in tree.css(selector) if node.mem_id in best_ids)


def _container_score(node: Node) -> float:
    text = node.text(separator="\n")
    report, noise = marker_counts(text)
    return report * 50 + len(text) / 100 - noise * 20


# Both kinds of marker found by one scan (an alternation of literals, which the regex engine skips ahead to) and
# told apart afterwards. No marker ends with what another begins with, so each is found as often as a scan for
# its kind alone finds it.
MARKERS = re.compile("|".join(map(re.escape, REPORT_MARKERS + NOISE_MARKERS)))
NOISE_WORDS = frozenset(NOISE_MARKERS)


def marker_counts(text: str) -> tuple[int, int]:
    """How many report markers and how many noise markers `text` holds."""
    found = MARKERS.findall(text)
    noise = sum(map(NOISE_WORDS.__contains__, found))
    return len(found) - noise, noise


HTML_SPACE = re.compile(r"[ \t\r\n]+")


def _walk(node: Node, out: list[str]) -> None:
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            out.append(HTML_SPACE.sub(" ", child.text_content or ""))
        elif tag == "table":
            out.append(render_table(child))
        elif tag in BLOCK_TAGS:
            out.append("\n")
            _walk(child, out)
            out.append("\n")
        elif tag not in ("-comment",):
            _walk(child, out)


def render_table(table: Node) -> str:
    """One pipe row per table row, as Markdown writes them."""
    return "\n" + "\n".join("| " + " | ".join(row) + " |" for row in table_grid(table)) + "\n"


CELL_SPACE = re.compile(r"\s+")


def table_grid(table: Node) -> list[list[str]]:
    """The table as a rectangular grid: a merged cell's text is repeated in every slot it spans."""
    grid: dict[tuple[int, int], str] = {}
    rows = [tr for tr in table.css("tr") if (owner := _nearest_table(tr)) is not None and owner.mem_id == table.mem_id]
    for r, tr in enumerate(rows):
        c = 0
        for cell in tr.iter():
            if cell.tag not in ("td", "th"):
                continue
            while (r, c) in grid:
                c += 1
            text = CELL_SPACE.sub(" ", cell.text(separator=" ")).strip()
            rowspan = _span(cell.attributes.get("rowspan"))
            colspan = _span(cell.attributes.get("colspan"))
            for dr in range(rowspan):
                for dc in range(colspan):
                    grid.setdefault((r + dr, c + dc), text)
            c += colspan
    if not grid:
        return []
    height = max(r for r, _ in grid) + 1
    width = max(c for _, c in grid) + 1
    return [[grid.get((r, c), "") for c in range(width)] for r in range(height)]


def _nearest_table(node: Node) -> Node | None:
    parent = node.parent
    while parent is not None and parent.tag != "table":
        parent = parent.parent
    return parent


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 100))
    except ValueError:
        return 1


# Markdown is rewritten over the whole text, a pattern at a time, each line behind a "\n" (the first line too):
# patterns for the start of a line begin with that "\n", so that the regex engine skips from one to the next.
# [^\S\n] is a space that stays within its line.
MD_RULE_LINE = re.compile(
    r"\n(?:[^\S\n]*\|?[^\S\n]*:?-{3,}:?[^\S\n]*(?:\|[^\S\n]*:?-{3,}:?[^\S\n]*)*\|?[^\S\n]*"  # table rule
    r"|[^\S\n]*([-*_])[^\S\n]*(?:\1[^\S\n]*){2,})(?=\n|\Z)"
)  # thematic break
MD_HEADING = re.compile(r"\n[^\S\n]{0,3}#{1,6}[^\S\n]*(.*?)[^\S\n]*#*[^\S\n]*(?=\n|\Z)")
MD_QUOTE = re.compile(r"\n[^\S\n]*>[^\S\n]?")
# Hanzi are "word" characters to `\w`, so emphasis boundaries are spelled out: *152* inside a sentence is emphasis.
MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1|(?<![A-Za-z0-9*])\*(?!\s)(.+?)(?<!\s)\*(?![A-Za-z0-9*])")
MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")


def markdown_to_text(md: str) -> str:
    md = "\n" + "\n".join(md.splitlines())
    md = MD_RULE_LINE.sub("", md)  # the rule with the line break before it
    md = MD_HEADING.sub(r"\n\1", md)
    md = MD_QUOTE.sub("\n", md)
    if "[" in md:  # the link and emphasis patterns cannot skip ahead: looked for only when they can match
        md = MD_LINK.sub(r"\1", md)
    if "*" in md or "__" in md:
        md = MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(3), md)
    return md[1:]
