"""Peak memory on large documents (issue 20, acceptance 2): the real `gongkai run`, its process tree's summed
resident size sampled as `bench/run.py pipeline` samples it.

    python bench/memory.py large --count 200 --mb 2     # 200 reports of ~2 MB (long repeated reports)
    python bench/memory.py jsonl --records 1000000      # one JSONL file of that many crawler records
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from run import OUT, run_gongkai  # noqa: E402

SECTION = (
    "{n}、第{n}部分工作情况\n"
    "本年度主动公开政府信息{a}条，其中规范性文件{b}件。受理政府信息公开申请{c}件，办结{c}件，"
    "均在法定期限内答复。组织培训{b}次，参训人员{a}人次。\n"
)


def long_report(agency: int, size: int) -> str:
    parts, total, n = [f"第{agency}县民政局2021年政府信息公开工作年度报告\n"], 0, 1
    while total < size:
        part = SECTION.format(n=n, a=100 + n % 900, b=n % 50, c=n % 70)
        parts.append(part)
        total += len(part.encode())
        n += 1
    return "".join(parts)


def large(count: int, mb: float) -> Path:
    folder = OUT / f"large-{count}x{mb:g}MB"
    if not (folder / ".complete").exists():
        folder.mkdir(parents=True, exist_ok=True)
        for n in range(count):
            (folder / f"{n:04d}.txt").write_text(long_report(n, int(mb * 2**20)), encoding="utf-8")
        (folder / ".complete").write_text("ok")
    return folder


def jsonl(records: int) -> Path:
    folder = OUT / f"jsonl-{records}"
    if not (folder / ".complete").exists():
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / "crawl.jsonl", "w", encoding="utf-8") as out:
            for n in range(records):
                text = f"第{n}县民政局2021年政府信息公开工作年度报告\n本年度主动公开政府信息{100 + n % 900}条。"
                out.write(json.dumps({"title": f"年度报告{n}", "content": text}, ensure_ascii=False) + "\n")
        (folder / ".complete").write_text("ok")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    one = commands.add_parser("large")
    one.add_argument("--count", type=int, default=200)
    one.add_argument("--mb", type=float, default=2)
    many = commands.add_parser("jsonl")
    many.add_argument("--records", type=int, default=1_000_000)
    args = parser.parse_args()
    folder = large(args.count, args.mb) if args.command == "large" else jsonl(args.records)
    warehouse = OUT / f"warehouse-{folder.name}"
    shutil.rmtree(warehouse, ignore_errors=True)  # a warehouse left from before would be reused, not measured
    result = run_gongkai(folder, warehouse)
    summary = result["summary"]
    print(
        f"{folder.name}: peak RSS summed {result['peak_rss'] / 2**30:.2f} GiB, PSS {result['peak_pss'] / 2**30:.2f} GiB, "
        f"wall {result['wall']:.0f} s; loaded {summary['loaded']}, rejected {summary['rejected']}, "
        f"documents {summary['documents']}"
    )
    print("  at the peak: " + ", ".join(f"{role} {rss / 2**20:.0f} MiB" for role, rss in result["peak_by_process"]))
    for rejection in summary.get("rejections", [])[:5]:
        print(f"  rejected {rejection['source_path']}: {rejection['reason']}")


if __name__ == "__main__":
    main()
