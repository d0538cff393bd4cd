"""The metric registry is the only list of metric names: the rules, the table metrics, the pandera vocabulary
and the marts' columns all come from it."""

import re
from pathlib import Path

import duckdb
import pandas as pd
import pandera.pandas as pa
import pytest

from gongkai.expectations.facts import Facts
from gongkai.tasks.document import facts as narrative
from gongkai.tasks.document.facts import METRIC_RULES, ZERO_STATEMENTS, MetricRule, extract_facts
from gongkai.tasks.document.report_tables import TABLE_METRICS
from gongkai.tasks.rules import metrics as registry
from gongkai.tasks.rules.metrics import MART_METRICS, METRIC_NAMES, METRICS, YEAR_TOTAL_METRICS, Metric

from conftest import REPO, annual_report
from test_warehouse import build


def test_every_rule_and_table_metric_names_a_registered_metric_in_one_of_its_units():
    for rule in METRIC_RULES:
        assert set(rule.units) <= set(registry.BY_NAME[rule.metric].units)
    assert {name for names, _, _, _ in ZERO_STATEMENTS for name in names} <= set(METRIC_NAMES)
    assert {name for name, _, _ in TABLE_METRICS} <= set(METRIC_NAMES)


def test_a_rule_for_an_unregistered_metric_or_unit_fails_at_once():
    with pytest.raises(ValueError, match="not in the registry"):
        MetricRule("applications_recieved", ("件",), before="申请")
    with pytest.raises(ValueError, match="not counted in"):
        MetricRule("applications_received", ("元",), before="申请")


def test_the_facts_vocabulary_check_is_the_registry():
    frame = pd.DataFrame(
        {
            "doc_id": ["d", "d"],
            "section_id": [None, None],
            "metric": ["applications_received", "applications_recieved"],
            "value": [3.0, 3.0],
            "unit": ["件", "件"],
            "approx": [False, False],
            "source": ["narrative", "narrative"],
            "quote": ["受理申请3件", "受理申请3件"],
            "char_start": [0, 0],
            "char_end": [6, 6],
            "derived": [False, False],
        }
    )
    with pytest.raises(pa.errors.SchemaErrors) as failed:
        Facts.validate(frame, lazy=True)
    assert failed.value.failure_cases["failure_case"].tolist() == ["applications_recieved"]
    [check] = Facts.to_schema().columns["metric"].checks
    assert set(check.statistics["allowed_values"]) == set(METRIC_NAMES)


def test_the_marts_have_one_column_per_mart_metric_and_a_total_per_year_total_metric(tmp_path):
    build(
        tmp_path,
        {"a.txt": annual_report("白银市民政局", 2020, "全年主动公开政府信息88条，受理申请4件。")},
        marts_file=tmp_path / "marts.duckdb",
    )
    con = duckdb.connect(str(tmp_path / "marts.duckdb"), read_only=True)
    agency_year = {row[0] for row in con.sql("describe mart_agency_year").fetchall()}
    year = {row[0] for row in con.sql("describe mart_year").fetchall()}
    assert set(MART_METRICS) <= agency_year
    assert set(YEAR_TOTAL_METRICS) | {f"agencies_reporting_{m}" for m in YEAR_TOTAL_METRICS} <= year
    rows = con.execute("select proactive_disclosed_items, applications_received from mart_agency_year").fetchall()
    assert rows == [(88.0, 4.0)]


def test_a_new_registered_metric_with_its_rule_reaches_the_facts_and_the_mart(tmp_path, monkeypatch):
    """What ARCHITECTURE.md describes: one registry entry plus one rule, nothing else."""
    added = Metric("consultations_answered", "答复咨询", ("人次",), mart=True)
    monkeypatch.setattr(registry, "METRICS", METRICS + (added,))
    monkeypatch.setattr(registry, "BY_NAME", registry.BY_NAME | {added.name: added})
    monkeypatch.setattr(registry, "MART_METRICS", MART_METRICS + (added.name,))
    rule = MetricRule("consultations_answered", ("人次",), before="咨询")
    monkeypatch.setitem(narrative.RULES_BY_UNIT, "人次", (rule,) + narrative.RULES_BY_UNIT["人次"])
    text = annual_report("白银市民政局", 2021, "全年现场答复群众咨询326人次。")
    assert [(f.metric, f.value) for f in extract_facts(text)] == [("consultations_answered", 326.0)]
    assert (
        "cast(max(value) filter (where metric = 'consultations_answered') as BIGINT) as consultations_answered"
        in registry.mart_columns_sql()
    )


def test_no_metric_name_is_written_anywhere_but_in_the_registry_and_the_rules():
    """A second list would drift: the SQL, the expectations and the flow never spell a metric name as a
    string (a rate's formula names its columns, which the registry's pivot made)."""
    quoted = re.compile(r"""['"]({})['"]""".format("|".join(METRIC_NAMES)))
    allowed = {
        Path("tasks/rules/metrics.py"),
        Path("tasks/document/facts.py"),
        Path("tasks/document/report_tables.py"),
        Path("tasks/document/statistics_table.py"),
    }  # the rules, each checked against the registry
    offenders = []
    for folder in ("tasks", "flows", "expectations", "sql", "gongkai"):
        for path in (REPO / folder).rglob("*"):
            if (
                path.suffix in (".py", ".sql")
                and path.relative_to(REPO) not in allowed
                and "samples" not in path.parts
                and "score.py" != path.name
            ):
                offenders += [f"{path.relative_to(REPO)}: {m.group(1)}" for m in quoted.finditer(path.read_text())]
    assert offenders == []
