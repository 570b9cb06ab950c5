"""Groups: 'Freedonian soldiers', 'rebels in Freedonia', 'militants loyal to X': a group noun acts under
its own name when a named entity qualifies it, before it (a demonym, a country, an organisation) or,
for a group that acts, in a short phrase after it. A group named by what its members are alone
('freed political prisoners', 'aid to refugees', 'gunmen attacked X') is a group of that article's own, and one
such person ('a journalist was detained') a person of its own, when something is done to them or they do
something: whose prisoners they are, only the article tells. Such a group does deeds, never speaks for anyone
(finish.py)"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kgraph.extract.candidates import Found
from kgraph.extract.context import (
    COLLECTIVES,
    DESTINATION_PREPS,
    ORGANIZATIONS,
    STATES_AND_BODIES,
    Context,
    before_a_hostile_deed,
    hyphened_on,
)
from kgraph.extract.mentions.plurals import PLURAL_HEADS
from kgraph.extract.syntax import NOMINAL, SUBJECT_DEPS, first_conjunct, pobj, preps
from kgraph.model import EntityType, Mention, MentionKind

QUALIFIER = 8  # words, a name counting as one: how far "militants loyal to X" may run
# where a group something is done to stands, or owns what it is done to ("shelled the rebels' positions")
ACTED_ON_OR_OWNING = {"dobj", "nsubjpass", "dative", "pobj", "poss"}
LEFT_QUALIFIERS = {"amod", "compound", "nmod", "npadvmod"}
CROWDS = {"thousands", "hundreds", "dozens", "scores"}  # number words that alone name a crowd of protesters
INDEFINITE = {"a", "an"}  # "detained a journalist": one person, named by what they are
QUANTIFIERS = {"many", "few", "several", "numerous", "other", "some", "any", "most", "all"}  # how many, not who
RIGHT_QUALIFIERS = {"prep", "amod", "acl"}
DANGLING = {"CCONJ", "VERB", "ADV", "PUNCT"}  # what a qualifier never ends on


def find(ctx: Context) -> Iterator[Found]:
    lex = ctx.lexicon
    titles = ctx.gazetteer.lower_titles  # "Freedonian minister" is a role, not a group
    for tok in ctx.doc:
        if _armed_owners(ctx, tok) or _armed_doers(ctx, tok):  # "shelled rebel positions", "a rebel attack"
            yield _one_word_group(tok)
            continue
        if tok.pos_ not in NOMINAL or tok.i in ctx.mentions:
            continue
        if _crowd(ctx, tok):  # "Thousands marched against X"
            yield _one_word_group(tok)
            continue
        words = {tok.lower_, tok.lemma_.lower()}
        people = (words & lex.people_nouns) - titles or words & lex.armed_nouns or _counted_people(ctx, tok)
        people = people or words & lex.people_words  # "the Xian population": a people, named by its qualifier
        people = people or _holders_introduced(ctx, tok) or _bodies_of_a_kind(ctx, tok)  # "two senators"
        if not (words & lex.group_nouns or people) or _describes_a_name(ctx, tok):
            continue
        if tok.lemma_.lower() in lex.actor_nouns and _of_an_organisation(ctx, tok):
            continue  # "the bloc's leaders": officials of an organisation, who stand for it
        if found := _group(ctx, tok):
            yield found


def _one_word_group(tok: Token) -> Found:
    """A group of the article's own that one word names ('Thousands', 'rebel' in 'rebel positions')."""
    mention = Mention(tok.text, tok.idx, tok.idx + len(tok), EntityType.GROUP, kind=MentionKind.UNQUALIFIED)
    return Found(tok.i, tok.i + 1, mention)


def _armed_owners(ctx: Context, tok: Token) -> bool:
    """Whether a word for armed people before a noun for a thing done something to says whose it is ('shelled rebel
    positions', 'raided militant hideouts'): the article's own group of them is what the deed is aimed at."""
    head = tok.head
    return (
        tok.i not in ctx.mentions
        and tok.dep_ in {"amod", "compound"}
        and tok.lower_ in ctx.lexicon.armed_nouns
        and head.i == tok.i + 1
        and head.pos_ == "NOUN"
        and head.dep_ in ACTED_ON_OR_OWNING
        and not ctx.lexicon.names_people(head.lemma_.lower(), head.lower_)  # "rebel fighters": a group named so
        and ctx.lexicon.noun_sense(head.lower_, head.lemma_.lower()) is None  # "a sniper attack": a deed's doer, if any
        and not any(c.dep_ in {"poss", "compound", "amod"} and c.i in ctx.mentions for c in head.lefts)
    )


