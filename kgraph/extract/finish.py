"""The one finishing step: a rule's candidate becomes facts.

Every rule hands over what it read (trigger, relation, agents, targets, perhaps a place); here the
clause gives the modality (a hedged clause gives no fact) and any stated intention, each agent is
paired with each target, and the fact gets its evidence sentence, date, place, confidence and the
name of the rule that read it with its trigger's lemma ("phrasal_verb:call").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from spacy.tokens import Span, Token

from kgraph import dates
from kgraph.extract import clauses, roles
from kgraph.extract.candidates import Candidate
from kgraph.extract.context import DESTINATION_PREPS, Context
from kgraph.extract.syntax import SUBJECT_DEPS, child, evidence, infinitive, pobj, preps
from kgraph.lexicon import Lexicon
from kgraph.model import HAPPENED, EntityType, Fact, Mention, MentionKind, Modality
from kgraph.relations import GIVING_WAY, Relation, relations

PLACE_PREPS = {"in", "at"}
NOUNS = {"NOUN", "PROPN"}
VISIT = "Visit"  # the event class of going to a place to meet its people
DEEDS = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION", "CONCEDE", "RETREAT", "AID"}  # PLOVER's deeds
PAST_PREPS = {"after", "following", "during", "since", "upon"}  # "ended it after talks with X": the talks were held


def facts(ctx: Context, rule: str, confidence: float, cand: Candidate) -> Iterator[Fact]:
    """The facts a candidate states, none when its clause is hedged."""
    modality = _modality(ctx, cand)
    if modality is None:
        return
    relation, targets = cand.relation, cand.targets
    if cand.clause is not None and cand.intent and not _taken_as_given(cand) and not _when(cand.trigger):
        relation, modality = clauses.intent(ctx, cand.clause, relation, modality)  # not 'agreed to V after talks'
    relation = _for_purpose(ctx, cand.trigger, _demonstrated_for(ctx, cand.trigger, relation))
    if cand.conditional:
        relation = _warned_if(ctx, cand, relation, targets)
        targets = _conditional_targets(ctx, cand, relation, targets)
    agents = _doers(ctx, cand.agents, relation, _holds_out(ctx, cand, relation))
    targets = _done_to(ctx, targets, relation) or _told(ctx, cand, relation)
    place = cand.place or _place(ctx, cand.trigger)
    targets = [_gone_to(t, relation) if t == place else t for t in targets]
    pairs = _pairs(agents, relation, targets, cand.mutual)
    if cand.reciprocal and not targets:  # "X and Y traded threats": Y threatened X too
        pairs += [(o, s) for s, o in pairs]
    # "a summit with X and Y": X and Y meet too; "X and Y held talks with Z": X, Y; but those a stated intention
    # names commit to nothing ('X offered to host talks between Y and Z': only X has said anything)
    if cand.gathering and targets:
        pairs += (_every_two(targets) if relation == cand.relation else []) + _every_two(agents)
    if not pairs:
        return
    sent = ctx.sentence(cand.trigger.i)
    stated = evidence(sent)
    when = _date(ctx, sent, future=modality is Modality.PLANNED)
    modality = _not_yet(ctx, sent, when, modality)
    name = f"{rule}:{cand.trigger.lemma_.lower()}"
    rebuffing = _rebuffing(ctx, cand, relation, modality)
    for s, o in pairs:
        if not _not_a_pair(s, o):
            yield Fact(s, _sense(ctx, cand.trigger, relation, o), o, stated, modality, confidence, name, when, place)
            if s in rebuffing and o not in rebuffing:  # "X cancelled its visit to Y": X also rebuffed Y
                refusal = ctx.lexicon.intent.refusal
                yield Fact(s, refusal, o, stated, Modality.ASSERTED, confidence, name, when, place)


def _every_two(mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    return [(a, b) for i, a in enumerate(mentions) for b in mentions[i + 1 :]]


def _warned_if(ctx: Context, cand: Candidate, relation: str, targets: list[Mention]) -> str:
    """A warning of what will come if someone acts, that names no one else, threatens that one ('warned of serious
    consequences if X did not withdraw'), whatever its preposition made of the verb."""
    threat = ctx.lexicon.intent.threat
    warning = ctx.lexicon.verb_relation(cand.trigger.lemma_.lower()) == threat
    if targets or not warning or not clauses.condition_subjects(ctx, cand.clause or cand.trigger):
        return relation
    return threat


def _conditional_targets(ctx: Context, cand: Candidate, relation: str, targets: list[Mention]) -> list[Mention]:
    """Whom a threat or refusal is aimed at: one that holds out until someone acts refuses that one too ('will
    not end the strike until X pays'; not the strike, an event); with no one else named, whoever its condition
    names ('threatened to leave if X joins')."""
    it, clause = ctx.lexicon.intent, cand.clause or cand.trigger
    if relation == it.refusal and (awaited := clauses.condition_subjects(ctx, clause, clauses.AWAITING)):
        return list(dict.fromkeys([*(t for t in targets if t.kind is not MentionKind.EVENT), *awaited]))
    if not targets and relation in {it.threat, it.refusal}:
        return clauses.condition_subjects(ctx, clause)
    return targets


def _told(ctx: Context, cand: Candidate, relation: str) -> list[Mention]:
    """Whom a threat that names no one is made to: the state, body or person its maker tells it ('X told Y it would
    impose sanctions'); never the press or people named only by what they are ('told reporters it would ...')."""
    clause = cand.clause or cand.trigger
    if relation != ctx.lexicon.intent.threat or clause.dep_ != "ccomp":
        return []
    teller = clause.head
    if teller.lemma_.lower() not in ctx.lexicon.reporting_verbs or set(ctx.subjects(teller)) != set(cand.agents):
        return []
    told = [m for c in teller.children if c.dep_ in {"dobj", "dative"} for m in ctx.actors(c)]
    return [m for m in told if m.kind is not MentionKind.UNQUALIFIED]


def _holds_out(ctx: Context, cand: Candidate, relation: str) -> bool:
    """Whether a refusal holds out until someone acts ('will not end the strike until X pays'): a deed, kept up."""
    if not cand.conditional or relation != ctx.lexicon.intent.refusal:
        return False
    return bool(clauses.condition_subjects(ctx, cand.clause or cand.trigger, clauses.AWAITING))


def _doers(ctx: Context, agents: list[Mention], relation: str, deed: bool = False) -> list[Mention]:
    """The agents that can do this: people named only by what they are ('gunmen', 'protesters') act in deeds
    ('gunmen attacked X', 'protesters burned X's flag'), never in words: 'analysts criticised X' speaks for no one
    a graph of actors can name. Men under arms named so are the other side of a thing they do together with a named
    party ('X and rebels agreed to a truce'; not 'X and observers agreed the vote was fair')."""
    if deed or relations()[relation].plover in DEEDS:
        return agents
    together = relations()[relation].symmetric and any(a.kind is not MentionKind.UNQUALIFIED for a in agents)
    return [a for a in agents if a.kind is not MentionKind.UNQUALIFIED or together and _a_side(ctx, a)]


def _a_side(ctx: Context, mention: Mention) -> bool:
    """Whether people named only by what they are form a side: men under arms ('rebels', 'militias')."""
    head = mention.text.split()[-1].lower()
    return head in ctx.lexicon.armed_nouns or head.removesuffix("s") in ctx.lexicon.armed_nouns


def _done_to(ctx: Context, targets: list[Mention], relation: str) -> list[Mention]:
    """The targets one can do this with: the press, named by what its people are, hears what is said to it and
    meets no one ('spoke to reporters'); what is done to it is done to it ('detained two journalists'). One person
    named only by what they are undergoes deeds ('detained a journalist'), and words to them ('praised a teacher')
    tie no actors of a graph together."""
    relation_of = relations()[relation]
    if not relation_of.symmetric and relation_of.plover in DEEDS:
        return targets
    lex = ctx.lexicon
    return [t for t in targets if t.kind is not MentionKind.UNQUALIFIED or _undergoes_words(lex, t, relation_of)]


def _undergoes_words(lex: Lexicon, target: Mention, relation: Relation) -> bool:
    """Whether people named by what they are can be the target of a word or a meeting: a group can (not the press
    in a meeting), one person cannot."""
    if target.type is EntityType.PERSON:
        return False
    return not relation.symmetric or target.text.split()[-1].lower() not in lex.press_nouns


def _rebuffing(ctx: Context, cand: Candidate, relation: str, modality: Modality) -> list[Mention]:
    """Who, calling off a cooperative event its noun names, rebuffs the other side: the subject of the verb
    that calls it off ('X scrapped its talks with Y'); no one when it is only put off or no one is named."""
    called_off = modality is Modality.NEGATED and relation in ctx.lexicon.intent.cooperative
    if not called_off or cand.clause is None or cand.trigger.pos_ not in NOUNS or not clauses.rebuffs(ctx, cand.clause):
        return []
    return ctx.subjects(cand.clause)


def _sense(ctx: Context, trigger: Token, relation: str, target: Mention) -> str:
    """The trigger's sense for this target: 'expelled diplomats' sanctions their state, 'expelled the X
    minority' (a people or a group the article names) coerces them, and so does handing a person over to another
    state ('extradited X to Y' cooperates with Y); giving way to people who fled gives them refuge ('opened the
    frontier to refugees': aided)."""
    yielding = relations()[relation].plover in GIVING_WAY
    if yielding and ctx.lexicon.gives_refuge(trigger.lemma_.lower(), *target.text.lower().split()):
        return ctx.lexicon.verbs["aid"]
    population = ctx.lexicon.population_relation(trigger.lemma_.lower())
    if population is None or relation in ctx.lexicon.intent.directive:
        return relation  # one sense whoever undergoes it; or a demand that the deed be done ('wants X to expel Y')
    group = target.type is EntityType.GROUP and target.kind in {MentionKind.NAME, MentionKind.UNQUALIFIED}
    person = target.type is EntityType.PERSON
    handed = person and relation == ctx.lexicon.verbs["cooperate"]  # "extradited X"
    private = person and target.kind is MentionKind.NAME and not roles.titled(ctx, target)  # not a state's envoy
    sent_to = population in ctx.lexicon.intent.hostile and _sent_to(ctx, trigger, target)  # 'to X': X coerced?
    moved = _people_moved(ctx, trigger) and not sent_to  # no: X receives them ('extradited two nationals to X')
    return population if group or handed or private or moved else relation


def _sent_to(ctx: Context, trigger: Token, target: Mention) -> bool:
    """Whether the target is where the deed sends its object ('extradited two nationals to X'): X receives them."""
    return any(ctx.mentions.get(getattr(pobj(p), "i", -1)) == target for p in preps(trigger, DESTINATION_PREPS))


def _people_moved(ctx: Context, trigger: Token) -> bool:
    """Whether a verb moves people, not forces: 'evacuated civilians from X', 'evacuated the wounded from X' (the
    place they are taken from is helped), not 'evacuated its troops from X' (a withdrawal from it)."""
    obj = child(trigger, "dobj")
    if obj is None or ctx.lexicon.is_armament(obj.lemma_.lower(), obj.lower_):
        return False
    named = ctx.mentions.get(obj.i)
    described = obj.tag_ in {"JJ", "VBN"} and any(c.lower_ == "the" for c in obj.children)  # "the wounded"
    return described or (named is not None and named.type is EntityType.GROUP) or obj.lower_ in ctx.lexicon.people_words


def _demonstrated_for(ctx: Context, trigger: Token, relation: str) -> str:
    """A demonstration held in support of or in solidarity with someone backs them ('rallied in support of X',
    'marched in solidarity with X'), where one held against them protests."""
    if relation != ctx.lexicon.stoppage_relation:
        return relation
    for prep in preps(trigger, {"in"}):
        noun = pobj(prep)
        sense = ctx.sense_of(noun)
        if sense is not None and relations()[sense.relation].plover == "SUPPORT":
            return sense.relation
    return relation


def _for_purpose(ctx: Context, trigger: Token, relation: str) -> str:
    """What a deed reports when its own phrases, not a clause about something else, name its purpose: 'sent
    troops to X on a peacekeeping mission' aids X; not 'massed troops near X, where peacekeepers patrol'. Troops
    sent to help someone aid them too ('sent troops to X to help it fight Y')."""
    if not ctx.lexicon.has_purposes(relation):
        return relation
    head = trigger.head if trigger.pos_ in NOUNS and trigger.dep_ in {"dobj", "pobj"} else trigger
    aid = ctx.lexicon.verbs["aid"]
    for clause in (c for c in head.children if c.dep_ == "advcl" and infinitive(c)):
        if (evoked := ctx.evoked(clause)) is not None and evoked.relation == aid:
            return aid
    for token in _own_phrases(head):
        if _opposed(ctx, token):
            continue  # "deployed troops to X to attack the peacekeepers": no peacekeeping
        modifiers = [c.lower_ for c in token.lefts if c.dep_ in {"compound", "amod"}]
        forms = [f"{m} {token.lemma_.lower()}" for m in modifiers] + [token.lemma_.lower(), token.lower_]
        if purposed := ctx.lexicon.purpose_relation(relation, *forms):
            return purposed
    return relation


def _opposed(ctx: Context, noun: Token) -> bool:
    """Whether a noun is the object of a hostile verb: what one acts against is no purpose one serves."""
    relation = ctx.lexicon.verb_relation(noun.head.lemma_.lower()) if noun.dep_ in {"dobj", "nsubjpass"} else None
    return relation is not None and relation in ctx.lexicon.intent.hostile


OTHER_CLAUSES = {"relcl", "ccomp", "parataxis", "conj", "acl"}  # clauses about something else than the deed


def _own_phrases(head: Token) -> Iterator[Token]:
    """The words of a verb's or noun's phrases, leaving out clauses of their own (relative, reported, joined)."""
    stack = [head]
    while stack:
        token = stack.pop()
        yield token
        stack += [c for c in token.children if c.dep_ not in OTHER_CLAUSES]


def _taken_as_given(cand: Candidate) -> bool:
    """Whether the event is an owned deed in a phrase of the clause ('offered to help X in its fight against Y',
    'refused to join X's offensive'): what the clause says of its own deed, promised or refused, is not said of
    it; the deed is taken as given."""
    return cand.presupposed and cand.trigger.dep_ == "pobj"


def _modality(ctx: Context, cand: Candidate) -> Modality | None:
    """How the candidate's clause presents it (None: hedged), and an event noun's own say: 'a possible meeting'."""
    names_event = cand.trigger.pos_ in NOUNS  # "cancelled the talks": the clause's verb governs the event
    governed = names_event and cand.trigger.dep_ not in SUBJECT_DEPS  # "the summit failed to produce a treaty": held
    governed = governed and not _when(cand.trigger)  # "called off the strike after talks with X": those were held
    asserted = cand.clause is None or _taken_as_given(cand)
    modality = Modality.ASSERTED if asserted else clauses.modality(ctx, cand.clause, governed)
    if modality is None and cand.presupposed:
        modality = Modality.ASSERTED
    if modality is Modality.NEGATED and names_event and _when(cand.trigger):
        modality = Modality.ASSERTED  # "refused to sign it after talks with X": the refusal came after talks held
    events = [cand.trigger] if names_event else [o for o in _objects(cand.trigger) if ctx.names_event(o)]
    if modality in HAPPENED and any(clauses.prospective(ctx, e) for e in events):
        modality = Modality.PLANNED  # "a possible meeting", "set the stage for talks", "announced possible sanctions"
    none = any(c.dep_ == "det" and c.lower_ == "no" for c in cand.trigger.children)
    if names_event and modality is not None and none:
        modality = Modality.NEGATED  # "there have been no meetings between X and Y"
    return modality


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "dobj"]


