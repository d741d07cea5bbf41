"""Features of a (personal pronoun, candidate entity) pair, shared by the stage and training.

A candidate is an entity with a name mention before the pronoun within `WINDOW`
sentences, or after it in the same sentence (cataphora: "When she arrived, Lee ...").
Each feature is a number in about 0..1, named in `FEATURES`; `eval/gap_train.py` fits a
model over them on GAP development and `newsdossier.coref.scorer` applies it.

- distance: the nearest mention's sentence distance, token distance, and its recency rank
  among the candidates;
- grammar: the roles of the mention and the pronoun (subject, object, possessor) and
  whether they match (parallelism), the mention heading the main clause, a mention that
  is an argument of the pronoun's own verb (binding: "Lee praised him" is not Lee), a
  mention inside the pronoun's own phrase ("her father, Philip"), the pronoun an object,
  directly or through a preposition, of the mention's own verb ("Ann was annoyed by her"),
  the mention (or the phrase it possesses) above the pronoun in the parse ("Jesus' belief
  that he ..."), and the dependency edges between them within a clause;
- salience: how often the entity is named, whether it is the article's first person,
  whether its name is in the article's headline (title or URL slug: `headline`);
- agreement: the gender the article shows for the entity against the pronoun's. A person
  the article's own words show with the other gender (a pronoun, an honorific, a
  description: `Context.attested`) stays a candidate with ``gender_conflict`` set; the
  shipped scorer's constraint on it (`eval/gap_train.py`, ``HARD_FEATURES``) keeps such a
  candidate from being linked, and so does a given name the US Census table proves beyond
  doubt ("Mary": `ReferenceWords.certain_given_names`). Weaker evidence for the other
  gender is weighed, not excluded: a gender that only a rarer name of the table gives
  (``name_gender_conflict``: it knows Nicola and Simone as women's names, Italy as men's),
  pronouns of that gender linked to it however unsure, a first name that the given-name
  table gives the other gender though it is also a surname;
- attachment: the pronoun inside a description or clause attached to the name ("Julie,
  who ... when asked if she"), or before the subject of its own clause ("Despite her
  schemes, Ingrid ...");
- competition: other candidates named between the mention and the pronoun, and whether
  the candidate is the only one the article does not show with the other gender;
- quotes: the pronoun inside a direct quote, the mention inside the same quote, or in the
  quote's frame (a speaker says "I", so "he" in the quote is seldom the speaker);
- focus: the pronouns already resolved to the candidate (how many, one nearer than its
  nearest name, the distance to the nearest of names and pronouns);
- prominence: how prominent the mention is in its own sentence (`_prominence`): a name in
  apposition to its clause's subject, a name possessing the subject, the nouns and
  prepositions burying the name below its verb, a coordinated name, a name in brackets,
  a name in a subordinate clause;
- personhood: how much the candidate's name looks like a person's whatever type the
  entities stage settled on (`_personhood`): the model's own labels, a given name first,
  a title before the last word, mentions after a locating preposition.

The mention a candidate is seen by is its nearest name before the pronoun, or one after it
in the same sentence when the entity has none before, or when that later mention is the
subject the pronoun's clause depends on ("On her first day, Lee ...").
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

from newsdossier.article import Entity, Token
from newsdossier.coref.context import Context, Named, role_of
from newsdossier.coref.headline import named_in_headline
from newsdossier.lang.morph import name_gender_certain, pronoun_gender
from newsdossier.lang.places import located

#: Sentences back a personal pronoun looks for a name: the statements stage's reach for
#: "he"/"she" (`statements.speakers.WINDOWS`), kept so both resolvers see the same people.
WINDOW: Final = 12
#: Scale of the distance features, so that they stay near 0..1: sentence distances are
#: divided by the window; token distances are log-scaled (a GAP passage is ~70 tokens,
#: log1p(150) ~ 5).
TOKEN_LOG_SCALE: Final = 5.0
#: Mention counts are log-scaled the same way (an article names its main person ~10 times).
COUNT_LOG_SCALE: Final = 3.0
#: Sentences back that count as "recent" for `recent_mentions`, and the count that
#: saturates it (a person named in each of the last sentences is as recent as can be).
RECENT_SENTENCES: Final = 2
RECENT_SATURATION: Final = 3

FEATURES: Final = (
    "same_sentence",
    "previous_sentence",
    "sentence_distance",
    "token_distance",
    "recency",
    "cataphora",
    "cataphora_subordinate",
    "mention_subject",
    "mention_object",
    "mention_possessor",
    "mention_main_subject",
    "pronoun_subject",
    "pronoun_object",
    "pronoun_possessor",
    "parallel",
    "subject_to_subject",
    "co_argument",
    "inside_pronoun_phrase",
    "same_clause",
    "apposition",
    "mentions",
    "first_person",
    "gender_known",
    "person_type",
    "intervening",
    "nearest",
    "nearest_subject",
    "governing_subject",
    "clause_subject",
    "sentence_initial",
    "recent_mentions",
    "possessor_to_subject",
    "previous_subject_to_subject",
    "gender_conflict",
    "name_gender_conflict",
    "in_headline",
    "headline_full",
    "sole_fitting",
    "in_mention_modifier",
    "cataphora_governing_subject",
    "pronoun_quoted",
    "same_quote",
    "quote_frame",
    "pronoun_links",
    "linked_nearer",
    "chain_distance",
    "other_gender_links",
    "other_gender_name",
    "bound_object",
    "mention_governs",
    "tree_distance",
    "joined_subject",
    "possessor_in_subject",
    "nominal_depth",
    "coordinated",
    "parenthetical",
    "mention_subordinate",
    "joined_governing",
    "conjunct_possessor",
    "relative_argument",
    "governing_agent",
    "model_person",
    "given_name",
    "titled_name",
    "located",
)

#: Tags of the word a noun phrase hangs on as an argument (`_prominence`'s depth stops
#: there), and the nominal depth that counts as fully buried.
_VERBAL = frozenset({"VERB", "AUX"})
DEPTH_SATURATION: Final = 4
#: Brackets that open a parenthetical name.
_OPENING_BRACKETS = frozenset({"(", "["})
_SUBORDINATE = frozenset({"advcl", "relcl", "acl", "ccomp", "xcomp"})
#: Dependencies that attach a description or a clause to a name ("Julie, who ...",
#: "Sarah Goodman, a student trying to find her place").
_MODIFIERS = frozenset({"appos", "acl", "relcl"})
#: Penn tags of relative pronouns ("who", "whom", "which", "that", "whose").
_RELATIVE_PRONOUNS = frozenset({"WP", "WDT", "WP$"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entity that a pronoun may refer to, with its nearest mention and its features."""

    entity: Entity
    nearest: Named
    features: dict[str, float]


