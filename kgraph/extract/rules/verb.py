"""verb: a verb that reports an event on its own: 'X condemned Y', 'X met with Y', 'Y was detained by X'.

Patterns: kgraph/data/rules/verb.json (any verb). The lexicon says which relation the verb's lemma
reports (Lexicon.verb_relation); the objects are its targets, or for a passive verb whose subject
is a thing, the thing's owner ('a camp for X refugees was attacked'). A verb whose object is a
thing, not an actor, may report another relation ('welcomed X's plan' praises X; Lexicon.thing_relation), and
an attack made with a measure imposes the measure ('hit X with sanctions').
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from kgraph.extract import clauses, verb_clause
from kgraph.extract.candidates import Anchor, Candidate, Evoked
from kgraph.extract.context import Context, not_whom
from kgraph.extract.nominal import DEED_REACTIONS, hostile_deed, judged
from kgraph.extract.registry import Rule
from kgraph.extract.syntax import RELATIVE_PRONOUNS, VERBAL, child, infinitive, pobj, preps, sharing_verb
from kgraph.model import EntityType, Mention, MentionKind
from kgraph.relations import relations

NAME = "verb"
DESCRIPTIONS = {"oprd", "attr", "acomp", "ccomp"}  # what a verb says its object is: 'called X a liar'
SUMMING_DEPS = {"npadvmod", "dobj", "appos", "attr"}  # "X accused Y, a charge Y denied": the charge sums it up


def evoke(ctx: Context, anchor: Anchor) -> Evoked | None:
    verb, lex = anchor.trigger, ctx.lexicon
    if commanded := _commanded(ctx, verb):
        return Evoked(commanded[0], NAME, ctx.owners(commanded[1]))
    relation = _person_sense(ctx, verb) or _forces_sense(ctx, verb) or lex.verb_relation(verb.lemma_.lower())
    if vowed := _vowed_harm(ctx, verb):
        return Evoked(lex.intent.threat, NAME, vowed)
    relation = relation or _only_of_things(ctx, verb)
    if relation:
        relation = _stopped(ctx, verb, relation) or relation  # "stopped shelling X": the shelling ended
    if relation == lex.verb_relation("withdraw") and clauses.leaves_an_event(ctx, verb):
        return None  # "withdrew from the talks": the talks are off (nominalisation), no retreat
    if verb.lemma_.lower() in lex.permitting_verbs and child(verb, "prt") is not None:
        return None  # a verb of permission with a particle is another verb: 'let down X' fails X, lets no one
    if relation == lex.intent.promise and _to_a_demand(ctx, verb):
        relation = lex.verb_relation("concede")  # "agreed to X's demands": gave way to X, no agreement
    if verb.lemma_.lower() in lex.permitting_verbs and _lets_a_deed_against(ctx, verb):
        return None  # "allowed the deportation of X": what is let happen is done to X, no way given to X
    if verb.lemma_.lower() in lex.denial_verbs and _negates_what_it_governs(ctx, verb):
        return None  # "denied meeting X", "denied plans to X": that event is negated, no rejection
    return Evoked(relation, NAME, ctx.objects(verb, relation)) if relation else None


def _to_a_demand(ctx: Context, verb: Token) -> bool:
    """Whether what a verb of agreeing agrees to is someone's demand or request ('agreed to X's demands')."""
    pressures = ctx.lexicon.giving_way.pressures
    nouns = [n for p in preps(verb, {"to"}) if (n := pobj(p)) is not None]
    return any((s := ctx.sense_of(n)) and s.relation in pressures for n in nouns)


def _vowed_harm(ctx: Context, verb: Token) -> list[Mention]:
    """Whom a verb of committing oneself threatens with the hostile deed that is its object: 'vowed revenge against
    X', 'promised swift retribution on X', as 'vowed to attack X' threatens X; none for any other verb or object."""
    it = ctx.lexicon.intent
    obj = child(verb, "dobj")
    if obj is None or verb.lemma_.lower() not in it.commissive_governors:
        return []
    sense = ctx.sense_of(obj)
    if sense is None or sense.relation not in it.hostile:
        return []
    aimed = [m for holder in (obj, verb) for p in preps(holder, set(sense.preps)) for m in ctx.actors(pobj(p))]
    return aimed or ctx.owners(obj)


def _lets_a_deed_against(ctx: Context, verb: Token) -> bool:
    """Whether what a verb of permission lets happen is a deed against someone: a hostile act, an inquiry or a charge
    ('allowed the extradition of X', 'permitted an investigation into X')."""
    obj = child(verb, "dobj")
    sense = ctx.sense_of(obj)
    return sense is not None and sense.relation not in ctx.lexicon.intent.cooperative


