"""The whole pipeline as users run it: `gongkai run` under a real (ephemeral) Prefect server."""

import json
import os
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from gongkai.cli import EXIT_DATA_QUALITY, EXIT_OK, main
from gongkai.flows.pipeline import gongkai_run
from gongkai.score import score

from conftest import EVAL, SAMPLES, SAMPLES_GOLD, annual_report

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_server")]


def dataset(warehouse: Path, name: str) -> pd.DataFrame:
    """A dataset found the way the data contract says analysts find it: `**/<name>/**/*.parquet` or
    `**/<name>.parquet`, one layout or the other, through symlinks and outside dot-folders."""
    found = set()
    for folder, subfolders, names in os.walk(warehouse, followlinks=True):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        in_dataset = name in Path(folder).relative_to(warehouse).parts
        found |= {Path(folder, n) for n in names if (in_dataset and n.endswith(".parquet")) or n == f"{name}.parquet"}
    files = sorted(found)
    assert files and len({f.parent for f in files}) == 1, f"one {name} dataset expected, found {files}"
    return pd.concat([pd.read_parquet(f) for f in files], ignore_index=True)


def run(input_path: Path, warehouse: Path) -> int:
    return main(["run", "--input", str(input_path), "--warehouse", str(warehouse), "--no-progress"])


@pytest.fixture(scope="module")
def sample_warehouse(tmp_path_factory, prefect_server) -> Path:
    warehouse = tmp_path_factory.mktemp("samples") / "warehouse"
    assert run(SAMPLES, warehouse) == EXIT_OK
    return warehouse


def test_every_sample_file_has_exactly_one_ledger_row(sample_warehouse):
    sources = dataset(sample_warehouse, "sources")
    on_disk = sorted(p.relative_to(SAMPLES).as_posix() for p in SAMPLES.rglob("*") if p.is_file())
    assert sorted(sources["source_path"]) == on_disk
    assert set(sources["status"]) == {"loaded", "duplicate", "rejected"}
    assert sources.loc[sources["status"] == "rejected", "reason"].notna().all()
    duplicates = sources[sources["status"] == "duplicate"]
    loaded_ids = set(sources.loc[sources["status"] == "loaded", "doc_id"])
    assert set(duplicates["doc_id"]) <= loaded_ids


def test_sample_documents_match_their_hand_labels(sample_warehouse):
    scores = score(sample_warehouse, SAMPLES_GOLD)
    for field in ("doc_type", "agency", "report_year", "script", "title", "doc_number"):
        assert scores.mismatches(field) == [], field
    totals = scores.totals()
    assert totals["recall"] >= 0.9 and totals["contradictions"] == 0


def test_the_labelled_evaluation_corpus_meets_the_accuracy_targets(tmp_path):
    warehouse = tmp_path / "warehouse"
    assert run(EVAL / "corpus", warehouse) == EXIT_OK
    scores = score(warehouse, EVAL / "gold.jsonl")
    for field in ("doc_type", "agency", "report_year"):
        assert scores.field_accuracy(field) >= 0.95, (field, scores.mismatches(field))
    totals = scores.totals()
    assert totals["gold_facts"] >= 300 and totals["recall"] >= 0.90 and totals["precision"] >= 0.95, totals
    assert totals["contradictions"] == 0


def test_every_fact_quote_is_at_its_offsets(sample_warehouse):
    documents = dataset(sample_warehouse, "documents").set_index("doc_id")
    facts = dataset(sample_warehouse, "facts")
    assert len(facts) > 50
    for fact in facts.itertuples():
        text = documents.loc[fact.doc_id, "text"]
        assert text[fact.char_start : fact.char_end] == fact.quote


def test_marts_have_rows_and_open_read_only(sample_warehouse):
    con = duckdb.connect(str(sample_warehouse / "gongkai.duckdb"), read_only=True)
    try:
        for mart in ("mart_agency_year", "mart_year", "mart_agency"):
            assert con.execute(f"select count(*) from {mart}").fetchone()[0] > 0, mart
        ledger_ids = {
            r[0]
            for r in con.execute(
                "select doc_id from sources where doc_id is not null "
                "union select doc_id from source_records where doc_id is not null"
            ).fetchall()
        }
        document_ids = {r[0] for r in con.execute("select doc_id from documents").fetchall()}
        assert ledger_ids == document_ids
        sliced = dict(con.execute("select section_id, text from sections").fetchall())
        stored = dataset(sample_warehouse, "sections").set_index("section_id")["text"].to_dict()
        assert sliced == stored
        texts = dataset(sample_warehouse, "documents").set_index("doc_id")["text"]
        sections = dataset(sample_warehouse, "sections")
        assert len(sections) > 50
        assert all(texts[s.doc_id][s.char_start : s.char_end] == s.text for s in sections.itertuples())
    finally:
        con.close()


