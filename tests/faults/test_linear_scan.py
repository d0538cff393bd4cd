"""Scanning a document is linear in its length on adversarial input (issue 20, item 3): for each hostile
shape, the time per character of the whole per-document chain at 4× the length stays within 2× of the
time per character at 1× (a quadratic scan quadruples it). A ratio, not an absolute time: the machine's
speed does not matter, only how the cost grows."""

from __future__ import annotations

import time

import pytest

from gongkai.tasks.document.chain import extract_docs, normalize_records, segment_docs
from gongkai.tasks.document.ingest import ingest_bytes

pytestmark = pytest.mark.faults

HEAD = "县民政局2021年政府信息公开工作年度报告\n一、总体情况\n"
TABLE3_HEAD = "三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请数量 "
HOSTILE = {
    "a digit run": lambda n: "1" * n,
    "thousands groups": lambda n: "1" + ",234" * (n // 4),
    "dotted digits": lambda n: "1." * (n // 2),
    "a Chinese numeral run": lambda n: "一二三四五六七八九十" * (n // 10),
    "counts on one long line": lambda n: "共1件" * (n // 3),
    "repeated commas": lambda n: "，" * n,
    "repeated pipes": lambda n: "| 1 " * (n // 4),
    "one number a line": lambda n: "1\n" * (n // 2),
    "heading numbers": lambda n: "一、" * (n // 2),
    "years": lambda n: "2021年" * (n // 5),
    "glued table rows": lambda n: (TABLE3_HEAD + "1" * 24 + "\n") * (n // 2000),  # ~50 ms a row
}


def seconds(text: str) -> float:
    data = (HEAD + text).encode()
    start = time.perf_counter()
    extract_docs(segment_docs(normalize_records([ingest_bytes("hostile.txt", data)])))
    return time.perf_counter() - start


def growth(make, smallest: int = 2_500, measurable: float = 0.05) -> float:
    """How many times longer 4× the text takes, from a length whose run is long enough to time (≥ 50 ms,
    on a machine shared with others: the best of 3 runs each, taken in turns)."""
    n = smallest
    while seconds(make(n)) < measurable and n < 64 * smallest:
        n *= 2
    small, large = make(n), make(4 * n)
    times = [(seconds(small), seconds(large)) for _ in range(3)]
    return min(t for _, t in times) / min(t for t, _ in times)


@pytest.mark.parametrize("shape", HOSTILE)
def test_time_per_character_stays_flat(shape, monkeypatch):
    monkeypatch.setenv("GONGKAI_DOC_SECONDS", "0")  # no budget: the scan itself is measured
    ratio = growth(HOSTILE[shape])
    assert ratio < 8, f"{shape}: 4× the text took {ratio:.1f}× the time (linear: ~4, quadratic: ~16)"
