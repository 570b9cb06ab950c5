"""agent_noun: a noun for the doer of an event, said of an actor: 'X is a fierce critic of Y' (criticized),
'X, a close ally of Y' (supported), 'X has become an opponent of Y' (rejected), 'X is the largest donor to Y'
(aided).

Patterns: kgraph/data/rules/agent_noun.json (a noun that completes a copula or stands in apposition,
with an 'of' or 'to' phrase). The lexicon's agent_nouns say which relation the doer's noun names; the actor
is the copula's subject or the name the apposition describes, the target is whose the phrase is.
"""

from __future__ import annotations

from collections.abc import Iterator

from kgraph.extract.candidates import Anchor, Candidate
from kgraph.extract.context import Context
from kgraph.extract.registry import Rule
from kgraph.extract.syntax import pobj

NAME = "agent_noun"


def read(ctx: Context, anchor: Anchor) -> Iterator[Candidate]:
    noun = anchor.trigger
    relation = ctx.lexicon.agent_relation(noun.lemma_.lower())
    if relation is None:
        return
    said = noun.head if noun.dep_ == "conj" else noun  # "X is a lawyer and a critic of Y"
    if said.dep_ == "appos":
        doers, clause = ctx.actors(said.head), None  # "X, a critic of Y"
    else:
        doers, clause = ctx.subjects(said.head), said.head  # "X is a critic of Y"
    targets = [m for of in anchor.nodes("of") for m in ctx.owners(pobj(of))]
    if doers and targets:
        yield Candidate(noun, relation, doers, targets, clause=clause, intent=False)


RULE = Rule(NAME, confidence=0.7, read=read)
