"""Institutions: 'the Freedonian government', "Freedonia's army", 'the government of Freedonia', 'police in
Freedonia', 'the Freedonian Constitutional Court' name an organ of a state, one government body of its
country whatever the wording; 'Freedonian government officials' speak for it. One country only: not
'the Freedonian and Ruritanian armies'."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.candidates import Found
from kgraph.extract.context import Context
from kgraph.extract.syntax import NOMINAL, pobj
from kgraph.model import EntityType, Mention, MentionKind

QUALIFIER_DEPS = {"amod", "compound", "nmod", "poss"}


def find(ctx: Context) -> Iterator[Found]:
    organs = ctx.lexicon.institution_nouns
    before = ""  # the word before, and a space
    for tok in ctx.doc:
        phrase = organs.get(before + tok.lower_)  # "armed forces": plural, and still one organ
        before = tok.lower_ + " "
        institution = phrase or organs.get(tok.lemma_.lower())
        if institution is None or tok.pos_ not in NOMINAL or _claimed(ctx, tok):
            continue
        officials = tok.dep_ == "compound" and tok.head.lemma_.lower() in ctx.lexicon.actor_nouns
        if officials and institution in ctx.lexicon.named_institutions:
            continue  # "the Freedonian foreign ministry spokesman": a title, held for Freedonia
        plural = not phrase and tok.lower_ != tok.lemma_.lower()  # "armies"; not "police"
        if plural or (tok.dep_ in {"compound", "amod", "nmod"} and not officials):
            continue
        if found := _of_a_state(ctx, tok, institution, officials) or _of_a_place(ctx, tok, institution):
            yield found


def _of_a_state(ctx: Context, tok: Token, institution: str, officials: bool) -> Found | None:
    """The organ with the state that qualifies it, before it or in an 'of'/'in' phrase after it."""
    doc = ctx.doc
    country, start, end = None, tok.i, tok.i + 1
    qualifiers = [*tok.lefts, *(c for c in tok.head.lefts if c.i < tok.i)] if officials else tok.lefts
    for c in qualifiers:  # "Freedonian government officials": the demonym may qualify the officials
        if c.dep_ in QUALIFIER_DEPS and (found := state_of(ctx, c)):
            country, start = found, c.left_edge.i
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in {"of", "in"}), None)
    if country is None and (obj := pobj(prep)) is not None and (found := state_of(ctx, obj)):
        country, end = found, obj.right_edge.i + 1
    if country is None:
        return None
    if institution in ctx.lexicon.named_institutions:  # "the Freedonian Constitutional Court", "foreign ministry"
        named = [t.text for t in doc[start : tok.i] if not _claimed(ctx, t) and t.dep_ in {"compound", "amod"}]
        institution = " ".join([*named, tok.text]) if named else institution
    if doc[start].lower_ == "the":
        start += 1
    span = doc[start:end]
    mention = Mention(
        span.text, span.start_char, span.end_char, EntityType.GOVERNMENT_BODY, country,
        MentionKind.INSTITUTION, institution=institution,
    )  # fmt: skip
    return Found(start, end, mention)


def _of_a_place(ctx: Context, tok: Token, institution: str) -> Found | None:
    """An organ that sits in a place no state is named by, 'a court in Ruritown', 'police in the Northern
    Province': that place's own, named by its kind and its place. Not armed forces, whose 'in' phrase says where
    they are sent ('the army in Ruritown'), and not one a word qualifies ('a Freedonian court in Ruritown')."""
    if ctx.lexicon.is_force(institution, tok.lower_) or any(c.dep_ in QUALIFIER_DEPS for c in tok.lefts):
        return None
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "in"), None)
    place = ctx.mentions.get(obj.i) if (obj := pobj(prep)) is not None else None
    if place is None or place.kind is not MentionKind.NAME or not _a_place(ctx, place, obj):
        return None
    span = ctx.doc[tok.i : obj.right_edge.i + 1]  # "a court in X": the article is no part of the name
    mention = Mention(
        span.text, span.start_char, span.end_char, EntityType.GOVERNMENT_BODY, kind=MentionKind.NAME,
        institution=institution,
    )  # fmt: skip
    return Found(span.start, span.end, mention)


def _a_place(ctx: Context, place: Mention, tok: Token) -> bool:
    """Whether a name is of a place that is no state: a city or region the gazetteer holds, or one the tagger
    calls a place."""
    if place.gazetteer_id:
        return ctx.gazetteer.entries[place.gazetteer_id].type is EntityType.PLACE
    return place.type is EntityType.PLACE or tok.ent_type_ in {"GPE", "LOC"}


def _claimed(ctx: Context, tok: Token) -> bool:
    """Whether an earlier pass found a mention here; a name the tagger alone found ('Foreign Ministry') does
    not count: the organ of a state is the surer reading."""
    mention = ctx.mentions.get(tok.i)
    return mention is not None and (mention.kind is not MentionKind.NAME or mention.gazetteer_id is not None)


def state_of(ctx: Context, tok: Token) -> str | None:
    """The country a word names on its own ('Freedonian', 'Freedonia', its capital), not in a coordination; or the
    one state 'its' stands for ('X welcomed the deal. Its foreign ministry said ...')."""
    mention = ctx.its(tok) or ctx.mentions.get(tok.i)
    if mention is None or mention.kind is not MentionKind.NAME or not mention.gazetteer_id:
        return None
    if any(c.dep_ == "conj" for c in tok.children) or tok.dep_ == "conj":
        return None
    entry = ctx.gazetteer.actor(mention.gazetteer_id)
    return entry.id if entry.type is EntityType.COUNTRY else None
