"""The standard report tables (2019 and 2021 formats): tables 2, 3 and 4, cell by cell, from any carrier.

Real copies carry the tables as HTML grids (pipe rows after normalisation), markdown/pipe rows, one cell per
line (PDF or Word text), or — table 4 — a bare line of 15 numbers. All of them are read the same way: the
text becomes a stream of tokens (a pipe row's cells, a line of numbers split on spaces, any other line
whole), and a walker recognises each row by its label and takes the values that follow it, as many as
that row has in that format. Header labels are neither labels nor values and are skipped; a label
immediately followed by another label (a group heading such as （三）不予公开) takes no values.

Deterministic and rule-based: every cell keeps its raw text and the offsets of its row in the text.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from typing import NamedTuple

import numpy as np
import pandas as pd

from gongkai.tasks.document.facts import Fact
from gongkai.tasks.document.glued_rows import Split, glued_pieces, split_glued
from gongkai.tasks.document.identities import Grid, failing, failures, grid_of
from gongkai.tasks.rules.identities import APPLICANT_COLUMNS
from gongkai.tasks.rules.identities import BY_NAME as IDENTITY_RULES
from gongkai.tasks.rules.metrics import TABLE3_REASON_PREFIXES, registered_metric, table2_2019_metric
from gongkai.tasks.rules.table_labels import (
    COMBINED_ORG_COLUMN,
    TABLE3_COLUMNS,
    TABLE3_COMBINED_COLUMNS,
    TABLE3_ROWS_2019,
    TABLE3_ROWS_2021,
    TABLE4_COLUMNS,
    TABLE4_ROWS,
)

NULL_MARKS = {"", "-", "/", "—", "——", "－", "─", "不适用", "无", "空", "\\", "/ "}
VALUE = re.compile(r"^[+＋\-−－]?\d+(?:[.,]\d+)*$")
SIGNS = frozenset("+＋-−－")  # the characters besides digits a VALUE can begin with
NUMBERS_LINE = re.compile(r"^(?:[+＋\-−－]?\d+(?:\.\d+)?|[-/—－])(?:[ \t]+(?:[+＋\-−－]?\d+(?:\.\d+)?|[-/—－])){2,}$")
RULE_LINE = re.compile(r"\|?[\s:\-|]+")  # a markdown table's |---|---| line
# A page number as a PDF copy prints it between two pages of a table: — 2 —, - 3 -, 第2页 共5页.
PAGE_NUMBER = re.compile(r"[-—－–]\s*\d{1,4}\s*[-—－–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?")
WORD = re.compile(r"\S+")
ROW_END = "\x00row"  # pipe and HTML rows end here: a row with trailing blank cells ends with them

# Table 3 row labels, as patterns over the label with spaces, quotes and brackets normalised away.
TABLE3_LABELS: tuple[tuple[str, str], ...] = (
    ("new_received", r"本年新收"),
    ("carried_over", r"上年结转"),
    ("granted", r"予以公开$"),
    ("partially_granted", r"部分公开"),
    ("denied_state_secret", r"国家秘密"),
    ("denied_prohibited_by_law", r"法律行政法规禁止公开"),
    ("denied_three_safeties", r"三安全一稳定"),
    ("denied_third_party", r"第三方合法权益"),
    ("denied_internal_affairs", r"三类内部事务"),
    ("denied_process_info", r"四类过程性"),
    ("denied_enforcement_file", r"行政执法案卷"),
    ("denied_administrative_query", r"行政查询事项"),
    ("unable_not_held", r"本机关不掌握"),
    ("unable_need_creation", r"没有现成信息"),
    ("unable_unclear", r"补正后申请内容仍不明确"),
    ("not_processed_complaint", r"信访举报投诉"),
    ("not_processed_mass_repeat", r"无正当理由大量反复申请"),
    ("not_processed_repeat", r"^\d?重复申请$"),
    ("not_processed_publication", r"公开出版物"),
    ("not_processed_confirmation", r"确认或重新出具"),
    ("other_no_correction", r"逾期不补正"),
    ("other_no_fee", r"逾期未按收费通知"),
    ("total_processed", r"^[七7]?(?:总计|合计)$"),
    ("carried_forward", r"结转下年度"),
)
TABLE3_GROUPS = (
    ("denied", r"^[三3]?不予公开$"),
    ("unable", r"^[四4]?无法提供$"),
    ("not_processed", r"^[五5]?不予处理$"),
    ("other_processing", r"^[六6]?其他处理$"),
    ("results", r"本年度办理结果"),
)
TABLE2_LABELS = (
    ("regulations", r"^规章$"),
    ("normative_documents", r"^(?:行政)?规范性文件$"),
    ("licensing", r"^行政许可$"),
    ("other_management", r"^其他对外管理服务事项$"),
    ("punishment", r"^行政处罚$"),
    ("enforcement", r"^行政强制$"),
    ("fees", r"^行政事业性收费$"),
    ("procurement", r"^政府集中采购$"),
)
TABLE2_WIDTHS = {
    "format_2021": {
        "regulations": 3,
        "normative_documents": 3,
        "licensing": 1,
        "punishment": 1,
        "enforcement": 1,
        "fees": 1,
    },
    "format_2019": {
        "regulations": 3,
        "normative_documents": 3,
        "licensing": 3,
        "other_management": 3,
        "punishment": 3,
        "enforcement": 3,
        "fees": 2,
        "procurement": 2,
    },
}
TABLE2_CELL_COLUMNS = {
    "format_2021": {
        "regulations": ("issued", "repealed", "in_force"),
        "normative_documents": ("issued", "repealed", "in_force"),
        "licensing": ("decisions",),
        "punishment": ("decisions",),
        "enforcement": ("decisions",),
        "fees": ("amount_10k_yuan",),
    },
    "format_2019": {
        "regulations": ("new_made", "new_published", "total_published"),
        "normative_documents": ("new_made", "new_published", "total_published"),
        "licensing": ("previous_year_items", "change", "decisions"),
        "other_management": ("previous_year_items", "change", "decisions"),
        "punishment": ("previous_year_items", "change", "decisions"),
        "enforcement": ("previous_year_items", "change", "decisions"),
        "fees": ("previous_year_items", "change"),
        "procurement": ("procurement_items", "procurement_amount"),
    },
}
TABLE2_START = re.compile(r"规章|规范性文件")
# Table 2's column headers (本年制发件数, 对外公开总数量, 处理决定数量 …), one of which a copy that holds table 2
# has: 规章 and 规范性文件 alone are in most reports' prose, which is no reason to read the text as tables.
TABLE2_COLUMN_HEADER = re.compile(r"件数|(?:制作|公开|项目|决定)数量|总数量")
TABLE4_START = re.compile(r"行政复议|行政诉讼|结果维持")
# Table 4's first two column headers, side by side in every carrier (glued, spaced, a grid's cells, one per line):
# 结果维持 alone is also prose (行政复议结果维持原答复1件), which is no reason to read the text as tables.
TABLE4_COLUMN_HEADER = re.compile(r"结果维持[\s|｜]*结果纠正")
# Table 4's column header alone on its line or cell (结果维持 结果纠正 其他结果 尚未审结 总计): it starts table 4
# even where table 3 was cut short (a copy of the page's first part, a table 3 split by a page break).
TABLE4_HEADER = re.compile(r"(?:结果维持|结果纠正|其他结果|尚未审结|总计|[ \t])+")
# The format notices themselves (〔2021〕30号, 〔2019〕60号) and the labels only one format's tables carry.
FORMAT_2021_MARKS = re.compile(r"本年制发件数|本年废止件数|现行有效件数|逾期不补正|逾期未按收费通知|〔2021〕30号")
FORMAT_2019_MARKS = re.compile(r"本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|本年增/?减|〔2019〕60号")
# Either format's marks, in one scan of the text: three documents in four have neither.
ERA_MARKS = re.compile(f"{FORMAT_2021_MARKS.pattern}|{FORMAT_2019_MARKS.pattern}")
TABLE3_COLUMN_KEYS = tuple(c for c, _ in TABLE3_COLUMNS)
TABLE3_COMBINED_KEYS = tuple(c for c, _ in TABLE3_COMBINED_COLUMNS)
COMBINED_APPLICANTS = TABLE3_COMBINED_KEYS[:-1]
# The standard table's organisation sub-headers: a table 3 headed 法人或其他组织 without them has one column for
# all organisations.
ORG_SUBHEADERS = re.compile(r"商业企业|科研机构|社会公益组织|法律服务机构")


def table3_columns(text: str) -> tuple[str, ...]:
    """The column keys of the table 3 in `text`: the standard seven, or the combined layout's three."""
    if "法人或其他组织" in text and ORG_SUBHEADERS.search(text) is None:
        return TABLE3_COMBINED_KEYS
    return TABLE3_COLUMN_KEYS


