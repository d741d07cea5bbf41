"""`ModalityWords`: the words that say whether a clause asserts, supposes or foretells.

Negation and questions are read from the parse (``neg`` edges, a question mark); these
are the words the parse does not mark by itself.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ModalityWords:
    """Word lists of modality in one language (lower-case)."""

    #: Subordinators of a condition ("if", "unless"): the clause and its head suppose.
    conditional_marks: frozenset[str] = frozenset()
    #: Modal auxiliaries of possibility ("could", "might", "would").
    hypothetical_modals: frozenset[str] = frozenset()
    #: Modal auxiliaries of the future ("will", "shall").
    future_modals: frozenset[str] = frozenset()
    #: Backshifted future: a modal that is the future when reported in the past ("said it
    #: would rain"), a supposition elsewhere.
    reported_future_modals: frozenset[str] = frozenset()
    #: Adjectives making a noun event a supposition ("a possible attack").
    hypothetical_modifiers: frozenset[str] = frozenset()
    #: Adjectives making a noun event a future one ("the planned visit").
    future_modifiers: frozenset[str] = frozenset()
    #: Verbs whose infinitive complement has not happened yet ("plans to visit").
    intention_verbs: frozenset[str] = frozenset()
    #: Speech verbs that ask rather than state ("asked whether ...").
    question_verbs: frozenset[str] = frozenset()
    #: Determiners that deny a noun event ("no visit").
    negative_determiners: frozenset[str] = frozenset()
