"""The deck (standfirst): a sentence-like line after the headline that summarises the story.

A kicker is a short label before the headline ("EXCLUSIVE", "Analysis"); a deck reads as
a sentence and comes after the headline. It is told from the body's first paragraph (the
lede) by its shape alone:

- *longer than a label*: more than `_LABEL_WORDS` words (the most a kicker label has);
- *no longer than a sub-headline*: at most `_DECK_MAX_WORDS` words;
- *sentence-like*: not all capitals and not in Title Case (those are labels or headlines),
  and not ending in a colon (such a line introduces what follows: it is body);
- *not the lede*: it does not open with a dateline, text follows it, and either it ends
  without a full stop (a lede is a finished sentence) or the next paragraph opens with a
  dateline (so that paragraph is where the body starts).

A line that fails any of these stays where it was (body or kicker), so no text is lost.
"""

from __future__ import annotations

from newsdossier.clean.boilerplate import is_wrapped
from newsdossier.clean.dateline import parse_dateline
from newsdossier.clean.draft import Draft
from newsdossier.clean.fields import is_title_case
from newsdossier.clean.text import ends_sentence, is_all_caps, word_count

#: The most words a kicker label has: `parse_kicker` accepts labels of up to five words.
_LABEL_WORDS = 5
#: The most words of a deck: the bound `parse_kicker` puts on the text after a label.
_DECK_MAX_WORDS = 30


def reads_as_deck(text: str) -> bool:
    """Whether ``text`` has a deck's shape: longer than a label, short, sentence-like."""
    text = text.strip()
    n = word_count(text)
    if not _LABEL_WORDS < n <= _DECK_MAX_WORDS:
        return False
    if text.endswith((":", "：")):
        return False
    return not is_all_caps(text) and not is_title_case(text)


def take_deck(draft: Draft, i: int) -> bool:
    """Line ``i``, right after the headline, as the deck when it reads as one and is not
    the body's first paragraph (see the module docstring)."""
    line = draft.lines[i]
    if draft.title is None or draft.deck is not None or _kept_before(draft, i):
        return False
    if is_wrapped(draft.lines, i) or not reads_as_deck(line):
        return False
    if parse_dateline(line, lex=draft.lex) is not None:
        return False
    following = _next_kept(draft, i)
    if following is None:
        return False
    opens_body = parse_dateline(draft.lines[following], lex=draft.lex) is not None
    if ends_sentence(line) and not opens_body:
        return False
    draft.deck = line
    draft.drop(i, boilerplate=False)
    return True


def _kept_before(draft: Draft, i: int) -> bool:
    return any(draft.kept(j) for j in range(i))


def _next_kept(draft: Draft, i: int) -> int | None:
    return next((j for j in range(i + 1, len(draft.lines)) if draft.kept(j)), None)
