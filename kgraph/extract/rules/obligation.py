"""obligation: what a speaker says another must do, or wants another to do, is a demand on them: 'X said
Y must free the prisoners', 'X wants Y to free the prisoners' (X demanded, of Y).

Patterns: kgraph/data/rules/obligation.json (a clause complementing another verb, with an
auxiliary). The lexicon says which auxiliaries oblige (lexicon.json's intent.obligation_auxiliaries),
which verbs report speech (modality.reporting_verbs) and which want (intent.wanting_verbs, with an
infinitive: 'to'); the relation is the lexicon's demand.
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
    (speech,) = anchor.nodes("speech")  # the verb the clause complements: its head
    auxiliaries = {aux.lower_ for aux in anchor.nodes("modal")}
    said = auxiliaries & lex.intent.obligation_auxiliaries and speech.lemma_.lower() in lex.reporting_verbs
    wanted = "to" in auxiliaries and speech.lemma_.lower() in lex.intent.wanting_verbs
    if not (said or wanted):
        return
    speaker, obliged = child(speech, *SUBJECT_DEPS), child(clause, *SUBJECT_DEPS)
    # a want is as its verb says it ("does not want Y to ..."); a reported obligation is the speaker's say
    yield Candidate(
        clause, lex.intent.demand, ctx.actors(speaker), ctx.actors(obliged), clause=speech if wanted else None
    )


RULE = Rule(NAME, confidence=0.8, read=read)
