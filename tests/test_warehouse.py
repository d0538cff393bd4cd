"""Process → validate → write → load without Prefect: the worker function, real pandera models, real Parquet,
real DuckDB files. The same functions the flow composes, composed here by hand."""

import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from gongkai.tasks.batch import run as batch_run
from gongkai.tasks.batch.dedupe import dedupe_datasets
from gongkai.tasks.batch.run import process_files
from gongkai.tasks.batch.validate import blocking, merge_checks
from gongkai.tasks.batch.write import DATASETS_DIR
from gongkai.tasks.document.ingest import discover
from gongkai.tasks.warehouse.marts import build_marts
from gongkai.tasks.warehouse.publish import publish, staging_dir

from conftest import annual_report

SUMMARY_2020 = (
    "2020年以来，白银市民政局认真落实政务公开各项要求，现将工作情况报告如下：\n"
    "一、主动公开情况\n全年主动公开政府信息90条。\n"
    "二、依申请公开情况\n全年共受理政府信息公开申请4件，其中同意公开3件。\n"
)
PLAN_2020 = (
    "白银市民政局关于印发2020年政务公开工作要点的通知\n"
    "一、工作目标\n全年主动公开政府信息500条以上，在5个工作日内报送市政府公报室。\n"
)


def build(
    tmp_path: Path,
    files: dict[str, str],
    batch_size: int = 2,
    marts_file: Path | None = None,
    batch_order=lambda batches: batches,
):
    """The flow's steps in order: batches (run in `batch_order`) → ledger → finished datasets → marts file.
    Returns (datasets dir, checks)."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, text in files.items():
        (inbox / name).parent.mkdir(parents=True, exist_ok=True)
        (inbox / name).write_text(text, encoding="utf-8")
    paths = discover(inbox)
    staging = tmp_path / "staging"
    batches = list(enumerate(range(0, len(paths), batch_size)))
    results = [process_files(n, paths[i : i + batch_size], inbox, staging, "run-1") for n, i in batch_order(batches)]
    datasets = staging / DATASETS_DIR
    ledger = dedupe_datasets(datasets, results, "run-1")
    _, integrity = build_marts(
        datasets,
        marts_file or tmp_path / "marts.duckdb",
        {"run_id": "run-1", "finished_at": "2026-01-01", "input_path": str(inbox)},
    )
    return datasets, merge_checks([c for r in results for c in r.checks] + ledger.checks + integrity)


def read(datasets: Path, name: str) -> pd.DataFrame:
    return pd.read_parquet(datasets / name)


def test_clean_documents_pass_every_check(tmp_path):
    datasets, checks = build(tmp_path, {"a.txt": annual_report("白银市民政局", 2020, "全年主动公开政府信息88条。")})
    assert checks and all(c.passed for c in checks)
    assert read(datasets, "quarantine").empty
    names = {(c.dataset, c.check) for c in checks}
    assert {
        ("facts", "non_negative_count"),
        ("facts", "references_documents"),
        ("documents", "doc_id_unique_across_batches"),
        ("sections", "references_loaded_documents"),
    } <= names


def test_duplicates_across_batches_are_loaded_once(tmp_path):
    report = annual_report("白银市民政局", 2020, "全年主动公开政府信息88条。")
    datasets, checks = build(tmp_path, {"a.txt": report, "b.txt": "别的单位\n" + report, "c.txt": report}, batch_size=1)
    sources = read(datasets, "sources").set_index("source_path")
    assert list(sources["status"]) == ["loaded", "loaded", "duplicate"]
    assert sources.loc["c.txt", "doc_id"] == sources.loc["a.txt", "doc_id"]
    assert len(read(datasets, "documents")) == 2
    facts = read(datasets, "facts")
    assert len(facts) == 2 and facts["doc_id"].nunique() == 2
    assert blocking(checks) == []


def test_datasets_do_not_depend_on_the_order_the_batches_ran_in(tmp_path):
    """Batches run two at a time: a later copy can be written before the first copy is known. The flow then
    rewrites the parts holding it, and the datasets come out as when the batches ran in path order."""
    report = annual_report("白银市民政局", 2020, "全年主动公开政府信息88条。")
    files = {"a.txt": report, "b.txt": "别的单位\n" + report, "c.txt": report, "d.txt": "别的单位\n" + report}
    (tmp_path / "in_order").mkdir()
    (tmp_path / "reversed").mkdir()
    in_order, _ = build(tmp_path / "in_order", files, batch_size=1)
    backwards, checks = build(tmp_path / "reversed", files, batch_size=1, batch_order=reversed)
    assert blocking(checks) == []
    documents = read(backwards, "documents")
    assert sorted(documents["source_path"]) == ["a.txt", "b.txt"]
    for name in ("sources", "documents", "sections", "facts", "quarantine"):
        columns = [c for c in read(in_order, name).columns if c != "run_id"]
        pd.testing.assert_frame_equal(
            read(backwards, name)[columns].sort_values(columns).reset_index(drop=True),
            read(in_order, name)[columns].sort_values(columns).reset_index(drop=True),
        )


def test_the_copy_loaded_is_first_in_path_order_not_in_the_order_folders_are_read(tmp_path):
    """A folder's own files are read before its sub-folders', but `2019/a.txt` sorts before `b.txt`."""
    report = annual_report("白银市民政局", 2020, "全年主动公开政府信息88条。")
    datasets, checks = build(tmp_path, {"b.txt": report, "2019/a.txt": report}, batch_size=5)
    assert blocking(checks) == []
    assert read(datasets, "documents")["source_path"].tolist() == ["2019/a.txt"]
    sources = read(datasets, "sources").set_index("source_path")
    assert sources.loc["2019/a.txt", "status"] == "loaded" and sources.loc["b.txt", "status"] == "duplicate"
    assert len(read(datasets, "facts")) == 1


def test_a_batch_cut_into_chunks_by_bytes_gives_the_datasets_it_gives_whole(tmp_path, monkeypatch):
    report = annual_report("白银市民政局", 2020, "全年主动公开政府信息88条。")
    files = {
        "a.txt": report,
        "b.txt": "别的单位\n" + report,
        "c.txt": report,
        "d.txt": annual_report("白银市财政局", 2099, "全年主动公开政府信息41条。"),
        "e.txt": "",
    }
    (tmp_path / "whole").mkdir()
    (tmp_path / "chunked").mkdir()
    whole, whole_checks = build(tmp_path / "whole", files, batch_size=5)
    monkeypatch.setattr(batch_run, "CHUNK_BYTES", len(report.encode()) + 10)  # about one file per chunk
    chunked, chunked_checks = build(tmp_path / "chunked", files, batch_size=5)
    # Chunks with documents to write: a and b (c is a later copy of a, d fails a check, e is empty).
    assert len(list((tmp_path / "chunked" / "staging" / DATASETS_DIR / "documents").glob("*.parquet"))) == 2
    assert len(list((tmp_path / "whole" / "staging" / DATASETS_DIR / "documents").glob("*.parquet"))) == 1
    for name in ("sources", "documents", "sections", "facts", "table_cells", "quarantine"):
        columns = [c for c in read(whole, name).columns if c not in ("run_id",)]
        pd.testing.assert_frame_equal(
            read(chunked, name)[columns].sort_values(columns).reset_index(drop=True),
            read(whole, name)[columns].sort_values(columns).reset_index(drop=True),
        )
    # The same checks fail on the same rows; a copy in another chunk is checked again, as in another batch.
    assert [(c.dataset, c.check, c.failed_rows) for c in chunked_checks] == [
        (c.dataset, c.check, c.failed_rows) for c in whole_checks
    ]
    assert any(not c.passed for c in whole_checks)


def test_an_implausible_year_quarantines_the_document_and_its_rows_as_a_warning(tmp_path):
    datasets, checks = build(
        tmp_path,
        {
            "a.txt": annual_report("白银市民政局", 2099, "全年主动公开政府信息88条。"),
            "b.txt": annual_report("白银市财政局", 2020, "全年主动公开政府信息41条。"),
        },
    )
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
    datasets, checks = build(
        tmp_path,
        {
            "a.txt": annual_report("白银市民政局", 2020, "全年主动公开政府信息-5条。"),
            "b.txt": annual_report("白银市财政局", 2020, "全年主动公开政府信息41条。"),
        },
    )
    assert [(c.dataset, c.check, c.failed_rows) for c in blocking(checks)] == [("facts", "non_negative_count", 1)]
    row = json.loads(read(datasets, "quarantine").query("check == 'non_negative_count'").iloc[0]["row"])
    assert row["value"] == -5
    assert len(read(datasets, "documents")) == 2


@pytest.fixture()
def marts(tmp_path):
    out = tmp_path / "marts.duckdb"
    datasets, _ = build(
        tmp_path,
        marts_file=out,
        files={
            "annual.txt": annual_report(
                "白银市民政局",
                2020,
                "全年主动公开政府信息120条。全年共受理政府信息公开申请8件，已答复8件，其中同意公开6件。",
            ),
            "summary.txt": SUMMARY_2020,
            "plan.txt": PLAN_2020,
            "small.txt": annual_report(
                "靖远县民政局", 2020, "全年共受理政府信息公开申请2件，已答复2件，其中同意公开2件。"
            ),
        },
    )
    con = duckdb.connect(str(out), read_only=True)
    yield con
    con.close()


def test_marts_prefer_the_annual_report_and_ignore_plans(marts):
    con = marts
    assert con.execute("select count(*) from mart_agency_year").fetchone()[0] == 2
    row = con.execute(
        "select proactive_disclosed_items, applications_received, documents, work_plans "
        "from mart_agency_year where agency = '白银市民政局'"
    ).fetchone()
    assert row == (120.0, 8.0, 3, 1)


def test_rates_keep_numerator_and_denominator_and_suppress_small_ones(marts):
    con = marts
    rows = dict(
        (r[0], r[1:])
        for r in con.execute(
            "select agency, grant_rate_numerator, grant_rate_denominator, grant_rate from mart_agency_year"
        ).fetchall()
    )
    assert rows["白银市民政局"] == (6.0, 8.0, 0.75)
    assert rows["靖远县民政局"] == (2.0, 2.0, None)


def test_a_crash_before_publishing_leaves_the_warehouse_untouched(tmp_path):
    warehouse = tmp_path / "warehouse"

    def staged_run(run_id: str, doc_ids: list[str]) -> Path:
        staging = staging_dir(warehouse, run_id)
        (staging / DATASETS_DIR / "documents").mkdir(parents=True)
        pd.DataFrame({"doc_id": doc_ids}).to_parquet(staging / DATASETS_DIR / "documents" / "part-000000-000.parquet")
        return staging

    publish(staged_run("run-one", ["a"]), warehouse, None)
    crashed = staged_run("run-two", ["b", "c"])
    # run-two dies here: nothing under the warehouse may show its rows
    assert crashed.parent == warehouse.parent and warehouse not in crashed.parents
    assert list(pd.read_parquet(warehouse / DATASETS_DIR / "documents")["doc_id"]) == ["a"]
    assert len(list(warehouse.glob("**/documents/*.parquet"))) == 1
    third = staged_run("run-three", ["d"])
    assert not crashed.exists(), "the next run removes a dead run's staging folder"
    publish(third, warehouse, None)
    assert list(pd.read_parquet(warehouse / DATASETS_DIR / "documents")["doc_id"]) == ["d"]
    assert not third.exists()


def test_a_record_with_a_broken_unicode_escape_is_loaded_with_the_lost_character_cut(tmp_path):
    record = {
        "title": "白银市民政局2020年政府信息公开工作年度报告",
        "publisher": "白银市民政局\udc80",
        "content": "一、总体情况\n全年主动公开政府信息88条\ud800。\n二、依申请公开情况\n全年受理申请2件。\n",
    }
    datasets, _ = build(tmp_path, {"crawl.jsonl": json.dumps(record)})
    assert read(datasets, "sources")["status"].tolist() == ["loaded"]
    (text,) = read(datasets, "documents")["text"]
    assert "88条〓。" in text
    facts = read(datasets, "facts")
    assert facts.loc[facts["metric"] == "proactive_disclosed_items", "value"].tolist() == [88]
    assert "normalize" in read(datasets, "quarantine")["dataset"].tolist()
