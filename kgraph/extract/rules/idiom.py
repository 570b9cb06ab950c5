"""idiom: a fixed phrase whose verb, noun and preposition report an event together, none of them alone:
'X took aim at Y' (criticized), 'X poured cold water on Y's plan' (rejected), 'X came to the aid of Y'
(aided), 'X rushed to Y's defence' (supported), 'X took Y to court' (accused).

Patterns: kgraph/data/rules/idiom.json (every verb). The lexicon's idioms list the phrases by shape: the
verb's object and a preposition naming whom it is aimed at ('took aim at Y'); a preposition and a noun
whose possessor or 'of' phrase names whom it is for ('came to the aid of Y'); or the verb's object as
whom it is done to, before a preposition and a noun ('took Y to court').
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract import verb_clause
from kgraph.extract.candidates import Anchor, Candidate, Evoked
from kgraph.extract.context import Context
from kgraph.extract.registry import Rule
from kgraph.extract.syntax import child, pobj, preps
from kgraph.model import Mention

NAME = "idiom"
MODIFIER_DEPS = {"amod", "compound"}  # "poured cold water on": the words of the fixed noun


def evoke(ctx: Context, anchor: Anchor) -> Evoked | None:
    verb = anchor.trigger
    lemma, obj = verb.lemma_.lower(), child(verb, "dobj")
    if lemma not in ctx.lexicon.idioms:
        return None  # no fixed phrase begins with this verb
    return _object_then_preposition(ctx, lemma, verb, obj) or _preposition_then_noun(ctx, lemma, verb, obj)


def _object_then_preposition(ctx: Context, lemma: str, verb: Token, obj: Token | None) -> Evoked | None:
    """'took aim at X': the fixed object, then a preposition on it or on the verb naming whom it is aimed at."""
    if obj is None:
        return None
    words = [*(c.lower_ for c in obj.lefts if c.dep_ in MODIFIER_DEPS), obj.lemma_.lower()]
    for prep in _preps(verb, obj):
        if relation := ctx.lexicon.idiom_relation(lemma, "object", *words, prep.lower_):
            return Evoked(relation, NAME, ctx.owners(pobj(prep)))
    return None


def _preposition_then_noun(ctx: Context, lemma: str, verb: Token, obj: Token | None) -> Evoked | None:
    """'came to the aid of X' (for whose the noun is), 'took X to court' (done to the object). The parser may read
    'to' and its noun as an infinitive ('took X to court')."""
    phrases = [(p.lower_, n) for p in _preps(verb) if (n := pobj(p)) is not None]
    phrases += [(aux.lower_, c) for c in verb.children if c.dep_ == "xcomp" and (aux := child(c, "aux")) is not None]
    for prep, noun in phrases:
        if relation := ctx.lexicon.idiom_relation(lemma, "noun", prep, noun.lemma_.lower()):
            return Evoked(relation, NAME, _whose(ctx, noun))
        if obj is not None and (relation := ctx.lexicon.idiom_relation(lemma, "someone", prep, noun.lower_)):
            return Evoked(relation, NAME, ctx.actors(obj))
    return None


def _preps(*holders: Token) -> list[Token]:
    """The prepositions the holders govern, 'to' of a recipient too ('paid homage to X')."""
    return [c for holder in holders for c in holder.children if c.dep_ in {"prep", "dative"} and c.pos_ == "ADP"]


def _whose(ctx: Context, noun: Token) -> list[Mention]:
    """Whom a fixed phrase's noun is for: its possessor ('X's defence') or its 'of' phrase ('the aid of X')."""
    owners = [m for c in noun.children if c.dep_ == "poss" for m in ctx.actors(c)]
    return owners + [m for p in preps(noun, {"of"}) for m in ctx.actors(pobj(p))]


def read(ctx: Context, anchor: Anchor) -> Iterator[Candidate]:
    verb = anchor.trigger
    evoked = ctx.evoked(verb)
    if evoked is None or evoked.rule != NAME or not evoked.objects:
        return  # another construction reads this verb
    if cand := verb_clause.read(ctx, verb, evoked.relation, evoked.objects):
        yield cand


RULE = Rule(NAME, confidence=0.75, read=read, evoke=evoke)
