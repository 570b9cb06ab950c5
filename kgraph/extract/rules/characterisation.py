"""characterisation: calling something by a damning or a praising word criticises or praises whoever did
it: 'X described Y's raid as a massacre' (criticized), 'X called the talks constructive' (praised).

Patterns: kgraph/data/rules/characterisation.json (a verb and its description: an 'as' phrase on
the verb or its object, or a predicate complement). The lexicon says which verbs characterise
(lexicon.json's characterizing_verbs) and which relation the description's words report
(Lexicon.characterisation_relation: damning_words, praising_words). The target is whose the thing
is, or who did it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.candidates import Anchor, Candidate
from kgraph.extract.context import Context
from kgraph.extract.registry import Rule
from kgraph.extract.syntax import RELATIVE_PRONOUNS, child
from kgraph.model import Mention

NAME = "characterisation"


def read(ctx: Context, anchor: Anchor) -> Iterator[Candidate]:
    verb = anchor.trigger
    if verb.lemma_.lower() not in ctx.lexicon.characterizing_verbs:
        return
    said = {t for description in anchor.nodes("description") for t in description.subtree}
    words = {t.lemma_.lower() for t in said} | {t.lower_ for t in said}
    negated = any(t.dep_ == "neg" for t in said)
    relation = ctx.lexicon.characterisation_relation(words, negated)
    obj = child(verb, "dobj")
    if obj is not None and obj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        obj = verb.head  # "the raid, which X described as a massacre"
    if relation is None or obj is None:
        return
    targets = ctx.owners(obj) or _doer(ctx, obj)
    yield Candidate(verb, relation, ctx.subjects(verb), targets, clause=verb, intent=False)


def _doer(ctx: Context, thing: Token) -> list[Mention]:
    """Who did a thing named as an object: 'X held exercises surrounding the island' -> X."""
    steps = 0
    while thing.dep_ == "dobj" and thing.head.dep_ == "acl" and steps < 3:
        thing, steps = thing.head.head, steps + 1
    if thing.dep_ == "dobj" and thing.head.pos_ == "VERB":
        return ctx.subjects(thing.head)
    return []


RULE = Rule(NAME, confidence=0.8, read=read)
