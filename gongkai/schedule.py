"""`gongkai serve`: the pipeline as a scheduled deployment, run by this process (the one-command path; see
`prefect.yaml` for a deployment on a work pool).

Schedules are read in `Asia/Shanghai` unless told otherwise: the documents, and the people who publish
them, keep China's time. The deployment allows one run at a time (Prefect queues a run that comes due while
another is running); the run lock (`gongkai.tasks.runtime.lock`) also holds runs that share a warehouse
from other deployments or `gongkai run`.
"""

from __future__ import annotations

from pathlib import Path

DEFAULT_TIMEZONE = "Asia/Shanghai"
TAGS = ["gongkai"]


def tag_this_run() -> None:
    """The running flow run carries `TAGS`, as a deployment's runs do. Set on the run itself rather than with
    `prefect.tags()`, whose tags reach every task run: a tagged task run asks the server for a concurrency
    slot as it starts and hands it back as it ends, two requests per task run (at 10k documents the dedupe
    step waited up to 2.6 s for its slot)."""
    from prefect import get_client
    from prefect.runtime import flow_run

    tags = set(flow_run.tags)
    if not set(TAGS) <= tags:
        with get_client(sync_client=True) as client:
            client.update_flow_run(flow_run.id, tags=sorted(tags | set(TAGS)))


def schedule_for(cron: str, interval: float | None, timezone: str):
    from prefect.schedules import Cron, Interval

    return Interval(interval, timezone=timezone) if interval else Cron(cron, timezone=timezone)


def serve(input_path: Path, warehouse: Path, name: str, cron: str, interval: float | None, timezone: str) -> None:
    from gongkai.flows.pipeline import gongkai_run

    gongkai_run.serve(
        name=name,
        schedules=[schedule_for(cron, interval, timezone)],
        parameters={"input_path": str(input_path.resolve()), "warehouse": str(warehouse.resolve())},
        tags=TAGS,
        global_limit=1,
    )
