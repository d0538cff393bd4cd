"""Segment: the section tree of a normalised document, with offsets into its text.

Heading levels, recognised at the start of a line:
  1  一、 / 第一部分 / 第一章
  2  （一） / (一)
  3  1. / 1、 / 1． / 一是 / 其一
A level-1 heading is accepted only when it continues the numbering (一 first, then the next numeral), so
that table rows such as 一、本年新收… inside a later section do not restart the outline. The text before the
first heading (title, preamble) belongs to no section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gongkai.tasks.rules.sections import SECTION_WORDS

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_NUMERAL = "[一二三四五六七八九十]{1,3}"

LEVEL1 = re.compile(rf"^(?:({CN_NUMERAL})[、.．]|第({CN_NUMERAL})(?:部分|章)\s*)")
LEVEL2 = re.compile(rf"^[（(]({CN_NUMERAL})[)）]")
# "1 " counts only before words: a bare row of numbers (table 4 as extracted text) is not a heading.
LEVEL3 = re.compile(rf"^(?:(\d{{1,2}})(?:[.．、](?!\d)|\s+(?=[^\d\s]))|({CN_NUMERAL})是|其({CN_NUMERAL})[,，、])")
TABLE3_ROW = re.compile(r"本年新收政府信息公开申请|上年结转政府信息公开申请|本年度办理结果|结转下年度继续办理")
# What LEVEL1/2/3 can begin with, besides a digit.
HEADING_FIRST_CHARS = frozenset("一二三四五六七八九十第（(其")
HEADING_END = re.compile(r"[。；;：:!！?？]")
MAX_HEADING = 40


def chinese_numeral_value(numeral: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十三 → 23 (section numbers only go that far)."""
    if "十" not in numeral:
        value = 0
        for ch in numeral:
            value = value * 10 + CN_DIGITS[ch]
        return value
    tens, _, units = numeral.partition("十")
    return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[units] if units else 0)


@dataclass(slots=True)
class Section:
    section_id: str
    parent_id: str | None
    level: int
    ordinal: int
    heading: str
    char_start: int
    char_end: int


def _heading_text(line: str) -> str:
    end = HEADING_END.search(line)
    heading = line[: end.start()] if end else line
    return heading[:MAX_HEADING].strip()


def find_headings(text: str) -> list[tuple[int, int, int, str]]:
    """(char offset, level, ordinal, heading) for every heading line, in text order."""
    headings = []
    expected_top = 1
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        start = offset + (len(line) - len(line.lstrip()))
        offset += len(line) + 1
        if not stripped or not (stripped[0] in HEADING_FIRST_CHARS or stripped[0].isdecimal()):
            continue  # most lines: sentences and table rows (|…) cannot be headings
        m = LEVEL1.match(stripped)
        if m:
            ordinal = chinese_numeral_value(m.group(1) or m.group(2))
            if TABLE3_ROW.search(stripped):
                continue  # 一、本年新收…/四、结转下年度… are rows of the standard table 3, not the outline
            if ordinal == expected_top:
                headings.append((start, 1, ordinal, _heading_text(stripped)))
                expected_top += 1
            continue
        m = LEVEL2.match(stripped)
        if m:
            headings.append((start, 2, chinese_numeral_value(m.group(1)), _heading_text(stripped)))
            continue
        m = LEVEL3.match(stripped)
        if m:
            numeral = m.group(1)
            ordinal = int(numeral) if numeral else chinese_numeral_value(m.group(2) or m.group(3))
            headings.append((start, 3, ordinal, _heading_text(stripped)))
    return headings


def segment(doc_id: str, text: str) -> list[Section]:
    headings = find_headings(text)
    sections: list[Section] = []
    open_path: list[Section] = []  # the chain of open sections, one per level in use
    counters: dict[str | None, int] = {}
    for start, level, ordinal, heading in headings:
        while open_path and open_path[-1].level >= level:
            _close(open_path.pop(), start, text)
        parent = open_path[-1] if open_path else None
        parent_id = parent.section_id if parent else None
        counters[parent_id] = counters.get(parent_id, 0) + 1
        section_id = f"{parent_id}.{counters[parent_id]}" if parent_id else f"{doc_id}/{counters[parent_id]}"
        section = Section(section_id, parent_id, level, ordinal, heading, start, len(text))
        sections.append(section)
        open_path.append(section)
    for section in open_path:
        _close(section, len(text), text)
    return sections


def _close(section: Section, end: int, text: str) -> None:
    """A section ends where the next heading of its level or above starts, trailing whitespace excluded."""
    while end > section.char_start and text[end - 1].isspace():
        end -= 1
    section.char_end = end


def section_at(sections: list[Section], offset: int) -> Section | None:
    """The innermost section containing `offset`."""
    best = None
    for section in sections:
        if section.char_start <= offset < section.char_end and (best is None or section.level >= best.level):
            best = section
    return best


# Compiled from the lexicon (`gongkai.tasks.rules.sections`); order matters: the first found in a heading wins.
CANONICAL_SECTIONS = tuple((name, re.compile("|".join(map(re.escape, words)))) for name, words in SECTION_WORDS)


def canonical_section(heading: str) -> str | None:
    """The standard-outline role of a top-level section, from its heading; None when it has none."""
    for name, pattern in CANONICAL_SECTIONS:
        if pattern.search(heading):
            return name
    return None
