"""Property: a flattened copy of tables 3 and 4, cells glued as real copies glue them, is read exactly — every
cell the reader gives has the table's value, and a row it cannot settle is reported ambiguous, never guessed.

The tables are generated to satisfy the identities (each table-3 row's 总计 is the sum of its six applicant
columns, 一 + 二 = （七） + 四 and （七） = Σ results in every column, each table-4 block's 总计 is the sum of its
four). The glue is what flattening does to a separator: it vanishes or becomes a space (so a space always
falls between two cells), the next row's item number (1.属于…) follows the last cell directly, and table 4 is
one digit run after its header.
"""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gongkai.tasks.document.report_tables import parse_tables
from gongkai.tasks.rules.identities import APPLICANT_COLUMNS, RESULT_PREFIXES, RESULT_ROWS
from gongkai.tasks.rules.table_labels import TABLE3_COLUMNS, TABLE3_ROWS_2021, TABLE4_COLUMNS, TABLE4_ROWS

from conftest import annual_report
from test_warehouse import build, read

HEADER = "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
GROUP_HEADINGS = {  # the heading written before the first row of each group
    "granted": "三、本年度办理结果",
    "denied_state_secret": "（三）不予公开",
    "unable_not_held": "（四）无法提供",
    "not_processed_complaint": "（五）不予处理",
    "other_no_correction": "（六）其他处理",
}
TABLE4_HEADER = (
    "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计"
    "未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计"
)
RESULTS = [r for r, _ in TABLE3_ROWS_2021 if r in RESULT_ROWS or r.startswith(RESULT_PREFIXES)]
COLUMNS = [c for c, _ in TABLE3_COLUMNS]

# Most cells of a real table are 0; some are small counts, a few are large.
count = st.one_of(st.just(0), st.just(0), st.integers(1, 9), st.integers(10, 99), st.integers(100, 2000))


@st.composite
def table3(draw) -> dict[str, list[int]]:
    """Row key → the seven cells (six applicant columns, then 总计), satisfying identities 1, 2 and 3."""
    rows = {row: [draw(count) if draw(st.booleans()) else 0 for _ in APPLICANT_COLUMNS] for row in RESULTS}
    processed = [sum(rows[r][i] for r in RESULTS) for i in range(len(APPLICANT_COLUMNS))]
    forward = [draw(count) for _ in APPLICANT_COLUMNS]
    over = [draw(st.integers(0, min(p + f, 30))) for p, f in zip(processed, forward)]
    rows |= {
        "total_processed": processed,
        "carried_forward": forward,
        "carried_over": over,
        "new_received": [p + f - o for p, f, o in zip(processed, forward, over)],
    }
    return {row: cells + [sum(cells)] for row, cells in rows.items()}


@st.composite
def table4(draw) -> list[int]:
    cells = []
    for _ in TABLE4_ROWS:
        parts = [draw(count) for _ in TABLE4_COLUMNS[1:]]
        cells += parts + [sum(parts)]
    return cells


def glue(draw, cells: list[int]) -> str:
    """The cells run together; each separator is lost or left as a space."""
    text = str(cells[0])
    for cell in cells[1:]:
        text += draw(st.sampled_from(["", "", " "])) + str(cell)
    return text


@st.composite
def flattened_copy(draw) -> tuple[str, dict[str, list[int]], list[int]]:
    rows, blocks = draw(table3()), draw(table4())
    text = HEADER
    for row, label in TABLE3_ROWS_2021:
        text += GROUP_HEADINGS.get(row, "") + label + glue(draw, rows[row]) + draw(st.sampled_from(["", " "]))
    text += TABLE4_HEADER + glue(draw, blocks)
    return text, rows, blocks


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(flattened_copy())
def test_a_glued_table_is_read_exactly_or_said_ambiguous(copy):
    read_exactly_or_said_ambiguous(copy)


