"""nominalisation: a noun that names the event: "X's invasion of Y" (attacked), 'a visit to Y by X'
(visited), 'the threat posed by X to Y' (threatened), 'talks between X and Y' (met).

Patterns: kgraph/data/rules/nominalisation.json (a noun). The lexicon says which event the noun
names and which prepositions introduce its target (Lexicon.noun_sense, from lexicon.json's nouns).
The agent is the possessor, a modifier the article names, or the 'by' phrase; else the subject
of the verb the noun hangs from ('X launched an invasion of Y'), unless that verb reports another
event ('X blamed Y for the bombing': the one who blames did not bomb).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from kgraph.extract import clauses, verb_clause
from kgraph.extract.candidates import Anchor, Candidate
from kgraph.extract.context import PLACES, Context, meeting, not_whom
from kgraph.extract.nominal import HYPHENED, NounRoles, answering, framed, noun_roles
from kgraph.extract.registry import Rule
from kgraph.extract.rules.light_verb import HOSTED, PERFORMING, held_apart, nominalised, noun_forms, walkout
from kgraph.extract.rules.light_verb import NAME as LIGHT_VERB
from kgraph.extract.syntax import (
    NOMINAL,
    SUBJECT_DEPS,
    TIMES,
    VERBAL,
    child,
    first_conjunct,
    governing_verb,
    phrasal_lemma,
    pobj,
    preps,
    quantity_over,
)
from kgraph.lexicon import NounSense
from kgraph.model import Mention, MentionKind
from kgraph.relations import relations

NAME = "nominalisation"
TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}
AFTER_PREPS = {"after", "following", "during", "upon"}  # a meeting held by the time of the clause it opens
JOURNEY_PREPS = {"on"}  # ", on a visit to X,": the journey one is making
DOING_CLASSES = {PERFORMING, "voice", "feel", "organize", "decree"}  # support verbs whose subject does the event
SETTING_PREPS = {"in", "at"}  # "In a meeting with X, Y agreed ...": the meeting the clause's event took place at


def read(ctx: Context, anchor: Anchor) -> Iterator[Candidate]:
    noun = anchor.trigger
    if noun.i in ctx.mentions or noun.ent_type_ in TIMES:
        return  # a name, or a date: "on March 3" names no march
    sense, read_targets = _sense(ctx, noun)
    phrase = framed(ctx, noun) or noun  # "a bombing campaign": the campaign stands where the bombing does
    unread = _topic(ctx, phrase) or _ended(ctx, phrase) or _sides_unnamed(ctx, phrase)
    if sense is None or unread or ctx.helped_with(phrase):  # "with the support of Y": help given, no deed of its own
        return
    found = _roles(ctx, noun, sense, read_targets)
    hosts = _hosts(ctx, phrase) if meeting(sense.relation) else []  # "talks hosted by Z": Z is no side
    agents, targets = [a for a in found.agents if a not in hosts], found.targets
    if not agents and not found.between:
        agents = _meeting_before_the_clause(ctx, phrase, sense)
    governor = governing_verb(phrase) or _verb_of_saying(ctx, phrase) or _ready_for(ctx, phrase)
    agents = _subjects_own(ctx, phrase, governor, agents)
    answerable = None if agents else _answerable(ctx, phrase)  # "claimed responsibility for the raid on X"
    agents, governor = answerable or (agents, governor)
    if (
        not agents
        and governor is not None
        and not found.undergone
        and not _what_another_is_about(ctx, phrase, governor)
    ):
        agents = _governors_doers(ctx, phrase, sense, governor)
        if agents is None and not (len(found.between) > 1 and (_held_before(phrase) or _reacted_to(ctx, governor))):
            return  # "blamed X for the bombing": the bomber is not the one who blames
        agents = agents or []  # "agreed to V after talks between X and Y": the noun names its own sides
    if not agents and governor is None:
        agents = _quoted_speaker(ctx, phrase, sense)
    if not targets:  # "X was hit by Y's sanctions", "Y's airstrike killed five soldiers"
        targets = _struck(ctx, phrase, sense) or (_what_it_did(ctx, phrase, sense, governor) if governor else [])
        targets = targets or (_struck_where(ctx, phrase, sense) if len(agents) == 1 else [])
    sided = len(agents) > 1 or len(found.between) > 1  # "welcomed the deal signed by X and Y": theirs, no one's offer
    if governor is not None and governor.lemma_.lower() in ctx.lexicon.recipient_verbs and not sided:
        agents, targets = _received(ctx, governor, agents, targets)
        agents = agents or ctx.host_inviting(phrase)  # "accepted an invitation to visit X": from X
    if not targets:
        agents, targets = _sides(ctx, phrase, sense, governor, agents, found.between)
    targets += [h for h in hosts if h not in agents and h not in targets]  # the host meets each side
    owned = any(c.dep_ == "poss" for c in phrase.children) and bool(found.agents)  # "X's war": X is at war
    gathering = relations()[sense.relation].symmetric and not held_apart(phrase, governor)  # "the summit with X and Y"
    relation = _relation(ctx, noun, sense, governor)
    each_way = _each_way(sense, agents, targets, found.between)
    yield Candidate(
        noun, relation, agents, targets, clause=governor, presupposed=owned, gathering=gathering,
        mutual=each_way, reciprocal=each_way,
    )  # fmt: skip


def _answerable(ctx: Context, noun: Token) -> tuple[list[Mention], Token] | None:
    """Who the clause makes answerable for the event, with the verb that says so: one who 'claimed responsibility
    for the attack on X' or 'was responsible for the attack on X' carried it out, 'held Y responsible for it' says Y
    did; not one who denies it ('denied responsibility for the raid')."""
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    if holder is None or holder.lemma_.lower() not in ctx.lexicon.responsibility_words:
        return None
    verb = governing_verb(holder) if holder.pos_ in NOMINAL else holder.head
    if verb is None or verb.lemma_.lower() in ctx.lexicon.denial_verbs:
        return None
    if holder.dep_ == "oprd":  # "held Y responsible for the raid"
        return [m for c in verb.children if c.dep_ == "dobj" for m in ctx.actors(c)], verb
    return ctx.subjects(verb), verb


def _subjects_own(ctx: Context, noun: Token, verb: Token | None, agents: list[Mention]) -> list[Mention]:
    """The doers of a noun whose only doer is a possessive pronoun and which a verb of performing or of calling off
    takes for its object: the verb's subject ('X called Y to express his support', 'X cancelled her visit': X's,
    whoever was named last); else `agents`. A verb that reacts to it ('mocked his threat') leaves the pronoun its
    own."""
    if verb is None or noun.dep_ != "dobj" or noun.head != verb or not agents:
        return agents
    if any(a.kind is not MentionKind.PRONOUN for a in agents):
        return agents
    performed = (evoked := ctx.evoked(verb)) is not None and evoked.verb_class in DOING_CLASSES
    called_off = clauses.cancels(ctx, verb)  # "X cancelled her visit": X's own visit
    return (ctx.subjects(verb) or agents) if performed or called_off else agents


def _hosts(ctx: Context, noun: Token) -> list[Mention]:
    """Who a gathering's participle names as its host ('talks hosted by Z', 'Z-hosted talks'): one who meets each
    side, not a side itself, whatever the sides are."""
    lex = ctx.lexicon
    hosting = [c for c in noun.children if c.dep_ in {"acl", "amod"} and lex.verb_relation(c.lemma_.lower()) == HOSTED]
    found = [m for c in hosting if (agent := child(c, "agent")) is not None for m in ctx.actors(pobj(agent))]
    return found + [m for c in hosting for d in c.lefts if d.dep_ in HYPHENED for m in ctx.actors(d)]


def _sense(ctx: Context, noun: Token) -> tuple[NounSense | None, list[Mention] | None]:
    """The event a noun names, with its targets where the noun is a support verb's and they are read as the verb's
    ('the lifting of sanctions on X' as 'lifted sanctions on X'); else the lexicon's sense, its targets to be read."""
    if (support := nominalised(ctx, noun)) is not None:
        verb_preps = ctx.lexicon.verb_preps - not_whom(support.relation, ctx.lexicon)  # "to X", "on X", "from X"
        return NounSense(support.relation, tuple(sorted(verb_preps))), support.objects
    return ctx.sense_of(noun), None


