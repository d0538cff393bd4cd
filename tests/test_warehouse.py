"""Process → validate → write → load without Prefect: the worker function, real pandera models, real Parquet,
real DuckDB files. The same functions the flow composes, composed here by hand."""

import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from conftest import annual_report
from tasks import process
from tasks.ingest import discover
from tasks.load import build_marts
from tasks.process import process_files
from tasks.tables import resolve_duplicates, source_records_table, sources_table
from tasks.validate import blocking, merge_checks
from tasks.write import DATASETS_DIR, PARTS_DIR, assemble_datasets, publish, staging_dir

SUMMARY_2020 = (
    "2020年以来，白银市民政局认真落实政务公开各项要求，现将工作情况报告如下：\n"
    "一、主动公开情况\n全年主动公开政府信息90条。\n"
    "二、依申请公开情况\n全年共受理政府信息公开申请4件，其中同意公开3件。\n"
)
PLAN_2020 = (
    "白银市民政局关于印发2020年政务公开工作要点的通知\n"
    "一、工作目标\n全年主动公开政府信息500条以上，在5个工作日内报送市政府公报室。\n"
)


def build(tmp_path: Path, files: dict[str, str], batch_size: int = 2, marts_file: Path | None = None):
    """The flow's steps in order: batches → ledger → assembled datasets (and the marts file when asked).
    Returns (datasets dir, checks)."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, text in files.items():
        (inbox / name).write_text(text, encoding="utf-8")
    paths = discover(inbox)
    staging = tmp_path / "staging"
    results = [process_files(n, paths[i:i + batch_size], inbox, staging / PARTS_DIR, "run-1")
               for n, i in enumerate(range(0, len(paths), batch_size))]
    ledger_files = [f for r in results for f in r.files]
    loaded, quarantined = resolve_duplicates(ledger_files, [k for r in results for k in r.keys])
    ledger = {"sources": sources_table(ledger_files), "source_records": source_records_table(ledger_files)}
    datasets, integrity = assemble_datasets(staging, ledger, loaded, quarantined, {"run_id": "run-1"})
    if marts_file is not None:
        build_marts(staging, ledger, loaded, quarantined, marts_file,
                    {"run_id": "run-1", "finished_at": "2026-01-01", "input_path": str(inbox)})
    return datasets, merge_checks([c for r in results for c in r.checks] + integrity)


def read(datasets: Path, name: str) -> pd.DataFrame:
    return pd.read_parquet(datasets / f"{name}.parquet")


def test_clean_documents_pass_every_check(tmp_path):
    datasets, checks = build(tmp_path, {"a.txt": annual_report("白银市民政局", 2020, "全年主动公开政府信息88条。")})
    assert checks and all(c.passed for c in checks)
    assert read(datasets, "quarantine").empty
    names = {(c.dataset, c.check) for c in checks}
    assert {("facts", "non_negative_count"), ("facts", "references_documents"),
            ("documents", "doc_id_unique_across_batches"), ("sections", "references_loaded_documents")} <= names


def test_duplicates_across_batches_are_loaded_once(tmp_path):
    report = annual_report("白银市民政局", 2020, "全年主动公开政府信息88条。")
    datasets, checks = build(tmp_path, {"a.txt": report, "b.txt": "别的单位\n" + report, "c.txt": report},
                             batch_size=1)
    sources = read(datasets, "sources").set_index("source_path")
    assert list(sources["status"]) == ["loaded", "loaded", "duplicate"]
    assert sources.loc["c.txt", "doc_id"] == sources.loc["a.txt", "doc_id"]
    assert len(read(datasets, "documents")) == 2
    facts = read(datasets, "facts")
    assert len(facts) == 2 and facts["doc_id"].nunique() == 2
    assert blocking(checks) == []


def test_a_batch_cut_into_chunks_by_bytes_gives_the_datasets_it_gives_whole(tmp_path, monkeypatch):
    report = annual_report("白银市民政局", 2020, "全年主动公开政府信息88条。")
    files = {"a.txt": report, "b.txt": "别的单位\n" + report, "c.txt": report,
             "d.txt": annual_report("白银市财政局", 2099, "全年主动公开政府信息41条。"), "e.txt": ""}
    (tmp_path / "whole").mkdir()
    (tmp_path / "chunked").mkdir()
    whole, whole_checks = build(tmp_path / "whole", files, batch_size=5)
    monkeypatch.setattr(process, "CHUNK_BYTES", len(report.encode()) + 10)  # about one file per chunk
    chunked, chunked_checks = build(tmp_path / "chunked", files, batch_size=5)
    assert len(list((tmp_path / "chunked" / "staging" / PARTS_DIR / "documents").glob("*.parquet"))) == 4
    assert len(list((tmp_path / "whole" / "staging" / PARTS_DIR / "documents").glob("*.parquet"))) == 1
    for name in ("sources", "documents", "sections", "facts", "table_cells", "quarantine"):
        columns = [c for c in read(whole, name).columns if c not in ("run_id",)]
        pd.testing.assert_frame_equal(read(chunked, name)[columns].sort_values(columns).reset_index(drop=True),
                                      read(whole, name)[columns].sort_values(columns).reset_index(drop=True))
    # The same checks fail on the same rows; a copy in another chunk is checked again, as in another batch.
    assert ([(c.dataset, c.check, c.failed_rows) for c in chunked_checks]
            == [(c.dataset, c.check, c.failed_rows) for c in whole_checks])
    assert any(not c.passed for c in whole_checks)


def test_an_implausible_year_quarantines_the_document_and_its_rows_as_a_warning(tmp_path):
    datasets, checks = build(tmp_path, {"a.txt": annual_report("白银市民政局", 2099, "全年主动公开政府信息88条。"),
                                        "b.txt": annual_report("白银市财政局", 2020, "全年主动公开政府信息41条。")})
    assert blocking(checks) == []
    documents = read(datasets, "documents")
    assert list(documents["report_year"]) == [2020]
    quarantine = read(datasets, "quarantine")
    assert set(quarantine["check"]) == {"report_year_plausible", "parent_quarantined"}
    assert set(quarantine.loc[quarantine["check"] == "parent_quarantined", "dataset"]) == {"facts", "sections"}
    assert set(read(datasets, "facts")["doc_id"]) == set(documents["doc_id"])
    sources = read(datasets, "sources").set_index("source_path")
    assert sources.loc["a.txt", "status"] == "rejected"
    assert "report_year_plausible" in sources.loc["a.txt", "reason"]


def test_a_negative_count_is_blocking_and_only_its_row_is_quarantined(tmp_path):
    datasets, checks = build(tmp_path, {"a.txt": annual_report("白银市民政局", 2020, "全年主动公开政府信息-5条。"),
                                        "b.txt": annual_report("白银市财政局", 2020, "全年主动公开政府信息41条。")})
    assert [(c.dataset, c.check, c.failed_rows) for c in blocking(checks)] == [("facts", "non_negative_count", 1)]
    row = json.loads(read(datasets, "quarantine").query("check == 'non_negative_count'").iloc[0]["row"])
    assert row["value"] == -5
    assert len(read(datasets, "documents")) == 2


@pytest.fixture()
def marts(tmp_path):
    out = tmp_path / "marts.duckdb"
    datasets, _ = build(tmp_path, marts_file=out, files={
        "annual.txt": annual_report("白银市民政局", 2020,
                                    "全年主动公开政府信息120条。全年共受理政府信息公开申请8件，已答复8件，其中同意公开6件。"),
        "summary.txt": SUMMARY_2020,
        "plan.txt": PLAN_2020,
        "small.txt": annual_report("靖远县民政局", 2020, "全年共受理政府信息公开申请2件，已答复2件，其中同意公开2件。"),
    })
    con = duckdb.connect(str(out), read_only=True)
    yield con
    con.close()


def test_marts_prefer_the_annual_report_and_ignore_plans(marts):
    con = marts
    assert con.execute("select count(*) from mart_agency_year").fetchone()[0] == 2
    row = con.execute("select proactive_disclosed_items, applications_received, documents, work_plans "
                      "from mart_agency_year where agency = '白银市民政局'").fetchone()
    assert row == (120.0, 8.0, 3, 1)


def test_rates_keep_numerator_and_denominator_and_suppress_small_ones(marts):
    con = marts
    rows = dict((r[0], r[1:]) for r in con.execute(
        "select agency, grant_rate_numerator, grant_rate_denominator, grant_rate from mart_agency_year").fetchall())
    assert rows["白银市民政局"] == (6.0, 8.0, 0.75)
    assert rows["靖远县民政局"] == (2.0, 2.0, None)


def test_a_crash_before_publishing_leaves_the_warehouse_untouched(tmp_path):
    warehouse = tmp_path / "warehouse"

    def staged_run(run_id: str, doc_ids: list[str]) -> Path:
        staging = staging_dir(warehouse, run_id)
        (staging / DATASETS_DIR).mkdir()
        pd.DataFrame({"doc_id": doc_ids}).to_parquet(staging / DATASETS_DIR / "documents.parquet")
        return staging

    publish(staged_run("run-one", ["a"]), warehouse, None)
    crashed = staged_run("run-two", ["b", "c"])
    # run-two dies here: nothing under the warehouse may show its rows
    assert crashed.parent == warehouse.parent and warehouse not in crashed.parents
    assert list(pd.read_parquet(warehouse / DATASETS_DIR / "documents.parquet")["doc_id"]) == ["a"]
    assert len(list(warehouse.glob("**/documents.parquet"))) == 1
    third = staged_run("run-three", ["d"])
    assert not crashed.exists(), "the next run removes a dead run's staging folder"
    publish(third, warehouse, None)
    assert list(pd.read_parquet(warehouse / DATASETS_DIR / "documents.parquet")["doc_id"]) == ["d"]
    assert not third.exists()


def test_a_record_with_a_broken_unicode_escape_is_loaded_with_the_lost_character_cut(tmp_path):
    record = {"title": "白银市民政局2020年政府信息公开工作年度报告", "publisher": "白银市民政局\udc80",
              "content": "一、总体情况\n全年主动公开政府信息88条\ud800。\n二、依申请公开情况\n全年受理申请2件。\n"}
    datasets, _ = build(tmp_path, {"crawl.jsonl": json.dumps(record)})
    assert read(datasets, "sources")["status"].tolist() == ["loaded"]
    (text,) = pd.read_parquet(datasets / "documents.parquet", columns=["text"])["text"]
    assert "88条〓。" in text
    facts = read(datasets, "facts")
    assert facts.loc[facts["metric"] == "proactive_disclosed_items", "value"].tolist() == [88]
    assert "normalize" in read(datasets, "quarantine")["dataset"].tolist()
