"""Verbs of saying, as two named sets built from one word list each (no word listed twice).

- `REPORTING_VERBS` (the English lexicon's ``speech_verbs``): the common verbs of attribution
  ("say", "tell", "announce"...) whose subject is almost always a person or an
  organisation. The entities stage reads it as evidence of an entity's type; it also lists
  the form ``told``, which the tagger sometimes leaves unlemmatised.
- `SAYING_VERBS` is every verb of saying and writing a statement cue is made of: the
  reporting verbs (as lemmas) plus rarer or more colourful ones ("quip", "vow", "tweet")
  that introduce what someone said but are too weak as evidence of who is an entity.
  Ambiguous verbs ("call", "describe", "show") are in neither.
"""

from __future__ import annotations

# fmt: off
#: Common verbs of attribution; their subject is a person or an organisation.
REPORTING_VERBS: frozenset[str] = frozenset({
    "say", "tell", "add", "note", "state", "announce", "claim", "argue", "insist", "explain",
    "warn", "stress", "urge", "write", "report", "confirm", "deny", "reply", "respond",
    "comment", "remark", "suggest", "acknowledge", "admit", "declare", "predict", "recall",
    "told",
})
# fmt: on

#: Word forms in `REPORTING_VERBS` that are not lemmas: cues are matched by lemma.
_WORD_FORMS = frozenset({"told"})

# fmt: off
#: Verbs of saying that are not reporting verbs: general English, not read off any corpus.
_OTHER_SAYING_VERBS: frozenset[str] = frozenset({
    "ask", "answer", "tweet", "testify", "observe", "continue", "complain", "promise", "vow",
    "pledge", "concede", "contend", "assert", "allege", "mention", "reiterate", "emphasize",
    "emphasise", "quip", "joke", "shout", "yell", "inform", "boast", "brag", "caution",
    "counter", "retort", "exclaim", "whisper", "proclaim", "disclose", "reveal", "lament",
    "repeat", "assure", "affirm", "plead", "blog", "email", "opine", "point",
})
# fmt: on

#: Verbs of saying and writing: the subject is a speaker, the complement (a clause or a
#: quote) is what was said.
SAYING_VERBS: frozenset[str] = (REPORTING_VERBS - _WORD_FORMS) | _OTHER_SAYING_VERBS
