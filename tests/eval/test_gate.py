"""The quality gate: today's figures on the gold sets may not fall below ``eval/floors.json``.

The corpora are read in place from ``../shared`` (the ``shared`` fixture fails, not skips,
when ``CI`` is set and it is missing). Floors are raised with ``python -m eval.gate --write``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from eval.gate import (
    METRICS,
    SLACK,
    Floor,
    clean_figures,
    floor_for,
    gap_figures,
    html_figures,
    load_floors,
    polnear_figures,
    seeds_figures,
    shortfalls,
    timeml_figures,
    write_floors,
)


@pytest.fixture(scope="module")
def floors() -> dict[str, Floor]:
    """The pinned floors."""
    return load_floors()


def test_gate_seed_gold(shared: Path, floors: dict[str, Floor]) -> None:
    assert shortfalls(seeds_figures(shared), floors) == []


def test_gate_polnear_dev(shared: Path, nlp: Any, floors: dict[str, Floor]) -> None:
    assert shortfalls(polnear_figures(nlp), floors) == []


def test_gate_timeml_value(shared: Path, nlp: Any, floors: dict[str, Floor]) -> None:
    assert shortfalls(timeml_figures(nlp), floors) == []


def test_gate_cleaning_never_drops_a_sentence(shared: Path, floors: dict[str, Floor]) -> None:
    figures = clean_figures(shared)
    assert figures == {"clean.kept_sentence_rate": 1.0}
    assert shortfalls(figures, floors) == []


def test_gate_html_extraction(shared: Path, floors: dict[str, Floor]) -> None:
    figures = html_figures(shared)
    assert figures["html.fundus.no_loss_rate"] == 1.0
    assert figures["html.fundus.margin_over_trafilatura"] > 0  # body F1 above trafilatura's
    assert shortfalls(figures, floors) == []


def test_gate_gap_validation_coreference(
    shared: Path, nlp: Any, floors: dict[str, Floor], tmp_path: Path
) -> None:
    figures = gap_figures(nlp, tmp_path)
    assert set(figures) == {"gap.validation.f1", "gap.validation.bias"}
    assert (tmp_path / "gap-validation.predictions.tsv").is_file()
    assert shortfalls(figures, floors) == []


def test_gate_every_metric_has_a_floor_close_to_its_figure(floors: dict[str, Floor]) -> None:
    assert set(floors) == set(METRICS)
    for name, pinned in floors.items():
        assert 0.0 < pinned.floor <= pinned.figure <= 1.0, name
        assert pinned.figure - pinned.floor <= SLACK + 1e-9, (name, "floor lowered silently")


def test_gate_shortfalls_flag_drops_stale_floors_and_missing_floors() -> None:
    floors = {"a": Floor(0.80, 0.805), "b": Floor(0.50, 0.505)}
    assert shortfalls({"a": 0.80, "b": 0.52}, floors) == []
    below, stale, missing = shortfalls({"a": 0.79, "b": 0.53, "c": 0.1}, floors)
    assert below.startswith("a:")
    assert "below" in below
    assert stale.startswith("b:")
    assert "raise" in stale
    assert missing.startswith("c:")
    assert "no floor" in missing


def test_gate_write_never_lowers_a_floor_silently(tmp_path: Path) -> None:
    path = tmp_path / "floors.json"
    write_floors({"a": 0.80, "b": 0.50}, path)
    assert load_floors(path)["a"] == Floor(0.795, 0.8)
    write_floors({"a": 0.81, "b": 0.50}, path)
    assert load_floors(path)["a"].floor == 0.805
    write_floors({"a": 0.806, "b": 0.50}, path)  # still passes: the floor stays, not 0.801
    assert load_floors(path)["a"] == Floor(0.805, 0.806)
    with pytest.raises(SystemExit, match="refusing to lower the floor of a"):
        write_floors({"a": 0.79, "b": 0.50}, path)
    assert load_floors(path)["a"].floor == 0.805
    write_floors({"a": 0.79, "b": 0.50}, path, allow_lower=True)
    assert load_floors(path)["a"].floor == 0.785


def test_gate_margin_over_trafilatura_floor_never_allows_falling_behind() -> None:
    assert floor_for("html.fundus.margin_over_trafilatura", 0.0038) == 0.001
    assert floor_for("html.fundus.margin_over_trafilatura", 0.03) == 0.025
    assert shortfalls(
        {"html.fundus.margin_over_trafilatura": 0.0},
        {"html.fundus.margin_over_trafilatura": Floor(0.001, 0.0038)},
    )
