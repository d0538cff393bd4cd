"""`gongkai sql` on a real marts file: one query in every format, and the interactive prompt driven through a
pseudo-terminal (pexpect), including a run published while the session is open."""

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from gongkai.settings import MARTS_FILE
from gongkai.tasks.warehouse.publish import publish, staging_dir

from conftest import annual_report
from test_warehouse import build

REPORTS = {
    f"{year}/{agency}.txt": annual_report(
        agency, year, f"全年主动公开政府信息{items}条，其中“公开”栏目{items // 2}条。"
    )
    for agency, year, items in [("白银市民政局", 2019, 120), ("白银市民政局", 2020, 140), ("天水市教育局", 2020, 60)]
}


def published(tmp_path: Path, reports: dict[str, str], warehouse: Path) -> Path:
    """Build the reports as the flow does and publish them into `warehouse`, as a run's last step does."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    marts_file = tmp_path / MARTS_FILE
    datasets, _ = build(tmp_path, reports, marts_file=marts_file)
    warehouse.mkdir(parents=True, exist_ok=True)
    staging = staging_dir(warehouse, tmp_path.name)  # a run's own staging folder: snapshots are named after it
    staging.rmdir()
    datasets.parent.rename(staging)
    publish(staging, warehouse, marts_file)
    return warehouse


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    return published(tmp_path_factory.mktemp("sql"), REPORTS, tmp_path_factory.mktemp("sql-wh") / "warehouse")


def gongkai_sql(warehouse: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "gongkai.cli", "sql", "--warehouse", str(warehouse), *args],
        capture_output=True,
        text=True,
    )


def test_a_query_prints_its_result_as_a_table(warehouse):
    result = gongkai_sql(warehouse, "select count(*) as documents from documents")
    assert result.returncode == 0, result.stderr
    assert "documents" in result.stdout and "│ 3 " in result.stdout and "(1 row)" in result.stdout


def test_csv_round_trips_through_the_csv_reader(warehouse):
    query = "select agency, report_year, proactive_disclosed_items from mart_agency_year order by report_year, agency"
    result = gongkai_sql(warehouse, query, "--format", "csv")
    assert list(csv.reader(io.StringIO(result.stdout))) == [
        ["agency", "report_year", "proactive_disclosed_items"],
        ["白银市民政局", "2019", "120"],
        ["天水市教育局", "2020", "60"],
        ["白银市民政局", "2020", "140"],
    ]


def test_json_and_markdown(warehouse):
    query = "select report_year, agencies from mart_year order by report_year"
    rows = json.loads(gongkai_sql(warehouse, query, "--format", "json").stdout)
    assert rows == [{"report_year": 2019, "agencies": 1}, {"report_year": 2020, "agencies": 2}]
    markdown = gongkai_sql(warehouse, query, "--format", "markdown").stdout.splitlines()
    assert markdown == ["| report_year | agencies |", "|---|---|", "| 2019 | 1 |", "| 2020 | 2 |"]


def test_the_warehouse_cannot_be_changed(warehouse):
    result = gongkai_sql(warehouse, "delete from documents")
    assert result.returncode == 1
    assert "read-only" in result.stderr
    assert "│ 3 " in gongkai_sql(warehouse, "select count(*) from documents").stdout


def prompt(warehouse: Path, history: Path) -> pexpect.spawn:
    env = os.environ | {"GONGKAI_SQL_HISTORY": str(history), "TERM": "dumb", "COLUMNS": "200"}
    session = pexpect.spawn(
        sys.executable,
        ["-m", "gongkai.cli", "sql", "--warehouse", str(warehouse)],
        env=env,
        encoding="utf-8",
        timeout=30,
        dimensions=(50, 200),
    )
    session.expect_exact("gongkai> ")
    return session


def test_the_prompt_reads_statements_over_lines_lists_tables_and_describes_columns(warehouse, tmp_path):
    history = tmp_path / "history"
    session = prompt(warehouse, history)
    session.sendline("select agency, count(*) as years")
    session.expect_exact("...> ")
    session.sendline("from mart_agency_year group by agency")
    session.expect_exact("...> ")
    session.sendline("order by agency;")
    session.expect(r"天水市教育局\s*│\s*1\s*│")
    session.expect(r"白银市民政局\s*│\s*2\s*│")
    session.expect_exact("gongkai> ")
    session.sendline(".tables")
    session.expect(r"mart_agency_year\s*│\s*table\s*│\s*One row per agency × report_year")
    session.expect_exact("gongkai> ")
    session.sendline(".schema mart_agency_year")
    session.expect(r"applications_received\s*│\s*BIGINT\s*│\s*本年新收政府信息公开申请")
    session.expect_exact("gongkai> ")
    session.sendline("select * from no_such_table;")
    session.expect_exact("Catalog Error")
    session.expect_exact("gongkai> ")
    session.sendline(".quit")
    session.expect(pexpect.EOF)
    session.close()
    assert session.exitstatus == 0
    # The history keeps the statements for the next session, the multi-line one recalled on one line.
    assert "select agency, count(*) as years from mart_agency_year group by agency order by agency;" in (
        history.read_text(encoding="utf-8")
    )


def test_a_session_keeps_reading_while_a_run_is_published_and_sees_it_after_reconnecting(tmp_path):
    warehouse = published(tmp_path / "first", dict(list(REPORTS.items())[:1]), tmp_path / "warehouse")
    session = prompt(warehouse, tmp_path / "history")
    session.sendline("select count(*) as n from documents;")
    session.expect(r"│\s*1\s*│")
    session.expect_exact("gongkai> ")

    published(tmp_path / "second", REPORTS, warehouse)  # the run's publish step, the session still open
    session.sendline("select count(*) as n from documents;")
    session.expect(r"│\s*1\s*│")  # the run it opened, whole
    session.expect_exact("gongkai> ")
    session.sendline(".reconnect")
    session.expect_exact("gongkai> ")
    session.sendline("select count(*) as n from documents;")
    session.expect(r"│\s*3\s*│")
    session.expect_exact("gongkai> ")
    session.sendeof()
    session.expect(pexpect.EOF)
