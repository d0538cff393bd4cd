"""The standard tables: every fixture carrier parses to its expected cells, identities are checked, derived
facts reach the marts, and narrative counts that disagree with the table are flagged, both kept."""

import csv
import json
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gongkai.tasks.document.chain import normalize_records
from gongkai.tasks.document.ingest import ingest_bytes
from gongkai.tasks.document.report_tables import (
    FORMAT_2019_MARKS,
    FORMAT_2021_MARKS,
    check_identities,
    detect_era,
    is_value,
    parse_tables,
    parse_value,
    tokens,
)
from gongkai.tasks.rules.table_labels import TABLE3_ROWS_2021

from test_warehouse import build, read

FIXTURES = Path(__file__).parent / "fixtures" / "tables"
CASES = sorted(p.name.removesuffix(".expected.csv") for p in FIXTURES.glob("*.expected.csv"))


def fixture_text(stem: str) -> str:
    [source] = [p for p in FIXTURES.glob(f"{stem}.*") if p.suffix in (".txt", ".html", ".md")]
    [doc] = normalize_records([ingest_bytes(source.name, source.read_bytes())])
    return doc.norm.text


def expected_cells(stem: str) -> dict:
    with open(FIXTURES / f"{stem}.expected.csv", encoding="utf-8") as f:
        return {
            (r["table"], r["row_key"], r["col_key"]): (r["value_raw"], float(r["value"]) if r["value"] else None)
            for r in csv.DictReader(f)
        }


@pytest.mark.parametrize("stem", CASES)
def test_every_carrier_parses_to_the_expected_cells(stem):
    parsed = parse_tables(fixture_text(stem))
    got = {(c.table, c.row_key, c.col_key): (c.value_raw, c.value) for c in parsed.cells}
    expected = expected_cells(stem)
    wrong = {k: (v, got.get(k)) for k, v in expected.items() if got.get(k) != v}
    assert not wrong, f"{len(wrong)} cells differ, e.g. {list(wrong.items())[:5]}"
    assert set(got) == set(expected)
    assert len(parsed.cells) == len(got), "a cell was read twice"
    assert parsed.era == ("format_2019" if stem.startswith("2019") else "format_2021")


@pytest.mark.parametrize("stem", CASES)
def test_identities_fail_exactly_where_the_fixture_breaks_them(stem):
    violations = check_identities(parse_tables(fixture_text(stem)).cells)
    identity_file = FIXTURES / f"{stem}.identity.json"
    if not identity_file.exists():
        assert violations == []
        return
    declared = json.loads(identity_file.read_text(encoding="utf-8"))
    expected = {f"identity_{b['identity']}" for b in declared["broken"] + declared.get("consequences", [])}
    assert {v.identity for v in violations} == expected
    assert all(v.defect.startswith("source defect") for v in violations)


def test_a_column_header_named_like_a_row_is_not_read_as_that_row():
    # The applicant header ends in a 总计 column; the row under it holds only blanks and org types.
    text = (
        "| | | 申请人情况 | | | | | | |\n"
        "| | | 自然人 | 法人或其他组织 | | | | | 总计 |\n"
        "| | | | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |\n"
        "| 一、本年新收政府信息公开申请数量 | | 7 | 2 | 0 | 0 | 0 | 1 | 10 |\n"
        "| 二、上年结转政府信息公开申请数量 | | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
        "| 三、本年度办理结果 | （一）予以公开 | 6 | 2 | 0 | 0 | 0 | 1 | 9 |\n"
        "| | （七）总计 | 6 | 2 | 0 | 0 | 0 | 1 | 9 |\n"
        "| 四、结转下年度继续办理 | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
    )
    cells = parse_tables(text, "format_2021").cells
    totals = [c for c in cells if c.row_key == "total_processed"]
    assert [c.value for c in totals] == [6, 2, 0, 0, 0, 1, 9]
    assert text[totals[0].char_start : totals[0].char_end].startswith("（七）总计")


def test_cell_offsets_point_at_the_row_in_the_text():
    text = fixture_text("2021_pipe")
    for cell in parse_tables(text).cells:
        row_text = text[cell.char_start : cell.char_end]
        assert cell.value_raw in row_text


def test_a_bare_line_of_fifteen_numbers_is_split_into_cells():
    assert [t.text for t in tokens("1 0 0 0 1 2 0 1 0 3 0 0 0 0 0")] == list("100012010300000")


def _broken_and_clean(**replace: str) -> dict[str, str]:
    files = {
        f"{stem}{p.suffix}": p.read_text(encoding="utf-8")
        for stem in ("2021_broken_total", "2021_pipe")
        for p in FIXTURES.glob(f"{stem}.*")
        if p.suffix in (".txt", ".md")
    }
    for old, new in replace.items():
        assert old in files["2021_broken_total.txt"]
        files["2021_broken_total.txt"] = files["2021_broken_total.txt"].replace(old, new)
    return files


