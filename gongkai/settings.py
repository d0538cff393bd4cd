"""Where things live and how Prefect is set up. Environment variables always win.

| variable                  | default                         | meaning                                        |
|---------------------------|---------------------------------|------------------------------------------------|
| GONGKAI_WAREHOUSE         | ./warehouse                     | default `--warehouse`                          |
| PREFECT_HOME              | <warehouse>/.prefect            | Prefect's database and settings for this user  |
| PREFECT_API_URL           | unset: an ephemeral server      | a real Prefect server (needed for schedules)   |
| GONGKAI_ALERT_WEBHOOK     | unset                           | URL that receives failed-run alerts (JSON POST)|
| GONGKAI_ALERT_BLOCK       | unset                           | Prefect notification block for alerts          |

This module must run before Prefect is imported: Prefect reads its settings at import time.
"""

from __future__ import annotations

import os
from pathlib import Path

# Shipped as package data, so that `gongkai run` works from any directory after a plain `pip install`.
SAMPLE_CORPUS = Path(__file__).resolve().parent / "samples" / "corpus"
MARTS_FILE = "gongkai.duckdb"  # the warehouse's DuckDB file, read by `gongkai sql` and `gongkai dashboard`
BATCH_SIZE = 1000  # files a worker takes at once, at most: see `gongkai.tasks.batch.run.plan_batches`


def default_warehouse() -> Path:
    return Path(os.environ.get("GONGKAI_WAREHOUSE", "warehouse"))


def configure_prefect(warehouse: Path, verbose: bool = False) -> None:
    os.environ.setdefault("PREFECT_HOME", str(warehouse.resolve() / ".prefect"))
    Path(os.environ["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)  # Prefect does not create parents
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_UI_ENABLED", "false")
    # The ephemeral server's first start in a new PREFECT_HOME creates its database (~20 s on a busy 2-core
    # machine): Prefect's default of 20 s made a fresh install's first run fail.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    # The runs' own loggers at INFO whatever the console shows: their lines are what the server keeps of a run.
    for logger in ("PREFECT_FLOW_RUNS", "PREFECT_TASK_RUNS"):
        os.environ.setdefault(f"PREFECT_LOGGING_LOGGERS_{logger}_LEVEL", "INFO")
    if not verbose:
        # The run summary and the progress bar are the console output; Prefect's logs still reach its API.
        for handler in ("CONSOLE", "CONSOLE_FLOW_RUNS", "CONSOLE_TASK_RUNS"):
            os.environ.setdefault(f"PREFECT_LOGGING_HANDLERS_{handler}_LEVEL", "ERROR")
        os.environ.setdefault("PREFECT_LOGGING_LOGGERS_PREFECT_LEVEL", "WARNING")
        os.environ.setdefault("PREFECT_LOGGING_LOGGERS_UVICORN_LEVEL", "ERROR")