def candidates(ctx: Context, pronoun: Token, gender: str, allowed: set[str]) -> list[Candidate]:
    """Every entity (of ids ``allowed``) a pronoun of ``gender`` may refer to, with features.

    An entity the article shows with the other gender is a candidate with
    ``gender_conflict`` set (the scorer weighs it down).
    """
    nearest: dict[str, Named] = {}
    for n in ctx.named:
        if n.entity.id not in allowed:
            continue
        before = n.start < pronoun.start and pronoun.sent - n.sent <= WINDOW
        cataphoric = n.start > pronoun.end and n.sent == pronoun.sent
        if before or (cataphoric and _takes_over(ctx, pronoun, n, nearest.get(n.entity.id))):
            nearest[n.entity.id] = n
    ranked = sorted(nearest.values(), key=lambda n: abs(pronoun.i - n.head))
    subject = _nearest_subject(ctx, pronoun, set(nearest))
    out = []
    for rank, n in enumerate(ranked):
        values = _features(ctx, pronoun, n, rank, ranked)
        values.update(_salience(ctx, pronoun, n, subject))
        values.update(_quoting(ctx, pronoun, n))
        values.update(_chain(ctx, pronoun, n))
        in_headline, headline_full = named_in_headline(n.entity, ctx.headline)
        values["in_headline"] = float(in_headline)
        values["headline_full"] = float(headline_full)
        conflict = ctx.gender.get(n.entity.id, gender) != gender
        binding = conflict and (
            n.entity.id in ctx.attested or name_gender_certain(n.entity.name, ctx.lexicon)
        )
        values["gender_conflict"] = float(binding)
        values["name_gender_conflict"] = float(conflict and not binding)
        values.update(_gender_leaning(ctx, pronoun, n, gender))
        values.update(_syntax(ctx, pronoun, n))
        values.update(_prominence(ctx, n))
        if n.entity.id not in ctx.personhood:
            ctx.personhood[n.entity.id] = _personhood(ctx, n.entity)
        values.update(ctx.personhood[n.entity.id])
        out.append(Candidate(n.entity, n, values))
    fitting = [c for c in out if not c.features["gender_conflict"]]
    for c in out:
        c.features["sole_fitting"] = float(fitting == [c])
    return out