def _when(noun: Token) -> bool:
    """Whether an event noun says when its clause's event happened, one that was held by then ('after talks with
    X'; not 'until after talks with X', still to come)."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in PAST_PREPS and prep.head.lower_ not in {"until", "till"}


def _pairs(agents: list[Mention], relation: str, targets: list[Mention], mutual: bool) -> list[tuple[Mention, Mention]]:
    """Each agent with each target; with no target, a plural agent of a symmetric or mutual event is its own pair
    ('the pair met') and coordinated agents of a symmetric or mutual event pair up ('X and Y met')."""
    if targets:
        return [(s, o) for s in agents for o in targets]
    symmetric = relations()[relation].symmetric
    if (symmetric or mutual) and len(agents) == 1 and agents[0].plural:
        return [(agents[0], agents[0])]  # a fact between the two participants ("the two states restored ties")
    if len(agents) > 1 and (symmetric or mutual):  # "X, Y and Z held talks": every two
        return [(a, b) for i, a in enumerate(agents) for b in agents[i + 1 :]]
    return []


def _not_a_pair(s: Mention, o: Mention) -> bool:
    """One actor twice, or two pronouns; a plural reference with itself is its two participants."""
    if s is o and s.plural:
        return False
    return _same(s, o) or o.kind is MentionKind.PRONOUN and s.kind is MentionKind.PRONOUN


def _same(a: Mention, b: Mention) -> bool:
    """One actor twice: the same gazetteer entry, or the same words for no entry or one ("Peru's president" and
    "Chile's president" are both 'president', and two)."""
    if a.gazetteer_id and a.gazetteer_id == b.gazetteer_id:
        return True
    return a.text.lower() == b.text.lower() and a.gazetteer_id == b.gazetteer_id


def _date(ctx: Context, sent: Span, future: bool) -> date | None:
    """The first date the sentence gives, resolved against the article's date ('on Friday')."""
    for ent in ctx.entities(sent):
        if ent.label_ == "DATE" and (when := dates.resolve(ent.text, ctx.document.date, future)):
            return when
    return None


