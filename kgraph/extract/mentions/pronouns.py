"""Personal pronouns: 'he', 'she', 'his', 'her' stand for a person the resolver finds before them."""

from __future__ import annotations

from collections.abc import Iterator

from kgraph.extract.candidates import Found
from kgraph.extract.context import Context
from kgraph.extract.syntax import PERSON_PRONOUNS
from kgraph.model import EntityType, Mention, MentionKind


def find(ctx: Context) -> Iterator[Found]:
    for tok in ctx.doc:
        if tok.lower_ in PERSON_PRONOUNS and tok.pos_ == "PRON" and tok.i not in ctx.mentions:
            mention = Mention(tok.text, tok.idx, tok.idx + len(tok), EntityType.PERSON, kind=MentionKind.PRONOUN)
            yield Found(tok.i, tok.i + 1, mention)