def _takes_over(ctx: Context, pronoun: Token, n: Named, held: Named | None) -> bool:
    """Whether a mention after the pronoun, in its sentence, stands for its entity: when the
    entity has no mention before (``held`` None), or when it is the subject the pronoun's
    clause depends on and the one held is not."""
    return held is None or (_governs(ctx, pronoun, n) and not _governs(ctx, pronoun, held))


def _governs(ctx: Context, pronoun: Token, n: Named) -> bool:
    """The mention is the subject of a verb the pronoun depends on, in its sentence ("On
    her first day, Lee cut ...": Lee's mention there stands for Lee, not an earlier one)."""
    head = ctx.tokens[n.head]
    return (
        n.sent == pronoun.sent
        and role_of(head) == "subject"
        and head.head in set(ctx.tree.ancestors(pronoun.i))
    )


def _nearest_subject(ctx: Context, pronoun: Token, ids: set[str]) -> str | None:
    """The candidate named last as a subject before the pronoun."""
    found = None
    for m in ctx.named_before(pronoun.start):
        if m.entity.id in ids and role_of(ctx.tokens[m.head]) == "subject":
            found = m.entity.id
    return found


def _quoting(ctx: Context, pronoun: Token, n: Named) -> dict[str, float]:
    """Where the pronoun and the mention stand against direct quotes: a speaker says "I",
    so a "he"/"she" inside a quote seldom refers to the person named in its frame (outside
    the quote, in a sentence the quote spans)."""
    quote = ctx.quote_at(pronoun.start)
    theirs = ctx.quote_at(n.start)
    frame = False
    if quote is not None and theirs is None:
        start, end = ctx.quotes[quote]
        spanned = range(
            ctx.tokens[ctx.token_at(start)].sent, ctx.tokens[ctx.token_at(end - 1)].sent + 1
        )
        frame = n.sent in spanned
    return {
        "pronoun_quoted": float(quote is not None),
        "same_quote": float(quote is not None and quote == theirs),
        "quote_frame": float(frame),
    }


def _chain(ctx: Context, pronoun: Token, n: Named) -> dict[str, float]:
    """The pronouns already resolved to the candidate before this one: how many, and
    whether one is nearer than its nearest name (a person kept in focus by pronouns)."""
    linked = [i for i, e in ctx.links.items() if e == n.entity.id and i < pronoun.i]
    nearest = max(linked, default=None)
    sents = pronoun.sent - n.sent
    if nearest is not None:
        sents = min(abs(sents), pronoun.sent - ctx.tokens[nearest].sent)
    return {
        "pronoun_links": min(1.0, math.log1p(len(linked)) / COUNT_LOG_SCALE),
        "linked_nearer": float(nearest is not None and nearest > n.head),
        "chain_distance": min(abs(sents), WINDOW) / WINDOW,
    }


def _gender_leaning(ctx: Context, pronoun: Token, n: Named, gender: str) -> dict[str, float]:
    """Evidence for the other gender too weak to exclude the candidate: pronouns of the
    other gender already linked to it, however unsure ("Simon ... he" linked at 0.3), and
    a name whose first word is a given name of the other gender, though also a surname
    ("Simon", "Lee": `ReferenceWords.given_name_gender` without the lone-name proof)."""
    other = sum(
        1
        for i, e in ctx.links.items()
        if e == n.entity.id
        and i < pronoun.i
        and pronoun_gender(ctx.tokens[i], ctx.lexicon) not in (None, gender)
    )
    table = ctx.lexicon.reference.given_name_gender
    first = n.entity.name.split()[0].lower() if n.entity.name.split() else ""
    return {
        "other_gender_links": min(1.0, math.log1p(other) / COUNT_LOG_SCALE),
        "other_gender_name": float(table.get(first, gender) != gender),
    }


