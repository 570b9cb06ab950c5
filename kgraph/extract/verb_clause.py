"""The event a verb's clause reports, shared by the verb constructions (verb, phrasal_verb, light_verb).

The verb's own objects are its targets; failing those, whom its complement names ('threatened to
expel X', 'demanded that X release Y'), what a purpose clause or 'for' phrase aims at, or the
place where a deed aimed at a place happened ('lifted a curfew in X'). Not an event of its own: a
verb completing another event verb, a promised event, what someone asked for or claimed.
"""

from __future__ import annotations

from spacy.tokens import Token

from kgraph.extract import clauses
from kgraph.extract.candidates import Candidate
from kgraph.extract.context import PLACES, POSTED_PREPS, WHERE_PREPS, Context, gathering
from kgraph.extract.nominal import hostile_deed, noun_roles, whose_deed
from kgraph.extract.syntax import SUBJECT_DEPS, child, dative, headline_infinitive, infinitive, pobj, preps
from kgraph.model import EntityType, Mention
from kgraph.relations import relations

# Organised bodies among the group nouns: "blocked the organisation in X" is aimed at X, not at people there.
COLLECTIVE_BODIES = {"organization", "organisation", "party", "movement", "group", "network", "faction", "coalition"}
TOGETHER = {"together", "jointly", "alongside", "side"}  # "fought together", "fought side by side": one side
WH_TAGS = {"WP", "WP$", "WRB", "WDT"}  # who, whose, why, which: a clause they open is a question
SETTLING_PREPS = {"after", "following"}  # "ended the strike after talks with X": what the end came of
YIELDING = {"AGREE", "CONCEDE", "RETREAT"}  # PLOVER's types of agreeing and giving way


def read(ctx: Context, verb: Token, relation: str, targets: list[Mention], mutual: bool = False) -> Candidate | None:
    """The candidate event of an event verb, its own objects given; None where it is no event of its own."""
    if not _an_event_of_its_own(ctx, verb, relation):
        return None
    doers = ctx.subjects(verb) or _state_where_done(ctx, verb, relation)
    targets = targets or _contacted(ctx, verb, doers)  # "phoned X to demand an explanation": of X
    targets = targets or _agreed_with(ctx, verb, doers)  # "agreed with X to share data": shared with X
    asked = requested(ctx, verb, relation) if not _addressees(ctx, verb) else None
    if asked is None and not targets and relation in ctx.lexicon.intent.directive:
        asked = _asked_of_the_unnamed(ctx, verb)
    if asked is not None:
        relation, targets = asked  # "called for sanctions against X": a stand against X; asked of no one named
    elif not targets:
        targets = complement_targets(ctx, verb, relation) or _gave_way_to(ctx, verb, relation)
        targets = targets or _sent_to_help(ctx, verb, relation)
    elif all(t in doers for t in targets):  # "laid down their arms after talks with X": their own arms, given up to X
        targets = _gave_way_to(ctx, verb, relation) or targets
    place = None
    if not targets and (targets := place_targets(ctx, verb, relation)):
        place = targets[0]  # "closed streets in the capital": the city itself, not its state acting
    if relation in ctx.lexicon.intent.done_to_places:  # "shelled X", "would blockade X": the city is hit
        place = next((t for t in targets if t.type is EntityType.PLACE), place)
    each = each_other(verb)  # "X and Y attacked each other", "imposed sanctions on one another"
    if partners := _fought_with(ctx, verb):  # "X clashed with Y": Y fought X too; "with Y against Z": allies
        doers, targets = [*doers, *partners], [t for t in targets if t not in partners]
    each = each or (not targets and _fought_each_other(ctx, verb))  # "X and Y fought"
    return Candidate(
        verb, relation, doers, targets, place, clause=verb, conditional=True,
        mutual=mutual or each, reciprocal=each and not relations()[relation].symmetric,
    )  # fmt: skip


def _state_where_done(ctx: Context, verb: Token, relation: str) -> list[Mention]:
    """Who did what only a state's authorities do, told in the passive with no doer named: the country it was done
    in ('X was arrested in Y', 'X, jailed in Y': Y detained X), or the country one was put out of, its own ground
    ('X was expelled from Y'), which is where an envoy expelled is posted ('X's ambassador to Y was expelled')."""
    passive = child(verb, "auxpass") is not None or (verb.dep_ == "acl" and verb.tag_ == "VBN")
    if not passive or child(verb, "agent") is not None:
        return []
    if relation in ctx.lexicon.state_acts:
        grounds = [pobj(p) for p in preps(verb, {"in"})]
    elif verb.lemma_.lower() in ctx.lexicon.expelling_verbs:
        grounds = [pobj(p) for p in preps(verb, {"from"})] + _posted_to(ctx, child(verb, "nsubjpass"))
    else:
        return []
    places = [ctx.place_of(ground) for ground in grounds]
    return [m for m in places if m is not None and m.type is EntityType.COUNTRY]