LABEL_NOISE = re.compile(r"[\s\"“”'‘’「」『』()（）、，,.．。:：;；]")


class Token(NamedTuple):  # a tuple: a table document has hundreds of tokens
    text: str
    start: int
    end: int
    in_row: bool  # a cell of a pipe row: its row's values are its last cells
    is_value: bool
    glued: bool = False  # a digit group of a line whose cells run together (tasks/glued.py)


# A NamedTuple's own constructor is a Python function: a table document makes hundreds of tokens.
_new_token = partial(tuple.__new__, Token)


def is_value(text: str) -> bool:
    return text in NULL_MARKS or ((text[0].isdecimal() or text[0] in SIGNS) and VALUE.match(text) is not None)


# A line that carries a standard table's row label and digits: its cells may be glued to the label and to
# each other (一、本年新收政府信息公开申请数量801000081), or follow it after spaces (行政许可 97).
GLUED_LINE_LABEL = re.compile(
    r"本年新收|上年结转|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|国家秘密|禁止公开|三安全一稳定|第三方合法权益"
    r"|内部事务|过程性信息|行政执法案卷|行政查询|不掌握|另行制作|仍不明确|信访举报|重复申请|公开出版物|确认或重新出具"
    r"|逾期|总计|合计|结转下年|规章|规范性文件|行政许可|行政处罚|行政强制|行政事业性收费|对外管理服务|结果维持|尚未审结"
)
HAS_DIGIT = re.compile(r"\d")


