"""Ingest: files → SourceFile ledger rows with records, or a rejection a person can act on."""

from __future__ import annotations

import json
import os
import random
import re
from pathlib import Path

import pytest

from gongkai.tasks.document.ingest import discover, ingest_bytes, ingest_file, ingest_files, read_ahead, sniff_format

REPORT = (
    "宁安县民政局2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2021年，县民政局全年主动公开政府信息196条，受理政府信息公开申请5件，均按期答复。\n"
)

PAGE = (
    "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>年度报告</title></head>\n"
    "<body><div id=\"zoom\"><p>一、总体情况</p><p>全年主动公开政府信息196条。</p></div></body></html>\n"
)


def assert_readable_sentence(reason: str | None) -> None:
    """A reason for a person: words and spaces, no traceback, no bare exception class."""
    assert reason
    assert len(reason) >= 25
    assert " " in reason
    assert "Traceback" not in reason
    assert not re.search(r"\b\w+(Error|Exception)\b", reason)
    assert not reason.startswith(("<", "{", "["))


# rejections ------------------------------------------------------------------------------------------------


def test_empty_file_is_rejected():
    sf = ingest_bytes("reports/empty.txt", b"")
    assert sf.status == "rejected"
    assert sf.records == []
    assert sf.size_bytes == 0
    assert sf.reason.startswith("empty file")
    assert_readable_sentence(sf.reason)


@pytest.mark.parametrize("data", [b"   \n\t\r\n  ", "\u3000\u3000\n\n".encode("utf-8"), b"\n"])
def test_whitespace_only_file_is_rejected(data):
    sf = ingest_bytes("blank.txt", data)
    assert sf.status == "rejected"
    assert sf.reason.startswith("whitespace only")
    assert_readable_sentence(sf.reason)
    assert sf.encoding is not None  # it did decode


def test_binary_file_is_rejected():
    rng = random.Random(7)
    blob = bytes(rng.choice((0, 0, rng.randrange(256))) for _ in range(3000))
    sf = ingest_bytes("scan_001.txt", blob)
    assert sf.status == "rejected"
    assert sf.reason.startswith("binary content")
    assert_readable_sentence(sf.reason)
    assert sf.records == []


def test_undecodable_control_bytes_are_rejected():
    data = bytes(range(1, 9)) * 40 + "年度报告".encode()
    sf = ingest_bytes("weird.txt", data)
    assert sf.status == "rejected"
    assert "no text could be decoded" in sf.reason
    assert_readable_sentence(sf.reason)


@pytest.mark.parametrize("name", ["年报.pdf", "annual.PDF", "summary.docx", "table.xlsx", "scan.jpg"])
def test_unsupported_formats_are_rejected_without_decoding(name):
    # Even when the bytes would decode as text, the extension decides: these need converting first.
    sf = ingest_bytes(name, REPORT.encode("utf-8"))
    assert sf.status == "rejected"
    suffix = Path(name).suffix.lower()
    assert sf.reason.startswith(f"unsupported format '{suffix}'")
    assert "convert" in sf.reason
    assert_readable_sentence(sf.reason)
    assert sf.encoding is None


def test_malformed_json_file_is_rejected_with_position():
    sf = ingest_bytes("records.json", b'{"title": "\xe5\xb9\xb4\xe6\x8a\xa5", ')
    assert sf.status == "rejected"
    assert sf.reason.startswith("malformed JSON")
    assert "line 1" in sf.reason
    assert_readable_sentence(sf.reason)


def test_ingest_file_never_raises_on_unreadable_path(tmp_path):
    folder = tmp_path / "not_a_file.txt"
    folder.mkdir()
    sf = ingest_file(folder, tmp_path)
    assert sf.status == "rejected"
    assert sf.reason.startswith("unreadable file")


def test_a_file_name_that_is_not_utf8_is_read_and_named_by_its_escaped_bytes(tmp_path):
    # A GBK name, as unzipping a Windows archive leaves it; a UTF-8 name beside it stays as it is.
    folder = tmp_path / "2021"
    folder.mkdir()
    gbk = Path(os.fsdecode(bytes(folder) + b"/" + "年报.txt".encode("gbk")))
    gbk.write_bytes("正文：全年主动公开政府信息40条。".encode())
    (folder / "年报-utf8.txt").write_bytes("正文：全年主动公开政府信息41条。".encode())
    by_name = {sf.source_path: sf for sf in ingest_files(discover(tmp_path), tmp_path)}
    assert set(by_name) == {"2021/\\xc4\\xea\\xb1\\xa8.txt", "2021/年报-utf8.txt"}
    assert all(sf.status is None and sf.records for sf in by_name.values())