def test_bad_inputs_are_rejected_with_reasons_and_the_run_succeeds(tmp_path):
    inbox = tmp_path / "inbox"
    (inbox / "nested").mkdir(parents=True)
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "blank.txt").write_text(" \n\t\n", encoding="utf-8")
    (inbox / "nested" / "attachment.dat").write_bytes(bytes(range(256)) * 8)
    (inbox / "minutes.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    (inbox / "report.txt").write_text(
        annual_report("定西市统计局", 2020, "全年主动公开政府信息136条。"), encoding="utf-8"
    )
    warehouse = tmp_path / "warehouse"

    assert run(inbox, warehouse) == EXIT_OK
    sources = dataset(warehouse, "sources").set_index("source_path")
    assert sorted(sources.index) == ["blank.txt", "empty.txt", "minutes.docx", "nested/attachment.dat", "report.txt"]
    assert sources.loc["report.txt", "status"] == "loaded"
    reasons = sources.loc[sources["status"] == "rejected", "reason"].to_dict()
    assert reasons["empty.txt"].startswith("empty file")
    assert reasons["blank.txt"].startswith("whitespace only")
    assert reasons["nested/attachment.dat"].startswith("binary content")
    assert reasons["minutes.docx"].startswith("unsupported format '.docx'")


@pytest.fixture()
def alert_receiver(monkeypatch):
    """A webhook on the loopback interface that keeps what it is sent."""
    received: list[dict] = []

    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self):
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("GONGKAI_ALERT_WEBHOOK", f"http://127.0.0.1:{server.server_port}/alerts")
    yield received
    server.shutdown()


def test_a_negative_count_blocks_the_run_quarantines_the_row_and_raises_an_alert(tmp_path, alert_receiver):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "good.txt").write_text(annual_report("白银市审计局", 2020, "全年主动公开政府信息88条。"), encoding="utf-8")
    (inbox / "broken.txt").write_text(
        annual_report("白银市水务局", 2020, "全年主动公开政府信息-12条，内容涵盖水资源管理。"), encoding="utf-8"
    )
    warehouse = tmp_path / "warehouse"

    assert run(inbox, warehouse) == EXIT_DATA_QUALITY

    quarantine = dataset(warehouse, "quarantine")
    failing = quarantine[quarantine["check"] == "non_negative_count"]
    assert len(failing) == 1 and failing.iloc[0]["severity"] == "blocking"
    assert json.loads(failing.iloc[0]["row"])["value"] == -12
    joinable = failing.iloc[0][["source_path", "column", "value"]].tolist()
    assert joinable == ["broken.txt", "value", "-12"] and "failed on value" in failing.iloc[0]["detail"]
    assert failing.iloc[0]["doc_id"] in set(dataset(warehouse, "documents")["doc_id"])
    facts = dataset(warehouse, "facts")
    assert (facts["value"] >= 0).all() and 88 in set(facts["value"])

    alerts = list((warehouse / "alerts").glob("*.json"))
    assert len(alerts) == 1
    alert = json.loads(alerts[0].read_text(encoding="utf-8"))
    assert alert["kind"] == "data_quality"
    [check] = alert["failed_checks"]
    assert (check["dataset"], check["check"], check["failed_rows"]) == ("facts", "non_negative_count", 1)
    assert "-12" in check["rows"][0]["row"]
    row = check["rows"][0]
    assert (row["source_path"], row["agency"], row["report_year"], row["value"]) == (
        "broken.txt",
        "白银市水务局",
        2020,
        -12,
    )
    assert "-12" in row["quote"]
    assert [a["failed_checks"][0]["check"] for a in alert_receiver] == ["non_negative_count"]


def runs(warehouse: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((warehouse / "runs").glob("*.json"))]


