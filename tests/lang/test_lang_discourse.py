"""Salience and learned gender over an article's mentions (`newsdossier.lang.discourse`)."""

from __future__ import annotations

from newsdossier.article import Entity, Mention, Token
from newsdossier.lang.discourse import PERSON_TYPES, Discourse


def _sentences(rows: list[list[tuple[str, str, str, int]]]) -> tuple[str, list[Token]]:
    """Body text and tokens from sentences of (text, pos, dep, head-within-sentence) rows."""
    tokens: list[Token] = []
    pos = 0
    for sent, sentence in enumerate(rows):
        base = len(tokens)
        for text, tag, dep, head in sentence:
            i = len(tokens)
            tokens.append(
                Token(
                    i,
                    pos,
                    pos + len(text),
                    text,
                    text.lower(),
                    tag,
                    tag,
                    dep,
                    base + head,
                    sent=sent,
                )
            )
            pos += len(text) + 1
    return " ".join(t.text for t in tokens), tokens


def _person(eid: str, name: str, body: str, *words: str) -> Entity:
    mentions = []
    for word in words:
        start = body.index(word)
        mentions.append(Mention(start, start + len(word), word, "PERSON"))
    return Entity(eid, name, "PERSON", mentions=tuple(mentions))


BODY, TOKENS = _sentences(
    [
        [
            ("Ms.", "PROPN", "compound", 1),
            ("Lee", "PROPN", "nsubj", 2),
            ("arrived", "VERB", "ROOT", 2),
        ],
        [
            ("Sen.", "PROPN", "compound", 1),
            ("Kim", "PROPN", "nsubj", 2),
            ("waited", "VERB", "ROOT", 2),
        ],
        [("She", "PRON", "nsubj", 1), ("spoke", "VERB", "ROOT", 1)],
    ]
)
LEE = _person("e0", "Lee", BODY, "Lee")
KIM = _person("e1", "Kim", BODY, "Kim")


def test_lang_discourse_learns_gender_from_honorifics_and_lone_antecedents() -> None:
    discourse = Discourse(TOKENS, [LEE, KIM])
    assert discourse.gender["e0"] == "Fem"
    # "She" in the third sentence has no person before it in its sentence, and the one
    # before has only Kim: a lone antecedent's vote.
    assert discourse.gender["e1"] == "Fem"


def test_lang_discourse_salience_prefers_subjects_recent_and_matching_gender() -> None:
    body, tokens = _sentences(
        [
            [
                ("Mr.", "PROPN", "compound", 1),
                ("Lee", "PROPN", "nsubj", 2),
                ("arrived", "VERB", "ROOT", 2),
            ],
            [
                ("Ms.", "PROPN", "compound", 1),
                ("Kim", "PROPN", "nsubj", 2),
                ("waited", "VERB", "ROOT", 2),
            ],
            [("He", "PRON", "nsubj", 1), ("said", "VERB", "ROOT", 1)],
        ]
    )
    lee, kim = _person("e0", "Lee", body, "Lee"), _person("e1", "Kim", body, "Kim")
    discourse = Discourse(tokens, [lee, kim])
    he = tokens[6]
    assert discourse.gender == {"e0": "Masc", "e1": "Fem"}
    found, margin = discourse.salient(he.start, he.sent, PERSON_TYPES, None)
    assert found == kim  # the nearer subject wins without gender
    assert 0.5 < margin < 1.0
    found, margin = discourse.salient(he.start, he.sent, PERSON_TYPES, None, "Masc")
    assert found == lee  # Kim is dropped: the article shows her a woman
    assert margin == 1.0
    found, _ = discourse.salient(he.start, he.sent, PERSON_TYPES, lee)
    assert found == lee  # the last speaker's bonus outweighs recency
    assert discourse.salient(he.start, he.sent, frozenset({"ORG"}), None) == (None, 0.0)


def test_lang_discourse_unknown_gender_reaches_only_nearby_sentences() -> None:
    rows = [[("Lee", "PROPN", "nsubj", 1), ("arrived", "VERB", "ROOT", 1)]]
    rows += [[("It", "PRON", "nsubj", 1), ("rained", "VERB", "ROOT", 1)] for _ in range(3)]
    rows += [[("He", "PRON", "nsubj", 1), ("left", "VERB", "ROOT", 1)]]
    body, tokens = _sentences(rows)
    lee = _person("e0", "Lee", body, "Lee")
    discourse = Discourse(tokens, [lee])
    he = tokens[-2]
    assert "e0" not in discourse.gender
    assert discourse.salient(he.start, he.sent, PERSON_TYPES, None, "Masc") == (None, 0.0)
    found, _ = discourse.salient(he.start, he.sent, PERSON_TYPES, None)
    assert found == lee


def test_lang_discourse_names_and_titles() -> None:
    discourse = Discourse(TOKENS, [LEE, KIM])
    kim_at = BODY.index("Kim")
    assert discourse.entity_at(kim_at, kim_at + 3) == KIM
    assert discourse.entity_at(0, 2) is None
    assert discourse.entity_named("kim") == KIM
    assert discourse.titled("senator", len(BODY)) == KIM
    assert discourse.titled("governor", len(BODY)) is None
    assert discourse.titled("senator", 0) is None
