"""The relation lexicon: words and phrases that report events, mapped to relations.

Two sources, one interface. lexicon.json holds the words news uses in a sense of their own
('slammed' criticizes, 'welcomed' a visitor hosts) and the word lists the rules read; the
WordNet classes (wordnet_lexicon.json, generated from classes.json by tools/wordnet_lexicon.py)
give every verb, nominalisation and agent noun of each relation's class, so a verb of a known
class is read even where no list names it. The hand-made entries win where both speak.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache

from kgraph.data import DataError, load_json
from kgraph.relations import relations

THING_CLASS = "thing"  # support_verbs.json's noun class of any noun that names no event, no one, no other class
STATE_ORGAN = "state"  # the organ institution_nouns give a state's rulers ("government"): the state itself
ENDING_CLASS = "end"  # the support-verb class (support_verbs.json) of verbs that end what their object names
CUTTING_CLASS = "cut"  # and the class of those that lessen it
ANNULLING_CLASS = "annul"  # and of those that undo a verdict or a measure: "quashed the conviction"
GIVING_CLASSES = ["give", "bestow"]  # support verbs that give their object to someone: "gave X aid"
MEASURE_CLASS = "measure"  # the support-verb noun class of measures taken against someone
ARMAMENT_CLASSES = ("force", "munition")  # the noun classes of forces and what they fire
STOPPAGE_CLASS = "stoppage"  # the support-verb noun class of strikes, walkouts and demonstrations
BORDER_CLASS = "border"  # the support-verb noun class of borders and crossings
VIOLENCE = {"ASSAULT", "COERCE"}  # the PLOVER types of harm done to people: "the shooting of X" names such harm
AGREEMENT_CLASS = "agreement"  # the support-verb noun class of agreements and joint texts
INVITATION_CLASS = "invitation"  # the support-verb noun class of invitations
PERMISSION_CLASS = "permission"  # leave given: 'granted permission for X to land'
ENVOY_CLASS = "envoy"  # the support-verb noun class of a state's envoys and missions abroad ('embassy')
STANCE_CLASS = "stance"  # the support-verb noun class of stances voiced toward another ('concern', 'solidarity')
DISPLACED_CLASS = "displaced"  # the support-verb noun class of people who fled or were driven out
FREEING_CLASS = "free"  # the support-verb class of verbs that free those held ('released the hostages')
PERFORMING_CLASS = "perform"  # the support-verb class whose subject does the event its object names
BROACHING_CLASS = "broach"  # the support-verb class that brings a matter up ('raised the issue with X')
TOPIC_CLASS = "topic"  # support_verbs.json's noun class of matters talked about
REQUEST_CLASS = "request"  # the support-verb noun class of what one asks of another
PROPOSAL_CLASS = "proposal"  # the support-verb noun class of what its owner offers or means to do
LEGAL_CLASS = "legal"  # actions at law, whose wording says what the one who brings them says
MOVING_CLASSES = ("deploy", "withdraw")  # support-verb classes of verbs that send or pull out what they move


@dataclass(frozen=True)
class NounSense:
    relation: str
    preps: tuple[str, ...]  # prepositions introducing the target: "invasion *of* X"


@dataclass(frozen=True)
class Intent:
    """How a stated future action of the actor's own is coded (CAMEO 'express intent' / 'threaten')."""

    commissive_governors: frozenset[str]  # "promised to", "is willing to"
    offering_governors: frozenset[str]  # "offered to deploy warships to X": done for X, so a promise, never a threat
    deciding_governors: frozenset[str]  # "agreed to impose sanctions on X": a decision to sanction X, no threat
    catenative_governors: frozenset[str]  # "helped to free", "moved to expel": the complement is the event
    refusing_governors: frozenset[str]  # "refused to lift sanctions on X": a refusal, aimed at X
    rebuffing_governors: frozenset[str]  # "cancelled its visit to X": the one who calls it off rebuffs X
    preparatory_governors: frozenset[str]  # "prepared to resume shelling": a show of force
    threat_marks: frozenset[str]  # "will withdraw ... unless": a conditional threat
    future_auxiliaries: frozenset[str]
    obligation_auxiliaries: frozenset[str]  # "X said Y must ...": a demand on Y
    wanting_verbs: frozenset[str]  # "X wants Y to ...": a demand on Y
    ending_nouns: frozenset[str]  # "called for an end to X's blockade": a request of X
    addressed: frozenset[str]  # relations whose target may be the subject of a 'that' clause
    directive: frozenset[str]  # relations whose infinitive complement is asked of the target, not done
    purpose_targets: frozenset[str]  # relations whose target may be in a purpose clause: 'to show anger at X'
    people_placed: frozenset[str]  # "detained journalists in X", "massed troops in X": X is where, not whom
    done_to_places: frozenset[str]  # "shelled X", "would blockade X": a capital hit is the city, not its state
    place_targets: frozenset[str]  # relations whose target may be a place: 'lifted a curfew in X'
    cooperative: frozenset[str]
    hostile: frozenset[str]
    promise: str
    threat: str
    refusal: str
    mobilization: str
    demand: str


@dataclass(frozen=True)
class GivingWay:
    """Giving way to pressure: 'backed down after X threatened sanctions' yields to X."""

    relations: frozenset[str]  # the relations of giving way
    pressures: frozenset[str]  # the relations of pressing someone to
    marks: frozenset[str]  # the words that say what the giving way followed