def _posted_to(ctx: Context, envoy: Token | None) -> list[Token]:
    """Where an envoy or a mission is posted: its 'to' or 'in' phrase ('the ambassador to Y', 'its embassy in Y')."""
    if envoy is None or not ctx.lexicon.is_mission(envoy.lemma_.lower(), envoy.lower_):
        return []
    return [pobj(p) for p in preps(envoy, POSTED_PREPS)]


def _gave_way_to(ctx: Context, verb: Token, relation: str) -> list[Mention]:
    """Whom one who gives way names no one gives way to: whoever pressed them in what it followed ('backed down
    after X threatened sanctions', 'gave in after demands from X', 'relented under pressure from X': the nouns
    that press are those of the pressing relations and those one may act in defiance of), or the other side of
    the talks or agreement it followed ('laid down their arms after talks with X')."""
    giving_way = ctx.lexicon.giving_way
    if relation not in giving_way.relations:
        return []
    for c in verb.children:
        if c.dep_ == "advcl" and clauses.marks(c) & giving_way.marks:
            evoked = ctx.evoked(c)
            if evoked is not None and evoked.relation in giving_way.pressures:
                return ctx.subjects(c)
        noun = pobj(c) if c.dep_ == "prep" and c.lower_ in giving_way.marks else None
        sense = ctx.sense_of(noun)
        if sense is not None and sense.relation in giving_way.pressures:
            return noun_roles(ctx, noun, sense).agents or ctx.owners(noun)  # "demands from X"
        if noun is not None and noun.lower_ in ctx.lexicon.defiance["nouns"]:
            return ctx.owners(noun)  # "under pressure from X", "after calls by X": the words that press, as defied
    return settled_with(ctx, verb)  # "laid down their arms after talks with X"


def settled_with(ctx: Context, verb: Token) -> list[Mention]:
    """Whom one gives way to by ending one's own action after talks or an agreement: their other side ('called off
    the strike after reaching agreement with X', 'ended the blockade following talks with X'), or whoever agreed or
    gave way in the clause it came after ('called off the strike after X agreed to raise wages')."""
    found = []
    for prep in preps(verb, SETTLING_PREPS):
        for node in prep.subtree:
            sense = ctx.sense_of(node)
            if sense is not None and gathering(sense.relation):
                found += [m for p in preps(node, {"with"}) for m in ctx.actors(pobj(p))]
    return found + _gave_way_first(ctx, verb)


def _gave_way_first(ctx: Context, verb: Token) -> list[Mention]:
    """Who agreed or gave way in a clause the end came after: 'called off the strike after the government agreed
    to raise wages' gives way to the government."""
    found, own = [], ctx.subjects(verb)
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if (mark := child(clause, "mark")) is None or mark.lower_ not in SETTLING_PREPS:
            continue
        relation = _reported_relation(ctx, clause)
        if relation is not None and relations()[relation].plover in YIELDING:
            found += [m for m in ctx.subjects(clause) if m not in own]
    return found


def _sent_to_help(ctx: Context, verb: Token, relation: str) -> list[Mention]:
    """Whom help names no one for, where it is the purpose of sending people somewhere: those where they were sent
    ('sent doctors to X to help fight the outbreak', 'deployed engineers to X to assist in the rescue')."""
    if relation != ctx.lexicon.verb_relation("help") or verb.dep_ != "advcl" or not infinitive(verb):
        return []
    sent_to = [pobj(p) for p in preps(verb.head, {"to", "into"})]
    sent_to += [dative(c) for c in verb.head.children if c.dep_ == "dative"]  # how the parser may read "to X"
    return [m for where in sent_to for m in ctx.actors(where) if m.type in PLACES]


def _fought_each_other(ctx: Context, verb: Token) -> bool:
    """Whether a verb done to no one else is one whose coordinated subjects do it to each other ('X and Y fought'),
    not side by side ('X and Y fought together')."""
    together = any(c.lower_ in TOGETHER for c in verb.subtree)
    return verb.lemma_.lower() in ctx.lexicon.reciprocal_verbs and not together


