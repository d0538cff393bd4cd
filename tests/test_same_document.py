"""One report, saved six ways, is one document: the same doc_id, the same fields, the same facts.

The report is written once below. Its copies differ only in how the bytes were saved (UTF-8, UTF-8 with BOM,
UTF-16 LE with BOM, GB18030, CRLF line ends) or in Markdown dress (the title as `# `, the section headings as
`## `; every section is one paragraph, so the Markdown renders as the report). Through ingest → normalise →
segment → extract → resolve_duplicates exactly one copy is `loaded` and every other one is a `duplicate` of it.
"""

from __future__ import annotations

import codecs
from dataclasses import astuple

import pytest

from gongkai.tasks.batch.dedupe import resolve_duplicates
from gongkai.tasks.batch.tables import DocKey, document_tables, sources_table
from gongkai.tasks.document.chain import extract_docs, normalize_records, segment_docs
from gongkai.tasks.document.ingest import ingest_bytes

TITLE = "临洮县民政局2022年政府信息公开工作年度报告"
SECTIONS = [
    (
        "一、总体情况",
        "2022年，县民政局全年主动公开政府信息214条，其中规范性文件2件，配备专职工作人员1名、兼职工作人员3名。",
    ),
    (
        "二、收到和处理政府信息公开申请情况",
        "本年度新收政府信息公开申请7件，上年结转1件，已答复8件，其中同意公开5件、部分公开1件、信息不存在2件。",
    ),
    ("三、政府信息公开行政复议、行政诉讼情况", "本年度未发生因政府信息公开引起的行政复议和行政诉讼。"),
    ("四、存在的主要问题及改进情况", "社会救助政策解读不够通俗，下一步将增加图解和问答。"),
    ("五、其他需要报告的事项", "本年度未收取信息处理费。"),
]
INTRO = "本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据统计期限为2022年1月1日至2022年12月31日。"


def report_lines(title_prefix: str = "", heading_prefix: str = "") -> list[str]:
    lines = [title_prefix + TITLE, INTRO]
    for heading, paragraph in SECTIONS:
        lines += [heading_prefix + heading, paragraph]
    return lines


TEXT = "\n".join(report_lines()) + "\n"
MARKDOWN = "\n".join(report_lines("# ", "## ")) + "\n"

COPIES: dict[str, bytes] = {
    "1_utf8.txt": TEXT.encode("utf-8"),
    "2_utf8_bom.txt": codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    "3_utf16le_bom.txt": codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    "4_gb18030.txt": TEXT.encode("gb18030"),
    "5_crlf.txt": TEXT.replace("\n", "\r\n").encode("utf-8"),
    "6_markdown.md": MARKDOWN.encode("utf-8"),
}
REFERENCE = "1_utf8.txt"


def run(copies: dict[str, bytes]):
    files = [ingest_bytes(name, data) for name, data in copies.items()]
    docs = extract_docs(segment_docs(normalize_records(files)))
    resolve_duplicates(files, [DocKey(d.record.source_path, d.record.record_no, d.doc_id) for d in docs])
    return docs, {"sources": sources_table(files), "documents": document_tables(docs, "run-same-document")["documents"]}


def fields_of(doc) -> dict:
    f = doc.fields
    return {"doc_type": f.doc_type, "agency": f.agency, "report_year": f.report_year, "title": f.title}


def facts_of(doc) -> list[tuple]:
    return [astuple(fact) for fact in doc.facts]


def test_the_copies_really_differ():
    assert len(set(COPIES.values())) == len(COPIES)


def test_the_reference_copy_reads_as_the_report():
    docs, _ = run({REFERENCE: COPIES[REFERENCE]})
    (doc,) = docs
    assert doc.error is None
    assert doc.norm.text == TEXT.rstrip("\n")
    assert fields_of(doc) == {
        "doc_type": "annual_report",
        "agency": "临洮县民政局",
        "report_year": 2022,
        "title": TITLE,
    }
    metrics = {(f.metric, f.value) for f in doc.facts}
    assert {("proactive_disclosed_items", 214), ("applications_received", 7)} <= metrics


@pytest.mark.parametrize("name", [n for n in COPIES if n != REFERENCE])
def test_each_copy_is_a_duplicate_of_the_reference(name):
    docs, tables = run({REFERENCE: COPIES[REFERENCE], name: COPIES[name]})
    assert all(d.error is None for d in docs), [d.error for d in docs]
    reference, copy = docs
    assert copy.norm.text == reference.norm.text
    sources = tables["sources"].set_index("source_path")
    assert sources.loc[REFERENCE, "status"] == "loaded"
    assert sources.loc[name, "status"] == "duplicate", sources.loc[name, "reason"]
    assert sources.loc[name, "doc_id"] == sources.loc[REFERENCE, "doc_id"] == reference.doc_id
    assert fields_of(copy) == fields_of(reference)
    assert facts_of(copy) == facts_of(reference)


def test_all_copies_together_make_one_loaded_document():
    docs, tables = run(COPIES)
    assert all(d.error is None for d in docs), [d.error for d in docs]
    sources = tables["sources"]
    assert sorted(sources["source_path"]) == sorted(COPIES)
    assert list(sources.loc[sources["status"] == "loaded", "source_path"]) == [REFERENCE]
    assert (sources["status"] == "duplicate").sum() == len(COPIES) - 1
    assert sources["doc_id"].nunique() == 1 and sources["doc_id"].notna().all()
    assert len(tables["documents"]) == 1
    assert all(fields_of(d) == fields_of(docs[0]) for d in docs)
    assert all(facts_of(d) == facts_of(docs[0]) for d in docs)
    assert facts_of(docs[0]), "the report states counts: some facts must be found"
