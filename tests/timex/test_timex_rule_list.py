"""The timex rules as data: one object per rule, each with a pattern and a resolver."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest

from newsdossier.lang.intervals import add_months
from newsdossier.timex import normalize_expressions
from newsdossier.timex.patterns import RULES, find_candidates
from newsdossier.timex.rule import TimexRule
from newsdossier.timex.rules_calendar import year

TIMEX_DIR = Path(__file__).resolve().parents[2] / "src" / "newsdossier" / "timex"
#: The rules in priority order (an earlier rule wins a tie), as before rules became data.
PRIORITY = [
    "iso",
    "slash",
    "mdy",
    "dmy",
    "md",
    "dm",
    "md_range",
    "month_year",
    "month",
    "year",
    "year_range",
    "decade",
    "decade_word",
    "spelled_year",
    "year_end",
    "period",
    "holiday",
    "century",
    "quarter",
    "quarter_year",
    "year_ago_adj",
    "qcode",
    "half",
    "season",
    "deictic",
    "deictic2",
    "part_rel",
    "weekday",
    "weekday_set",
    "unit_rel",
    "unit_before",
    "ago",
    "ago_bare",
    "dur_adj",
    "unit_long",
    "duration",
    "for_plural",
    "vague_plural",
    "set_word",
    "every",
    "freq",
    "ref",
    "time",
    "time24",
    "noon",
]


def test_timex_rules_have_a_pattern_a_resolver_and_unique_names() -> None:
    names = [rule.name for rule in RULES]
    assert names == PRIORITY
    assert len(set(names)) == len(names)
    for rule in RULES:
        assert isinstance(rule, TimexRule)
        assert isinstance(rule.pattern, re.Pattern)
        assert rule.pattern.flags & re.IGNORECASE
        assert callable(rule.resolve)


def test_timex_rule_cannot_lack_a_resolver() -> None:
    with pytest.raises(TypeError):
        TimexRule("orphan", re.compile("x"))  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="no resolver"):
        TimexRule("orphan", re.compile("x"), None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="name"):
        TimexRule("", re.compile("x"), year)


def test_timex_candidates_carry_their_rule() -> None:
    (cand,) = find_candidates("It closed in 1998.")
    assert cand.name == "year"
    assert cand.rule is next(r for r in RULES if r.name == "year")
    assert (cand.start, cand.end) == (13, 17)


def test_timex_has_no_import_inside_a_function_and_no_long_function() -> None:
    for path in TIMEX_DIR.glob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.If):
                assert "TYPE_CHECKING" not in ast.unparse(node.test), path.name
            if not isinstance(node, ast.FunctionDef):
                continue
            assert node.end_lineno is not None
            assert node.end_lineno - node.lineno < 60, (path.name, node.name)
            imports = [n for n in ast.walk(node) if isinstance(n, ast.Import | ast.ImportFrom)]
            assert not imports, (path.name, node.name)


def test_timex_holidays_do_not_import_the_patterns() -> None:
    tree = ast.parse((TIMEX_DIR / "holidays.py").read_text("utf-8"))
    modules = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert "newsdossier.timex.patterns" not in modules


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Easter 2024", "2024-03-31"),
        ("Easter 2025", "2025-04-20"),
        ("Good Friday 2025", "2025-04-18"),
        ("Easter Monday 2038", "2038-04-26"),
        ("Thanksgiving 2025", "2025-11-27"),
        ("Election Day 2024", "2024-11-05"),
        ("Election Day 2026", "2026-11-03"),
        ("Labor Day 2025", "2025-09-01"),
        ("Memorial Day 2025", "2025-05-26"),
        ("Memorial Day 2027", "2027-05-31"),
    ],
)
def test_timex_movable_holidays(text: str, value: str) -> None:
    assert [t.value for t in normalize_expressions(f"We met on {text}.", None)] == [value]


def test_timex_add_months_clamps_day_and_year() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2025, 3, 31), -1) == date(2025, 2, 28)
    assert add_months(date(2025, 5, 15), -17) == date(2023, 12, 15)
    assert add_months(date(9999, 6, 30), 24) == date(9999, 6, 30)
    assert add_months(date(1, 3, 31), -24) == date(1, 3, 31)


@pytest.mark.parametrize(
    ("text", "anchor", "value", "mod"),
    [
        ("the nineties", date(2026, 2, 26), "199", None),
        ("the twenties", date(2026, 2, 26), "202", None),
        ("the late eighties", date(2026, 2, 26), "198", "END"),
        ("the twenties", date(2015, 6, 1), "192", None),
        ("the twenties", date(2020, 1, 1), "202", None),
        ("the twenties", None, "192", None),
        ("the nineties", None, "199", None),
    ],
)
def test_timex_decade_word_is_the_latest_begun_by_the_anchor(
    text: str, anchor: date | None, value: str, mod: str | None
) -> None:
    (found,) = normalize_expressions(f"Crime fell in {text}.", anchor)
    assert (found.text, found.value, found.mod) == (text, value, mod)
