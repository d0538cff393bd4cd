"""Did a speed-up change any output? Snapshot what the per-batch chain produces for a corpus, diff two snapshots.

    python bench/outputs.py save before                 # benchmark corpus (5,000) + eval + sample corpora
    python bench/outputs.py save after
    python bench/outputs.py diff before after           # exit 1 when any row differs

Each snapshot is the Parquet datasets (the workers' parts, finished as the flow finishes them) plus every
record's ledger key, for every corpus, processed in-process in batches. Rows are compared as sorted sets with
run-specific columns dropped, so a change in row order or in how rows are cut into files is not a difference.
Snapshots taken before 2026-12-07 hold the parts as the workers wrote them then (later copies included):
compare snapshots of the same layout only.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))

from run import OUT, corpus  # noqa: E402

RUN_COLUMNS = ("run_id",)


def corpora(count: int) -> dict[str, Path]:
    return {
        "bench": corpus(count),
        "eval": BENCH.parent / "eval" / "corpus",
        "samples": BENCH.parent / "gongkai" / "samples" / "corpus",
    }


def save(name: str, count: int, batch_size: int = 1000) -> Path:
    from gongkai.tasks.batch.dedupe import dedupe_datasets
    from gongkai.tasks.batch.run import process_files
    from gongkai.tasks.batch.write import DATASETS_DIR
    from gongkai.tasks.document.ingest import discover

    target = OUT / f"outputs-{name}"
    shutil.rmtree(target, ignore_errors=True)
    for label, root in corpora(count).items():
        files = discover(root)
        results = [
            process_files(batch_no, files[start : start + batch_size], root, target / label, "snapshot")
            for batch_no, start in enumerate(range(0, len(files), batch_size))
        ]
        dedupe_datasets(target / label / DATASETS_DIR, results, "snapshot")
        keys = [vars(k) for r in results for k in r.keys]
        keys += [
            {"source_path": f.source_path, "status": f.status, "encoding": f.encoding, "reason": f.reason}
            for r in results
            for f in r.files
        ]
        pd.DataFrame(keys).astype(str).to_parquet(target / label / "keys.parquet")
    return target


def _frame(path: Path) -> pd.DataFrame:
    frame = pd.read_parquet(path)
    return frame.drop(columns=[c for c in RUN_COLUMNS if c in frame.columns])


def _rows(frame: pd.DataFrame, columns: list[str]) -> Counter:
    return Counter(map(repr, frame[columns].astype(object).itertuples(index=False, name=None)))


def diff(a: str, b: str) -> int:
    """Rows gone and new per dataset, compared on the columns both snapshots have (a column added or dropped
    is listed, and its values not compared)."""
    differing = 0
    left_root, right_root = OUT / f"outputs-{a}", OUT / f"outputs-{b}"
    for left in sorted([*left_root.glob("*/*.parquet"), *left_root.glob("*/datasets/*")]):
        right = right_root / left.relative_to(left_root)
        old_frame = _frame(left)
        new_frame = _frame(right) if right.exists() else old_frame.iloc[:0]
        common = [c for c in old_frame.columns if c in new_frame.columns]
        old, new = _rows(old_frame, common), _rows(new_frame, common)
        gone, added = old - new, new - old
        changed = [f"-{c}" for c in old_frame.columns if c not in common]
        changed += [f"+{c}" for c in new_frame.columns if c not in common]
        print(
            f"{str(left.relative_to(left_root)):<24} {old.total():>8} rows {new.total():>8} rows "
            f"{gone.total():>6} gone {added.total():>6} new" + (f"  columns {' '.join(changed)}" if changed else "")
        )
        for label, rows in (("-", gone), ("+", added)):
            for row in list(rows)[:4]:
                print(f"   {label} {row[:300]}")
        differing += gone.total() + added.total()
    return differing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    s = commands.add_parser("save")
    s.add_argument("name")
    s.add_argument("--count", type=int, default=5000)
    d = commands.add_parser("diff")
    d.add_argument("a")
    d.add_argument("b")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    if args.command == "save":
        print(save(args.name, args.count))
    else:
        sys.exit(1 if diff(args.a, args.b) else 0)


if __name__ == "__main__":
    main()
