"""How a clause presents its event: its modality, a stated intention, and whether it is an event at all.

'will meet' is planned, 'did not meet' negated, 'should meet' hedged (no fact); 'promised to send aid'
is a promise, 'said it would blockade X' or 'warned it could cut ties with X' a threat, 'said it would not
meet' a refusal (CAMEO's reading of stated intentions). A verb that completes another event verb ('refused
to deploy'), a promised event, and what someone asked for or claimed ('demanded that X release Y') are not
events of their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kgraph.extract.context import Context, consults
from kgraph.extract.syntax import SUBJECT_DEPS, child, headline_infinitive, infinitive, phrasal_lemma, pobj
from kgraph.model import EntityType, Mention, MentionKind, Modality

HEDGING_MODALS = {"should", "could", "might", "may", "must", "can"}
THREATENING_MODALS = {"could", "might", "may", "can"}  # "warned it could cut ties": what one warns one may do
DEADLINE = "deadline"  # the reading of 'gave X 48 hours to withdraw': what X is to do is asked, not done
ATTRIBUTING = "according"  # "according to X": what X says
CONDITIONS = {"if", "until"}  # with the lexicon's threat marks ('unless'): the condition a threat or refusal sets
AWAITING = frozenset({"until", "till", "unless", "before"})  # 'will not end the strike until X pays': a refusal of X
FUTURE_TIME_MARKS = {"until", "till", "once"}  # in the present tense, a time still to come: 'until X frees Y'
PRESENT_TAGS = {"VBZ", "VBP"}
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
NECESSITY_GOVERNORS = {"have", "need"}  # in the present, what must still be done
NOT_YET_GOVERNORS = {"have", "be"}  # "has yet to meet X", "is yet to meet X": not done so far
# Clauses that set a condition or an open question: what they say may not happen ('if X withdraws',
# 'unless X pays', 'whether X attacked').
HYPOTHETICAL_MARKS = {"if", "unless", "whether", "lest", "provided", "providing"}


def modality(ctx: Context, verb: Token, names_event: bool = False) -> Modality | None:
    """How the clause of a verb presents its event; None for hedged ('should', 'could', 'suspected of').
    With `names_event`, the event is a noun the verb governs: a verb that calls it off or refuses it
    ('cancelled the talks', 'declined a meeting') says it did not happen, one that hedges it ('feared an
    attack', 'simulated a blockade') says nothing of it."""
    if names_event and (said := _said_of_the_noun(ctx, verb)) is not Modality.ASSERTED:
        return said
    if _decision_undone(ctx, verb):
        return Modality.NEGATED  # "reversed its decision to expel X": no expulsion
    if (plan := _plan_of(ctx, verb)) is not None:
        own = _own_modality(ctx, verb, governs=False)  # "a plan not to send aid"
        return own if own is None or own is Modality.NEGATED else _proposed(ctx, plan)
    if headline_infinitive(verb):  # "X to impose sanctions on Y": X will
        own = _own_modality(ctx, verb, governs=False)  # "X not to attend the summit"
        return own if own is None or own is Modality.NEGATED else Modality.PLANNED
    return _along_the_chain(ctx, verb)


def _along_the_chain(ctx: Context, verb: Token) -> Modality | None:
    """What the verb and the verbs governing it say of its event, up the chain of complements, the closest first."""
    found = Modality.ASSERTED
    tok, steps, beside = verb, 0, False
    while steps < 4:
        if tok.dep_ in {"advcl", "ccomp"} and _not_so(ctx, tok):
            return None  # "if X withdraws its troops", "asked whether X attacked", "until X frees Y": not so
        # a verb the event verb is coordinated with, or is the purpose of, does not govern it by its sense: "refused
        # to pay and opposed X"; "went to Lima to meet X" is no 'going to meet X'; its own negation and modals count
        said = _own_modality(ctx, tok, governs=tok != verb and not beside)  # "will not go to Lima to meet X": no
        if said is None or said is Modality.NEGATED:
            return said
        if said is Modality.PLANNED:
            found = Modality.PLANNED
        if found is Modality.ASSERTED and _reported(ctx, tok):
            found = Modality.REPORTED  # "X said Y attacked Z", "Y reportedly attacked Z"
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":  # "accused of shelling"
            tok, steps = tok.head.head, steps + 1
            continue
        governed = tok.dep_ in {"xcomp", "conj"} or tok.dep_ == "ccomp" and infinitive(tok)
        governed = governed or contact_purpose(ctx, tok) is not None  # "called X to offer condolences, Y said"
        purpose = _purpose(tok)  # "refused to deploy soldiers to help X": what a deed is for is as real as the deed
        governed = governed or purpose
        if not governed or tok.head == tok or _own_clause(tok):
            break  # an infinitive with a subject of its own is governed as one without is: "welcomed X to mediate"
        beside = tok.dep_ == "conj" or purpose
        if purpose and _under_way(tok.head) and found is Modality.ASSERTED:
            found = Modality.PLANNED  # "is flying to Lima to meet X": the meeting is still to come
        tok, steps = tok.head, steps + 1
    return found


def _said_of_the_noun(ctx: Context, verb: Token) -> Modality | None:
    """What a verb says of an event noun it governs: called off or refused ('cancelled the talks'), still to come
    ('sought talks with X', 'planned an attack'), hedged ('feared an invasion', 'simulated an attack': None), or
    nothing of its own (asserted)."""
    if cancels(ctx, verb):
        return Modality.NEGATED
    lemma = verb.lemma_.lower()
    if lemma in ctx.lexicon.prospective_governors:
        return Modality.PLANNED
    return None if lemma in ctx.lexicon.hedging_governors else Modality.ASSERTED


def _purpose(clause: Token) -> bool:
    """Whether a clause is what its verb's deed is for, with no subject of its own: 'sent troops to help X'."""
    return clause.dep_ == "advcl" and infinitive(clause) and child(clause, *SUBJECT_DEPS) is None


def _under_way(verb: Token) -> bool:
    """Whether a verb is in the present progressive: 'is flying to Lima', 'are sending troops'."""
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in PRESENT_TAGS for c in verb.children
    )


