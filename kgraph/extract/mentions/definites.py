"""Definite descriptions: 'visited the country', 'a visit to the nation', 'talks with the communist-run
government' stand for the country the article has been talking about, 'the police', 'the court' for
the organ of that kind it named or that country's, and 'the bloc', 'the alliance' for the organisation it
has been talking about; the resolver finds which."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kgraph.extract.candidates import Found
from kgraph.extract.context import Context, before_a_hostile_deed
from kgraph.extract.syntax import SUBJECT_DEPS
from kgraph.lexicon import STATE_ORGAN
from kgraph.model import EntityType, Mention, MentionKind
from kgraph.relations import GIVING_WAY, relations

COUNTRY_NOUNS = {"country", "nation"}
SPEAKERS_OWN = {"his", "her", "our"}  # "his country": a person's own state; not "their", "its" (anyone's)
REGIONAL_NOUN = "state"  # a country only after a region's name: "the Andean state"
REGION_TYPES = {EntityType.PLACE, EntityType.GROUP}  # "Nordic", "Andean": a region or its peoples, no one country
ORGAN_ARTICLES = {"the", "a", "an"}  # "the court" is one named before or the article's own; "a court" its own
STRUCK_PREPS = {"on", "against"}  # "an attack on the army", "sanctions against the police"
BLAME = {"ACCUSE", "THREATEN"}  # PLOVER's types of words aimed at someone, as hostile as deeds: 'condemned the army'
BODY_NOUNS = {"bloc", "alliance", "organisation", "organization", "grouping"}  # "the bloc": an organisation of states


def find(ctx: Context) -> Iterator[Found]:
    yield from _organs(ctx)
    yield from _bodies(ctx)
    rulers = ctx.lexicon.ruler_nouns  # "the government", "the ruling regime", "the authorities": a state's rulers
    for tok in ctx.doc:
        word = tok.lower_
        if word not in COUNTRY_NOUNS | rulers | {REGIONAL_NOUN} or tok.i in ctx.mentions or tok.tag_ == "NNP":
            continue
        if word in rulers and _owner_struck(ctx, tok):  # "stormed government buildings": the rulers'
            mention = Mention(tok.text, tok.idx, tok.idx + len(tok), EntityType.COUNTRY, kind=MentionKind.DEFINITE)
            yield Found(tok.i, tok.i + 1, mention)
            continue
        det = next((c for c in tok.lefts if c.dep_ == "det" and c.lower_ == "the" or _speakers(c)), None)
        if det is None or tok.dep_ in {"attr", "compound", "appos"}:
            continue  # "is the country", "the country's"
        if any(c.dep_ == "prep" or c.dep_ == "poss" and not _speakers(c) for c in tok.children):
            continue  # "the country of his birth", "Freedonia's government" (found elsewhere)
        regional = word not in rulers and _regional(ctx, det.i + 1, tok.i)
        if any(t.i in ctx.mentions and not _speakers(t) for t in tok.lefts) and not regional:
            continue  # "the Freedonian government" (an institution, found elsewhere)
        if (word in COUNTRY_NOUNS | {REGIONAL_NOUN}) and det.i != tok.i - 1 and not regional:
            continue  # "the poorest country": a description, not the one named
        if word == REGIONAL_NOUN and not regional:
            continue  # "the state" alone may be any state's organs
        span = ctx.doc[det.i : tok.i + 1]
        mention = Mention(span.text, span.start_char, span.end_char, EntityType.COUNTRY, kind=MentionKind.DEFINITE)
        yield Found(span.start, span.end, mention)


def _speakers(tok: Token) -> bool:
    """'his country', 'our government': the country of whom the article has been talking about, as 'the country'."""
    return tok.dep_ == "poss" and tok.lower_ in SPEAKERS_OWN


def _regional(ctx: Context, start: int, end: int) -> bool:
    """Whether the words between the article and the noun name a region, not one country: 'the Nordic
    state', 'the Andean nation' stand for a country of that region the article has named; a place the
    gazetteer knows is in one country ('the Kabul government' is an institution, found elsewhere)."""
    named = [ctx.mentions.get(i) for i in range(start, end)]
    return bool(named) and all(m is not None and m.type in REGION_TYPES and not m.gazetteer_id for m in named)


def _organs(ctx: Context) -> Iterator[Found]:
    """An organ of a state named by its kind alone, doing something, 'the army shelled X', 'arrested by police',
    'a court sentenced X' (in the plural only where its plural is its name); the resolver finds whose. Done to or
    moved, it may be anyone's ('X dispatched the army'); not one a word before it qualifies ('the Freedonian army':
    an institution)."""
    lex = ctx.lexicon
    for tok in ctx.doc:
        organ = lex.institution_nouns.get(tok.lower_)
        if organ is None or organ == STATE_ORGAN or tok.i in ctx.mentions:
            continue
        acting = tok.dep_ in SUBJECT_DEPS or tok.dep_ == "pobj" and tok.head.dep_ == "agent"
        if tok.tag_ != "NNP" and (_owner_struck(ctx, tok) or before_a_hostile_deed(ctx, tok)):
            yield _organ_mention(ctx.doc[tok.i : tok.i + 1], organ)  # "stormed a police station", "a police raid"
            continue
        if tok.tag_ == "NNP" or not (acting or _struck(ctx, tok)):
            continue  # "army officers", "is the army"; "X dispatched the army": X's own
        lefts = list(tok.lefts)
        qualified = any(c.dep_ != "det" or c.lower_ not in ORGAN_ARTICLES for c in lefts)
        if qualified or any(c.dep_ == "prep" for c in tok.rights):
            continue  # "a police officer", "Freedonian police", "police in Freedonia": found elsewhere or no organ
        if not lefts and tok.lemma_.lower() != tok.lower_:
            continue  # "armies": several
        yield _organ_mention(ctx.doc[tok.left_edge.i : tok.i + 1], organ)


def _organ_mention(span: Span, organ: str) -> Found:
    mention = Mention(
        span.text, span.start_char, span.end_char, EntityType.GOVERNMENT_BODY, kind=MentionKind.DEFINITE,
        institution=organ,
    )  # fmt: skip
    return Found(span.start, span.end, mention)


def _struck(ctx: Context, tok: Token) -> bool:
    """Whether a hostile deed is aimed at the word ('shelled the army', 'an attack on the police', 'condemned the
    police') or someone yields to it ('surrendered to the army'): the organ is then that of the state the article is
    about, as one acting is; one moved or joined may be the doer's own ('X dispatched the army')."""
    head = tok.head
    yielded = tok.dep_ == "pobj" and head.lower_ == "to"  # "surrendered to the police"
    if tok.dep_ == "pobj" and head.lower_ in STRUCK_PREPS | {"to"}:
        head = head.head
    elif tok.dep_ != "dobj":
        return False
    lex = ctx.lexicon
    if head.pos_ == "VERB":
        if lex.moves_own_people(head.lemma_.lower()):
            return False  # "X deployed the army": X's own
        relation = lex.verb_relation(head.lemma_.lower())
    else:
        relation = sense.relation if (sense := lex.noun_sense(head.lower_, head.lemma_.lower())) else None
    if relation is None:
        return False
    if yielded:
        return relations()[relation].plover in GIVING_WAY
    return relation in lex.intent.hostile or relations()[relation].plover in BLAME


def _owner_struck(ctx: Context, tok: Token) -> bool:
    """Whether the word names whose a thing struck is ('stormed a police station', 'an attack on a government
    building'): a word before a noun for a thing, not for people ('army officers') or a deed ('a police raid')."""
    head = tok.head
    return (
        tok.dep_ == "compound"
        and head.i == tok.i + 1
        and head.pos_ == "NOUN"
        and not ctx.lexicon.names_people(head.lemma_.lower(), head.lower_)
        and not ctx.lexicon.is_actor_noun(head.lemma_.lower(), head.lower_)
        and ctx.lexicon.institution_nouns.get(head.lower_) is None
        and ctx.lexicon.noun_sense(head.lower_, head.lemma_.lower()) is None  # "a police raid": the police's deed
        and not any(c.i in ctx.mentions for c in [*tok.lefts, *head.lefts])  # "a Chilean army convoy": Chile's
        and _struck(ctx, head)
    )


def _bodies(ctx: Context) -> Iterator[Found]:
    """'the bloc agreed sanctions', 'the alliance's leaders': an organisation of states named by its kind alone, that
    the article has been talking about; not one a word qualifies ('the Andean bloc': a name, found elsewhere) or a
    phrase describes ('the alliance of X and Y')."""
    for tok in ctx.doc:
        if tok.lower_ not in BODY_NOUNS or tok.i in ctx.mentions or tok.tag_ == "NNP":
            continue
        lefts = list(tok.lefts)
        if len(lefts) != 1 or lefts[0].lower_ != "the" or any(c.dep_ == "prep" for c in tok.rights):
            continue
        span = ctx.doc[lefts[0].i : tok.i + 1]
        mention = Mention(span.text, span.start_char, span.end_char, EntityType.ORGANIZATION, kind=MentionKind.DEFINITE)
        yield Found(span.start, span.end, mention)