def _stopped(ctx: Context, verb: Token, relation: str) -> str | None:
    """An event a verb of ending stops, told by its gerund: what ending it reports, as with its noun ('stopped
    attacking X' gives way to X, 'ceased funding X' cuts aid to X); the event itself is no longer done."""
    ending = verb.head.lemma_.lower()
    if verb.tag_ != "VBG" or verb.dep_ not in {"xcomp", "dobj"} or not ctx.lexicon.ends(ending):
        return None
    return ctx.lexicon.ended_event_relation(ending, relation, verb.lower_)


def _commanded(ctx: Context, verb: Token) -> tuple[str, Token] | None:
    """What a command with a past participle orders done, and to whom, done by the one who commands: 'ordered X
    arrested', 'ordered X to be released' or 'ordered that X be expelled' arrests, releases or expels X (the owner
    of what is done to: 'ordered X's assets frozen'), where 'ordered X to leave' only demands it."""
    if verb.lemma_.lower() not in ctx.lexicon.commanding_verbs:
        return None
    for arg in verb.children:
        clause = arg if arg.dep_ in {"ccomp", "xcomp"} else child(arg, "acl") if arg.dep_ == "dobj" else None
        if clause is None or clause.i < verb.i or not _participle(clause):
            continue
        done_to = arg if arg.dep_ == "dobj" else child(clause, "nsubjpass", "nsubj") or child(verb, "dobj")
        if done_to is not None and (relation := ctx.lexicon.verb_relation(clause.lemma_.lower())):
            return relation, done_to
    return None


def _participle(clause: Token) -> bool:
    """A passive participle, bare or after 'to be' or 'be'; a past form with no object of its own reads so too (the
    tagger's 'X expelled' after a command)."""
    tense = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
    bare_past = clause.tag_ == "VBD" and child(clause, "dobj") is None
    return (clause.tag_ == "VBN" or bare_past) and tense <= {"to", "be"}


def _forces_sense(ctx: Context, verb: Token) -> str | None:
    """A verb's sense with armed forces for its subject: 'X's troops have begun leaving Y' withdraws from Y; or for
    the forces its purpose clause was sent with: 'sent jets to destroy Y's reactor' attacks Y."""
    relation = ctx.lexicon.forces_senses.get(verb.lemma_.lower())
    if relation is None:
        return None
    tok = verb
    while child(tok, "nsubj") is None and tok.dep_ in {"xcomp", "conj"}:
        tok = tok.head  # "have begun leaving Y": whose the leaving is
    doer = child(tok, "nsubj")
    if doer is None and tok.dep_ == "advcl" and infinitive(tok):
        doer = child(tok.head, "dobj")  # "sent jets to destroy": the jets do it
    return relation if doer is not None and ctx.lexicon.is_armament(doer.lemma_.lower(), doer.lower_) else None


def _only_of_things(ctx: Context, verb: Token) -> str | None:
    """The sense of a verb that reports an event only when done to someone's thing: 'questioned X's commitment'
    casts doubt on X, where 'questioned X' only asks X."""
    return _thing_sense(ctx, verb) or None


def _named(ctx: Context, noun: Token) -> Mention | None:
    """Whom a noun names, itself or by the name in apposition to it ('her counterpart, Ana Ruiz'); none where the
    parser gave that name a description of its own, which the verb may say of them ('called her counterpart, Ana
    Ruiz, a liar')."""
    if (own := ctx.mentions.get(noun.i)) is not None:
        return own
    described = any(child(c, "appos") is not None for c in noun.children if c.dep_ == "appos")
    return None if described else next(iter(ctx.apposed(noun)), None)


def _person_sense(ctx: Context, verb: Token) -> str | None:
    """A verb's sense with a person for its object and nothing said of them: 'called the Freedonian president
    on Friday', 'called her counterpart to discuss the crisis' (a phone call); not 'called the president a liar'.
    It comes before the verb's sense with any other object: 'dismissed the minister' removes him, where
    'dismissed the claims' rejects them."""
    relation = ctx.lexicon.person_senses.get(verb.lemma_.lower())
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if relation is None or len(objects) != 1 or (named := _named(ctx, objects[0])) is None:
        return None
    described = any(
        c.dep_ in DESCRIPTIONS or c.dep_ == "xcomp" and c.pos_ != "VERB" or c.dep_ == "prep" and c.lower_ == "as"
        for c in verb.children
    )  # "called X a liar", "dismissed X as a liar"
    return relation if named.type is EntityType.PERSON and not described else None


PLACE_PHRASE_DEPS = {"pobj", "prep", "dobj"}  # how a place named in a clause hangs from its verb


