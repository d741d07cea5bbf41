"""Statements are shown as the article gave them: quotation marks only around quoted words.

A direct quote keeps its own marks (never a second pair) or gets one pair; a paraphrase
(kind ``indirect``) never gets marks and is labelled as such; a mixed statement marks only
the words inside its own marks. The date filters' placeholders are hints, not values.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator

import pytest
from starlette.exceptions import StarletteDeprecationWarning

from newsdossier.api import create_app
from newsdossier.article import Article, Sentence, Statement
from newsdossier.store import Store
from newsdossier.ui.said import said
from tests.helpers.prolific import build_prolific

with warnings.catch_warnings():  # starlette asks for httpx2, which is not pinned here
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

SAILOR_QUOTE = "“Promise mama, I will come home before the storm,”"
SAILOR = f"{SAILOR_QUOTE} the sailor told reporters on the quay."


def _sailor() -> Article:
    start = SAILOR.index(SAILOR_QUOTE)
    statement = Statement(
        SAILOR_QUOTE, start, start + len(SAILOR_QUOTE), "direct", None, "the sailor",
        cue_lemma="tell", date="2024-01-05",
    )  # fmt: skip
    return Article(
        id="sailor", source="sailor.txt", body=SAILOR, published="2024-01-05",
        outlet="Quay News", sentences=(Sentence(0, len(SAILOR)),), statements=(statement,),
    )  # fmt: skip


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = build_prolific(tmp_path_factory.mktemp("render") / "r.db", 2)
    with Store(db) as store:
        store.add(_sailor(), pipeline="test")
    with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
        yield client


def _items(html: str) -> list[str]:
    said = r'<span class="said [a-z]+">.*?</span>'
    return re.findall(said + r'(?: <span class="kind"[^>]*>\w+</span>)?(?=\n)', html)


def test_ui_direct_quote_keeps_its_own_marks(client: TestClient) -> None:
    html = client.get("/statements", params={"outlet": "Quay News"}).text
    (item,) = _items(html)
    assert "Promise mama" in item
    assert item.count("“") == 1  # its own pair, no second one
    assert item.count("”") == 1
    assert "<q>" not in html


def test_ui_direct_quote_without_marks_gets_one_pair(client: TestClient) -> None:
    html = client.get("/statements", params={"speaker": "Mara Quist"}).text
    direct = [i for i in _items(html) if 'class="said direct"' in i]
    assert len(direct) == 2
    for item in direct:
        assert re.search(r'">“<span class="quoted">We will rebuild .*,</span>”</span>', item)


def test_ui_paraphrase_has_no_quotation_marks(client: TestClient) -> None:
    html = client.get("/statements", params={"speaker": "Mara Quist"}).text
    indirect = [i for i in _items(html) if 'class="said indirect"' in i]
    assert len(indirect) == 2
    for item in indirect:
        assert not set(re.sub(r"<[^>]+>", "", item)) & set('“”"«»')
        assert "quoted" not in item
        assert item.endswith(">paraphrase</span>")


def test_ui_mixed_statement_marks_only_the_quoted_words(client: TestClient) -> None:
    html = client.get("/statements", params={"about": "Mara Quist"}).text
    mixed = [i for i in _items(html) if 'class="said mixed"' in i]
    assert len(mixed) == 2
    for item in mixed:
        assert re.findall(r'<span class="quoted">(.*?)</span>', item) == ["&#34;long overdue&#34;"]
        assert ">Quist had called wall" in item  # the paraphrase around them is plain


def test_ui_date_filters_show_hints_not_values(client: TestClient) -> None:
    html = client.get("/statements").text
    for name in ("since", "until"):
        tag = re.search(rf'<input name="{name}"[^>]*>', html)
        assert tag is not None
        assert 'value=""' in tag[0]
        assert 'placeholder="YYYY-MM-DD"' in tag[0]
    css = client.get("/static/app.css").text
    assert re.search(r"::placeholder\s*{[^}]*color", css)


@pytest.mark.parametrize(
    ("text", "kind", "shown"),
    [
        ("“Promise mama,”", "direct", "“Promise mama,”"),
        ("Promise mama,", "direct", "“Promise mama,”"),
        ('"Ready," he added, "for anything"', "direct", '"Ready," he added, "for anything"'),
        ("the talks would resume", "indirect", "the talks would resume"),
        ('it was "long overdue" now', "mixed", 'it was "long overdue" now'),
    ],
)
def test_ui_said_never_doubles_marks(text: str, kind: str, shown: str) -> None:
    w = said(text, kind)
    assert ("“" if w.marks else "") + "".join(p.text for p in w.parts) + (
        "”" if w.marks else ""
    ) == shown
