"""Blocs: 'Nordic countries', 'Western powers', 'Gulf states' name a set of states by the part of the world they
share; the set acts under that name ('Western powers urged X'), as no one of its members does."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.candidates import Found
from kgraph.extract.context import Context
from kgraph.extract.syntax import MODIFIER_DEPS
from kgraph.model import EntityType, Mention

REGIONS = {EntityType.GROUP, EntityType.PLACE}  # what a region word is named as ('European', 'the Gulf')


def find(ctx: Context) -> Iterator[Found]:
    lex = ctx.lexicon
    for tok in ctx.doc:
        if _region_named(ctx, tok):  # "the West": the region's states acting as one
            yield Found(tok.i, tok.i + 1, Mention(tok.text, tok.idx, tok.idx + len(tok), EntityType.GROUP))
        if tok.tag_ not in {"NNS", "NNPS"} or tok.lower_ not in lex.bloc_nouns or tok.i in ctx.mentions:
            continue
        start = _region_from(ctx, tok)
        if start < tok.i:
            span = ctx.doc[start : tok.i + 1]
            yield Found(start, tok.i + 1, Mention(span.text, span.start_char, span.end_char, EntityType.GROUP))


def _region_named(ctx: Context, tok: Token) -> bool:
    """'the West' on its own, not the first word of a longer name ('the West Bank') or a part of somewhere ('the
    West of the island')."""
    if tok.text not in ctx.lexicon.region_names or tok.i == 0 or ctx.doc[tok.i - 1].lower_ != "the":
        return False
    after = ctx.doc[tok.i + 1] if tok.i + 1 < len(ctx.doc) else None
    part_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    return tok.dep_ not in MODIFIER_DEPS and not part_of and (after is None or not after.is_title)


def _region_from(ctx: Context, head: Token) -> int:
    """Where the words for a region before the noun start: the adjacent modifiers that name a part of the world
    and no single state ('West African', 'Nordic'); the noun's own position when there are none."""
    start = head.i
    for left in reversed([c for c in head.lefts if c.dep_ in MODIFIER_DEPS]):
        if left.i != start - 1 or not _names_a_region(ctx, left):
            break
        start = _mention_start(ctx, left)
    return start


def _names_a_region(ctx: Context, tok: Token) -> bool:
    if tok.lower_ in ctx.lexicon.region_words:
        return True
    mention = ctx.mentions.get(tok.i)
    if mention is None or mention.type not in REGIONS:
        return False
    entry = ctx.gazetteer.entries.get(mention.gazetteer_id or "")
    return entry is None or entry.type is not EntityType.COUNTRY


def _mention_start(ctx: Context, tok: Token) -> int:
    """The first token of the mention a token is in ('Latin' of 'Latin American'), or the token's own."""
    start = tok.i
    while start > 0 and ctx.mentions.get(start - 1) is ctx.mentions.get(tok.i) is not None:
        start -= 1
    return start
