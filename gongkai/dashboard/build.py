"""`gongkai dashboard --warehouse W --out DIR`: a static, offline site over the marts.

  index.html            the overview per year (coverage by type and level, totals with how many agencies
                        reported them, rates with numerator and denominator) and every agency, with a search box
  year/<year>.html      that year's figures agency by agency: where each total comes from
  agency/<id>.html      one agency: its years side by side, trends, the carry-over check, and the evidence
  quality.html          quarantine by check, rejected files, failed table identities, suspect copies

Every figure of an agency links to its evidence on the agency's page — the document (path and doc_id), the
exact quote and its offsets in the document's normalised text — and every total links to the year page that
lists the agencies' figures it adds up, each linking to its evidence. One page per agency keeps each page
small whatever the number of agencies. Charts are inline SVG drawn here (`svg.py`); the only script is the
index's search filter, inline. Nothing is fetched: the pages open from the file system without a network.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
from collections import defaultdict
from html import escape
from importlib import resources
from pathlib import Path

import duckdb

from gongkai.dashboard.svg import bar_chart, line_chart
from gongkai.settings import MARTS_FILE, default_warehouse
from gongkai.sql.columns import RATES
from gongkai.tasks.rules.metrics import (
    BY_NAME,
    CARRY_OVER_CHECKED,
    CHARTED,
    MART_METRICS,
    RATE_EVIDENCE,
    YEAR_TOTAL_METRICS,
)

DASHBOARD_DIR = "dashboard"  # under the warehouse: `gongkai run --dashboard` writes it there
LIST_LIMIT = 500  # rows of a quality list shown; the page says how many there are in all
DOC_TYPE_LABELS = {
    "annual_reports": "年度报告",
    "work_summaries": "工作总结",
    "work_plans": "工作要点",
    "implementation_reports": "落实情况",
}


def add_command(commands) -> None:
    """Register `gongkai dashboard` on the CLI's subcommands."""
    dashboard = commands.add_parser("dashboard", help="write the static offline dashboard of a warehouse")
    dashboard.add_argument("--warehouse", type=Path, default=None, help="the warehouse folder; default ./warehouse")
    dashboard.add_argument("--out", type=Path, default=None, help="output folder; default <warehouse>/dashboard")
    dashboard.set_defaults(handler=dashboard_command)


def dashboard_command(args: argparse.Namespace) -> int:
    warehouse = args.warehouse or default_warehouse()
    if not (warehouse / MARTS_FILE).is_file():
        print(f"gongkai: no warehouse at {warehouse / MARTS_FILE}: run `gongkai run` first", file=sys.stderr)
        return 64
    refresh(warehouse, args.out)
    return 0


def refresh(warehouse: Path, out: Path | None = None) -> None:
    """(Re)write the dashboard of `warehouse`, by default into `<warehouse>/dashboard` (`gongkai run --dashboard`)."""
    out = out or warehouse / DASHBOARD_DIR
    pages = build_dashboard(warehouse / MARTS_FILE, out)
    print(f"dashboard: {pages} pages, {out / 'index.html'}")


def agency_page(agency: str) -> str:
    return f"{hashlib.sha1(agency.encode()).hexdigest()[:12]}.html"


def evidence_id(year: int, metric: str) -> str:
    return f"ev-{year}-{metric}"


def build_dashboard(marts_file: Path, out: Path) -> int:
    """Write the site into `out` (replaced whole); returns the number of pages."""
    with duckdb.connect(str(marts_file), read_only=True) as con:
        data = _read(con)
    staged = out.with_name(f".{out.name}.building")
    shutil.rmtree(staged, ignore_errors=True)
    (staged / "agency").mkdir(parents=True)
    (staged / "year").mkdir()
    static = resources.files("gongkai.dashboard").joinpath("style.css")
    (staged / "style.css").write_text(static.read_text(encoding="utf-8"), encoding="utf-8")
    pages = {"index.html": _index(data), "quality.html": _quality(data)}
    for year in data["years"]:
        pages[f"year/{year['report_year']}.html"] = _year(year, data["agency_years_by_year"][year["report_year"]])
    for agency in data["agencies"]:
        name = agency["agency"]
        pages[f"agency/{agency_page(name)}"] = _agency(
            agency, data["agency_years"][name], data["evidence"][name], data["copies_by_agency"].get(name, [])
        )
    for path, html in pages.items():
        (staged / path).write_text(html, encoding="utf-8")
    shutil.rmtree(out, ignore_errors=True)
    staged.rename(out)
    return len(pages)


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict]:
    relation = con.sql(sql)
    return [dict(zip(relation.columns, row)) for row in relation.fetchall()]


