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

from kgraph.extract.candidates import Anchor, Candidate
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
    for clause in anchor.nodes("demand"):
        evoked = ctx.evoked(clause)
        if evoked is None or relations()[evoked.relation].plover != ASKING or not evoked.objects:
            continue
        holder = protest if protest.pos_ in VERBAL else governing_verb(protest)
        protesters = ctx.subjects(protest) if protest.pos_ in VERBAL else ctx.owners(protest)
        protesters = protesters or (ctx.subjects(holder) if holder is not None else [])
        if protesters:
            yield Candidate(protest, PROTEST, protesters, evoked.objects, clause=holder)


def _protests(ctx: Context, word: Token) -> bool:
    """Whether a verb or noun names a protest ('marched', 'rallied', 'a demonstration')."""
    if word.pos_ in VERBAL:
        evoked = ctx.evoked(word)
        return evoked is not None and evoked.relation == PROTEST
    sense = ctx.lexicon.noun_sense(word.lower_, word.lemma_.lower())
    return sense is not None and sense.relation == PROTEST


RULE = Rule(NAME, confidence=0.65, read=read)
