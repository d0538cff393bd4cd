"""Hostile input files: each is rejected with a reason that names what was wrong or the limit it hit, and
none can hang, crash or leak out of the input folder (issue 20, items 1, 2, 8, 9, 11)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from gongkai.tasks.document.ingest import discover, ingest_files, read_ahead

pytestmark = pytest.mark.faults

GONGKAI = Path(sys.executable).parent / "gongkai"
REPORT = "宁安县民政局2021年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息196条。\n"


def ledger(root):
    files = discover(root)
    return {sf.source_path: sf for sf in ingest_files(files, root)}


def test_json_nested_100k_deep_is_rejected_with_the_depth_limit(tmp_path):
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    sf = ledger(tmp_path)["deep.json"]
    assert sf.status == "rejected"
    assert "maximum depth" in sf.reason and "GONGKAI_MAX_DEPTH" in sf.reason


def test_one_deep_jsonl_line_rejects_that_record_only(tmp_path):
    good = json.dumps({"title": "年度报告", "content": REPORT}, ensure_ascii=False)
    (tmp_path / "crawl.jsonl").write_text(good + "\n" + '{"content": ' + "[" * 50_000 + "]" * 50_000 + "}\n")
    sf = ledger(tmp_path)["crawl.jsonl"]
    assert sf.status != "rejected" and len(sf.records) == 1
    assert "maximum depth" in sf.record_outcomes[-1].reason


def test_json_deeper_than_the_setting_is_rejected(tmp_path, monkeypatch):
    monkeypatch.setenv("GONGKAI_MAX_DEPTH", "3")
    (tmp_path / "nested.json").write_text('{"records": [{"content": "x", "meta": {"a": {"b": 1}}}]}')
    assert "maximum depth (3 levels" in ledger(tmp_path)["nested.json"].reason


def test_records_past_the_maximum_are_rejected_and_the_first_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("GONGKAI_MAX_RECORDS", "2")
    line = json.dumps({"content": REPORT}, ensure_ascii=False)
    (tmp_path / "many.jsonl").write_text("\n".join([line] * 3) + "\n")
    sf = ledger(tmp_path)["many.jsonl"]
    assert len(sf.records) == 2
    assert "maximum records per file (2, GONGKAI_MAX_RECORDS)" in sf.record_outcomes[-1].reason


def test_a_fifo_is_rejected_without_being_opened(tmp_path):
    os.mkfifo(tmp_path / "x.txt")  # opened for reading, it would wait for a writer forever
    sf = ledger(tmp_path)["x.txt"]
    assert sf.status == "rejected" and "named pipe" in sf.reason


def test_a_socket_and_a_device_are_rejected(tmp_path):
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "s.txt"))
    try:
        (tmp_path / "null.txt").symlink_to("/dev/null")
        rows = ledger(tmp_path)
    finally:
        server.close()
    assert "a socket" in rows["s.txt"].reason
    assert "leaves the input folder" in rows["null.txt"].reason


def test_a_device_inside_the_input_is_not_read(tmp_path, monkeypatch):
    monkeypatch.setenv("GONGKAI_FOLLOW_SYMLINKS", "1")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")  # read, it would never end
    assert "character device" in ledger(tmp_path)["zero.txt"].reason


def test_a_symlink_out_of_the_input_is_rejected_unless_followed(tmp_path, monkeypatch):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(REPORT)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "passwd.txt").symlink_to(outside / "secret.txt")
    (inbox / "real.txt").write_text(REPORT)
    (inbox / "alias.txt").symlink_to(inbox / "real.txt")
    rows = ledger(inbox)
    assert rows["passwd.txt"].status == "rejected" and "leaves the input folder" in rows["passwd.txt"].reason
    assert rows["alias.txt"].status is None and rows["alias.txt"].records  # inside: read
    monkeypatch.setenv("GONGKAI_FOLLOW_SYMLINKS", "1")
    assert ledger(inbox)["passwd.txt"].records


def test_a_directory_symlink_has_its_own_ledger_row(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text(REPORT)
    (tmp_path / "loop").symlink_to(tmp_path / "real")
    rows = ledger(tmp_path)
    assert set(rows) == {"real/a.txt", "loop"}
    assert "symlink to a folder" in rows["loop"].reason


SETPRIV = shutil.which("setpriv")
# What lets root read a folder whatever its mode. Without them, root is held to the mode bits like anyone: a
# folder of mode 000 is closed to it. (Becoming `nobody` instead would also close the interpreter to the run
# when Python is installed under /root, as on this machine.)
READ_ANYTHING = "-dac_override,-dac_read_search"


def held_to_modes() -> list[str] | None:
    """The command prefix that runs a process which file modes keep out: none needed when this process is
    not root; when it is (as CI is), setpriv without the capabilities that let root past the modes, dropped
    from the bounding and inheritable sets so that the run's workers have none either. None when neither."""
    if os.geteuid() != 0:
        return []
    if SETPRIV is None:
        return None
    return [SETPRIV, f"--inh-caps={READ_ANYTHING}", f"--bounding-set={READ_ANYTHING}", "--"]


