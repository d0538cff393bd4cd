"""What a person sees on the console: a progress bar while the run works, a summary when it ends."""

from __future__ import annotations

import sys
import unicodedata

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

console = Console(stderr=True)


class BarReporter:
    def __init__(self) -> None:
        self._progress = Progress(
            TextColumn("{task.description:<10}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        )
        self._task: TaskID | None = None

    def start(self, total: int) -> None:
        self._progress.start()
        self._task = self._progress.add_task("processing", total=max(total, 1))

    def advance(self, files: int, stage: str) -> None:
        if self._task is not None:
            self._progress.advance(self._task, files)

    def stage(self, name: str) -> None:
        if self._task is not None:
            self._progress.update(self._task, description=name)

    def stop(self) -> None:
        self._progress.stop()


def printable(text: str) -> str:
    """`text` with control and format characters (ESC, CR, bidi overrides) escaped: a file name is what a
    person typed or a crawler made up, and must not drive the terminal it is shown on."""
    return "".join(
        char.encode("unicode_escape").decode("ascii") if unicodedata.category(char) in ("Cc", "Cf") else char
        for char in text
    )


def print_summary(summary: dict, failures: list[dict] | None = None) -> None:
    out = sys.stdout
    print(f"gongkai run {summary['run_name']} ({summary['run_id']})", file=out)
    print(f"  files seen      {summary['files']:>7}", file=out)
    print(f"    loaded        {summary['loaded']:>7}", file=out)
    print(f"    duplicate     {summary['duplicate']:>7}", file=out)
    print(f"    rejected      {summary['rejected']:>7}", file=out)
    print(f"  documents       {summary['documents']:>7}", file=out)
    print(f"  facts           {summary['facts']:>7}", file=out)
    print(f"  quarantined     {summary['quarantined_rows']:>7} rows", file=out)
    for rejection in summary.get("rejections", [])[:20]:
        print(f"  rejected {printable(rejection['source_path'])}: {printable(rejection['reason'])}", file=out)
    marts = summary.get("marts", {})
    if marts:
        print("  marts           " + ", ".join(f"{k} {v}" for k, v in marts.items() if k.startswith("mart_")), file=out)
    print(f"  warehouse       {printable(str(summary['warehouse']))}", file=out)
    if summary.get("reused_from"):
        print(
            f"  up to date: input and pipeline unchanged since run {summary['reused_from']}; nothing rebuilt "
            "(--force rebuilds)",
            file=out,
        )
    if failures:
        print("BLOCKING data-quality checks failed (alert written under warehouse/alerts/):", file=out)
        for failure in failures:
            print(f"  {failure['dataset']}.{failure['check']}: {failure['failed_rows']} rows", file=out)
            for row in failure["rows"][:5]:
                print(f"    - {row['detail']}", file=out)
