"""Publish: a run's output is staged beside the warehouse and switched in by one atomic rename.

Everything a run produces is written to a staging folder next to the warehouse (same file system, outside
the warehouse so that nothing half-written is ever discoverable under it). Publishing makes it a snapshot and
points the warehouse at it with one rename:

    <warehouse>/.snapshots/<run>/datasets/…, gongkai.duckdb     the snapshot (the staging folder, renamed)
    <warehouse>/.current           → .snapshots/<run>           a symlink, replaced by rename(2): THE switch
    <warehouse>/datasets           → .current/datasets          fixed symlinks, made once
    <warehouse>/gongkai.duckdb     → .current/gongkai.duckdb

so the Parquet datasets and the DuckDB file always belong to the same run: a kill at any point leaves the
previous pair or the new one (the data contract allows both names to be symlinks into a snapshot; the
snapshots live in a dot-folder). A reader that opened the old snapshot keeps reading it: the previous
snapshot is kept until the next publish, older ones are pruned. The first publish into a warehouse of the
old layout (a real `datasets/` folder and file) exchanges them for the symlinks; that one time, a kill
between the two leaves a mix, which the next run replaces.

The published DuckDB file is read-only (mode 0444): analysts attach it `READ_ONLY` or write into their own
database (its writes would be lost at the next publish anyway). A read-write session that dies leaves its
write-ahead log beside the file it opened: DuckDB resolves the symlink, so the log sits in that session's
snapshot, matches that file, and goes when the snapshot is pruned; the new snapshot never meets it. (When the
file was replaced in place, the log met the new file and DuckDB refused to open it.) A log of the old layout,
`<warehouse>/gongkai.duckdb.wal`, is removed at the first publish (`remove_stale_wal`).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import glob
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from prefect import task
from prefect.cache_policies import NONE

from gongkai.tasks.batch.write import DATASETS_DIR

STAGING_PREFIX = ".{name}.staging-"
SNAPSHOTS, CURRENT = ".snapshots", ".current"
MARTS_NAME = "gongkai.duckdb"
RENAME_EXCHANGE = 2
AT_FDCWD = -100


def staging_dir(warehouse: Path, run_id: str) -> Path:
    """A fresh staging folder beside `warehouse`, after removing the ones crashed runs left. The warehouse
    path is escaped before it is used as a pattern: `wh [2021]` or `wh*` must match only its own staging."""
    warehouse.mkdir(parents=True, exist_ok=True)
    prefix = STAGING_PREFIX.format(name=warehouse.name)
    for stale in glob.glob(os.path.join(glob.escape(str(warehouse.parent)), glob.escape(prefix) + "*")):
        shutil.rmtree(stale, ignore_errors=True)
    return Path(tempfile.mkdtemp(prefix=f"{prefix}{run_id[:8]}-", dir=warehouse.parent))


@contextmanager
def staged(warehouse: Path, run_id: str) -> Iterator[Path]:
    """`staging_dir`, removed when the block raises (anything catchable, KeyboardInterrupt included): a
    failed run must not leave a full disk full until the next run."""
    staging = staging_dir(warehouse, run_id)
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


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


def _symlink_over(target: str, link: Path) -> None:
    """`link` → `target`, atomically: a new symlink renamed over the old name."""
    fresh = link.with_name(f"{link.name}.new-{os.getpid()}")
    fresh.unlink(missing_ok=True)
    os.symlink(target, fresh)
    os.replace(fresh, link)


def _fixed_link(warehouse: Path, name: str) -> None:
    """`<warehouse>/<name>` → `.current/<name>`, made once; a real folder or file of the old layout is
    exchanged for the link and removed."""
    link, target = warehouse / name, f"{CURRENT}/{name}"
    if link.is_symlink() and os.readlink(link) == target:
        return
    if link.is_dir() and not link.is_symlink():
        fresh = warehouse / f".{name}.link-{os.getpid()}"
        fresh.unlink(missing_ok=True)
        os.symlink(target, fresh)
        if _exchange(fresh, link):
            shutil.rmtree(fresh, ignore_errors=True)
            return
        shutil.rmtree(link)
        os.replace(fresh, link)
        return
    _symlink_over(target, link)


def remove_stale_wal(warehouse: Path) -> None:
    """A write-ahead log of the old layout, beside the published name: it belongs to a file no longer
    published, and DuckDB refuses to open a file whose log does not match it."""
    (warehouse / f"{MARTS_NAME}.wal").unlink(missing_ok=True)


def current_snapshot(warehouse: Path) -> Path | None:
    link = warehouse / CURRENT
    return (warehouse / os.readlink(link)) if link.is_symlink() else None


def publish(staging: Path, warehouse: Path, marts_file: Path | None) -> None:
    """Make `staging` (its `datasets/` and marts file) a snapshot and switch the warehouse to it."""
    snapshots = warehouse / SNAPSHOTS
    snapshots.mkdir(parents=True, exist_ok=True)
    if marts_file is not None and marts_file.parent != staging:
        os.replace(marts_file, staging / MARTS_NAME)
    if (staging / MARTS_NAME).exists():
        os.chmod(staging / MARTS_NAME, 0o444)
    snapshot = snapshots / staging.name.rsplit("staging-", 1)[-1]
    os.rename(staging, snapshot)
    previous = current_snapshot(warehouse)
    _symlink_over(f"{SNAPSHOTS}/{snapshot.name}", warehouse / CURRENT)  # the switch
    for name in (DATASETS_DIR, MARTS_NAME):
        _fixed_link(warehouse, name)
    remove_stale_wal(warehouse)
    _prune(snapshots, keep={snapshot.name, previous.name if previous else ""})


def _prune(snapshots: Path, keep: set[str]) -> None:
    """Every snapshot but the current and the previous one (a reader may still be reading it)."""
    for old in snapshots.iterdir():
        if old.name not in keep:
            shutil.rmtree(old, ignore_errors=True)


publish_warehouse = task(name="publish", cache_policy=NONE, persist_result=False)(publish)