@dataclass(frozen=True)
class SupportVerbs:
    """Support-verb constructions by class: what a verb does to the event or thing its object names
    (verb_classes), kinds of such things (noun_classes), and which relation each pairing reports
    (compose, in order). 'Event' nouns are the lexicon's nouns, each with its own relation."""

    verb_classes: dict[str, frozenset[str]]
    noun_classes: dict[str, dict[str, str]]  # class -> noun -> the relation it stands for (else the class name)
    compose: tuple[tuple[str, str, str], ...]  # (verb class, noun class, a relation, or "own": the noun's own)
    recipient_subject: frozenset[str]  # verb classes whose subject receives: "X received aid from Y"
    reciprocal_subject: frozenset[str]  # verb classes whose coordinated subject acts on each other: "traded threats"
    joint_subject: frozenset[str]  # classes whose coordinated subject speaks as one: "voiced concern"
    bilateral: frozenset[str]  # noun classes of things between parties: "X and Y upgraded ties" (with each other)
    purposes: tuple[tuple[str, str, str], ...]  # (noun class, relation, relation when done for it): peacekeeping
    roles: frozenset[str]  # noun classes an 'as' phrase may make of a verb's object: "held X as hostages"
    classes_of: dict[str, frozenset[str]]  # verb -> the verb classes it belongs to


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, str]
    verb_preps: frozenset[str]
    phrasal_verbs: dict[tuple[str, ...], str]  # ("call", "on") -> urged
    nouns: dict[str, NounSense]
    planned_auxiliaries: frozenset[str]
    planned_governors: frozenset[str]
    prospective_governors: frozenset[str]  # "sought talks with X", "planned an attack": the event noun is to come
    negating_governors: frozenset[str]
    unnegating_governors: frozenset[str]  # "did not hesitate to attack X", "never failed to": the deed is done
    cancelling_governors: frozenset[str]  # "cancelled the talks", "called off the visit": the event is off
    prospective_modifiers: frozenset[str]  # "a possible meeting", "the upcoming visit": not held yet
    prospective_nouns: frozenset[str]  # "the prospect of sanctions", "the possibility of talks": not held yet
    awaiting_phrases: frozenset[str]  # "on the eve of a visit", "ahead of talks": the event is still to come
    preparing_phrases: frozenset[str]  # "set the stage for talks" (verb and object lemmas): the talks are to come
    hedging_governors: frozenset[str]  # "suspected of X", "alleged to have X": no fact
    reporting_verbs: frozenset[str]
    hearsay_adverbs: frozenset[str]  # "X reportedly sent arms": an account others give, not the article's own word
    actor_nouns: frozenset[str]  # "Freedonian officials": a demonym on one of these names an actor
    people_words: frozenset[str]  # "people", "the population": people, not a thing
    body_nouns: frozenset[str]  # "parties", "agencies": bodies people form, no organ of a state
    holding_nouns: frozenset[str]  # "custody", "prison": where or how people are held
    partner_nouns: frozenset[str]  # "our friends in Lima": the state there
    press_nouns: frozenset[str]  # "spoke to reporters": the public's ears, no one met
    permitting_verbs: frozenset[str]  # "allowed X to deploy troops": X is given way to
    ruler_nouns: frozenset[str]  # "the authorities", "the government": a polity's rulers, who act as it
    result_adjectives: frozenset[str]  # "set X free": what a verb makes of its object, a particle of the verb
    expelling_verbs: frozenset[str]  # "expelled X from the country": 'from' says where from, not whom
    doer_participles: frozenset[str]  # "a X-led offensive": X did it
    requital_nouns: frozenset[str]  # "in retaliation for X's raid": aimed at X
    armed_nouns: frozenset[str]  # "rebels launched a strike": armed people, whose strike is an attack
    occurrence_verbs: frozenset[str]  # "fighting broke out between X and Y": the event's sides on the verb
    proxy_nouns: frozenset[str]  # "X's spokesman said": one who speaks for X, whose words are X's
    led_nouns: frozenset[str]  # "the X administration": a government named after the person who leads it
    recipient_verbs: frozenset[str]  # "X accepted Y's invitation": X is the invitee
    handing_verbs: frozenset[str]  # "X extradited Ana Ruiz to Y": the act is toward Y
    withholding_verbs: frozenset[str]  # "X denied entry to Y": what is refused is refused to Y
    captor_verbs: frozenset[str]  # "the sailors held by X": X holds them, they are not X's
    idioms: dict[str, dict[tuple[str, ...], str]]  # "take" -> ("object", "aim", "at") -> criticized; lexicon.json
    allegiance_nouns: frozenset[str]  # "fought on Y's side": Y is an ally, not a target
    participation_verbs: frozenset[str]  # "X was engaged in talks with Y": X takes part in them
    dying_verbs: frozenset[str]  # "X died in a Y airstrike": X was its target
    aiming_verbs: frozenset[str]  # "airstrikes targeting X": X is the deed's target
    state_acts: frozenset[str]  # "X was arrested in Y": only Y's authorities arrest there
    joining_verbs: frozenset[str]  # "X joined Y in condemning Z": X condemned Z too
    reciprocal_verbs: frozenset[str]  # "X and Y fought": each fought the other
    warding_verbs: frozenset[str]  # "X repelled an attack by Y": the attack was on X
    giving_way: GivingWay  # "backed down after X threatened sanctions": yielded to X
    thing_senses: dict[str, str]  # "welcomed X's statement": praise, where "welcomed X" is hosting
    forces_senses: dict[str, str]  # "X's troops left Y": a withdrawal, where a person leaving says nothing
    population_senses: dict[str, str]  # "expelled the Freedonian minority": coercion, where diplomats are sanctioned
    person_senses: dict[str, str]  # "called the minister": a phone call, where "called X a liar" describes
    characterizing_verbs: frozenset[str]  # "described X as ..."
    speech_adjectives: frozenset[str]  # "a scathing attack": one made in words
    designating_verbs: frozenset[str]  # "designated X as ...": an official listing, a sanction when damning
    listing: dict[str, frozenset[str]]  # lists; verbs that put "onto" them, take "off" them (lexicon.json)
    damning_words: frozenset[str]  # "... as a genocide": a criticism
    excess_adverbs: frozenset[str]  # "too friendly": praise said in reproach, as if negated
    blaming_words: frozenset[str]  # "said X was responsible": an accusation (not the praise "a responsible state")
    praising_words: frozenset[str]  # "... as constructive": praise; "not conducive": criticism
    stance_adjectives: dict[str, str]  # "X was critical of Y": the stance an adjective says, toward whom
    stance_preps: frozenset[str]  # the prepositions naming whom: 'critical of', 'grateful to'
    harm_to_come_nouns: frozenset[str]  # "warned X of consequences": harm to come, the speaker's own
    attending_verbs: frozenset[str]  # "attended a summit in Lima": a visit to Lima
    topic_verbs: frozenset[str]  # "discussed the crisis in X": the object is a topic, never a party
    backing_nouns: frozenset[str]  # "with the help of Y": Y helps, no partner or target
    ill_nouns: frozenset[str]  # "fought the epidemic in X": an ill, no one the deed is done to
    origin_participles: frozenset[str]  # "the Freedonian-born envoy": where from, not whom for
    publishing_verbs: frozenset[str]  # "released a statement on X": published, no one freed
    go_between_verbs: frozenset[str]  # "X mediated between Y and Z": X met Y and Z, never Y met Z
    commanding_verbs: frozenset[str]  # "X ordered Y arrested": X detained Y
    blame_on_verbs: frozenset[str]  # "X blamed the bombing on Y": Y is blamed
    denial_verbs: frozenset[str]  # "denied X's claims": rejects X; "denied meeting X": the meeting is negated
    hearsay_nouns: frozenset[str]  # "the claim that X attacked Y": what the clause says is claimed or asked
    statement_nouns: frozenset[str]  # "X issued a declaration demanding ...": the issuer demands
    decision_nouns: frozenset[str]  # "X's decision to expel Y's envoy": X expels
    refuge_nouns: frozenset[str]  # "sought asylum in X": X is asked
    anaphoric_nouns: frozenset[str]  # "visited the country": the country the sentence has just named
    reciprocal_nouns: frozenset[str]  # "the old rivals": the two actors just named together
    time_frame_nouns: frozenset[str]  # "on the eve of X's visit": a time, not whom a deed is aimed at
    responsibility_words: frozenset[str]  # "claimed responsibility for the attack on X": the claimant attacked X
    claim_nouns: frozenset[str]  # "Y rejected the claims": the last accusation's, named again
    frame_nouns: frozenset[str]  # "a bombing campaign against X": the frame's phrases are the event's
    defiance: dict[str, frozenset[str]]  # "despite pressure from X": X rejected (lexicon.json defiance)
    credit_modals: frozenset[str]  # "could not have happened without X": X is praised (lexicon.json credit)
    institution_nouns: dict[str, str]  # "the German government": a noun naming an organ of a state -> the organ
    named_institutions: frozenset[str]  # organs a state has several of, told apart by name: "Constitutional Court"
    group_nouns: frozenset[str]  # "Freedonian soldiers", "rebels": a group that acts under its own name
    doer_of_nouns: frozenset[str]  # "the withdrawal of X's troops": 'of' names the doer, not whom it is done to
    patient_nouns: frozenset[str]  # "X's arrest": the possessor undergoes the event
    bloc_nouns: frozenset[str]  # "Nordic countries", "Western powers": states named by the region they share
    manifestation_nouns: frozenset[str]  # "a message of support", "a show of force": shows what its 'of' names
    landform_nouns: frozenset[str]  # "the X Valley": a named feature of the land, whatever state's name it bears
    region_words: frozenset[str]  # "western", "nordic": a part of the world a name tagger may not name
    region_names: dict[str, str]  # "West": "Western": 'the West' acting is the Western bloc
    region_prefixes: frozenset[str]  # "Latin" of "Latin American": a region's adjective, not the state's demonym
    intent: Intent
    agent_nouns: dict[str, str] = field(default_factory=dict)  # "a critic of X": the doer of a relation
    # nouns for people or groups of people beyond group_nouns ("dockers", "clergy"); officials and organs
    # of a state are left to actor_nouns and institution_nouns, which make them their state's
    people_nouns: frozenset[str] = frozenset()
    mind_verbs: frozenset[str] = frozenset()  # verbs of saying, thinking, perceiving (WordNet's first sense)
    feeling_verbs: frozenset[str] = frozenset()  # verbs of feeling: "mourned", "regretted" (WordNet's first sense)
    judged_people: dict[str, str] = field(default_factory=dict)  # "called X a liar": kinds of person that judge
    support: SupportVerbs | None = None
    _verb_words: frozenset[str] | None = field(default=None, repr=False, compare=False)

    # What a word evokes. Extraction asks which relation a word reports only through these methods,
    # never by reading the tables above, so another source of senses (word classes in place of word
    # lists) can replace the tables without touching a rule.

    def verb_relation(self, lemma: str) -> str | None:
        """The relation a verb reports on its own: 'condemn' -> criticized."""
        return self.verbs.get(lemma)

    def idiom_relation(self, verb: str, shape: str, *words: str) -> str | None:
        """The relation a fixed phrase reports: ('take', 'object', 'aim', 'at') -> criticized ('took aim at X')."""
        return self.idioms.get(verb, {}).get((shape, *words))

    def phrasal_relation(self, lemma: str, *particles: str) -> str | None:
        """The relation a verb reports with its particles or preposition: ('call', 'on') -> urged."""
        return self.phrasal_verbs.get((lemma, *particles))

    def support_relation(self, verb: str, *nouns: str) -> str | None:
        """The relation a support verb and its object report together, from the verb's class and the
        noun's: 'held talks' (perform + an event noun: met), 'lifted the embargo' (end + a measure:
        conceded), 'sent troops' (deploy + forces: mobilizedAgainst). The noun's forms are tried in turn."""
        reading = self._support_reading(verb, nouns)
        return reading[1] if reading else None

    def _support_reading(self, verb: str, nouns: Iterable[str]) -> tuple[str, str] | None:
        """The verb class that reads this verb with this object, and the relation they report together."""
        if self.support is None:
            return None
        classes = self.support.classes_of.get(verb, frozenset())
        for noun in nouns:  # the fullest form first: 'a phone call' is no 'call' for help
            for verb_class, noun_class, relation in self.support.compose:
                if verb_class in classes and (own := self._noun_in_class(noun, noun_class)):
                    return verb_class, own if relation in {"own", "event"} else relation
        return None

    def _noun_in_class(self, noun: str, noun_class: str) -> str | None:
        """The relation a noun stands for on its own, when it belongs to the class; None when it does not."""
        if _is_event_class(noun_class):
            sense = self.nouns.get(noun)
            return sense.relation if sense is not None and self._event_fits(sense.relation, noun_class) else None
        if noun_class == THING_CLASS:
            return THING_CLASS if self._is_thing(noun) else None
        return self.support.noun_classes[noun_class].get(noun) if self.support else None

    def _is_thing(self, noun: str) -> bool:
        """Whether a noun names a mere thing: no event, no one, and nothing another noun class reads
        ('returned the paintings to X'; not 'returned fire', 'returned its ambassador')."""
        classes = self.support.noun_classes.values() if self.support else ()
        return noun not in self.nouns and not self.names_people(noun) and not any(noun in c for c in classes)

    def names_people(self, *forms: str) -> bool:
        """Whether a noun (any of its forms) names people or their organs: 'the delegation', 'rebels', 'the
        ministry'."""
        return any(
            noun in self.actor_nouns
            or noun in self.group_nouns
            or noun in self.people_nouns
            or noun in self.people_words
            or noun in self.institution_nouns
            for noun in forms
        )

    def stance_toward(self, relation: str) -> str | None:
        """Where wanting an event done to someone stands toward them: for them when the event is
        cooperative ('the release of X'), against them when hostile ('sanctions against X')."""
        it = self.intent
        if relation in it.cooperative:
            return self.verbs["support"]
        if relation in it.hostile or relation in it.addressed:
            return self.verbs["criticize"]
        return None

    @property
    def verb_words(self) -> frozenset[str]:
        """Every verb the lexicon reads: event verbs, phrasal and support verbs, governors, verbs of saying."""
        if self._verb_words is None:
            it, support = self.intent, self.support
            words = set(self.verbs) | {key[0] for key in self.phrasal_verbs} | set(self.thing_senses)
            words |= self.reporting_verbs | self.planned_governors | self.negating_governors | self.hedging_governors
            words |= {w.split()[0] for w in self.cancelling_governors}
            words |= self.characterizing_verbs | self.recipient_verbs | it.commissive_governors
            words |= it.catenative_governors | it.preparatory_governors
            words |= {w for verbs in (support.verb_classes.values() if support else ()) for w in verbs}
            object.__setattr__(self, "_verb_words", frozenset(w for w in words if " " not in w))
        return self._verb_words

    def is_plan(self, noun: str) -> bool:
        """Whether a noun names something agreed, proposed or asked for, whose infinitive says what it is for:
        'a deal to ...', 'a plan to ...', 'a call to ...'."""
        classes = self.support.noun_classes if self.support else {}
        planned = (AGREEMENT_CLASS, PROPOSAL_CLASS, INVITATION_CLASS, REQUEST_CLASS)
        return noun in self.statement_nouns or any(noun in classes.get(name, {}) for name in planned)

    def is_measure(self, *forms: str) -> bool:
        """Whether a noun (any of its forms) names a measure one side takes against another: 'sanctions',
        'the curfew', 'restrictions'."""
        return self._in_noun_class(MEASURE_CLASS, forms)

    def is_displaced(self, *forms: str) -> bool:
        """Whether a noun (any of its forms) names people who fled or were driven out: 'refugees', 'migrants'."""
        return self._in_noun_class(DISPLACED_CLASS, forms)

    def is_stoppage(self, *forms: str) -> bool:
        """Whether a noun (any of its forms) names a stoppage or demonstration: 'strike', 'walkout', 'rally'."""
        return self._in_noun_class(STOPPAGE_CLASS, forms)

    @property
    def stoppage_relation(self) -> str:
        """What holding a stoppage reports: a protest."""
        return self.verbs["protest"]

    def is_mission(self, *forms: str) -> bool:
        """Whether a noun (any of its forms) names a state's envoy or mission abroad: 'ambassador', 'embassy'; its
        'in' phrase names the state it is sent to ('its embassy in X')."""
        return self._in_noun_class(ENVOY_CLASS, forms)

    def is_invitation(self, *forms: str) -> bool:
        """Whether a noun (any of its forms) names an invitation: its 'to visit X' clause names its host."""
        return self._in_noun_class(INVITATION_CLASS, forms)

    def is_agreement(self, *forms: str) -> bool:
        """Whether a noun (any of its forms) names an agreement or a joint text: 'accord', 'treaty', 'declaration'; a
        city that qualifies it names where it was made ('the X Accord'), not a party."""
        return self._in_noun_class(AGREEMENT_CLASS, forms)

    def is_permission(self, *forms: str) -> bool:
        """Whether a noun (any of its forms) names leave given: its 'for' phrase names who is let act ('permission
        for X to land')."""
        return self._in_noun_class(PERMISSION_CLASS, forms)

    def is_border(self, *forms: str) -> bool:
        """Whether a noun (any of its forms) names a border or a crossing: its 'with' phrase names the other side."""
        return self._in_noun_class(BORDER_CLASS, forms)

    def is_stance(self, *forms: str) -> bool:
        """Whether a noun (any of its forms) names a stance one voices toward another: 'concern', 'anger',
        'solidarity', 'gratitude'."""
        return self._in_noun_class(STANCE_CLASS, forms)

    def is_armament(self, *forms: str) -> bool:
        """Whether a noun (any of its forms) names forces or what they fire: 'missiles', 'drones', 'artillery'."""
        return any(self._in_noun_class(name, forms) for name in ARMAMENT_CLASSES)

    def names_rulers(self, *forms: str) -> bool:
        """Whether a noun (any of its forms) names a polity's rulers, who act as the polity itself ('government',
        'the authorities'; the organs institution_nouns give as the state)."""
        return any(noun in self.ruler_nouns or self.institution_nouns.get(noun) == STATE_ORGAN for noun in forms)

    def is_actor_noun(self, *forms: str) -> bool:
        """Whether a noun (any of its forms) names those who act for a state or body: 'officials', 'a delegate';
        the list holds some words in the plural only ('negotiators'), so the word and its lemma are both asked."""
        return any(noun in self.actor_nouns for noun in forms)

    def is_force(self, *forms: str) -> bool:
        """Whether a noun (any of its forms) names armed forces: 'troops', 'warships', 'the navy'."""
        return self._in_noun_class(ARMAMENT_CLASSES[0], forms)

    def _in_noun_class(self, name: str, forms: Iterable[str]) -> bool:
        nouns = self.support.noun_classes.get(name, {}) if self.support else {}
        return any(noun in nouns for noun in forms)

    def request_relation(self, noun: str) -> str | None:
        """What a noun of asking asks for: 'a call' urges, 'a demand' demands, 'an ultimatum' threatens."""
        return self._noun_in_class(noun, REQUEST_CLASS) if self.support else None

    def is_proposal(self, noun: str) -> bool:
        """Whether a noun names what its owner offers or means to do: 'plans to ...', 'an offer to ...'."""
        return self._in_noun_class(PROPOSAL_CLASS, (noun,))

    def is_legal(self, noun: str) -> bool:
        """Whether a noun names an action at law: 'a lawsuit accusing X', 'charges against X'."""
        return self._in_noun_class(LEGAL_CLASS, (noun,))

    def speaks_of(self, verb: str) -> bool:
        """Whether a verb says, thinks or perceives ('discussed the war', 'witnessed the signing'): its
        subject talks about an event its object names, and does not do it."""
        return verb in self.mind_verbs

    def feels_about(self, verb: str) -> bool:
        """Whether a verb is a feeling ('mourned the killing of X', 'regretted the decision'): its subject feels
        about an event its object names, and does not do it."""
        return verb in self.feeling_verbs

    def gives_refuge(self, verb: str, *people: str) -> bool:
        """Whether giving way to people by this verb gives them refuge, which is aid: 'opened the frontier to
        refugees', 'to displaced X', 'allowed refugees to enter'; freeing them from detention ('released the
        refugees') is none. `people`: the words that name them."""
        return self.is_displaced(*people) and not self.frees(verb)

    def performs(self, verb: str) -> bool:
        """Whether a support verb's subject does the event its object names ('held talks', 'staged drills')."""
        return self._in_classes(verb, {PERFORMING_CLASS})

    def broached(self, verb: str) -> str | None:
        """What bringing a matter up with someone reports, for a verb that brings matters up ('raised X's arrest
        with Y', 'took up the case with Y'): whatever the matter, it is talked about with them."""
        if not self._in_classes(verb, {BROACHING_CLASS}) or self.support is None:
            return None
        return next((r for v, n, r in self.support.compose if (v, n) == (BROACHING_CLASS, TOPIC_CLASS)), None)

    def frees(self, verb: str) -> bool:
        """Whether a verb frees those held ('released', 'freed')."""
        return self._in_classes(verb, {FREEING_CLASS})

    def _in_classes(self, verb: str, classes: Iterable[str]) -> bool:
        """Whether a support verb belongs to one of these support-verb classes."""
        return self.support is not None and not self.support.classes_of.get(verb, frozenset()).isdisjoint(classes)

    def nominalised_support_verb(self, noun: str) -> str | None:
        """The support verb a noun is made of, if any: 'the lifting of sanctions' (lift), 'the closure of its
        embassy' (close), 'the imposition of a curfew' (impose)."""
        if self.support is None:
            return None
        return next((verb for verb in nominal_bases(noun) if verb in self.support.classes_of), None)

    def support_class(self, verb: str, *nouns: str) -> str | None:
        """The verb class that reads a support verb with this object (its forms tried in turn): 'accepted aid'
        is receive, 'accepted the demands' is give in. The class says who the subject is: one the event is done
        for (recipient_subject), or several speaking as one (joint_subject)."""
        reading = self._support_reading(verb, nouns)
        return reading[0] if reading else None

    def purpose_relation(self, relation: str, *forms: str) -> str | None:
        """What a deed reports when one of its phrases names its purpose by a noun of these forms: troops sent
        'on a peacekeeping mission' or 'to serve as peacekeepers' aid where they go (None: no such purpose)."""
        purposes = self.support.purposes if self.support else ()
        return next((r for c, was, r in purposes if was == relation and self._in_noun_class(c, forms)), None)

    def role_relation(self, verb: str, *forms: str) -> str | None:
        """What a verb does to its object when its 'as' phrase names what the object becomes, by a noun of these
        forms: 'held X as hostages' (attacked), 'took X as prisoners' (detained). None for any other noun."""
        roles = self.support.roles if self.support else frozenset()
        role_forms = [f for f in forms if any(self._in_noun_class(c, (f,)) for c in roles)]
        return self.support_relation(verb, *role_forms) if role_forms else None

    def has_purposes(self, relation: str) -> bool:
        """Whether some purpose changes what a deed of this relation reports."""
        return self.support is not None and any(was == relation for _, was, _ in self.support.purposes)

    def ended_event_relation(self, verb: str, relation: str, *nouns: str) -> str | None:
        """What a support verb reports with an event told by a verb rather than a noun, as it does with the noun:
        'stopped attacking X' as 'stopped its attacks on X' (yieldedTo), 'ceased funding X' as 'cut its funding'
        (the gerund's own noun form, then the event's relation)."""
        if (composed := self.support_relation(verb, *nouns)) or self.support is None:
            return composed
        classes = self.support.classes_of.get(verb, frozenset())
        for verb_class, noun_class, composed in self.support.compose:
            if verb_class in classes and _is_event_class(noun_class) and self._event_fits(relation, noun_class):
                return relation if composed in {"own", "event"} else composed
        return None

    def _event_fits(self, relation: str, noun_class: str) -> bool:
        """Whether an event of this relation belongs to an event noun class: any ('event'), a hostile one
        ('hostile_event'), or one of this relation ('event:R')."""
        wanted = noun_class.partition(":")[2]
        hostile = noun_class != "hostile_event" or relation in self.intent.hostile
        return hostile and wanted in {"", relation}

    def ends(self, verb: str) -> bool:
        """Whether a support verb ends what its object names: 'ended', 'lifted', 'stopped'."""
        return self._in_classes(verb, [ENDING_CLASS])

    def gives(self, verb: str) -> bool:
        """Whether a verb gives or bestows its object on someone, who may come as its indirect object: 'gave X aid',
        'awarded X a medal'."""
        return self._in_classes(verb, GIVING_CLASSES)

    def ends_or_cuts(self, verb: str) -> bool:
        """Whether a support verb ends, lessens or undoes what its object names: 'lifted the ban', 'cut tariffs',
        'overturned the ban'."""
        return self._in_classes(verb, [ENDING_CLASS, CUTTING_CLASS, ANNULLING_CLASS])

    def moves_own_people(self, verb: str) -> bool:
        """Whether a verb's object is people its subject moves, its own ('deployed reservists', 'withdrew the
        inspectors'), unless the verb drives a people out ('expelled the migrants')."""
        return self._in_classes(verb, MOVING_CLASSES) and verb not in self.population_senses

    def is_bilateral(self, *forms: str) -> bool:
        """Whether a support verb's object is a thing between parties ('ties', 'an agreement'), which a
        coordinated subject has with each other."""
        return self.support is not None and any(self._in_noun_class(c, forms) for c in self.support.bilateral)

    def reciprocates(self, verb: str) -> bool:
        """Whether a support verb's coordinated subject does the event to each other: 'X and Y traded threats'."""
        return self.support is not None and self._in_classes(verb, self.support.reciprocal_subject)

    def noun_sense(self, *forms: str) -> NounSense | None:
        """The event a noun names and the prepositions introducing its target: 'invasion' (of) -> attacked.
        The noun's forms (text, then lemma) are tried in turn; last, a gerund of a verb of violence names that
        violence done to its 'of' phrase ('the shooting of X', 'the stabbing of X')."""
        found = next((sense for form in forms if (sense := self.nouns.get(form))), None)
        return found or next((sense for form in forms if (sense := self._violent_gerund(form))), None)

    def _violent_gerund(self, form: str) -> NounSense | None:
        if not form.endswith("ing") or (base := self.verb_base(form)) is None:
            return None
        relation = self.verbs.get(base)
        return NounSense(relation, ("of",)) if relation and relations()[relation].plover in VIOLENCE else None

    def agent_relation(self, noun: str) -> str | None:
        """The relation whose doer a noun names: 'critic' -> criticized, 'ally' -> supported."""
        return self.agent_nouns.get(noun)

    def is_ill(self, *forms: str) -> bool:
        """Whether a noun names an ill one fights that is no one: a disease, a disaster, a social ill."""
        return any(form in self.ill_nouns for form in forms)

    def thing_relation(self, lemma: str) -> str | None:
        """The relation a verb reports when its object is a thing an actor owns: 'welcomed X's plan' praises X."""
        return self.thing_senses.get(lemma)

    def population_relation(self, lemma: str) -> str | None:
        """The relation a word reports when a people or a group undergoes it: 'expelled the X minority' coerces."""
        return self.population_senses.get(lemma)

    def stance_relation(self, adjective: str) -> str | None:
        """The stance an adjective says one holds: 'critical of X' criticizes, 'grateful to X' praises; and its
        adverb ('reacted angrily to X')."""
        if adjective in self.stance_adjectives:
            return self.stance_adjectives[adjective]
        return next(
            (self.stance_adjectives[a] for a in adjective_bases(adjective) if a in self.stance_adjectives), None
        )

    def defies(self, prep: str, noun: str, lemma: str) -> bool:
        """Whether acting 'despite' (`prep`) a noun defies whoever it is from: their pressure, calls, warnings."""
        if prep not in self.defiance["preps"]:
            return False
        sense = self.noun_sense(noun, lemma)
        return noun in self.defiance["nouns"] or sense is not None and sense.relation in self.defiance["relations"]

    def verb_base(self, word: str) -> str | None:
        """The verb the lexicon knows that a word is a regular inflection of: 'staged' -> 'stage'."""
        return next((form for form in base_forms(word) if form in self.verb_words), None)

    def listing_relation(self, verb: str, prep: str, noun: str) -> str | None:
        """What putting someone on a list or taking them off it reports, when the list is of the sanctioned or
        damned (Lexicon.damns): 'added X to its sanctions list' sanctions X, 'removed X from the terror list'
        concedes to X."""
        if noun not in self.listing["lists"]:
            return None
        if verb in self.listing["onto"] and prep in {"to", "on", "onto"}:
            return self.verbs["sanction"]
        if verb in self.listing["off"] and prep in {"from", "off"}:
            return self.verbs["concede"]
        return None

    def damns(self, noun: str, words: set[str]) -> bool:
        """Whether a list is of the sanctioned or damned: a blacklist, or one whose words name a measure or a
        damning word ('its sanctions list', 'the list of sponsors of terror'; not 'the guest list')."""
        return noun == "blacklist" or bool(words & self.damning_words) or self.is_measure(*words)

    def characterisation_relation(
        self, words: set[str], negated: bool, official: bool = False, kinds: tuple[str, ...] = ()
    ) -> str | None:
        """The relation calling something by these words reports: 'as a massacre' criticizes, 'as
        constructive' praises, 'as not constructive' criticizes; listing someone officially by a damning
        word ('designated X a terrorist state') sanctions them. `kinds` are the nouns that say what someone is:
        calling them a kind of person that judges ('a liar') reports its judgement, unless denied."""
        judged = [self.judged_people[kind] for kind in kinds if kind in self.judged_people]
        if judged and not official:
            return None if negated else judged[0]
        damning = words & self.damning_words or (negated and words & self.praising_words)
        praising = not negated and words & self.praising_words
        if not (damning or praising):
            return None
        if damning and official:
            return self.verbs["sanction"]
        return self.verbs["criticize" if damning else "praise"]