def _fought_with(ctx: Context, verb: Token) -> list[Mention]:
    """Those a verb done to each other is done with: the other side ('X clashed with Y', 'X skirmished with Y'), who
    do it too; or, where an 'against' phrase names the other side, allies ('fought with Y against Z')."""
    if verb.lemma_.lower() not in ctx.lexicon.reciprocal_verbs:
        return []
    return [m for p in preps(verb, {"with"}) for m in ctx.actors(pobj(p))]


RECIPROCAL_PRONOUNS = {("each", "other"), ("one", "another")}


def each_other(verb: Token) -> bool:
    """Whether a verb's object, or the object of a preposition on it or on its object, is 'each other' or 'one
    another': its coordinated subjects do it to each other."""
    args = [c for c in verb.children if c.dep_ in {"dobj", "prep"}]
    args += [g for c in args if c.dep_ == "dobj" for g in c.children if g.dep_ == "prep"]
    words = [pobj(a) if a.dep_ == "prep" else a for a in args]
    for word in (w for w in words if w is not None):
        pair = {(c.lower_, word.lower_) for c in word.children} | {(word.lower_, c.lower_) for c in word.children}
        if pair & RECIPROCAL_PRONOUNS:
            return True
    return False


def _what_a_plan_is_for(ctx: Context, verb: Token) -> bool:
    """An infinitive saying what a deal, plan or proposal is for, however the parser hangs it: on the noun
    ('a pact to open the border') or on the verb right after the noun ('signed a pact to open the border')."""
    aux = child(verb, "aux")
    if aux is None or aux.lower_ != "to":
        return False
    if verb.dep_ == "acl" and not headline_infinitive(verb):
        # not what one offers or chose to do: "X's plan to free Y", "X's decision to expel Y"; nor a headline's
        noun = verb.head.lemma_.lower()
        return not ctx.lexicon.is_proposal(noun) and noun not in ctx.lexicon.decision_nouns
    before = ctx.doc[aux.i - 1] if aux.i > 0 else None  # "... a deal to restore ties", however attached
    return verb.dep_ == "advcl" and before is not None and ctx.lexicon.is_plan(before.lemma_.lower())


def _an_event_of_its_own(ctx: Context, verb: Token, relation: str) -> bool:
    """Whether the verb states an event, not the part of another's, a promise, a content or a question."""
    if clauses.governing_event(ctx, verb) is not None:
        return False  # "threatened to ban X": the governing verb says what happened
    if clauses.promises_an_event(ctx, verb):
        return False  # "promised to send aid": the promised event, read as a promise, is the fact
    if clauses.is_content(ctx, verb):
        return False  # "demanded that X release Y", "an admission that X attacked Y": asked or claimed, not done
    if _what_a_plan_is_for(ctx, verb):
        return False  # "a pact to open the border", "a plan to attack X": what the thing is for, not done
    # 'asked whether X would come', 'asked, "Why would X agree?"': an answer is sought, no deed
    return relation not in ctx.lexicon.intent.directive or not _a_question(verb)


def _a_question(verb: Token) -> bool:
    """Whether a verb of asking asks a question: an indirect one ('whether', 'if', a wh-word opening its
    clause) or a direct one after it in the sentence, with no infinitive saying what is to be done."""
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False  # "asked X to leave"
    for c in verb.children:
        if c.dep_ == "ccomp" and (clauses.marks(c) & {"whether", "if"} or c.left_edge.tag_ in WH_TAGS):
            return True
    return any(t.text == "?" for t in verb.sent if t.i > verb.i)


def _addressees(ctx: Context, verb: Token) -> list[Mention]:
    """Whom a request is made of by name: 'urged X', 'called on X', 'asked X for Y'."""
    named = ctx.direct_objects(verb)
    return named + [m for p in preps(verb, {"on", "upon", "to", "with"}) for m in ctx.actors(pobj(p))]


def _asked_of_the_unnamed(ctx: Context, verb: Token) -> tuple[str, list[Mention]] | None:
    """'urged the world to recognise X', 'called on the international community to punish X': asked of
    no actor, so a stand toward X (for X, against X), never a request of X; None when the request is
    addressed to no one at all."""
    lemma = verb.lemma_.lower()
    phrasal = [p for p in preps(verb, {"on", "upon"}) if ctx.lexicon.phrasal_relation(lemma, p.lower_)]
    said_to = [child(verb, "dobj"), *(pobj(p) for p in phrasal)]  # "called on X"; not "urged on Tuesday"
    if not any(t is not None and not ctx.owners(t) for t in said_to):
        return None
    for c in verb.children:
        evoked = ctx.evoked(c) if c.dep_ == "xcomp" else None
        if evoked and (stance := ctx.lexicon.stance_toward(evoked.relation)):
            return stance, evoked.objects
    return ctx.lexicon.intent.demand, []


