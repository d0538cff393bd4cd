"""Data-quality alerts: what a failed run tells people, and where it says it.

An alert is always logged and written to `<warehouse>/alerts/<time>-<run name>.json`. It is also sent when a
target is configured: `GONGKAI_ALERT_WEBHOOK` (an HTTP(S) URL that receives the alert as a JSON POST) and/or
`GONGKAI_ALERT_BLOCK` (the name of a Prefect notification block, e.g. a Slack webhook block, which needs a
Prefect server). A failing target is logged; it never hides the alert file.
"""

from __future__ import annotations

import json
import logging
import os
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger("gongkai.alerts")


class DataQualityError(RuntimeError):
    """A blocking check failed. Carries the failed checks, sample rows and the run summary."""

    def __init__(self, failures: list[dict], summary: dict):
        self.failures = failures
        self.summary = summary
        names = ", ".join(f"{f['dataset']}.{f['check']} ({f['failed_rows']} rows)" for f in failures)
        super().__init__(f"blocking data-quality checks failed: {names}")


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
    if isinstance(error, DataQualityError):
        alert["failed_checks"] = error.failures
        alert["summary"] = error.summary
    return alert


def write_alert(alert: dict, warehouse: Path) -> Path:
    folder = warehouse / "alerts"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = alert["raised_at"].replace(":", "").replace("-", "")
    path = folder / f"{stamp}-{alert['run_id']}.json"
    path.write_text(json.dumps(alert, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    return path


def send_alert(alert: dict) -> None:
    text = f"gongkai run {alert['run_name']} failed: {alert['message']}"
    webhook = os.environ.get("GONGKAI_ALERT_WEBHOOK")
    if webhook:
        try:
            request = urllib.request.Request(
                webhook,
                data=json.dumps(alert, ensure_ascii=False, default=str).encode(),
                headers={"Content-Type": "application/json"},
                method="POST",
            )
            urllib.request.urlopen(request, timeout=10).close()
        except Exception as exc:  # the alert file is already written; a dead target must not hide it
            log.error("could not send the alert to %s: %s", webhook, exc)
    block = os.environ.get("GONGKAI_ALERT_BLOCK")
    if block:
        try:
            from prefect.blocks.core import Block

            Block.load(block).notify(text)
        except Exception as exc:
            log.error("could not notify Prefect block %s: %s", block, exc)


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
    log.error("data-quality alert written to %s: %s", path, alert["message"])
    send_alert(alert)