@cache
def lexicon() -> Lexicon:
    """lexicon.json with the WordNet classes, every relation named checked against relations.json."""
    try:
        lex = _load_lexicon(load_json("lexicon.json"))
    except (KeyError, TypeError, AttributeError) as err:
        raise DataError(f"lexicon.json: an entry lacks or mistypes {err}") from err
    try:
        lex = _with_classes(lex, load_json("wordnet_lexicon.json"))
    except (KeyError, TypeError, AttributeError) as err:
        raise DataError(f"wordnet_lexicon.json: an entry lacks or mistypes {err}") from err
    try:
        return replace(lex, support=_support_verbs(load_json("support_verbs.json")))
    except (KeyError, TypeError, AttributeError, ValueError) as err:
        raise DataError(f"support_verbs.json: an entry lacks or mistypes {err}") from err


def _with_classes(lex: Lexicon, classes: dict) -> Lexicon:
    """The lexicon with every word of the relations' WordNet classes it does not already have.

    A nominalisation takes the prepositions the lexicon's nouns of its relation take most
    ('condemnation of X' as 'criticism of X')."""
    known = relations()

    def checked(where: str, word: str, rel: str) -> str:
        if rel not in known:
            raise DataError(f"wordnet_lexicon.json {where} {word!r}: unknown relation {rel!r}")
        return rel

    verbs, phrasal = dict(lex.verbs), dict(lex.phrasal_verbs)
    for phrase, rel in classes["verbs"].items():
        words = tuple(phrase.split())
        if words[0] in lex.intent.catenative_governors:
            continue  # "help", "assist": they carry another verb's event, not one of their own
        table, key = (verbs, words[0]) if len(words) == 1 else (phrasal, words)
        table.setdefault(key, checked("verbs", phrase, rel))
    preps: dict[str, Counter] = {}
    for sense in lex.nouns.values():
        preps.setdefault(sense.relation, Counter()).update(sense.preps)
    nouns = dict(lex.nouns)
    for noun, rel in classes["nouns"].items():
        usual = tuple(p for p, _ in preps.get(checked("nouns", noun, rel), Counter()).most_common(4))
        nouns.setdefault(noun, NounSense(rel, usual or ("of",)))
    agents = {noun: checked("agent_nouns", noun, rel) for noun, rel in classes["agent_nouns"].items()}
    agents |= lex.agent_nouns  # news's own doers win: "an ally of X" backs X
    people = frozenset(classes["people_nouns"]) - lex.actor_nouns - set(lex.institution_nouns)
    minds = frozenset(classes["mind_verbs"])
    judged = {noun: checked("judged_people", noun, rel) for noun, rel in classes["judged_people"].items()}
    return replace(
        lex,
        verbs=verbs,
        phrasal_verbs=phrasal,
        nouns=nouns,
        agent_nouns=agents,
        people_nouns=people,
        mind_verbs=minds,
        feeling_verbs=frozenset(classes["feeling_verbs"]),
        judged_people=judged,
    )


