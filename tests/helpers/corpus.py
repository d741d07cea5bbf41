"""A small hand-made corpus (invented text) for the query, report, API and UI tests.

`build_corpus` writes three articles through the real `Store.add`: two about the same
minister in two outlets, and one whose title and text carry script and markup, to check
that untrusted article text stays inert everywhere it is shown.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from newsdossier.article import (
    Article,
    Entity,
    Event,
    Mention,
    Participant,
    Relation,
    Role,
    Sentence,
    Speaker,
    Statement,
    Timex,
)
from newsdossier.store import Store

HOSTILE_TITLE = '<script>window.__xss = 1</script> Ruiz <img src=x onerror="window.__xss=2">'
HOSTILE_QUOTE = '<img src=x onerror="window.__xss=3"> is not a policy'


def _at(body: str, text: str, nth: int = 0) -> tuple[int, int]:
    starts = [m.start() for m in re.finditer(re.escape(text), body)]
    return starts[nth], starts[nth] + len(text)


def _sentences(body: str) -> tuple[Sentence, ...]:
    return tuple(Sentence(m.start(), m.end()) for m in re.finditer(r"[^\n.!?]+[.!?]?\"?", body))


def _entity(body: str, eid: str, name: str, etype: str, surfaces: tuple[str, ...]) -> Entity:
    mentions = []
    for surface in dict.fromkeys((name, *surfaces)):
        for m in re.finditer(re.escape(surface), body):
            inside = any(x.start <= m.start() < x.end for x in mentions)
            if not inside:
                mentions.append(Mention(m.start(), m.end(), surface, etype))
    mentions.sort(key=lambda x: x.start)
    aliases = tuple(s for s in surfaces if s != name)
    return Entity(eid, name, etype, aliases, tuple(mentions), (etype,))


def _role(body: str, eid: str, person: str, title: str, phrase: str, **kw: Any) -> Role:
    start, end = _at(body, phrase)
    return Role(eid, person, title, start_char=start, end_char=end, **kw)


def _statement(body: str, text: str, speaker: tuple[str, str] | None, date: str) -> Statement:
    start, end = _at(body, text)
    who = Speaker(*speaker) if speaker else None
    return Statement(text, start, end, "direct", who, None if who else "officials", cue_lemma="say",
                     date=date)  # fmt: skip


BODY_1 = (
    "Minister Ana Ruiz visited Lisbon on Monday. "
    '"The visit went well," Ruiz said.\n'
    "Ruiz met Prime Minister Tomas Berg (托馬斯) in Lisbon. "
    '"We will sign the pact next year," Berg said.'
)
BODY_2 = (
    "Former minister Ana Ruiz criticised Berg on Tuesday. "
    '"Tomas Berg has broken his word on the pact," Ruiz said.\n'
    "The Lisbon Pact binds Portugal to defend Lisbon."
)


def article_one() -> Article:
    """A visit, two statements, a role, a date."""
    b = BODY_1
    ruiz = _entity(b, "e0", "Ana Ruiz", "PERSON", ("Ruiz",))
    berg = _entity(b, "e1", "Tomas Berg", "PERSON", ("Berg", "托馬斯"))
    lisbon = _entity(b, "e2", "Lisbon", "GPE", ())
    s_visit = _at(b, "Minister Ana Ruiz visited Lisbon on Monday.")
    return Article(
        id="doc-one", source="one.txt", body=b, published="2024-06-04", outlet="Wire",
        title="Ruiz visits Lisbon", caption="Ana Ruiz in Lisbon. Photo: Wire",
        removed=("Read more: other stories",), sentences=_sentences(b),
        entities=(ruiz, berg, lisbon),
        timexes=(Timex("Monday", *_at(b, "Monday"), "DATE", "2024-06-03"),),
        statements=(
            _statement(b, "The visit went well,", ("e0", "Ana Ruiz"), "2024-06-04"),
            _statement(b, "We will sign the pact next year,", ("e1", "Tomas Berg"), "2024-06-04"),
        ),
        roles=(
            _role(b, "e0", "Ana Ruiz", "Minister", "Minister Ana Ruiz", as_of="2024-06-04"),
            _role(b, "e1", "Tomas Berg", "Prime Minister", "Prime Minister Tomas Berg",
                  as_of="2024-06-04"),
        ),
        events=(
            Event("visit", "visited", "2024-06-03",
                  participants=(Participant("e0", "Ana Ruiz", "who"),
                                Participant("e2", "Lisbon", "where")),
                  sentence=b[s_visit[0] : s_visit[1]], start=s_visit[0], end=s_visit[1]),
        ),
    )  # fmt: skip


def article_two() -> Article:
    """A statement about another person, a former role, a relation."""
    b = BODY_2
    ruiz = _entity(b, "e0", "Ana Ruiz", "PERSON", ("Ruiz",))
    berg = _entity(b, "e1", "Tomas Berg", "PERSON", ("Berg",))
    pact = _entity(b, "e2", "Lisbon Pact", "LAW", ())
    portugal = _entity(b, "e3", "Portugal", "GPE", ())
    lisbon = _entity(b, "e4", "Lisbon", "GPE", ())
    outside = tuple(
        m for m in lisbon.mentions if not any(p.start <= m.start < p.end for p in pact.mentions)
    )
    lisbon = Entity("e4", "Lisbon", "GPE", (), outside)
    rel = _at(b, "The Lisbon Pact binds Portugal to defend Lisbon.")
    return Article(
        id="doc-two", source="two.txt", body=b, published="2024-07-10", outlet="Herald",
        title="Ruiz criticises Berg", sentences=_sentences(b),
        entities=(ruiz, berg, pact, portugal, lisbon),
        timexes=(Timex("Tuesday", *_at(b, "Tuesday"), "DATE", "2024-07-09"),),
        statements=(
            _statement(b, "Tomas Berg has broken his word on the pact,", ("e0", "Ana Ruiz"),
                       "2024-07-09"),
        ),
        roles=(_role(b, "e0", "Ana Ruiz", "minister", "Former minister Ana Ruiz",
                     former=True, as_of="2024-07-10"),),
        relations=(
            Relation("treaty", Participant("e3", "Portugal"), Participant("e4", "Lisbon"),
                     start="2020", sentence=b[rel[0] : rel[1]], start_char=rel[0],
                     end_char=rel[1]),
        ),
    )  # fmt: skip


def hostile_article() -> Article:
    """Script and markup in the title, the body, a caption and a statement."""
    b = (
        f'Ana Ruiz said: "{HOSTILE_QUOTE}." '
        "<script>window.__xss = 4</script> followed <b>bold</b> & <i>more</i>."
    )
    ruiz = _entity(b, "e0", "Ana Ruiz", "PERSON", ())
    return Article(
        id="doc-hostile", source="hostile.html", body=b, published="2024-08-01",
        outlet="<b>Evil</b>", title=HOSTILE_TITLE, caption='<svg onload="window.__xss=5">',
        removed=("<script>window.__xss = 6</script>",), sentences=_sentences(b),
        entities=(ruiz,),
        statements=(_statement(b, HOSTILE_QUOTE, ("e0", "Ana Ruiz"), "2024-08-01"),),
    )  # fmt: skip


def build_corpus(path: Path) -> Path:
    """Write the three articles into a new store at ``path``."""
    with Store(path) as store:
        for article in (article_one(), article_two(), hostile_article()):
            store.add(article, pipeline="test")
    return path
