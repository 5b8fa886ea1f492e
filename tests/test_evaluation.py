"""The shared scorer follows the article-extraction-benchmark metric."""

import pytest

from newsclean.evaluation import aggregate, match_counts, page_f1


def test_identical_and_disjoint():
    assert match_counts("one two three four five", "one two three four five") == (1.0, 0.0, 0.0)
    assert page_f1("one two three four five", "six seven eight nine ten") == 0.0


def test_partial_overlap_is_normalised():
    tp, fp, fn = match_counts("a b c d e f", "a b c d x y")
    assert tp + fp + fn == pytest.approx(1.0)
    assert tp > 0 and fp > 0 and fn > 0


def test_aggregate_is_f1_of_mean_precision_and_recall():
    s = aggregate([(0.5, 0.5, 0.0), (0.5, 0.0, 0.5)])
    assert s.precision == pytest.approx(0.75)
    assert s.recall == pytest.approx(0.75)
    assert s.f1 == pytest.approx(0.75)


def test_empty_prediction_has_no_precision_term():
    s = aggregate([(0.0, 0.0, 1.0)])
    assert s.recall == 0.0 and s.f1 == 0.0


def test_metadata_reports_answers_given_and_wrong_beside_accuracy():
    from types import SimpleNamespace

    from newsclean.benchmark import Tally

    tally = Tally()
    pages = [
        ("Jane Doe", {"gold_author": "Jane Doe"}),  # right
        ("John Roe", {"gold_author": "Jane Doe"}),  # given, wrong
        ("", {"gold_author": "Jane Doe"}),  # none given
        ("Ann Lee", {}),  # no gold: not counted
    ]
    for k, (authors, meta) in enumerate(pages):
        tally.add(SimpleNamespace(meta=meta, gold=None, page_id=str(k)), "", None, None, authors)
    author = tally.summary("x", bootstrap_n=0)["metadata"]["author"]
    assert author == {"accuracy": 1 / 3, "pages": 3, "given": 2, "wrong": 1, "precision": 0.5}
