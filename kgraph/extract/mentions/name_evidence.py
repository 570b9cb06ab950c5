"""What a name is, from the words around it: evidence that outweighs the tagger's label.

The small model often types a leader's surname as a place or an organisation, or a region as a
person. A name ending in an organisation's noun ('Front', 'Party') is an organisation's. A title or
honorific before a name, a role in apposition ('X, the foreign minister'), or
a verb of saying, blaming or asking with a place-tagged name as its subject make it a person; coordination with
places, a place noun ('the X region', 'the province of X') or a preposition of place make a
person-tagged name a place, when nothing marks it as a person. Page furniture is no entity at all:
credits and handles ('Name/Agency', '@name'), names that run across lines, and the outlets that
report the news ('Reuters', 'the state news agency X').
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kgraph.extract.context import Context
from kgraph.extract.syntax import SUBJECT_DEPS, first_conjunct
from kgraph.model import EntityType
from kgraph.name_words import name_words
from kgraph.nlp import SLASHED_ACRONYM
from kgraph.relations import relations

FURNITURE_CHARACTERS = set("/@#|\n")  # "Jane Roe/AFP", "@handle", "#tag", "Section | Outlet", across lines
PLACE_LABELS = {"GPE", "LOC", "FAC"}
SPOKEN = {"ACCUSE", "REQUEST"}  # PLOVER's types of blaming and asking: what a person does, not a town


def is_furniture(span: Span) -> bool:
    """A credit, handle, outlet or a stretch across lines: part of the page, not of the story; or a gathering's
    name ('the X Summit'), an event of the story, never one who acts in it."""
    words = name_words()
    slashed = len(span) == 1 and SLASHED_ACRONYM.match(span.text)  # "the XLM/A": a name, no credit line
    if FURNITURE_CHARACTERS & set(span.text) and not slashed or span.text in words.outlets:
        return True
    if len(span) > 1 and span[-1].lower_ in words.gathering_nouns:
        return True
    doc, root = span.doc, span.root
    beside = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]  # "the news agency X", "the X channel"
    appositive = [t for t in (root.head, *root.children) if t.dep_ == "appos" or root.dep_ == "appos"]
    return any(t.lower_ in words.outlet_nouns for t in [*beside, *appositive] if not span.start <= t.i < span.end)


def evidence_type(ctx: Context, span: Span, label: str) -> EntityType | None:
    """The type the words around a name give it, where they outweigh the tagger's label; else None."""
    if label == "PERSON" and span[-1].lower_ in name_words().organisation_nouns:
        return EntityType.ORGANIZATION  # "the Freedonian Liberation Front"
    if label != "PERSON" and _marked_as_person(ctx, span, label):
        return EntityType.PERSON
    if label == "PERSON" and not _marked_as_person(ctx, span, label) and _marked_as_place(ctx, span):
        return EntityType.PLACE
    return None


def _marked_as_person(ctx: Context, span: Span, label: str) -> bool:
    """A title or honorific just before it, a role noun in apposition, or (for a place-tagged name) a verb of
    saying whose subject it is."""
    doc, gaz = ctx.doc, ctx.gazetteer
    titles = gaz.lower_titles
    if span.start > 0:
        before = doc[span.start - 1]
        if before.text in gaz.honorifics or (before.lower_ in titles and before.text[:1].isupper()):
            return True
    root = span.root
    for tok in [*root.children, root.head]:
        role = tok.lower_ in titles or (tok.pos_ == "NOUN" and tok.lower_ in ctx.lexicon.actor_nouns)
        if role and (tok.dep_ == "appos" or root.dep_ == "appos") and not span.start <= tok.i < span.end:
            return True
    if label in PLACE_LABELS and root.dep_ in SUBJECT_DEPS:
        return speaks(ctx, root.head, root.dep_ == "nsubj")
    return False


def speaks(ctx: Context, verb: Token, active: bool) -> bool:
    """Whether a verb's subject is one who speaks: the verbs of saying, and (active) those that blame or ask
    someone, which a place the gazetteer does not know as a state or its capital does not do."""
    lemma, lex = verb.lemma_.lower(), ctx.lexicon
    if lemma in lex.reporting_verbs:
        return True
    relation = lex.verb_relation(lemma)
    return active and relation is not None and relations()[relation].plover in SPOKEN


def _marked_as_place(ctx: Context, span: Span) -> bool:
    """Coordinated with a place, compounded with or governed by a place noun, or the object of 'in', 'near'."""
    words, root = name_words(), span.root
    if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
        for tok in _conjuncts(root):
            if not span.start <= tok.i < span.end and tok.ent_type_ in PLACE_LABELS:
                return True
    first = _conjuncts(root)[0]  # "the X and Y regions": Y modifies the place noun as X does
    if first.head.lemma_.lower() in words.place_nouns and first.dep_ in {"compound", "amod", "nmod"}:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in words.place_nouns:
        return True
    return root.dep_ == "pobj" and root.head.lower_ in words.place_prepositions


def _conjuncts(tok: Token) -> list[Token]:
    """Every member of the coordination a token is in."""
    first = first_conjunct(tok)
    return [first, *first.conjuncts]
