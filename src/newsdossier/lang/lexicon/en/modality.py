"""English modality words (`ModalityWords`): general English grammar, not read off any
corpus."""

from __future__ import annotations

from newsdossier.lang.lexicon.modality import ModalityWords

MODALITY = ModalityWords(
    conditional_marks=frozenset({"if", "unless"}),
    hypothetical_modals=frozenset({"could", "might", "may", "would", "should"}),
    future_modals=frozenset({"will", "shall", "'ll", "wo"}),
    reported_future_modals=frozenset({"would"}),
    hypothetical_modifiers=frozenset(
        {"possible", "potential", "hypothetical", "proposed", "prospective", "alleged"}
    ),
    future_modifiers=frozenset({"planned", "upcoming", "scheduled", "forthcoming", "future"}),
    intention_verbs=frozenset(
        {"plan", "intend", "expect", "hope", "aim", "want", "threaten", "prepare", "seek"}
    ),
    question_verbs=frozenset({"ask", "wonder", "question", "inquire"}),
    negative_determiners=frozenset({"no"}),
)