def _undergoes_nothing(ctx: Context, noun: Token, relation: str) -> bool:
    """Whether the noun a participle was hung on names a place, which undergoes no deed but one done to places
    ('met in Z, hosted by W'; not 'entered Z, shelled by W')."""
    named = ctx.mentions.get(noun.i)
    return named is not None and named.type is EntityType.PLACE and relation not in ctx.lexicon.intent.done_to_places


def _clause_subjects(ctx: Context, place: Token) -> list[Mention]:
    """The subjects of the clause whose phrase names a place a participle was hung on ('met in Z, hosted by W',
    'seized the town of Z, backed by W'): the clause's doers underwent it."""
    tok, steps = place, 0
    while tok.dep_ in PLACE_PHRASE_DEPS and steps < 4:  # "seized the town of Z, backed by W": up to the verb
        tok, steps = tok.head, steps + 1
    return ctx.subjects(tok) if tok.pos_ in {"VERB", "AUX"} and tok != place else []


def read(ctx: Context, anchor: Anchor) -> Iterator[Candidate]:
    verb = anchor.trigger
    evoked = ctx.evoked(verb)
    if evoked is None or evoked.rule != NAME:
        return  # another construction reads this verb ('called on' is a phrasal verb)
    passive = child(verb, "nsubjpass")
    if passive is not None and passive.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        passive = verb.head  # "X, who was detained by Y": X is detained
    participle = passive is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and child(verb, "agent") is not None
    if participle:
        passive = verb.head  # "X, backed by Y, ...": X is backed
    targets = ctx.owners(passive) if passive is not None else evoked.objects
    if participle and _undergoes_nothing(ctx, verb.head, evoked.relation):
        targets = _clause_subjects(ctx, verb.head) or targets  # "X and Y met in Z, hosted by W": W hosted X and Y
    cand = verb_clause.read(ctx, verb, evoked.relation, targets)
    if cand is None:
        return
    if (cand := _between(ctx, verb, cand)) is None:
        return
    if (measure := _struck_with(ctx, verb, cand.relation)) is not None:
        cand = replace(cand, relation=measure)  # "hit X with sanctions": a sanction, no attack
    if (sense := _thing_sense(ctx, verb)) == "" or _publishes(ctx, verb):
        return  # "demonstrated their resolve": shown, no protest
    cand = replace(cand, relation=sense) if sense else cand
    yield _retargeted(ctx, verb, cand)


def _publishes(ctx: Context, verb: Token) -> bool:
    """Whether a verb that also means making words public has words for its object: 'released a statement on X'."""
    obj = child(verb, "dobj") or child(verb, "nsubjpass")
    lex = ctx.lexicon
    return verb.lemma_.lower() in lex.publishing_verbs and obj is not None and obj.lemma_.lower() in lex.statement_nouns


def _between(ctx: Context, verb: Token, cand: Candidate) -> Candidate | None:
    """The sides a verb's 'between' phrase names: a go-between meets each ('mediated between X and Y', not "X met Y";
    None where it names none), and a deed no one is said to do is each side's on the other ('fighting between X and
    Y spread', 'clashes erupted between X and Y')."""
    sides = [m for between in preps(verb, {"between"}) for m in ctx.actors(pobj(between))]
    if verb.lemma_.lower() in ctx.lexicon.go_between_verbs:
        return replace(cand, targets=sides, mutual=False) if sides else None
    if not cand.agents and not cand.targets and len(sides) > 1:
        return replace(cand, agents=sides, mutual=True, reciprocal=not relations()[cand.relation].symmetric)
    return cand


def _retargeted(ctx: Context, verb: Token, cand: Candidate) -> Candidate:
    """The candidate aimed at whom a deed is laid on ('blamed the bombing on X') or at the doer of the deed it
    reacts to ('condemned the killing of X': its doer, not X)."""
    if (blamed := _blamed_on(ctx, verb)) is not None:
        return replace(cand, targets=blamed)
    if not cand.targets and (claimants := _summed_up_claim(ctx, verb)):
        return replace(cand, targets=claimants)
    if cand.relation in DEED_REACTIONS and (deed := _deed_reacted_to(ctx, verb, cand.relation)) is not None:
        return replace(cand, targets=judged(ctx, cand.relation, deed))
    return cand


