"""What `gongkai --help` tells about exit codes and the environment, and the checks of a user's paths that
turn a mistake into one line instead of a traceback."""

from __future__ import annotations

import tempfile
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_DATA_QUALITY = 0, 1, 2
EXIT_USAGE = 64  # sysexits.h EX_USAGE: the input does not exist
EXIT_CANT_CREATE = 73  # EX_CANTCREAT: the warehouse is a file, or cannot be written
EXIT_BUSY = 75  # EX_TEMPFAIL: another run holds the warehouse (--no-wait); try again later
EXIT_SIGINT, EXIT_SIGTERM = 130, 143  # 128 + the signal's number, as shells report it

EPILOG = f"""exit codes:
  {EXIT_OK}    the run completed (quarantined inputs included), or the warehouse was already up to date
  {EXIT_FAILED}    the run itself failed (a bug, a full disk): reported as a run failure
  {EXIT_DATA_QUALITY}    a blocking data-quality check failed: the warehouse holds the valid rows and the
       quarantine, and an alert was raised
  {EXIT_USAGE}   the input does not exist
  {EXIT_CANT_CREATE}   the warehouse is a file, or its folder cannot be written
  {EXIT_BUSY}   another run holds the warehouse and --no-wait was given
  {EXIT_SIGINT}  interrupted (Ctrl-C); {EXIT_SIGTERM} terminated (SIGTERM): the previous warehouse is untouched

environment variables:
  GONGKAI_WAREHOUSE       default --warehouse (./warehouse)
  GONGKAI_ALERT_WEBHOOK   URL that receives data-quality alerts (POST)
  GONGKAI_ALERT_FORMAT    the webhook's payload: json (default), slack, feishu, dingtalk, wecom
  GONGKAI_ALERT_BLOCK     a Prefect notification block for alerts: NAME or TYPE/NAME
  PREFECT_API_URL         a Prefect server (runs, logs and artifacts go there; needed for schedules);
                          unset: a temporary server for the run
  PREFECT_HOME            Prefect's settings and database (default <warehouse>/.prefect)
  GONGKAI_MAX_FILE_MB     the largest input file read, in MB (64); a larger one is rejected, naming it
                          (a JSONL file is streamed instead, each of its lines held to it)
  GONGKAI_MAX_DEPTH       the deepest JSON or HTML nesting read (200)
  GONGKAI_MAX_RECORDS     the most records read from one JSON file, lines of a JSONL file (1000000)
  GONGKAI_DOC_SECONDS     the time budget of one document (60); one that overruns is rejected
  GONGKAI_FOLLOW_SYMLINKS 1: read symlinks that leave the input folder (also --follow-symlinks)
  GONGKAI_SQL_HISTORY     the `gongkai sql` prompt's history file
"""


def path_problem(input_path: Path, warehouse: Path) -> tuple[int, str] | None:
    """(exit code, one line) when the paths cannot work, else None. Writing is tried rather than checked
    with os.access, which says yes to root whatever the file system says."""
    if not input_path.exists():
        return EXIT_USAGE, f"input {input_path} does not exist"
    if warehouse.exists() and not warehouse.is_dir():
        return EXIT_CANT_CREATE, f"warehouse {warehouse} is a file, not a folder"
    folder = warehouse.resolve()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for place in (folder, folder.parent):  # the staging folder is made beside the warehouse
            tempfile.TemporaryFile(dir=place).close()
    except OSError as exc:
        return EXIT_CANT_CREATE, f"warehouse {warehouse} cannot be written: {exc.strerror or exc}"
    return None