def test_a_table_that_does_not_add_up_as_published_keeps_its_facts_flagged(tmp_path):
    datasets, checks = build(tmp_path, _broken_and_clean())
    quarantine = read(datasets, "quarantine")
    broken = quarantine[quarantine["dataset"] == "table_cells"]
    assert set(broken["check"]) == {"identity_2", "identity_3"}
    assert broken["detail"].str.contains("written 21, the parts add up to 12").any()
    assert broken["detail"].str.contains("source defect").all()
    assert set(broken["severity"]) == {"warning"}
    cells = read(datasets, "table_cells")
    documents = read(datasets, "documents").set_index("source_path")
    good, bad = documents.loc["2021_pipe.md", "doc_id"], documents.loc["2021_broken_total.txt", "doc_id"]
    assert set(cells.loc[cells["doc_id"] == bad, "table"]) == {"table2_2021", "table4"}
    assert len(cells[cells["doc_id"] == good]) == 200
    # Labels never correct the source: the published 总计 is the fact, and it says the table does not add up.
    facts = read(datasets, "facts")
    table3 = facts[(facts["doc_id"] == bad) & (facts["table"] == "table3")].set_index("metric")
    assert table3.loc["applications_granted", "value"] == 21
    assert table3["flags"].str.contains("does not add up").all()
    assert not facts.loc[facts["doc_id"] == good, "flags"].fillna("").str.contains("does not add up").any()
    assert "table_quarantined" not in set(quarantine["check"])
    assert not quarantine["doc_id"].eq(good).any(), "a table that adds up has no quarantine rows"


def test_a_table_we_may_have_misread_loses_its_facts(tmp_path):
    # The same table with one cell of the failing row unreadable: our reading, not the source, may be wrong.
    files = _broken_and_clean(**{"| （一）予以公开 | 9 | 2 |": "| （一）予以公开 | 9 | 2l |"})
    datasets, checks = build(tmp_path, files)
    quarantine = read(datasets, "quarantine")
    documents = read(datasets, "documents").set_index("source_path")
    bad = documents.loc["2021_broken_total.txt", "doc_id"]
    facts = read(datasets, "facts")
    assert not ((facts["doc_id"] == bad) & (facts["table"] == "table3")).any()
    assert quarantine.query("check == 'table_quarantined'")["doc_id"].eq(bad).all()
    assert quarantine.query("check == 'table_quarantined'")["doc_id"].eq(bad).any()


def standard_report(
    agency: str,
    year: int,
    received: int,
    carried_over: int,
    granted: int,
    partial: int,
    unable: int,
    forward: int,
    review: tuple[int, int, int, int],
    said_received: int | None = None,
) -> str:
    """A 2021-format report whose tables add up (all applicants are natural persons)."""
    processed = received + carried_over - forward
    other = processed - granted - partial - unable
    values = {
        "new_received": received,
        "carried_over": carried_over,
        "granted": granted,
        "partially_granted": partial,
        "unable_not_held": unable,
        "other_other": other,
        "total_processed": processed,
        "carried_forward": forward,
    }
    rows = "\n".join(
        f"| {label} | {values.get(key, 0)} | 0 | 0 | 0 | 0 | 0 | {values.get(key, 0)} |"
        for key, label in TABLE3_ROWS_2021
    )
    maintained, corrected, other4, pending = review
    return (
        f"{agency}{year}年政府信息公开工作年度报告\n"
        "一、总体情况\n"
        f"{year}年，本机关依法做好依申请公开工作，全年共新收政府信息公开申请{said_received or received}件。\n"
        "二、主动公开政府信息情况\n"
        "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
        "| 规章 | 0 | 0 | 0 |\n| 行政规范性文件 | 2 | 0 | 9 |\n"
        "| 信息内容 | 本年处理决定数量 |\n| 行政许可 | 40 |\n| 行政处罚 | 3 |\n| 行政强制 | 0 |\n"
        "| 信息内容 | 本年收费金额（单位：万元） |\n| 行政事业性收费 | 0 |\n"
        "三、收到和处理政府信息公开申请情况\n"
        "| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"
        f"{rows}\n"
        "四、政府信息公开行政复议、行政诉讼情况\n"
        "| 行政复议 | 行政诉讼 |\n"
        f"| {maintained} | {corrected} | {other4} | {pending} | {sum(review)} | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
        "五、存在的主要问题及改进情况\n答复文书的说理还不够充分。\n"
        "六、其他需要报告的事项\n本年度未收取信息处理费。\n"
    )