def _syntax(ctx: Context, pronoun: Token, n: Named) -> dict[str, float]:
    """The mention against the pronoun in the parse of their sentence.

    - ``bound_object``: the pronoun is an object, direct or through a preposition, of the
      verb whose subject is the mention ("Misty is annoyed by her", "Lee gave it to him"):
      a plain pronoun there is not its own clause's subject (a reflexive would be);
    - ``mention_governs``: the mention, or the phrase it possesses, heads a phrase holding
      the pronoun ("Jesus' belief that he would ...", "Julie, who said she ...");
    - ``tree_distance``: dependency edges between the two within one clause, log-scaled,
      1 when they are in different clauses or sentences;
    - ``joined_governing``: the mention is in apposition to, or a later conjunct of, the
      subject of a verb the pronoun depends on ("Her aunt, Queen Ada, was leaving and
      asked Mia to come with her");
    - ``conjunct_possessor``: the pronoun possesses a conjunct of the mention ("Ada Lund
      and her husband", "Tom Ode and his two sons");
    - ``governing_agent``: the mention is the agent of a passive verb the pronoun depends
      on ("Scott was told by Cowan that he would not ..."): the one who tells, as a
      subject would be;
    - ``relative_argument``: the pronoun is the subject or an object of a relative clause
      on the mention, or on the noun the mention is in apposition to ("an editor, Mr.
      Verma, who tells him", "Chris, whom he met"): the relative pronoun is the mention,
      so a plain pronoun beside it is someone else, as in "Verma tells him" (a relative
      adverb binds nothing: "the film where she played").
    """
    head = ctx.tokens[n.head]
    same = n.sent == pronoun.sent
    governor = pronoun.head
    if ctx.tokens[governor].dep in ("prep", "agent", "dative"):
        governor = ctx.tokens[governor].head
    bound = (
        same
        and role_of(pronoun) == "object"
        and role_of(head) == "subject"
        and head.head == governor
    )
    above = set(ctx.tree.ancestors(pronoun.i)) if same else set()
    governs = head.i in above or (head.dep == "poss" and head.head in above)
    path = ctx.tree.path_length(head.i, pronoun.i) if same else None
    joined = ctx.tokens[head.head]
    while head.dep == "conj" and joined.dep == "conj" and joined.head != joined.i:
        joined = ctx.tokens[joined.head]
    joined_governs = (
        head.dep in ("appos", "conj") and role_of(joined) == "subject" and joined.head in above
    )
    owned = ctx.tokens[pronoun.head]
    conjunct = pronoun.dep == "poss" and owned.dep == "conj" and owned.head == head.i
    clause = ctx.tokens[governor]
    nouns = {head.i, head.head} if head.dep == "appos" else {head.i}
    relative = same and role_of(pronoun) in ("subject", "object")
    relative = relative and clause.dep == "relcl" and clause.head in nouns
    relative = relative and any(
        ctx.tokens[j].tag in _RELATIVE_PRONOUNS for j in range(clause.head + 1, pronoun.i)
    )
    agent = head.dep == "pobj" and ctx.tokens[head.head].dep == "agent"
    return {
        "governing_agent": float(agent and ctx.tokens[head.head].head in above),
        "relative_argument": float(relative),
        "joined_governing": float(joined_governs),
        "conjunct_possessor": float(same and conjunct),
        "bound_object": float(bound),
        "mention_governs": float(governs),
        "tree_distance": 1.0 if path is None else min(1.0, math.log1p(path) / TOKEN_LOG_SCALE),
    }


