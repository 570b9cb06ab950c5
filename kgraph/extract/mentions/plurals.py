"""Plural references: 'the pair', 'the two leaders', 'both sides', 'they' stand for the two participants
named just before them, 'the three leaders' for three; the resolver finds which."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.candidates import Found
from kgraph.extract.context import Context
from kgraph.extract.syntax import SUBJECT_DEPS
from kgraph.model import COUPLES, NUMBER_WORDS, EntityType, Mention, MentionKind

THEY = "they"
# Head noun -> the type both participants have; None: any two actors ("both sides"). Other plural nouns
# for people or parties refer too (_participants).
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
        elif (found := _two_of(ctx, tok)) is not None:
            yield found


def _participants(ctx: Context, head: Token, each: bool = False) -> tuple[bool, EntityType | None]:
    """Whether a noun can name two actors, and the type both have: the heads above, and any plural noun
    for people ('the two envoys': people) or for parties to something ('both parties', 'the two rivals'); after
    'each', the bare singular of one of the heads above ('greeted each leader')."""
    word, lex = head.lower_, ctx.lexicon
    if each:  # "each leader", "each side"; not "each member state", "each official involved"
        bare = not any(c.dep_ in {"compound", "prep", "acl", "relcl"} for c in head.children)
        return bare and f"{word}s" in PLURAL_HEADS, PLURAL_HEADS.get(f"{word}s")
    if word in PLURAL_HEADS:
        return True, PLURAL_HEADS[word]
    if head.tag_ not in {"NNS", "NNPS"}:
        return False, None
    lemma = head.lemma_.lower()
    if lemma in lex.reciprocal_nouns:  # "the rivals": people or states
        return True, None
    if lemma in lex.people_nouns or lemma in lex.actor_nouns and lemma not in lex.institution_nouns:
        return True, EntityType.PERSON if lemma in lex.people_nouns else None
    return lemma in lex.group_nouns or lemma in lex.agent_nouns, None


def _described(ctx: Context, head: Token) -> bool:
    """Whether a plural noun for people of no office is qualified by a name ('the two Xian pilots'): those people,
    whoever was named before; not those who act for someone ('the two Xian envoys') or the heads above."""
    lemma = head.lemma_.lower()
    if head.lower_ in PLURAL_HEADS or lemma not in ctx.lexicon.people_nouns or lemma in ctx.lexicon.actor_nouns:
        return False
    return any(c.dep_ in {"amod", "compound"} and c.i in ctx.mentions for c in head.lefts)


def _two_of(ctx: Context, head: Token) -> Found | None:
    """'both sides', 'each side', 'the two leaders', 'the pair', 'the rivals' (a noun of a relation between them),
    'the leaders' (a title's plural: those just named who hold it), and with a number, 'the three leaders'; not
    'both sides of the strait'."""
    mods = {c.lower_: c for c in head.children if c.dep_ in QUANTIFIERS}
    each = "each" in mods and head.tag_ == "NN"  # "greeted each leader": every one of those just named
    refers, participants = _participants(ctx, head, each)
    if not refers:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return None
    if _described(ctx, head):
        return None  # "the two Xian pilots": people a name describes, a group of their own (groups.py)
    reciprocal = head.tag_ in {"NNS", "NNPS"} and head.lemma_.lower() in ctx.lexicon.reciprocal_nouns
    counted = bool(NUMBER_WORDS.keys() & mods) and bool({"the", "all"} & mods.keys())  # "the three leaders", "all four"
    titled = head.tag_ == "NNS" and head.lemma_.lower() in ctx.gazetteer.lower_titles  # "the leaders", "the ministers"
    titled = titled and not any(t.i in ctx.mentions for t in head.lefts)  # "the X and Y ministers": their own sides
    if not ("both" in mods or each or counted or "the" in mods and (head.lower_ in COUPLES or reciprocal or titled)):
        return None
    span = ctx.doc[min(c.i for c in mods.values()) : head.i + 1]
    mention = Mention(
        span.text, span.start_char, span.end_char, participants or EntityType.COUNTRY,
        kind=MentionKind.PLURAL, participants=participants,
    )  # fmt: skip
    return Found(span.start, span.end, mention)