# formats ---------------------------------------------------------------------------------------------------


def test_plain_text_file_is_one_record():
    sf = ingest_bytes("2021/report.txt", REPORT.encode("gb18030"))
    assert sf.status is None  # decided later, after dedupe
    assert sf.source_format == "txt"
    assert sf.encoding == "gb18030"
    assert len(sf.records) == 1
    record = sf.records[0]
    assert record.text == REPORT
    assert record.text_format == "txt"
    assert record.record_no is None
    assert record.source_path == "2021/report.txt"


def test_txt_holding_an_html_page_is_html():
    sf = ingest_bytes("saved_page.txt", PAGE.encode("utf-8"))
    assert sf.source_format == "html"
    assert sf.records[0].text_format == "html"


def test_file_without_extension_is_sniffed():
    assert ingest_bytes("download", PAGE.encode("utf-8")).source_format == "html"
    assert ingest_bytes("download", REPORT.encode("utf-8")).source_format == "txt"


def test_sha256_and_size_describe_the_bytes():
    data = REPORT.encode("utf-8")
    sf = ingest_bytes("a.txt", data)
    assert sf.size_bytes == len(data)
    assert re.fullmatch(r"[0-9a-f]{64}", sf.source_sha256)
    assert ingest_bytes("b.txt", data).source_sha256 == sf.source_sha256
    assert ingest_bytes("c.txt", data + b"\n").source_sha256 != sf.source_sha256


@pytest.mark.parametrize(
    "text, declared, expected",
    [
        (PAGE, "txt", "html"),
        ("  <div class=\"TRS_Editor\"><p>正文</p></div>", "txt", "html"),
        ("<?xml version=\"1.0\"?><html><body>正文</body></html>", None, "html"),
        (REPORT, "txt", "txt"),
        (REPORT, None, "txt"),
        ("<p>正文</p>", "md", "md"),  # Markdown may hold inline HTML and stays Markdown
        ('[{"title": "a", "text": "b"}]', None, "json"),
        ('{"title": "a", "text": "b"}\n{"title": "c", "text": "d"}', None, "jsonl"),
        ("<据统计>全年公开信息196条", "txt", "txt"),  # a "<" that opens no tag is not HTML
    ],
)
def test_sniff_format(text, declared, expected):
    assert sniff_format(text, declared) == expected


# container files -------------------------------------------------------------------------------------------


def _jsonl(*lines: str) -> bytes:
    return "\n".join(lines).encode("utf-8")


def test_jsonl_two_good_records_and_one_malformed_line():
    good1 = json.dumps(
        {
            "title": "宁安县民政局2021年政府信息公开工作年度报告",
            "content": "一、总体情况\n全年主动公开政府信息196条。",
            "url": "http://mz.ningan.example.gov.cn/art/2022/1/20/art_1.html",
            "publish_date": "2022-01-20",
        },
        ensure_ascii=False,
    )
    bad = '{"title": "宁安县财政局2021年政府信息公开工作年度报告", "content": "一、总体情况'
    good2 = json.dumps(
        {
            "标题": "沙河镇2021年政务公开工作总结",
            "正文": "<p>全年公开村务、财务信息300余条。</p>",
            "来源": "沙河镇人民政府",
        },
        ensure_ascii=False,
    )
    sf = ingest_bytes("crawl/records.jsonl", _jsonl(good1, bad, good2))
    assert sf.status is None
    assert sf.source_format == "jsonl"
    assert [r.record_no for r in sf.records] == [1, 3]
    outcomes = {o.record_no: o for o in sf.record_outcomes}
    assert set(outcomes) == {1, 2, 3}
    assert outcomes[1].status == outcomes[3].status == "pending"
    assert outcomes[2].status == "rejected"
    assert outcomes[2].record_no == 2  # a jsonl record is numbered by its line
    assert "malformed JSON" in outcomes[2].reason
    assert_readable_sentence(outcomes[2].reason)

    first, second = sf.records
    assert first.meta == {
        "title": "宁安县民政局2021年政府信息公开工作年度报告",
        "publish_date": "2022-01-20",
        "url": "http://mz.ningan.example.gov.cn/art/2022/1/20/art_1.html",
    }
    assert second.text_format == "html"
    assert second.meta["publisher"] == "沙河镇人民政府"


