"""A run's artifacts on the Prefect server: what it did, readable in the UI next to its logs.

Two per run, each under a fixed key so that the UI keeps their history across runs: a markdown summary
(files loaded / duplicate / rejected with reasons, facts, checks passed and failed) and a table of the
data-quality results, one row per check.
"""

from __future__ import annotations

from prefect.artifacts import create_markdown_artifact, create_table_artifact

SUMMARY_KEY = "gongkai-summary"
CHECKS_KEY = "gongkai-checks"
REJECTIONS_SHOWN = 20


def summary_markdown(summary: dict) -> str:
    checks = summary.get("checks", [])
    failed = [c for c in checks if not c["passed"]]
    lines = [
        f"# {summary['run_name']}",
        "",
        f"Input `{summary['input_path']}` → warehouse `{summary['warehouse']}`",
        "",
        "| files | loaded | duplicate | rejected | documents | facts | quarantined rows |",
        "|---:|---:|---:|---:|---:|---:|---:|",
        f"| {summary['files']} | {summary['loaded']} | {summary['duplicate']} | {summary['rejected']} "
        f"| {summary['documents']} | {summary['facts']} | {summary['quarantined_rows']} |",
        "",
        f"**Checks**: {len(checks) - len(failed)} passed, {len(failed)} failed"
        + (f" ({sum(c['severity'] == 'blocking' for c in failed)} blocking)" if failed else ""),
    ]
    lines += [f"- `{c['dataset']}.{c['check']}` ({c['severity']}): {c['failed_rows']} rows" for c in failed]
    rejections = summary.get("rejections", [])
    if rejections:
        lines += ["", f"**Rejected files** ({len(rejections)})", ""]
        lines += [f"- `{r['source_path']}`: {r['reason']}" for r in rejections[:REJECTIONS_SHOWN]]
        if len(rejections) > REJECTIONS_SHOWN:
            lines.append(f"- … and {len(rejections) - REJECTIONS_SHOWN} more (the `sources` dataset lists them)")
    return "\n".join(lines) + "\n"


def checks_table(summary: dict) -> list[dict]:
    return [
        {
            "dataset": c["dataset"],
            "check": c["check"],
            "severity": c["severity"],
            "rows": c["rows"],
            "failed_rows": c["failed_rows"],
            "passed": c["passed"],
        }
        for c in summary.get("checks", [])
    ]


def publish_run_artifacts(summary: dict) -> dict[str, str]:
    """Creates both artifacts for the current flow run; returns their ids by key (the alert links them)."""
    return {
        SUMMARY_KEY: str(
            create_markdown_artifact(summary_markdown(summary), key=SUMMARY_KEY, description="What the run did")
        ),
        CHECKS_KEY: str(
            create_table_artifact(checks_table(summary), key=CHECKS_KEY, description="Data-quality checks")
        ),
    }