def _is_event_class(noun_class: str) -> bool:
    """Whether a support_verbs.json noun class stands for the lexicon's event nouns: 'event', 'hostile_event',
    'event:R'."""
    return noun_class in {"event", "hostile_event"} or noun_class.startswith("event:")


def _copresence(data: dict, checked: Callable[[str, str, str], str]) -> dict[tuple[str, ...], str]:
    """Each verb of posture or appearance with each preposition of company, as phrasal verbs: ('sit', 'alongside')."""
    relation = checked("copresence", "relation", data["relation"])
    return {(verb, *prep.split()): relation for verb in data["verbs"] for prep in data["preps"]}


def _material_support(data: dict, checked: Callable[[str, str, str], str]) -> dict[str, NounSense]:
    """Each noun of backing with each adjective of material resources, as a noun of aid: 'financial support'."""
    relation = checked("material_support", "relation", data["relation"])
    preps = tuple(data["preps"])
    return {
        f"{adjective} {noun}": NounSense(relation, preps) for adjective in data["adjectives"] for noun in data["nouns"]
    }


IDIOM_SHAPES = {  # lexicon.json's idioms by shape, and each shape's key in Lexicon.idioms
    "object_then_preposition": "object",
    "preposition_then_noun": "noun",
    "someone_preposition_noun": "someone",
}


