"""Score a warehouse against hand labels (a gold.jsonl like ../shared/seeds/gold.jsonl).

Each gold line names a `file` (relative to the run's --input; `name.jsonl#3` for record 3 of a container)
and the expected document fields and facts. Scores:
- per field: accuracy over the gold lines that state that field;
- facts: recall (a gold fact is found when a fact of that document has the same metric and value; the
  unit and approx flag are scored too), precision (extracted facts that match a gold fact, over all facts
  extracted from labelled documents, counting only metrics the gold file uses: a gold file labels every count
  of its metrics, not every metric), and contradictions (an extracted fact with a gold fact's metric but a
  value no gold fact of that metric has — the one kind of extra fact that is certainly wrong).
- contract facts (all sources, narrative and table): gold metric names are first mapped to the data contract's
  vocabulary (`METRIC_ALIASES`); recall over the gold facts whose metric is in the contract vocabulary; value
  capture (a gold fact of any metric is captured when an extracted fact has its value and a quote that
  overlaps the gold quote); precision over the stated contract-vocabulary facts of labelled documents (a
  fact is right when the gold file has its metric and value; `derived` sums, which the labels of stated
  counts cannot judge, are counted apart); contradictions among all of them, derived included. Misses are grouped by
  the carrier of the gold quote: narrative, pipe table, cell lines (one cell per line), glued row (a row's
  cells run together into one digit string) or statistics table (the pre-2019 `label unit this-year total`).
`--require` lists, comma-separated, what must hold for the command to exit 0 (else it exits 1 and prints
each failure as `REQUIRED: …` on stderr):
- a field name (every document's field right), `facts` (every gold fact of every document found, none
  contradicted), `facts@FILE` (the same for one document), or `all` (every field and `facts`);
- a threshold `NAME OP NUMBER` with OP one of >= <= > < =, e.g.
  `--require contract_recall>=0.90,value_capture>=0.80,precision>=0.95,contradictions<=2`. NAME is one of
  `THRESHOLDS` (the contract-facts scores: contract_recall, value_capture, precision, precision_labelled,
  contradictions; and facts_recall, facts_precision, facts_contradictions of the legacy line) or a field name
  (its accuracy, e.g. `agency>=0.9`). Rates are fractions (0.90, not 90 %); a rate with nothing to measure
  fails its threshold.
Both kinds mix in one list (`--require all,value_capture>=0.8`); an unknown name is a failure, not ignored.
`--by source` adds the scores per source, the file name's prefix before its first `-` (`pt-013.txt` → `pt`),
so that a regression on one portal's pages shows.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import duckdb
import pandas as pd

from gongkai.tasks.rules.metrics import CONTRACT_METRICS

# Other spellings of registry metrics that hand labels use (realdocs README and the labels themselves): label
# name -> registry name (never the reverse: the registry decides names).
METRIC_ALIASES = {
    "new_applications_received_total": "applications_received",
    "applications_processed_total": "applications_processed",
    "admin_reconsideration_total": "admin_reconsiderations",
    "admin_litigation_total": "admin_lawsuits",
    "fees_collected": "fees_charged",
    "info_processing_fee": "fees_charged",
    "proactive_disclosed_items_cumulative": "proactive_disclosed_cumulative",
    "normative_documents_disclosed": "normative_documents_published",
    "staff_fulltime": "disclosure_staff_fulltime",
    "staff_parttime": "disclosure_staff_parttime",
    # The statistics table's 答复总数 is every application answered: the contract's applications_processed.
    "applications_replied_total": "applications_processed",
    "applications_replied": "applications_processed",
    # Names of the registry's (non-contract) metrics that the realdocs labels spell their own way.
    "applications_info_not_held": "applications_unable_not_held",
    "applications_denied_law_enforcement_files": "applications_denied_enforcement_file",
    "admin_licensing_decisions": "licensing_decisions",
    "admin_penalty_decisions": "penalty_decisions",
    "admin_enforcement_decisions": "enforcement_decisions",
    "coercion_decisions": "enforcement_decisions",
    "admin_fee_revenue": "admin_fee_amount",
    "regulations_made": "regulations_issued",
    "regulations_valid": "regulations_in_force",
    "fulltext_electronic_rate": "electronic_records_rate",
    "admin_appeal_total": "admin_appeals",
    "proactive_items_wechat": "wechat_posts",
}


FIELDS = (
    "doc_type",
    "agency",
    "region",
    "admin_level",
    "report_year",
    "publish_date",
    "doc_number",
    "index_no",
    "script",
    "title",
    "top_sections",
    "cited_doc_numbers",
)
BRACKETED_NUMBER = re.compile(r"^(.+?)[〔\[【(（]\s*(\d{4})\s*[〕\]】)）]\s*(\d+)号?$")


@dataclass
class Scores:
    fields: dict[str, list[tuple[str, object, object]]] = field(default_factory=lambda: defaultdict(list))
    facts: dict[str, dict] = field(default_factory=dict)
    contract: dict[str, dict] = field(default_factory=dict)

    def field_accuracy(self, name: str) -> float | None:
        results = self.fields.get(name)
        if not results:
            return None
        return sum(1 for _, expected, got in results if _same(name, expected, got)) / len(results)

    def mismatches(self, name: str) -> list[tuple[str, object, object]]:
        return [(f, e, g) for f, e, g in self.fields.get(name, []) if not _same(name, e, g)]

    def totals(self) -> dict:
        gold = sum(d["gold"] for d in self.facts.values())
        found = sum(d["found"] for d in self.facts.values())
        exact = sum(d["exact"] for d in self.facts.values())
        extracted = sum(d["extracted"] for d in self.facts.values())
        unlabelled = sum(d["unlabelled_metric"] for d in self.facts.values())
        matching = sum(d["matching_extracted"] for d in self.facts.values())
        return {
            "gold_facts": gold,
            "found": found,
            "found_with_unit_and_approx": exact,
            "extracted": extracted,
            "extracted_with_unlabelled_metric": unlabelled,
            "recall": found / gold if gold else None,
            "recall_exact": exact / gold if gold else None,
            "precision": matching / extracted if extracted else None,
            "contradictions": sum(len(d["contradictions"]) for d in self.facts.values()),
        }


def canonical_doc_number(value: str) -> str:
    m = BRACKETED_NUMBER.match(value.strip())
    return f"{m.group(1)}〔{m.group(2)}〕{m.group(3)}号" if m else value.strip()


def _same(name: str, expected, got) -> bool:
    if name == "cited_doc_numbers":
        return set(map(canonical_doc_number, expected or [])) <= set(got or [])
    if name == "doc_number" and expected and got:
        return canonical_doc_number(expected) == canonical_doc_number(got)
    return expected == got


def _documents_by_file(con: duckdb.DuckDBPyConnection) -> dict[str, dict]:
    rows = con.execute("""
        select s.source_path, r.record_no, d.*,
               (select count(*) from sections x where x.doc_id = d.doc_id and x.level = 1) as top_sections,
               (select list(distinct c.cited_number) from citations c
                 where c.doc_id = d.doc_id and c.cited_number is not null) as cited_doc_numbers
        from sources s
        left join source_records r on r.source_path = s.source_path
        join documents d on d.doc_id = coalesce(r.doc_id, s.doc_id)
    """).fetchdf()
    found = {}
    for row in rows.to_dict("records"):
        key = row["source_path"] + (
            f"#{int(row['record_no'])}" if row["record_no"] == row["record_no"] and row["record_no"] is not None else ""
        )
        found[key] = row
    return found


def _value(row: dict, name: str):
    value = row.get(name)
    if name == "cited_doc_numbers":
        return sorted(value) if value is not None and not isinstance(value, float) else []
    if value is None or pd.isna(value):
        return None
    if name == "publish_date":
        return str(value)[:10]
    if name in ("report_year", "top_sections"):
        return int(value)
    return value


def score(warehouse: Path, gold_path: Path) -> Scores:
    marts = next(warehouse.glob("*.duckdb"), None)
    if marts is None:
        raise FileNotFoundError(f"no .duckdb file in {warehouse}: run `gongkai run` first")
    con = duckdb.connect(str(marts), read_only=True)
    try:
        docs = _documents_by_file(con)
        # Gold files label what the narrative states; table-derived facts are checked against the table
        # fixtures' expected cells instead.
        all_facts = con.execute(
            "select doc_id, metric, value, unit, approx, quote, source, derived from facts"
        ).fetchdf()
    finally:
        con.close()
    facts_by_doc, all_facts_by_doc = defaultdict(list), defaultdict(list)
    for f in all_facts.to_dict("records"):
        all_facts_by_doc[f["doc_id"]].append(f)
        if f["source"] == "narrative":
            facts_by_doc[f["doc_id"]].append(f)

    scores = Scores()
    golds = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    # A gold file labels every count of the metrics it uses: precision is measured on those metrics.
    vocabulary = {f["metric"] for gold in golds for f in gold.get("facts", [])}
    for gold in golds:
        name = gold["file"]
        row = docs.get(name)
        for field_name in FIELDS:
            if field_name not in gold:
                continue
            expected = gold[field_name]
            got = _value(row, field_name) if row else "(no document)"
            if field_name == "agency" and expected is None and row and row.get("agency_inferred"):
                got = None  # an inferred agency where the text names none is what the contract asks for
            scores.fields[field_name].append((name, expected, got))
        if "facts" in gold:
            scores.facts[name] = _score_facts(
                gold["facts"], facts_by_doc.get(row["doc_id"], []) if row else [], vocabulary
            )
            scores.contract[name] = _score_contract(
                gold["facts"], all_facts_by_doc.get(row["doc_id"], []) if row else []
            )
    return scores


# ---- contract-vocabulary scores -----------------------------------------------------------------------------
CARRIERS = ("narrative", "pipe_table", "cell_lines", "glued_row", "statistics_table")
_QUOTE_NOISE = re.compile(r"[\s|｜]+")
# The pre-2019 statistics table: a label, its unit, then this year's and the cumulative value.
_STATISTICS_ROW = re.compile(r"(?:数|[^\S\n])(?:条|件|份|个|人|元|次|项)[^\S\n]*\d[\d \t.]*$")
_CELL_LINES = re.compile(r"\n\s*[\d.\-/—]+\s*(?:\n|$)")
_TRAILING_DIGITS = re.compile(r"(?<![\d.])(\d[\d ]*\d|\d)\s*$")


def contract_metric(metric: str) -> str:
    return METRIC_ALIASES.get(metric, metric)


def carrier(quote: str, value: float) -> str:
    """What carries a gold fact, read from its quote."""
    if "|" in quote or "｜" in quote:
        return "pipe_table"
    if _STATISTICS_ROW.search(quote.strip()):
        return "statistics_table"
    if _CELL_LINES.search(quote):
        return "cell_lines"
    m = _TRAILING_DIGITS.search(quote.rstrip())
    if m:
        run = m.group(1).replace(" ", "")
        written = f"{value:g}"
        if len(run) > len(written) or " " in m.group(1):
            return "glued_row"
    return "narrative"


@lru_cache(maxsize=65536)
def _comparable(quote: str) -> str:
    """A quote in the normalised text's terms: Simplified, domain phrases mapped, without spaces and pipes."""
    from collections import Counter

    from gongkai.tasks.document.normalize import fix_width, to_simplified

    return _QUOTE_NOISE.sub("", to_simplified(fix_width(quote, Counter()), Counter()))