def _plan_of(ctx: Context, verb: Token) -> Token | None:
    """The plan, offer or bid a clause is the content of: 'plans to free X', 'a bid at the council to condemn X'."""
    if verb.dep_ == "acl" and ctx.lexicon.is_proposal(verb.head.lemma_.lower()):
        return verb.head
    return ctx.proposal_completed(verb)


def _reported(ctx: Context, tok: Token) -> bool:
    """Whether a verb's clause is what someone said ('X said Y attacked Z', 'Y is said to have attacked Z',
    'according to X, Y attacked Z') or heard ('Y reportedly attacked Z')."""
    told = tok.head.lemma_.lower() in ctx.lexicon.reporting_verbs
    passive = tok.dep_ == "xcomp" and child(tok.head, "auxpass") is not None  # "Y is said to have attacked Z"
    if told and (tok.dep_ == "ccomp" or passive):
        return True
    attributed = any(c.dep_ == "prep" and c.lower_ == ATTRIBUTING for c in tok.children)  # "according to X"
    return attributed or any(c.dep_ == "advmod" and c.lower_ in ctx.lexicon.hearsay_adverbs for c in tok.children)


def _decision_undone(ctx: Context, verb: Token) -> bool:
    """Whether a clause is the content of a decision the verb it is the object of calls off ('reversed its decision
    to expel X', 'scrapped the decision to close the border')."""
    decision = verb.head if verb.dep_ == "acl" else None
    if decision is None or decision.lemma_.lower() not in ctx.lexicon.decision_nouns:
        return False
    return decision.dep_ in {"dobj", "nsubjpass"} and cancels(ctx, decision.head)


def _not_so(ctx: Context, clause: Token) -> bool:
    """Whether a clause says what is not so: a condition or question, a time still to come, or what someone
    insists must be done ('insisted that X free Y', 'demanded X free Y')."""
    if marks(clause) & HYPOTHETICAL_MARKS or _still_to_come(clause) or mandative(clause):
        return True
    directive = ctx.lexicon.verb_relation(clause.head.lemma_.lower()) in ctx.lexicon.intent.directive
    return directive and mandative(clause, marked=False)


