"""Shared fixtures. Prefect reads its settings at import time, so its home is set before anything imports it."""

import os
import tempfile
from pathlib import Path

os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="gongkai-prefect-"))
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "gongkai" / "samples" / "corpus"
SAMPLES_GOLD = REPO / "gongkai" / "samples" / "gold.jsonl"
EVAL = REPO / "eval"


@pytest.fixture(scope="session")
def prefect_server():
    """One ephemeral Prefect server (and database) for every flow run of the session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


def annual_report(agency: str, year: int, body: str) -> str:
    """A small annual report in the old narrative outline, for tests that need a whole document."""
    return (
        f"{agency}{year}年政府信息公开工作年度报告\n"
        f"本报告依据政府信息公开条例编制，统计期限为{year}年1月1日至{year}年12月31日。\n"
        "一、概述\n"
        f"{year}年，{agency}把政府信息公开作为转变作风的重要抓手，明确分管领导和具体经办人员。\n"
        "二、主动公开政府信息情况\n"
        f"{body}\n"
        "三、存在的主要问题及改进措施\n"
        "公开内容的深度和解读的针对性还需加强，下一步将完善审核流程。\n"
    )
