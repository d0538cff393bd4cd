"""The marts file as an analyst meets it: every table, view and column described, counts as integers, the marts
also as Parquet, and the file opened by the oldest DuckDB the README claims (installed from PyPI into the
pytest cache on first use, then reused)."""

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from gongkai.tasks.warehouse.marts import MARTS_DIR, MODELS, OLDEST_DUCKDB

from conftest import annual_report
from test_warehouse import build

REPORTS = {
    f"{agency}/{year}.txt": annual_report(
        agency,
        year,
        f"全年主动公开政府信息{items}条。全年共受理政府信息公开申请{received}件，其中予以公开{granted}件。",
    )
    for agency, year, items, received, granted in [
        ("白银市民政局", 2017, 120, 14, 9),
        ("白银市民政局", 2018, 135, 17, 12),
        ("天水市教育局", 2018, 80, 6, 6),
    ]
}
MARTS = tuple(name for layer, name, _ in MODELS if layer == "marts")
# A column counted in 万元, a rate, a mean, a slope or a similarity is not a whole number; every other number in a mart is.
FRACTIONAL = {
    "fees_charged",
    "mean_applications_received",
    "applications_received_trend",
    "proactive_disclosed_trend",
    "similarity",
}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("docs")
    marts_file = root / "gongkai.duckdb"
    datasets, checks = build(root, REPORTS, marts_file=marts_file)
    assert not [c for c in checks if c.severity == "blocking" and c.failed_rows]
    return datasets, marts_file


def test_every_table_view_and_column_is_described(warehouse):
    _, marts_file = warehouse
    with duckdb.connect(str(marts_file), read_only=True) as con:
        columns = con.sql("select table_name, column_name, comment from duckdb_columns() where not internal").fetchall()
        relations = con.sql(
            "select table_name, comment from duckdb_tables() where not internal"
            " union all select view_name, comment from duckdb_views() where not internal"
        ).fetchall()
    assert {table for table, _, _ in columns} >= {"documents", "facts", "sections", *MARTS, "stg_documents"}
    assert [(t, c) for t, c, comment in columns if not comment] == []
    assert [t for t, comment in relations if not comment] == []
    described = {(t, c): comment for t, c, comment in columns}
    # The metric columns are described from the registry's Chinese labels.
    assert "本年新收政府信息公开申请" in described["mart_agency_year", "applications_received"]


def test_counts_are_integers_and_amounts_and_rates_are_not(warehouse):
    _, marts_file = warehouse
    with duckdb.connect(str(marts_file), read_only=True) as con:
        types = dict(
            con.sql(
                "select table_name || '.' || column_name, data_type from duckdb_columns()"
                " where table_name like 'mart_%' and data_type in ('DOUBLE', 'HUGEINT', 'BIGINT')"
            ).fetchall()
        )
        received = con.sql("select applications_received from mart_agency_year order by agency, report_year").fetchall()
    doubles = {name.split(".")[1] for name, kind in types.items() if kind == "DOUBLE"}
    assert "HUGEINT" not in types.values()
    assert {name for name in doubles if not name.endswith("_rate")} == FRACTIONAL
    assert types["mart_agency_year.applications_received"] == "BIGINT"
    assert types["mart_year.grant_rate_numerator"] == "BIGINT"
    assert received == [(6,), (14,), (17,)]  # 天水 sorts before 白银


def test_marts_are_written_as_parquet_with_the_marts_rows(warehouse):
    datasets, marts_file = warehouse
    with duckdb.connect(str(marts_file), read_only=True) as con:
        expected = {name: con.sql(f"select * from {name}").fetchdf() for name in MARTS}
    for name in MARTS:
        table = pq.read_table(datasets / MARTS_DIR / name)
        assert table.column_names == list(expected[name].columns)
        assert table.num_rows == len(expected[name])
    agency_year = pq.read_table(datasets / MARTS_DIR / "mart_agency_year").to_pylist()
    assert {(r["agency"], r["report_year"], r["applications_granted"]) for r in agency_year} == {
        ("白银市民政局", 2017, 9),
        ("白银市民政局", 2018, 12),
        ("天水市教育局", 2018, 6),
    }


@pytest.fixture(scope="session")
def oldest_duckdb(request) -> Path:
    """The oldest duckdb wheel the README claims, installed apart from the project's own duckdb."""
    target = request.config.cache.mkdir(f"duckdb-{OLDEST_DUCKDB}")
    if not (target / "duckdb").is_dir():
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "--target", str(target), f"duckdb=={OLDEST_DUCKDB}"],
            check=True,
        )
    return target


OLD_READER = """
import duckdb, json, sys
con = duckdb.connect(sys.argv[1], read_only=True)
print(json.dumps({
    "version": duckdb.__version__,
    "undescribed": con.sql("select count(*) from duckdb_columns() where not internal and comment is null").fetchone()[0],
    "marts": {name: con.sql(f"select count(*) from {name}").fetchone()[0] for name in sys.argv[2:]},
    "documents": con.sql("select count(*) from documents where length(text) > 100").fetchone()[0],
    "sections": con.sql("select count(*) from sections where text <> ''").fetchone()[0],
}))
"""


def test_the_oldest_claimed_duckdb_opens_the_file(warehouse, oldest_duckdb):
    _, marts_file = warehouse
    result = subprocess.run(
        [sys.executable, "-c", OLD_READER, str(marts_file), *MARTS],
        env={"PYTHONPATH": str(oldest_duckdb), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    seen = json.loads(result.stdout)
    assert seen["version"] == OLDEST_DUCKDB
    assert seen["undescribed"] == 0
    assert seen["marts"] == {"mart_agency_year": 3, "mart_year": 2, "mart_agency": 2, "mart_suspect_copies": 0}
    assert seen["documents"] == 3
    assert seen["sections"] > 3