def mandative(clause: Token, marked: bool = True) -> bool:
    """'X insisted that Y withdraw': a 'that' clause whose verb has its bare form, no auxiliary, and a subject of
    its own says what Y must do (English's mandative subjunctive), not what Y does. After a verb of demanding the
    'that' may be left out ('demanded Y withdraw'): `marked=False` does not ask for it."""
    if clause.tag_ != "VB" or child(clause, "nsubj") is None:
        return False
    return ("that" in marks(clause) or not marked) and not any(c.dep_ in {"aux", "auxpass"} for c in clause.children)


def _still_to_come(clause: Token) -> bool:
    """Whether a clause of time speaks of the future, as English does in the present tense: 'will not lift
    the embargo until X frees the prisoners', 'once the troops are withdrawn'; not 'until X withdrew'."""
    return bool(marks(clause) & FUTURE_TIME_MARKS) and _present(clause)


def _present(clause: Token) -> bool:
    auxiliaries = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    return any(t.tag_ in PRESENT_TAGS for t in [clause, *auxiliaries])


def _proposed(ctx: Context, plan: Token) -> Modality | None:
    """What a plan or offer's infinitive says: planned ('announced plans to free X'), unless the verb the plan
    is the object of calls it off or denies it ('shelved plans to ...', 'did not unveil plans to ...'), or its own
    determiner denies it ('has no plans to ...')."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in plan.children):
        return Modality.NEGATED
    governor = plan.head if plan.dep_ in {"dobj", "nsubjpass"} else None
    if governor is None:
        return Modality.PLANNED
    if cancels(ctx, governor):
        return Modality.NEGATED
    said = _own_modality(ctx, governor, governs=True)
    return said if said is None or said is Modality.NEGATED else Modality.PLANNED


def prospective(ctx: Context, noun: Token) -> bool:
    """Whether an event noun names an event still to come: 'a possible meeting', 'the upcoming visit', 'the prospect
    of talks', 'set the stage for talks', 'paved the way for a summit', 'on the eve of a visit'."""
    lex = ctx.lexicon
    if any(c.dep_ == "amod" and c.lower_ in lex.prospective_modifiers for c in noun.children):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in lex.prospective_nouns:
        return True  # "raised the prospect of sanctions", "the possibility of talks"
    if noun.dep_ == "pobj" and f"{noun.head.head.lemma_.lower()} {noun.head.lower_}" in lex.awaiting_phrases:
        return True  # "on the eve of a visit", "ahead of talks": the head of the preposition, and the preposition
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"for", "to"}:
        return False
    holder = noun.head.head  # "set the stage for talks": the prepositional phrase hangs on the verb or its object
    verb = holder.head if holder.dep_ == "dobj" else holder
    objects = [holder] if holder.dep_ == "dobj" else [c for c in verb.children if c.dep_ == "dobj"]
    return any(f"{verb.lemma_.lower()} {o.lemma_.lower()}" in lex.preparing_phrases for o in objects)


def cancels(ctx: Context, verb: Token) -> bool:
    """Whether a verb, with its particle ('call off'), calls off or refuses what its object names."""
    lex = ctx.lexicon
    return phrasal_lemma(verb) in lex.cancelling_governors or verb.lemma_.lower() in lex.negating_governors


def leaves_an_event(ctx: Context, verb: Token) -> bool:
    """Whether a verb calls off or leaves what a noun of an event it governs names, through its object or its
    preposition ('withdrew from the agreement', 'pulled out of the talks'): the noun's reading says what
    happened, not the verb's own sense ('withdrew from X' as a retreat)."""
    if not cancels(ctx, verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    near = [c for c in verb.children if c.dep_ in {"prep", "prt", "advmod"}]  # "out of", "away from"
    objects += [pobj(p) for p in [*near, *(g for c in near for g in c.children)] if p.dep_ == "prep"]
    objects = [o for o in objects if o is not None]
    return any(ctx.names_event(o) for o in objects)


def rebuffs(ctx: Context, verb: Token) -> bool:
    """Whether a verb calls off what its object names for good, a rebuff of the other side ('cancelled its
    visit to X', 'scrapped the talks with X'); putting it off ('postponed') is none."""
    return phrasal_lemma(verb) in ctx.lexicon.intent.rebuffing_governors


def _own_clause(tok: Token) -> bool:
    """Whether a coordinated verb is a clause of its own, no part of the verb before it: with a subject of its own
    ('X offered to mediate, and Y spoke with Z'), or finite beside a verb that is not ('refused to pay and opposed
    X', 'denies attacking X and accuses Y')."""
    if tok.dep_ != "conj":
        return False
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in tok.children)
    return own_subject or tok.tag_ in FINITE_TAGS and tok.head.tag_ in {"VB", "VBG"}