def glued_tokens(line: str, start: int) -> list[Token]:
    return [
        _new_token((text, a, b, False, digits or is_value(text), digits))
        for text, a, b, digits in glued_pieces(line, start)
    ]


@dataclass(slots=True)
class Cell:
    table: str
    row_key: str
    col_key: str
    value_raw: str
    value: float | None
    char_start: int  # the row: from its label to its last value
    char_end: int
    flags: str | None = None  # how a glued row was split: which identities (and spaces) decided it


class AmbiguousSplit(NamedTuple):
    """A glued row the identities leave more than one reading of: none of its cells is kept (not even those
    every reading agrees on, see `resolve_pending`), and the quarantine says so."""

    table: str
    row_key: str  # "all" for table 4, read as one run
    raw: str  # the row's digits as written
    readings: list[tuple[str, ...]]
    char_start: int
    char_end: int

    def describe(self) -> str:
        shown = " or ".join("|".join(r) for r in self.readings[:4])
        more = f" (and {len(self.readings) - 4} more)" if len(self.readings) > 4 else ""
        return (
            f"ambiguous split: {self.table} row {self.row_key} written {self.raw!r} reads as {shown}{more}; "
            "no cell of it was kept"
        )


@dataclass
class ParsedTables:
    era: str | None
    cells: list[Cell] = field(default_factory=list)
    ambiguous: list[AmbiguousSplit] = field(default_factory=list)
    _index: dict[tuple[str, str, str], Cell] = field(init=False, repr=False, default_factory=dict)
    _indexed: int = field(init=False, repr=False, default=-1)

    def cell(self, table: str, row: str, col: str) -> Cell | None:
        if self._indexed != len(self.cells):
            self._index = {(c.table, c.row_key, c.col_key): c for c in self.cells}
            self._indexed = len(self.cells)
        return self._index.get((table, row, col))

    def value(self, table: str, row: str, col: str) -> float | None:
        found = self.cell(table, row, col)
        return found.value if found is not None else None


def tokens(text: str, begin: int = 0) -> list[Token]:
    """Pipe rows → one token per cell and a row end; lines of numbers → one token per number; else lines.
    From the line at `begin` on (offsets stay the text's)."""
    out: list[Token] = []
    offset = begin
    for line in text[begin:].split("\n"):
        start, stripped = offset + len(line) - len(line.lstrip()), line.strip()
        offset += len(line) + 1
        if not stripped:
            continue
        line_tokens = _line_tokens(stripped) if len(stripped) <= CACHED_LINE else _read_line(stripped)
        out += [_new_token((t, start + a, start + b, row, value, glued)) for t, a, b, row, value, glued in line_tokens]
    return out


# The standard tables' rows are written alike in report after report (| 1.属于国家秘密 | 0 | 0 | …): a line's
# tokens, relative to its start, are read once per worker. Long lines (a flattened page) are not kept.
CACHED_LINE = 400