def _read(con: duckdb.DuckDBPyConnection) -> dict:
    metrics = ", ".join(f"'{m}'" for m in MART_METRICS)
    data = {
        "years": _rows(con, "from mart_year order by report_year"),
        "agencies": _rows(con, "from mart_agency order by agency"),
        "levels": _rows(
            con,
            "select report_year, coalesce(admin_level, '未知') as level, count(*) as documents from documents "
            "where report_year is not null and near_duplicate_of is null group by all order by all",
        ),
        "quarantine": _rows(
            con, 'select dataset, "check", severity, count(*) as rows from quarantine group by all order by rows desc'
        ),
        "rejected": _rows(con, "select source_path, reason from sources where status = 'rejected' order by 1"),
        "identities": _rows(
            con,
            "select q.doc_id, d.source_path, d.agency, d.report_year, q.\"check\", any_value(q.detail) as detail "
            "from quarantine q left join documents d using (doc_id) where q.\"check\" like 'identity_%' "
            "group by all order by d.agency, d.report_year",
        ),
        "copies": _rows(con, "from mart_suspect_copies"),
    }
    agency_years = _rows(con, "from mart_agency_year order by agency, report_year")
    data["agency_years"] = defaultdict(list)
    data["agency_years_by_year"] = defaultdict(list)
    for row in agency_years:
        data["agency_years"][row["agency"]].append(row)
        data["agency_years_by_year"][row["report_year"]].append(row)
    data["evidence"] = defaultdict(list)
    for row in _rows(
        con,
        "select m.*, d.source_path from stg_agency_year_metrics m join documents d on d.doc_id = m.evidence_doc_id "
        f"where m.metric in ({metrics}) order by m.agency, m.report_year, m.metric",
    ):
        data["evidence"][row["agency"]].append(row)
    data["copies_by_agency"] = defaultdict(list)
    for row in data["copies"]:
        for agency in {row["agency_a"], row["agency_b"]}:
            data["copies_by_agency"][agency].append(row)
    return data


def _page(title: str, body: str, depth: int = 0) -> str:
    up = "../" * depth
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><link rel=\"stylesheet\" href=\"{up}style.css\"></head><body>"
        f'<nav><a href="{up}index.html">概览 Overview</a> · <a href="{up}quality.html">数据质量 Data quality</a></nav>'
        f"<h1>{escape(title)}</h1>{body}</body></html>"
    )


def _number(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}"
    return f"{int(value):,}"


def _link(value, href: str) -> str:
    return "" if value is None else f'<a class="num" href="{escape(href)}">{_number(value)}</a>'


def _rate(row: dict, rate: str, href: str) -> str:
    numerator, denominator = row.get(f"{rate}_numerator"), row.get(f"{rate}_denominator")
    if numerator is None or denominator is None:
        return ""
    shown = "—" if row.get(rate) is None else f"{row[rate]:.1%}"
    return f'<a class="num" href="{escape(href)}">{shown} ({_number(numerator)}/{_number(denominator)})</a>'


def _table(headers: list[str], rows: list[list[str]], cls: str = "") -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _label(metric: str) -> str:
    return f"{escape(BY_NAME[metric].label)}<br><small>{metric}</small>"


