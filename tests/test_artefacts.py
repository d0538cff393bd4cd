"""End-to-end fixture set for the text artefacts of domain guide §4: bytes → ingest → normalise.

Each case in tests/fixtures/artefacts/ is `<case>.input.<txt|html|md>` (the bytes as found on the web; the
damaged ones are written by make_artefacts.py the way the damage happens), `<case>.expected.txt` (the text a
careful reader expects) and `<case>.expected.json`:

    {"script": ..., "metadata": {only the keys expected, with their values},
     "repairs_at_least": {counter: n, ...}, "dropped_spans": n}

The expectations were written from what each document should read like, not from running the code. Layout
convention of the expected texts: one line per paragraph/heading; an HTML or Markdown source keeps one blank
line between its blocks (the normaliser keeps single blank lines and collapses longer runs); dropped,
unrecoverable spans read 〓.

A case the code gets wrong keeps its expectation and is marked xfail(strict=True) in KNOWN_BUGS for exactly the
aspect that fails, with the reason.
"""

from __future__ import annotations

import difflib
import json
from functools import cache
from pathlib import Path

import pytest

from gongkai.tasks.document.chain import normalize_records
from gongkai.tasks.document.ingest import ingest_bytes
from gongkai.tasks.document.normalize import Normalized

FIXTURES = Path(__file__).parent / "fixtures" / "artefacts"
INPUTS = {p.name.split(".input.")[0]: p for p in sorted(FIXTURES.glob("*.input.*"))}

# One file per artefact class of domain.md §4 (plus two where one class has two distinct ways to fail) …
CLASSES = [
    "traditional_script",
    "pinyin_annotations",
    "utf8_read_as_gbk",
    "utf8_read_as_cp1252",
    "utf8_read_as_cp1252_nbsp_shy",
    "lossy_mojibake",
    "lossy_multilayer",
    "stray_markup",
    "web_chrome",
    "metadata_block",
    "width_variants",
    "spam_mirror",
]
# … and combinations of them.
COMBINATIONS = [
    "combo_gbk_html_page",
    "combo_traditional_pinyin_chrome",
    "combo_mojibake_spaces",
    "combo_markdown_kangxi",
]
CASES = CLASSES + COMBINATIONS

# (case, aspect) → why the code, not the expectation, is wrong. Empty: every known bug is fixed.
KNOWN_BUGS: dict[tuple[str, str], str] = {}


def test_every_fixture_is_a_case():
    assert sorted(INPUTS) == sorted(CASES)
    for case in CASES:
        assert (FIXTURES / f"{case}.expected.txt").is_file(), case
        assert (FIXTURES / f"{case}.expected.json").is_file(), case


def params(aspect: str) -> list:
    out = []
    for case in CASES:
        reason = KNOWN_BUGS.get((case, aspect))
        marks = [pytest.mark.xfail(strict=True, reason=f"bug: {reason}")] if reason else []
        out.append(pytest.param(case, id=case, marks=marks))
    return out


@cache
def normalized(case: str) -> Normalized:
    path = INPUTS[case]
    source = ingest_bytes(path.name, path.read_bytes())
    assert source.status != "rejected", source.reason
    docs = normalize_records([source])
    assert len(docs) == 1 and docs[0].error is None, docs[0].error if docs else "no record"
    return docs[0].norm


def expected_text(case: str) -> str:
    return (FIXTURES / f"{case}.expected.txt").read_text(encoding="utf-8").rstrip("\n")


def expected(case: str) -> dict:
    return json.loads((FIXTURES / f"{case}.expected.json").read_text(encoding="utf-8"))


def _visible(line: str) -> str:
    """Show the characters that look alike or not at all."""
    out = []
    for ch in line:
        if (
            ch in "\u3000\u00a0\u200b\u200c\u200d\ufeff\u00ad"
            or "\u2e80" <= ch <= "\u2fdf"
            or "\uff01" <= ch <= "\uff5e"
            and ch not in "，：；！？（）"
        ):
            out.append(f"<U+{ord(ch):04X}>")
        else:
            out.append(ch)
    return "".join(out)


def assert_same_text(actual: str, wanted: str, label: str) -> None:
    if actual == wanted:
        return
    diff = difflib.unified_diff(
        [_visible(x) for x in wanted.split("\n")],
        [_visible(x) for x in actual.split("\n")],
        fromfile=f"{label} expected",
        tofile=f"{label} actual",
        lineterm="",
    )
    pytest.fail("normalised text differs:\n" + "\n".join(diff), pytrace=False)


@pytest.mark.parametrize("case", params("text"))
def test_text(case):
    assert_same_text(normalized(case).text, expected_text(case), case)


@pytest.mark.parametrize("case", params("metadata"))
def test_metadata(case):
    actual, wanted = normalized(case).metadata, expected(case)["metadata"]
    assert sorted(actual) == sorted(wanted), f"metadata keys: {actual}"
    assert actual == wanted


@pytest.mark.parametrize("case", params("script"))
def test_script(case):
    assert normalized(case).script == expected(case)["script"]


@pytest.mark.parametrize("case", params("repairs"))
def test_repairs(case):
    repairs = normalized(case).repairs
    short = {
        name: (repairs.get(name, 0), at_least)
        for name, at_least in expected(case)["repairs_at_least"].items()
        if repairs.get(name, 0) < at_least
    }
    assert not short, f"counter: (actual, expected at least) {short}; all repairs: {dict(repairs)}"


@pytest.mark.parametrize("case", params("dropped_spans"))
def test_dropped_spans(case):
    norm = normalized(case)
    assert len(norm.dropped_spans) == expected(case)["dropped_spans"], norm.dropped_spans


@pytest.mark.parametrize("case", params("idempotent"))
def test_normalising_the_normalised_text_changes_nothing(case):
    text = normalized(case).text
    again = normalize_records([ingest_bytes(f"{case}.again.txt", text.encode("utf-8"))])[0].norm
    assert_same_text(again.text, text, f"{case} (second pass)")