def _read_line(stripped: str) -> tuple[tuple[str, int, int, bool, bool, bool], ...]:
    """The tokens of one stripped line, their offsets relative to its start."""
    opened = 1
    if not stripped.startswith("|") and stripped.endswith("|"):
        # A grid row that lost its opening pipe (行政规范性文件 | 4 | 0 | 32 |), or one cell per line with
        # its closing pipe (21 |).
        if stripped.count("|") >= 2:
            stripped, opened = "|" + stripped, 0
        else:
            stripped = stripped[:-1].rstrip()
            if not stripped:
                return ()
    if stripped.startswith("|"):
        if RULE_LINE.fullmatch(stripped):
            return ()  # a markdown rule line
        cells = []
        position = opened
        for cell in stripped[1:].rstrip("|").split("|"):
            text = cell.strip()
            begin = position + (cell.find(text) if text else len(cell))
            # Half the cells are whole numbers: is_value is not called for them.
            cells.append((text, begin, begin + len(text), True, text.isdecimal() or is_value(text), False))
            position += len(cell) + 1
        cells.append((ROW_END, position, position, False, False, False))
        return tuple(cells)
    if PAGE_NUMBER.fullmatch(stripped):
        return ()  # a page break's furniture inside a table (— 2 —), not three cells
    if NUMBERS_LINE.match(stripped):
        return tuple(
            (m.group(0), m.start(), m.end(), False, is_value(m.group(0)), False) for m in WORD.finditer(stripped)
        )
    if HAS_DIGIT.search(stripped) and GLUED_LINE_LABEL.search(stripped):
        return tuple(glued_tokens(stripped, 0))
    return ((stripped, 0, len(stripped), False, is_value(stripped), False),)


_line_tokens = lru_cache(maxsize=8192)(_read_line)


def _table3_cells(values: list[Token], width: int) -> list[Token]:
    """A table-3 grid row's last `width` cells; but when blank cells end the row and the cells before them are a
    whole row that adds up (| 9 | 2 | 0 | 1 | 0 | 0 | 12 |  |), those: an empty cell after the last column
    shifts nothing. A blank 总计 (| 61 | … | 1 |  |) stays the row's last cell."""
    last = values[-width:]
    if values and not values[-1].text:
        end = len(values)
        while end and not values[end - 1].text:
            end -= 1
        cells = values[max(0, end - width) : end]
        if len(cells) == width and all(c.text.isdecimal() for c in cells):
            if sum(int(c.text) for c in cells[:-1]) == int(cells[-1].text):
                return cells
    return last


def parse_value(raw: str) -> float | None:
    """A cell's number; None for a blank or a null mark ("-", "/", "—", 不适用). A sign is kept as written:
    validation, not parsing, decides whether a negative number may stand in a column."""
    raw = raw.strip()
    if raw.isdecimal():
        return float(raw)
    if raw in NULL_MARKS or not VALUE.match(raw):
        return None
    return float(raw.lstrip("+＋").replace("−", "-").replace("－", "-").replace(",", ""))


def _label_key(text: str) -> str:
    return LABEL_NOISE.sub("", text).lstrip("一二三四五六七八九十0123456789")


def detect_era(text: str) -> str | None:
    """The format whose marks the text carries; format_2021 when it carries both."""
    first = ERA_MARKS.search(text)
    if first is None:
        return None
    # No mark of either format starts before the first one found: a 2021 mark can only come from there on.
    return "format_2021" if FORMAT_2021_MARKS.search(text, first.start()) else "format_2019"


def _compiled(patterns: tuple[tuple[str, str], ...]) -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((name, re.compile(pattern)) for name, pattern in patterns)


TABLE3_LABELS_RE, TABLE3_GROUPS_RE, TABLE2_LABELS_RE = map(_compiled, (TABLE3_LABELS, TABLE3_GROUPS, TABLE2_LABELS))


def _match(patterns: tuple[tuple[str, re.Pattern], ...], key: str) -> str | None:
    return next((name for name, pattern in patterns if pattern.search(key)), None)


class Label(NamedTuple):
    key: str  # the label without spaces, quotes, brackets and its leading ordinal
    group: str | None  # a table-3 group heading (（三）不予公开 …)
    table3_row: str | None
    table2_row: str | None


@lru_cache(maxsize=4096)
def classify_label(text: str) -> Label:
    """What a non-value token could be. The standard tables label their rows with the same words in every
    report, so a worker classifies each distinct label once."""
    key = _label_key(text)
    return Label(key, _match(TABLE3_GROUPS_RE, key), _match(TABLE3_LABELS_RE, key), _match(TABLE2_LABELS_RE, key))


# What comes first in every standard table: table 2's column header, table 3's first row, table 4's header.
TABLE_OPENINGS = re.compile(rf"{TABLE2_COLUMN_HEADER.pattern}|本年新收|{TABLE4_COLUMN_HEADER.pattern}")


def _first_table_line(text: str) -> int:
    """Where the line holding the first table opening begins: the prose before it holds no table row, and
    tokenising it was most of parse_tables' time."""
    first = TABLE_OPENINGS.search(text)
    return text.rfind("\n", 0, first.start()) + 1 if first else 0


