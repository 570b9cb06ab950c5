"""Personal pronouns: 'he', 'she', 'his', 'her' stand for a person the resolver finds before them; 'it' as an
object stands for a state or body the resolver may find before it ('X imposed sanctions on it')."""

from __future__ import annotations

from collections.abc import Iterator

from kgraph.extract.candidates import Found
from kgraph.extract.context import Context
from kgraph.extract.syntax import PERSON_PRONOUNS
from kgraph.model import EntityType, Mention, MentionKind

OBJECT_DEPS = {"dobj", "pobj", "dative"}  # where 'it' is what something is done to, never a dummy subject


def find(ctx: Context) -> Iterator[Found]:
    for tok in ctx.doc:
        if tok.pos_ != "PRON" or tok.i in ctx.mentions:
            continue
        if tok.lower_ in PERSON_PRONOUNS:
            entity_type = EntityType.PERSON
        elif tok.lower_ == "it" and tok.dep_ in OBJECT_DEPS:
            entity_type = EntityType.COUNTRY  # a state or a body: the resolver says which, if any
        else:
            continue
        yield Found(
            tok.i, tok.i + 1, Mention(tok.text, tok.idx, tok.idx + len(tok), entity_type, kind=MentionKind.PRONOUN)
        )