def _index(data: dict) -> str:
    years = data["years"]
    chart = bar_chart(
        "各年度文件数 Documents per year",
        [(str(y["report_year"]), y["documents"], f"year/{y['report_year']}.html") for y in years],
    )
    trend = line_chart(
        "各年度申请总量 Applications, all agencies",
        [y["report_year"] for y in years],
        {BY_NAME[m].label: [(y[m], f"year/{y['report_year']}.html#{m}") for y in years] for m in CHARTED["overview"]},
    )
    coverage = _table(
        ["年度 Year", "文件 Documents", "机构 Agencies", *DOC_TYPE_LABELS.values(), "无机构 No agency"],
        [
            [
                f'<a href="year/{y["report_year"]}.html">{y["report_year"]}</a>',
                _link(y["documents"], f"year/{y['report_year']}.html"),
                _link(y["agencies"], f"year/{y['report_year']}.html"),
                *(_link(y[c], f"year/{y['report_year']}.html") for c in DOC_TYPE_LABELS),
                _number(y["documents_without_agency"]),
            ]
            for y in years
        ],
    )
    levels = defaultdict(dict)
    for row in data["levels"]:
        levels[row["report_year"]][row["level"]] = row["documents"]
    level_names = sorted({row["level"] for row in data["levels"]})
    by_level = _table(
        ["年度 Year", *level_names],
        [[str(y), *(_number(levels[y].get(n)) for n in level_names)] for y in sorted(levels)],
    )
    totals = _table(
        [
            "年度 Year",
            *(_label(m) for m in YEAR_TOTAL_METRICS),
            *(f"{RATES[r][0]}<br><small>{r}</small>" for r in YEAR_RATES),
        ],
        [
            [
                str(y["report_year"]),
                *(
                    _link(y[m], f"year/{y['report_year']}.html#{m}")
                    + f' <small title="reporting agencies">({_number(y[f"agencies_reporting_{m}"])} 个机构)</small>'
                    for m in YEAR_TOTAL_METRICS
                ),
                *(_rate(y, r, f"year/{y['report_year']}.html") for r in YEAR_RATES),
            ]
            for y in years
        ],
    )
    agencies = "".join(
        f'<li data-name="{escape(a["agency"])} {escape(a["region"] or "")}"><a href="agency/{agency_page(a["agency"])}">'
        f"{escape(a['agency'])}</a> <small>{escape(a['region'] or '')} {a['first_year']}–{a['last_year']}</small></li>"
        for a in data["agencies"]
    )
    body = (
        f'<section class="charts">{chart}{trend}</section>'
        f"<h2>覆盖情况 Coverage</h2>{coverage}<h2>按行政层级 By level</h2>{by_level}"
        f"<h2>合计与比率 Totals and rates</h2><p>每个合计后为报告该项的机构数；比率为（分子/分母）。"
        f"Each total is followed by how many agencies reported it; rates show numerator/denominator.</p>{totals}"
        f"<h2>机构 Agencies ({len(data['agencies']):,})</h2>"
        '<input id="search" type="search" placeholder="搜索机构 Search agencies" autocomplete="off">'
        f'<ul id="agencies">{agencies}</ul>'
        "<script>document.getElementById('search').addEventListener('input', function (e) {"
        "var q = e.target.value.trim(); document.querySelectorAll('#agencies li').forEach(function (li) {"
        "li.hidden = q !== '' && li.dataset.name.indexOf(q) < 0; }); });</script>"
    )
    return _page("政府信息公开年度报告 概览 Overview", body)


YEAR_RATES = ("grant_rate", "substantive_disclosure_rate", "dispute_rate")


def _year(year: dict, rows: list[dict]) -> str:
    y = year["report_year"]
    sections = []
    for metric in YEAR_TOTAL_METRICS:
        reporting = [r for r in rows if r[metric] is not None]
        items = [
            [
                f'<a href="../agency/{agency_page(r["agency"])}">{escape(r["agency"])}</a>',
                _link(r[metric], f"../agency/{agency_page(r['agency'])}#{evidence_id(y, metric)}"),
            ]
            for r in reporting
        ]
        sections.append(
            f'<h2 id="{metric}">{escape(BY_NAME[metric].label)} <small>{metric}</small>: {_number(year[metric])}'
            f" ({len(reporting)} 个机构)</h2>" + _table(["机构 Agency", "数值 Value"], items)
        )
    return _page(f"{y}年 各机构数据 Year {y}", "".join(sections), depth=1)