def _armed_doers(ctx: Context, tok: Token) -> bool:
    """Whether a word for armed people names who did a hostile deed ('a rebel attack on X', 'a militant raid'): the
    article's own group of them."""
    lex = ctx.lexicon
    return tok.i not in ctx.mentions and tok.lower_ in lex.armed_nouns and before_a_hostile_deed(ctx, tok)


def _of_an_organisation(ctx: Context, tok: Token) -> bool:
    """Whether an organisation qualifies the noun ('EU leaders', "the alliance's envoys")."""
    qualifiers = [m for c in tok.lefts if c.dep_ in LEFT_QUALIFIERS | {"poss"} and (m := ctx.mentions.get(c.i))]
    return any(m.type in ORGANIZATIONS for m in qualifiers)


def _describes_a_name(ctx: Context, tok: Token) -> bool:
    """'Freedonian diplomat Ana Ruiz', 'a Freedonian envoy, Ana Ruiz': the noun says what a named person is."""
    beside = [tok.head] if tok.dep_ in {"compound", "appos"} else []
    beside += [c for c in tok.children if c.dep_ in {"appos", "compound"} and c.i > tok.i]
    return any((m := ctx.mentions.get(t.i)) is not None and m.type is EntityType.PERSON for t in beside)


def _group(ctx: Context, tok: Token) -> Found | None:
    start, end = _qualified_from(ctx, tok), tok.i + 1
    named = any(i in ctx.mentions for i in range(start, end))
    # "rebels in X attacked", "staged by students at X"; not "a crackdown on activists in X", "a group of X"
    first = first_conjunct(tok)  # "X and rebels in Y agreed": the rebels are a subject too
    acting = first.dep_ in SUBJECT_DEPS or (first.dep_ == "pobj" and _doers_phrase(first.head))
    if not named and acting and tok.lower_ not in COLLECTIVES:
        end = _qualified_to(ctx, tok) or end
        named = end > tok.i + 1
    if ctx.doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    span = ctx.doc[start:end]
    if not named:
        return _unqualified(ctx, tok, span)
    if _stands_for_a_side(ctx, tok) and (len(_sides(ctx, span, tok)) >= 2 or _of_several(ctx, span, tok)):
        return None  # "the leaders of X and Y", "X and Y officials", "the two countries' leaders": each side's own
    body = tok.lemma_.lower() in ctx.lexicon.institution_nouns
    kind = EntityType.GOVERNMENT_BODY if body else EntityType.GROUP
    return Found(start, end, Mention(span.text, span.start_char, span.end_char, kind))


def _bodies_of_a_kind(ctx: Context, tok: Token) -> bool:
    """Whether a plural noun names bodies people form, the article introduces ('banned opposition parties',
    'expelled aid agencies'); not those it has spoken of ('the warring parties': the sides)."""
    determined = any(c.dep_ in {"det", "poss"} for c in tok.lefts)
    return tok.tag_ == "NNS" and tok.lemma_.lower() in ctx.lexicon.body_nouns and not determined


def _one(tok: Token) -> bool:
    """Whether the noun names one person the article introduces: 'a journalist'."""
    return tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.lefts)


def _holders_introduced(ctx: Context, tok: Token) -> bool:
    """Whether a noun of office names people the article introduces, not those who speak for someone: one ('an
    official', 'a former minister') or a counted number of them ('two senators', 'three ministers'); not those a
    name qualifies ('two Xian diplomats', 'a spokesman for X': whom they serve)."""
    lemma = tok.lemma_.lower()
    if lemma not in ctx.lexicon.actor_nouns and lemma not in ctx.gazetteer.lower_titles:
        return False
    served = (pobj(c) for c in tok.rights if c.dep_ == "prep")
    if any(c.i in ctx.mentions for c in tok.lefts) or any(o is not None and o.i in ctx.mentions for o in served):
        return False
    return _one(tok) or (tok.tag_ == "NNS" and any(c.dep_ == "nummod" for c in tok.children))


def _doers_phrase(prep: Token) -> bool:
    """Whether a preposition names who does something: a passive verb's agent ('was attacked by X') or the 'by'
    phrase of a noun ('demands by X', 'a raid by X')."""
    return prep.dep_ == "agent" or (prep.lower_ == "by" and prep.head.pos_ == "NOUN")


def _stands_for_a_side(ctx: Context, tok: Token) -> bool:
    """Whether the noun names those who act for a state or body: its officials or its armed forces."""
    lemma = tok.lemma_.lower()
    return ctx.lexicon.is_actor_noun(lemma, tok.lower_) or ctx.lexicon.is_force(lemma, tok.lower_)