def _prominence(ctx: Context, n: Named) -> dict[str, float]:
    """How prominent the mention is in its own sentence, whatever the pronoun.

    - ``joined_subject``: the name stands in apposition to the subject of its clause, or
      is a later conjunct of it ("Her sister, Carla, was ...", "Tom's uncle Ivo Brandt
      ran ...", "Mr. Ode and Ms. Lund opened ..."): the parser hangs the name on another
      word, but the person is (one of) what the clause is about;
    - ``possessor_in_subject``: the name possesses the subject ("Tom's uncle ran ...",
      "Ivo's plan failed"): named inside the topic phrase, not the topic itself;
    - ``nominal_depth``: the nouns and prepositions between the name and the verb its
      phrase hangs on ("a critic of [Ivo]'s bill": 3), over `DEPTH_SATURATION`;
    - ``coordinated``: the name is one of a coordination ("Ana and Rosa were ..."),
      which a singular pronoun refers to less often than to a lone name;
    - ``parenthetical``: the name stands in brackets ("Mike (Tom Reyes) ...");
    - ``mention_subordinate``: the name sits in a subordinate clause of its sentence.
    """
    head = ctx.tokens[n.head]
    anchor = ctx.tokens[head.head]
    joined = anchor
    while joined.dep == "conj" and joined.head != joined.i:
        joined = ctx.tokens[joined.head]
    depth = 0
    for j in ctx.tree.ancestors(head.i):
        if ctx.tokens[j].pos in _VERBAL:
            break
        depth += 1
    first = ctx.token_at(n.start)
    opened = first > 0 and ctx.tokens[first - 1].text in _OPENING_BRACKETS
    conj = head.dep == "conj" or bool(ctx.tree.deps(head.i, "conj"))
    return {
        "joined_subject": float(
            head.dep in ("appos", "conj")
            and role_of(joined if head.dep == "conj" else anchor) == "subject"
        ),
        "possessor_in_subject": float(head.dep == "poss" and role_of(anchor) == "subject"),
        "nominal_depth": min(depth, DEPTH_SATURATION) / DEPTH_SATURATION,
        "coordinated": float(conj),
        "parenthetical": float(opened),
        "mention_subordinate": float(_in_subordinate(ctx, head.i)),
    }


def _personhood(ctx: Context, entity: Entity) -> dict[str, float]:
    """How much the entity's own name and mentions look like a person's, whatever type the
    entities stage settled on (a person the model typed as a place or a product is still
    a candidate: `pronouns.person_like`):

    - ``model_person``: the model labelled its mentions mostly (1) or at least once (0.5)
      a person;
    - ``given_name``: its name's first word is a given name of either gender;
    - ``titled_name``: a title or honorific stands before the last word of its name
      ("Crown Princess Victoria", "Pope Pius II");
    - ``located``: the share of its body name mentions that are the object of a locating
      preposition ("in Ontario", "at Chaumont"): a place's, seldom a person's.
    """
    mentions = [n for n in ctx.named if n.entity.id == entity.id]
    parts = entity.name.split()
    words = ctx.lexicon
    table = words.reference.given_name_gender
    titled = any(
        w.lower() in words.honorifics or words.is_title_word(w.rstrip(".")) for w in parts[:-1]
    )
    share = 1.0 / len(mentions) if mentions else 0.0
    return {
        "model_person": 1.0
        if entity.model_types[:1] == ("PERSON",)
        else 0.5 * ("PERSON" in entity.model_types),
        "given_name": float(bool(parts) and parts[0].lower() in table),
        "titled_name": float(titled),
        "located": share
        * sum(1 for n in mentions if located(ctx.tokens[n.head], ctx.tokens, words)),
    }


def _salience(ctx: Context, pronoun: Token, n: Named, subject: str | None) -> dict[str, float]:
    """Features of the candidate against the pronoun's clause and the recent sentences."""
    head = ctx.tokens[n.head]
    is_subject = role_of(head) == "subject"
    same = n.sent == pronoun.sent
    governing = same and is_subject and head.head in set(ctx.tree.ancestors(pronoun.i))
    recent = sum(
        1
        for m in ctx.named_before(pronoun.start)
        if m.entity.id == n.entity.id and pronoun.sent - m.sent <= RECENT_SENTENCES
    )
    pronoun_role = role_of(pronoun)
    return {
        "nearest_subject": float(subject == n.entity.id),
        "governing_subject": float(governing),
        "cataphora_governing_subject": float(governing and n.start > pronoun.start),
        "clause_subject": float(
            same
            and is_subject
            and pronoun_role != "subject"
            and ctx.tree.clause(n.head) == ctx.tree.clause(pronoun.i)
        ),
        "sentence_initial": float(n.head - ctx.sentence_first.get(n.sent, n.head) <= 2),
        "recent_mentions": min(1.0, recent / RECENT_SATURATION),
        "possessor_to_subject": float(pronoun_role == "possessor" and is_subject),
        "previous_subject_to_subject": float(
            pronoun.sent - n.sent == 1 and is_subject and pronoun_role == "subject"
        ),
    }


