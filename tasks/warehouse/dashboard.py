"""The dashboard as a step of the flow (`gongkai run --dashboard`): rewritten from the published warehouse, and
linked from the flow run by a Prefect link artifact, so the run's page in Prefect leads to it."""

from __future__ import annotations

from pathlib import Path

from prefect import task
from prefect.artifacts import create_link_artifact
from prefect.cache_policies import NONE

from gongkai.dashboard.build import DASHBOARD_DIR, build_dashboard
from gongkai.settings import MARTS_FILE

ARTIFACT_KEY = "gongkai-dashboard"


@task(name="dashboard", cache_policy=NONE, persist_result=False)
def refresh_dashboard(warehouse: Path) -> Path:
    out = warehouse / DASHBOARD_DIR
    pages = build_dashboard(warehouse / MARTS_FILE, out)
    create_link_artifact(
        key=ARTIFACT_KEY,
        link=(out / "index.html").as_uri(),
        link_text="gongkai dashboard",
        description=f"The static dashboard of {warehouse}: {pages} pages, every figure linked to its quote.",
    )
    return out