def _summed_up_claim(ctx: Context, verb: Token) -> list[Mention]:
    """Who made the claim a relative clause of denial sums up: 'X accused Y of Z, a charge Y denied' (Y rejects X);
    the noun that sums up the clause before it hangs on that clause's verb."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in ctx.lexicon.denial_verbs | {"reject", "dismiss"}:
        return []
    claim, said = verb.head, verb.head.head
    if claim.lower_ not in ctx.lexicon.hearsay_nouns or claim.dep_ not in SUMMING_DEPS or said.pos_ not in VERBAL:
        return []
    return [m for m in ctx.subjects(said) if m not in ctx.subjects(verb)]


def _blamed_on(ctx: Context, verb: Token) -> list[Mention] | None:
    """Whom a verb that lays a deed on someone with 'on' blames: its 'on' phrase, or the one the parser hung on its
    object ('blamed the bombing on X'); None where no such phrase is, or a 'for' phrase names whom ('blamed X for
    the attack on Y')."""
    obj = child(verb, "dobj")
    if verb.lemma_.lower() not in ctx.lexicon.blame_on_verbs or obj is None or preps(verb, {"for"}):
        return None
    hung = [t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "on"]  # the last: "the attack on X's ... on Y"
    on = next(iter(preps(verb, {"on"})), None) or next(reversed(hung), None)
    return ctx.actors(pobj(on)) if on is not None and not ctx.actors(obj) else None


def _deed_reacted_to(ctx: Context, verb: Token, relation: str) -> Token | None:
    """The hostile deed a verb reacts to, where its object names one and no one it is done to: 'condemned the
    killing of X', 'the killing of X was condemned', 'opposed sanctions against X', 'protested against the detention
    of X'; not 'defended X against criticism' (X is named) or 'demanded the release of X' (no hostile deed: support
    for X)."""
    if ctx.direct_objects(verb):
        return None
    reacting = {"against", "over"} - not_whom(relation, ctx.lexicon)  # "defended itself against X's raids": not them
    objects = [child(verb, "dobj"), child(verb, "nsubjpass"), *(pobj(p) for p in preps(verb, reacting))]
    return next((noun for noun in objects if hostile_deed(ctx, noun)), None)


def _thing_sense(ctx: Context, verb: Token) -> str | None:
    """A verb's sense when what it is done to is a thing someone owns ('welcomed X's statement', 'X's statement was
    welcomed' praise X), or what someone is to do ('welcomed X to mediate' praises X, where 'welcomed X' hosts X);
    '' for no event."""
    sense = ctx.lexicon.thing_relation(verb.lemma_.lower())
    if sense is None:
        return None
    holder = verb if child(verb, "dobj") is not None else sharing_verb(verb) or verb  # "welcomed and backed X's plan"
    thing = child(holder, "dobj") or child(holder, "nsubjpass")  # "X's move was welcomed by Y"
    # 'received a delegation from X': people, not a thing of X's
    people = thing is not None and ctx.lexicon.names_people(thing.lemma_.lower(), thing.lower_)
    undergoing = ctx.actors(thing) if thing is not None and thing.dep_ == "nsubjpass" else []  # "X was received"
    named = [m for m in ctx.direct_objects(holder) + undergoing if m.kind is not MentionKind.EVENT]  # not "the visit"
    if thing is not None and not named and not people:
        return sense
    to_do = any(c.dep_ in {"xcomp", "ccomp"} and infinitive(c) for c in verb.children)
    return sense if sense and to_do else None


def _negates_what_it_governs(ctx: Context, verb: Token) -> bool:
    """Whether a verb of denial denies a deed, not words: its complement is a clause or a gerund ('denied meeting
    X', 'denied that it met X'), or its object a plan or a deed ('denied plans to ...', 'denied the raid'). Denying
    what someone said ('denied X's claims') rejects them."""
    if any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return True
    obj = child(verb, "dobj")
    if obj is None or obj.lemma_.lower() in ctx.lexicon.hearsay_nouns or obj.lower_ in ctx.lexicon.hearsay_nouns:
        return False
    return obj.pos_ == "VERB" or ctx.lexicon.is_proposal(obj.lemma_.lower()) or ctx.names_event(obj)


def _struck_with(ctx: Context, verb: Token, relation: str) -> str | None:
    """The relation of a measure an attack is made with: striking someone with sanctions or tariffs imposes them
    ('hit X with sanctions', 'struck X with new tariffs'), where striking them with missiles attacks them."""
    if relation != ctx.lexicon.verbs["attack"]:
        return None
    for prep in preps(verb, {"with"}):
        if (noun := pobj(prep)) is not None and ctx.lexicon.is_measure(noun.lemma_.lower(), noun.lower_):
            sense = ctx.sense_of(noun)
            return sense.relation if sense is not None else ctx.lexicon.verbs["sanction"]
    return None


RULE = Rule(NAME, confidence=0.8, read=read, evoke=evoke)
