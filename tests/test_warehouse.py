"""Validate → write → load without Prefect: real pandera models, real Parquet, real DuckDB files."""

import json

import duckdb
import pandas as pd
import pytest

from conftest import annual_report
from tasks.ingest import ingest_bytes
from tasks.load import build_marts
from tasks.process import extract_docs, normalize_records, segment_docs
from tasks.tables import build_tables
from tasks.validate import validate_tables
from tasks.write import DATASETS_DIR, publish, staging_dir, write_parquet


def tables_for(files: dict[str, str], run_id: str = "run-1") -> dict[str, pd.DataFrame]:
    sources = [ingest_bytes(name, text.encode("utf-8")) for name, text in files.items()]
    docs = extract_docs(segment_docs(normalize_records(sources)))
    return build_tables(sources, docs, run_id)


SUMMARY_2020 = (
    "2020年以来，白银市民政局认真落实政务公开各项要求，现将工作情况报告如下：\n"
    "一、主动公开情况\n全年主动公开政府信息90条。\n"
    "二、依申请公开情况\n全年共受理政府信息公开申请4件，其中同意公开3件。\n"
)
PLAN_2020 = (
    "白银市民政局关于印发2020年政务公开工作要点的通知\n"
    "一、工作目标\n全年主动公开政府信息500条以上，在5个工作日内报送市政府公报室。\n"
)


def test_clean_documents_pass_every_check():
    validated = validate_tables(tables_for({"a.txt": annual_report("白银市民政局", 2020, "全年主动公开政府信息88条。")}),
                                "run-1")
    assert validated.blocking == []
    assert all(c.passed for c in validated.checks)
    assert validated.tables["quarantine"].empty
    names = {(c.dataset, c.check) for c in validated.checks}
    assert ("facts", "non_negative_count") in names and ("facts", "references_documents") in names


def test_an_implausible_year_quarantines_the_document_and_its_rows_as_a_warning():
    tables = tables_for({"a.txt": annual_report("白银市民政局", 2099, "全年主动公开政府信息88条。"),
                         "b.txt": annual_report("白银市财政局", 2020, "全年主动公开政府信息41条。")})
    validated = validate_tables(tables, "run-1")
    assert validated.blocking == []
    documents = validated.tables["documents"]
    assert list(documents["report_year"]) == [2020]
    quarantine = validated.tables["quarantine"]
    assert set(quarantine["check"]) == {"report_year_plausible", "parent_quarantined"}
    assert set(quarantine.loc[quarantine["check"] == "parent_quarantined", "dataset"]) == {"facts", "sections"}
    assert set(validated.tables["facts"]["doc_id"]) == set(documents["doc_id"])


def test_integrity_failures_are_blocking():
    tables = tables_for({"a.txt": annual_report("白银市民政局", 2020, "全年主动公开政府信息88条。")})
    orphan = tables["facts"].iloc[[0]].assign(doc_id="0000000000000000")
    tables["facts"] = pd.concat([tables["facts"], orphan], ignore_index=True)
    tables["documents"] = pd.concat([tables["documents"], tables["documents"]], ignore_index=True)
    validated = validate_tables(tables, "run-1")
    blocking = {(c.dataset, c.check) for c in validated.blocking}
    assert ("documents", "field_uniqueness") in blocking
    assert ("facts", "references_documents") in blocking
    row = json.loads(validated.tables["quarantine"].query("check == 'references_documents'").iloc[0]["row"])
    assert row["doc_id"] == "0000000000000000"


def test_the_ledger_keeps_failing_rows():
    tables = tables_for({"a.txt": annual_report("白银市民政局", 2020, "全年主动公开政府信息88条。")})
    tables["sources"].loc[0, "status"] = "lost"
    validated = validate_tables(tables, "run-1")
    assert len(validated.tables["sources"]) == 1
    assert ("sources", "isin") in {(c.dataset, c.check) for c in validated.blocking}


@pytest.fixture()
def marts(tmp_path):
    tables = tables_for({
        "annual.txt": annual_report("白银市民政局", 2020,
                                    "全年主动公开政府信息120条。全年共受理政府信息公开申请8件，已答复8件，其中同意公开6件。"),
        "summary.txt": SUMMARY_2020,
        "plan.txt": PLAN_2020,
        "small.txt": annual_report("靖远县民政局", 2020, "全年共受理政府信息公开申请2件，已答复2件，其中同意公开2件。"),
    })
    validated = validate_tables(tables, "run-1")
    datasets = write_parquet(validated.tables, tmp_path / "staging", {"run_id": "run-1"})
    out = tmp_path / "marts.duckdb"
    counts = build_marts(datasets, out, {"run_id": "run-1", "finished_at": "2026-01-01", "input_path": "x"})
    con = duckdb.connect(str(out), read_only=True)
    yield con, counts
    con.close()


def test_marts_prefer_the_annual_report_and_ignore_plans(marts):
    con, counts = marts
    assert counts["mart_agency_year"] == 2
    row = con.execute("select proactive_disclosed_items, applications_received, documents, work_plans "
                      "from mart_agency_year where agency = '白银市民政局'").fetchone()
    assert row == (120.0, 8.0, 3, 1)


def test_rates_keep_numerator_and_denominator_and_suppress_small_ones(marts):
    con, _ = marts
    rows = dict((r[0], r[1:]) for r in con.execute(
        "select agency, grant_rate_numerator, grant_rate_denominator, grant_rate from mart_agency_year").fetchall())
    assert rows["白银市民政局"] == (6.0, 8.0, 0.75)
    assert rows["靖远县民政局"] == (2.0, 2.0, None)


def test_a_crash_before_publishing_leaves_the_warehouse_untouched(tmp_path):
    warehouse = tmp_path / "warehouse"
    first = staging_dir(warehouse, "run-one")
    write_parquet({"documents": pd.DataFrame({"doc_id": ["a"]})}, first, {"run_id": "run-one"})
    publish(first, warehouse, None)
    crashed = staging_dir(warehouse, "run-two")
    write_parquet({"documents": pd.DataFrame({"doc_id": ["b", "c"]})}, crashed, {"run_id": "run-two"})
    # run-two dies here: nothing under the warehouse may show its rows
    assert crashed.parent == warehouse.parent and warehouse not in crashed.parents
    assert list(pd.read_parquet(warehouse / DATASETS_DIR / "documents.parquet")["doc_id"]) == ["a"]
    assert len(list(warehouse.glob("**/documents.parquet"))) == 1
    third = staging_dir(warehouse, "run-three")
    assert not crashed.exists(), "the next run removes a dead run's staging folder"
    write_parquet({"documents": pd.DataFrame({"doc_id": ["d"]})}, third, {"run_id": "run-three"})
    publish(third, warehouse, None)
    assert list(pd.read_parquet(warehouse / DATASETS_DIR / "documents.parquet")["doc_id"]) == ["d"]
    assert not third.exists()
