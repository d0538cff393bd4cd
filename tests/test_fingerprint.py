"""The corpus fingerprint: what makes a re-run reuse the warehouse, and what makes it rebuild."""

import os
import shutil
from pathlib import Path

from gongkai.tasks.document.ingest import discover
from gongkai.tasks.runtime.fingerprint import corpus_fingerprint


def fingerprint(root):
    return corpus_fingerprint(discover(root), root)


def test_the_fingerprint_follows_names_sizes_and_times_not_the_folder(tmp_path):
    corpus = tmp_path / "a" / "corpus"
    (corpus / "2020").mkdir(parents=True)
    (corpus / "2020" / "report.txt").write_text("兰州市民政局2020年政府信息公开工作年度报告", encoding="utf-8")
    (corpus / "plan.txt").write_text("2021年政务公开工作要点", encoding="utf-8")
    first = fingerprint(corpus)
    assert fingerprint(corpus) == first

    moved = tmp_path / "b" / "corpus"
    shutil.copytree(corpus, moved)
    for path in map(Path, discover(corpus)):
        stat = path.stat()
        os.utime(moved / path.relative_to(corpus), ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert fingerprint(moved) == first  # the same files somewhere else

    report = corpus / "2020" / "report.txt"
    os.utime(report, ns=(report.stat().st_atime_ns, report.stat().st_mtime_ns + 1_000_000_000))
    touched = fingerprint(corpus)
    assert touched != first
    (corpus / "plan.txt").rename(corpus / "plan-2021.txt")
    assert fingerprint(corpus) not in (first, touched)


def test_a_single_file_is_fingerprinted_by_its_name(tmp_path):
    one = tmp_path / "x" / "report.txt"
    one.parent.mkdir()
    one.write_text("正文", encoding="utf-8")
    other = tmp_path / "y" / "report.txt"
    other.parent.mkdir()
    shutil.copy2(one, other)
    assert corpus_fingerprint([one], one) == corpus_fingerprint([other], other)


def test_a_file_name_that_is_not_utf8_is_fingerprinted_by_its_bytes(tmp_path):
    def named(raw: bytes):
        path = tmp_path / os.fsdecode(raw)
        path.write_text("正文", encoding="utf-8")
        return path

    first = named("通知.txt".encode("gbk"))
    one = fingerprint(tmp_path)
    first.unlink()
    named("通知.txt".encode("big5"))  # the same name in another encoding is another file
    assert fingerprint(tmp_path) != one
