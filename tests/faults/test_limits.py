"""Limits per document: the time budget stops one document's work and names the stage; a limit hit is
named in the rejection instead of "this is a gongkai bug" (issue 20, items 3 and 11)."""

from __future__ import annotations

import pytest

from gongkai.tasks.document.chain import extract_docs, normalize_records, segment_docs
from gongkai.tasks.document.ingest import ingest_bytes

pytestmark = pytest.mark.faults

PARAGRAPH = "本年度县民政局主动公开政府信息196条，其中规范性文件12件，办理政府信息公开申请5件，均按期答复。\n"


def processed(name: str, data: bytes):
    return extract_docs(segment_docs(normalize_records([ingest_bytes(name, data)])))


def test_a_document_over_its_time_budget_is_rejected_naming_the_stage(monkeypatch):
    monkeypatch.setenv("GONGKAI_DOC_SECONDS", "0.001")  # a 1 MB report takes tens of milliseconds
    [doc] = processed("long.txt", ("县民政局2021年政府信息公开工作年度报告\n" + PARAGRAPH * 8000).encode())
    assert doc.error.startswith("took longer than 0.001 s in normalize")
    assert "GONGKAI_DOC_SECONDS" in doc.error


def test_the_next_document_gets_its_own_budget(monkeypatch):
    monkeypatch.setenv("GONGKAI_DOC_SECONDS", "30")
    [doc] = processed("short.txt", ("县民政局2021年政府信息公开工作年度报告\n" + PARAGRAPH).encode())
    assert doc.error is None and doc.facts


def test_html_nested_past_the_readers_depth_names_the_limit():
    page = "<html><body>" + "<div>" * 3000 + "全年主动公开政府信息196条。" + "</div>" * 3000 + "</body></html>"
    [doc] = processed("deep.html", page.encode())
    assert "maximum depth" in doc.error and "gongkai bug" not in doc.error


def test_no_budget_timer_outlives_the_process():
    """A process that worked on a document exits with its budget's timer off: Python restores SIGALRM's
    default action as it finalises, and a pending timer firing then killed a test run that had passed."""
    import subprocess
    import sys

    probe = (
        "import atexit, signal\n"
        "from gongkai.tasks.runtime.budget import Budget\n"
        "with Budget(30).stage('normalize'):\n"
        "    pass\n"
        "atexit._run_exitfuncs()\n"
        "print(signal.getitimer(signal.ITIMER_REAL)[0])\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert float(done.stdout) == 0.0
