"""obligation: what a speaker says another must do is a demand on them: 'X said Y must free the prisoners'
(X demanded, of Y).

Patterns: kgraph/data/rules/obligation.json (a clause complementing another verb, with an
auxiliary). The lexicon says which auxiliaries oblige (lexicon.json's intent.obligation_auxiliaries)
and which verbs report speech (modality.reporting_verbs); the relation is the lexicon's demand.
"""

from __future__ import annotations

from collections.abc import Iterator

from kgraph.extract.candidates import Anchor, Candidate
from kgraph.extract.context import Context
from kgraph.extract.registry import Rule
from kgraph.extract.syntax import SUBJECT_DEPS, child

NAME = "obligation"


def read(ctx: Context, anchor: Anchor) -> Iterator[Candidate]:
    clause, lex = anchor.trigger, ctx.lexicon
    if not any(aux.lower_ in lex.intent.obligation_auxiliaries for aux in anchor.nodes("modal")):
        return
    (speech,) = anchor.nodes("speech")  # the verb the clause complements: its head
    if speech.lemma_.lower() not in lex.reporting_verbs:
        return
    speaker, obliged = child(speech, *SUBJECT_DEPS), child(clause, *SUBJECT_DEPS)
    yield Candidate(clause, lex.intent.demand, ctx.actors(speaker), ctx.actors(obliged), clause=None)


RULE = Rule(NAME, confidence=0.8, read=read)