def quotes_overlap(gold_quote: str, extracted_quote: str) -> bool:
    """The two quotes share text: one holds the other, or they share a run of 4 characters (all of the
    shorter when it is shorter than that)."""
    a, b = _comparable(gold_quote), _comparable(extracted_quote or "")
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    need = min(4, len(a), len(b))
    return any(a[i : i + need] in b for i in range(len(a) - need + 1))


def _score_contract(gold_facts: list[dict], extracted: list[dict]) -> dict:
    gold_values = defaultdict(set)
    for g in gold_facts:
        gold_values[contract_metric(g["metric"])].add(float(g["value"]))
    missing, found, captured, uncaptured = [], 0, 0, []
    in_vocabulary = 0
    for g in gold_facts:
        metric = contract_metric(g["metric"])
        value = float(g["value"])
        if any(abs(f["value"] - value) < 1e-6 and quotes_overlap(g["quote"], f["quote"]) for f in extracted):
            captured += 1
        else:
            uncaptured.append(g)
        if metric not in CONTRACT_METRICS:
            continue
        in_vocabulary += 1
        if any(f["metric"] == metric and abs(f["value"] - value) < 1e-6 for f in extracted):
            found += 1
        else:
            missing.append({**g, "metric": metric, "carrier": carrier(g["quote"], value)})
    ours = [f for f in extracted if f["metric"] in CONTRACT_METRICS]
    # The labels are the counts the text states; a sum we compute from them (`derived`) is neither confirmed
    # nor refuted by a missing label, so precision is over stated facts. A derived value that contradicts a
    # label still counts as a contradiction.
    stated = [f for f in ours if not f.get("derived")]
    right = [f for f in stated if float(f["value"]) in gold_values.get(f["metric"], ())]
    contradictions = [
        f for f in ours if f["metric"] in gold_values and float(f["value"]) not in gold_values[f["metric"]]
    ]
    # Facts of a metric the file labels at all (every fact of a file without labels): where the labels are
    # known to be complete.
    unlabelled = [f for f in stated if f["metric"] not in gold_values and gold_values]
    return {
        "gold": in_vocabulary,
        "found": found,
        "missing": missing,
        "all_gold": len(gold_facts),
        "captured": captured,
        "uncaptured": uncaptured,
        "extracted": len(stated),
        "derived": len(ours) - len(stated),
        "right": len(right),
        "contradictions": contradictions,
        "unlabelled_metric": unlabelled,
    }


