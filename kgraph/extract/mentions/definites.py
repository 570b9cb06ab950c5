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


def find(ctx: Context) -> Iterator[Found]:
    for tok in ctx.doc:
        word = tok.lower_
        if word not in COUNTRY_NOUNS | STATE_NOUNS or tok.i in ctx.mentions or tok.tag_ == "NNP":
            continue
        det = next((c for c in tok.lefts if c.dep_ == "det" and c.lower_ == "the"), None)
        if det is None or tok.dep_ in {"attr", "compound", "appos"}:
            continue  # "is the country", "the country's"
        if any(c.dep_ in {"prep", "poss"} for c in tok.children) or any(t.i in ctx.mentions for t in tok.lefts):
            continue  # "the country of his birth", "the Freedonian government" (an institution, found elsewhere)
        if word in COUNTRY_NOUNS and det.i != tok.i - 1:
            continue  # "the poorest country": a description, not the one named
        span = ctx.doc[det.i : tok.i + 1]
        mention = Mention(span.text, span.start_char, span.end_char, EntityType.COUNTRY, kind=MentionKind.DEFINITE)
        yield Found(span.start, span.end, mention)
