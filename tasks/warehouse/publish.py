"""Publish: a run's output is staged beside the warehouse and swapped in at once.

Everything a run produces is written to a staging folder next to the warehouse (same file system, outside
the warehouse so that nothing half-written is ever discoverable under it). Publishing swaps the staged
`datasets/` folder with the live one using renameat2(RENAME_EXCHANGE) where the kernel has it, a rename
pair otherwise, then moves the marts file into place. A crash before the swap leaves the previous warehouse
untouched; the next run removes the stale staging folder.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import shutil
import tempfile
from pathlib import Path

from prefect import task
from prefect.cache_policies import NONE

from gongkai.tasks.batch.write import DATASETS_DIR

STAGING_PREFIX = ".{name}.staging-"
RENAME_EXCHANGE = 2
AT_FDCWD = -100


def staging_dir(warehouse: Path, run_id: str) -> Path:
    warehouse.mkdir(parents=True, exist_ok=True)
    prefix = STAGING_PREFIX.format(name=warehouse.name)
    for stale in warehouse.parent.glob(prefix + "*"):
        shutil.rmtree(stale, ignore_errors=True)
    return Path(tempfile.mkdtemp(prefix=f"{prefix}{run_id[:8]}-", dir=warehouse.parent))


def write_manifest(datasets_dir: Path, manifest: dict) -> None:
    (datasets_dir / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
    )


def _exchange(a: Path, b: Path) -> bool:
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE)
    return result == 0


def publish(staging: Path, warehouse: Path, marts_file: Path | None) -> None:
    """Swap the staged datasets (and marts file) into the warehouse, then drop the staging folder."""
    staged, live = staging / DATASETS_DIR, warehouse / DATASETS_DIR
    if live.exists():
        if not _exchange(staged, live):
            old = staging / "previous"
            os.rename(live, old)
            os.rename(staged, live)
    else:
        os.rename(staged, live)
    if marts_file is not None:
        os.replace(marts_file, warehouse / marts_file.name)
    shutil.rmtree(staging, ignore_errors=True)


publish_warehouse = task(publish, name="publish", cache_policy=NONE, persist_result=False)