def test_a_rerun_replaces_the_warehouse_while_a_reader_keeps_its_snapshot(tmp_path, capsys):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(annual_report("嘉峪关市民政局", 2019, "全年主动公开政府信息210条。"), encoding="utf-8")
    warehouse = tmp_path / "warehouse"
    assert run(inbox, warehouse) == EXIT_OK
    built = (warehouse / "gongkai.duckdb").stat().st_mtime_ns
    assert run(inbox, warehouse) == EXIT_OK  # unchanged: nothing rebuilt, no flow run started
    assert "up to date" in capsys.readouterr().out
    [first] = runs(warehouse)
    assert (warehouse / "gongkai.duckdb").stat().st_mtime_ns == built
    # A scheduled deployment calls the flow itself, which makes the same check.
    reused = gongkai_run(input_path=str(inbox), warehouse=str(warehouse))
    assert reused["reused_from"] == first["run_id"] and reused["documents"] == 1
    assert main(["run", "--input", str(inbox), "--warehouse", str(warehouse), "--no-progress", "--force"]) == EXIT_OK
    [forced] = [r for r in runs(warehouse) if r["run_id"] not in (first["run_id"], reused["run_id"])]
    assert "reused_from" not in forced
    assert (warehouse / "gongkai.duckdb").stat().st_mtime_ns != built
    reader = duckdb.connect(str(warehouse / "gongkai.duckdb"), read_only=True)
    try:
        (inbox / "b.txt").write_text(
            annual_report("嘉峪关市民政局", 2020, "全年主动公开政府信息245条。"), encoding="utf-8"
        )
        assert run(inbox, warehouse) == EXIT_OK
        assert reader.execute("select count(*) from documents").fetchone()[0] == 1
    finally:
        reader.close()
    fresh = duckdb.connect(str(warehouse / "gongkai.duckdb"), read_only=True)
    try:
        assert fresh.execute("select count(*) from documents").fetchone()[0] == 2
        years = fresh.execute(
            "select report_year, proactive_disclosed_items from mart_agency_year order by report_year"
        ).fetchall()
        assert years == [(2019, 210.0), (2020, 245.0)]
    finally:
        fresh.close()
    assert not list(warehouse.parent.glob(".warehouse.staging-*"))
    assert len(dataset(warehouse, "documents")) == 2


def test_one_file_batches_over_several_tasks_give_the_same_datasets(sample_warehouse, tmp_path):
    """Each batch to the workers in path order, four batches a task, copies dropped by whichever worker meets
    them: none of it may change what the warehouse holds."""
    summary = gongkai_run(input_path=str(SAMPLES), warehouse=str(tmp_path / "warehouse"), batch_size=1)
    assert summary["documents"] == len(dataset(sample_warehouse, "documents"))
    for name in ("sources", "documents", "sections", "facts", "table_cells", "quarantine"):
        ours, theirs = (
            # a signature (an array) compared as a tuple: arrays cannot be sorted on
            frame.assign(text_minhash=frame["text_minhash"].map(lambda v: None if v is None else tuple(v)))
            if "text_minhash" in frame
            else frame
            for frame in (dataset(tmp_path / "warehouse", name), dataset(sample_warehouse, name))
        )
        columns = [c for c in theirs.columns if c != "run_id"]
        pd.testing.assert_frame_equal(
            ours[columns].sort_values(columns).reset_index(drop=True),
            theirs[columns].sort_values(columns).reset_index(drop=True),
        )


def test_run_with_dashboard_writes_it_and_links_it_from_the_flow_run(tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    from gongkai.tasks.warehouse.dashboard import ARTIFACT_KEY

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(annual_report("嘉峪关市民政局", 2019, "全年主动公开政府信息210条。"), encoding="utf-8")
    warehouse = tmp_path / "warehouse"
    assert main(["run", "--input", str(inbox), "--warehouse", str(warehouse), "--no-progress", "--dashboard"]) == 0
    index = warehouse / "dashboard" / "index.html"
    assert "嘉峪关市民政局" in index.read_text(encoding="utf-8")
    [run_record] = runs(warehouse)
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[ARTIFACT_KEY])))
    linked = [a for a in artifacts if str(a.flow_run_id) == run_record["run_id"]]
    assert len(linked) == 1 and index.as_uri() in linked[0].data