def _own_modality(ctx: Context, tok: Token, governs: bool) -> Modality | None:
    """What one verb of the chain says: its negation and auxiliaries, and, governing the event verb, its sense."""
    lex = ctx.lexicon
    planned = False
    # "did not hesitate to attack X", "did not refrain from attacking X": a negated verb of holding back does it
    unnegated = governs and tok.lemma_.lower() in lex.unnegating_governors and child(tok, "neg") is not None
    for c in tok.children:
        if c.dep_ == "neg" and not unnegated:
            return Modality.NEGATED
        if c.dep_ == "aux" and c.lower_ in HEDGING_MODALS:
            if not _warned_of(ctx, tok, c):
                return None
            planned = True  # "X warned it could cut ties with Y": a threat
        if c.dep_ == "aux" and (c.lemma_.lower() in lex.planned_auxiliaries or c.lower_ in lex.planned_auxiliaries):
            planned = True
    lemma = tok.lemma_.lower()
    if governs and lemma in lex.negating_governors and not unnegated:
        return Modality.NEGATED
    if governs and lemma in NOT_YET_GOVERNORS and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in tok.children):
        return Modality.NEGATED  # "has yet to recognise X", "is yet to meet X": not done so far
    if governs and lemma in NECESSITY_GOVERNORS and tok.tag_ in PRESENT_TAGS:
        return None  # "has to meet X", "needs to mend ties": what one must do, as 'must meet X'; "had to": done
    if governs and lemma in lex.hedging_governors and not unnegated:
        return None  # "suspected of blowing up": a suspicion, not a fact; "hesitated to attack": not done
    planned |= governs and lemma in lex.planned_governors
    return Modality.PLANNED if planned else Modality.ASSERTED


@dataclass(frozen=True)
class _Stance:
    commits: bool  # "promised to", "is willing to"
    offers: bool  # "offered to deploy warships": for the one it is aimed at
    decides: bool  # "agreed to impose sanctions": a decision to do it
    prepares: bool  # "prepared to resume shelling"
    announced: bool  # "said it would"
    future: bool  # "will", "would": the doer's own future


def intent(ctx: Context, verb: Token, relation: str, found: Modality) -> tuple[str, Modality]:
    """CAMEO's reading of a stated intention: 'promised to send aid' is a promise, 'said it would
    blockade X' or 'will withdraw ... unless' a threat, 'said it would not meet' or 'will not meet' a refusal."""
    it = ctx.lexicon.intent
    stance = _stance(ctx, verb)
    if stance is None:
        return relation, found  # "would urge X to encourage Y to stop": the outer event verb says what happened
    kept = Modality.REPORTED if found is Modality.REPORTED else Modality.ASSERTED
    if found is Modality.NEGATED and relation == it.promise:
        return it.refusal, Modality.ASSERTED  # "failed to reach an agreement"
    if found is Modality.NEGATED and relation in it.cooperative and _withheld(ctx, verb, stance):
        return it.refusal, Modality.ASSERTED  # "refused to lift the sanctions on X", "X will not lift them"
    if stance.prepares and relation in it.hostile:
        return it.mobilization, kept
    unless = any(c.dep_ == "advcl" and marks(c) & it.threat_marks for c in verb.children)
    if unless and relation in it.hostile and (stance.commits or stance.announced or stance.future):
        return it.threat, kept  # "X will cut ties with Y unless ...": a harm held over Y
    if not (stance.commits or stance.announced):
        return relation, found
    if found is Modality.NEGATED and relation in it.cooperative:
        return it.refusal, Modality.ASSERTED
    if relation in it.cooperative:
        return it.promise, kept
    if relation in it.hostile and found is not Modality.NEGATED:  # "would never attack X": no threat
        return _hostile_intent(ctx, stance, relation, kept)
    return relation, found


