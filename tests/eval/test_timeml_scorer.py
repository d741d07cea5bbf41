"""The TempEval-3 scorer on a hand-made example."""

from __future__ import annotations

import pytest
from eval.timeml import Counts, Span, count_document, dct_date, scores


def test_eval_timeml_counts_strict_relaxed_value_and_type() -> None:
    gold = [
        Span(0, 6, "DATE", "2025-04-28"),  # exact match, right value
        Span(10, 19, "DATE", "2024"),  # overlapped by a longer system span, right value
        Span(30, 39, "DURATION", "P3D"),  # overlapped, wrong value and type
        Span(50, 55, "DATE", "2005"),  # missed
    ]
    system = [
        Span(0, 6, "DATE", "2025-04-28"),
        Span(5, 19, "DATE", "2024"),  # overlaps gold 0 and 1; one-to-one gives it to gold 1
        Span(32, 39, "DATE", "2025-04-27"),
        Span(60, 64, "SET", "P1D"),  # spurious
    ]
    counts = count_document(gold, system)
    assert counts == Counts(gold=4, system=4, strict=1, relaxed=3, value=2, type=2)
    result = scores(counts)
    assert result.strict == pytest.approx((0.25, 0.25, 0.25))
    assert result.relaxed == pytest.approx((0.75, 0.75, 0.75))
    assert result.value == pytest.approx((0.5, 0.5, 0.5))


def test_eval_timeml_empty_system_scores_zero() -> None:
    result = scores(count_document([Span(0, 4, "DATE", "2024")], []))
    assert result.relaxed == (0.0, 0.0, 0.0)


def test_eval_timeml_counts_add_up() -> None:
    total = Counts(1, 2, 1, 1, 1, 1) + Counts(3, 1, 0, 1, 0, 1)
    assert total == Counts(4, 3, 1, 2, 1, 2)


def test_eval_timeml_dct_forms() -> None:
    assert dct_date("1998-02-27T08:17:00").isoformat() == "1998-02-27"
    assert dct_date("19980227").isoformat() == "1998-02-27"


def test_eval_timeml_dateparser_baseline_maps_to_offsets() -> None:
    from eval.corpora import TimemlDocument
    from eval.timeml import dateparser_spans

    text = "The plant opened on March 5, 2020 and closed on June 9, 2021."
    doc = TimemlDocument("t", "test", text, "2022-01-01", ())
    spans = dateparser_spans(doc)
    assert spans
    values = {s.value for s in spans}
    assert {"2020-03-05", "2021-06-09"} <= values
    for span in spans:
        assert span.type == "DATE"
        assert text[span.start : span.end].strip()


def test_eval_timeml_newsdossier_keeps_timeml_extents() -> None:
    from eval.corpora import TimemlDocument
    from eval.timeml import newsdossier_spans

    text = "She led it from 2022 to 2024 and has chaired it since 2005."
    doc = TimemlDocument("t", "test", text, "2025-04-28", ())
    assert [text[s.start : s.end] for s in newsdossier_spans(doc)] == ["2022", "2024", "2005"]