def contract_totals(scores: Scores) -> dict:
    c = scores.contract.values()
    gold, found = sum(d["gold"] for d in c), sum(d["found"] for d in c)
    all_gold, captured = sum(d["all_gold"] for d in c), sum(d["captured"] for d in c)
    extracted, right = sum(d["extracted"] for d in c), sum(d["right"] for d in c)
    derived = sum(d["derived"] for d in c)
    unlabelled = sum(len(d["unlabelled_metric"]) for d in c)
    by_carrier: dict[str, int] = {name: 0 for name in CARRIERS}
    for d in c:
        for g in d["missing"]:
            by_carrier[g["carrier"]] += 1
    return {
        "gold_facts": gold,
        "found": found,
        "recall": found / gold if gold else None,
        "all_gold_facts": all_gold,
        "captured": captured,
        "value_capture": captured / all_gold if all_gold else None,
        "extracted": extracted,
        "derived": derived,
        "right": right,
        "precision": right / extracted if extracted else None,
        "precision_labelled_metrics": right / (extracted - unlabelled) if extracted > unlabelled else None,
        "contradictions": sum(len(d["contradictions"]) for d in c),
        "extracted_unlabelled_metric": unlabelled,
        "misses_by_carrier": by_carrier,
    }


def _score_facts(gold_facts: list[dict], extracted: list[dict], vocabulary: set[str]) -> dict:
    found = exact = 0
    missing = []
    for g in gold_facts:
        hits = [f for f in extracted if f["metric"] == g["metric"] and abs(f["value"] - g["value"]) < 1e-6]
        if hits:
            found += 1
            exact += any(f["unit"] == g["unit"] and bool(f["approx"]) == bool(g["approx"]) for f in hits)
        else:
            missing.append(g)
    gold_values = defaultdict(set)
    for g in gold_facts:
        gold_values[g["metric"]].add(float(g["value"]))
    labelled = [f for f in extracted if f["metric"] in vocabulary]
    matching = [f for f in labelled if f["value"] in gold_values.get(f["metric"], set())]
    contradictions = [f for f in extracted if f["metric"] in gold_values and f["value"] not in gold_values[f["metric"]]]
    return {
        "gold": len(gold_facts),
        "found": found,
        "exact": exact,
        "missing": missing,
        "extracted": len(labelled),
        "unlabelled_metric": len(extracted) - len(labelled),
        "matching_extracted": len(matching),
        "contradictions": contradictions,
    }


