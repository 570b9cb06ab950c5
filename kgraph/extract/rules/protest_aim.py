"""protest_aim: a protest whose own clause demands something of someone is aimed at them: 'thousands
marched through the capital, calling for the resignation of X', 'a rally demanding X's removal'
(protestedAgainst X, PLOVER PROTEST), besides the demand itself, which the verb's own rule reads.

Patterns: kgraph/data/rules/protest_aim.json (a verb or noun with a participle clause). The protest is a
verb or noun the lexicon reads as protestedAgainst; the clause's verb is one of asking or demanding
(PLOVER REQUEST), and whom it asks is whom its own rule found; the protesters are the protest verb's
subjects, or the owners of the protest noun, or the subjects of the verb that holds it ('held a rally').
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.candidates import Anchor, Candidate, Evoked
from kgraph.extract.context import Context
from kgraph.extract.registry import Rule
from kgraph.extract.syntax import VERBAL, governing_verb
from kgraph.relations import relations

NAME = "protest_aim"
PROTEST = "protestedAgainst"
ASKING = "REQUEST"  # PLOVER's type of asking and demanding


def read(ctx: Context, anchor: Anchor) -> Iterator[Candidate]:
    protest = anchor.trigger
    if not _protests(ctx, protest):
        return
    asked = [e.objects for c in anchor.nodes("demand") if (e := ctx.evoked(c)) is not None and _asks(e)]
    if not asked:
        return
    holder = protest if protest.pos_ in VERBAL else governing_verb(protest)
    protesters = ctx.subjects(protest) if protest.pos_ in VERBAL else ctx.owners(protest)
    protesters = protesters or (ctx.subjects(holder) if holder is not None else [])
    for whom in asked if protesters else ():
        yield Candidate(protest, PROTEST, protesters, whom, clause=holder)


def _asks(evoked: Evoked) -> bool:
    """Whether a clause asks or demands something of someone it names."""
    return relations()[evoked.relation].plover == ASKING and bool(evoked.objects)


def _protests(ctx: Context, word: Token) -> bool:
    """Whether a verb or noun names a protest ('marched', 'rallied', 'a demonstration')."""
    if word.pos_ in VERBAL:
        evoked = ctx.evoked(word)
        return evoked is not None and evoked.relation == PROTEST
    sense = ctx.sense_of(word)
    return sense is not None and sense.relation == PROTEST


RULE = Rule(NAME, confidence=0.65, read=read)