def parse_tables(text: str, era: str | None = None) -> ParsedTables:
    """Every cell of tables 2, 3 and 4 found in `text` (nothing when it holds no standard table), read in
    the format `era` (the document's, `gongkai.tasks.document.fields`), detected here when not given."""
    era = era or detect_era(text)
    parsed = ParsedTables(era)
    # A copy cut short (a page's first bytes) can hold table 2 without table 3.
    if era not in TABLE2_WIDTHS or (
        "本年新收" not in text
        and (TABLE2_START.search(text) is None or TABLE2_COLUMN_HEADER.search(text) is None)
        and TABLE4_COLUMN_HEADER.search(text) is None
    ):
        return parsed
    stream = tokens(text, _first_table_line(text))
    table3_keys = table3_columns(text)
    table3_width = len(table3_keys)
    table3_rows = dict(TABLE3_ROWS_2021 if era == "format_2021" else TABLE3_ROWS_2019)
    current: tuple[str, str, int, bool] | None = None  # (table, row key, values expected, label in a grid row)
    values: list[Token] = []
    label_start = 0
    group = None
    table4_from = None
    table3_started = carried_forward_seen = False
    pending: dict[str, tuple[list[tuple[str, ...]], str, int, int, bool]] = {}  # ambiguous glued table-3 rows

    def emit(flags: str | None = None) -> None:
        nonlocal current, values
        nonlocal table3_started, carried_forward_seen
        assert current is not None  # called only for a row being read
        table, row, width, _ = current
        table3_started = table3_started or table == "table3"
        carried_forward_seen = carried_forward_seen or row == "carried_forward"
        if table == "table3" and row not in table3_rows:
            current, values = None, []  # a group heading's subtotal, not a row of the standard table
            return
        columns = table3_keys if table == "table3" else TABLE2_CELL_COLUMNS[era][row]
        raws = [v.text for v in values] + [""] * (width - len(values))
        end = values[-1].end if values else label_start
        name = f"table2_{era[-4:]}" if table == "table2" else table
        for col, raw in zip(columns, raws):
            # Most cells are whole numbers: parse_value is not called for them.
            value = float(raw) if raw.isdecimal() else parse_value(raw)
            parsed.cells.append(Cell(name, row, col, raw, value, label_start, end, flags))
        current, values = None, []

    def emit_glued() -> None:
        """A row whose values came as glued digit groups: read as written when they are its cells and add up,
        else split by the identities (tasks/glued.py); an ambiguous table-3 row waits for the column
        identities (resolve_pending)."""
        nonlocal current, values
        assert current is not None  # called only for a row being read
        table, row, width, _ = current
        groups = [v.text for v in values]
        if table == "table3":
            if row not in table3_rows:
                emit()
                return
            split = split_glued(groups, 1, table3_width, summed=True)
            decided_by = "identity_3"
        elif len(groups) >= width:
            split, decided_by = Split([tuple(groups[:width])], False), "the spaces"
        elif row == "fees":
            split = Split([], False)  # an amount in 万元 with decimals: the digits do not say where its cells end
        else:
            split, decided_by = split_glued(groups, 1, width, False), "the only cut of its digits"
        readings = split.readings
        if len(readings) == 1:
            end = values[-1].end
            values = [_new_token((raw, end, end, False, True, True)) for raw in readings[0]]
            emit(_split_flag(decided_by, split.by_spaces))
            return
        if len(readings) > 1 and table == "table3" and table3_keys == TABLE3_COLUMN_KEYS:
            pending[row] = (readings, "".join(groups), label_start, values[-1].end, split.by_spaces)
            table3_started_now(table)  # a row of table 3, not yet read (no reading at all: not a row)
        elif len(readings) > 1:
            name = table if table == "table3" else f"table2_{era[-4:]}"
            parsed.ambiguous.append(AmbiguousSplit(name, row, "".join(groups), readings, label_start, values[-1].end))
        current, values = None, []

    def table3_started_now(table: str) -> None:
        nonlocal table3_started, carried_forward_seen
        table3_started = table3_started or table == "table3"
        carried_forward_seen = carried_forward_seen or (current is not None and current[1] == "carried_forward")

    def close_row() -> None:
        if current and values and values[-1].glued:
            emit_glued()

    for i, token in enumerate(stream):
        if token.glued:
            if current:
                values.append(token)
            continue
        if token.text == ROW_END:
            if current and values:
                # In a grid, table 3's label spans blank cells before the values (the values are the row's last
                # cells); table 2's short rows are padded with blank cells after them (its first cells).
                values = _table3_cells(values, current[2]) if current[0] == "table3" else values[: current[2]]
                emit()
            elif current and current[3]:
                current = None  # a label alone in its grid row (the column header 总计) names no table row
            continue
        if current and token.is_value:
            values.append(token)  # blank cells only occur in pipe rows
            if not token.in_row and len(values) == current[2]:
                emit()
            continue
        if token.is_value:
            continue
        close_row()
        if (carried_forward_seen and TABLE4_START.search(token.text)) or (
            "结果维持" in token.text and TABLE4_HEADER.fullmatch(token.text)
        ):
            table4_from = i
            break
        key, group_name, table3_row, table2_row = classify_label(token.text)
        if group_name:
            group = group_name
            current, values, label_start = (
                (
                    "table3",
                    group_name if group_name == "other_processing" else f"{group_name}_subtotal",
                    table3_width,
                    token.in_row,
                ),
                [],
                token.start,
            )
            continue
        row = table3_row
        if (
            row is None
            and key == "其他"
            and (group == "other_processing" or (parsed.cells and parsed.cells[-1].row_key == "other_no_fee"))
        ):
            row = "other_other"  # 3.其他 under （六）; the column header 其他 comes before any row
        if row:
            current, values, label_start = ("table3", row, table3_width, token.in_row), [], token.start
            continue
        row = table2_row if not table3_started else None
        if row and row in TABLE2_WIDTHS[era]:
            current, values, label_start = ("table2", row, TABLE2_WIDTHS[era][row], token.in_row), [], token.start
            continue
    else:
        close_row()
    resolve_pending(parsed, pending, table3_rows)
    if table4_from is not None:
        _parse_table4(stream[table4_from:], parsed)
    return parsed