def test_a_table4_run_of_more_than_forty_digits_is_read():
    # Found by the property above: table 4's run was dropped unread, neither split nor listed, past 40 digits.
    rows = {row: [0] * 7 for row, _ in TABLE3_ROWS_2021}
    blocks = [0, 10, 100, 1000, 1110, 0, 10, 100, 1890, 2000, 0, 100, 960, 1000, 2060]
    text = HEADER + "".join(label + "0" * 7 for _, label in TABLE3_ROWS_2021) + TABLE4_HEADER
    text += "".join(map(str, blocks))
    assert len("".join(map(str, blocks))) > 40
    read_exactly_or_said_ambiguous((text, rows, blocks))


def read_exactly_or_said_ambiguous(copy: tuple[str, dict[str, list[int]], list[int]]) -> None:
    text, rows, blocks = copy
    parsed = parse_tables(text, "format_2021")
    ambiguous = {(a.table, a.row_key) for a in parsed.ambiguous}
    read: dict[tuple[str, str], dict[str, float]] = {}
    for cell in parsed.cells:
        read.setdefault((cell.table, cell.row_key), {})[cell.col_key] = cell.value
    for row, values in rows.items():
        got = read.get(("table3", row), {})
        for col, value in zip(COLUMNS, values):
            assert got.get(col, value) == value, (row, col, text)  # never a wrong value
        assert len(got) == len(COLUMNS) or (not got and ("table3", row) in ambiguous), (row, got, text)
    truth4 = {(r, c): v for (r, c), v in zip([(r, c) for r, _ in TABLE4_ROWS for c, _ in TABLE4_COLUMNS], blocks)}
    got4 = {(r, c): v for (_, r), cols in read.items() if _ == "table4" for c, v in cols.items()}
    for key, value in got4.items():
        assert truth4[key] == value, (key, text)
    assert len(got4) == len(truth4) or ("table4", "all") in ambiguous, text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(flattened_copy())
def test_a_split_says_which_identities_decided_it(copy):
    text, _rows, _blocks = copy
    parsed = parse_tables(text, "format_2021")
    for cell in parsed.cells:
        if cell.table == "table3":
            assert cell.flags and "identity_3" in cell.flags, cell
        if cell.table == "table4":
            assert cell.flags and "identity_4" in cell.flags, cell
    for entry in parsed.ambiguous:
        assert len(entry.readings) > 1 and entry.raw


# A copy cut after table 3's first rows: the glued row 一 adds up two ways (1 8 0 0 10 1 20 and 18 0 0 1 0 1
# 20) and no later row is there to decide between them.
CUT_SHORT = (
    "本年制发件数本年废止件数现行有效件数规章000行政规范性文件341\n"
    "三、收到和处理政府信息公开申请情况\n"
    f"{HEADER}一、本年新收政府信息公开申请数量180010120二、上年结转政府信息公开申请数量0000000\n"
)


def test_an_ambiguous_row_is_left_unread_and_listed_with_its_readings():
    parsed = parse_tables(CUT_SHORT, "format_2021")
    [entry] = parsed.ambiguous
    assert (entry.table, entry.row_key, entry.raw) == ("table3", "new_received", "180010120")
    assert sorted(entry.readings) == [("1", "8", "0", "0", "10", "1", "20"), ("18", "0", "0", "1", "0", "1", "20")]
    assert not [c for c in parsed.cells if c.row_key == "new_received"]
    assert parsed.value("table3", "carried_over", "total") == 0


def test_the_quarantine_says_which_split_is_ambiguous_and_cells_say_how_they_were_split(tmp_path):
    body = "全年主动公开政府信息52条。\n" + CUT_SHORT
    datasets, _checks = build(tmp_path, {"cut.txt": annual_report("某县农业农村局", 2023, body)})
    quarantine = read(datasets, "quarantine").query("check == 'ambiguous_split'")
    [detail] = quarantine["detail"]
    assert detail.startswith("ambiguous split: table3 row new_received written '180010120'")
    assert "1|8|0|0|10|1|20" in detail and "18|0|0|1|0|1|20" in detail
    cells = read(datasets, "table_cells").set_index(["row_key", "col_key"])
    assert cells.loc[("carried_over", "total"), "flags"] == "glued row split by identity_3"
    assert "new_received" not in cells.index.get_level_values("row_key")
    assert read(datasets, "quarantine").query("dataset == 'table_cells'")["check"].eq("ambiguous_split").all()
