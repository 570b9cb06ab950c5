"""defiance: doing something despite someone's pressure, demands, warnings, objections or measures rejects them:
'X refused to resign despite pressure from Y', 'X went ahead with the vote in spite of Y's objections', 'despite
calls by Y to stop, X ...', 'marched in defiance of a ban by Y', 'in defiance of Y' (rejected); not doing something
until another does something rejects that one: 'X will not end the strike until Y meets its demands'.

Patterns: kgraph/data/rules/defiance.json (a verb with 'despite', 'notwithstanding' or 'in spite of'). The
lexicon's defiance says which nouns press on someone (those of the relations of asking, warning and
objecting, and words such as 'pressure'); the one defied is who the noun is from ('from Y', 'by Y', "Y's").
The verb's clause frames the fact, as the verb's own event, but for a negation: not doing what one is pressed to
do defies the pressure too.
"""

from __future__ import annotations

from collections.abc import Iterator

from kgraph.extract import clauses
from kgraph.extract.candidates import Anchor, Candidate
from kgraph.extract.context import Context
from kgraph.extract.registry import Rule
from kgraph.extract.syntax import child, pobj, preps
from kgraph.model import Modality

NAME = "defiance"
DEFYING = "defiance"  # "in defiance of X": what follows may be the one defied


def read(ctx: Context, anchor: Anchor) -> Iterator[Candidate]:
    yield from _despite(ctx, anchor)
    yield from _until(ctx, anchor)


def _until(ctx: Context, anchor: Anchor) -> Iterator[Candidate]:
    """'X will not end the strike until Y meets its demands', 'until its demands are met by Y': vowing not to do a
    thing until another acts sets that one a condition, a refusal aimed at them."""
    verb, it = anchor.trigger, ctx.lexicon.intent
    if not anchor.nodes("until") or clauses.modality(ctx, verb) is not Modality.NEGATED:
        return
    if not any(c.dep_ == "aux" and c.lower_ in it.future_auxiliaries for c in verb.children):
        return  # "did not attack until Y withdrew": when it happened, no stand taken
    if verb.lemma_ == "be" and child(verb, "acomp", "attr") is not None:
        return  # "Y will not be welcome until Y apologises": a state Y is in, no stand Y takes
    doers = ctx.subjects(verb)
    if awaited := [m for m in clauses.condition_subjects(ctx, verb, clauses.AWAITING) if m not in doers]:
        yield Candidate(verb, it.refusal, doers, awaited, clause=None, intent=False)


def _despite(ctx: Context, anchor: Anchor) -> Iterator[Candidate]:
    verb, lex = anchor.trigger, ctx.lexicon
    for despite in anchor.nodes("despite"):
        prep = despite if despite.dep_ == "prep" else next(iter(preps(despite, {"of"})), None)  # "in spite of"
        pressure = pobj(prep)
        defied = ctx.actors(pressure) if despite.lower_ == DEFYING else []  # "in defiance of X"
        if pressure is None or not (defied or lex.defies(despite.lower_, pressure.lower_, pressure.lemma_.lower())):
            continue
        modality = clauses.modality(ctx, verb)
        if modality is not None and (targets := defied or ctx.owners(pressure)):
            # "did not withdraw despite calls to": not doing it defies them too
            clause = None if modality is Modality.NEGATED else verb
            yield Candidate(verb, lex.intent.refusal, ctx.subjects(verb), targets, clause=clause, intent=False)


RULE = Rule(NAME, confidence=0.6, read=read)
