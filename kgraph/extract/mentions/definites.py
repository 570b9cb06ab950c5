"""Definite descriptions: 'visited the country', 'a visit to the nation', 'talks with the communist-run
government' stand for the country the article has been talking about; the resolver finds which."""

from __future__ import annotations

from collections.abc import Iterator

from kgraph.extract.candidates import Found
from kgraph.extract.context import Context
from kgraph.model import EntityType, Mention, MentionKind

COUNTRY_NOUNS = {"country", "nation"}
# A state's rulers named without the state: "the government", "the ruling regime", "the authorities".
STATE_NOUNS = {"government", "regime", "authorities", "administration", "leadership", "junta"}
REGIONAL_NOUN = "state"  # a country only after a region's name: "the Andean state"
REGION_TYPES = {EntityType.PLACE, EntityType.GROUP}  # "Nordic", "Andean": a region or its peoples, no one country


def find(ctx: Context) -> Iterator[Found]:
    for tok in ctx.doc:
        word = tok.lower_
        if word not in COUNTRY_NOUNS | STATE_NOUNS | {REGIONAL_NOUN} or tok.i in ctx.mentions or tok.tag_ == "NNP":
            continue
        det = next((c for c in tok.lefts if c.dep_ == "det" and c.lower_ == "the"), None)
        if det is None or tok.dep_ in {"attr", "compound", "appos"}:
            continue  # "is the country", "the country's"
        if any(c.dep_ in {"prep", "poss"} for c in tok.children):
            continue  # "the country of his birth"
        regional = word not in STATE_NOUNS and _regional(ctx, det.i + 1, tok.i)
        if any(t.i in ctx.mentions for t in tok.lefts) and not regional:
            continue  # "the Freedonian government" (an institution, found elsewhere)
        if (word in COUNTRY_NOUNS | {REGIONAL_NOUN}) and det.i != tok.i - 1 and not regional:
            continue  # "the poorest country": a description, not the one named
        if word == REGIONAL_NOUN and not regional:
            continue  # "the state" alone may be any state's organs
        span = ctx.doc[det.i : tok.i + 1]
        mention = Mention(span.text, span.start_char, span.end_char, EntityType.COUNTRY, kind=MentionKind.DEFINITE)
        yield Found(span.start, span.end, mention)


def _regional(ctx: Context, start: int, end: int) -> bool:
    """Whether the words between the article and the noun name a region, not one country: 'the Nordic
    state', 'the Andean nation' stand for a country of that region the article has named; a place the
    gazetteer knows is in one country ('the Kabul government' is an institution, found elsewhere)."""
    named = [ctx.mentions.get(i) for i in range(start, end)]
    return bool(named) and all(m is not None and m.type in REGION_TYPES and not m.gazetteer_id for m in named)
