"""Alerts people can act on: each webhook format as the service documents it, received on loopback; a Prefect
notification block by name; a dead or silent target neither fails nor holds up the run, nor logs its URL."""

from __future__ import annotations

import json
import logging
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

import pandas as pd
import pytest

from gongkai.tasks.batch.validate import CheckResult, quarantine_examples
from gongkai.tasks.runtime import notify
from gongkai.tasks.runtime.alert import DataQualityError, build_alert

TOKEN = "access_token=9f8e7d6c5b4a"
SOURCE = "/data/inbox/baiyin/shuiwu-2020.html"


@pytest.fixture
def receiver():
    """A loopback HTTP server; `answer` sets how it answers (status, seconds to wait first)."""
    received: list[dict] = []
    answer = {"status": 200, "delay": 0.0}

    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            time.sleep(answer["delay"])
            received.append({"path": self.path, "type": self.headers["Content-Type"], "body": json.loads(body)})
            try:
                self.send_response(answer["status"])
                self.end_headers()
                self.wfile.write(b'{"errcode":0}')
            except BrokenPipeError:  # the sender gave up waiting, as it should
                pass

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/robot/send?{TOKEN}", received, answer
    server.shutdown()


@pytest.fixture
def alert() -> dict:
    """A data-quality alert as the flow builds it: from the quarantine and documents datasets."""
    fact = {"doc_id": "d41c", "metric": "proactive_disclosed_total", "value": -12, "quote": "全年主动公开政府信息-12条"}
    quarantine = pd.DataFrame(
        [
            {
                "dataset": "facts",
                "check": "non_negative_count",
                "doc_id": "d41c",
                "detail": "facts: check 'non_negative_count' failed on value (value -12)",
                "row": json.dumps(fact, ensure_ascii=False),
            }
        ]
    )
    documents = pd.DataFrame(
        [{"doc_id": "d41c", "source_path": SOURCE, "agency": "白银市水务局", "report_year": 2020, "title": "…"}]
    )
    checks = [CheckResult("facts", "non_negative_count", "blocking", 1, 340)]
    error = DataQualityError(quarantine_examples(quarantine, checks, documents), {"files": 2})
    return build_alert("gongkai inbox 2026-12-07 03:00", "0676b5c3", {"warehouse": "/srv/warehouse"}, error)


def text_of(fmt: str, body: dict) -> str:
    """The message text where each service's incoming-webhook documentation puts it."""
    if fmt == "slack":
        return body["text"]
    if fmt == "feishu":
        assert body["msg_type"] == "text"
        return body["content"]["text"]
    if fmt == "dingtalk":
        assert body["msgtype"] == "markdown" and body["markdown"]["title"].startswith("gongkai")
        return body["markdown"]["text"]
    assert fmt == "wecom" and body["msgtype"] == "markdown"
    assert len(body["markdown"]["content"].encode()) <= 4096  # WeCom's limit for markdown content
    return body["markdown"]["content"]


@pytest.mark.parametrize("fmt", ["slack", "feishu", "dingtalk", "wecom"])
def test_each_chat_format_carries_the_failed_check_and_its_rows(receiver, alert, fmt):
    url, received, _ = receiver
    notify.deliver(alert, webhook=url, fmt=fmt, block=None, events=False)
    [request] = received
    assert request["path"].endswith(TOKEN) and request["type"].startswith("application/json")
    text = text_of(fmt, request["body"])
    assert text.startswith("**gongkai: data-quality checks failed in run gongkai inbox 2026-12-07 03:00**")
    assert "facts.non_negative_count: 1 rows" in text
    assert f"{SOURCE} (白银市水务局 2020): proactive_disclosed_total = -12 «全年主动公开政府信息-12条»" in text


def test_the_json_format_is_the_whole_alert_with_each_rows_source(receiver, alert):
    url, received, _ = receiver
    notify.deliver(alert, webhook=url, fmt="json", block=None, events=False)
    [row] = received[0]["body"]["failed_checks"][0]["rows"]
    assert received[0]["body"]["kind"] == "data_quality"
    assert (row["source_path"], row["agency"], row["report_year"], row["metric"], row["value"]) == (
        SOURCE,
        "白银市水务局",
        2020,
        "proactive_disclosed_total",
        -12,
    )


def test_a_run_failure_is_not_reported_as_a_data_quality_alert():
    alert = build_alert("gongkai inbox 2026-12-07 03:00", "0676b5c3", {}, OSError(28, "No space left on device"))
    assert alert["kind"] == "run_failure"
    assert notify.alert_text(alert).startswith(
        "**gongkai: run gongkai inbox 2026-12-07 03:00 failed (a run failure, not a data-quality problem)**"
    )


@pytest.mark.parametrize("target", ["error status", "silent", "closed port"])
def test_a_failing_target_is_logged_without_its_url_and_the_delivery_returns(
    receiver, alert, target, caplog, monkeypatch
):
    url, received, answer = receiver
    monkeypatch.setattr(notify, "TIMEOUT_SECONDS", 1)
    if target == "error status":
        answer["status"] = 500
    if target == "silent":
        answer["delay"] = 3
    if target == "closed port":
        url = "http://127.0.0.1:9/robot/send?" + TOKEN
    with caplog.at_level(logging.ERROR, logger="gongkai.alerts"):
        notify.deliver(alert, webhook=url, fmt="feishu", block=None, events=False)
    [record] = caplog.records
    assert record.getMessage().startswith("could not send the alert to http://127.0.0.1/…: ")
    assert TOKEN not in caplog.text and "/robot/send" not in caplog.text
    if target == "silent":
        assert record.getMessage().endswith(("TimeoutError: timed out", "no answer within 1 s"))


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_server")
@pytest.mark.parametrize("name", ["gk-alerts", "custom-webhook/gk-alerts"])
def test_a_prefect_notification_block_is_found_by_its_name_alone_or_with_its_type(receiver, alert, name):
    from prefect.blocks.notifications import CustomWebhookNotificationBlock

    url, received, _ = receiver
    CustomWebhookNotificationBlock(name="gongkai alerts", url=url, json_data={"text": "{{subject}}\n{{body}}"}).save(
        "gk-alerts", overwrite=True
    )
    notify.deliver(alert, webhook=None, fmt="json", block=name, events=False)
    [request] = received
    assert request["body"]["text"].startswith("gongkai: data-quality checks failed in run")
    assert SOURCE in request["body"]["text"]


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_server")
def test_a_data_quality_failure_is_not_retried_like_a_transient_one(tmp_path):
    from prefect import get_client

    from gongkai.flows.pipeline import gongkai_run

    from conftest import annual_report

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "broken.txt").write_text(
        annual_report("白银市水务局", 2020, "全年主动公开政府信息-12条。"), encoding="utf-8"
    )
    state = gongkai_run(input_path=str(inbox), warehouse=str(tmp_path / "warehouse"), return_state=True)
    assert isinstance(state.result(raise_on_failure=False), DataQualityError)
    with get_client(sync_client=True) as client:
        flow_run = client.read_flow_run(state.state_details.flow_run_id)
    assert gongkai_run.retries == 2 and flow_run.run_count == 1 and flow_run.state.is_failed()