def _hostile_intent(ctx: Context, stance: _Stance, relation: str, kept: Modality) -> tuple[str, Modality]:
    """A hostile act one states one will do: offered, a promise to the one it is for ('offered to deploy warships to
    X'); decided, the act itself, still to be done ('the bloc agreed to impose sanctions on X'); else a threat."""
    it = ctx.lexicon.intent
    if stance.decides and not stance.offers and not stance.announced:
        return relation, Modality.PLANNED
    return (it.promise if stance.offers else it.threat), kept


def _withheld(ctx: Context, verb: Token, stance: _Stance) -> bool:
    """Whether a cooperative deed not done is withheld from someone, a refusal: refused ('refused to lift the
    sanctions'), not to be done ('will not lift them'), or leave not given ('did not allow X in')."""
    return _refused(ctx, verb) or stance.future or _permits(ctx, verb)


def _permits(ctx: Context, verb: Token) -> bool:
    """Whether a verb gives leave: a verb of permission ('allowed X to land') or one whose object is a permission
    ('gave permission for X to land', 'granted X a visa'); leave withheld is a refusal, not a mere non-event."""
    lex = ctx.lexicon
    if verb.lemma_.lower() in lex.permitting_verbs:
        return True
    return any(lex.is_permission(c.lemma_.lower(), c.lower_) for c in verb.children if c.dep_ == "dobj")


def _refused(ctx: Context, verb: Token) -> bool:
    """Whether the verb is what someone refuses to do: 'refused to lift', 'declined to meet'."""
    tok, steps = verb, 0
    while (tok.dep_ in {"xcomp", "conj"} or _purpose(tok)) and steps < 3:
        tok, steps = tok.head, steps + 1
        if tok.lemma_.lower() in ctx.lexicon.intent.refusing_governors:
            return True
    return False


def _stance(ctx: Context, verb: Token) -> _Stance | None:
    """What the verbs governing this one commit to; None when another event verb governs it."""
    it = ctx.lexicon.intent
    offers = decides = future = False
    acomp = child(verb, "acomp")  # "X is ready for talks": the adjective takes the stance
    ready = acomp.lemma_.lower() if acomp is not None else ""
    commits, prepares = ready in it.commissive_governors, ready in it.preparatory_governors
    tok, steps = verb, 0
    while True:
        future |= any(
            c.dep_ == "aux" and (c.lower_ in it.future_auxiliaries or _warned_of(ctx, tok, c)) for c in tok.children
        )
        purpose = _purpose(tok)  # "offered to deploy soldiers to help X": the deed it serves holds no stance of its own
        if not (tok.dep_ in {"xcomp", "conj"} or purpose) or steps >= 3 or _own_clause(tok):
            break
        beside = tok.dep_ == "conj"  # "spoke with X and agreed to resume talks": a verb beside it governs nothing
        tok, steps = tok.head, steps + 1
        lemma = tok.lemma_.lower()
        governing = ctx.evoked(tok) is not None and lemma not in it.commissive_governors | it.catenative_governors
        if governing and not (purpose or beside):
            return None
        commits |= lemma in it.commissive_governors
        offers |= lemma in it.offering_governors
        decides |= lemma in it.deciding_governors
        prepares |= lemma in it.preparatory_governors
    announced = future and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in ctx.lexicon.reporting_verbs
    return _Stance(commits, offers, decides, prepares, announced and _speaks_of_itself(ctx, tok), future)


def _warned_of(ctx: Context, clause: Token, modal: Token) -> bool:
    """Whether a modal of possibility is in what one warns or threatens one may do oneself ('X warned it could
    cut ties with Y'): a threat, where 'X warned that Y could attack' hedges Y's attack."""
    if modal.lower_ not in THREATENING_MODALS or clause.dep_ != "ccomp":
        return False
    warns = ctx.lexicon.verb_relation(clause.head.lemma_.lower()) == ctx.lexicon.intent.threat
    return warns and _speaks_of_itself(ctx, clause)


