"""harm: a speaker who says an actor's deed harms peace, stability or others criticises that actor:
'"X's drills undermine stability," the minister said', 'X said Y's moves were fuelling tensions'.

Patterns: kgraph/data/rules/harm.json (a verb of harming with a subject; a verb of making worse with a
trouble for its object). The speaker is whoever says the quotation the verb is in, or the subject of
the verb of saying whose clause it is; a statement with no speaker (the article's own) is no one's
criticism. The target is whose the deed is, or the actor the subject names; never the speaker.
"""

from __future__ import annotations

from collections.abc import Iterator

from kgraph.extract.candidates import Anchor, Candidate
from kgraph.extract.context import Context
from kgraph.extract.registry import Rule
from kgraph.extract.syntax import child

NAME = "harm"


def read(ctx: Context, anchor: Anchor) -> Iterator[Candidate]:
    verb = anchor.trigger
    if any(c.dep_ == "neg" for c in verb.children):
        return  # "does not undermine": no blame
    speakers, reporting = ctx.said_by(verb)
    doers = [m for m in ctx.owners(child(verb, "nsubj")) if m not in speakers]
    if speakers and doers:
        yield Candidate(verb, ctx.lexicon.verbs["criticize"], speakers, doers, clause=reporting, intent=False)


RULE = Rule(NAME, confidence=0.65, read=read)
