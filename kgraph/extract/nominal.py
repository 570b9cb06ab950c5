"""The roles a noun phrase naming an event gives itself: "X's invasion of Y", 'the threat posed by X to Y',
'talks between X and Y'. Read by the nominalisation rule, and by the verb constructions for the event a
request asks for ('called for sanctions against X')."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from kgraph.extract.context import Context, consults
from kgraph.extract.syntax import PERSON_PRONOUNS, VERBAL, child, opposed_modifiers, phrasal_lemma, pobj, preps
from kgraph.lexicon import NounSense
from kgraph.model import EntityType, Mention, MentionKind
from kgraph.relations import relations

# what one does to another's deed: a stance toward whoever did it, never toward the one it was done to
DEED_REACTIONS = {"criticized", "rejected", "praised", "supported", "protestedAgainst"}
BLAMING = "ACCUSE"  # PLOVER's type of laying a charge on someone
VERBAL_HOSTILITY = {"criticized", "accused", "threatened"}  # hostile deeds done in words

COURSE_PREPS = {"during", "in", "amid"}  # "the killing of X during Y's offensive": the deed is part of Y's
FRAME_PREPS = {"against"}  # "a bombing campaign against X": a frame's own preposition of whom it is aimed at


@dataclass
class NounRoles:
    agents: list[Mention] = field(default_factory=list)
    targets: list[Mention] = field(default_factory=list)
    between: list[Mention] = field(default_factory=list)  # "talks between X and Y"
    undergone: bool = False  # "X's arrest": the one it is done to is named, its doer is not


def noun_roles(ctx: Context, noun: Token, sense: NounSense) -> NounRoles:
    """The agents and targets the noun phrase names itself: 'X's invasion of Y', 'the threat posed by X to Y'; or,
    for a deed with no doer named, the doer of the hostile deed it was done in the course of."""
    found = _named_roles(ctx, noun, sense)
    if not found.agents:
        found.agents = _doers_of_the_course(ctx, noun)
    return found


def _named_roles(ctx: Context, noun: Token, sense: NounSense) -> NounRoles:
    found = NounRoles()
    phrase = framed(ctx, noun) or noun  # "a bombing campaign against X": the campaign's phrases are the bombing's
    holders = [noun, *(c for c in phrase.children if c.dep_ == "acl" and c.tag_ == "VBN")]  # "the threat posed by X"
    if phrase.i != noun.i:
        holders.append(phrase)
    if phrase.dep_ == "dobj" and ctx.evoked(phrase.head) is None:
        holders.append(phrase.head)  # "completed its investigation into X"
    undergoes = noun.lemma_.lower() in ctx.lexicon.patient_nouns and not preps(noun, {"of", *sense.preps})
    modifiers = [c for holder in holders for c in holder.children if c.i != noun.i]
    modifiers += _misplaced(ctx, noun, sense)
    if noun.dep_ == "nsubj" and phrasal_lemma(noun.head) in ctx.lexicon.occurrence_verbs:
        modifiers += preps(noun.head, {"between", "with", "against", "on"})  # "fighting broke out between X and Y"
    if (taking_part := _taken_part_in(ctx, noun)) is not None:
        modifiers += preps(taking_part, set(sense.preps) - {"of"})  # "were involved in raids in the north against X"
    opposed = opposed_modifiers(noun)
    for c in modifiers:
        if c in opposed:
            found.targets += ctx.actors(c)  # "an anti-X rally": aimed at X, whom it does not hold
        elif c.dep_ in {"poss", "compound", "amod", "agent", "prep"}:
            _read_modifier(ctx, noun, sense, c, undergoes, found, framing=phrase.i != noun.i and c.head.i == phrase.i)
        elif c.dep_ == "acl" and (child(c, "aux") or child(c, "mark")) is not None and not found.targets:
            found.targets += _infinitive_targets(ctx, noun, sense, c)
    if not found.targets:  # "the strikes targeting X", "the sanctions aimed at X"
        found.targets = [m for target in ctx.aimed_at(phrase) for m in ctx.actors(target)]
    found.undergone = undergoes and bool(found.targets)
    return found


def _doers_of_the_course(ctx: Context, noun: Token) -> list[Mention]:
    """Who did a deed done in the course of another hostile deed of theirs: 'the shelling of villages amid X's
    offensive', 'in the course of X's military operations' (no doer named for the deed itself). The parser may hang
    the course on the verb whose object the deed is ('deplored the shelling of farms during X's offensive')."""
    lex = ctx.lexicon
    verb = noun.head if noun.dep_ == "dobj" else None
    for prep in [*preps(noun, COURSE_PREPS), *(preps(verb, COURSE_PREPS - {"in"}) if verb is not None else [])]:
        outer = pobj(prep)
        sense = ctx.sense_of(outer)
        if (
            sense is not None
            and sense.relation in lex.intent.hostile
            and (doers := noun_roles(ctx, outer, sense).agents)
        ):
            return doers
    return []


def _taken_part_in(ctx: Context, noun: Token) -> Token | None:
    """The verb of taking part whose 'in' phrase the noun is ('X was engaged in raids'): the parser may hang the
    event's own phrases on that verb."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "in" or prep.head.lemma_.lower() not in ctx.lexicon.participation_verbs:
        return None
    return prep.head


def _infinitive_targets(ctx: Context, noun: Token, sense: NounSense, clause: Token) -> list[Mention]:
    """Whom an event noun's infinitive clause aims it at. A threat is aimed where the deed it threatens is ('the threat
    to impose tariffs on X'); a request is made of whoever is to do what it asks ('a request for X to hand over Y'),
    never of those that deed is done to ('a request to extradite Y' asks no thing of Y). A charge is laid on whoever
    its 'that' clause says did the deed ('allegations that X armed the rebels' accuse X, not the rebels)."""
    if relations()[sense.relation].plover == BLAMING and _says_that(clause):
        return ctx.subjects(clause)
    if sense.relation not in ctx.lexicon.intent.directive:
        evoked = ctx.evoked(clause)
        return evoked.objects if evoked is not None else ctx.objects(clause)
    if (doer := child(clause, "nsubj")) is not None:
        return ctx.actors(doer)
    return [m for p in preps(noun, {"for"}) if p.i < clause.i for m in ctx.actors(pobj(p))]


def _misplaced(ctx: Context, noun: Token, sense: NounSense) -> list[Token]:
    """The event noun's own phrases that the parser hung on the noun of another of its phrases: its doer after
    its target, where that is someone or someone's ('the attack on X's embassy by Y'), its target after its doer
    ('the attack by Y on X's embassy'); or, naming its doer, on the active verb it is the object of ('condemned the
    invasion of X by Y')."""
    verb = noun.head
    active = noun.dep_ == "dobj" and child(verb, "nsubj") is not None and child(verb, "auxpass") is None
    found = [p for p in preps(verb, {"by"}) if (by := pobj(p)) is not None and by.i in ctx.mentions] if active else []
    for prep in preps(noun, {"by", *sense.preps}):
        inner = pobj(prep)
        owned = inner is not None and (inner.i in ctx.mentions or any(c.dep_ == "poss" for c in inner.children))
        if owned:  # not "the protest against abuses by X": the abuses are X's
            found += preps(inner, set(sense.preps) if prep.lower_ == "by" else {"by"})
    return found


def hostile_deed(ctx: Context, noun: Token | None) -> bool:
    """Whether a noun names a hostile deed, in acts or in words: 'the killing', 'sanctions', 'accusations'."""
    if noun is None or noun.i in ctx.mentions:
        return False
    sense = ctx.sense_of(noun)
    return sense is not None and (sense.relation in ctx.lexicon.intent.hostile or sense.relation in VERBAL_HOSTILITY)


def judged(ctx: Context, relation: str, thing: Token | None) -> list[Mention]:
    """Whom a stance toward a thing is toward: for a hostile deed, whoever did it, never the one it was done to
    ('condemned the killing of X', 'concern over the arrest of X', 'opposed sanctions against X'); else whose it is."""
    if relation in DEED_REACTIONS and hostile_deed(ctx, thing):
        return whose_deed(ctx, thing)
    return charged(ctx, relation, thing) or ctx.owners(thing)


def charged(ctx: Context, relation: str, claim: Token | None) -> list[Mention]:
    """Who a claim's 'that' clause says did the deed, where a charge is laid by looking into it ('opened an inquiry
    into claims that X armed the rebels' accuses X)."""
    if relations()[relation].plover != BLAMING or claim is None:
        return []
    said = [c for c in claim.children if c.dep_ in {"acl", "ccomp"} and _says_that(c)]
    return [m for c in said for m in ctx.subjects(c)]  # "claims that civilians were killed by X": X


def _says_that(clause: Token) -> bool:
    """Whether a clause is a 'that' clause: what a claim says was done."""
    return any(c.lower_ == "that" and c.dep_ == "mark" for c in clause.children)


def whose_deed(ctx: Context, thing: Token) -> list[Mention]:
    """Who a judged thing is of: whoever did it, for a deed ('X's raid', 'the raid by X'), and whoever took part, for
    a thing done together ('the talks with X'); no one named for a deed whose words name only the one it was done to
    ('the arrest of X' judges whoever arrested X); else its owner."""
    sense = ctx.sense_of(thing)
    if sense is None:
        return ctx.owners(thing)
    found = noun_roles(ctx, thing, sense)  # "the talks with X were constructive": X takes part in them
    return found.agents + found.targets if relations()[sense.relation].symmetric else found.agents


def framed(ctx: Context, noun: Token) -> Token | None:
    """The noun that frames an event noun before it ('bombing' in 'a bombing campaign'), if one does."""
    head = noun.head
    if noun.dep_ == "compound" and head.i > noun.i and head.lemma_.lower() in ctx.lexicon.frame_nouns:
        return head
    return None


HYPHENED = {"npadvmod", "compound", "nmod", "amod"}  # how the parser hangs "X" of "X-led" on "led"


def _read_modifier(
    ctx: Context, noun: Token, sense: NounSense, c: Token, undergoes: bool, found: NounRoles, framing: bool = False
) -> None:
    """What one modifier of an event noun (or of the noun `framing` it) says: who did it, to whom, between whom."""
    target_preps = {*sense.preps, *FRAME_PREPS} if framing else set(sense.preps)  # "a campaign against X"
    consult = consults(sense.relation)  # "talks with Freedonian businesses"
    place = (m := ctx.mentions.get(c.i)) is not None and m.type is EntityType.PLACE
    if c.dep_ == "poss" and c.lower_ in PERSON_PRONOUNS and (doer := _adjunct_doer(ctx, noun)):
        found.agents += doer  # "During his visit to X, Mr Y met ...": his is Mr Y
    elif undergoes and c.dep_ in {"poss", "compound"}:
        found.targets += ctx.actors(c)  # "X's arrest": X is arrested
    elif c.dep_ == "poss" or (c.dep_ in {"amod", "compound"} and c.i in ctx.mentions and not place):
        found.agents += ctx.actors(c)  # not "the Lima summit": Lima is where
    elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
        found.agents += ctx.actors(pobj(c))
    elif c.dep_ == "amod" and c.lower_ in ctx.lexicon.doer_participles:
        found.agents += [m for d in c.lefts if d.dep_ in HYPHENED for m in ctx.actors(d)]  # "a X-led offensive"
    elif c.dep_ == "prep" and c.lower_ == "between":
        found.between += ctx.actors(pobj(c))
    elif (
        c.dep_ == "prep"
        and c.lower_ == "of"
        and noun.lemma_.lower() in ctx.lexicon.doer_of_nouns
        and (doers := ctx.actors(pobj(c)) or ctx.qualifiers(pobj(c)))
    ):
        found.agents += doers  # "the withdrawal of X's troops": X withdraws
    elif consult and c.dep_ == "prep" and c.lower_ == "of" and (members := _gathered(ctx, pobj(c))):
        found.between += members  # "a meeting of X and Y officials", "a meeting of the two leaders"
    elif c.dep_ == "prep" and c.lower_ in target_preps | answering(ctx, noun):
        found.targets += _aimed_at(ctx, noun, sense, c)


def answering(ctx: Context, noun: Token) -> set[str]:
    """The preposition that names the deed a noun of paying back answers: 'retaliation for X's raid'."""
    return {"for"} if noun.lemma_.lower() in ctx.lexicon.requital_nouns else set()


def _aimed_at(ctx: Context, noun: Token, sense: NounSense, prep: Token) -> list[Mention]:
    """Whom the target phrase of an event noun names: those one talks with ('talks with X'); whose deed one pays
    back ('retaliation for X's raid', never the raid's victims); whose thing one judges ('support for X's plan')."""
    obj = pobj(prep)
    if ctx.time_frame(obj):
        return []  # "sanctions on the eve of talks with X": when, not on whom
    if consults(sense.relation):
        return ctx.actors(obj)
    if prep.lower_ in answering(ctx, noun):
        return whose_deed(ctx, obj) if obj is not None else []
    return judged(ctx, sense.relation, obj)


def _gathered(ctx: Context, people: Token | None) -> list[Mention]:
    """Those a gathering's 'of' phrase names as its sides: people of two or more actors ('of X and Y delegates'),
    two or more actors themselves ('a summit of X, Y and Z'), or a reference to two ('of the two leaders'); not one
    body ('a meeting of the X council')."""
    if people is None or (people.tag_ != "NNS" and not any(c.dep_ == "conj" for c in people.children)):
        return []
    found = ctx.actors(people)
    if len(found) == 1 and found[0].kind is MentionKind.PLURAL:
        return found
    return found if len({m.text for m in found}) >= 2 else []


def _adjunct_doer(ctx: Context, noun: Token) -> list[Mention]:
    """The person subject of the clause an event noun's phrase modifies: 'on his visit', 'during her trip'."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return []
    verb = noun.head.head
    if verb.pos_ not in VERBAL:
        return []
    return [m for m in ctx.subjects(verb) if m.type is EntityType.PERSON and m.kind is MentionKind.NAME]