def test_jsonl_blank_lines_are_skipped_not_rejected():
    rec = json.dumps({"title": "甲", "text": "本年度主动公开政府信息12条。"}, ensure_ascii=False)
    sf = ingest_bytes("r.jsonl", _jsonl(rec, "", "   ", rec))
    assert [r.record_no for r in sf.records] == [1, 4]
    assert all(o.status == "pending" for o in sf.record_outcomes)


def test_jsonl_with_only_bad_lines_rejects_the_file_with_the_reasons():
    sf = ingest_bytes("r.jsonl", _jsonl("{not json", '{"title": "no content here"}'))
    assert sf.status == "rejected"
    assert sf.reason.startswith("no usable record")
    # both reasons reach the person reading the ledger
    assert "malformed JSON" in sf.reason and "no text" in sf.reason
    assert_readable_sentence(sf.reason)


def test_json_array_of_records():
    items = [
        {"title": "宁安县教育局2020年政府信息公开工作年度报告", "text": "全年主动公开政府信息418条。"},
        {
            "name": "宁安县交通运输局2020年政府信息公开工作年度报告",
            "body": "全年主动公开政府信息95条。",
            "pubdate": "2021-01-29",
            "link": "http://jtj.example.gov.cn/a.html",
        },
    ]
    sf = ingest_bytes("batch.json", json.dumps(items, ensure_ascii=False).encode("utf-8"))
    assert sf.source_format == "json"
    assert [r.record_no for r in sf.records] == [1, 2]
    assert sf.records[1].meta == {
        "title": "宁安县交通运输局2020年政府信息公开工作年度报告",
        "publish_date": "2021-01-29",
        "url": "http://jtj.example.gov.cn/a.html",
    }
    assert sf.records[1].text.endswith("全年主动公开政府信息95条。")