THRESHOLDS = {
    "contract_recall": lambda s: contract_totals(s)["recall"],
    "value_capture": lambda s: contract_totals(s)["value_capture"],
    "precision": lambda s: contract_totals(s)["precision"],
    "precision_labelled": lambda s: contract_totals(s)["precision_labelled_metrics"],
    "contradictions": lambda s: contract_totals(s)["contradictions"],
    "facts_recall": lambda s: s.totals()["recall"],
    "facts_precision": lambda s: s.totals()["precision"],
    "facts_contradictions": lambda s: s.totals()["contradictions"],
}
THRESHOLD = re.compile(r"^([a-z_]+)\s*(>=|<=|>|<|=)\s*(\d+(?:\.\d+)?)$")
COMPARISONS = {
    ">=": lambda a, b: a >= b - 1e-12,
    "<=": lambda a, b: a <= b + 1e-12,
    ">": lambda a, b: a > b,
    "<": lambda a, b: a < b,
    "=": lambda a, b: abs(a - b) < 1e-12,
}


def threshold_failures(scores: Scores, required: list[str]) -> list[str]:
    """The `NAME OP NUMBER` requirements that do not hold, and any requirement that is neither a threshold nor
    a name `failures` knows."""
    problems = []
    for requirement in required:
        m = THRESHOLD.match(requirement)
        if m is None:
            if requirement not in ("all", "facts", *FIELDS) and not requirement.startswith("facts@"):
                problems.append(f"unknown requirement {requirement!r}")
            continue
        name, op, bound = m.group(1), m.group(2), float(m.group(3))
        if name in THRESHOLDS:
            value = THRESHOLDS[name](scores)
        elif name in FIELDS:
            value = scores.field_accuracy(name)
        else:
            problems.append(f"unknown score {name!r} in {requirement!r} (known: {', '.join([*THRESHOLDS, *FIELDS])})")
            continue
        if value is None:
            problems.append(f"{name} has nothing to measure, required {op} {bound:g}")
        elif not COMPARISONS[op](value, bound):
            problems.append(f"{name} is {value:.4g}, required {op} {bound:g}")
    return problems


