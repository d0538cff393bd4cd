"""Standard tables whose cells were glued together when the page was flattened.

A flattened copy of table 3 can carry a whole row as one digit string after its label
(`（一）予以公开270020130` = 27, 0, 0, 2, 0, 1, 30), with stray spaces that may or may not fall between two
cells (`20 0 00 0 121`), the next row's item number glued to the end (`00000002.其他法律…`), and table 4 as
one run of digits. Such a row is read only where the tables' own identities leave a single reading:

- table 3, each row: 总计 = the six applicant columns;
- table 4, each block: 总计 = 维持 + 纠正 + 其他 + 尚未审结;
- table 2: no identity — a row is read only when its digits split one way at all;
- a cell is "0" or a number without a leading zero, and at most MAX_CELL_DIGITS long.

When several readings survive, the ones whose cell boundaries fall on every space of the source are kept;
when still more than one survives the row is ambiguous and left unread (the walker may still settle it with
the column identities 1 and 2, see `report_tables.resolve_pending`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

MAX_CELL_DIGITS = 6
# A run of digits possibly broken by spaces: a glued row's cells.
DIGIT_RUN = re.compile(r"\d(?:[ \t]*\d)*")
# The item number of the next row (2.其他法律…, 8．属于…): a digit right before a full stop and a non-digit.
ORDINAL_AFTER = re.compile(r"[.．、](?=[^\d\s])")
# Where a glued line's text splits into labels: before an outline number (一、 （一） 1.) and after a column
# header of table 2, which the row label follows directly.
TABLE2_HEADERS = (
    "本年制发件数",
    "本年废止件数",
    "现行有效件数",
    "本年处理决定数量",
    "本年收费金额（单位：万元）",
    "本年收费金额(单位:万元)",
    "本年新制作数量",
    "本年新公开数量",
    "对外公开总数量",
    "上一年项目数量",
    "本年增/减",
    "处理决定数量",
    "采购项目数量",
    "采购总金额",
    "信息内容",
)
LABEL_SPLIT = re.compile(
    r"(?<=[^一二三四五六七八九十])(?=[一二三四五六七八九十]、)|(?=[（(][一二三四五六七八九十][）)])"
    + "".join(f"|(?<={re.escape(h)})" for h in TABLE2_HEADERS)
)


def glued_pieces(line: str, start: int) -> Iterator[tuple[str, int, int, bool]]:
    """A glued line as (text, start, end, is_digits) pieces: label texts, and each space-separated group of a
    digit run (the groups of one run follow each other). A digit right before `.`/`、` and a label is the
    next row's item number and stays with its label."""
    position = 0
    pending_text_from = 0

    def texts(upto: int) -> Iterator[tuple[str, int, int, bool]]:
        segment = line[pending_text_from:upto]
        cuts = [0] + [m.start() for m in LABEL_SPLIT.finditer(segment) if 0 < m.start() < len(segment)] + [len(segment)]
        for a, b in zip(cuts, cuts[1:]):
            piece = segment[a:b]
            text = piece.strip()
            if text:
                offset = pending_text_from + a + piece.find(text)
                yield text, start + offset, start + offset + len(text), False

    for m in DIGIT_RUN.finditer(line):
        run_start, run_end = m.span()
        if run_start < position:
            continue
        if ORDINAL_AFTER.match(line, run_end):
            run_end -= 1  # the last digit is the next row's item number
            while run_end > run_start and line[run_end - 1] in " \t":
                run_end -= 1
        yield from texts(run_start)
        pending_text_from = position = run_start
        if run_end <= run_start:
            continue  # only an item number: the label goes on from it
        for g in re.finditer(r"\d+", line[run_start:run_end]):
            yield g.group(0), start + run_start + g.start(), start + run_start + g.end(), True
        pending_text_from = position = run_end
    yield from texts(len(line))


def _is_cell(digits: str) -> bool:
    return 0 < len(digits) <= MAX_CELL_DIGITS and (digits == "0" or digits[0] != "0")


def _cells(digits: str, parts: int, total: int | None = None) -> Iterator[tuple[str, ...]]:
    """Every way to cut `digits` into `parts` cells, each "0" or without a leading zero; with `total`, only
    the cuts whose cells add up to it (a cell larger than what is left of it ends the search early)."""
    if parts == 1:
        if _is_cell(digits) and (total is None or int(digits) == total):
            yield (digits,)
        return
    longest = 1 if digits[:1] == "0" else MAX_CELL_DIGITS
    for n in range(1, min(longest, len(digits) - parts + 1) + 1):
        head = digits[:n]
        if total is not None and int(head) > total:
            break  # a longer head is larger still
        for rest in _cells(digits[n:], parts - 1, None if total is None else total - int(head)):
            yield (head, *rest)


def _block(digits: str, width: int, summed: bool) -> Iterator[tuple[str, ...]]:
    """The cuts of one block; with `summed`, its last cell (tried first, from the end) is the sum of the others."""
    if not summed:
        yield from _cells(digits, width)
        return
    for n in range(1, min(MAX_CELL_DIGITS, len(digits) - width + 1) + 1):
        total = digits[len(digits) - n :]
        if _is_cell(total):
            for parts in _cells(digits[: len(digits) - n], width - 1, int(total)):
                yield (*parts, total)


@lru_cache(maxsize=4096)
def _blocks(digits: str, blocks: int, width: int, summed: bool) -> tuple[tuple[str, ...], ...]:
    """Cuts of `digits` into `blocks` blocks of `width` cells; with `summed`, each block's last cell is the sum
    of the others. Block by block, so that a wrong first block is given up before the rest is cut; the cuts
    of a run's tail are the same whatever its head, so they are computed once."""
    if blocks == 0:
        return ((),) if not digits else ()
    return tuple(
        block + rest
        for size in range(width, min(len(digits), width * MAX_CELL_DIGITS) + 1)
        if len(digits) - size <= (blocks - 1) * width * MAX_CELL_DIGITS
        for block in _block(digits[:size], width, summed)
        for rest in _blocks(digits[size:], blocks - 1, width, summed)
    )


class Split(NamedTuple):
    readings: list[tuple[str, ...]]  # the cuts the identities (and the spaces) allow
    by_spaces: bool  # the spaces of the source ruled out readings the identities allowed


def split_glued(groups: list[str], blocks: int, width: int, summed: bool) -> Split:
    """The readings of a glued run (its space-separated `groups`) as `blocks` × `width` cells that the
    identities allow; when more than one, those whose boundaries fall on every space; none when none.

    A space is taken to fall between two cells: flattening turns a lost separator into nothing or a space,
    and does not break a number. A copy that did (a PDF line break inside a cell) has no reading on its
    spaces, and then every reading the identities allow is kept."""
    digits = "".join(groups)
    # A run longer than its cells can be is not this row (table 4's 15 cells: up to 90 digits).
    if not digits.isdigit() or len(digits) > blocks * width * MAX_CELL_DIGITS:
        return Split([], False)
    readings = list(_blocks(digits, blocks, width, summed))
    if len(readings) > 1:
        spaces, at = set(), 0
        for g in groups[:-1]:
            at += len(g)
            spaces.add(at)

        def on_spaces(reading: tuple[str, ...]) -> bool:
            bounds, at = set(), 0
            for cell in reading[:-1]:
                at += len(cell)
                bounds.add(at)
            return spaces <= bounds

        kept = [r for r in readings if on_spaces(r)]
        if kept and len(kept) < len(readings):
            return Split(kept, True)
    return Split(readings, False)
