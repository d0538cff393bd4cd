"""Alerts: what a failed run tells people, and where it says it.

Two kinds, never confused: `data_quality` (a blocking check failed: the failed checks with their offending
rows, each with its document's file, agency and year and the row's metric, value and quote) and
`run_failure` (the run itself failed: a bug, a full disk). An alert is always logged and written to
`<warehouse>/alerts/<time>-<run id>.json`; it is also sent where `gongkai.tasks.runtime.notify` says. With a
Prefect server (PREFECT_API_URL), it links the run and its summary artifact in the Prefect UI.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from gongkai.tasks.runtime.artifacts import SUMMARY_KEY
from gongkai.tasks.runtime.notify import deliver

log = logging.getLogger("gongkai.alerts")


class DataQualityError(RuntimeError):
    """A blocking check failed. Carries the failed checks, sample rows and the run summary."""

    def __init__(self, failures: list[dict], summary: dict):
        self.failures = failures
        self.summary = summary
        names = ", ".join(f"{f['dataset']}.{f['check']} ({f['failed_rows']} rows)" for f in failures)
        super().__init__(f"blocking data-quality checks failed: {names}")


def withdraw_retries() -> None:
    """A data-quality failure is not transient: a retry would fail the same checks again. The current flow
    run's retries (kept for transient failures) are withdrawn before it fails."""
    from prefect.client.orchestration import get_client
    from prefect.context import FlowRunContext

    context = FlowRunContext.get()
    if context is None or context.flow_run is None:
        return
    policy = context.flow_run.empirical_policy.model_copy(update={"retries": 0})
    with get_client(sync_client=True) as client:
        client.update_flow_run(context.flow_run.id, empirical_policy=policy)


def build_alert(run_name: str, run_id: str, parameters: dict, error: BaseException | None) -> dict:
    alert = {
        "kind": "data_quality" if isinstance(error, DataQualityError) else "run_failure",
        "run_name": run_name,
        "run_id": run_id,
        "raised_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "input": parameters.get("input_path"),
        "warehouse": parameters.get("warehouse"),
        "message": str(error) if error else "the run failed",
    }
    summary: dict = {}
    if isinstance(error, DataQualityError):
        alert["failed_checks"] = error.failures
        alert["summary"] = summary = error.summary
    ui = ui_url()
    if ui:
        alert["run_url"] = f"{ui}/runs/flow-run/{run_id}"
        artifact = summary.get("artifacts", {}).get(SUMMARY_KEY)
        if artifact:
            alert["summary_url"] = f"{ui}/artifacts/artifact/{artifact}"
    return alert


def ui_url() -> str | None:
    """The Prefect UI's address when the run reports to a server of its own (a temporary one has no UI)."""
    if not os.environ.get("PREFECT_API_URL"):
        return None
    from prefect.settings import get_current_settings

    return get_current_settings().ui_url


def write_alert(alert: dict, warehouse: Path) -> Path:
    folder = warehouse / "alerts"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = alert["raised_at"].replace(":", "").replace("-", "")
    path = folder / f"{stamp}-{alert['run_id']}.json"
    path.write_text(json.dumps(alert, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    return path


def send_alert(alert: dict) -> None:
    """To the targets the environment names (`gongkai.tasks.runtime.notify`), and as a Prefect event."""
    deliver(
        alert,
        webhook=os.environ.get("GONGKAI_ALERT_WEBHOOK"),
        fmt=os.environ.get("GONGKAI_ALERT_FORMAT", "json"),
        block=os.environ.get("GONGKAI_ALERT_BLOCK"),
        events=True,
    )


def raise_data_quality_alert(flow, flow_run, state) -> None:
    """Prefect `on_failure` hook of the pipeline flow."""
    try:
        error = state.result(raise_on_failure=False)
    except Exception as exc:  # the state may hold no retrievable result
        error = exc
    parameters = dict(flow_run.parameters or {})
    alert = build_alert(
        flow_run.name, str(flow_run.id), parameters, error if isinstance(error, BaseException) else None
    )
    path = write_alert(alert, Path(parameters.get("warehouse") or "warehouse"))
    kind = "data-quality alert" if alert["kind"] == "data_quality" else "run failure"
    log.error("%s written to %s: %s", kind, path, alert["message"])
    send_alert(alert)
