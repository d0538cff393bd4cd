"""Where an alert goes, and in what shape: a webhook, a Prefect notification block, a Prefect event.

- `GONGKAI_ALERT_WEBHOOK` + `GONGKAI_ALERT_FORMAT` (or `--alert-format`): a POST of `json` (the whole alert,
  the default) or of the text message in the body each chat service's incoming webhook documents:
  `slack` {"text"}, `feishu` (飞书) {"msg_type": "text", "content": {"text"}}, `dingtalk` (钉钉)
  {"msgtype": "markdown", "markdown": {"title", "text"}}, `wecom` (企业微信) {"msgtype": "markdown",
  "markdown": {"content"}}. A keyword or signature a chat robot requires is the robot's own setting: the
  message starts with "gongkai", which a keyword robot can be set to expect.
- `GONGKAI_ALERT_BLOCK`: a Prefect notification block (Slack, Teams, custom webhook, …) by its name alone
  (`gk-alerts`, when one block has that name) or as `type/name` (`custom-webhook/gk-alerts`).
- Data-quality failures are also emitted as the Prefect event `gongkai.data_quality.failed` (resource: the
  warehouse), which automations can act on; run failures as `gongkai.run.failed`.

Every target gets `TIMEOUT_SECONDS` at most and its failure is logged without its address beyond the host
(webhook URLs carry their tokens in the path or query): an unreachable target never fails or holds up a run.
"""

from __future__ import annotations

import json
import logging
import threading
import urllib.request
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

log = logging.getLogger("gongkai.alerts")

FORMATS = ("json", "slack", "feishu", "dingtalk", "wecom")
TIMEOUT_SECONDS = 10
ROWS_SHOWN = 5  # offending rows per failed check in a text message; the json payload has all the alert has


def alert_title(alert: dict) -> str:
    if alert["kind"] == "data_quality":
        return f"gongkai: data-quality checks failed in run {alert['run_name']}"
    return f"gongkai: run {alert['run_name']} failed (a run failure, not a data-quality problem)"


def alert_text(alert: dict) -> str:
    """The message a person reads: which checks failed, the rows that failed them and where they come from."""
    lines = [f"**{alert_title(alert)}**", f"warehouse: {alert['warehouse']}"]
    if alert.get("run_url"):
        lines.append(f"run: {alert['run_url']}")
    if alert["kind"] != "data_quality":
        return "\n".join([*lines, f"error: {alert['message']}"])
    for check in alert["failed_checks"]:
        lines.append(f"- {check['dataset']}.{check['check']}: {check['failed_rows']} rows")
        for row in check["rows"][:ROWS_SHOWN]:
            where = " ".join(str(row[k]) for k in ("agency", "report_year") if row.get(k) is not None)
            what = f"{row['metric']} = {row['value']}" if row.get("metric") else row["detail"]
            quote = f" «{row['quote']}»" if row.get("quote") else ""
            lines.append(f"  - {row.get('source_path') or row['doc_id']} ({where}): {what}{quote}")
        if check["failed_rows"] > ROWS_SHOWN:
            lines.append(f"  - … {check['failed_rows'] - ROWS_SHOWN} more in the quarantine dataset")
    return "\n".join(lines)


def payload(alert: dict, fmt: str) -> dict:
    text = alert_text(alert)
    if fmt == "slack":
        return {"text": text}
    if fmt == "feishu":
        return {"msg_type": "text", "content": {"text": text}}
    if fmt == "dingtalk":
        return {"msgtype": "markdown", "markdown": {"title": alert_title(alert), "text": text}}
    if fmt == "wecom":
        return {"msgtype": "markdown", "markdown": {"content": text}}
    if fmt == "json":
        return alert
    raise ValueError(f"unknown alert format {fmt!r}: one of {', '.join(FORMATS)}")


def redacted(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname}/…" if parts.hostname else "the webhook"


def post_webhook(url: str, fmt: str, alert: dict) -> None:
    request = urllib.request.Request(
        url,
        data=json.dumps(payload(alert, fmt), ensure_ascii=False, default=str).encode(),
        headers={"Content-Type": "application/json; charset=utf-8"},
        method="POST",
    )
    urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS).close()


def notify_block(name: str, alert: dict) -> None:
    from prefect.blocks.core import Block
    from prefect.client.orchestration import get_client

    if "/" not in name:
        with get_client(sync_client=True) as client:
            found = [d for d in client.read_block_documents() if d.name == name and d.block_type]
        if len(found) != 1:
            raise LookupError(f"{len(found)} blocks are named {name!r}; give it as TYPE/NAME")
        name = f"{found[0].block_type.slug}/{name}"  # type: ignore[union-attr]
    block: Any = Block.load(name)  # a notification block, loaded synchronously
    block.notify(alert_text(alert), subject=alert_title(alert))


def emit_alert_event(alert: dict) -> None:
    from prefect.events import emit_event

    failed = alert["kind"] == "data_quality"
    emit_event(
        event="gongkai.data_quality.failed" if failed else "gongkai.run.failed",
        resource={
            "prefect.resource.id": f"gongkai.warehouse.{alert['warehouse']}",
            "prefect.resource.name": "warehouse",
        },
        related=[{"prefect.resource.id": f"prefect.flow-run.{alert['run_id']}", "prefect.resource.role": "flow-run"}],
        payload={k: alert.get(k) for k in ("run_name", "run_url", "message", "failed_checks")},
    )


def within_time(what: str, send: Callable[[], None], secret: str | None = None) -> bool:
    """Runs `send` for `TIMEOUT_SECONDS` at most; a failure is logged (with `secret` masked) and returns False."""
    problem: list[str] = []

    def attempt() -> None:
        try:
            send()
        except Exception as exc:  # any failure of a target is logged, none stops the run
            message = f"{type(exc).__name__}: {exc}"
            problem.append(message.replace(secret, redacted(secret)) if secret else message)

    thread = threading.Thread(target=attempt, daemon=True)
    thread.start()
    thread.join(TIMEOUT_SECONDS)
    if thread.is_alive():
        problem.append(f"no answer within {TIMEOUT_SECONDS} s")
    if problem:
        log.error("could not send the alert to %s: %s", what, problem[0])
    return not problem


def deliver(alert: dict, webhook: str | None, fmt: str, block: str | None, events: bool) -> None:
    if webhook:
        within_time(redacted(webhook), lambda: post_webhook(webhook, fmt, alert), secret=webhook)
    if block:
        within_time(f"Prefect block {block}", lambda: notify_block(block, alert))
    if events:
        within_time("Prefect's events", lambda: emit_alert_event(alert))
