"""The limits every document is held to, each with a default, a setting and a rejection reason naming it.

| setting (environment)      | default | what happens past it                                                  |
|----------------------------|--------:|-----------------------------------------------------------------------|
| GONGKAI_MAX_FILE_MB        |      64 | the file is rejected unread ("larger than the maximum file size …");  |
|                            |         | a JSONL file is streamed instead, and each of its lines held to it    |
| GONGKAI_MAX_DEPTH          |     200 | a JSON file or record nested deeper is rejected (an HTML page: past   |
|                            |         | what the reader can follow, the recursion limit)                      |
| GONGKAI_MAX_RECORDS        | 1,000,000 | a JSON file's records past this are rejected, the first kept; in a  |
|                            |         | JSONL file, the records on lines past this number (unparsed)          |
| GONGKAI_DOC_SECONDS        |      60 | one document's work is stopped and the document rejected              |
| GONGKAI_FOLLOW_SYMLINKS    |   unset | "1": symlinks that leave the input folder are read (`--follow-symlinks`) |

A JSONL file larger than 16 MB is streamed (`gongkai.tasks.document.ingest`): no worker holds it whole, so
the file-size limit does not apply to it, only to each line; the records limit stays, at a default that a run
over 1M records was measured within 2 GiB with (README, "Limits"): the flow keeps ~200 bytes per record of
the ledger until the run ends. A JSON file (one value) is parsed whole: the file-size limit holds it.

Read from the environment when asked (not at import), so that a setting made by the CLI before the workers
start reaches them. The workers are forked from a server started by the CLI: the environment it had then is
theirs.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int
    max_depth: int
    max_records: int
    doc_seconds: float
    follow_symlinks: bool


DEFAULT_DOC_SECONDS = 60.0


def _number(name: str, default: float) -> float:
    value = os.environ.get(name, "").strip()
    return float(value) if value else default


def current() -> Limits:
    return Limits(
        max_file_bytes=int(_number("GONGKAI_MAX_FILE_MB", 64) * 2**20),
        max_depth=int(_number("GONGKAI_MAX_DEPTH", 200)),
        max_records=int(_number("GONGKAI_MAX_RECORDS", 1_000_000)),
        doc_seconds=_number("GONGKAI_DOC_SECONDS", DEFAULT_DOC_SECONDS),
        follow_symlinks=os.environ.get("GONGKAI_FOLLOW_SYMLINKS", "") not in ("", "0"),
    )


def depth_reason(what: str) -> str:
    return (
        f"{what} is nested deeper than the maximum depth ({current().max_depth} levels, GONGKAI_MAX_DEPTH, "
        f"and never more than the reader's {sys.getrecursionlimit()})"
    )


def size_reason(size: int) -> str:
    limit = current().max_file_bytes
    return (
        f"larger than the maximum file size: {size / 2**20:.1f} MB, the limit is {limit / 2**20:g} MB "
        "(GONGKAI_MAX_FILE_MB); split the file or raise the limit"
    )


def nesting_depth(value: object) -> int:
    """How deeply lists and dicts nest in a parsed JSON value (a string is depth 0), without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return deepest
