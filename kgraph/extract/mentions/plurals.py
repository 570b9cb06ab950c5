"""Plural references: 'the pair', 'the two leaders', 'both sides', 'they' stand for the two participants
named just before them; the resolver finds which two."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.candidates import Found
from kgraph.extract.context import Context
from kgraph.extract.syntax import SUBJECT_DEPS
from kgraph.model import EntityType, Mention, MentionKind

THEY = "they"
# Head noun -> the type both participants have; None: any two actors ("both sides").
PLURAL_HEADS: dict[str, EntityType | None] = {
    "pair": EntityType.PERSON,
    "duo": EntityType.PERSON,
    "leaders": EntityType.PERSON,
    "men": EntityType.PERSON,
    "women": EntityType.PERSON,
    "ministers": EntityType.PERSON,
    "presidents": EntityType.PERSON,
    "sides": None,
    "countries": EntityType.COUNTRY,
    "nations": EntityType.COUNTRY,
    "governments": EntityType.COUNTRY,
}
COUPLES = {"pair", "duo"}  # "the pair": two without a number
QUANTIFIERS = {"det", "predet", "nummod", "preconj"}


def find(ctx: Context) -> Iterator[Found]:
    for tok in ctx.doc:
        if tok.i in ctx.mentions:
            continue
        if tok.lower_ == THEY and tok.pos_ == "PRON" and tok.dep_ in SUBJECT_DEPS:
            mention = Mention(
                tok.text, tok.idx, tok.idx + len(tok), EntityType.PERSON,
                kind=MentionKind.PLURAL_PRONOUN, participants=EntityType.PERSON,
            )  # fmt: skip
            yield Found(tok.i, tok.i + 1, mention)
        elif tok.lower_ in PLURAL_HEADS and (found := _two_of(ctx, tok)):
            yield found


def _two_of(ctx: Context, head: Token) -> Found | None:
    """'both sides', 'the two leaders', 'the pair'; not 'both sides of the strait'."""
    mods = {c.lower_: c for c in head.children if c.dep_ in QUANTIFIERS}
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return None
    if not ("both" in mods or "the" in mods and ("two" in mods or head.lower_ in COUPLES)):
        return None
    span = ctx.doc[min(c.i for c in mods.values()) : head.i + 1]
    participants = PLURAL_HEADS[head.lower_]
    mention = Mention(
        span.text, span.start_char, span.end_char, participants or EntityType.COUNTRY,
        kind=MentionKind.PLURAL, participants=participants,
    )  # fmt: skip
    return Found(span.start, span.end, mention)
