"""Roles: a person's title and the country or body they hold it for, from the words before their name
('Freedonian Foreign Minister Ana Ruiz') or an apposition ('Ana Ruiz, Freedonia's foreign minister')."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kgraph.extract.context import ORGANIZATIONS, Context
from kgraph.extract.mentions.role_nouns import COUNTERPART
from kgraph.extract.syntax import evidence
from kgraph.model import EntityType, Mention, MentionKind, Role

WINDOW = 7  # words before a name that may hold its title
NOT_IN_A_TITLE = {"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "DET", "NUM"}
TITLE_PUNCTUATION = {"-", "’s", "'s"}
TITLE_PREPS = {"of", "for", "to"}  # inside a title: 'Secretary of State', 'Minister for Foreign Affairs', 'Envoy to X'
POSTED = {"to"}  # what a post is to comes after it: the name's title is before it, unless one comes after


def roles(ctx: Context) -> Iterator[Role]:
    held: list[tuple[int, Role]] = []  # the roles found so far and where their names start, for counterparts
    for ent in _named_people(ctx):
        person = ctx.mentions[ent.start]
        stated = evidence(ctx.sentence(ent.start, ent.end))
        window = _title_window(ctx, ent)
        if found := find_title(ctx, window) or _counterparts_title(ctx, window, held):
            title, affiliation = found
            affiliation = affiliation or _served_after(ctx, ent) or _held_before_and(ctx, window)
            held.append((ent.start, Role(person, title, affiliation, stated)))
            yield held[-1][1]
        for tok in ent.root.children:
            if tok.dep_ == "appos" and tok.i not in ctx.mentions and (found := find_title(ctx, list(tok.subtree))):
                yield Role(person, *found, stated)
        if (found := _title_named_before(ctx, ent)) is not None:
            yield Role(person, *found, stated)


def titled(ctx: Context, person: Mention) -> bool:
    """Whether the article gives a person it names a title there ('Ambassador X', 'X, the envoy'): one who holds
    an office, not a private person."""
    ent = ctx.doc.char_span(person.start, person.end, alignment_mode="expand")
    if ent is None:
        return False
    if find_title(ctx, _title_window(ctx, ent)) or _title_named_before(ctx, ent):
        return True
    return any(tok.dep_ == "appos" and find_title(ctx, list(tok.subtree)) for tok in ent.root.children)


def _counterparts_title(
    ctx: Context, window: list[Token], held: list[tuple[int, Role]]
) -> tuple[str, Mention | None] | None:
    """'Freedonian Foreign Minister X met her Ruritanian counterpart Y': Y holds X's title, for the country the
    words before 'counterpart' name. X is the last person given a title before, in the same sentence."""
    at = next((t for t in window if t.lemma_.lower() == COUNTERPART), None)
    if at is None or not held or ctx.sentence(held[-1][0]) != ctx.sentence(at.i):
        return None
    serves = _held_for(ctx, [m for t in window if t.i < at.i and (m := ctx.mentions.get(t.i))])
    return (held[-1][1].position, serves[0]) if serves else None


def _named_people(ctx: Context) -> list[Span]:
    """The people the tagger named, and those the mention passes named where it missed them ('visiting Prime
    Minister of Freedonia Ana Kalu'), in text order."""
    spans = [ent for ent in ctx.ents if ent.label_ == "PERSON" and ent.start in ctx.mentions]
    covered = {i for ent in spans for i in range(ent.start, ent.end)}
    names: dict[int, list[int]] = {}  # each person's name among the mentions -> its tokens
    for i, mention in ctx.mentions.items():
        if mention.type is EntityType.PERSON and mention.kind is MentionKind.NAME:
            names.setdefault(id(mention), []).append(i)
    spans += [Span(ctx.doc, min(ts), max(ts) + 1, label="PERSON") for ts in names.values() if min(ts) not in covered]
    return sorted(spans, key=lambda span: span.start)


def _title_named_before(ctx: Context, ent: Span) -> tuple[str, Mention | None] | None:
    """'the Freedonian ambassador to the UN, Ana Ruiz, said': the name is in apposition to its title."""
    head = ent.root.head
    if ent.root.dep_ != "appos" or head.i in ctx.mentions or head.i > ent.start:
        return None
    return find_title(ctx, list(ctx.doc[head.left_edge.i : ent.start]))


def _served_after(ctx: Context, ent: Span) -> Mention | None:
    """'President Ana Ruiz of Freedonia': the country or body named in an 'of' phrase on the name."""
    for prep in (c for c in ent.root.children if c.dep_ == "prep" and c.lower_ == "of"):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        mention = ctx.mentions.get(obj.i) if obj is not None else None
        if mention is not None and mention.type in {EntityType.COUNTRY, *ORGANIZATIONS}:
            return mention
    return None


def _title_window(ctx: Context, ent: Span) -> list[Token]:
    """The words just before a name that may hold its title: 'Freedonian foreign secretary'."""
    window: list[Token] = []
    i, first = ent.start - 1, ctx.sentence(ent.start, ent.end).start
    while i >= first and len(window) < WINDOW:
        tok = ctx.doc[i]
        mention = ctx.mentions.get(i)
        if mention and mention.type is EntityType.PERSON:
            break
        if (
            (tok.pos_ in NOT_IN_A_TITLE and tok.lower_ not in TITLE_PREPS)
            or (tok.pos_ == "PUNCT" and tok.text not in TITLE_PUNCTUATION)
            or (tok.pos_ == "PRON" and tok.dep_ != "poss")
            or (tok.lower_ in POSTED and find_title(ctx, window))  # "adviser to Prime Minister X": X's title
        ):
            break
        window.insert(0, tok)
        i -= 1
    return window


def _held_before_and(ctx: Context, window: list[Token]) -> Mention | None:
    """'Freedonian Deputy Premier and Foreign Minister Ana Ruiz': titles joined by 'and' before a name are all
    held for the country or body named before the first."""
    conj = ctx.doc[window[0].i - 1] if window and window[0].i > 1 else None
    if conj is None or conj.lower_ != "and" or not ctx.person_noun(ctx.doc[conj.i - 1].lower_):
        return None
    held = _held_for(ctx, [m for t in _title_window(ctx, ctx.doc[conj.i : conj.i]) if (m := ctx.mentions.get(t.i))])
    return held[0] if held else None


def find_title(ctx: Context, tokens: list[Token]) -> tuple[str, Mention | None] | None:
    """The first known title in the tokens, with the country or body it is held for:
    a country or body named before it ('Freedonian foreign secretary', "Freedonia's vice president"),
    or an organisation after it ('vice chairman of the Freedonian Chamber of Trade')."""
    if not tokens:
        return None
    text, starts = " ", []  # lower-cased words, hyphens as spaces; where each token starts
    for tok in tokens:
        starts.append(len(text))
        if word := " ".join(tok.lower_.replace("-", " ").split()):
            text += word + " "
    for title in ctx.gazetteer.titles:
        key = title.lower().replace("-", " ")
        at = max(text.find(f" {key} "), text.find(f" {key}s "))
        if at >= 0:
            return title, _affiliation(ctx, tokens, key, sum(start <= at for start in starts))
    return None


def _affiliation(ctx: Context, tokens: list[Token], key: str, before: int) -> Mention | None:
    """Whom a title found after `before` tokens is held for: an organisation named after it, else a
    country or body named before it."""
    title_start = tokens[min(before, len(tokens) - 1)].idx
    mentions = [ctx.mentions.get(t.i) or ctx.its(t) for t in tokens]  # "Its chairman, X": what 'its' stands for
    after = [
        _organisation_phrase(ctx, t)
        for t, m in zip(tokens[before:], mentions[before:], strict=True)
        if m
        and m.type in ORGANIZATIONS
        and m.start >= title_start
        and not _posted_to(t)  # "ambassador to the UN": where the post is, not whom it serves
        and f" {m.text.lower().replace('-', ' ')} " not in f" {key} "  # "foreign ministry spokesman"
    ]
    # "Prime Minister of Freedonia Ana Kalu": the country the title's own 'of' names
    after += [m for t, m in zip(tokens[before:], mentions[before:], strict=True) if _title_of_country(ctx, t, m)]
    earlier = _held_for(ctx, [m for m in mentions if m and m.start < title_start])
    return after[0] if after else (earlier[0] if earlier else None)


def _held_for(ctx: Context, before: list[Mention]) -> list[Mention]:
    """The countries or bodies named before a title that it may be held for, each as the state it serves."""
    countries = [_as_country(ctx, m) for m in before]
    return [m for m in countries if m.gazetteer_id and m.type is not EntityType.PLACE]


def _title_of_country(ctx: Context, tok: Token, mention: Mention | None) -> bool:
    """Whether a word is a country named right after a title's 'of' ('Minister of Foreign Affairs of X')."""
    if mention is None or mention.type is not EntityType.COUNTRY or not mention.gazetteer_id or tok.i == 0:
        return False
    return ctx.doc[tok.i - 1].lower_ == "of" and mention.start == tok.idx


def _posted_to(tok: Token) -> bool:
    """Whether a name is the object of 'to' in a title ('envoy to the UN'), however deep in its phrase."""
    while tok.dep_ in {"compound", "amod", "nmod"} and tok.head != tok:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "to"


def _as_country(ctx: Context, mention: Mention) -> Mention:
    """'Freedonian foreign ministry spokesman': an official of a government body represents its country."""
    if mention.kind is MentionKind.INSTITUTION and mention.gazetteer_id:
        return Mention(mention.text, mention.start, mention.end, EntityType.COUNTRY, mention.gazetteer_id)
    entry = ctx.gazetteer.entries.get(mention.gazetteer_id or "")
    if entry is not None and entry.type is EntityType.GOVERNMENT_BODY and entry.country:
        return Mention(mention.text, mention.start, mention.end, EntityType.COUNTRY, entry.country)
    first = mention.text.split()[0] if mention.text.split() else ""
    country = None if mention.gazetteer_id else ctx.gazetteer.demonyms.get(first)
    if country is None:
        return mention
    return Mention(first, mention.start, mention.start + len(first), EntityType.COUNTRY, country)


def _organisation_phrase(ctx: Context, tok: Token) -> Mention:
    """The whole name an organisation goes by: 'the Freedonian Chamber of Trade in Ruritania', not its core."""
    doc, mention = ctx.doc, ctx.mentions[tok.i]
    head = _phrase_head(ctx, tok)
    if head.dep_ != "pobj":  # only a name that stands alone after 'of', 'at', 'with' ...
        return mention
    words = [t for t in head.subtree if not (t.dep_ == "det" and t.i == head.left_edge.i)]
    if not words or len(words) > 10 or any(t.pos_ in {"VERB", "PUNCT"} for t in words):
        return mention
    end = words[-1].i + 1
    if end + 1 < len(doc) and doc[end].lower_ == "in" and end + 1 in ctx.mentions:
        end = next(i for i in range(end + 1, len(doc) + 1) if ctx.mentions.get(i) != ctx.mentions[end + 1])
    span = doc[words[0].i : end]  # "... Chamber of Trade in X": where it is is part of its name
    if len(span) <= len(mention.text.split()):
        return mention
    return Mention(span.text, span.start_char, span.end_char, mention.type, mention.gazetteer_id)


def _phrase_head(ctx: Context, tok: Token) -> Token:
    """The head of the noun phrase an organisation's word is in: from 'Trade' up to 'Chamber'."""
    head = tok
    while head.dep_ in {"compound", "amod", "nmod", "pobj", "prep"} and head.head != head and head.dep_ != "pobj":
        head = head.head
    while head.dep_ == "pobj" and head.head.lower_ in {"of", "in"} and head.head.head.i in ctx.mentions:
        head = head.head.head
    return head
