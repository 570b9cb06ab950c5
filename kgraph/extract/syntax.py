"""Small readings of the dependency parse that rules and mention passes share."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kgraph.model import Evidence

SUBJECT_DEPS = {"nsubj", "csubj"}
VERBAL = {"VERB", "AUX"}
NOMINAL = {"NOUN", "PROPN"}
PERSON_PRONOUNS = {"he", "she", "him", "his", "her"}
RELATIVE_PRONOUNS = {"who", "which", "that"}
MODIFIER_DEPS = {"compound", "amod", "nmod"}
COMPOUND_PREPOSITIONS = {"out", "because", "ahead", "instead"}  # "out of X", "because of X"
ADVERBIAL_DEPS = {"advmod", "npadvmod"}  # what the parser may make of a name that opens a clause ("X sent aid")
TIMES = {"DATE", "TIME"}  # the tagger's labels of a moment: "on March 3" names no march
NOUN_PHRASE_DEPS = {"dobj", "pobj", "prep", "attr", "appos", "conj", "nsubj", "nsubjpass"}
# quantifiers that count out what their 'of' phrase names (a closed class): "lifted many of its sanctions"
PARTITIVES = {"all", "any", "both", "bulk", "each", "few", "half", "majority", "many", "most", "much", "none", "part"}
PARTITIVES |= {"portion", "remainder", "rest", "several", "some"}
# English's adverbial particles (a closed class): right after a verb the parser may read one as an adverb
PARTICLES = {"back", "off", "out", "up", "down", "away", "over", "through", "forward", "ahead"}


def pobj(prep: Token | None) -> Token | None:
    """The object of a preposition, through a compound one ('out of X', 'because of X') or one it shares with
    another ('flights to and from X')."""
    if prep is None:
        return None
    obj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
    if obj is None and prep.lower_ in COMPOUND_PREPOSITIONS:
        obj = next((c for c in prep.children if c.dep_ == "prep"), None)
    if obj is None:
        obj = next((c for c in prep.children if c.dep_ == "conj" and c.pos_ == "ADP"), None)
    if obj is not None and obj.pos_ == "ADP":
        return pobj(obj)
    return obj


def hyphen_joined(tok: Token) -> str | None:
    """The word a hyphen joins a token to the one before it in, which the tokenizer split: 'run-up', 'sit-in'."""
    return f"{tok.nbor(-2).lower_}-{tok.lower_}" if tok.i > 1 and tok.nbor(-1).tag_ == "HYPH" else None


def quantified(tok: Token) -> Token:
    """What a quantifier counts out: 'lifted some of its sanctions' lifts sanctions; any other token, itself."""
    if tok.lower_ not in PARTITIVES:
        return tok
    return next((o for p in preps(tok, {"of"}) if (o := pobj(p)) is not None), tok)


def quantity_over(noun: Token) -> Token:
    """The quantifier that counts a noun out, where one does ('most of its troops' for 'troops'); else the noun."""
    of = noun.head if noun.dep_ == "pobj" else None
    counted = of is not None and of.lower_ == "of" and of.head.lower_ in PARTITIVES
    return of.head if counted else noun


def dative(tok: Token) -> Token | None:
    """The recipient itself: 'gave X aid' has X; 'provide loans to X' parses 'to' as the dative."""
    return pobj(tok) if tok.dep_ == "dative" and tok.pos_ == "ADP" else tok


def sharing_verb(verb: Token) -> Token | None:
    """The verb joined straight after this one whose object both take: 'condemned and sanctioned X'."""
    doc = verb.doc
    after = doc[verb.i + 2] if verb.i + 2 < len(doc) else None
    if after is None or doc[verb.i + 1].dep_ != "cc" or after.dep_ != "conj" or after.head != verb:
        return None
    return after if after.pos_ == "VERB" and child(after, "dobj") is not None else None


def child(tok: Token, *deps: str) -> Token | None:
    """The first child of a token with one of these dependencies."""
    return next((c for c in tok.children if c.dep_ in deps), None)


def phrasal_lemma(verb: Token) -> str:
    """A verb's lemma with its particle: 'call off', 'carry out', 'rolled back the tariffs' (where the parser
    calls the particle an adverb); the lemma alone without one."""
    particle = child(verb, "prt")
    if particle is None and verb.i + 1 < len(verb.doc):
        after = verb.doc[verb.i + 1]
        # "pulled out of X": the parser may make the particle a preposition with one of its own
        adverb = after.dep_ == "advmod" or after.dep_ == "prep" and any(c.dep_ == "prep" for c in after.children)
        particle = after if after.head == verb and adverb and after.lower_ in PARTICLES else None
    return f"{verb.lemma_.lower()} {particle.lower_}" if particle is not None else verb.lemma_.lower()


def preps(tok: Token, words: set[str] | frozenset[str]) -> list[Token]:
    """The prepositions among a token's children that are one of these words."""
    return [c for c in tok.children if c.dep_ == "prep" and c.lower_ in words]


def infinitive(verb: Token) -> bool:
    """Whether a verb is a 'to' infinitive: 'to mediate', 'began a strike to protest'."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def headline_infinitive(verb: Token) -> bool:
    """Whether a 'to' infinitive hangs on the noun phrase a verbless sentence is made of: the headline 'X to impose
    sanctions on Y', which says that X will."""
    head = verb.head
    if verb.dep_ == "ROOT" and infinitive(verb):  # the parser may make the noun phrase the infinitive's subject
        return any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    if verb.dep_ != "acl" or not infinitive(verb) or head.dep_ != "ROOT" or head.pos_ not in {"PROPN", "NOUN"}:
        return False
    inside = {t.i for t in verb.subtree}
    return not any(t.pos_ in VERBAL and t.i not in inside for t in verb.sent)


def opposed_modifiers(noun: Token) -> list[Token]:
    """The modifiers of a noun that name whom it is against by the prefix 'anti-' ('an anti-X rally', 'anti-X
    protests'): the tokenizer splits the prefix off, and the parser hangs each part on the noun."""
    doc = noun.doc
    return [
        c
        for c in noun.lefts
        if c.dep_ in MODIFIER_DEPS and c.i >= 2 and doc[c.i - 1].text == "-" and doc[c.i - 2].lower_ == "anti"
    ]


def governing_verb(tok: Token) -> Token | None:
    """The verb a noun phrase hangs from: 'attends a meeting with X' -> attends; past a participle the parser made
    a preposition, which is one ('rioted following a rally' -> rioted)."""
    steps = 0
    while tok.dep_ in NOUN_PHRASE_DEPS and steps < 5:
        tok, steps = tok.head, steps + 1
        if tok.pos_ in VERBAL and tok.dep_ != "prep":
            return tok
    return None


def first_conjunct(tok: Token) -> Token:
    """The first of the words a token is coordinated with, which holds the place in the clause they share."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok


def role_in_phrase(tok: Token) -> str:
    """A token's dependency, seen through coordination: 'B' in 'A and B universities' modifies."""
    return first_conjunct(tok).dep_


def evidence(sent: Span) -> Evidence:
    """The sentence, stripped, with its offsets in the article text."""
    text = sent.text
    start = sent.start_char + len(text) - len(text.lstrip())
    text = text.strip()
    return Evidence(text, start, start + len(text))