MAX_COMBINATIONS = 20_000


def _split_flag(decided_by: str, by_spaces: bool) -> str:
    return f"glued row split by {decided_by}" + (" and the spaces" if by_spaces else "")


def resolve_pending(parsed: ParsedTables, pending: dict, table3_rows: dict) -> None:
    """Glued table-3 rows with several readings: the readings of all of them together that the column
    identities allow (一 + 二 = （七） + 四; （七） = Σ results, on every column where every row involved is
    known). A row takes the reading every allowed combination gives it; a row still ambiguous is left unread
    and listed, with the readings still allowed, in `parsed.ambiguous`."""
    if not pending:
        return
    name = "table3"
    known: dict[str, list[float | None]] = {}
    for c in parsed.cells:
        if c.table == name:
            known.setdefault(c.row_key, [None] * len(TABLE3_COLUMN_KEYS))[TABLE3_COLUMN_KEYS.index(c.col_key)] = c.value
    rows = list(pending)
    combinations = 1
    for row in rows:
        combinations *= len(pending[row][0])
    left: dict[str, list[tuple[str, ...]]] = {}  # a row's readings some allowed combination gives it
    if combinations <= MAX_COMBINATIONS:
        allowed = []
        for combo in itertools.product(*(pending[row][0] for row in rows)):
            grid = dict(known)
            grid.update({row: [float(x) for x in reading] for row, reading in zip(rows, combo)})
            if _column_identities_hold(grid):
                allowed.append(combo)
        for i, row in enumerate(rows):
            if allowed:
                left[row] = sorted({combo[i] for combo in allowed})
    for row, (readings, raw, start, end, by_spaces) in pending.items():
        readings = left.get(row, readings)
        if len(readings) > 1:
            # No cell of it: a row with some cells blank would fail identity 3 (a blank part counts as 0) and
            # take its whole table to the quarantine; the quarantine lists the row with its readings instead.
            parsed.ambiguous.append(AmbiguousSplit(name, row, raw, readings, start, end))
            continue
        flags = _split_flag("identity_3, identity_1 and identity_2 (with the other rows)", by_spaces)
        for col, cell in zip(TABLE3_COLUMN_KEYS, readings[0]):
            parsed.cells.append(Cell(name, row, col, cell, float(cell), start, end, flags))


# The column identities (1 and 2) a set of glued rows' readings must satisfy, with a blank part (a row not
# read) leaving its column unchecked: a reading is rejected only on numbers that contradict it.
SPLIT_IDENTITIES = tuple(
    replace(IDENTITY_RULES[name], blank_parts_are_zero=False) for name in ("identity_1", "identity_2")
)


def _column_identities_hold(rows: dict[str, list]) -> bool:
    """Whether table 3's `rows` (row key → its seven values, None where blank) satisfy `SPLIT_IDENTITIES`."""
    keys = list(rows)
    values = np.array([[np.nan if v is None else v for v in rows[k]] for k in keys], dtype="float64")
    grid = Grid(values[None, :, :], pd.Index(["doc"]), pd.Index(keys), pd.Index(TABLE3_COLUMN_KEYS))
    return not any(failing(grid, identity).any() for identity in SPLIT_IDENTITIES)


