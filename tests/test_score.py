"""`gongkai score --require` (field names and thresholds) and `--by source`, as pure functions over Scores."""

from gongkai.score import Scores, _score_contract, by_source, failures


def scores_of(found: int, gold: int, captured: int, right: int, extracted: int, contradictions: int) -> Scores:
    scores = Scores()
    scores.fields["doc_type"] = [("a.txt", "annual_report", "annual_report"), ("b.txt", "work_plan", "other")]
    scores.contract["a.txt"] = {
        "gold": gold,
        "found": found,
        "missing": [],
        "all_gold": gold * 2,
        "captured": captured,
        "uncaptured": [],
        "extracted": extracted,
        "derived": 0,
        "right": right,
        "contradictions": [{"metric": "applications_received", "value": 9}] * contradictions,
        "unlabelled_metric": [],
    }
    return scores


TARGETS = ["contract_recall>=0.90", "value_capture>=0.80", "precision>=0.95", "contradictions<=2"]


def test_thresholds_that_hold_pass():
    assert failures(scores_of(found=46, gold=50, captured=85, right=96, extracted=100, contradictions=2), TARGETS) == []


def test_each_threshold_that_fails_says_its_value_and_bound():
    problems = failures(scores_of(found=40, gold=50, captured=70, right=90, extracted=100, contradictions=3), TARGETS)
    assert problems == [
        "contract_recall is 0.8, required >= 0.9",
        "value_capture is 0.7, required >= 0.8",
        "precision is 0.9, required >= 0.95",
        "contradictions is 3, required <= 2",
    ]


def test_a_field_accuracy_threshold_and_field_names_mix():
    scores = scores_of(found=50, gold=50, captured=100, right=1, extracted=1, contradictions=0)
    assert failures(scores, ["doc_type>=0.5"]) == []
    assert failures(scores, ["doc_type>=0.6"]) == ["doc_type is 0.5, required >= 0.6"]
    assert failures(scores, ["doc_type"]) == ["b.txt: doc_type expected 'work_plan', got 'other'"]


def test_an_unknown_requirement_fails_rather_than_passing_silently():
    scores = scores_of(found=50, gold=50, captured=100, right=1, extracted=1, contradictions=0)
    assert failures(scores, ["recal>=0.9"])[0].startswith("unknown score 'recal'")
    assert failures(scores, ["doctype"]) == ["unknown requirement 'doctype'"]


def test_a_rate_with_nothing_to_measure_fails():
    assert failures(scores_of(0, 0, 0, 0, 0, 0), ["precision>=0.95"]) == [
        "precision has nothing to measure, required >= 0.95"
    ]


def scores() -> Scores:
    result = Scores()
    for file, expected, got in [
        ("pt-1.txt", "annual_report", "annual_report"),
        ("pt-2.txt", "work_plan", "other"),
        ("ot-1.txt", "other", "other"),
        ("ot-2.txt", "annual_report", "annual_report"),
    ]:
        result.fields["doc_type"].append((file, expected, got))
    return result


def test_a_field_name_alone_still_requires_every_document():
    assert failures(scores(), ["doc_type"]) == ["pt-2.txt: doc_type expected 'work_plan', got 'other'"]


def test_scores_by_source_show_which_portal_misses():
    table = by_source(scores())
    assert table["pt"]["doc_type"] == 0.5 and table["ot"]["doc_type"] == 1.0


def test_precision_is_over_stated_facts_and_a_derived_sum_still_can_contradict():
    gold = [{"metric": "applications_received", "value": 12, "quote": "一、本年新收政府信息公开申请数量12"}]

    def fact(metric: str, value: float, derived: bool) -> dict:
        return {"metric": metric, "value": value, "quote": "…", "derived": derived}

    scored = _score_contract(
        gold,
        [
            fact("applications_received", 12, False),
            fact("applications_denied", 3, True),  # a sum of reason rows: no label can judge it
            fact("applications_received", 13, True),  # a sum that disagrees with a stated label
        ],
    )
    assert (scored["right"], scored["extracted"], scored["derived"]) == (1, 1, 2)
    assert [f["value"] for f in scored["contradictions"]] == [13]