def _features(
    ctx: Context, pronoun: Token, n: Named, rank: int, ranked: list[Named]
) -> dict[str, float]:
    head = ctx.tokens[n.head]
    sents = pronoun.sent - n.sent
    before = n.start < pronoun.start
    mention_role, pronoun_role = role_of(head), role_of(pronoun)
    count = sum(1 for m in ctx.named if m.entity.id == n.entity.id)
    between = {
        m.entity.id
        for m in ranked
        if m.entity.id != n.entity.id and min(n.head, pronoun.i) < m.head < max(n.head, pronoun.i)
    }
    subordinate = _in_subordinate(ctx, pronoun.i) and not _in_subordinate(ctx, n.head)
    return {
        "same_sentence": float(sents == 0),
        "previous_sentence": float(sents == 1),
        "sentence_distance": min(abs(sents), WINDOW) / WINDOW,
        "token_distance": math.log1p(abs(pronoun.i - n.head)) / TOKEN_LOG_SCALE,
        "recency": 1.0 / (1 + rank),
        "nearest": float(rank == 0),
        "cataphora": float(not before),
        "cataphora_subordinate": float(not before and subordinate),
        "mention_subject": float(mention_role == "subject"),
        "mention_object": float(mention_role == "object"),
        "mention_possessor": float(mention_role == "possessor"),
        "mention_main_subject": float(
            mention_role == "subject" and ctx.tokens[head.head].dep == "ROOT"
        ),
        "pronoun_subject": float(pronoun_role == "subject"),
        "pronoun_object": float(pronoun_role == "object"),
        "pronoun_possessor": float(pronoun_role == "possessor"),
        "parallel": float(mention_role == pronoun_role and mention_role != "other"),
        "subject_to_subject": float(mention_role == pronoun_role == "subject"),
        "co_argument": float(head.head == pronoun.head and pronoun_role != "possessor"),
        "inside_pronoun_phrase": float(_inside_phrase(ctx, pronoun, head)),
        "in_mention_modifier": float(_in_modifier(ctx, pronoun, head)),
        "same_clause": float(sents == 0 and ctx.tree.clause(n.head) == ctx.tree.clause(pronoun.i)),
        "apposition": float(head.dep == "appos"),
        "mentions": min(1.0, math.log1p(count) / COUNT_LOG_SCALE),
        "first_person": float(ctx.first_person == n.entity.id),
        "gender_known": float(n.entity.id in ctx.attested),
        "person_type": float(n.entity.type == "PERSON"),
        "intervening": min(1.0, len(between) / 3),
    }


def _in_subordinate(ctx: Context, i: int) -> bool:
    """Whether token ``i`` sits in a subordinate clause of its sentence."""
    return any(ctx.tokens[j].dep in _SUBORDINATE for j in (i, *ctx.tree.ancestors(i)))


def _in_modifier(ctx: Context, pronoun: Token, head: Token) -> bool:
    """The pronoun inside a description or clause attached to the name ("Julie, who broke
    down when asked if she ...")."""
    path = [pronoun.i, *ctx.tree.ancestors(pronoun.i)]
    if head.i not in path[1:]:
        return False
    below = path[path.index(head.i) - 1]
    return ctx.tokens[below].dep in _MODIFIERS


def _inside_phrase(ctx: Context, pronoun: Token, head: Token) -> bool:
    """A name inside the phrase the pronoun possesses ("her father, Philip"): not her."""
    if pronoun.dep != "poss":
        return False
    owner = pronoun.head
    return head.i != owner and owner in (head.i, *ctx.tree.ancestors(head.i))[:3]
