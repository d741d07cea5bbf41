"""Stage 7b (events): dated events with participants from the article's parse.

`find_events` finds trigger words (`triggers`), joins them with the verbs that carry
them (`candidates`), reads participants from their dependents (`participants`) and dates
each from the temporal expression of its own clause (`dating`) — never from the
publication date.
"""

from __future__ import annotations

import dataclasses

from newsdossier.article import Article, Event, Mention, Participant, Timex
from newsdossier.events.candidates import Candidate, find_candidates, fold_same_type, is_definite
from newsdossier.events.participants import PLACE_TYPES, Gatherer
from newsdossier.lang.actors import Actors
from newsdossier.lang.dating import anchored_timexes, assign_dates
from newsdossier.lang.lexicon import EventWords, lexicon_for
from newsdossier.lang.modality import clause_modality
from newsdossier.lang.tree import ParseTree, parse_tree

__all__ = ["find_events"]


def find_events(article: Article) -> Article:
    """Assign ``events``: every event the body tells, typed, dated and with participants.

    Requires ``tokens``, ``sentences``, ``entities``, ``timexes`` and ``roles`` (titles
    resolve "the US president" to a person). An event's ``date`` is the TimeML value of
    the expression that governs its trigger in the same clause, else None; ``start`` and
    ``end`` are the trigger's offsets in ``body``; ``modality`` marks events that are
    supposed, denied, still to come or asked about (kept, but not things that happened;
    `newsdossier.lang.modality`). Word lists come from the lexicon of
    ``article.language`` (English when unknown).
    """
    if not article.tokens:
        return dataclasses.replace(article, events=())
    lexicon = lexicon_for(article.language or "en")
    words = lexicon.events
    tree = parse_tree(article.tokens)
    gatherer = Gatherer(tree, Actors(article, tree, lexicon), words)
    cands = find_candidates(tree, words)
    own = {c.trigger for c in cands if gatherer.has_own_args(c.trigger, c.type)}
    cands = fold_same_type(tree, cands, own)
    dates = assign_dates(
        tree,
        [c.tokens() for c in cands],
        anchored_timexes(article.tokens, article.timexes, _names(article)),
    )
    events: list[Event] = []
    for n, cand in enumerate(cands):
        participants = gatherer.participants(cand)
        date = dates.get(n)
        if _keep(tree, cand, participants, date, words):
            event = _event(article, cand, participants, date)
            modality = clause_modality(tree, cand.trigger, lexicon.modality)
            events.append(dataclasses.replace(event, modality=modality))
    return dataclasses.replace(article, events=tuple(events))


def _names(article: Article) -> list[Mention]:
    return [m for e in article.entities for m in e.mentions]


def _keep(
    tree: ParseTree,
    cand: Candidate,
    participants: tuple[Participant, ...],
    date: Timex | None,
    words: EventWords,
) -> bool:
    """An event needs a participant or a date; a visit needs where or whom it visits;
    a bare definite noun is a back-reference."""
    if not participants and date is None:
        return False
    if cand.type == "visit" and not any(p.role in ("where", "whom") for p in participants):
        return False
    tok = tree.tokens[cand.trigger]
    if tok.pos == "NOUN" and len(cand.tokens()) == 1 and is_definite(tree, cand.trigger, words):
        return bool(participants) or date is not None
    return True


def _event(
    article: Article, cand: Candidate, participants: tuple[Participant, ...], date: Timex | None
) -> Event:
    tok = article.tokens[cand.trigger]
    sentence = article.sentences[tok.sent] if tok.sent < len(article.sentences) else None
    text = article.body[sentence.start : sentence.end].strip() if sentence else ""
    types = {e.id: e.type for e in article.entities}
    place = next(
        (
            p.name
            for p in participants
            if p.role == "where" and types.get(p.entity_id) in PLACE_TYPES
        ),
        None,
    )
    return Event(
        type=cand.type,
        trigger=tok.text,
        start=tok.start,
        end=tok.end,
        sentence=text,
        date=date.value if date else None,
        participants=participants,
        place=place,
    )