def _idioms(data: dict, checked: Callable[[str, str, str], str]) -> dict[str, dict[tuple[str, ...], str]]:
    """lexicon.json's idioms by verb, then by shape and the words after the verb: 'take' -> ('object', 'aim', 'at')."""
    found: dict[str, dict[tuple[str, ...], str]] = {}
    for shape, key in IDIOM_SHAPES.items():
        for phrase, relation in data[shape].items():
            verb, *rest = phrase.split()
            found.setdefault(verb, {})[(key, *rest)] = checked("idioms", phrase, relation)
    return found


def _support_verbs(data: dict) -> SupportVerbs:
    """support_verbs.json, its classes and relations checked."""
    known = relations()
    verb_classes = {name: frozenset(words) for name, words in data["verb_classes"].items()}
    noun_classes: dict[str, dict[str, str]] = {}
    for name, nouns in data["noun_classes"].items():
        by_relation = nouns if isinstance(nouns, dict) else {name: nouns}  # a plain list stands for itself
        if bad := sorted(r for r in by_relation if r != name and r not in known):
            raise DataError(f"support_verbs.json noun class {name!r}: unknown relation(s) {bad}")
        noun_classes[name] = {noun: rel for rel, words in by_relation.items() for noun in words}
    compose = []
    for verb_class, noun_class, relation in data["compose"]:
        if verb_class not in verb_classes:
            raise DataError(f"support_verbs.json compose: unknown verb class {verb_class!r}")
        event = _is_event_class(noun_class) or noun_class == THING_CLASS
        if not event and noun_class not in noun_classes:
            raise DataError(f"support_verbs.json compose: unknown noun class {noun_class!r}")
        if relation not in known and relation not in {"event", "own"}:
            raise DataError(f"support_verbs.json compose: unknown relation {relation!r}")
        compose.append((verb_class, noun_class, relation))
    if unknown := set(data["roles"]) - set(noun_classes):
        raise DataError(f"support_verbs.json roles: unknown noun classes {sorted(unknown)}")
    for noun_class, *purposed in data["purposes"]:
        if noun_class not in noun_classes or any(r not in known for r in purposed):
            raise DataError(f"support_verbs.json purposes: unknown noun class or relation in {[noun_class, *purposed]}")
    return SupportVerbs(
        verb_classes,
        noun_classes,
        tuple(compose),
        frozenset(data["recipient_subject"]),
        frozenset(data["reciprocal_subject"]),
        frozenset(data["joint_subject"]),
        _bilateral_classes(data["bilateral"], noun_classes),
        tuple((noun_class, was, becomes) for noun_class, was, becomes in data["purposes"]),
        frozenset(data["roles"]),
        {
            verb: frozenset(c for c, verbs in verb_classes.items() if verb in verbs)
            for verb in set().union(*verb_classes.values())
        },
    )