def _agency(agency: dict, years: list[dict], evidence: list[dict], copies: list[dict]) -> str:
    xs = [r["report_year"] for r in years]
    chart = line_chart(
        "申请与办理趋势 Applications",
        xs,
        {
            BY_NAME[m].label: [(r[m], f"#{evidence_id(r['report_year'], m)}") for r in years]
            for m in CHARTED["applications"]
        },
    )
    proactive = line_chart(
        "主动公开趋势 Proactive disclosure",
        xs,
        {
            BY_NAME[m].label: [(r[m], f"#{evidence_id(r['report_year'], m)}") for r in years]
            for m in CHARTED["proactive"]
        },
    )
    figures = [[_label(m), *(_link(r[m], f"#{evidence_id(r['report_year'], m)}") for r in years)] for m in MART_METRICS]
    rates = [
        [
            f"{RATES[rate][0]}<br><small>{rate}</small>",
            *(_rate(r, rate, f"#{evidence_id(r['report_year'], RATE_EVIDENCE[rate])}") for r in years),
        ]
        for rate in RATES
    ]
    check = [
        "上年结转 = 上年度结转下年度<br><small>carried_over_matches_previous_year</small>",
        *(_check(r) for r in years),
    ]
    side_by_side = _table(["指标 Metric", *(str(x) for x in xs)], [*figures, *rates, check], cls="years")
    quotes = "".join(
        f'<li id="{evidence_id(e["report_year"], e["metric"])}" class="evidence">'
        f'<b>{e["report_year"]} {escape(BY_NAME[e["metric"]].label)}</b> = {_number(e["value"])}{escape(e["unit"] or "")}'
        f' <q>{escape(e["quote"])}</q> <small>{escape(e["source_path"])} · doc_id {e["evidence_doc_id"][:12]} · '
        f"offsets [{e['quote_start']}, {e['quote_end']}) · {e['source']}</small></li>"
        for e in evidence
    )
    suspect = (
        "<h2>疑似雷同 Suspect copies</h2>"
        + _table(
            ["类型 Kind", "报告 A", "报告 B", "相似度 Similarity"],
            [
                [
                    c["kind"],
                    f"{escape(c['agency_a'] or '')} {c['report_year_a']}",
                    f"{escape(c['agency_b'] or '')} {c['report_year_b']}",
                    f"{c['similarity']:.2f}",
                ]
                for c in copies
            ],
        )
        if copies
        else ""
    )
    body = (
        f"<p>{escape(agency['region'] or '')} · {escape(agency['admin_level'] or '')} · "
        f"{agency['first_year']}–{agency['last_year']} · {agency['documents']} 份文件</p>"
        f'<section class="charts">{chart}{proactive}</section>'
        f"<h2>逐年数据 Years side by side</h2>{side_by_side}{suspect}"
        f'<h2>证据 Evidence</h2><ol class="evidence-list">{quotes}</ol>'
    )
    return _page(agency["agency"], body, depth=1)


def _check(row: dict) -> str:
    ok = row["carried_over_matches_previous_year"]
    if ok is None:
        return ""
    return (
        f'<a class="num" href="#{evidence_id(row["report_year"], CARRY_OVER_CHECKED)}">'
        f"{'✓' if ok else '✗'} {_number(row[CARRY_OVER_CHECKED])} / {_number(row['previous_year_carried_forward'])}</a>"
    )


def _limited(rows: list[dict], render) -> str:
    shown = rows[:LIST_LIMIT]
    more = (
        f"<p>前 {LIST_LIMIT} 条，共 {len(rows):,} 条 (first {LIST_LIMIT} of {len(rows):,})</p>"
        if len(rows) > LIST_LIMIT
        else ""
    )
    return render(shown) + more


def _quality(data: dict) -> str:
    def agency_link(agency, year=None):
        if not agency:
            return ""
        return f'<a href="agency/{agency_page(agency)}">{escape(agency)}</a> {year or ""}'

    known = {a["agency"] for a in data["agencies"]}
    quarantine = _table(
        ["数据集 Dataset", "检查 Check", "级别 Severity", "行数 Rows"],
        [[escape(q["dataset"]), escape(q["check"]), q["severity"], _number(q["rows"])] for q in data["quarantine"]],
    )
    rejected = _limited(
        data["rejected"],
        lambda rows: _table(
            ["文件 File", "原因 Reason"], [[escape(r["source_path"]), escape(r["reason"] or "")] for r in rows]
        ),
    )
    identities = _limited(
        data["identities"],
        lambda rows: _table(
            ["机构 Agency", "文件 File", "恒等式 Identity", "说明 Detail"],
            [
                [
                    agency_link(r["agency"] if r["agency"] in known else None, r["report_year"]),
                    escape(r["source_path"] or ""),
                    r["check"],
                    escape(r["detail"]),
                ]
                for r in rows
            ],
        ),
    )
    copies = _limited(
        data["copies"],
        lambda rows: _table(
            ["类型 Kind", "报告 A", "文件 A", "报告 B", "文件 B", "相似度 Similarity"],
            [
                [
                    c["kind"],
                    agency_link(c["agency_a"], c["report_year_a"]),
                    escape(c["source_path_a"]),
                    agency_link(c["agency_b"], c["report_year_b"]),
                    escape(c["source_path_b"]),
                    f"{c['similarity']:.2f}",
                ]
                for c in rows
            ],
        ),
    )
    body = (
        f"<h2>隔离数据 Quarantine by check</h2>{quarantine}"
        f"<h2>被拒绝的文件 Rejected files ({len(data['rejected']):,})</h2>{rejected}"
        f"<h2>表格恒等式不成立 Table identities failed ({len(data['identities']):,})</h2>{identities}"
        f"<h2>疑似雷同 Suspect copies ({len(data['copies']):,})</h2>{copies}"
    )
    return _page("数据质量 Data quality", body)