def _roles(ctx: Context, noun: Token, sense: NounSense, read_targets: list[Mention] | None) -> NounRoles:
    """The roles the noun phrase gives itself; a support verb's noun has the targets read as its verb's, and its
    'of' phrase is what the verb acts on, never its doer ('the withdrawal of its envoy from X')."""
    found = noun_roles(ctx, noun, sense)
    if read_targets is None:
        return found
    acted_on = [m for p in preps(noun, {"of"}) for m in ctx.actors(pobj(p))]
    targets = read_targets or [t for t in found.targets if t not in acted_on]  # "completed the delivery of X to Y"
    return replace(found, agents=[a for a in found.agents if a not in acted_on], targets=targets)


def _each_way(sense: NounSense, agents: list[Mention], targets: list[Mention], between: list[Mention]) -> bool:
    """Whether a one-sided event is between two sides, each doing it to the other: 'clashes between X and Y'."""
    return not targets and len(agents) > 1 and agents == between and not relations()[sense.relation].symmetric


def _relation(ctx: Context, noun: Token, sense: NounSense, governor: Token | None) -> str:
    """The noun's relation, but for a strike that people who bear no arms go on: a walkout ('miners went on strike
    against X'), no attack."""
    return (governor is not None and walkout(ctx, governor, noun, noun_forms(noun), sense.relation)) or sense.relation


