"""light_verb: a support verb whose object noun names the event: 'X held talks with Y' (met), 'X gave Y a
grant' (aided), 'X launched strikes on Y' (attacked), 'X sought asylum in Y' (demanded).

Patterns: kgraph/data/rules/light_verb.json (a verb and its object, or an object coordinated with
it: 'artillery and rocket fire'). The lexicon says which relation the verb and noun report together
(Lexicon.support_relation, from lexicon.json's light_verbs: "hold talks": "met"). The target is
the recipient, or the object of a preposition on the noun or the verb; for an event other than a
meeting, whose the thing is ('rejected a Freedonian proposal'). Coordinated subjects with no
target are the two sides of the event when it is a thing between parties ('X and Y signed an agreement',
'upgraded ties') or the verb trades it ('traded accusations'); of any other deed they did it together.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from kgraph.extract import clauses, verb_clause
from kgraph.extract.candidates import Anchor, Candidate, Evoked
from kgraph.extract.context import (
    MEMBER_PREPS,
    ORGANIZATIONS,
    POSTED_PREPS,
    STATES_AND_BODIES,
    TOPIC_PREP,
    WHERE_PREPS,
    Context,
    consults,
    meeting,
    not_whom,
)
from kgraph.extract.nominal import charged, judged, whose_deed
from kgraph.extract.registry import Rule
from kgraph.extract.syntax import (
    SUBJECT_DEPS,
    TIMES,
    child,
    dative,
    hyphen_joined,
    infinitive,
    opposed_modifiers,
    phrasal_lemma,
    pobj,
    preps,
    quantified,
)
from kgraph.lexicon import BROACHING_CLASS, PERFORMING_CLASS, Lexicon
from kgraph.model import EntityType, Mention, MentionKind
from kgraph.relations import relations

NAME = "light_verb"
HOSTED = "hosted"
HONOURING = {"honour", "honor"}  # "in honour of X": for whom a deed is done
MOBILIZING = "MOBILIZE"  # the PLOVER type of a show of force: drills, deployments, a buildup
LIGHT_PREPS = {"between", "along", "near", "around", "towards", "toward"}  # "massed troops along the border with X"
SPEAKERS = {EntityType.PERSON, *STATES_AND_BODIES}  # whose conduct, under fire, is criticised
PERFORMING = "perform"  # the support-verb class whose subject does the event its object names: "held talks"
SUBJECTING = "subject"  # the support-verb class that subjects its object to the event: "placed X under arrest"
STANDING_BY = "stand_by"  # the support-verb class of being on alert: "the army stayed on alert"
DEPLOYING = "deploy"  # the support-verb class that sends or orders forces somewhere: "sent troops to X"
BROACHING_READS = {BROACHING_CLASS, PERFORMING_CLASS}  # "raised X's arrest with Y": a matter raised, no arrest
ENDING = "end"  # the support-verb class that ends the event its object names: "called off the strike"
GIVING = "give"  # the support-verb class that hands its object to someone: "gave X a grant", "gave X 48 hours"
PARTAKING_PREPS = {"in", "as"}  # "served as peacekeepers": prepositions of a part one takes, never of an object
CLAUSE_DEPS = {"advcl", "acl", "relcl", "ccomp", "xcomp"}  # "permission for X to land": the clause on the noun
STANCE_PREPS = {"over", "about"}  # what a stance is taken about: whose deed it is, the one it is toward
FOR_WHOM = {"CONCEDE", "RETREAT", "AID"}  # giving way and giving aid: 'for' names whom it is done for
JUDGING_CLASSES = {"annul", "refuse", "contest"}  # support-verb classes that may judge their object: "dismissed X as Y"
APART = {"separate", "bilateral"}  # "held separate talks with X and Y": with each apart
APART_ADVERBS = {"separately", "individually"}  # "held talks with X and Y separately"
ANSWERING_PREPS = {"after", "following", "amid"}  # "went on alert after X's threats": what a show of force answers


def evoke(ctx: Context, anchor: Anchor) -> Evoked | None:
    if given := _deadline(ctx, anchor.trigger):  # "gave X 48 hours to withdraw": an ultimatum to X
        return Evoked(ctx.lexicon.intent.threat, NAME, given, clauses.DEADLINE)
    if _judged_as(ctx, anchor.trigger):
        return None  # "dismissed the sanctions as illegal": a judgement of the thing, not a deed done to it
    return _broached_with(ctx, anchor.trigger, anchor.nodes("object")) or _with_its_object(ctx, anchor)


def _with_its_object(ctx: Context, anchor: Anchor) -> Evoked | None:
    """What the verb and its object noun report together (the support-verb tables)."""
    verb, lex = anchor.trigger, ctx.lexicon
    lemma = phrasal_lemma(verb)  # "carried out raids", "stepped up patrols"; not "brought up X"
    for obj in anchor.nodes("object"):
        if obj.ent_type_ in TIMES:
            continue  # "takes effect on March 3": a date, no march
        # "lifted some of its sanctions": the sanctions; "sent a message of support": the support
        obj = _manifested(ctx, quantified(obj))
        if (
            found := _listing(ctx, verb, obj)
            or _as_role(ctx, verb, lemma, obj)
            or _nominal_event(ctx, verb, lemma, obj)
        ):
            return found  # "added X to its sanctions list", "held X as hostages", "announced the closure of ..."
        forms = noun_forms(obj) + _framed_forms(ctx, lemma, obj)
        named = ctx.mentions.get(obj.i)
        if named is not None and named.kind is MentionKind.NAME and not lex.is_displaced(*forms):
            continue  # a name is no event ("joined the Pacific Partnership"); "took in X refugees" aids them
        # "came under fire from X": a verb with the preposition of its noun may be a support verb of its own
        for support in _support_forms(lemma, obj):
            if (relation := lex.support_relation(support, *forms)) and not _stops_anothers(ctx, verb, obj, forms):
                verb_class = lex.support_class(support, *forms)
                standing_by = verb_class == STANDING_BY and relations()[relation].plover == MOBILIZING
                if standing_by and not _state_or_forces(ctx, verb):
                    continue  # "residents remained on alert": watchful, no one mobilised
                if verb_class == ENDING and obj.dep_ == "nsubjpass":
                    continue  # "the talks were called off": its noun says they did not happen
                if verb_class == DEPLOYING and _told_to_withdraw(ctx, verb, obj):
                    return None  # "ordered its troops to withdraw from X": no deployment against X
                relation = walkout(ctx, verb, obj, forms, relation) or _verbal(ctx, verb, obj, relation) or relation
                relation = _by_forces(ctx, verb, forms) or relation
                targets = _targets(ctx, verb, obj, relation, verb_class)
                return Evoked(relation, NAME, targets, verb_class, lex.is_bilateral(*forms))
    return None


def _broached_with(ctx: Context, verb: Token, objects: list[Token]) -> Evoked | None:
    """A matter brought up with someone ('raised X's detention with Y', 'took up the case with Y') is talked about
    with them, whatever it is: its own event is no deed of the one who raises it. The parser may hang the 'with'
    phrase on the matter."""
    lemma = phrasal_lemma(verb)
    relation = ctx.lexicon.broached(lemma)
    voiced = (ctx.lexicon.support_class(lemma, *noun_forms(o)) for o in objects)
    if any(c is not None and c not in BROACHING_READS for c in voiced):
        return None  # "raised concerns with Y": a feeling voiced, its own event
    matters = [o for o in objects if not _between_parties(ctx, o)]  # "raised its trade with Y": more trade
    withs = [p for t in (verb, *matters) for p in preps(t, {"with"})]
    parties = [m for p in withs if (o := pobj(p)) is not None and (m := ctx.mentions.get(o.i))]
    return Evoked(relation, NAME, parties, BROACHING_CLASS) if relation and parties else None


def _between_parties(ctx: Context, noun: Token) -> bool:
    """Whether a noun names something between parties, whose 'with' phrase is its own: 'ties', 'cooperation'."""
    forms = noun_forms(noun)
    sense = ctx.lexicon.noun_sense(*forms)
    return ctx.lexicon.is_bilateral(*forms) or (sense is not None and relations()[sense.relation].symmetric)


def _judged_as(ctx: Context, verb: Token) -> bool:
    """Whether the verb says what its object is by an 'as' and an adjective ('dismissed X as illegal', 'rejected X
    as politically motivated'), or, for a verb that judges what it annuls, refuses or contests, by an 'as' and a
    noun naming no people ('dismissed the sanctions as theatre'; not 'lifted the ban as a gesture of goodwill',
    where the verb does the deed and the noun says why)."""
    for c in verb.children:
        if c.lower_ == "as" and any(a.pos_ == "ADJ" for a in c.children):
            return True
        if c.pos_ == "ADJ" and c.dep_ in {"advcl", "acomp", "oprd"} and any(a.lower_ == "as" for a in c.children):
            return True
    support = ctx.lexicon.support
    judging = support is not None and bool(support.classes_of.get(verb.lemma_.lower(), frozenset()) & JUDGING_CLASSES)
    held = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # the parser hangs 'as' on either
    as_nouns = [n for h in held for p in preps(h, {"as"}) if (n := pobj(p)) is not None]
    return judging and any(_names_a_thing(ctx, n) for n in as_nouns)


def _names_a_thing(ctx: Context, noun: Token) -> bool:
    """Whether a noun names neither people nor anyone named: 'a farce', 'theatre'; not 'a terrorist', 'hostages'."""
    lex = ctx.lexicon
    return noun.pos_ == "NOUN" and noun.i not in ctx.mentions and not lex.names_people(noun.lemma_.lower(), noun.lower_)


def _manifested(ctx: Context, obj: Token) -> Token:
    """What a noun that names the show of something shows, where it does ('a message of support', 'a show of force',
    'a gesture of goodwill'): the verb does that, as with the noun itself; any other noun, itself."""
    lex = ctx.lexicon
    if obj.lemma_.lower() not in lex.manifestation_nouns or any(lex.noun_sense(f, f) for f in noun_forms(obj)):
        return obj  # not "a show of force", a name of its own
    shown = next((o for p in preps(obj, {"of"}) if (o := pobj(p)) is not None), None)
    return shown if shown is not None and shown.pos_ == "NOUN" else obj


def _deadline(ctx: Context, verb: Token) -> list[Mention]:
    """Who is given a span of time to do something ('gave X 48 hours to withdraw', 'gave X until Friday to leave'):
    an ultimatum to them, PLOVER THREATEN; no one where the verb gives no time or gives it for nothing to be done."""
    support = ctx.lexicon.support
    if support is None or GIVING not in support.classes_of.get(verb.lemma_.lower(), frozenset()):
        return []
    spans = {"dobj", "npadvmod", "prep"}  # "gave X 48 hours", "gave X 72 hours", "gave X until Friday"
    times = [c for c in verb.children if c.dep_ in spans and (c.ent_type_ in TIMES or c.lower_ == "until")]
    to_do = [c for h in (verb, *times) for c in h.children if c.dep_ in CLAUSE_DEPS and infinitive(c)]
    given = [c for c in verb.children if c.dep_ in {"dative", "dobj"} and c not in times]
    return [m for c in given for m in ctx.actors(dative(c))] if times and to_do else []


def nominalised(ctx: Context, noun: Token) -> Evoked | None:
    """What the noun of a support verb reports with the thing its 'of' phrase names, as the verb does with its
    object: 'the lifting of sanctions on X' (conceded X), 'the closure of its embassy in X' (sanctioned X); None
    where the noun names that event on its own ('the delivery of aid'), which its own sense reads."""
    obj = next((o for p in preps(noun, {"of"}) if (o := pobj(p)) is not None), None)
    if obj is None or (verb := ctx.lexicon.nominalised_support_verb(noun.lower_)) is None:
        return None
    if (named := ctx.mentions.get(obj.i)) is not None and named.kind is MentionKind.NAME:
        return None  # "the closure of X": a name, no thing of a class
    forms = noun_forms(obj)
    relation = ctx.lexicon.support_relation(verb, *forms)
    own = ctx.sense_of(noun)
    if relation is None or (own is not None and own.relation == relation):
        return None
    verb_class = ctx.lexicon.support_class(verb, *forms)
    return Evoked(relation, NAME, _targets(ctx, noun, obj, relation, verb_class), verb_class)


def _nominal_event(ctx: Context, verb: Token, lemma: str, obj: Token) -> Evoked | None:
    """A support verb whose object is another support verb's noun reports what it does to that noun's event:
    'announced the closure of its embassy in X' (sanctioned X), 'ordered the lifting of the curfew in X'."""
    if (inner := nominalised(ctx, obj)) is None:
        return None
    if (relation := ctx.lexicon.ended_event_relation(lemma, inner.relation)) is None:
        return None
    targets = inner.objects or _targets(ctx, verb, obj, relation, inner.verb_class)  # "sent a shipment of X to Y"
    return Evoked(relation, NAME, targets, inner.verb_class)


def walkout(ctx: Context, verb: Token, obj: Token, forms: list[str], relation: str) -> str | None:
    """A strike that people who bear no arms launch against no armed force is a walkout, a protest ('truck drivers
    launched a strike against the government'), where one that forces or states launch, or one on a place, is an
    attack ('launched strikes on X', 'rebels launched a strike on a base')."""
    lex = ctx.lexicon
    sense = lex.noun_sense(*forms)
    if not lex.is_stoppage(*forms) or sense is None or sense.relation != relation:
        return None  # "lifted its boycott": the verb says what became of it
    doers = _subject_words(verb)
    civilians = doers and all((m := ctx.mentions.get(d.i)) is not None and m.type is EntityType.GROUP for d in doers)
    armed = [t for t in (*doers, *(pobj(p) for p in preps(obj, {"against"}))) if t is not None and _armed(lex, t)]
    aimed_at_a_place = bool(preps(obj, {"on", "at"}))
    return lex.stoppage_relation if civilians and not armed and not aimed_at_a_place else None


def _verbal(ctx: Context, verb: Token, obj: Token, relation: str) -> str | None:
    """An attack made in words is criticism: one a speech adjective describes ('made a withering attack on X'),
    or one made while calling its target something ('attacked X's record, calling it a disgrace')."""
    lex = ctx.lexicon
    if relation != lex.verbs["attack"]:
        return None
    worded = any(c.dep_ == "amod" and c.lower_ in lex.speech_adjectives for c in obj.children)
    calling = any(
        c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in lex.characterizing_verbs for c in verb.children
    )
    return lex.verbs["criticize"] if worded or calling else None


def _told_to_withdraw(ctx: Context, verb: Token, forces: Token) -> bool:
    """Whether forces sent or ordered are told to withdraw, leave or pull out ('ordered its troops to withdraw from
    X', 'ordered the army to leave X'): a retreat from the place their infinitive names, no deployment against it."""
    lex = ctx.lexicon
    for task in (c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and infinitive(c) and c.i > forces.i):
        lemma, particles = task.lemma_.lower(), [c.lower_ for c in task.children if c.dep_ in {"prt", "prep"}]
        relation = lex.forces_senses.get(lemma) or lex.verb_relation(lemma) or lex.phrasal_relation(lemma, *particles)
        if relation in lex.giving_way.relations:
            return True
    return False


def _by_forces(ctx: Context, verb: Token, forms: list[str]) -> str | None:
    """An event's sense when armed forces carry it out, as its verb's is ('troops carried out a raid on X' attacks X,
    where a police raid coerces)."""
    senses = [ctx.lexicon.forces_senses[form] for form in forms if form in ctx.lexicon.forces_senses]
    doers = _subject_words(verb)
    return senses[0] if senses and any(ctx.lexicon.is_armament(d.lemma_.lower(), d.lower_) for d in doers) else None


def _state_or_forces(ctx: Context, verb: Token) -> bool:
    """Whether a verb's subject is armed forces, a state or an organ of one: those that mobilise."""
    doers = _subject_words(verb)
    states = [m for d in doers for m in ctx.actors(d) if m.type in {EntityType.COUNTRY, EntityType.GOVERNMENT_BODY}]
    return bool(states) or any(_armed(ctx.lexicon, d) for d in doers)


def _subject_words(verb: Token) -> list[Token]:
    """The words the parser made a verb's subject, before any is read as an actor."""
    return [c for c in verb.children if c.dep_ in SUBJECT_DEPS]


def _armed(lex: Lexicon, tok: Token) -> bool:
    return lex.is_armament(tok.lemma_.lower(), tok.lower_) or tok.lemma_.lower() in lex.armed_nouns


def _support_forms(lemma: str, obj: Token) -> list[str]:
    """How the lexicon may know the support verb of an object: with the preposition of its noun, as 'come under'
    in 'came under fire', and alone. An 'in' or 'as' phrase counts only with its preposition ('served as
    peacekeepers', 'participated in operations'), not as the verb's object: 'walked out in a protest'."""
    if obj.dep_ != "pobj":
        return [lemma]
    prep = obj.head.lower_
    return [f"{lemma} {prep}"] + ([] if prep in PARTAKING_PREPS else [lemma])


def _stops_anothers(ctx: Context, verb: Token, obj: Token, forms: list[str]) -> bool:
    """Whether a verb of ending stops a hostile event someone else does ('sent troops to stop Freedonian
    aggression'): that opposes them, and yields to no one, where 'ended its offensive' does."""
    lex = ctx.lexicon
    if not lex.ends(phrasal_lemma(verb)):
        return False
    sense = lex.noun_sense(*forms)
    if sense is None or sense.relation not in lex.intent.hostile:
        return False
    doers = set(ctx.subjects(verb))
    named = [c for c in obj.children if c.dep_ in {"poss", "amod", "compound", "nmod"} and c.tag_ != "PRP$"]
    return any(m not in doers for c in named for m in ctx.actors(c))  # not "its attacks": the doer's own


def _as_role(ctx: Context, verb: Token, lemma: str, obj: Token) -> Evoked | None:
    """What a verb's 'as' phrase says its object becomes, the verb does to the object: 'held X as hostages' takes
    X hostage, 'used X as human shields' too."""
    said = [pobj(p) for holder in (verb, obj) for p in preps(holder, {"as"})]
    for role in (r for r in said if r is not None):
        if (relation := ctx.lexicon.role_relation(lemma, *noun_forms(role))) and (undergo := ctx.actors(obj)):
            return Evoked(relation, NAME, undergo)
    return None


def _listing(ctx: Context, verb: Token, named: Token) -> Evoked | None:
    """Putting those the object names on a list of the sanctioned or damned, or taking them off it: 'added X to its
    sanctions list' (sanctioned), 'removed X from its terror blacklist' (conceded)."""
    lemma = verb.lemma_.lower()
    for prep in preps(verb, {"to", "on", "onto", "from", "off"}):
        noun = pobj(prep)
        if noun is None:
            continue
        relation = ctx.lexicon.listing_relation(lemma, prep.lower_, noun.lemma_.lower())
        if relation is None:
            continue  # the cheap test first: the subtree is read only for a list
        words = {t.lemma_.lower() for t in noun.subtree} | {t.lower_ for t in noun.subtree}
        if ctx.lexicon.damns(noun.lemma_.lower(), words) and (listed := ctx.actors(named) or ctx.owners(named)):
            return Evoked(relation, NAME, listed)
    return None


def noun_forms(noun: Token) -> list[str]:
    """How the lexicon may know an object noun: joined by a hyphen to the word before it ('sit-in'), with its
    compound modifiers or 'of' phrase ('martial law', 'state of emergency'), its lemma, its text; 'money' for a
    sum of money; last, what a counted measure holds ('30 tonnes of food')."""
    lemma = noun.lemma_.lower()
    forms = []
    if modifiers := [c.lower_ for c in noun.lefts if c.dep_ in {"compound", "amod"}]:
        forms.append(" ".join([*modifiers[-1:], lemma]))
        if joined := hyphen_joined(noun):  # "a sit-in", "a cease-fire": one word the tokenizer split
            forms.insert(0, joined)
    if (of := pobj(next(iter(preps(noun, {"of"})), None))) is not None:
        forms.append(f"{lemma} of {of.lower_}")
    if noun.ent_type_ == "MONEY":
        forms.append("money")  # "gave $3 million to X": a sum of money is money, whatever its currency
    # "30 tonnes of food", "thousands of refugees", "a contingent of 200 troops"; not "versions of the call"
    counted = noun.ent_type_ == "CARDINAL" or _counted(noun)
    held = [o for p in preps(noun, {"of"}) if (o := pobj(p)) is not None and (counted or _counted(o))]
    return [*forms, lemma, noun.lower_, *(o.lemma_.lower() for o in held)]  # last, what a counted measure holds


def _framed_forms(ctx: Context, verb: str, noun: Token) -> list[str]:
    """The event a frame noun frames, by the noun before it, where the verb ends it ('ended its mediation efforts',
    'suspended the bombing campaign'): ending the frame ends that event. Other verbs may do something to the frame
    alone ('took the condemnation effort to the assembly')."""
    if noun.lemma_.lower() not in ctx.lexicon.frame_nouns or not ctx.lexicon.ends_or_cuts(verb):
        return []
    return [c.lemma_.lower() for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]


def _counted(noun: Token) -> bool:
    return any(c.dep_ == "nummod" for c in noun.children)


def _targets(ctx: Context, verb: Token, obj: Token, relation: str, verb_class: str | None) -> list[Mention]:
    measure = ctx.lexicon.is_measure(obj.lemma_.lower(), obj.lower_)  # "lifted the sanctions imposed on X"
    if measure and relation == ctx.lexicon.intent.refusal:
        return _imposers(ctx, obj)  # "flouted the curfew imposed by X": X, not whom it falls on
    # "closed the Xian consulate in Y": X's mission, wherever it is
    targets = _others_mission(ctx, verb, obj) or _aimed_at(ctx, verb, obj, relation, measure)
    if verb_class == SUBJECTING:  # "placed X under arrest", "put X on trial": X undergoes the event
        targets += [m for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} for m in ctx.actors(c)]
    if verb_class == DEPLOYING:  # "put its army on alert", "sent the X army to Y": the forces sent are no target
        sent = ctx.actors(obj)
        targets = [t for t in targets if t not in sent]
    if verb_class == ENDING and all(t.kind is MentionKind.EVENT for t in targets):
        targets = verb_clause.settled_with(ctx, verb) or targets  # "called off the strike after talks with X"
    if not targets and relations()[relation].plover == MOBILIZING:
        targets = _answered(ctx, verb)  # "put its army on alert after X's threats"
    return targets


def _answered(ctx: Context, verb: Token) -> list[Mention]:
    """Whom a show of force aimed at no one named answers: the doer of the threat or hostile deed it followed ('put
    its army on alert after X's threats', 'following X's drills')."""
    lex = ctx.lexicon
    for prep in preps(verb, ANSWERING_PREPS):
        deed = pobj(prep)
        sense = ctx.sense_of(deed)
        if sense is not None and (sense.relation in lex.intent.hostile or sense.relation == lex.intent.threat):
            return whose_deed(ctx, deed)
    return []


def _aimed_at(ctx: Context, verb: Token, obj: Token, relation: str, measure: bool) -> list[Mention]:
    given = [dative(c) for c in verb.children if c.dep_ == "dative"]  # "give X a grant"
    if obj.dep_ == "dobj" and ctx.lexicon.gives(verb.lemma_.lower()):
        given.append(child(verb, "nsubjpass"))  # "X was given refuge by Y": X is given it
    targets = [m for c in given for m in ctx.actors(c) or ctx.across(c)]  # "sent troops to the border with X": X
    targets += _let_act(ctx, verb, obj)
    consult = consults(relation)  # "talks with Freedonian businesses": not with Freedonia
    words = _target_preps(ctx, obj, relation)
    if verb.lemma_.lower() in ctx.lexicon.expelling_verbs and ctx.lexicon.is_mission(obj.lemma_.lower(), obj.lower_):
        words = words - POSTED_PREPS  # "X's ambassador to Y was expelled": where the envoy is posted, Y's ground
    if obj.dep_ == "nsubjpass" and verb.lemma_.lower() in ctx.lexicon.expelling_verbs:
        words = words - {"from"}  # "X's envoys were expelled from Y": Y's own ground, whence
    # "lifted the sanctions imposed on X", "the ban they imposed on X": a clause on the measure names its target;
    # "broke the truce agreed with X": one on an agreement its other party
    settled = measure or ctx.lexicon.is_agreement(obj.lemma_.lower(), obj.lower_)
    imposed = [c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN" or c.dep_ == "relcl"] if settled else []
    # "held talks with X" attaches "with" to either; "sanctions, including travel bans, on X" to what it includes
    included = [n for n in map(pobj, preps(obj, MEMBER_PREPS)) if n is not None]
    # "an agreement on trade with X": the parser may hang the partner on the matter
    holders = (obj, verb, *imposed, *included, *_name_end(ctx, verb, obj))
    named = [
        pobj(p)
        for holder in holders
        for p in holder.children
        if p.dep_ == "prep" and p.lower_ in words and not _backing(ctx, p, relation) and not _topic(ctx, p, relation)
    ]
    named += _partner_on_the_matter(obj) if relations()[relation].symmetric else []
    named += [*ctx.aimed_at(obj), *ctx.aimed_at(verb), *opposed_modifiers(obj)]  # "raids targeting X", "anti-X"
    if relation == HOSTED:  # "hosted a banquet in honour of X": X is the guest
        honours = [n for holder in holders for p in preps(holder, {"in"}) if (n := pobj(p)) is not None]
        named += [pobj(p) for n in honours if n.lower_ in HONOURING for p in preps(n, {"of"})]
    for noun in (n for n in named if not ctx.names_no_target(n)):  # not "on behalf of X", "on the eve of X's visit"
        targets += (
            ctx.actors(noun)
            if consult
            else charged(ctx, relation, noun) or ctx.across(noun) or judged(ctx, relation, noun)
        )
    if consult:
        targets += _taking_part(ctx, obj) + _convening(ctx, verb, obj)
    if verb.lemma_.lower() in ctx.lexicon.expelling_verbs:  # "expelled X's diplomats from the country": whence
        targets = [t for t in targets if t.kind is not MentionKind.DEFINITE]
    if not targets and relation == ctx.lexicon.stoppage_relation:  # "went on strike over X's tariffs"
        targets = [m for holder in (obj, verb) for m in ctx.grieved(holder)]
    if not targets and not consult:
        parts = [obj] if obj.dep_ == "pobj" else _purposed_roles(ctx, verb, relation)
        targets = _where_taken_part(ctx, parts) or _unnamed_targets(ctx, verb, obj, relation)
    return list(dict.fromkeys(targets))


def _topic(ctx: Context, prep: Token, relation: str) -> bool:
    """Whether a preposition names what a deed done together is about, not a party to it: 'talks on X', 'agreed
    to share information on X'. The owner of what it is about may be a party ('talks on X's proposal')."""
    return (
        prep.lower_ == TOPIC_PREP
        and relations()[relation].symmetric
        and (o := pobj(prep)) is not None
        and (o.i in ctx.mentions)
    )


def _partner_on_the_matter(obj: Token) -> list[Token]:
    """Whom a deed done together is done with, where the parser hung them on what it is about: 'an agreement on
    trade with X', 'a memorandum of understanding on trade with X'."""
    matters = [n for t in obj.subtree if t.dep_ == "prep" and t.lower_ == TOPIC_PREP and (n := pobj(t)) is not None]
    return [n for matter in matters for p in preps(matter, {"with"}) if (n := pobj(p)) is not None]


def _others_mission(ctx: Context, verb: Token, obj: Token) -> list[Mention]:
    """The state whose mission or envoy the object is, by a qualifier before it, where that is not the doer's own
    ('closed the Xian consulate in Y' is aimed at X; 'closed its embassy in Y' at Y, where it is posted)."""
    if not ctx.lexicon.is_mission(obj.lemma_.lower(), obj.lower_):
        return []
    doers = ctx.subjects(verb)
    served = {d.gazetteer_id for d in doers if d.gazetteer_id}  # "X's minister closed the Xian embassy": X's own
    qualifiers = [ctx.mentions.get(c.i) for c in obj.lefts if c.dep_ in {"amod", "compound", "poss"}]
    others = [m for m in qualifiers if m is not None and m not in doers and m.gazetteer_id not in served]
    return [m for m in others if m.type in STATES_AND_BODIES]


def _let_act(ctx: Context, verb: Token, obj: Token) -> list[Mention]:
    """Who leave is given to: the subject of its 'for ... to' clause ('gave permission for X's ships to dock')."""
    if not ctx.lexicon.is_permission(obj.lemma_.lower(), obj.lower_):
        return []
    clauses = [c for h in (obj, verb) for c in h.children if c.dep_ in CLAUSE_DEPS and child(c, "mark") is not None]
    let = [s for c in clauses if child(c, "mark").lower_ == "for" for s in c.children if s.dep_ == "nsubj"]
    return [m for s in let for m in ctx.actors(s)]


def _name_end(ctx: Context, verb: Token, obj: Token) -> list[Token]:
    """The last noun of a name whose 'of' phrase is part of it ('a memorandum of understanding with X'): the
    parser hangs what follows the name on that noun."""
    of = pobj(next(iter(preps(obj, {"of"})), None))
    named = of is not None and ctx.lexicon.support_relation(verb.lemma_.lower(), f"{obj.lemma_.lower()} of {of.lower_}")
    return [of] if named else []


def _backing(ctx: Context, prep: Token, relation: str) -> bool:
    """Whether a 'with' phrase names help for a hostile deed, its means, never whom it is aimed at ('with X's support,
    launched an offensive against Y')."""
    noun, lex = pobj(prep), ctx.lexicon
    sense = ctx.sense_of(noun) if prep.lower_ == "with" else None
    return sense is not None and sense.relation in lex.intent.cooperative and relation in lex.intent.hostile


def _convening(ctx: Context, verb: Token, gathering: Token) -> list[Mention]:
    """The organisation whose gathering is hosted, who meet its host: 'hosted the Andean Council summit', 'hosted a
    summit of the Andean bloc'; a state's name there says where, not who ('a Lima summit')."""
    if ctx.lexicon.verb_relation(verb.lemma_.lower()) != HOSTED:
        return []
    owners = [c for c in gathering.lefts if c.dep_ in {"compound", "nmod", "poss"}]
    owners += [n for n in map(pobj, preps(gathering, {"of"})) if n is not None]
    return [m for c in owners for m in ctx.actors(c) if m.type in ORGANIZATIONS]


def _taking_part(ctx: Context, gathering: Token) -> list[Mention]:
    """Those a participle on a gathering names as taking part in it, met by whoever holds or attends it: 'hosted a
    summit attended by X', 'joined talks mediated by X'."""
    done = [c for c in gathering.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    return [m for c in done if (agent := child(c, "agent")) is not None for m in ctx.actors(pobj(agent))]


def _target_preps(ctx: Context, obj: Token, relation: str) -> frozenset[str]:
    """The prepositions that may name whom a support verb's event is aimed at, on the verb or its noun; 'against'
    where the noun's own event is hostile, even if the verb turns it ('withdrew its lawsuit against X'); never 'with'
    for a show of force or a joint deed ('held drills with X', 'joint raids with X': a partner)."""
    lex, lemma = ctx.lexicon, obj.lemma_.lower()
    avoided = not_whom(relation, lex)  # "signed the accord with X at the palace": where, not with whom
    if (own := ctx.sense_of(obj)) is not None and own.relation not in lex.intent.cooperative:
        avoided = avoided - {"against"}
    joint = any(c.lower_ == "joint" for c in obj.children)  # "launched joint raids with X on Y": X is a partner
    if joint or relations()[relation].plover == MOBILIZING:
        avoided = avoided | {"with"}  # "held drills with X": a partner, never the one a show of force is aimed at
    words = (lex.verb_preps | LIGHT_PREPS) - avoided
    if lemma in lex.refuge_nouns or lex.is_mission(lemma, obj.lower_):
        words = words | {"in"}  # "sought asylum in X": X is asked; "reopened its embassy in X": X is the host
    if relation == HOSTED or lex.is_permission(lemma, obj.lower_) or relations()[relation].plover in FOR_WHOM:
        words = words | {"for"}  # "gave a dinner for X": X is the guest; "gave permission for X to land": X is let;
        # "reopened its airspace for X's airlines": given way to X; "approved a loan for X": X is aided
    if lex.is_stance(lemma, obj.lower_):
        words = words | STANCE_PREPS  # "voiced concern over X's buildup", "expressed anger about X's remarks"
    return frozenset(words)


def _imposers(ctx: Context, measure: Token) -> list[Mention]:
    """Who imposed a measure: "X's curfew", "the X ban", "a ban by X", "the curfew imposed by X"."""
    found = [m for c in measure.children if c.dep_ in {"poss", "compound", "amod"} for m in ctx.owners(c)]
    found += [m for p in preps(measure, {"by"}) for m in ctx.actors(pobj(p))]
    imposed = [c for c in measure.children if c.dep_ == "acl"]
    return found + [m for c in imposed for a in [child(c, "agent")] if a is not None for m in ctx.actors(pobj(a))]


def _where_taken_part(ctx: Context, parts: list[Token]) -> list[Mention]:
    """Where what a verb's phrase names is done: 'served as peacekeepers in X', 'participated in operations in X'."""
    named = [n for part in parts for n in (pobj(prep) for prep in preps(part, WHERE_PREPS)) if n is not None]
    return [p for n in named for w in (n, *n.conjuncts) if (p := ctx.place_of(w))]  # "in X and Y"


def _purposed_roles(ctx: Context, verb: Token, relation: str) -> list[Token]:
    """The part a verb's 'as' phrase gives its object where that part is a purpose of the deed: 'deployed troops as
    peacekeepers in X' (they serve in X), not 'deployed troops as reinforcements in X' (people placed there)."""
    roles = [n for n in map(pobj, preps(verb, {"as"})) if n is not None]
    return [n for n in roles if ctx.lexicon.purpose_relation(relation, n.lemma_.lower(), n.lower_)]


def _unnamed_targets(ctx: Context, verb: Token, obj: Token, relation: str) -> list[Mention]:
    """Whom an event with no named target is aimed at: whose the thing is ('rejected a Freedonian proposal'), or
    whom the doer's own measure names ('lifted its blockade of X')."""
    doers = ctx.subjects(verb)
    sense = ctx.sense_of(obj)
    # "recalled its envoy": no one; "reiterated Freedonia's support for X": the subject voices the event its
    # noun names, whose possessor does it too, where "rejected Freedonia's demand" is done to the possessor
    undergoer = _undergoer(ctx, obj)
    own = sense is not None and sense.relation == relation and undergoer is None
    own = own or any(c.dep_ == "poss" and set(ctx.actors(c)) & set(doers) for c in obj.children)
    found = ctx.owners(obj) or ctx.owners(undergoer) or ctx.host_inviting(obj)  # "the X ship's release": X's
    targets = [] if own else [m for m in found if m not in doers]
    if not targets:  # "lifted its blockade of X": the doer's own measure, on whom its noun names
        on = preps(obj, set(sense.preps)) if sense else []
        targets = [m for p in on for m in ctx.actors(pobj(p)) if m not in doers]
    return targets


def held_apart(noun: Token | None, verb: Token | None) -> bool:
    """Whether a meeting with several is said to be held with each apart: 'held separate talks with X and Y' meets
    each of them, who do not meet each other; so does 'met X and Y separately'. One 'separate meeting' is another
    meeting, where its sides may meet."""
    adverbs = [c for c in verb.children if c.dep_ == "advmod"] if verb is not None else []
    plural = noun is not None and noun.tag_ in {"NNS", "NNPS"}
    adjectives = [c for c in noun.lefts if c.dep_ == "amod"] if plural else []
    return any(w.lower_ in APART_ADVERBS for w in adverbs) or any(w.lower_ in APART for w in adjectives)


def _undergoer(ctx: Context, noun: Token) -> Token | None:
    """The noun's possessor where that is who its event is done to ("ordered X's arrest"), not its doer, as in
    "reiterated X's support"."""
    if noun.lemma_.lower() not in ctx.lexicon.patient_nouns or preps(noun, {"of"}):
        return None
    return child(noun, "poss")


def read(ctx: Context, anchor: Anchor) -> Iterator[Candidate]:
    verb = anchor.trigger
    evoked = ctx.evoked(verb)
    if evoked is None or evoked.rule != NAME:
        return  # another construction reads this verb
    support = ctx.lexicon.support
    if support is not None and evoked.verb_class in support.recipient_subject:
        yield from _received(ctx, verb, evoked.relation)  # "X received aid from Y"
        return
    # coordinated doers of a one-sided event with no target did it together ("X and Y imposed sanctions"), not to
    # each other, unless the verb or the thing says they did it to each other ("X and Y traded accusations",
    # "X and Y upgraded ties"); never where they voice one stance ("X and Y voiced concern")
    trades = ctx.lexicon.reciprocates(verb.lemma_.lower())
    mutual = (trades or evoked.bilateral) and (support is None or evoked.verb_class not in support.joint_subject)
    objects = evoked.objects
    if trades and len(ctx.subjects(verb)) > 1:
        objects = []  # "X and Y exchanged prisoners": each gives its own to the other, not to the prisoners
    if cand := verb_clause.read(ctx, verb, evoked.relation, objects, mutual=mutual):
        symmetric = relations()[cand.relation].symmetric
        reciprocal = cand.reciprocal or not symmetric and trades  # "traded accusations", "... on each other"
        together = symmetric and not held_apart(child(verb, "dobj"), verb)  # "held talks with X and Y"
        yield replace(cand, gathering=together, reciprocal=reciprocal)
    yield from _attended_in(ctx, verb, evoked.relation)


def _attended_in(ctx: Context, verb: Token, relation: str) -> Iterator[Candidate]:
    """Being present at a gathering held in a place visits that place: 'attended a summit in Lima', 'attended talks
    at a retreat in Lima'."""
    gathering = child(verb, "dobj")
    if gathering is None or verb.lemma_.lower() not in ctx.lexicon.attending_verbs or not meeting(relation):
        return
    venues = [n for h in (gathering, verb) for n in map(pobj, preps(h, {"at"})) if n is not None]
    if places := _where_taken_part(ctx, [gathering, verb, *venues]):
        yield Candidate(verb, ctx.lexicon.verb_relation("visit"), ctx.subjects(verb), places[:1], clause=verb)


def _received(ctx: Context, verb: Token, relation: str) -> Iterator[Candidate]:
    """'X received aid from Y', 'X faced attacks by Y', 'X came under fire from Y': Y gave or did it, X is given
    to or suffers it, as X does where a thing of X's does ('X's plan drew criticism from Y')."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"] + [n for n in map(pobj, preps(verb, {"under"})) if n]
    givers = [m for h in (verb, *nouns) for p in preps(h, {"from", "by"}) for m in ctx.owners(pobj(p))]
    if not givers:
        yield from _harm_foretold(ctx, verb, relation)
    elif cand := verb_clause.read(ctx, verb, relation, []):
        if relation == ctx.lexicon.verbs["attack"] and any(_figurative_fire(ctx, verb, n) for n in nouns):
            relation = ctx.lexicon.verbs["criticize"]
        # what one's own thing draws, one draws ('X's decision drew criticism from Y': Y criticised X); not one it is
        # against ('the raid against X drew criticism': whoever raided)
        given_to = cand.agents or [m for s in _subject_words(verb) for m in ctx.qualifiers(s)]
        # what one receives is the giver's, never a request of one's own ('accepted an invitation from Y': Y invited)
        yield replace(cand, relation=relation, agents=givers, targets=given_to, place=None)


def _harm_foretold(ctx: Context, verb: Token, relation: str) -> Iterator[Candidate]:
    """A harm one says another will suffer at no one's hands threatens them ('X said Y would face sanctions',
    'X warned that Y will face new tariffs'): the speaker holds it over them."""
    lex, teller = ctx.lexicon, verb.head
    future = any(c.dep_ == "aux" and c.lower_ in lex.intent.future_auxiliaries for c in verb.children)
    if relation not in lex.intent.hostile or verb.dep_ != "ccomp" or not future:
        return
    if teller.lemma_.lower() not in lex.reporting_verbs:
        return
    speakers, sufferers = ctx.subjects(teller), ctx.subjects(verb)
    if speakers and sufferers and not set(speakers) & set(sufferers):
        yield Candidate(verb, lex.intent.threat, speakers, sufferers, clause=None)


def _figurative_fire(ctx: Context, verb: Token, noun: Token) -> bool:
    """Whether fire one comes under is words: a person, a state or a body 'came under fire from X' is criticised;
    troops, a convoy or a town under fire, or under 'rocket fire', are shot at."""
    if noun.lemma_.lower() != "fire":
        return False
    if any(c.dep_ in {"compound", "nmod"} and ctx.lexicon.is_armament(c.lemma_.lower()) for c in noun.children):
        return False  # "rocket fire", "artillery fire"
    sufferers = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(sufferers) and all(_speaks(ctx, s) for s in sufferers)


def _speaks(ctx: Context, subject: Token) -> bool:
    """Whether a subject is one whose conduct is criticised rather than shot at: a person, a state or a body, not
    its forces ('Freedonian troops')."""
    actors = ctx.actors(subject)
    forces = ctx.lexicon.is_armament(subject.lemma_.lower(), subject.lower_)
    return bool(actors) and not forces and all(m.type in SPEAKERS for m in actors)


RULE = Rule(NAME, confidence=0.75, read=read, evoke=evoke)
