"""credit: saying that something could not have been done without someone credits them with it, and so
praises them: '"This could not have happened without X," the minister said', 'Y said the deal would not
have been possible without X's help' (praised).

Patterns: kgraph/data/rules/credit.json (a verb with a negation, the perfect 'have' and a 'without' phrase).
The lexicon's credit says which modals make the clause a counterfactual ('could', 'would'; not 'must not
have', which guesses at what happened). The one who credits is whoever says the clause, a quotation's
speaker or the subject of the verb of saying that governs it; the article's own statement credits no one.
The one credited is whoever the 'without' phrase names, or whose help it names.
"""

from __future__ import annotations

from collections.abc import Iterator

from kgraph.extract.candidates import Anchor, Candidate
from kgraph.extract.context import Context
from kgraph.extract.registry import Rule
from kgraph.extract.syntax import pobj

NAME = "credit"


def read(ctx: Context, anchor: Anchor) -> Iterator[Candidate]:
    verb = anchor.trigger
    if not any(c.dep_ == "aux" and c.lower_ in ctx.lexicon.credit_modals for c in verb.children):
        return
    speakers, reporting = ctx.said_by(verb)
    for without in anchor.nodes("without"):
        credited = [m for m in ctx.owners(pobj(without)) if m not in speakers]
        if speakers and credited:
            yield Candidate(verb, ctx.lexicon.verbs["praise"], speakers, credited, clause=reporting, intent=False)


RULE = Rule(NAME, confidence=0.6, read=read)
