"""A large JSONL file is streamed (issue 20, acceptance 2): cut into slices by the flow, read line by line by
the workers, its records handed on in chunks; the ledger and the datasets are those of reading it whole."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pandas as pd
import pytest

from gongkai.tasks.batch.dedupe import dedupe_datasets
from gongkai.tasks.batch.run import BatchResult, process_files
from gongkai.tasks.document import ingest
from gongkai.tasks.document.ingest import cut_into_slices, discover, lost_slice, plan_slices

pytestmark = pytest.mark.faults

RUN_COLUMNS = ("run_id",)


def crawl_line(n: int) -> str:
    text = f"第{n % 40}县民政局2021年政府信息公开工作年度报告\n本年度主动公开政府信息{100 + n % 40}条，办结申请{n % 40}件。"
    return json.dumps(
        {"title": f"年度报告{n % 40}", "content": text, "url": f"http://x.gov.cn/{n}"}, ensure_ascii=False
    )


def write_crawl(folder: Path, lines: int = 600) -> Path:
    """Records 1–40 distinct, the rest copies of them; a malformed line, blank lines, a record with no text,
    one nested too deep, and a last line with no line end."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in range(1, lines + 1):
        rows.append(
            "{broken"
            if n == 77
            else ""
            if n % 97 == 0
            else '{"title": "空"}'
            if n == 150
            else '{"content": ' + "[" * 300 + "]" * 300 + "}"
            if n == 222
            else crawl_line(n)
        )
    (folder / "crawl.jsonl").write_text("\n".join(rows), encoding="utf-8")  # no line end after the last
    (folder / "a.txt").write_text(
        "宁安县民政局2021年政府信息公开工作年度报告\n全年主动公开政府信息196条。\n", encoding="utf-8"
    )
    return folder


def run(root: Path, staging: Path, stream_bytes: int, monkeypatch, lose: int | None = None) -> Path:
    """The flow's batches in this process: slices first, each a batch; `lose`: that slice's worker died."""
    monkeypatch.setattr(ingest, "STREAM_BYTES", stream_bytes)
    paths, slices = plan_slices(discover(root))
    batches = [[one] for one in slices] + [paths]
    results = []
    for n, batch in enumerate(batches):
        if n == lose:
            results.append(BatchResult([lost_slice(batch[0], "crawl.jsonl", "killed")], [], [], {}, []))
        else:
            results.append(process_files(n, batch, root, staging, "r"))
    dedupe_datasets(staging / "datasets", results, "r")
    return staging / "datasets"


def rows(datasets: Path, name: str) -> pd.DataFrame:
    frame = pd.read_parquet(datasets / name)
    frame = frame[[c for c in frame.columns if c not in RUN_COLUMNS]].astype(str)
    return frame.sort_values(list(frame.columns)).reset_index(drop=True)


def test_slices_cover_the_file_at_line_ends_and_count_its_lines(tmp_path):
    path = write_crawl(tmp_path) / "crawl.jsonl"
    data = path.read_bytes()
    fd = os.open(path, os.O_RDONLY)
    try:
        slices = cut_into_slices(fd, str(path), 5000)
    finally:
        os.close(fd)
    assert len(slices) > 5
    assert slices[0].start == 0 and slices[-1].end == len(data)
    assert all(a.end == b.start and data[a.end - 1 : a.end] == b"\n" for a, b in zip(slices, slices[1:]))
    assert all(s.end - s.start >= 5000 for s in slices[:-1])
    assert [s.first_line for s in slices] == [1 + data[: s.start].count(b"\n") for s in slices]
    assert sum(s.lines for s in slices) == 600
    assert {s.sha256 for s in slices} == {hashlib.sha256(data).hexdigest()} and slices[0].size == len(data)


def test_a_streamed_jsonl_gives_the_ledger_and_rows_of_reading_it_whole(tmp_path, monkeypatch):
    root = write_crawl(tmp_path / "in")
    whole = run(root, tmp_path / "whole", 10**9, monkeypatch)
    streamed = run(root, tmp_path / "streamed", 4000, monkeypatch)
    for name in ("sources", "source_records", "documents", "sections", "facts", "quarantine"):
        assert rows(whole, name).equals(rows(streamed, name)), name
    records = rows(streamed, "source_records").set_index("record_no")
    assert records.loc["77", "reason"].startswith("malformed JSON")
    assert records.loc["150", "reason"].startswith("no text")
    assert "maximum depth" in records.loc["222", "reason"]
    assert (
        records.loc["41", "status"] == "duplicate"
        and "same content as crawl.jsonl record 1" in records.loc["41", "reason"]
    )
    assert records.loc["600", "reason"] == "same content as crawl.jsonl record 40"  # the last line, no line end
    assert "97" not in records.index  # a blank line is no record, as when read whole


def test_a_streamed_jsonl_is_not_held_to_the_file_size_but_each_line_is(tmp_path, monkeypatch):
    root = write_crawl(tmp_path / "in", lines=100)
    with open(root / "crawl.jsonl", "a", encoding="utf-8") as crawl:
        crawl.write("\n" + json.dumps({"content": "年报" * 3000}, ensure_ascii=False) + "\n")
    monkeypatch.setenv("GONGKAI_MAX_FILE_MB", "0.01")  # 10 KB: less than the file, more than any other line
    datasets = run(root, tmp_path / "staging", 4000, monkeypatch)
    records = rows(datasets, "source_records").set_index("record_no")
    assert "maximum file size" in records.loc["101", "reason"] and "GONGKAI_MAX_FILE_MB" in records.loc["101", "reason"]
    assert (records["status"] == "loaded").sum() == 40
    assert rows(datasets, "sources").set_index("source_path").loc["crawl.jsonl", "status"] == "loaded"


def test_records_past_the_maximum_are_rejected_unparsed_in_every_slice(tmp_path, monkeypatch):
    root = write_crawl(tmp_path / "in")
    monkeypatch.setenv("GONGKAI_MAX_RECORDS", "300")
    records = rows(run(root, tmp_path / "staging", 4000, monkeypatch), "source_records")
    past = records[records["record_no"].astype(int) > 300]
    assert len(past) == 300 - 3  # lines 301–600 but the three blank ones
    assert past["reason"].str.contains("maximum records per file (300, GONGKAI_MAX_RECORDS)", regex=False).all()


def test_a_slice_whose_worker_died_rejects_its_lines_and_the_others_stand(tmp_path, monkeypatch):
    root = write_crawl(tmp_path / "in")
    datasets = run(root, tmp_path / "staging", 4000, monkeypatch, lose=1)
    records = rows(datasets, "source_records")
    lost = records[records["reason"] == "killed"]
    assert len(lost) > 0 and (lost["status"] == "rejected").all()
    assert (records["status"] == "loaded").sum() > 0
    numbers = set(records["record_no"].astype(int))
    assert numbers >= {n for n in range(1, 601) if n % 97}  # every line that is a record has its row
    assert rows(datasets, "sources").set_index("source_path").loc["crawl.jsonl", "status"] == "loaded"
