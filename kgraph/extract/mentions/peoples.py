"""Peoples: 'Freedonians', 'ethnic Freedonians', '4 Freedonians': a plural demonym names people, not their state;
'the Freedonians' named whole, acting in the news, are their state."""

from __future__ import annotations

from collections.abc import Iterator

from kgraph.extract.candidates import Found
from kgraph.extract.context import Context
from kgraph.extract.syntax import MODIFIER_DEPS
from kgraph.gazetteer import Place
from kgraph.model import EntityType, Mention


def find(ctx: Context) -> Iterator[Found]:
    doc, gaz = ctx.doc, ctx.gazetteer
    for ent in ctx.ents:
        mention = ctx.mentions.get(ent.start)
        entry = gaz.entries.get(mention.gazetteer_id or "") if mention else None
        root = ent.root
        if entry is None or entry.type is not EntityType.COUNTRY or root.tag_ not in {"NNPS", "NNS"}:
            continue
        if root.dep_ in MODIFIER_DEPS or _names_the_state(ent.text, entry):
            continue
        if root.text in gaz.demonyms:  # "the Swiss": the word for the state too
            continue
        if ent.start > 0 and doc[ent.start - 1].lower_ == "the" and not any(c.dep_ == "amod" for c in root.lefts):
            continue  # "asked the Freedonians to stop": a people named whole, acting as its state
        start = ent.start
        if start > 0 and doc[start - 1].dep_ == "amod" and doc[start - 1].head == root:
            start -= 1  # "ethnic Freedonians"
        span = doc[start : ent.end]
        yield Found(start, ent.end, Mention(span.text, span.start_char, span.end_char, EntityType.GROUP))


def _names_the_state(text: str, entry: Place) -> bool:
    """'the Philippines', 'Netherlands': a plural word that is the state's own name, not its people."""
    key = text.lower().removeprefix("the ").strip()
    return key in {n.lower().removeprefix("the ").strip() for n in (entry.name, *entry.aliases)}
