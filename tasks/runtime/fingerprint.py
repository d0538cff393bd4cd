"""Is there anything to do? A fingerprint of the input files and of the pipeline's own code.

Re-running over an unchanged corpus with an unchanged pipeline reuses the published warehouse instead of
rebuilding it. Files are compared by path, size and modification time (as make and rsync do): reading and
hashing every byte would cost more than the check is meant to save. Any change — one file added, touched or
removed, or any edit to the pipeline's code (`gongkai.flows`, `gongkai.tasks`, `gongkai.expectations`,
`gongkai.sql`, wherever they are installed) — rebuilds everything: results are
never stitched together from runs of different code. A run that failed a blocking check is never reused.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
from functools import lru_cache
from pathlib import Path

from gongkai.tasks.runtime.limits import current as current_limits

CODE_PACKAGES = ("gongkai.flows", "gongkai.tasks", "gongkai.expectations", "gongkai.sql")


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """A hash of the pipeline's code as imported: the folders the packages are loaded from, so that an
    editable checkout and an installed wheel are each fingerprinted where they are."""
    digest = hashlib.sha256()
    for name in CODE_PACKAGES:
        folder = Path(importlib.import_module(name).__path__[0])
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".py", ".sql"):
                digest.update(f"{name}/{path.relative_to(folder).as_posix()}".encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def corpus_fingerprint(files: list[str], root: Path) -> str:
    """Paths are made relative by cutting the root's prefix (what `discover` yields starts with it):
    `Path.relative_to` for 100k files cost ~1 s of a re-run's budget."""
    # The limits decide what is read and what is rejected: a run under other limits is another run.
    digest = hashlib.sha256(f"{pipeline_version()}\0{current_limits()!r}".encode())
    cut = len(str(root)) + 1 if root.is_dir() else None
    lines = []
    for name in map(str, files):
        try:
            stat = os.stat(name)
        except OSError:
            lines.append(f"{name}\0missing\n")
            continue
        lines.append(f"{name[cut:] if cut else os.path.basename(name)}\0{stat.st_size}\0{stat.st_mtime_ns}\n")
    digest.update("".join(lines).encode("utf-8", "surrogateescape"))  # a name that is not UTF-8: its bytes
    return digest.hexdigest()


def reusable_summary(warehouse: Path, fingerprint: str) -> dict | None:
    """The summary of the published run if it was built from exactly this input by this code, else None."""
    try:
        manifest = json.loads((warehouse / "datasets" / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if manifest.get("fingerprint") != fingerprint or manifest.get("blocking", True):
        return None
    for path in sorted((warehouse / "runs").glob(f"*-{manifest['run_id']}.json"), reverse=True):
        try:
            summary = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if summary.get("run_id") == manifest["run_id"] and (warehouse / "gongkai.duckdb").exists():
            return summary
    return None