def _not_yet(ctx: Context, sent: Span, when: date | None, modality: Modality) -> Modality:
    """An event the sentence dates after the article's day has not happened yet: 'a meeting next month' is
    planned (the sentence's first date, as `_date` takes it; 'next month' says so even in an undated article)."""
    if modality not in HAPPENED:
        return modality
    published = ctx.document.date
    first = next((ent.text for ent in ctx.entities(sent) if ent.label_ == "DATE"), "")
    later = (when is not None and published is not None and when > published) or dates.ahead(first)
    return Modality.PLANNED if later else modality


def _gone_to(place: Mention, relation: str) -> Mention:
    """Where a visit named by the place it happened goes ('arrived in X for a visit'): a capital or a city the
    gazetteer knows as the country it stands for, as 'visited X' reads it; the same words stay the visit's place."""
    if relations()[relation].event_class != VISIT or not place.gazetteer_id or place.type is not EntityType.PLACE:
        return place
    return replace(place, type=EntityType.COUNTRY)


def _place(ctx: Context, trigger: Token) -> Mention | None:
    """Where the event happened: 'met X in Lima' ('in' may hang from the verb or its object); for a building or
    site named with where it stands, that place, whose country a reader knows ('at the Grand Hall in Lima'). Not
    whose rulers act ('the authorities in X arrested Y' is X acting) or who one's partners are ('our friends in
    X')."""
    for prep in trigger.subtree:
        head = prep.head.lower_
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS or ctx.lexicon.names_rulers(head):
            continue
        if head in ctx.lexicon.partner_nouns:
            continue  # "our friends in Lima": who they are, not where
        if place := ctx.place_of(site := pobj(prep)):
            named = [site, *(pobj(p) for p in preps(site, {"of"}))]  # "the Hall of the People in Lima"
            wider = (ctx.place_of(pobj(p)) for t in named if t is not None for p in preps(t, {"in"}))
            return next((w for w in wider if w is not None and w is not place), place)
    return None
