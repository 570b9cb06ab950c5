"""Definite descriptions: 'visited the country', 'a visit to the nation' stand for the country the
article has been talking about; the resolver finds which."""

from __future__ import annotations

from collections.abc import Iterator

from kgraph.extract.candidates import Found
from kgraph.extract.context import Context
from kgraph.model import EntityType, Mention, MentionKind

COUNTRY_NOUNS = {"country", "nation"}


def find(ctx: Context) -> Iterator[Found]:
    doc = ctx.doc
    for tok in doc[1:]:
        det = doc[tok.i - 1]
        if tok.lower_ not in COUNTRY_NOUNS or det.lower_ != "the" or det.head != tok or tok.i in ctx.mentions:
            continue
        if tok.dep_ in {"attr", "compound", "appos"} or any(c.dep_ == "prep" for c in tok.children):
            continue  # "is the country", "the country's", "the country of his birth"
        span = doc[det.i : tok.i + 1]
        mention = Mention(span.text, span.start_char, span.end_char, EntityType.COUNTRY, kind=MentionKind.DEFINITE)
        yield Found(span.start, span.end, mention)
