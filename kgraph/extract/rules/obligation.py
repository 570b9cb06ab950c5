"""obligation: what a speaker says another must do, or wants another to do, is a demand on them: 'X said
Y must free the prisoners', 'X wants Y to free the prisoners' (X demanded, of Y).

Patterns: kgraph/data/rules/obligation.json (a clause complementing another verb, with an
auxiliary). The lexicon says which auxiliaries oblige (lexicon.json's intent.obligation_auxiliaries),
which verbs report speech (modality.reporting_verbs) and which want (intent.wanting_verbs, with an
infinitive: 'to'); the relation is the lexicon's demand.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract import clauses
from kgraph.extract.candidates import Anchor, Candidate
from kgraph.extract.context import Context
from kgraph.extract.registry import Rule
from kgraph.extract.syntax import SUBJECT_DEPS, child, governing_verb, phrasal_lemma

NAME = "obligation"


def read(ctx: Context, anchor: Anchor) -> Iterator[Candidate]:
    for speech in anchor.nodes("speech"):
        yield from _said(ctx, anchor, speech)
    for request in anchor.nodes("request"):
        yield from _asked(ctx, anchor.trigger, request)


def _said(ctx: Context, anchor: Anchor, speech: Token) -> Iterator[Candidate]:
    clause, lex = anchor.trigger, ctx.lexicon
    auxiliaries = {aux.lower_ for aux in anchor.nodes("modal")}
    obliged_form = auxiliaries & lex.intent.obligation_auxiliaries or clauses.mandative(clause)
    said = obliged_form and speech.lemma_.lower() in lex.reporting_verbs
    wanted = "to" in auxiliaries and speech.lemma_.lower() in lex.intent.wanting_verbs
    if not (said or wanted):
        return
    speaker, obliged = child(speech, *SUBJECT_DEPS), child(clause, *SUBJECT_DEPS)
    # a want is as its verb says it ("does not want Y to ..."); a reported obligation is the speaker's say
    yield Candidate(
        clause, lex.intent.demand, ctx.actors(speaker), ctx.actors(obliged), clause=speech if wanted else None
    )


def _asked(ctx: Context, clause: Token, request: Token) -> Iterator[Candidate]:
    """'X's call for Y to free the prisoners', 'X repeated its demand that Y free them': the request's owner
    (its possessor, or the subject of the verb that makes it) asks it of the clause's subject."""
    relation = ctx.lexicon.request_relation(request.lemma_.lower())
    if relation is None:
        return
    owner = child(request, "poss")
    maker = governing_verb(request)
    if owner is not None:
        askers = ctx.actors(owner)
    elif maker is not None and ctx.lexicon.support_relation(phrasal_lemma(maker), request.lemma_.lower()) == relation:
        askers = ctx.subjects(maker)  # "X repeated its call", "X issued a demand"; not "X rejected the call"
    else:
        return
    yield Candidate(request, relation, askers, ctx.actors(child(clause, *SUBJECT_DEPS)), clause=maker)


RULE = Rule(NAME, confidence=0.8, read=read)
