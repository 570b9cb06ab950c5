"""visiting: 'the visiting X' is a visitor to where the sentence's event happens: 'the minister met the
visiting Freedonian president in Lima' (the president visited Lima).

Patterns: kgraph/data/rules/visiting.json (the modifier 'visiting' and the noun it modifies). The
visitor is whom that noun names; the place is the one an 'in' or 'at' phrase gives the clause the noun
is in (or the noun itself).
"""

from __future__ import annotations

from collections.abc import Iterator

from kgraph.extract.candidates import Anchor, Candidate
from kgraph.extract.context import Context
from kgraph.extract.registry import Rule
from kgraph.extract.syntax import governing_verb, pobj, preps

NAME = "visiting"
WHERE = {"in", "at"}


def read(ctx: Context, anchor: Anchor) -> Iterator[Candidate]:
    for noun in anchor.nodes("visitor"):
        visitors = ctx.actors(noun)
        clause = governing_verb(noun)
        holders = [noun, *noun.subtree] + ([clause] if clause is not None else [])
        objects = [pobj(prep) for h in holders for prep in preps(h, WHERE)]
        objects += [pobj(prep) for o in objects if o is not None for prep in preps(o, WHERE)]  # "at the palace in X"
        places = [p for o in objects if (p := ctx.place_of(o))]
        if visitors and places:
            yield Candidate(anchor.trigger, ctx.lexicon.verbs["visit"], visitors, places[:1], clause=clause)


RULE = Rule(NAME, confidence=0.7, read=read)
