"""Outlet: agency tag > source line > photo credit > byline > copyright; cased as written."""

from __future__ import annotations

from newsdossier.article import Article
from newsdossier.clean import clean
from newsdossier.clean.outlet import AGENCY, COPYRIGHT, CREDIT, choose_outlet, copyright_holder


def test_clean_outlet_agency_beats_copyright() -> None:
    assert choose_outlet([(COPYRIGHT, "Harbour Post"), (AGENCY, "CNA")], "") == "CNA"


def test_clean_outlet_most_named_among_equals() -> None:
    candidates = [(CREDIT, "AFP"), (CREDIT, "Harbour Post"), (CREDIT, "Harbour Post")]
    assert choose_outlet(candidates, "") == "Harbour Post"


def test_clean_outlet_casing_follows_the_text() -> None:
    text = "The Harbour Post reported it first. HARBOUR POST"
    assert choose_outlet([(AGENCY, "HARBOUR POST")], text) == "Harbour Post"
    assert choose_outlet([(AGENCY, "CNA")], text) == "CNA"


def test_clean_outlet_copyright_holder() -> None:
    assert copyright_holder("© 2026 The Northern Ledger. All rights reserved.") == (
        "The Northern Ledger"
    )
    assert copyright_holder("Copyright 2024, Pacific Wire Service") == "Pacific Wire Service"
    assert copyright_holder("© All rights reserved.") is None


def test_clean_outlet_none_without_evidence() -> None:
    article = clean(Article(id="t", source="t", raw_text="The council met on Monday.\n"))
    assert article.outlet is None
