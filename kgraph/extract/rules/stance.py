"""stance: an adjective that says one's stance toward someone, as its subject's predicate: 'X was critical of
Y' (criticized), 'X remains supportive of Y' (supported), 'X said it was grateful to Y' (praised), 'X is
opposed to Y's plan' (rejected); after a noun, as a clause on it: 'X issued a report critical of Y'; or its
adverb as the manner of a verb: 'X reacted angrily to Y's decision'.

Patterns: kgraph/data/rules/stance.json (an adjective complement with a preposition). The lexicon's
stance_adjectives say which adjectives hold which stance and which prepositions name toward whom; the
one the stance is toward is an actor the phrase names, or whose the thing named is ('critical of Y's
plan'). The verb the adjective completes frames the clause ('was not critical of Y' is negated).
"""

from __future__ import annotations

from collections.abc import Iterator

from kgraph.extract.candidates import Anchor, Candidate
from kgraph.extract.context import Context
from kgraph.extract.registry import Rule
from kgraph.extract.syntax import governing_verb, pobj

NAME = "stance"


def read(ctx: Context, anchor: Anchor) -> Iterator[Candidate]:
    word, lex = anchor.trigger, ctx.lexicon  # an adjective, or the adverb of one
    relation = lex.stance_relation(word.lemma_.lower())
    if relation is None:
        return
    toward = [pobj(p) for p in anchor.nodes("toward") if p.lower_ in lex.stance_preps]
    targets = [m for obj in toward for m in ctx.owners(obj)]
    if not targets:
        return
    if word.dep_ == "amod":  # "issued a report critical of Y": who issued it, in the clause that did
        if word.i > word.head.i:
            yield Candidate(word, relation, ctx.subjects(word), targets, clause=governing_verb(word.head) or word)
        return
    verb = word.head
    yield Candidate(word, relation, ctx.subjects(verb), targets, clause=verb)


RULE = Rule(NAME, confidence=0.7, read=read)
