"""The scorer's requirements and per-source breakdown, on hand-made scores."""

from gongkai.score import Scores, by_source, failures


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


def test_a_threshold_holds_or_names_the_score_and_the_bound():
    assert failures(scores(), ["doc_type>=0.75"]) == []
    assert failures(scores(), ["doc_type>=0.97"]) == ["doc_type is 0.75, required >= 0.97"]
    assert failures(scores(), ["recal>=0.9"]) == ["recal>=0.9: no such score"]


def test_a_field_name_alone_still_requires_every_document():
    assert failures(scores(), ["doc_type"]) == ["pt-2.txt: doc_type expected 'work_plan', got 'other'"]


def test_scores_by_source_show_which_portal_misses():
    table = by_source(scores())
    assert table["pt"]["doc_type"] == 0.5 and table["ot"]["doc_type"] == 1.0