def _unqualified(ctx: Context, tok: Token, span: Span) -> Found | None:
    """'freed 40 activists', 'the release of prisoners', 'gunmen attacked X': people named by what they are, in
    the plural, acted upon or acting; the resolver makes them the article's own group. One such person ('detained a
    journalist', 'a gunman shot X') is the article's own person. Not people of someone's ('its citizens',
    'activists in X': the act is on X) and not a role ('the leaders')."""
    lemma = tok.lemma_.lower()
    one, introduced = _one(tok), _holders_introduced(ctx, tok)
    people = lemma in ctx.lexicon.people_nouns or lemma in ctx.lexicon.armed_nouns  # "a suicide bomber"
    people = people or _counted_people(ctx, tok) or introduced or _bodies_of_a_kind(ctx, tok)
    collective = tok.lower_ in COLLECTIVES and not _of_a_kind(ctx, tok)  # "members"; not "gang members"
    if not (tok.tag_ == "NNS" or one) or collective or not people:
        return None  # "the constructive spirit": one, named by 'the', is no one the article introduces
    role = lemma in ctx.lexicon.actor_nouns or lemma in ctx.gazetteer.lower_titles
    if (role and not introduced) or (tok.lower_ in PLURAL_HEADS and not _described(tok)):
        return None  # "officials", "ministers": those who speak for someone; "an official" is one person
    if any(c.dep_ == "poss" for c in tok.children) or _qualified_to(ctx, tok):
        return None
    if tok.dep_ == "pobj" and tok.head.head.lower_ in COLLECTIVES:  # "dozens of activists": as the number stands
        tok = tok.head.head
    first = first_conjunct(tok)
    place = first if first.dep_ in SUBJECT_DEPS else tok  # "X and rebels agreed": the rebels act too
    if place.dep_ not in ACTED_ON_OR_OWNING | SUBJECT_DEPS or place.dep_ == "dobj" and _moved(ctx, place.head):
        return None
    if tok.lower_ in ctx.lexicon.institution_nouns:
        return None
    kind = EntityType.PERSON if one else EntityType.GROUP
    mention = Mention(span.text, span.start_char, span.end_char, kind, kind=MentionKind.UNQUALIFIED)
    return Found(span.start, span.end, mention)


def _of_a_kind(ctx: Context, tok: Token) -> bool:
    """Whether a noun a collective head is compounded with says what kind of body they belong to: 'gang members',
    'party members', 'union members' are people of that kind."""
    return any(c.dep_ == "compound" and c.lemma_.lower() in ctx.lexicon.group_nouns for c in tok.lefts)


def _crowd(ctx: Context, tok: Token) -> bool:
    """Whether a number word alone is the subject of a protest ('Thousands marched against X'): a crowd."""
    if tok.lower_ not in CROWDS or tok.dep_ not in SUBJECT_DEPS or any(c.dep_ == "prep" for c in tok.children):
        return False
    lex = ctx.lexicon
    return lex.verb_relation(tok.head.lemma_.lower()) == lex.verb_relation("protest")


def _described(tok: Token) -> bool:
    """Whether a plural noun that may point back ('the two men') is said, with no word pointing back, to be of some
    kind: 'armed men', 'masked men', 'some 70 political leaders' are a group of their own."""
    lefts = list(tok.lefts)
    pointing = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ not in QUANTIFIERS for c in lefts)
    return any(c.dep_ == "amod" for c in lefts) and not pointing


def _counted_people(ctx: Context, tok: Token) -> bool:
    """Whether the noun is people counted by a number ('thousands of people marched', 'detained 18 people'): a crowd
    that acts or is acted on, where 'people' alone is no one in particular."""
    of_a_number = tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in COLLECTIVES
    numbered = any(c.dep_ == "nummod" for c in tok.children) and not _placed(ctx, tok.head) and not _toll(tok.head)
    return (of_a_number or numbered) and tok.lower_ in ctx.lexicon.people_words


def _toll(verb: Token) -> bool:
    """Whether a participle clause tells what a deed cost ('X was attacked, killing 40 people'): its count of people
    is the toll of the deed the clause hangs on, whose target that clause names."""
    return verb.tag_ == "VBG" and verb.dep_ in {"advcl", "acl"}


