"""A store with one prolific speaker: more statements than one page of any list holds.

`build_prolific` writes ``n`` small invented articles through the real `Store.add`, one a
month from September 2016, each with a direct quote by Mara Quist (its marks outside the
stored text), a paraphrase of hers (kind ``indirect``), and a mixed statement by a
harbour official that names her and quotes two words.
"""

from __future__ import annotations

import re
from pathlib import Path

from newsdossier.article import Article, Entity, Mention, Sentence, Speaker, Statement, TextSpan
from newsdossier.store import Store

SPEAKER = "Mara Quist"
#: The first month of the series; article k is published in month k after it.
FIRST_YEAR, FIRST_MONTH = 2016, 9
#: Words for the rest of each quote: a different order in every article, so the articles
#: are not near-duplicates of each other (which the store would fold into one story).
_WORDS = (
    "boats", "quay", "winter", "storms", "council", "money", "engineers", "plans", "fishermen",
    "tide", "harbour", "families", "nets", "ferry", "lighthouse", "crane", "timber", "stone",
    "pier", "dredging", "grant", "budget", "summer", "repairs", "skippers", "market", "ice",
    "salt", "gulls", "breakwater", "channel", "buoys", "pilots", "cargo", "moorings", "slipway",
)  # fmt: skip


def _tail(k: int) -> str:
    """About 300 characters of words, in an order of article ``k``'s own."""
    n = len(_WORDS)
    return " ".join(_WORDS[(k * 7 + i * (k % 5 + 2)) % n] for i in range(40))


def published(k: int) -> str:
    """The publication date of article ``k``."""
    months = FIRST_MONTH - 1 + k
    return f"{FIRST_YEAR + months // 12:04d}-{months % 12 + 1:02d}-15"


def _span(body: str, text: str) -> tuple[int, int]:
    start = body.index(text)
    return start, start + len(text)


def _mentions(body: str, surfaces: tuple[str, ...], label: str) -> tuple[Mention, ...]:
    found: list[Mention] = []
    for surface in surfaces:
        for m in re.finditer(re.escape(surface), body):
            if not any(x.start <= m.start() < x.end for x in found):
                found.append(Mention(m.start(), m.end(), surface, label))
    return tuple(sorted(found, key=lambda x: x.start))


def article(k: int) -> Article:
    """Article ``k`` of the series: three statements, two entities."""
    direct = f"We will rebuild harbour wall number {k} for the {_tail(k)},"
    indirect = f"the council would vote on wall number {k} in the spring"
    mixed = f'Quist had called wall {k} "long overdue" at the meeting'
    body = (
        f"Mara Quist spoke in Port Alden on Friday. "
        f'"{direct}" Quist said. '
        f"Quist said {indirect}. "
        f"A harbour official said {mixed}."
    )
    quist = Entity(
        "e0", SPEAKER, "PERSON", ("Quist",), _mentions(body, (SPEAKER, "Quist"), "PERSON")
    )
    port = Entity("e1", "Port Alden", "GPE", (), _mentions(body, ("Port Alden",), "GPE"))
    who = Speaker("e0", SPEAKER)
    cue = TextSpan(*_span(body, "said"), "said")
    statements = (
        Statement(direct, *_span(body, direct), "direct", who, cue_lemma="say", cue=cue),
        Statement(indirect, *_span(body, indirect), "indirect", who, cue_lemma="say"),
        Statement(mixed, *_span(body, mixed), "mixed", None, "a harbour official", cue_lemma="say"),
    )
    sentences = tuple(Sentence(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", body))
    return Article(
        id=f"prolific-{k:03d}", source=f"prolific/{k:03d}.txt", body=body,
        published=published(k), outlet="Alden Gazette", title=f"Harbour wall {k}",
        sentences=sentences, entities=(quist, port), statements=statements,
    )  # fmt: skip


def build_prolific(path: Path, n: int) -> Path:
    """Write articles 0..n-1 of the series into a new store at ``path``."""
    with Store(path) as store:
        for k in range(n):
            store.add(article(k), pipeline="test")
    return path