def _bilateral_classes(names: list[str], noun_classes: dict) -> frozenset[str]:
    if unknown := [n for n in names if n not in noun_classes]:
        raise DataError(f"support_verbs.json bilateral: unknown noun classes {unknown}")
    return frozenset(names)


def _load_lexicon(data: dict) -> Lexicon:
    known = relations()

    def checked(where: str, key: str, rel: str) -> str:
        if rel not in known:
            raise DataError(f"lexicon.json {where} {key!r}: unknown relation {rel!r}")
        return rel

    mod = data["modality"]
    it = data["intent"]
    intent = Intent(
        commissive_governors=frozenset(it["commissive_governors"]),
        offering_governors=frozenset(it["offering_governors"]),
        deciding_governors=frozenset(it["deciding_governors"]),
        catenative_governors=frozenset(it["catenative_governors"]),
        refusing_governors=frozenset(it["refusing_governors"]),
        rebuffing_governors=frozenset(it["rebuffing_governors"]),
        preparatory_governors=frozenset(it["preparatory_governors"]),
        threat_marks=frozenset(it["threat_marks"]),
        future_auxiliaries=frozenset(it["future_auxiliaries"]),
        obligation_auxiliaries=frozenset(it["obligation_auxiliaries"]),
        wanting_verbs=frozenset(it["wanting_verbs"]),
        ending_nouns=frozenset(it["ending_nouns"]),
        cooperative=frozenset(checked("intent", "cooperative", r) for r in it["cooperative"]),
        hostile=frozenset(checked("intent", "hostile", r) for r in it["hostile"]),
        addressed=frozenset(checked("intent", "addressed", r) for r in it["addressed"]),
        directive=frozenset(checked("intent", "directive", r) for r in it["directive"]),
        place_targets=frozenset(checked("intent", "place_targets", r) for r in it["place_targets"]),
        people_placed=frozenset(checked("intent", "people_placed", r) for r in it["people_placed"]),
        done_to_places=frozenset(checked("intent", "done_to_places", r) for r in it["done_to_places"]),
        purpose_targets=frozenset(checked("intent", "purpose_targets", r) for r in it["purpose_targets"]),
        **{k: checked("intent", k, it[k]) for k in ("promise", "threat", "refusal", "mobilization", "demand")},
    )
    organs = data["institution_nouns"]
    return Lexicon(
        verbs={k: checked("verbs", k, v) for k, v in data["verbs"].items()},
        verb_preps=frozenset(data["verb_preps"]),
        phrasal_verbs=_copresence(data["copresence"], checked)
        | {tuple(k.split()): checked("phrasal_verbs", k, v) for k, v in data["phrasal_verbs"].items()},
        nouns=_material_support(data["material_support"], checked)
        | {k: NounSense(checked("nouns", k, v["relation"]), tuple(v["preps"])) for k, v in data["nouns"].items()},
        planned_auxiliaries=frozenset(mod["planned_auxiliaries"]),
        planned_governors=frozenset(mod["planned_governors"]),
        prospective_governors=frozenset(mod["prospective_governors"]),
        negating_governors=frozenset(mod["negating_governors"]),
        unnegating_governors=frozenset(mod["unnegating_governors"]),
        cancelling_governors=frozenset(mod["cancelling_governors"]),
        prospective_modifiers=frozenset(mod["prospective_modifiers"]),
        prospective_nouns=frozenset(mod["prospective_nouns"]),
        awaiting_phrases=frozenset(mod["awaiting_phrases"]),
        preparing_phrases=frozenset(mod["preparing_phrases"]),
        hedging_governors=frozenset(mod["hedging_governors"]),
        reporting_verbs=frozenset(mod["reporting_verbs"]),
        hearsay_adverbs=frozenset(mod["hearsay_adverbs"]),
        actor_nouns=frozenset(data["actor_nouns"]),
        proxy_nouns=frozenset(data["proxy_nouns"]["nouns"]),
        people_words=frozenset(data["people_words"]["nouns"]),
        body_nouns=frozenset(data["body_nouns"]["nouns"]),
        holding_nouns=frozenset(data["holding_nouns"]["nouns"]),
        partner_nouns=frozenset(data["partner_nouns"]["nouns"]),
        press_nouns=frozenset(data["press_nouns"]["nouns"]),
        permitting_verbs=frozenset(data["permitting_verbs"]["verbs"]),
        ruler_nouns=frozenset(data["ruler_nouns"]["nouns"]),
        result_adjectives=frozenset(data["result_adjectives"]["words"]),
        expelling_verbs=frozenset(data["expelling_verbs"]["verbs"]),
        doer_participles=frozenset(data["doer_participles"]["words"]),
        requital_nouns=frozenset(data["requital_nouns"]["nouns"]),
        armed_nouns=frozenset(data["armed_nouns"]["nouns"]),
        occurrence_verbs=frozenset(data["occurrence_verbs"]["verbs"]),
        led_nouns=frozenset(data["led_nouns"]["nouns"]),
        recipient_verbs=frozenset(data["recipient_verbs"]),
        handing_verbs=frozenset(data["handing_verbs"]["verbs"]),
        withholding_verbs=frozenset(data["withholding_verbs"]["verbs"]),
        captor_verbs=frozenset(data["captor_verbs"]["verbs"]),
        idioms=_idioms(data["idioms"], checked),
        allegiance_nouns=frozenset(data["allegiance_nouns"]["nouns"]),
        participation_verbs=frozenset(data["participation_verbs"]["verbs"]),
        dying_verbs=frozenset(data["dying_verbs"]["verbs"]),
        aiming_verbs=frozenset(data["aiming_verbs"]["verbs"]),
        state_acts=frozenset(data["state_acts"]["relations"]),
        joining_verbs=frozenset(data["joining_verbs"]["verbs"]),
        reciprocal_verbs=frozenset(data["reciprocal_verbs"]["verbs"]),
        warding_verbs=frozenset(data["warding_verbs"]["verbs"]),
        giving_way=GivingWay(
            frozenset(checked("giving_way", "relations", r) for r in data["giving_way"]["relations"]),
            frozenset(checked("giving_way", "pressures", r) for r in data["giving_way"]["pressures"]),
            frozenset(data["giving_way"]["marks"]),
        ),
        group_nouns=frozenset(data["group_nouns"]),
        agent_nouns={k: checked("agent_nouns", k, v) for k, v in data["agent_nouns"].items() if k != "about"},
        doer_of_nouns=frozenset(data["doer_of_nouns"]["nouns"]),
        patient_nouns=frozenset(data["patient_nouns"]["nouns"]),
        bloc_nouns=frozenset(data["blocs"]["nouns"]),
        region_words=frozenset(data["blocs"]["region_words"]),
        region_prefixes=frozenset(data["blocs"]["region_prefixes"]),
        region_names=dict(data["blocs"]["region_names"]),
        landform_nouns=frozenset(data["landform_nouns"]["nouns"]),
        manifestation_nouns=frozenset(data["manifestation_nouns"]["nouns"]),
        institution_nouns={k: v for k, v in organs.items() if k not in {"about", "several_per_state"}},
        named_institutions=frozenset(organs["several_per_state"]),
        refuge_nouns=frozenset(data["refuge_nouns"]["nouns"]),
        anaphoric_nouns=frozenset(data["anaphoric_nouns"]),
        reciprocal_nouns=frozenset(data["reciprocal_nouns"]["nouns"]),
        time_frame_nouns=frozenset(data["time_frame_nouns"]["nouns"]),
        responsibility_words=frozenset(data["responsibility_words"]["words"]),
        claim_nouns=frozenset(data["claim_nouns"]["nouns"]),
        frame_nouns=frozenset(data["frame_nouns"]["nouns"]),
        defiance={
            "preps": frozenset(data["defiance"]["preps"]),
            "relations": frozenset(checked("defiance", r, r) for r in data["defiance"]["relations"]),
            "nouns": frozenset(data["defiance"]["nouns"]),
        },
        credit_modals=frozenset(data["credit"]["modals"]),
        statement_nouns=frozenset(data["statement_nouns"]),
        decision_nouns=frozenset(data["decision_nouns"]["nouns"]),
        hearsay_nouns=frozenset(data["hearsay_nouns"]),
        denial_verbs=frozenset(data["denial_verbs"]["verbs"]),
        publishing_verbs=frozenset(data["publishing_verbs"]["verbs"]),
        origin_participles=frozenset(data["origin_participles"]["words"]),
        ill_nouns=frozenset(data["ill_nouns"]["nouns"]),
        backing_nouns=frozenset(data["backing_nouns"]["nouns"]),
        attending_verbs=frozenset(data["attending_verbs"]["verbs"]),
        topic_verbs=frozenset(data["topic_verbs"]["verbs"]),
        harm_to_come_nouns=frozenset(data["harm_to_come_nouns"]["nouns"]),
        go_between_verbs=frozenset(data["go_between_verbs"]["verbs"]),
        commanding_verbs=frozenset(data["commanding_verbs"]["verbs"]),
        blame_on_verbs=frozenset(data["blame_on_verbs"]["verbs"]),
        characterizing_verbs=frozenset(data["characterizing_verbs"]),
        speech_adjectives=frozenset(data["speech_adjectives"]["words"]),
        designating_verbs=frozenset(data["designating_verbs"]["verbs"]),
        listing={k: frozenset(data["listing"][k]) for k in ("lists", "onto", "off")},
        thing_senses={k: v and checked("thing_senses", k, v) for k, v in data["thing_senses"].items() if k != "about"},
        person_senses={k: checked("person_senses", k, v) for k, v in data["person_senses"].items() if k != "about"},
        forces_senses={k: checked("forces_senses", k, v) for k, v in data["forces_senses"].items() if k != "about"},
        population_senses={
            k: checked("population_senses", k, v) for k, v in data["population_senses"].items() if k != "about"
        },
        damning_words=frozenset(data["damning_words"]),
        excess_adverbs=frozenset(data["excess_adverbs"]["adverbs"]),
        blaming_words=frozenset(data["blaming_words"]),
        praising_words=frozenset(data["praising_words"]),
        stance_adjectives={
            k: checked("stance_adjectives", k, v) for k, v in data["stance_adjectives"]["adjectives"].items()
        },
        stance_preps=frozenset(data["stance_adjectives"]["preps"]),
        intent=intent,
    )


