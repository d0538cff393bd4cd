#!/usr/bin/env python3
"""Self-check for the sample corpus: quotes, lengths, encodings, duplicate, tables, pinyin, seed overlap.

.venv/bin/python gongkai/samples/check_samples.py
"""

from __future__ import annotations

import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import opencc
from pypinyin import Style, pinyin

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
T2S = opencc.OpenCC("t2s")

TONE_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
ANNOT = re.compile(rf"([\u3400-\u9fff])((?:\([{TONE_LETTERS}]+\))+)")
problems: list[str] = []


def readings(ch: str) -> set[str]:
    out = set()
    for c in {ch, T2S.convert(ch)}:
        for style in (Style.TONE, Style.NORMAL):
            out.update(pinyin(c, heteronym=True, style=style)[0])
    return out


def strip_pinyin(text: str, log: list | None = None) -> str:
    def repl(m: re.Match) -> str:
        ch, groups = m.group(1), re.findall(r"\(([^)]*)\)", m.group(2))
        ok = all(g in readings(ch) for g in groups)
        if log is not None:
            log.append((ch, groups, ok))
        return ch if ok else m.group(0)

    return ANNOT.sub(repl, text)


class ZoomText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.skip = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self.depth:
            if tag == "div":
                self.depth += 1
        elif tag == "div" and (a.get("id") == "zoom" or "TRS_Editor" in (a.get("class") or "")):
            self.depth = 1
        if tag in ("script", "style"):
            self.skip += 1
        if self.depth and tag in ("p", "br", "div", "tr"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if self.depth and tag == "div":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.parts.append(data)


def doc_text(name: str) -> tuple[str, str]:
    """(raw decoded text, normalised Simplified text) of one gold document."""
    if "#" in name:
        fname, line = name.split("#")
        raw_line = (CORPUS / fname).read_text("utf-8").splitlines()[int(line) - 1]
        content = json.loads(raw_line)["content"]
        return content, content
    data = (CORPUS / name).read_bytes()
    enc = "gb18030" if "gb18030" in name else "utf-8-sig"
    raw = data.decode(enc).replace("\r\n", "\n")
    if name.endswith(".html"):
        p = ZoomText()
        p.feed(raw)
        text = html.unescape("".join(p.parts)).replace("\xa0", " ")
        text = re.sub(r"\n\s*\n+", "\n", text).strip() + "\n"
        return raw, text
    return raw, T2S.convert(strip_pinyin(raw))


def main() -> int:
    gold = [json.loads(line) for line in (HERE / "gold.jsonl").read_text("utf-8").splitlines() if line.strip()]
    texts: dict[str, str] = {}
    print("== quotes and lengths")
    for g in gold:
        raw, text = doc_text(g["file"])
        texts[g["file"]] = text
        n = len(text)
        bad = [f for f in g["facts"] if f["quote"] not in text]
        numbad = []
        for f in g["facts"]:
            digits = re.findall(r"\d+(?:\.\d+)?", f["quote"])
            if f["value"] and digits:
                v = float(digits[-1]) * (10000 if "万" in f["quote"] else 1)
                if v != f["value"] and not (f["metric"] == "applications_processed" and float(digits[0]) == f["value"]):
                    numbad.append(f)
        status = "OK" if not bad and not numbad and 1500 <= n <= 4000 else "FAIL"
        print(
            f"{status:4} {g['file']:40} chars={n:5} facts={len(g['facts']):2} missing={len(bad)} value_mismatch={len(numbad)}"
        )
        for f in bad + numbad:
            problems.append(f"{g['file']}: {f}")
        if not 1500 <= n <= 4000:
            problems.append(f"{g['file']}: length {n} outside 1500-4000")
        if g["title"] and g["title"] not in text and g["title"] not in T2S.convert(raw):
            problems.append(f"{g['file']}: title not found")
        if g["doc_number"] and g["doc_number"] not in text:
            problems.append(f"{g['file']}: doc_number not found")
        for c in g["cited_doc_numbers"]:
            if c not in text:
                problems.append(f"{g['file']}: cited {c} not found")
        tops = len(re.findall(r"^(?:#+ )?(?:&nbsp;|\s)*[一二三四五六七八九十]+、", text, re.M))
        if tops != g["top_sections"]:
            problems.append(f"{g['file']}: top_sections {g['top_sections']} but counted {tops}")

    print("== encodings and duplicate")
    gb = (CORPUS / "2020_annual_gb18030.txt").read_bytes()
    try:
        gb.decode("utf-8")
        problems.append("GB18030 file decodes as UTF-8")
        print("FAIL 2020_annual_gb18030.txt decodes as UTF-8")
    except UnicodeDecodeError as e:
        print(
            f"OK   2020_annual_gb18030.txt is not UTF-8 ({e.reason} at byte {e.start}); decodes as gb18030: {gb.decode('gb18030')[:20]}…"
        )
    a = (CORPUS / "2019_annual_narrative.txt").read_bytes()
    d = (CORPUS / "duplicate_of_narrative.txt").read_bytes()
    same = (
        d.startswith(b"\xef\xbb\xbf")
        and b"\r\n" in d
        and a != d
        and d.decode("utf-8-sig").replace("\r\n", "\n") == a.decode("utf-8")
    )
    crlf = d.count(b"\r\n")
    print(
        f"{'OK' if same else 'FAIL':4} duplicate_of_narrative.txt: bytes differ ({len(a)} vs {len(d)}), BOM={d[:3]!r}, "
        f"CRLF lines={crlf}, equal after normalisation={same}"
    )
    if not same:
        problems.append("duplicate check failed")
    lines = (CORPUS / "records.jsonl").read_text("utf-8").splitlines()
    oks = []
    for i, line in enumerate(lines, 1):
        try:
            json.loads(line)
            oks.append(i)
        except json.JSONDecodeError:
            pass
    print(f"{'OK' if oks == [1, 3] else 'FAIL':4} records.jsonl: {len(lines)} lines, valid JSON on lines {oks}")
    print(f"{'OK' if (CORPUS / 'empty.txt').stat().st_size == 0 else 'FAIL':4} empty.txt is 0 bytes")
    pdf = (CORPUS / "scan.pdf").read_bytes()
    pdf_ok = pdf.startswith(b"%PDF-1.4") and b"\x00" in pdf
    print(f"{'OK' if pdf_ok else 'FAIL':4} scan.pdf: {len(pdf)} bytes, %PDF header, NULs={pdf.count(0)}")

    print("== pinyin annotations")
    for name in ("2021_summary_traditional_pinyin.txt", "2021_summary_traditional.txt"):
        raw = (CORPUS / name).read_text("utf-8")
        log: list = []
        strip_pinyin(raw, log)
        wrong = [x for x in log if not x[2]]
        chars = sum(len(x[1]) for x in log)
        print(f"     {name}: {len(log)} annotated characters ({chars} annotations), wrong readings={wrong}")
        if wrong:
            problems.append(f"{name}: wrong readings {wrong}")
        kept = [k for k in ("（一）", "(試行)", "(2020)", "(APP)") if k in raw]
        if name.endswith("pinyin.txt"):
            print(f"     kept parentheses: {kept}")
            if len(kept) != 4 or len(log) < 20:
                problems.append("pinyin file: missing legit parentheses or too few annotations")
        share = sum(1 for c in raw if T2S.convert(c) != c) / max(1, sum(1 for c in raw if "\u4e00" <= c <= "\u9fff"))
        print(f"     {name}: share of CJK chars changed by t2s = {share:.2f}")

    print("== table 3 / table 4 identities (annual_2021_format.txt)")
    t = (CORPUS / "annual_2021_format.txt").read_text("utf-8")
    rows = {}
    for line in t.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 9 and all(re.fullmatch(r"\d+", c) for c in cells[2:]):
            key = cells[0] + cells[1]
            rows[key] = [int(c) for c in cells[2:]]
    body = [v for k, v in rows.items() if not k.startswith(("一、", "二、", "（七）", "四、"))]
    new, carried = rows["一、本年新收政府信息公开申请数量"], rows["二、上年结转政府信息公开申请数量"]
    total, fwd = rows["（七）总计"], rows["四、结转下年度继续办理"]
    ok1 = all(new[c] + carried[c] == total[c] + fwd[c] for c in range(7))
    ok2 = all(total[c] == sum(r[c] for r in body) for c in range(7))
    ok3 = all(r[6] == sum(r[:6]) for r in rows.values())
    t4 = next(
        [int(x) for x in line.strip("| ").split(" | ")]
        for line in t.splitlines()
        if re.fullmatch(r"\|( \d+ \|){15}", line)
    )
    ok4 = all(t4[b + 4] == sum(t4[b : b + 4]) for b in (0, 5, 10))
    print(
        f"     data rows={len(rows)} (expect 25), result rows={len(body)} (expect 21), id1={ok1} id2={ok2} id3={ok3} table4={ok4}"
    )
    narrative = re.search(r"本年度共新收政府信息公开申请(\d+)件", t)
    print(f"     narrative 新收 {narrative.group(1)} vs table 一 总计 {new[6]}")
    if not (ok1 and ok2 and ok3 and ok4 and len(rows) == 25 and int(narrative.group(1)) == new[6]):
        problems.append("table identities failed")

    print("== seed overlap (28-char runs)")
    if not any(SEEDS.glob("*.txt")):
        print(f"     skipped: no seed documents at {SEEDS}")
    seed_sents = []
    for f in sorted(SEEDS.glob("*.txt")):
        for line in f.read_text("utf-8").splitlines():
            for part in re.split(r"[。；;]", line):
                part = part.strip()
                if len(part) >= 28:
                    seed_sents.append(part)
                    norm = T2S.convert(strip_pinyin(part))
                    if norm != part:
                        seed_sents.append(norm)
    windows = {s[i : i + 28] for s in seed_sents for i in range(len(s) - 27)}
    prefixes = {s[:28] for s in seed_sents}
    hits = 0
    for p in sorted(HERE.rglob("*")):
        if not p.is_file() or p.suffix == ".pdf":
            continue
        data = p.read_bytes()
        try:
            raw = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raw = data.decode("gb18030")
        variants = {raw, T2S.convert(strip_pinyin(raw))}
        # also compare with punctuation unified (seeds mix ASCII and full-width commas)
        variants |= {
            v.replace(",", "，").replace(":", "：").replace("(", "（").replace(")", "）") for v in set(variants)
        }
        found = [w for v in variants for i in range(len(v) - 27) if (w := v[i : i + 28]) in windows]
        hook = [n for n in prefixes if n in raw]
        hits += len(found) + len(hook)
        print(
            f"{'OK' if not found and not hook else 'FAIL':4} {p.relative_to(HERE)}: {len(set(found))} shared 28-char windows, {len(hook)} hook-style hits"
        )
    print(f"     ({len(seed_sents)} seed sentences, {len(windows)} distinct 28-char windows checked)")
    if hits:
        problems.append("seed overlap found")

    print("== summary")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
