"""Events named again: 'Taipei condemned the drills', 'Lima rejected these accusations' (or 'the claims') stand
for whoever did the drills or made the accusations, as the article told before; the resolver finds who.

A definite noun ('the', 'these', 'those') naming an event the lexicon knows, with no doer or target of
its own ('the drills', not 'Freedonia's drills' or 'the drills near X'), of an event someone does to
someone, a visit included (not a meeting or an agreement, which have no one doer); not a noun that names
a group there ('the Freedonian opposition accused X').
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.candidates import Found
from kgraph.extract.context import Context, meeting
from kgraph.extract.syntax import NOMINAL
from kgraph.lexicon import NounSense
from kgraph.model import EntityType, Mention, MentionKind
from kgraph.relations import relations

DEFINITE = {"the", "these", "those", "this", "that"}
OWN_ROLES = {"poss", "prep", "compound", "nmod", "acl", "relcl", "appos"}
DESCRIBING_PREPS = {"as"}  # "rejected the claims as baseless": what they are called, not whose they are


def find(ctx: Context) -> Iterator[Found]:
    for tok in ctx.doc:
        if tok.pos_ not in NOMINAL or tok.i in ctx.mentions or tok.dep_ not in {"dobj", "pobj", "nsubj", "nsubjpass"}:
            continue
        sense = ctx.sense_of(tok) or _claimed(ctx, tok)
        if sense is None or relations()[sense.relation].symmetric or meeting(sense.relation):
            continue
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children):
            continue
        if any(c.dep_ in OWN_ROLES and c.lower_ not in DESCRIBING_PREPS for c in tok.children):
            continue  # "the drills near X", "the country's drills": the phrase says whose; not "as baseless"
        if _names_a_group(ctx, tok):
            continue  # "the Freedonian opposition accused X": people, not the act of opposing
        det = min(c.i for c in tok.lefts)
        span = ctx.doc[det : tok.i + 1]
        mention = Mention(
            span.text, span.start_char, span.end_char, EntityType.GROUP, kind=MentionKind.EVENT, event=sense.relation
        )
        yield Found(span.start, span.end, mention)


def _claimed(ctx: Context, tok: Token) -> NounSense | None:
    """What a noun for a claim names again: the last accusation ('Y rejected the claims'), though it names no event
    of its own ('territorial claims')."""
    claim = tok.lower_ in ctx.lexicon.claim_nouns
    return NounSense(ctx.lexicon.verbs["accuse"], ()) if claim else None


def _names_a_group(ctx: Context, tok: Token) -> bool:
    """Whether a noun the lexicon knows both as an event and as a group ('opposition', 'resistance') names the
    group: where it is a verb's subject, or a name qualifies it ('the Freedonian opposition')."""
    if tok.lower_ not in ctx.lexicon.group_nouns:
        return False
    return tok.dep_ == "nsubj" or any(c.dep_ == "amod" and c.i in ctx.mentions for c in tok.children)
