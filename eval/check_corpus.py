#!/usr/bin/env python3
"""Verify the evaluation corpus (eval/corpus/) against its labels (eval/gold.jsonl).

Independent of the pipeline: it uses only the standard library and OpenCC (t2s), never gongkai's code.

Checks
- every file in corpus/ has exactly one gold line and every gold line names an existing file;
- gold lines have exactly the keys of ../shared/seeds/gold.jsonl (agency_inferred only when agency is null)
  and valid values;
- every fact quote is a substring of the document's normalised Simplified text (HTML: the text of the
  TRS_Editor container; Traditional: pinyin readings removed, then OpenCC t2s) and states the labelled
  number (Arabic, with thousands separators or 万, or Chinese numerals) or, for a zero, a negation; the
  approx flag matches 余/多/约/近/超过; units fit the metric; work plans carry no facts;
- title, doc_number, index_no, publish_date and cited numbers occur in the text; an unnamed agency's
  inferred name does not; the report year occurs; top_sections equals the 一、二、… headings counted;
- every document has 1,000–3,500 Chinese characters and the script it is labelled with;
- the coverage minimums of the brief (doc types, eras, admin levels, scripts, formats, traps);
- no agency of the bundled samples (../gongkai/samples/gold.jsonl) or of the seeds is reused or named;
- no 28-character run of any sentence of the seed documents (../shared/seeds/*.txt, raw and normalised,
  punctuation width folded) appears in any file under eval/.

Usage (from /work/main):  .venv/bin/python eval/check_corpus.py      exit 0 when everything holds
"""

from __future__ import annotations

import html
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

import opencc

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
GOLD = HERE / "gold.jsonl"
SEEDS = Path(os.environ.get("GONGKAI_SEEDS", HERE.parents[1] / "shared" / "seeds"))
SAMPLES = HERE.parent / "gongkai" / "samples"
RUN = 28

KEYS = [
    "file",
    "doc_type",
    "agency",
    "agency_inferred",
    "region",
    "admin_level",
    "report_year",
    "publish_date",
    "doc_number",
    "index_no",
    "script",
    "title",
    "top_sections",
    "cited_doc_numbers",
    "facts",
    "notes",
]
DOC_TYPES = {"annual_report", "work_summary", "work_plan", "implementation_report", "other"}
LEVELS = {"province", "city", "county", "township", "central", None}
SCRIPTS = {"simplified", "traditional", "traditional_pinyin"}
UNITS = {
    "proactive_disclosed_items": {"条"},
    "proactive_disclosed_cumulative": {"条"},
    "normative_documents_published": {"件", "部"},
    **{
        m: {"件"}
        for m in (
            "applications_received",
            "applications_carried_over",
            "applications_in_person",
            "applications_online",
            "applications_by_letter",
            "applications_granted",
            "applications_partially_granted",
            "applications_denied",
            "applications_processed",
            "applications_carried_forward",
            "admin_reconsiderations",
            "admin_lawsuits",
            "npc_cppcc_proposals_handled",
        )
    },
    "fees_charged": {"元"},
    "disclosure_staff": {"名", "人"},
    "disclosure_staff_fulltime": {"名", "人"},
    "disclosure_staff_parttime": {"名", "人"},
    "publicity_materials_printed": {"份"},
    "public_opinion_responses": {"次"},
    "training_sessions": {"次"},
    "training_participants": {"人次"},
}
APPROX = ("余", "多", "约", "近", "超过", "逾")
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
CHROME = (
    "您当前的位置",
    "当前位置",
    "您现在的位置",
    "首页 >",
    "扫一扫",
    "打印",
    "关闭",
    "ICP备",
    "浏览次数",
    "阅读次数",
)