def failures(scores: Scores, required: list[str]) -> list[str]:
    problems = threshold_failures(scores, required)
    wanted_fields = FIELDS if "all" in required else [r for r in required if r in FIELDS]
    for name in wanted_fields:
        for file, expected, got in scores.mismatches(name):
            problems.append(f"{file}: {name} expected {expected!r}, got {got!r}")
    fact_files = (
        list(scores.facts)
        if ("all" in required or "facts" in required)
        else [r.split("@", 1)[1] for r in required if r.startswith("facts@")]
    )
    for file in fact_files:
        result = scores.facts.get(file)
        if result is None:
            problems.append(f"{file}: no gold facts for this file")
            continue
        for g in result["missing"]:
            problems.append(f"{file}: fact not found: {g['metric']} = {g['value']} {g['unit']} ({g['quote']})")
        for f in result["contradictions"]:
            problems.append(f"{file}: fact contradicts the gold: {f['metric']} = {f['value']} ({f['quote']})")
    return problems


def source_of(file: str) -> str:
    return file.split("-", 1)[0] if "-" in file else "(no prefix)"


def by_source(scores: Scores) -> dict[str, dict[str, float | None]]:
    """Per source (`source_of`): each field's accuracy and the contract facts' recall and value capture."""
    sources = sorted({source_of(file) for results in scores.fields.values() for file, _, _ in results})
    table = {}
    for source in sources:
        row: dict[str, float | None] = {}
        for name, results in scores.fields.items():
            own = [(f, e, g) for f, e, g in results if source_of(f) == source]
            row[name] = sum(_same(name, e, g) for _, e, g in own) / len(own) if own else None
        part = Scores(contract={f: d for f, d in scores.contract.items() if source_of(f) == source})
        totals = contract_totals(part)
        row["contract_recall"], row["value_capture"] = totals["recall"], totals["value_capture"]
        table[source] = row
    return table