@pytest.mark.skipif(held_to_modes() is None, reason="root without setpriv: nothing that a folder's mode keeps out")
def test_an_unreadable_folder_and_file_have_ledger_rows(tmp_path):
    """`gongkai run` itself, in a process the modes keep out: the folder and the file it cannot read are rows
    of the published ledger with their reasons, and the rest is loaded (exit 0)."""
    prefix = held_to_modes()
    assert prefix is not None
    corpus, warehouse = tmp_path / "corpus", tmp_path / "warehouse"
    (corpus / "locked").mkdir(parents=True)
    (corpus / "locked" / "a.txt").write_text(REPORT, encoding="utf-8")
    (corpus / "denied.txt").write_text(REPORT, encoding="utf-8")
    (corpus / "readable.txt").write_text(REPORT.replace("宁安县", "海林市"), encoding="utf-8")
    os.chmod(corpus / "locked", 0)
    os.chmod(corpus / "denied.txt", 0)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env |= {"PREFECT_HOME": str(tmp_path / "prefect-home"), "DO_NOT_TRACK": "1"}
    try:
        result = subprocess.run(
            [*prefix, GONGKAI, "run", "--input", corpus, "--warehouse", warehouse, "--no-progress"],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
    finally:
        os.chmod(corpus / "locked", 0o755)  # for pytest's clean-up
    assert result.returncode == 0, result.stderr
    with duckdb.connect(str(warehouse / "gongkai.duckdb"), read_only=True) as db:
        rows = dict(db.execute("select source_path, coalesce(reason, status) from sources").fetchall())
    assert set(rows) == {"locked", "denied.txt", "readable.txt"}
    assert rows["locked"].startswith("unreadable folder: Permission denied")
    assert rows["denied.txt"].startswith("unreadable file: Permission denied")
    assert rows["readable.txt"] == "loaded"


def test_a_warehouse_inside_the_input_is_skipped_and_said_so(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT)
    warehouse = tmp_path / "warehouse"
    (warehouse / "datasets" / "facts").mkdir(parents=True)
    (warehouse / "gongkai.duckdb").write_bytes(b"\0" * 16)
    (warehouse / "datasets" / "facts" / "notes.txt").write_text(REPORT)
    (tmp_path / ".warehouse.staging-1234").mkdir()
    rows = ledger(tmp_path)
    assert set(rows) == {"a.txt", "warehouse", ".warehouse.staging-1234"}
    assert "warehouse" in rows["warehouse"].reason and "skipped" in rows["warehouse"].reason


def test_a_file_over_the_maximum_size_is_rejected_unread(tmp_path, monkeypatch):
    monkeypatch.setenv("GONGKAI_MAX_FILE_MB", "0.01")
    (tmp_path / "big.txt").write_text(REPORT * 200)
    reason = ledger(tmp_path)["big.txt"].reason
    assert "maximum file size" in reason and "GONGKAI_MAX_FILE_MB" in reason


def test_escape_codes_in_file_names_do_not_reach_the_terminal(tmp_path, capsys):
    from gongkai.report import print_summary

    name = "\x1b]0;owned\x07\x1b[2J年报\u202e.txt"
    (tmp_path / name).write_bytes(b"")
    sf = ledger(tmp_path)[name]
    summary = {"run_name": "r", "run_id": "1", "files": 1, "loaded": 0, "duplicate": 0, "rejected": 1}
    summary |= {"documents": 0, "facts": 0, "quarantined_rows": 0, "warehouse": tmp_path / "wh\x1b[31m"}
    print_summary(summary | {"rejections": [{"source_path": sf.source_path, "reason": sf.reason}]})
    shown = capsys.readouterr().out
    assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown
    assert "\\x1b]0;owned\\x07\\x1b[2J年报\\u202e.txt" in shown


def test_reading_ahead_never_opens_a_fifo_for_good(tmp_path):
    os.mkfifo(tmp_path / "x.txt")
    (tmp_path / "a.txt").write_text(REPORT)
    read_ahead(discover(tmp_path))  # returns: a FIFO opened without O_NONBLOCK waits for a writer forever