# how a noun is made of a verb: "lifting" (lift), "closure" (close), "imposition" (impose), "expulsion" (expel),
# "suspension" (suspend), "provision" (provide), "ratification" (ratify), "withdrawal" (withdraw), "delivery"
NOMINAL_SUFFIXES = (
    ("ing", ("", "e")),
    ("ure", ("e",)),
    ("ulsion", ("el",)),
    ("ication", ("y",)),
    ("ation", ("", "e", "ate")),
    ("ition", ("e",)),
    ("sion", ("d", "de")),
    ("ion", ("", "e")),
    ("ment", ("",)),
    ("ance", ("",)),
    ("al", ("", "e")),
    ("ery", ("er",)),
)


ADVERB_SUFFIXES = (("ily", ("y",)), ("ally", ("al",)), ("ly", ("",)))  # angrily, critically, warmly
INFLECTIONS = (  # how a verb is inflected: "staged" (stage), "stopped" (stop), "carries" (carry)
    ("ied", ("y",)),
    ("ies", ("y",)),
    ("ed", ("", "e")),
    ("ing", ("", "e")),
    ("es", ("", "e")),
    ("s", ("",)),
)


def adjective_bases(word: str) -> list[str]:
    """Adjectives an adverb may be made of, by the regular suffixes of English: 'angrily' -> angry."""
    return _stems(word, ADVERB_SUFFIXES)


def nominal_bases(word: str) -> list[str]:
    """Verbs a noun may be made of, by the regular suffixes of English: 'lifting' -> lift, 'closure' -> close."""
    return _stems(word, NOMINAL_SUFFIXES)


def base_forms(word: str) -> list[str]:
    """Base forms a regularly inflected verb may have: 'staged' -> stag, stage; 'stopped' -> stop."""
    return _stems(word, INFLECTIONS)


def _stems(word: str, suffixes: tuple[tuple[str, tuple[str, ...]], ...]) -> list[str]:
    """The words a word may be made of by one of these suffixes, each replaced by its endings in turn; a doubled
    last consonant undoubled too ('stopped', 'cutting', 'cancellation')."""
    forms = []
    for suffix, endings in suffixes:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            forms += [stem + ending for ending in endings]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                forms.append(stem[:-1])
    return forms