def test_json_object_with_a_data_list():
    payload = {
        "code": 200,
        "msg": "ok",
        "data": [
            {"title": "宁安县审计局2021年政府信息公开工作年度报告", "content": "本年度主动公开审计结果公告6条。"},
            {"title": "宁安县审计局2020年政府信息公开工作年度报告", "content": "本年度主动公开审计结果公告4条。"},
        ],
    }
    sf = ingest_bytes("api_dump.json", json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    assert len(sf.records) == 2
    assert sf.records[0].text.startswith("宁安县审计局2021年")
    assert "本年度主动公开审计结果公告4条。" in sf.records[1].text


def test_single_json_object_is_one_record():
    payload = {
        "title": "宁安县审计局2021年政府信息公开工作年度报告",
        "fulltext": "本年度主动公开审计结果公告6条。",
        "data": ["not", "records"],
    }
    sf = ingest_bytes("one.json", json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    assert len(sf.records) == 1
    assert "审计结果公告6条" in sf.records[0].text


def test_record_without_content_is_rejected_with_reason():
    items = [
        {"title": "宁安县水务局2021年政府信息公开工作年度报告", "url": "http://slj.example.gov.cn/b.html"},
        {"title": "宁安县水务局2020年政府信息公开工作年度报告", "content": "全年主动公开水务信息88条。"},
        {"title": "空正文", "content": "   "},
    ]
    sf = ingest_bytes("water.json", json.dumps(items, ensure_ascii=False).encode("utf-8"))
    assert [r.record_no for r in sf.records] == [2]
    rejected = {o.record_no: o.reason for o in sf.record_outcomes if o.status == "rejected"}
    assert set(rejected) == {1, 3}
    for reason in rejected.values():
        assert "no text" in reason
        assert "content" in reason
        assert_readable_sentence(reason)


def test_non_object_record_is_rejected():
    sf = ingest_bytes(
        "mixed.json", json.dumps(["只是一个字符串", {"text": "全年公开信息12条。"}], ensure_ascii=False).encode("utf-8")
    )
    rejected = [o for o in sf.record_outcomes if o.status == "rejected"]
    assert [o.record_no for o in rejected] == [1]
    assert "not a JSON object" in rejected[0].reason


def test_crawler_title_is_put_on_top_of_text_content():
    title = "宁安县统计局2021年政府信息公开工作年度报告"
    body = "一、总体情况\n全年主动公开统计信息152条。"
    sf = ingest_bytes("r.jsonl", json.dumps({"title": title, "content": body}, ensure_ascii=False).encode())
    assert sf.records[0].text == f"{title}\n{body}"
    assert sf.records[0].text_format == "txt"


def test_crawler_title_is_put_on_top_of_html_content_as_h1():
    title = "宁安县统计局2021年政府信息公开工作年度报告"
    body = "<p>一、总体情况</p><p>全年主动公开统计信息152条。</p>"
    sf = ingest_bytes("r.jsonl", json.dumps({"title": title, "html": body}, ensure_ascii=False).encode())
    assert sf.records[0].text_format == "html"
    assert sf.records[0].text == f"<h1>{title}</h1>\n{body}"


def test_crawler_title_already_in_content_is_not_repeated():
    title = "宁安县统计局2021年政府信息公开工作年度报告"
    body = f"{title}\n一、总体情况\n全年主动公开统计信息152条。"
    sf = ingest_bytes("r.jsonl", json.dumps({"title": title, "content": body}, ensure_ascii=False).encode())
    assert sf.records[0].text == body
    assert sf.records[0].text.count(title) == 1


# files and folders -----------------------------------------------------------------------------------------


def _make_tree(root: Path, order: list[str]) -> None:
    for rel in order:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(REPORT, encoding="utf-8")


TREE = ["b.txt", "a.txt", ".hidden.txt", "sub/z.html", "sub/.cache/x.json", "a_dir/y.md", "sub/deeper/w.txt"]


def test_discover_lists_hidden_files_and_nested_folders(tmp_path):
    _make_tree(tmp_path, TREE)
    found = [Path(p).relative_to(tmp_path).as_posix() for p in discover(tmp_path)]
    assert sorted(found) == sorted(TREE)
    assert len(found) == len(set(found))
    # files of one folder come in name order
    top = [f for f in found if "/" not in f]
    assert top == [".hidden.txt", "a.txt", "b.txt"]
    assert found == [
        ".hidden.txt",
        "a.txt",
        "b.txt",
        "a_dir/y.md",
        "sub/z.html",
        "sub/.cache/x.json",
        "sub/deeper/w.txt",
    ]


def test_discover_order_does_not_depend_on_creation_order(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    _make_tree(one, TREE)
    _make_tree(two, list(reversed(TREE)))
    first = [Path(p).relative_to(one).as_posix() for p in discover(one)]
    second = [Path(p).relative_to(two).as_posix() for p in discover(two)]
    assert first == second
    assert first == [Path(p).relative_to(one).as_posix() for p in discover(one)]


def test_discover_on_a_single_file(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    assert discover(path) == [str(path)]


def test_ingest_file_uses_paths_relative_to_the_root(tmp_path):
    _make_tree(tmp_path, ["2021/county/report.txt"])
    path = tmp_path / "2021/county/report.txt"
    sf = ingest_file(path, tmp_path)
    assert sf.source_path == "2021/county/report.txt"
    assert sf.records[0].source_path == "2021/county/report.txt"
    assert sf.records[0].text == REPORT
    # a single file given as the input is named by its file name
    assert ingest_file(path, path).source_path == "report.txt"


def test_a_broken_unicode_escape_in_a_record_becomes_a_lost_character():
    # json.dumps writes non-ASCII as \u escapes, a lone surrogate as the broken escape a crawler leaves.
    record = json.dumps(
        {
            "title": "庆阳市财政局2022年政府信息公开工作年度报告\ud800",
            "content": "全年主动公开政府信息75条\udc9b。留言板收到表情😀一则。",
        }
    )
    assert "\\ud800" in record and "\\ud83d\\ude00" in record
    (rec,) = ingest_bytes("crawl.jsonl", record.encode("ascii")).records
    assert rec.meta["title"] == "庆阳市财政局2022年政府信息公开工作年度报告\ufffd"
    assert "75条\ufffd。" in rec.text
    assert "😀" in rec.text  # a valid pair is one character, left alone


def test_read_ahead_takes_any_path_and_leaves_files_as_they_were(tmp_path):
    report = tmp_path / "report.txt"
    report.write_bytes("全年主动公开政府信息40条。".encode("gb18030"))
    read_ahead([report, tmp_path / "gone.txt", tmp_path])  # a missing file and a folder are ingest's to report
    assert ingest_file(report, tmp_path).records[0].text == "全年主动公开政府信息40条。"