def requested(ctx: Context, verb: Token, relation: str) -> tuple[str, list[Mention]] | None:
    """A request for an event named by a noun: of its doer, a request; else a stand toward the one it is
    done to. 'demanded X's withdrawal' asks X; 'called for sanctions against X' is against X, 'demanded
    the release of X' for X, whoever is to do it."""
    lex = ctx.lexicon
    if relation not in lex.intent.directive:
        return None
    for asked in [*(pobj(p) for p in preps(verb, {"for"})), child(verb, "dobj")]:
        ended = _ended(ctx, asked)  # "called for an end to X's blockade": X is asked to stop it
        noun = ended or asked
        sense = ctx.sense_of(noun)
        if sense is None or noun.i in ctx.mentions or sense.relation in lex.intent.directive:
            continue  # "made an appeal to X": the noun is the request itself, not what is asked for
        roles = noun_roles(ctx, noun, sense)
        if roles.agents:
            return relation, roles.agents
        if not ended and (holders := _holders(ctx, noun, sense.relation)):
            return relation, holders  # "demanded the release of the sailors held by X": asked of X
        if roles.targets and not ended and (stance := lex.stance_toward(sense.relation)):
            return stance, roles.targets  # not "an end to attacks on X": no stand against X
    return None


def _holders(ctx: Context, noun: Token, relation: str) -> list[Mention]:
    """Who holds the people whose release is asked for, where the phrase names them: 'the release of the sailors
    held by X', 'of X's citizens, detained by Y', 'from X's custody'. They are the ones asked to free them."""
    if relation != ctx.lexicon.verb_relation("release"):
        return []
    released = [pobj(p) for p in preps(noun, {"of"})] + [c for c in noun.children if c.dep_ == "poss"]
    held = [
        c for people in released if people is not None for c in people.children
        if c.dep_ in {"acl", "relcl"} and ctx.held_by(people, c)
    ]  # fmt: skip
    found = [m for c in held for m in _holder(ctx, c)]
    return found or [m for p in preps(noun, {"from"}) for m in ctx.owners(pobj(p))]


def _holder(ctx: Context, participle: Token) -> list[Mention]:
    """Who a participle on people says holds them: its 'by' phrase, else the state it was done in ('jailed in X')."""
    if (agent := child(participle, "agent")) is not None:
        return ctx.actors(pobj(agent))
    evoked = ctx.evoked(participle)
    return _state_where_done(ctx, participle, evoked.relation) if evoked is not None else []


def _ended(ctx: Context, noun: Token | None) -> Token | None:
    """The event an ending noun names: 'an end to X's blockade', 'a halt of the shelling'."""
    if noun is None or noun.lemma_.lower() not in ctx.lexicon.intent.ending_nouns:
        return None
    return next((pobj(p) for p in preps(noun, {"to", "of"})), None)


def complement_targets(ctx: Context, verb: Token, relation: str) -> list[Mention]:
    """Who a verb is directed at when its object is in its complement:
    'threatened to ban X', 'demanded that X cancel', 'mobilised reservists for a war against X'; a refusal only at
    whom the refused act was for ('refused to meet X'; not 'refused to attack X')."""
    it = ctx.lexicon.intent
    for c in verb.children:
        if c.dep_ == "xcomp":
            evoked = ctx.evoked(c)
            if relation == it.refusal and evoked is not None and evoked.relation not in it.cooperative:
                continue  # "refused to attack X", "declined to condemn X": withheld from no one
            found = evoked.objects if evoked else ctx.objects(c)
            if found := found or complement_targets(ctx, c, relation) or place_targets(ctx, c, relation):
                return found
        elif (
            c.dep_ == "ccomp"
            and relation in ctx.lexicon.intent.addressed
            and not _warned_of_their_deed(ctx, c, relation)
            and (found := ctx.actors(child(c, *SUBJECT_DEPS, "nsubjpass")))  # "alleged that X was behind it"
        ):
            return found
    doers = ctx.subjects(verb)
    for prep in preps(verb, {"for"}):
        thing = pobj(prep)  # "shelled the town for the killing of Y by X": at X, who did the deed paid back
        paid_back = [m for m in whose_deed(ctx, thing) if m not in doers] if hostile_deed(ctx, thing) else []
        if found := paid_back or [m for m in ctx.owners(thing) if m not in doers]:
            return found  # "mobilised reservists for a war against X"
    if relation in ctx.lexicon.intent.purpose_targets:
        return _purpose_targets(ctx, verb, doers)
    return []


