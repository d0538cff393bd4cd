"""Generate a benchmark corpus of any size from the bundled sample corpus, seeded and reproducible.

Each generated document takes one sample document as its template and changes what differs between real
reports — the agency (a random place + bureau), the years, every count — so that documents are distinct
(nothing collapses into a duplicate by accident). Then it is saved the way real copies arrive: mostly UTF-8,
some GB18030, UTF-16, UTF-8 with a BOM and CRLF, Traditional files as Big5, a few HTML pages, and a small share
of exact duplicates and bad files. Files go into 100 sub-folders.

    python bench/generate.py --count 10000 --out /tmp/corpus-10k --seed 7
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "gongkai" / "samples" / "corpus"
PLACES = (
    "兰州市",
    "天水市",
    "酒泉市",
    "张掖市",
    "平凉市",
    "庆阳市",
    "定西市",
    "陇南市",
    "武威市",
    "金昌市",
    "嘉峪关市",
    "白银市",
    "临夏州",
    "甘南州",
    "西宁市",
    "海东市",
    "银川市",
    "石嘴山市",
    "吴忠市",
    "固原市",
    "成都市",
    "绵阳市",
    "宜宾市",
    "南充市",
    "达州市",
    "泸州市",
    "德阳市",
    "乐山市",
    "眉山市",
    "遂宁市",
)
COUNTIES = (
    "城关区",
    "七里河区",
    "安宁区",
    "西固区",
    "榆中县",
    "永登县",
    "皋兰县",
    "秦州区",
    "麦积区",
    "甘谷县",
    "武山县",
    "清水县",
    "肃州区",
    "金塔县",
    "瓜州县",
    "甘州区",
    "临泽县",
    "高台县",
    "崆峒区",
    "泾川县",
)
BUREAUS = (
    "民政局",
    "教育局",
    "财政局",
    "人力资源和社会保障局",
    "自然资源局",
    "生态环境局",
    "住房和城乡建设局",
    "交通运输局",
    "水务局",
    "农业农村局",
    "商务局",
    "文化和旅游局",
    "卫生健康委员会",
    "应急管理局",
    "审计局",
    "市场监督管理局",
    "统计局",
    "医疗保障局",
    "林业和草原局",
    "信访局",
)
AGENCY_IN_TEMPLATE = re.compile(
    r"[\u4e00-\u9fff]{2,12}?(?:市|县|区|州|镇)[\u4e00-\u9fff]{0,10}?(?:局|委员会|厅|人民政府办公室|人民政府)"
)
COUNT = re.compile(r"(?<![\d〔\[【年月/.-])(\d{1,4})(?=(?:余|多)?[条件份次项名个部元人家篇])")
YEAR = re.compile(r"(20[12]\d)(?=\s*年)")
BAD_FILES = (("empty.txt", b""), ("scan.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 4), ("blank.txt", b" \n \n"))


def templates() -> list[tuple[str, str, str]]:
    """(name, text, kind) of every sample document that decodes as text."""
    from gongkai.tasks.document.decode import DecodeError, decode_bytes

    found = []
    for path in sorted(SAMPLES.iterdir()):
        if path.suffix in (".pdf", ".jsonl") or path.stat().st_size == 0 or "duplicate" in path.name:
            continue
        try:
            text, _ = decode_bytes(path.read_bytes())
        except DecodeError:
            continue
        kind = "html" if path.suffix == ".html" else "md" if path.suffix == ".md" else "txt"
        found.append((path.stem, text, kind))
    return found


def vary(text: str, rng: random.Random) -> str:
    agency = rng.choice(PLACES) + (rng.choice(COUNTIES) if rng.random() < 0.4 else "") + rng.choice(BUREAUS)
    shift = rng.randint(-3, 3)
    text = AGENCY_IN_TEMPLATE.sub(agency, text)
    text = YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    text = COUNT.sub(lambda m: str(rng.randint(0, 3 * int(m.group(1)) + 5)), text)
    # A serial in the text keeps every generated document distinct.
    return (
        text.replace("\n", f"\n<!-- {rng.getrandbits(48):x} -->\n", 1)
        if text.lstrip().startswith("<")
        else f"{text}\n（文档编号：{rng.getrandbits(48):x}）\n"
    )


def encode(text: str, kind: str, rng: random.Random) -> tuple[str, bytes]:
    traditional = any(ch in text for ch in "們與為這個國")
    roll = rng.random()
    if kind != "txt":
        return kind, text.encode("utf-8")
    if traditional and roll < 0.5:
        try:
            return "txt", text.encode("big5hkscs")
        except UnicodeEncodeError:
            pass
    if roll < 0.15:
        return "txt", text.encode("gb18030", errors="replace")
    if roll < 0.2:
        return "txt", text.encode("utf-16")
    if roll < 0.3:
        return "txt", b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")
    return "txt", text.encode("utf-8")


def generate(count: int, out: Path, seed: int = 7, duplicate_share: float = 0.02, bad_share: float = 0.002) -> int:
    rng = random.Random(seed)
    sources = templates()
    if out.exists():
        shutil.rmtree(out)
    for folder in range(100):
        (out / f"{folder:02d}").mkdir(parents=True)
    written: list[Path] = []
    for i in range(count):
        folder = out / f"{i % 100:02d}"
        roll = rng.random()
        if written and roll < duplicate_share:
            original = rng.choice(written)
            target = folder / f"{i:07d}_copy{original.suffix}"
            target.write_bytes(original.read_bytes())
        elif roll < duplicate_share + bad_share:
            name, data = rng.choice(BAD_FILES)
            (folder / f"{i:07d}_{name}").write_bytes(data)
        else:
            name, text, kind = rng.choice(sources)
            suffix, data = encode(vary(text, rng), kind, rng)
            target = folder / f"{i:07d}_{name}.{suffix}"
            target.write_bytes(data)
            written.append(target)
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    generate(args.count, args.out, args.seed)
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(f"{args.count} files, {size / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