T2S = opencc.OpenCC("t2s")
PINYIN_READING = re.compile(r"(?<=[\u3400-\u9fff])(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\))+")
HAN = re.compile(r"[\u3400-\u9fff]")
HEADING = re.compile(r"^\s*(?:#+\s*)?(?:<[^>]+>)*[一二三四五六七八九十]+、", re.M)
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def trs_content(page: str) -> str:
    m = re.search(r'<div[^>]*class="TRS_Editor"[^>]*>(.*?)</div>', page, re.S)
    if not m:
        return ""
    body = re.sub(r"</p>|<br\s*/?>", "\n", m.group(1))
    return html.unescape(re.sub(r"<[^>]+>", "", body))


def normalised(path: Path, script: str) -> str:
    """The Simplified text quotes are checked against."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = trs_content(text)
    if script != "simplified":
        text = T2S.convert(PINYIN_READING.sub("", text))
    return text


def cn_number(s: str) -> int | None:
    total, section, digit = 0, 0, None
    for ch in s:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            unit = CN_UNITS[ch]
            if unit == 10000:
                total += (section + (digit or 0)) * unit
                section, digit = 0, None
            else:
                section += (1 if digit is None else digit) * unit
                digit = None
        else:
            return None
    return total + section + (digit or 0)


def numbers_in(quote: str) -> set[float]:
    found = set()
    for num, wan in re.findall(r"(\d+(?:,\d{3})*(?:\.\d+)?)(万)?", quote):
        value = float(num.replace(",", ""))
        found.add(round(value * (10000 if wan else 1), 6))
    for run in re.findall(r"[零〇一二两三四五六七八九十百千万]+", quote):
        for i in range(len(run)):  # any tail of the run (一万余 → 一万; 统一 → 一)
            v = cn_number(run[i:])
            if v is not None:
                found.add(float(v))
    return found


def check_fact(name: str, doc_type: str, text: str, fact: dict) -> None:
    where = f"{name}: {fact.get('metric')}={fact.get('value')} «{fact.get('quote')}»"
    if set(fact) != {"metric", "value", "unit", "approx", "quote"}:
        err(f"{where}: fact keys {sorted(fact)}")
        return
    metric, value, unit, approx, quote = (fact[k] for k in ("metric", "value", "unit", "approx", "quote"))
    if metric not in UNITS:
        err(f"{where}: metric outside the brief's list")
    elif unit not in UNITS[metric]:
        err(f"{where}: unit {unit} unusual for {metric}")
    if not isinstance(value, (int, float)) or value < 0:
        err(f"{where}: value must be a non-negative number")
    if quote not in text:
        err(f"{where}: quote is not a substring of the normalised text")
    if value == 0:
        if not re.search(r"未|无|没有|零|(?<![\d.])0(?![\d.])", quote):
            err(f"{where}: zero fact without a zero statement")
        if re.search(r"纠错|纠正|判定违法", quote):
            err(f"{where}: narrower negation used as a zero")
    elif float(value) not in numbers_in(quote):
        err(f"{where}: the quote does not state {value}")
    has_marker = any(m in quote for m in APPROX)
    if approx and not has_marker:
        err(f"{where}: approx without 余/多/约/近/超过")
    if not approx and (
        re.search(r"(约|近|超过|逾)[\d一二三四五六七八九十两]", quote) or re.search(r"[\d十百千万](余|多)", quote)
    ):
        err(f"{where}: approximate wording but approx is false")


def seed_runs() -> set[str]:
    runs = set()
    for seed in sorted(SEEDS.glob("*.txt")):
        raw = seed.read_text(encoding="utf-8")
        for variant in (raw, T2S.convert(PINYIN_READING.sub("", raw))):
            for sentence in re.split(r"[。！？；!?;\n]", fold(variant)):
                sentence = sentence.strip()
                for i in range(len(sentence) - RUN + 1):
                    runs.add(sentence[i : i + RUN])
    return runs


FOLD = str.maketrans("，：；（）！？　", ",:;()!? ")


def fold(s: str) -> str:
    return s.translate(FOLD)


def main() -> int:
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    files = sorted(p.name for p in CORPUS.iterdir() if p.is_file())
    named = Counter(g.get("file") for g in gold)
    for f in files:
        if named[f] != 1:
            err(f"{f}: {named[f]} gold lines (want exactly 1)")
    for f in named:
        if f not in files:
            err(f"{f}: gold line for a file that is not in corpus/")

    rows = []
    texts = {}
    for g in gold:
        name = g["file"]
        keys = [k for k in KEYS if k != "agency_inferred" or g.get("agency") is None]
        if list(g) != keys:
            err(f"{name}: keys {list(g)} != {keys}")
        if g["doc_type"] not in DOC_TYPES:
            err(f"{name}: doc_type {g['doc_type']}")
        if g["admin_level"] not in LEVELS:
            err(f"{name}: admin_level {g['admin_level']}")
        if g["script"] not in SCRIPTS:
            err(f"{name}: script {g['script']}")
        if g["publish_date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["publish_date"]):
            err(f"{name}: publish_date {g['publish_date']}")
        path = CORPUS / name
        if not path.exists():
            continue
        raw = path.read_text(encoding="utf-8")
        text = normalised(path, g["script"])
        texts[name] = text
        plain = re.sub(r"<[^>]+>", "", html.unescape(raw)) if path.suffix == ".html" else raw
        plain_s = T2S.convert(PINYIN_READING.sub("", plain)) if g["script"] != "simplified" else plain

        han = len(HAN.findall(text))
        if not 1000 <= han <= 3500:
            err(f"{name}: {han} Chinese characters (want 1000–3500)")
        changed = sum(a != b for a, b in zip(PINYIN_READING.sub("", raw), T2S.convert(PINYIN_READING.sub("", raw))))
        readings = len(PINYIN_READING.findall(raw))
        if g["script"] == "simplified" and changed > 3:
            err(f"{name}: labelled simplified but t2s changes {changed} characters")
        if g["script"] != "simplified" and changed < 100:
            err(f"{name}: labelled {g['script']} but t2s changes only {changed} characters")
        if (readings > 0) != (g["script"] == "traditional_pinyin"):
            err(f"{name}: {readings} pinyin readings but script {g['script']}")

        for field in ("title", "doc_number", "index_no", "publish_date"):
            if g[field] is not None and g[field] not in plain_s:
                err(f"{name}: {field} {g[field]!r} not in the text")
        for cited in g["cited_doc_numbers"]:
            if cited not in plain_s:
                err(f"{name}: cited {cited!r} not in the text")
        if g["agency"] is None:
            if not g.get("agency_inferred"):
                err(f"{name}: agency null needs agency_inferred")
            elif g["agency_inferred"] in plain_s:
                err(f"{name}: the inferred agency is named in the text")
        year = str(g["report_year"])
        cn_year = "".join("〇一二三四五六七八九"[int(c)] for c in year)
        if year not in plain_s and cn_year not in plain_s:
            err(f"{name}: report_year {year} not in the text")
        headings = len(HEADING.findall(text if path.suffix == ".html" else plain_s))
        if headings != g["top_sections"]:
            err(f"{name}: top_sections {g['top_sections']} but {headings} 一、… headings counted")
        if g["doc_type"] == "work_plan" and g["facts"]:
            err(f"{name}: a work plan carries facts")
        seen = Counter((f["metric"], f["value"]) for f in g["facts"])
        for (metric, value), n in seen.items():
            if n > 1:
                err(f"{name}: {metric}={value} labelled {n} times")
        for fact in g["facts"]:
            check_fact(name, g["doc_type"], text, fact)

        era = None
        if g["doc_type"] == "annual_report":
            y = g["report_year"]
            era = (
                "narrative_2008_2013"
                if y <= 2013
                else "narrative_2014_2018"
                if y <= 2018
                else "format_2019"
                if y <= 2020
                else "format_2021"
            )
        level = g["admin_level"] or "-"
        if "开发区" in (g["agency"] or ""):
            level += " (开发区)"
        traits = []
        if re.search(r"^- 索引号", plain_s, re.M):
            traits.append("meta-lines")
        if re.search(r"^\s*• 索引号", plain_s, re.M):
            traits.append("meta-bullets")
        if re.search(r"^\| 索引号", plain_s, re.M) or "xxgk" in raw or "索 引 号" in plain_s:
            traits.append("meta-table")
        if any(c in plain for c in CHROME):
            traits.append("chrome")
        if g["title"] is None:
            traits.append("no-title")
        rows.append(
            {
                "file": name,
                "type": g["doc_type"],
                "level": level,
                "year": g["report_year"],
                "era": era or "",
                "script": g["script"],
                "format": path.suffix[1:],
                "han": han,
                "facts": len(g["facts"]),
                "traits": ",".join(traits),
                "agency": g["agency"],
                "region": g["region"],
                "title": g["title"],
                "g": g,
            }
        )

    # coverage minimums of the brief
    types = Counter(r["type"] for r in rows)
    for t, n in {
        "annual_report": 14,
        "work_summary": 6,
        "work_plan": 5,
        "implementation_report": 4,
        "other": 5,
    }.items():
        if types[t] < n:
            err(f"coverage: {types[t]} {t} (want ≥{n})")
    if len(rows) < 36:
        err(f"coverage: {len(rows)} documents (want ≥36)")
    eras = Counter(r["era"] for r in rows if r["era"])
    for e in ("narrative_2008_2013", "narrative_2014_2018", "format_2019", "format_2021"):
        if eras[e] < 3:
            err(f"coverage: {eras[e]} annual reports in era {e} (want ≥3)")
    levels = Counter(r["g"]["admin_level"] for r in rows)
    for lv, n in {"central": 2, "province": 3, "city": 3, "county": 3, "township": 3}.items():
        if levels[lv] < n:
            err(f"coverage: {levels[lv]} {lv} documents (want ≥{n})")
    if not any(r["g"]["admin_level"] == "province" and r["region"] in MUNICIPALITIES for r in rows):
        err("coverage: no 直辖市 bureau at province level")
    for marker in ("镇", "乡", "街道"):
        if not any(r["g"]["admin_level"] == "township" and (r["region"] or "").endswith(marker) for r in rows):
            err(f"coverage: no township-level document for a {marker}")
    zones = sum("开发区" in (r["agency"] or "") for r in rows)
    if not 1 <= zones <= 2:
        err(f"coverage: {zones} 开发区/管委会 documents (want 1–2)")
    scripts = Counter(r["script"] for r in rows)
    if not 3 <= scripts["traditional"] + scripts["traditional_pinyin"] <= 4 or scripts["traditional_pinyin"] != 2:
        err(f"coverage: scripts {dict(scripts)} (want 3–4 Traditional, 2 of them with pinyin)")
    formats = Counter(r["format"] for r in rows)
    if formats["html"] != 2 or formats["md"] != 1:
        err(f"coverage: formats {dict(formats)} (want 2 html, 1 md)")
    if sum(r["agency"] is None for r in rows) != 2:
        err("coverage: want exactly 2 documents with agency null")
    traits = Counter(t for r in rows for t in r["traits"].split(",") if t)
    for t, n in {"meta-lines": 2, "meta-bullets": 2, "chrome": 3, "no-title": 3}.items():
        if traits[t] < n:
            err(f"coverage: {traits[t]} documents with {t} (want ≥{n})")
    if not any("二〇二〇" in (r["title"] or "") for r in rows):
        err("coverage: no title with 二〇二〇年")
    wrappers = [
        r for r in rows if r["type"] == "work_plan" and "关于印发" in (r["title"] or "") and r["g"]["doc_number"]
    ]
    if len(wrappers) < 3:
        err(f"coverage: {len(wrappers)} 关于印发…通知 wrappers with their own 文号 (want ≥3)")
    cited = "".join(c for r in rows if r["type"] == "work_plan" for c in r["g"]["cited_doc_numbers"])
    for bracket in "〔[【":
        if bracket not in cited:
            err(f"coverage: no cited 文号 in {bracket} brackets in the work plans")
    zero_kinds = {f["metric"] for r in rows for f in r["g"]["facts"] if f["value"] == 0}
    for m in ("applications_received", "admin_reconsiderations", "admin_lawsuits", "fees_charged"):
        if m not in zero_kinds:
            err(f"coverage: no zero statement labelled for {m}")
    facts = [f for r in rows for f in r["g"]["facts"]]
    if not any(f["approx"] for f in facts):
        err("coverage: no approximate fact")
    if not any("万" in f["quote"] for f in facts):
        err("coverage: no 万 multiplier")
    if not any(re.search(r"[一两三四五六七八九十]+(名|次|份)", f["quote"]) for f in facts):
        err("coverage: no Chinese-numeral fact")

    # the samples' and seeds' agencies must not be reused
    taken = set()
    for labels in (SAMPLES / "gold.jsonl", SEEDS / "gold.jsonl"):
        if labels.exists():
            for line in labels.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    g = json.loads(line)
                    taken.add(g.get("agency") or g.get("agency_inferred"))
    taken.discard(None)
    for r in rows:
        for name in taken:
            if name in (r["agency"] or "", r["g"].get("agency_inferred") or "") or name in texts.get(r["file"], ""):
                err(f"{r['file']}: reuses or names the sample/seed agency {name}")

    # informational: 28-character runs shared with the bundled samples (boilerplate such as the titles of
    # national documents is expected; whole copied sentences are not)
    sample_runs = set()
    for p in (SAMPLES / "corpus").glob("*"):
        try:
            t = p.read_text(encoding="utf-8")
        except (UnicodeDecodeError, IsADirectoryError):
            continue
        for sentence in re.split(r"[。！？；\n]", t):
            for i in range(len(sentence) - RUN + 1):
                w = sentence[i : i + RUN]
                if len(HAN.findall(w)) >= 20:
                    sample_runs.add(w)
    shared = {
        name: sum(text[i : i + RUN] in sample_runs for i in range(len(text) - RUN + 1)) for name, text in texts.items()
    }
    shared = {k: v for k, v in shared.items() if v}

    # seed sentences: no 28-character run may appear anywhere under eval/
    runs = seed_runs()
    hits = []
    for path in sorted(HERE.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        try:
            raw = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for variant in {raw, T2S.convert(PINYIN_READING.sub("", raw))}:
            v = fold(variant)
            for i in range(len(v) - RUN + 1):
                if v[i : i + RUN] in runs:
                    hits.append(f"{path.relative_to(HERE)}: «{v[i : i + RUN]}»")
                    break
    for h in hits:
        err(f"seed overlap: {h}")

    # report
    print(
        f"{'file':<44} {'type':<21} {'level':<16} {'year':>4} {'era':<19} {'script':<18} {'fmt':<4} "
        f"{'han':>5} {'facts':>5}  traits"
    )
    for r in rows:
        print(
            f"{r['file']:<44} {r['type']:<21} {r['level']:<16} {r['year']:>4} {r['era']:<19} "
            f"{r['script']:<18} {r['format']:<4} {r['han']:>5} {r['facts']:>5}  {r['traits']}"
        )
    print()
    print(
        f"documents: {len(rows)}; facts: {len(facts)} ({sum(f['value'] == 0 for f in facts)} zero, "
        f"{sum(f['approx'] for f in facts)} approx)"
    )
    print("doc_type:", dict(types))
    print("era (annual reports):", dict(eras))
    print("admin_level:", {str(k): v for k, v in levels.items()}, f"(开发区/管委会: {zones})")
    print("script:", dict(scripts), " format:", dict(formats))
    print("traits:", dict(traits))
    print(f"seed check: {len(runs)} distinct {RUN}-character seed runs, {len(hits)} found under eval/")
    print(
        f"agencies of samples/seeds: {len(taken)} names, none reused"
        if not any("sample/seed agency" in e for e in errors)
        else "agencies of samples/seeds: REUSED"
    )
    print(
        f"{RUN}-character runs shared with samples/corpus (info): "
        + (", ".join(f"{k} {v}" for k, v in sorted(shared.items())) or "none")
    )
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