def _warned_of_their_deed(ctx: Context, clause: Token, relation: str) -> bool:
    """Whether a warning is of what the clause's subject may do to others ('warned that X could attack Y', 'that X
    would not hesitate to strike') or of what the speaker's own side will do ('X warned that X would respond'): no
    threat to X, where 'warned that X would face sanctions' is."""
    if relation != ctx.lexicon.intent.threat or child(clause, "nsubj") is None:
        return False
    sides = {ctx.gazetteer.served(m.gazetteer_id) for m in ctx.subjects(clause.head)} - {None}
    if (doers := ctx.actors(child(clause, "nsubj"))) and all(
        ctx.gazetteer.served(d.gazetteer_id) in sides for d in doers
    ):
        return True  # "X's ministry warned that X's capital would respond": what one's own side will do
    while ctx.evoked(clause) is None and (further := child(child(clause, "acomp") or clause, "xcomp")) is not None:
        clause = further  # "that X would not hesitate to close the border", "that X was ready to attack": X's deed
    evoked, support = ctx.evoked(clause), ctx.lexicon.support
    if evoked is not None and support is not None and evoked.verb_class in support.recipient_subject:
        return False  # "X would face sanctions": X undergoes them
    done = _reported_relation(ctx, clause)
    return done is not None and done in ctx.lexicon.intent.hostile


def _reported_relation(ctx: Context, clause: Token) -> str | None:
    """The relation a clause's verb reports: as a construction read it, else the verb's own."""
    evoked = ctx.evoked(clause)
    return evoked.relation if evoked is not None else ctx.lexicon.verb_relation(clause.lemma_.lower())


def _contacted(ctx: Context, verb: Token, doers: list[Mention]) -> list[Mention]:
    """'called X to offer condolences', 'visited X to express support': a purpose that names no one is aimed at
    whom the call, meeting or visit reached."""
    contact = clauses.contact_purpose(ctx, verb)
    reached = ctx.evoked(contact) if contact is not None else None
    if contact is None or reached is None:
        return []
    return [m for m in reached.objects or ctx.objects(contact) if m not in doers]


def _agreed_with(ctx: Context, verb: Token, doers: list[Mention]) -> list[Mention]:
    """Whom what one agrees with someone to do is done with: 'agreed with X to exchange technology' (with X)."""
    if verb.dep_ != "xcomp" or (agreement := ctx.evoked(verb.head)) is None:
        return []
    if agreement.relation != ctx.lexicon.intent.promise:
        return []
    return [m for m in agreement.objects if m not in doers]


def _purpose_targets(ctx: Context, verb: Token, doers: list[Mention]) -> list[Mention]:
    """Whom a deed is for where its purpose clause names them: 'closed a highway to voice their anger at X' (at X,
    not theirs), 'gave $2 million to support X's refugees', 'sent funds to rebuild schools in X'."""
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        stances = [c for c in clause.children if c.dep_ == "dobj"]
        aimed = [m for s in stances for p in s.children if p.dep_ == "prep" for m in ctx.owners(pobj(p))]
        objects = [m for m in ctx.objects(clause) if m not in doers]  # not "their anger": the doers' own
        if found := objects or [m for m in aimed if m not in doers]:
            return found
    return []


def place_targets(ctx: Context, verb: Token, relation: str) -> list[Mention]:
    """Where a deed aimed at a place happened: 'lifted a curfew in X', 'blocked roads in the city of X', and
    where the events it was done in happened ('killed 40 people in two attacks in X')."""
    lex = ctx.lexicon
    if relation not in lex.intent.place_targets:
        return []  # 'met X in Lima': a place, not a party
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [d for c in verb.children if c.dep_ == "dative" and (d := dative(c)) is not None]  # "to refugees in X"
    people = [
        o
        for o in objects
        if (o.lemma_.lower() in lex.group_nouns or o.lower_ in lex.group_nouns) and o.lower_ not in COLLECTIVE_BODIES
    ]
    if people and relation in lex.intent.people_placed:
        return []  # "detained journalists in X", "deployed troops in X": people there, not X
    fought = objects + [n for o in objects for p in preps(o, {"against", "on"}) if (n := pobj(p)) is not None]
    if relation in lex.intent.hostile and any(lex.is_ill(o.lemma_.lower(), o.lower_) for o in fought):
        return []  # "fought the epidemic in X", "its fight against graft in X": the ill is there, no one is fought
    means = [o for p in preps(verb, WHERE_PREPS) if (o := pobj(p)) is not None and ctx.names_event(o)]
    for holder in [verb, *(t for c in objects + means for t in c.subtree)]:  # "declared martial law in X"
        if place := ctx.placed_in(holder):
            return [place]
    return []