def _received(
    ctx: Context, verb: Token, agents: list[Mention], targets: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """'X accepted Y's invitation': X is invited, unless the noun names whom it is for ('welcomed Y's invitation to
    Z'); a place it names is where, not whom ('Y's invitation to visit W')."""
    targets = [t for t in targets if t.type not in PLACES]
    if targets:
        return agents, targets
    targets = ctx.subjects(verb)
    return [a for a in agents if a not in targets], targets


FORCE = {"ASSAULT", "COERCE"}  # PLOVER's types of deeds of force, which strike where they are done
HARMED_IN = {"in", "during"}  # "were killed in an airstrike", "wounded during a raid"
JUDGING = {"praised", "criticized"}  # praise and blame of an event, which took place; support may be for one to come
SPOKEN = {"Accusation", "Support", "Appeal"}  # event classes of acts done by saying them
STANCES = {"Support"}  # event classes of a stance a deed is done in: "in solidarity with X", "in support of X"
CLAUSES = {"ccomp", "xcomp"}  # a verb's complement clause, here only words said


def _governors_doers(ctx: Context, noun: Token, sense: NounSense, verb: Token) -> list[Mention] | None:
    """Who does the event the noun names, when the verb it hangs from says: the verb's subject ('X began its
    offensive', '"Congratulations to Y," X said'), no one ('X spoke about the war', 'X mourned the killing of Y'), or
    None when the verb reports another event whose doer did not do this one ('X blamed Y for the bombing')."""
    if noun.head.i == verb.i and noun.dep_ in CLAUSES:  # what one says: '"Congratulations to Y," X said'
        return ctx.subjects(verb) if relations()[sense.relation].event_class in SPOKEN else []
    if _manner(noun, verb) and relations()[sense.relation].event_class in STANCES:
        return ctx.subjects(verb)  # "expelled X's envoys in solidarity with Y": the one who did it stands with Y
    if noun.dep_ == "dobj" and noun.head.i == verb.i and phrasal_lemma(verb) in ctx.lexicon.cancelling_governors:
        return ctx.subjects(verb)  # "called off a visit to X": the visit the subject was to make
    outer = ctx.evoked(clauses.governing_event(ctx, verb) or verb)
    if outer is not None and outer.relation != sense.relation and not _journey_for(ctx, noun, verb):
        return ctx.subjects(verb) if outer.verb_class == PERFORMING and _coordinated_object(noun, verb) else None
    if outer is not None and sense.relation in ctx.lexicon.intent.hostile and _reason(noun, verb):
        return None  # "attacked the rebels for the killing of X": the deed paid back is not the attacker's
    lemma = verb.lemma_.lower()
    if outer is not None or not (ctx.lexicon.speaks_of(lemma) or ctx.lexicon.feels_about(lemma)):
        return ctx.subjects(verb)
    return []  # "discussed the war", "mourned the killing of X": about it, not its doer


def _coordinated_object(noun: Token, verb: Token) -> bool:
    """Whether the noun is coordinated with the object of a verb that performs it, which then performs both
    ('expressed its rejection and condemnation of X': the condemnation is the subject's too, whatever the first
    noun names); not with the object of one that reacts to it ('refuted X's claims and the killing of Y')."""
    first = first_conjunct(noun)
    return first is not noun and first.dep_ == "dobj" and first.head.i == verb.i


def _manner(noun: Token, verb: Token) -> bool:
    """Whether the noun is the verb's 'in' phrase, the stance it is done in: 'acted in solidarity with X'."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.i == verb.i


def _reason(noun: Token, verb: Token) -> bool:
    """Whether the noun is the verb's 'for' phrase, the deed it is done for: 'attacked X for the raid on Y'."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.i == verb.i


def _sides(
    ctx: Context, noun: Token, sense: NounSense, verb: Token | None, agents: list[Mention], between: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """The two sides of an event whose noun names no target: the one acting on an agreement and the side its
    noun names ('X signed the Freedonia deal'), or those it is between: 'talks between X and Y' are X's with Y,
    'Z's mediation between X and Y' is Z's with each, and 'the war between X and Y' each one's on the other."""
    if agents and verb is not None and _agreement(sense):
        agents, targets = _other_party(ctx, noun, sense, verb, agents)
        if targets:
            return agents, targets
    if len(between) < 2:
        return agents, []
    if agents and not set(agents) & set(between):
        return agents, between
    if not relations()[sense.relation].symmetric:
        return between, []  # "the war between X and Y": each fights the other (the candidate is reciprocal)
    return between[:1], between[1:]


def _agreement(sense: NounSense) -> bool:
    """An event between two sides that is no meeting: a name before a meeting noun may be where it is held
    ('the Lima talks'), one before an agreement is a side of it ('the Freedonia deal')."""
    return relations()[sense.relation].symmetric and not meeting(sense.relation)


def _other_party(
    ctx: Context, noun: Token, sense: NounSense, verb: Token, named: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """'X signed the Freedonia trade deal', 'X pulled out of the Freedonia deal': the party the noun names and
    the one who acts on it are the event's two sides, when the verb reports no other event."""
    doers = _governors_doers(ctx, noun, sense, verb) or []
    others = [d for d in doers if d not in named]
    return (others, named) if others else (named, [])


def _quoted_speaker(ctx: Context, noun: Token, sense: NounSense) -> list[Mention]:
    """An act done by saying it, said in a sentence of its own within a quotation, is the quotation's speaker's:
    '"... Congratulations to both sides. ..." X wrote'."""
    if noun.dep_ != "ROOT" or relations()[sense.relation].event_class not in SPOKEN:
        return []
    return ctx.speaker(noun)


def _verb_of_saying(ctx: Context, noun: Token) -> Token | None:
    """The verb of saying whose words the noun is, with no verb of its own: '"Full support for X," Y said'."""
    said = noun.head if noun.dep_ in CLAUSES else None
    return said if said is not None and said.lemma_.lower() in ctx.lexicon.reporting_verbs else None


READY_PREPS = {"to", "for"}  # "open to talks", "ready for talks"


def _ready_for(ctx: Context, noun: Token) -> Token | None:
    """The verb whose subject is said to be ready for the event ('X is ready for talks with Y', 'X is open to
    dialogue'): the stance the adjective takes is the clause's (clauses.intent)."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in READY_PREPS or prep.head.dep_ != "acomp":
        return None
    ready = prep.head.lemma_.lower() in ctx.lexicon.intent.commissive_governors
    return prep.head.head if ready else None


def _journey_for(ctx: Context, noun: Token, verb: Token) -> bool:
    """'X flew to Y for talks with Z', 'arrived for a round of talks': one who travels for an event takes part."""
    journey = ctx.evoked(verb)
    if journey is None or journey.relation != ctx.lexicon.verb_relation("visit"):
        return False
    tok = noun
    while tok.head.i != verb.i and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "prep" and tok.lower_ == "for"


def _what_it_did(ctx: Context, noun: Token, sense: NounSense, verb: Token) -> list[Mention]:
    """'A Freedonian airstrike killed five soldiers in Ruritania': an event that is the subject of a verb of
    the same relation reaches whom that verb is done to, or where, if they have no name ('killed 40 people in X').
    Those a hostile verb's passive says were harmed in a hostile event, or who died in it, were its targets ('five
    soldiers were killed in a Freedonian airstrike', 'died in an attack by X'). A hostile deed one wards off was
    aimed at one ('repelled an attack by X')."""
    doing, lex = ctx.evoked(verb), ctx.lexicon
    if verb.lemma_.lower() in lex.warding_verbs and noun.dep_ == "dobj" and sense.relation in lex.intent.hostile:
        return ctx.subjects(verb)  # "X repelled an attack by Y": the attack was on X
    if noun.dep_ in SUBJECT_DEPS and doing is not None and doing.relation == sense.relation:
        return ctx.objects(verb, sense.relation) or verb_clause.place_targets(ctx, verb, sense.relation)
    if noun.head.lower_ not in HARMED_IN or noun.head.head != verb or sense.relation not in lex.intent.hostile:
        return []
    if verb.lemma_.lower() in lex.dying_verbs:  # "five soldiers died in an X airstrike"
        return ctx.subjects(verb)
    hurt = doing is not None and doing.relation in lex.intent.hostile  # "were killed in", not "were praised in"
    return ctx.actors(child(verb, "nsubjpass")) if hurt else []


def _struck_where(ctx: Context, noun: Token, sense: NounSense) -> list[Mention]:
    """Where a deed of force by one doer that names no one it was done to happened: 'was behind the bombings in X'
    attacked X, as 'bombed targets in X' does; not where its own phrases name a target ('the fight against graft in
    X'). Two doers of one deed ('their war in X') may have fought each other there."""
    if relations()[sense.relation].plover not in FORCE or preps(noun, {"of", *sense.preps}):
        return []
    if any(c.dep_ in {"acl", "relcl"} for c in noun.children):
        return []  # "strikes in X, carried out at X's request": a clause says more of it than where
    place = ctx.placed_in(noun)
    return [place] if place is not None else []


def _struck(ctx: Context, noun: Token, sense: NounSense) -> list[Mention]:
    """Whom a hostile event struck when it is the agent or the means of a verb that strikes or aims ('X was hit by Y's
    sanctions', 'was targeted by a raid', 'Y targeted X with sanctions', 'X was hit with sanctions'): the one struck,
    the verb's object or passive subject; not with a verb of feeling ('X was angered by the raid on Y')."""
    prep = noun.head
    means = prep.lower_ == "with" and prep.dep_ == "prep"
    if noun.dep_ != "pobj" or not (prep.dep_ == "agent" or means) or sense.relation not in ctx.lexicon.intent.hostile:
        return []
    verb, lex = prep.head, ctx.lexicon
    doing = ctx.evoked(verb)
    striking = doing is not None and doing.relation in lex.intent.hostile or verb.lemma_.lower() in lex.aiming_verbs
    struck = child(verb, "nsubjpass") or (child(verb, "dobj") if means else None)
    return ctx.owners(struck) if striking else []  # "X's economy was hit by ...": X


def _meeting_before_the_clause(ctx: Context, noun: Token, sense: NounSense) -> list[Mention]:
    """'Following talks with X, Y agreed ...': whoever the clause is about took part in the meeting it follows or
    took place at ('In a meeting with X, Y agreed ...'); and made the journey it was made on or during ('Y signed a
    pact during a visit to X', 'Y, on a visit to X, met Z'), whether the phrase hangs on the clause's verb or on the
    one it is about."""
    prep = noun.head if noun.dep_ == "pobj" else None
    journey = sense.relation == ctx.lexicon.verb_relation("visit")
    if prep is None or not (journey or meeting(sense.relation)):
        return []
    set_off = JOURNEY_PREPS if journey else SETTING_PREPS
    if prep.lower_ not in AFTER_PREPS | set_off:
        return []
    if prep.lower_ in set_off and not (prep.is_sent_start or prep.nbor(-1).is_punct):
        return []  # set off from the clause, not what a verb is about: "commented on the visit to X"
    if prep.head.pos_ in VERBAL:
        return ctx.subjects(prep.head)
    return ctx.actors(prep.head) if (journey or prep.lower_ in set_off) and prep.head.pos_ in NOMINAL else []


def _sides_unnamed(ctx: Context, noun: Token) -> bool:
    """Whether the event is between sides its phrase does not name: 'backed talks between the warring parties' are
    not the backers' talks with each other."""
    between = preps(noun, {"between"})
    return bool(between) and not any(ctx.actors(pobj(p)) for p in between)


def _reacted_to(ctx: Context, verb: Token) -> bool:
    """Whether the verb praises or blames an event, which has then taken place: 'welcomed the deal between X and
    Y', 'condemned the war between X and Y'; not one that backs or rejects it ('ruled out talks between X and Y')."""
    evoked = ctx.evoked(verb)  # its sense with a thing for its object: 'welcomed the deal' praises, hosts no one
    relation = ctx.lexicon.thing_relation(verb.lemma_.lower()) or (evoked.relation if evoked is not None else None)
    return relation in JUDGING


def _held_before(noun: Token) -> bool:
    """Whether an event noun says when the clause's event happened, by an event held before it: 'after talks',
    'after two days of talks' (a stretch of time the event took)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.ent_type_ in {"DATE", "TIME"}:
        noun = noun.head.head  # "two days of talks": as long as the talks
    return noun.dep_ == "pobj" and noun.head.lower_ in AFTER_PREPS


def _ended(ctx: Context, noun: Token) -> bool:
    """'X lifted its ban on Y', 'X ended its offensive', 'X cut its tariffs on Y': ending or lessening the event is
    another one (X concedes), which the support-verb construction reads; the event it ends is not reported anew.
    So is lifting part of it: 'X lifted some of its sanctions on Y'."""
    noun = quantity_over(noun)
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (ending := noun.head.head).pos_ in NOMINAL:
        verb = ctx.lexicon.nominalised_support_verb(ending.lower_)  # "the lifting of its ban on Y"
        return verb is not None and ctx.lexicon.ends_or_cuts(verb) and nominalised(ctx, ending) is not None
    if noun.dep_ != "dobj" or (outer := ctx.evoked(noun.head)) is None:
        return False
    return outer.rule == LIGHT_VERB and ctx.lexicon.ends_or_cuts(phrasal_lemma(noun.head))


def _what_another_is_about(ctx: Context, noun: Token, verb: Token) -> bool:
    """'escalated a dispute over the killing of X', 'attacked Y in revenge for the killing of X': the noun is what
    another noun is about or pays back, so the verb's subject is no doer of it."""
    tok = noun
    while tok != verb and tok.head != tok:
        about = tok.head.lower_ in TOPIC_PREPS | answering(ctx, tok.head.head)
        if tok.dep_ == "pobj" and about and tok.head.head.pos_ in {"NOUN", "PROPN"}:
            return True
        tok = tok.head
    return False


def _topic(ctx: Context, noun: Token) -> bool:
    """'negotiations on a deal', 'talks about sanctions': what another event is about has not happened by it."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in TOPIC_PREPS:
        return False
    return ctx.names_event(prep.head)


RULE = Rule(NAME, confidence=0.7, read=read)
