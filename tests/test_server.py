"""On a real Prefect server, as an operator runs it: `prefect server start`, `gongkai serve` with a schedule,
and the scheduler (not a person) creating the run that completes. Its logs and artifacts are read back
through the server's API."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import SAMPLES

pytestmark = pytest.mark.server

BIN = Path(sys.executable).parent
STARTUP_SECONDS = 120
SCHEDULED_RUN_SECONDS = 180


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def api(url: str, path: str, body: dict | None = None):
    request = urllib.request.Request(
        url + path,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
        method="GET" if body is None else "POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def wait_for(what: str, probe, seconds: float, *processes: subprocess.Popen):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for process in processes:
            assert process.poll() is None, f"{process.args[:3]} exited with {process.returncode} waiting for {what}"
        try:
            found = probe()
        except OSError:
            found = None
        if found:
            return found
        time.sleep(1)
    pytest.fail(f"no {what} within {seconds} s")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def log_text(url: str, run: dict, last_line: str) -> str | None:
    """The run's log messages once `last_line` is among them."""
    logs = api(url, "/logs/filter", {"logs": {"flow_run_id": {"any_": [run["id"]]}}, "sort": "TIMESTAMP_ASC"})
    text = "\n".join(entry["message"] for entry in logs)
    return text if last_line in text else None


def client_env(home: Path, api_url: str | None = None) -> dict:
    """A user's environment: none of the test session's Prefect settings, a home of its own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env |= {"PREFECT_HOME": str(home), "DO_NOT_TRACK": "1", "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    if api_url:
        env["PREFECT_API_URL"] = api_url
    return env


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`prefect server start` on a free loopback port; its scheduler looks for due schedules every 2 s."""
    home = tmp_path_factory.mktemp("server-home")
    port = free_port()
    env = client_env(home) | {
        "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "2",
        "PREFECT_UI_ENABLED": "false",
    }
    log = (home / "server.log").open("wb")
    process = subprocess.Popen(
        [BIN / "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/api"
    try:
        wait_for("healthy server", lambda: api(url, "/health"), STARTUP_SECONDS, process)
        yield url
    finally:
        stop(process)
        log.close()
        scheduler_errors = [
            line
            for line in (home / "server.log").read_text(errors="replace").splitlines()
            if "scheduler" in line.lower()
        ]
        assert not [line for line in scheduler_errors if "error" in line.lower()], scheduler_errors


def test_a_scheduled_run_is_created_by_the_scheduler_and_completes_with_logs_and_artifacts(server, tmp_path):
    corpus = tmp_path / "district-reports"
    shutil.copytree(SAMPLES, corpus)
    warehouse = tmp_path / "warehouse"
    serve = subprocess.Popen(
        [BIN / "gongkai", "serve", "--input", corpus, "--warehouse", warehouse, "--interval", "10", "--name", "test"],
        env=client_env(tmp_path / "client-home", server) | {"PREFECT_RUNNER_POLL_FREQUENCY": "2"},
        stdout=subprocess.DEVNULL,
        stderr=(tmp_path / "serve.log").open("wb"),
        start_new_session=True,
    )
    try:
        deployment = wait_for(
            "deployment", lambda: api(server, "/deployments/name/gongkai-run/test"), STARTUP_SECONDS, serve
        )
        completed = {
            "flow_runs": {
                "deployment_id": {"any_": [deployment["id"]]},
                "state": {"type": {"any_": ["COMPLETED"]}},
            }
        }
        run = wait_for(
            "completed scheduled run",
            lambda: api(server, "/flow_runs/filter", completed),
            SCHEDULED_RUN_SECONDS,
            serve,
        )[0]
        # A run's last lines reach the server after its final state: its process sends them as it exits.
        messages = wait_for("the run's last log line", lambda: log_text(server, run, "warehouse published at"), 30)
    finally:
        stop(serve)

    assert run["auto_scheduled"] and run["created_by"]["type"] == "SCHEDULE"
    assert run["name"].startswith("gongkai district-reports 20")
    assert "gongkai" in run["tags"]
    assert set(deployment["parameters"]) == {"input_path", "warehouse"}
    assert set(deployment["parameter_openapi_schema"]["properties"]) == {
        "input_path",
        "warehouse",
        "batch_size",
        "force",
        "dashboard",
    }
    assert deployment["global_concurrency_limit"]["limit"] == 1

    assert "found 12 files under" in messages and "processed 12 files" in messages

    artifacts = api(server, "/artifacts/filter", {"artifacts": {"flow_run_id": {"any_": [run["id"]]}}})
    by_key = {artifact["key"]: artifact for artifact in artifacts}
    assert by_key["gongkai-summary"]["type"] == "markdown"
    assert "| files | loaded | duplicate | rejected |" in by_key["gongkai-summary"]["data"]
    table = json.loads(by_key["gongkai-checks"]["data"])
    assert {"dataset", "check", "passed"} <= set(table[0]) and all(row["passed"] for row in table)
    assert (warehouse / "gongkai.duckdb").exists()