def _placed(ctx: Context, word: Token, depth: int = 2) -> bool:
    """Whether the clause says where its people are ('killed nine people in X', 'in two attacks in X'): the deed is
    on that place."""
    places = (o for p in preps(word, {"in"}) if (o := pobj(p)) is not None)
    return any(o.i in ctx.mentions or (depth > 1 and _placed(ctx, o, depth - 1)) for o in places)


def _moved(ctx: Context, verb: Token) -> bool:
    """Whether a verb's object is people it moves, not its target: the mover's own ('deployed reservists'), or
    handed to an actor the verb names ('extradited the suspects to X': the act is toward X)."""
    if ctx.lexicon.moves_own_people(verb.lemma_.lower()):
        return True
    return any((o := pobj(d)) is not None and o.i in ctx.mentions for d in preps(verb, DESTINATION_PREPS))


def _of_several(ctx: Context, span: Span, tok: Token) -> bool:
    """Whether a plural reference qualifies the noun ('the two countries' leaders'): it stands for each of them."""
    named = (ctx.mentions.get(i) for i in range(span.start, span.end) if i != tok.i)
    return any(m is not None and m.kind is MentionKind.PLURAL for m in named)


def _sides(ctx: Context, span: Span, tok: Token) -> set[str]:
    """The states and bodies a group's qualifiers name, each once."""
    named = (ctx.mentions.get(i) for i in range(span.start, span.end) if i != tok.i)
    return {m.text for m in named if m is not None and m.type in STATES_AND_BODIES}


def _qualified_from(ctx: Context, tok: Token) -> int:
    """Where the group's name starts: its adjacent modifiers, a possessor the article names, no person."""
    start, side = tok.i, _stands_for_a_side(ctx, tok)
    for c in reversed(list(tok.lefts)):
        person = c.i in ctx.mentions and ctx.mentions[c.i].type is EntityType.PERSON
        quantity = c.tag_ in {"JJR", "JJS"} or c.lower_ in QUANTIFIERS  # "more refugees" are refugees
        if person or quantity or not (c.dep_ in LEFT_QUALIFIERS or (c.dep_ == "poss" and c.i in ctx.mentions)):
            break
        if not side and (joined := _misplaced_conjunct(c)) is not None:
            return joined  # "X and Yan rebels": X is a party of its own, beside the Yan rebels
        if c.right_edge.i + 1 != start and ctx.doc[c.right_edge.i + 1 : start].text.strip("- "):
            break
        start = c.left_edge.i
        while start < c.i and (ctx.doc[start].pos_ == "NUM" or ctx.doc[start].dep_ == "quantmod"):
            if hyphened_on(ctx.doc[start]):
                break  # "a 95-year-old man": the number is a word of the qualifier, no count
            start += 1  # "about forty X prisoners": a number the parser hung on the qualifier says how many
    return start


def _misplaced_conjunct(qualifier: Token) -> int | None:
    """Where the qualifier of a group really starts when the parser joined a name to it ('Chile and Peruvian
    rebels' read as rebels of both): a proper name coordinated with an adjective qualifies nothing, as 'Chilean
    and Peruvian rebels' would; the adjective is the group's, the name a party beside it. Officials and forces are
    each side's own ('U.S. and Russian negotiators'), which the caller leaves to the sides."""
    if qualifier.pos_ != "PROPN":
        return None
    return next((k.i for k in qualifier.children if k.dep_ == "conj" and k.pos_ == "ADJ"), None)


def _qualified_to(ctx: Context, tok: Token) -> int | None:
    """Where a phrase after the noun that names what the group is ends: 'security forces in X', 'loyal to X'."""
    for right in tok.rights:
        near = right.dep_ in RIGHT_QUALIFIERS and _words(ctx, right.i, right.right_edge.i + 1) <= QUALIFIER
        if near and any(i in ctx.mentions for i in range(right.i, right.right_edge.i + 1)):
            return _trimmed_end(ctx, right)
    return None


def _trimmed_end(ctx: Context, phrase: Token) -> int:
    """Where a qualifying phrase ends, leaving out a verb or a conjunction it ends on, which the parser hung on it
    but which belongs to the clause ('doctors from two X aid groups donated and delivered ...')."""
    end = phrase.right_edge.i + 1
    while end - 1 > phrase.i and ctx.doc[end - 1].pos_ in DANGLING:
        end -= 1
    return end


def _words(ctx: Context, start: int, end: int) -> int:
    """How long a stretch reads: its words, each name one ('loyal to the X movement's leader Y Z' is 6)."""
    names = {id(ctx.mentions[i]) for i in range(start, end) if i in ctx.mentions}
    return len(names) + sum(ctx.doc[i].is_alpha for i in range(start, end) if i not in ctx.mentions)