def _speaks_of_itself(ctx: Context, clause: Token) -> bool:
    """Whether a reported future is the speaker's own ('X said it would ...', "X's spokesman said X
    will ..."), not another actor's news of others' plans ('X confirmed talks between Y and Z would
    start' is a planned meeting, no promise of X's). An unnamed source speaks for the doer."""
    subject = child(clause, *SUBJECT_DEPS)
    if subject is None or subject.pos_ == "PRON":
        return True
    speaker, doers = ctx.actors(child(clause.head, *SUBJECT_DEPS)), ctx.actors(subject)
    owned = child(subject, "poss") is not None and all(d.kind is MentionKind.DEFINITE for d in doers)
    if not speaker or owned:
        return True  # an unnamed source; "his country will ...": the speaker's own side
    if all(m.kind is MentionKind.PRONOUN for m in speaker):
        return True  # "X will meet Y, he said", "..., his office said": the one the clause names speaks
    sides = {m.gazetteer_id for m in speaker if m.gazetteer_id}
    if all(m.type is EntityType.PERSON and not m.gazetteer_id for m in speaker):
        sides = {d.gazetteer_id for d in doers}  # "the premier said Freedonia will ...": a leader speaks for a state
    return bool(doers) and all(
        d in speaker or _one_person(d, speaker) or (d.gazetteer_id and d.gazetteer_id in sides) for d in doers
    )


def _one_person(doer: Mention, speaker: list[Mention]) -> bool:
    """Whether a person doer is a speaker named again by their family name ('Mr X's office said Ana X will')."""
    family = doer.text.split()[-1].lower()
    return doer.type is EntityType.PERSON and any(
        s.type is EntityType.PERSON and s.text.split()[-1].lower() == family for s in speaker
    )


def marks(clause: Token) -> set[str]:
    return {m.lower_ for m in clause.children if m.dep_ == "mark"}


def governing_event(ctx: Context, verb: Token) -> Token | None:
    """The event verb whose complement this verb is: 'refused to deploy', 'urged X to attack'; also what a
    request asks for, when the parser hangs it as a purpose clause ('called on X to end the war')."""
    tok, steps = verb, 0
    while steps < 3:  # "accused X of shelling Y" is an accusation
        if contact_purpose(ctx, tok) is not None:
            return None  # "phoned X to apologise": what the call was for, an event of its own
        if tok.dep_ == "pcomp" and tok.head.lower_ == "by":
            return None  # "retaliated by expelling X's diplomats": how it was done, a deed of its own
        if tok.dep_ in {"xcomp", "pcomp"}:
            tok = tok.head.head if tok.dep_ == "pcomp" else tok.head
        elif tok.dep_ == "advcl" and child(tok, "aux") is not None and child(tok, "aux").lower_ == "to":
            outer = ctx.evoked(tok.head)
            directive = ctx.lexicon.intent.directive
            if outer is None or not (outer.relation in directive or outer.verb_class == DEADLINE):
                return None
            tok = tok.head
        else:
            return None
        steps += 1
        if ctx.evoked(tok) is not None and not _defers(ctx, tok):
            return tok
    return None


def contact_purpose(ctx: Context, verb: Token) -> Token | None:
    """The call, meeting or visit whose purpose an infinitive, or what a participle says was done in it, of another
    relation than meeting: 'called X to offer condolences', 'visited X to express support', 'phoned X, urging
    restraint'. Its subject is the caller's, and it is aimed at whom the contact reached where it names no one."""
    aux = child(verb, "aux")
    purpose = verb.dep_ in {"advcl", "xcomp"} and aux is not None and aux.lower_ == "to"
    done_in_it = verb.dep_ == "advcl" and verb.tag_ == "VBG" and not marks(verb)
    if not purpose and not done_in_it:
        return None
    contact, own = ctx.evoked(verb.head), ctx.evoked(verb)
    return verb.head if [e is not None and consults(e.relation) for e in (contact, own)] == [True, False] else None