def score_command(
    warehouse: Path, gold: Path, require: str, as_json: bool, misses: bool = False, per_source: bool = False
) -> int:
    try:
        scores = score(warehouse, gold)
    except FileNotFoundError as exc:
        print(f"gongkai score: {exc}", file=sys.stderr)
        return 64
    required = [r.strip() for r in require.split(",") if r.strip()]
    report = {
        "fields": {name: scores.field_accuracy(name) for name in FIELDS if name in scores.fields},
        "facts": scores.totals(),
        "contract_facts": contract_totals(scores),
    }
    if per_source:
        report["by_source"] = by_source(scores)
    if as_json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(f"scores of {warehouse} against {gold}")
        for name, accuracy in report["fields"].items():
            n = len(scores.fields[name])
            print(f"  {name:<18} {accuracy:7.1%}  ({n - len(scores.mismatches(name))}/{n})")
            for file, expected, got in scores.mismatches(name):
                print(f"      {file}: expected {expected!r}, got {got!r}")
        t = report["facts"]
        pct = lambda v: "n/a" if v is None else f"{v:.1%}"  # noqa: E731
        print(
            f"  facts: recall {pct(t['recall'])} ({t['found']}/{t['gold_facts']}), with unit+approx "
            f"{pct(t['recall_exact'])}, precision {pct(t['precision'])} ({t['extracted']} extracted), "
            f"contradictions {t['contradictions']}; {t['extracted_with_unlabelled_metric']} more facts have "
            "metrics the gold does not label"
        )
        c = report["contract_facts"]
        print(
            f"  contract facts: recall {pct(c['recall'])} ({c['found']}/{c['gold_facts']}), value capture "
            f"{pct(c['value_capture'])} ({c['captured']}/{c['all_gold_facts']}), precision {pct(c['precision'])} "
            f"({c['right']}/{c['extracted']} stated facts; {pct(c['precision_labelled_metrics'])} over the metrics "
            f"each file labels; {c['derived']} derived sums not scored), contradictions {c['contradictions']}"
        )
        print("  contract misses by carrier: " + ", ".join(f"{k} {v}" for k, v in c["misses_by_carrier"].items()))
        if per_source:
            columns = [name for name in FIELDS if name in scores.fields] + ["contract_recall", "value_capture"]
            print("  by source: " + "  ".join(f"{name[:12]:>12}" for name in columns))
            for source, row in report["by_source"].items():
                print(f"  {source:<10} " + "  ".join(f"{pct(row.get(name)):>12}" for name in columns))
        if misses:
            for file, d in scores.contract.items():
                for g in d["missing"]:
                    print(f"      miss {g['carrier']:<16} {file}: {g['metric']} = {g['value']:g} ({g['quote'][:60]!r})")
                for f in d["unlabelled_metric"]:
                    print(
                        f"      unlabelled       {file}: {f['metric']} = {f['value']:g} [{f['source']}] "
                        f"({str(f['quote'])[:60]!r})"
                    )
                for f in d["contradictions"]:
                    print(
                        f"      contradiction    {file}: {f['metric']} = {f['value']:g} [{f['source']}] "
                        f"({str(f['quote'])[:60]!r})"
                    )
    problems = failures(scores, required)
    for problem in problems:
        print(f"REQUIRED: {problem}", file=sys.stderr)
    return 1 if problems else 0
