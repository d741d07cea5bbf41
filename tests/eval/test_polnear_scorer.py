"""The PolNeAR scorer: brat reading, matching rules, speech filter and units."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eval.corpora import iter_polnear
from eval.polnear import Score, Unit, match, read_ann, score_article, units_of

from newsdossier.article import Article, Statement, TextSpan
from newsdossier.record import export_record

TEXT = 'Ann Lee said "the dam will hold" and the river rose, Bob Ray wrote.'

ANN = """T1\tSource 0 7\tAnn Lee
T2\tCue 8 12\tsaid
T3\tContent 13 32\t"the dam will hold"
T4\tAttribution 8 12\tsaid
E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
T5\tSource 53 60\tBob Ray
T6\tCue 61 66\twrote
T7\tContent 0 12;37 51\tAnn Lee said the river rose
T8\tAttribution 61 66\twrote
E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7
"""


def test_eval_polnear_reads_discontinuous_spans(tmp_path: Path) -> None:
    path = tmp_path / "doc_abcd.ann"
    path.write_text(ANN, encoding="utf-8")
    units = read_ann(path)
    assert units[0] == Unit(((0, 7),), ((8, 12),), ((13, 32),))
    assert units[1].content == ((0, 12), (37, 51))


def test_eval_polnear_fragments_in_text_order(tmp_path: Path) -> None:
    """A span whose fragments the file lists out of order is read in text order, so its
    outer extent (what the exact match compares) is not empty."""
    path = tmp_path / "doc_abcd.ann"
    path.write_text(ANN.replace("Content 0 12;37 51", "Content 37 51;0 12"), encoding="utf-8")
    assert read_ann(path)[1].content == ((0, 12), (37, 51))
    assert match([read_ann(path)[1].content], [((0, 51),)], TEXT, "exact") == 1


def test_eval_polnear_exact_ignores_edge_punctuation_and_quote_marks() -> None:
    gold = [((13, 32),)]
    assert match(gold, [((14, 31),)], TEXT, "exact") == 1
    assert match(gold, [((14, 25),)], TEXT, "exact") == 0
    assert match(gold, [((14, 25),)], TEXT, "overlap") == 1


def test_eval_polnear_matching_is_one_to_one() -> None:
    gold = [((0, 12),)]
    assert match(gold, [((0, 7),), ((0, 12),)], TEXT, "overlap") == 1


def test_eval_polnear_ignores_predictions_on_excluded_attributions() -> None:
    gold = [Unit(((0, 7),), ((8, 12),), ((13, 32),))]
    excluded = [Unit(((53, 60),), ((61, 66),), ((37, 51),))]
    pred = [Unit(((0, 7),), ((8, 12),), ((13, 32),)), Unit(None, None, ((37, 51),))]
    score = Score()
    score_article(score, gold, excluded, pred, TEXT)
    content = score.counts[("content", "exact")]
    assert (content.matched, content.predicted, content.gold) == (1, 1, 1)


def _exported(*statements: Statement) -> list[dict[str, Any]]:
    article = Article(id="x", source="x", body=TEXT, statements=statements)
    exported: list[dict[str, Any]] = export_record(article)["statements"]
    return exported


def test_eval_polnear_split_quote_halves_form_one_unit() -> None:
    said = TextSpan(8, 12, "said")
    halves = _exported(
        Statement("a", 0, 5, "direct", cue=said, cue_lemma="say"),
        Statement("b", 13, 20, "direct", cue=said, cue_lemma="say"),
    )
    (unit,) = units_of(halves, TEXT)
    assert unit.content == ((0, 5), (13, 20))
    assert unit.cue == ((8, 12),)


def test_eval_polnear_units_come_from_the_exported_spans() -> None:
    (unit,) = units_of(
        _exported(
            Statement(
                TEXT[13:32],
                13,
                32,
                "direct",
                source=TextSpan(0, 7, "Ann Lee"),
                cue=TextSpan(8, 12, "said"),
                cue_lemma="say",
            )
        ),
        TEXT,
    )
    assert unit == Unit(((0, 7),), ((8, 12),), ((13, 32),))
    score = Score()
    gold = [Unit(((0, 7),), ((8, 12),), ((13, 32),))]
    score_article(score, gold, [], [unit], TEXT)
    for role in ("source", "cue", "content"):
        assert score.counts[(role, "exact")].matched == 1


def test_eval_polnear_a_source_outside_the_body_is_not_scored() -> None:
    (unit,) = units_of(
        _exported(Statement("a", 13, 32, "direct", source=TextSpan(0, 3, "Ann", "title"))),
        TEXT,
    )
    assert unit.source is None


def test_eval_polnear_dev_files_parse(shared: Path) -> None:
    texts = list(iter_polnear("dev"))
    assert len(texts) == 84
    first = next(t for t in texts if t.annotations)
    units = read_ann(sorted(first.annotations)[0])
    assert units
    for unit in units:
        for frags in (unit.source, unit.cue, unit.content):
            for a, b in frags or ():
                assert 0 <= a < b <= len(first.text)