def is_content(ctx: Context, verb: Token) -> bool:
    """A clause that says what someone asked for or claimed, not what happened."""
    head = verb.head
    if verb.dep_ == "ccomp" and (outer := ctx.evoked(head)) is not None:
        return outer.relation in ctx.lexicon.intent.addressed - {ctx.lexicon.intent.threat}
    # "the claim that X attacked Y", "a call for X to free Y" (the parser may hang the latter as an adverbial clause)
    # a clause the parser took for a relative one, with 'that' as its mark, not as its subject or object
    content = verb.dep_ in {"acl", "ccomp", "advcl"} or verb.dep_ == "relcl" and "that" in marks(verb)
    return content and head.pos_ == "NOUN" and head.lemma_.lower() in ctx.lexicon.hearsay_nouns


def _defers(ctx: Context, verb: Token) -> bool:
    """A verb that leaves the event to its complement: promising ('promised to send aid', read as a
    promise) or only bringing it about ('helped to free', 'moved to expel')."""
    it = ctx.lexicon.intent
    return verb.lemma_.lower() in it.commissive_governors | it.catenative_governors


def promises_an_event(ctx: Context, verb: Token) -> bool:
    """'promised to send aid', 'helped to free X': the event of the complement is the fact, not this verb; helping
    someone do something is the fact."""
    if not _defers(ctx, verb):
        return False
    if verb.lemma_.lower() in ctx.lexicon.intent.catenative_governors and child(verb, "xcomp", "ccomp") is not None:
        # "helped bring the war to an end": whatever the complement says, helping is not the event; "helped X to
        # rebuild", "helped X fight Y": helping X is, unless it is only what another deed is for ("sent aid to help X
        # rebuild"); where what it is for is aimed at no one, the help is ("sent engineers to help X rebuild")
        purpose = verb.dep_ == "advcl" and infinitive(verb) and bool((other := ctx.evoked(verb.head)) and other.objects)
        return not ctx.objects(verb) or purpose
    complements = [c for c in verb.children if c.dep_ == "xcomp"]
    while complements:
        tok = complements.pop()
        if ctx.evoked(tok) is not None:
            return True
        complements += [c for c in tok.children if c.dep_ in {"xcomp", "conj"}]
    return False


def condition_subjects(ctx: Context, verb: Token, conditions: frozenset[str] | None = None) -> list[Mention]:
    """'threatened to stop talks if X goes ahead': the threat is aimed at the one who must act."""
    conditions = conditions or ctx.lexicon.intent.threat_marks | CONDITIONS
    tok, steps = verb, 0
    while steps < 3:
        for clause in tok.children:
            if clause.dep_ == "advcl" and _sets_condition(clause, conditions):
                return _doers(ctx, clause)
        if tok.dep_ not in {"xcomp", "ccomp"}:
            break
        tok, steps = tok.head, steps + 1
    for clause in (c for t in verb.subtree for c in t.children if c.dep_ == "advcl"):
        if _sets_condition(clause, conditions):
            return _doers(ctx, clause)
    return []


def _sets_condition(clause: Token, conditions: frozenset[str] | set[str]) -> bool:
    """Whether a clause sets a condition: 'before' does only in the present tense, which speaks of a time to come
    ('will not sign before X withdraws' awaits X); 'refused, before X could leave' only says when."""
    found = marks(clause) & conditions
    return _present(clause) if found == {"before"} else bool(found)


def _doers(ctx: Context, clause: Token) -> list[Mention]:
    """Who must act in a condition: its subject, or its passive agent ('until their demands are met by X'); where
    the one who sets it is the subject, whoever its own 'that' clause names ('until she is satisfied X is doing all
    it can': X)."""
    agent = child(clause, "agent")
    if agent is not None:
        return ctx.actors(pobj(agent))
    subject = child(clause, *SUBJECT_DEPS)
    holders = [clause, *(c for c in clause.children if c.dep_ == "acomp")]  # "until she is satisfied (that) X ..."
    content = next((c for h in holders for c in h.children if c.dep_ == "ccomp"), None)
    if subject is not None and subject.pos_ == "PRON" and content is not None:
        return _doers(ctx, content)
    return ctx.actors(subject)