def test_a_narrative_count_that_disagrees_with_the_table_is_kept_and_flagged(tmp_path):
    report = standard_report("武威市自然资源局", 2022, 30, 2, 20, 4, 3, 1, (5, 1, 0, 0), said_received=33)
    datasets, _ = build(tmp_path, {"a.txt": report})
    facts = read(datasets, "facts").query("metric == 'applications_received'").set_index("source")
    assert facts.loc["narrative", "value"] == 33 and facts.loc["table", "value"] == 30
    assert facts.loc["narrative", "flags"] == "disagrees with the table: 30"
    assert facts.loc["table", "flags"] == "disagrees with the narrative: 33"


def test_derived_facts_and_rates_reach_the_mart_over_three_years(tmp_path):
    reports = {
        "2020.txt": standard_report("武威市自然资源局", 2020, 40, 2, 25, 5, 6, 4, (3, 1, 0, 1)),
        "2021.txt": standard_report("武威市自然资源局", 2021, 50, 4, 30, 10, 8, 6, (6, 2, 0, 0)),
        "2022.txt": standard_report("武威市自然资源局", 2022, 60, 5, 41, 8, 5, 3, (4, 0, 1, 0)),
    }
    out = tmp_path / "marts.duckdb"
    datasets, checks = build(tmp_path, reports, marts_file=out)
    assert read(datasets, "quarantine").empty
    con = duckdb.connect(str(out), read_only=True)
    rows = con.execute("""
        select report_year, applications_received, applications_processed, has_standard_tables,
               substantive_disclosure_rate_numerator, substantive_disclosure_rate_denominator,
               carry_forward_rate_numerator, carry_forward_rate_denominator,
               review_correction_rate_numerator, review_correction_rate_denominator, review_correction_rate,
               dispute_rate_numerator, dispute_rate_denominator, carried_over_matches_previous_year,
               applications_received_change
        from mart_agency_year order by report_year""").fetchall()
    con.close()
    assert [r[0] for r in rows] == [2020, 2021, 2022]
    assert rows[1][1:4] == (50.0, 48.0, True)
    assert rows[1][4:8] == (40.0, 48.0, 6.0, 54.0)
    assert rows[1][8:11] == (2.0, 8.0, 0.25)
    assert rows[0][8:11] == (1.0, 4.0, None)  # a denominator below 5 suppresses the rate, not its parts
    assert rows[1][11:13] == (8.0, 50.0)
    assert [r[13] for r in rows] == [None, True, False]  # 2022 carried over 5, 2021 carried forward 6
    assert [r[14] for r in rows] == [None, 10.0, 10.0]
    con = duckdb.connect(str(out), read_only=True)
    year = con.execute(
        "select substantive_disclosure_rate_numerator, substantive_disclosure_rate_denominator, "
        "substantive_disclosure_rate from mart_year where report_year = 2021"
    ).fetchone()
    con.close()
    assert year == (40.0, 48.0, 40 / 48)


# ASCII and other Unicode decimal digits, and what a cell holds besides them.
CELL_ALPHABET = "0123456789٠٣۵०७０９,.+-−－ 总计/—"


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=CELL_ALPHABET, max_size=8))
def test_a_whole_number_cell_is_a_value(text):
    """`tokens` marks a cell that str.isdecimal accepts as a value without calling is_value, and
    `parse_tables` reads its number with float() without calling parse_value."""
    if text.isdecimal():
        assert is_value(text)
        assert parse_value(text) == float(text)


def era_by_two_scans(text: str) -> str | None:
    """detect_era as it was: the 2021 marks searched for first, then the 2019 marks."""
    if FORMAT_2021_MARKS.search(text):
        return "format_2021"
    if FORMAT_2019_MARKS.search(text):
        return "format_2019"
    return None


# Whole marks of both formats, and pieces of them that overlap or run into one another (本年增本年制发件数).
ERA_TEXTS = st.lists(
    st.sampled_from(
        (
            "本年制发件数",
            "现行有效件数",
            "逾期不补正",
            "〔2021〕30号",
            "本年新制作数量",
            "本年增/减",
            "本年增减",
            "〔2019〕60号",
            "本年",
            "本年增",
            "本年制发",
            "件数",
            "逾期",
            "〔2019〕",
            "〔2021〕",
            "30号",
            "60号",
            "数量",
            "，",
            "的",
        )
    ),
    max_size=12,
).map("".join)


@settings(max_examples=2000, deadline=None)
@given(ERA_TEXTS)
def test_one_scan_for_both_formats_finds_the_era_two_scans_find(text):
    assert detect_era(text) == era_by_two_scans(text)