def _parse_table4(stream: list[Token], parsed: ParsedTables) -> None:
    numbers = [t for t in stream if t.text != ROW_END and t.text and t.is_value][:15]
    if numbers and numbers[0].glued:
        # The digit groups right after the header, up to the next label: table 4's one row, glued.
        run = []
        for t in stream:
            if t.glued:
                run.append(t)
            elif run and not t.is_value:
                break
        split = split_glued([t.text for t in run], 3, 5, summed=True)
        if len(split.readings) > 1:
            raw = "".join(t.text for t in run)
            parsed.ambiguous.append(AmbiguousSplit("table4", "all", raw, split.readings, run[0].start, run[-1].end))
        if len(split.readings) != 1:
            return
        numbers = [_new_token((raw, run[0].start, run[-1].end, False, True, True)) for raw in split.readings[0]]
        flags = _split_flag("identity_4", split.by_spaces)
    else:
        flags = None
    if len(numbers) < 15:
        return
    position = 0
    for row, _ in TABLE4_ROWS:
        for col, _ in TABLE4_COLUMNS:
            token = numbers[position]
            parsed.cells.append(
                Cell("table4", row, col, token.text, parse_value(token.text), numbers[0].start, numbers[-1].end, flags)
            )
            position += 1


# ---- identities (domain guide §2: gongkai.tasks.rules.identities) ---------------------------------------
@dataclass
class Violation:
    identity: str
    table: str
    where: str  # the column or row the identity was checked on
    written: float
    expected: float
    cells: list[tuple[str, str]]  # (row_key, col_key) of every cell the identity involves
    defect: str

    def describe(self) -> str:
        return (
            f"{self.identity} ({IDENTITY_RULES[self.identity].rule}) fails on {self.where}: written "
            f"{self.written:g}, the parts add up to {self.expected:g} — {self.defect}"
        )


def _defect(raws: list[str]) -> str:
    """A table whose every involved cell was read as a number adds up wrong in the published copy; a blank or
    unreadable cell among them more likely means we misread the table."""
    if all(VALUE.match(r.strip()) for r in raws):
        return "source defect: the published table does not add up"
    return "extraction defect: a cell involved was blank or unreadable"


# The order failures are listed in: table 3's columns as the table has them, its rows sorted; table 4's blocks.
AXES = {
    "table3": (None, [*(c for c, _ in TABLE3_COLUMNS), COMBINED_ORG_COLUMN]),
    "table4": ([r for r, _ in TABLE4_ROWS], [c for c, _ in TABLE4_COLUMNS]),
}


def check_identities(cells: list[Cell]) -> list[Violation]:
    """The identities of one document's tables, each failure with its numbers and the cells involved (the
    same identities, evaluated the same way, as the batch's checks). A blank 总计 is never failed."""
    violations = []
    for table, (rows, columns) in AXES.items():
        own = [c for c in cells if c.table == table]
        if not own:
            continue
        grid = grid_of(
            [""] * len(own),
            [c.row_key for c in own],
            [c.col_key for c in own],
            [np.nan if c.value is None else c.value for c in own],
            rows=rows or sorted({c.row_key for c in own}),
            columns=columns,
        )
        raws = {(c.row_key, c.col_key): c.value_raw for c in own}
        for failure in failures(grid, table):
            violations.append(
                Violation(
                    failure.identity.name,
                    table,
                    f"{failure.identity.position} {failure.position}",
                    failure.written,
                    failure.parts,
                    failure.cells,
                    _defect([raws.get(cell, "") for cell in failure.cells]),
                )
            )
    return violations


# ---- facts derived from the tables ----------------------------------------------------------------------
def row_total(parsed: ParsedTables, table: str, row: str) -> float | None:
    """A row's 总计; when the 总计 cell is blank, the sum of its applicant columns (derived, not failed)."""
    total = parsed.value(table, row, "total")
    if total is not None or table != "table3":
        return total
    columns = APPLICANT_COLUMNS if parsed.cell(table, row, COMBINED_ORG_COLUMN) is None else COMBINED_APPLICANTS
    parts = [value for c in columns if (value := parsed.value(table, row, c)) is not None]
    return sum(parts) if len(parts) == len(columns) else None


TABLE_METRICS = (
    ("applications_received", "table3", ("new_received",)),
    ("applications_carried_over", "table3", ("carried_over",)),
    ("applications_granted", "table3", ("granted",)),
    ("applications_partially_granted", "table3", ("partially_granted",)),
    ("applications_denied", "table3", "denied_"),
    ("applications_unable_to_provide", "table3", "unable_"),
    ("applications_not_processed", "table3", "not_processed_"),
    ("applications_other_handling", "table3", "other_"),
    ("applications_processed", "table3", ("total_processed",)),
    ("applications_carried_forward", "table3", ("carried_forward",)),
    ("admin_reconsiderations", "table4", ("review",)),
    ("admin_lawsuits", "table4", ("litigation_direct", "litigation_after_review")),
)
for _name in [name for name, _, _ in TABLE_METRICS] + [
    "admin_reconsiderations_corrected",
    "admin_reconsiderations_pending",
    "normative_documents_published",
]:
    registered_metric(_name, ("件",))  # every table count is in 件


def table_facts(parsed: ParsedTables, text: str) -> list[Fact]:
    """The contract's metrics from the tables (`source='table'`, every count in 件): 一 总计 →
    applications_received, review 总计 → admin_reconsiderations, direct + after-review 总计 → admin_lawsuits,
    …, plus the reconsiderations corrected or pending (for the correction rate) and table 2's 规范性文件 of the
    year. The quote is the table rows the value was read from."""
    facts = []

    def add(metric: str, value: float, table: str, cells: list[Cell], unit: str = "件", derived: bool = False) -> None:
        start, end = min(c.char_start for c in cells), max(c.char_end for c in cells)
        # A fact from a glued row carries how the row was split.
        flags = "; ".join(sorted({c.flags for c in cells if c.flags})) or None
        facts.append(Fact(metric, value, unit, False, "table", text[start:end], start, end, table, flags, derived))

    if not parsed.cells:
        return facts
    row_cells: dict[tuple[str, str], list[Cell]] = {}
    for c in parsed.cells:
        row_cells.setdefault((c.table, c.row_key), []).append(c)
    for name, table, rows in TABLE_METRICS:
        keys = (
            sorted({row for t, row in row_cells if t == table and row.startswith(rows)})
            if isinstance(rows, str)
            else list(rows)
        )
        totals = [total for row in keys if (total := row_total(parsed, table, row)) is not None]
        if keys and len(totals) == len(keys):
            stated = len(keys) == 1 and parsed.value(table, keys[0], "total") is not None
            cells = [c for row in keys for c in row_cells.get((table, row), ())]
            add(name, sum(totals), table, cells, derived=not stated)
    for name, col in (
        ("admin_reconsiderations_corrected", "corrected"),
        ("admin_reconsiderations_pending", "pending"),
    ):
        cell = parsed.cell("table4", "review", col)
        if cell is not None and cell.value is not None:
            add(name, cell.value, "table4", [cell])
    # Each reason row's 总计 (属于国家秘密 …), under the registry's applications_<row_key>.
    for (table, row), cells in row_cells.items():
        total = row_total(parsed, table, row) if table == "table3" and row.startswith(TABLE3_REASON_PREFIXES) else None
        if total is not None and row != "other_processing":  # the 2019 format's one 其他处理 row: the group sum
            add(f"applications_{row}", total, table, cells, derived=parsed.value(table, row, "total") is None)
    column = {"format_2021": "issued", "format_2019": "new_published"}.get(parsed.era or "")
    cell = next((c for c in parsed.cells if c.row_key == "normative_documents" and c.col_key == column), None)
    if cell is not None and cell.value is not None:
        add("normative_documents_published", cell.value, cell.table, [cell])
    # Every other cell of table 2, under the metric registry's names.
    for c in parsed.cells:
        if c.value is None or c.row_key == "normative_documents" and c.col_key == column:
            continue
        metric: str | None
        if c.table == "table2_2021":
            metric = TABLE2_2021_METRICS.get((c.row_key, c.col_key))
        elif c.table == "table2_2019":
            metric = table2_2019_metric(c.row_key, c.col_key)
        else:
            continue
        if metric:
            add(
                metric,
                c.value,
                c.table,
                [c],
                "万元" if c.col_key in ("amount_10k_yuan", "procurement_amount") else "件",
            )
    return facts


TABLE2_2021_METRICS = {
    ("regulations", "issued"): "regulations_issued",
    ("regulations", "repealed"): "regulations_repealed",
    ("regulations", "in_force"): "regulations_in_force",
    ("normative_documents", "repealed"): "normative_documents_repealed",
    ("normative_documents", "in_force"): "normative_documents_in_force",
    ("licensing", "decisions"): "licensing_decisions",
    ("punishment", "decisions"): "penalty_decisions",
    ("enforcement", "decisions"): "enforcement_decisions",
    ("fees", "amount_10k_yuan"): "admin_fee_amount",
}
for (_, _column), _name in TABLE2_2021_METRICS.items():
    registered_metric(_name, ("万元",) if _column == "amount_10k_yuan" else ("件",))
