"""The relation lexicon: words and phrases that report events, mapped to relations."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kgraph.data import DataError, load_json
from kgraph.relations import relations


@dataclass(frozen=True)
class NounSense:
    relation: str
    preps: tuple[str, ...]  # prepositions introducing the target: "invasion *of* X"


@dataclass(frozen=True)
class Intent:
    """How a stated future action of the actor's own is coded (CAMEO 'express intent' / 'threaten')."""

    commissive_governors: frozenset[str]  # "promised to", "is willing to"
    preparatory_governors: frozenset[str]  # "prepared to resume shelling": a show of force
    threat_marks: frozenset[str]  # "will withdraw ... unless": a conditional threat
    future_auxiliaries: frozenset[str]
    obligation_auxiliaries: frozenset[str]  # "X said Y must ...": a demand on Y
    addressed: frozenset[str]  # relations whose target may be the subject of a 'that' clause
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
class Lexicon:
    verbs: dict[str, str]
    verb_preps: frozenset[str]
    phrasal_verbs: dict[tuple[str, ...], str]  # ("call", "on") -> urged
    light_verbs: dict[tuple[str, str], str]  # ("hold", "talks") -> met
    nouns: dict[str, NounSense]
    planned_auxiliaries: frozenset[str]
    planned_governors: frozenset[str]
    negating_governors: frozenset[str]
    hedging_governors: frozenset[str]  # "suspected of X", "alleged to have X": no fact
    reporting_verbs: frozenset[str]
    actor_nouns: frozenset[str]  # "Freedonian officials": a demonym on one of these names an actor
    recipient_verbs: frozenset[str]  # "X accepted Y's invitation": X is the invitee
    thing_senses: dict[str, str]  # "welcomed X's statement": praise, where "welcomed X" is hosting
    characterizing_verbs: frozenset[str]  # "described X as ..."
    damning_words: frozenset[str]  # "... as a genocide": a criticism
    praising_words: frozenset[str]  # "... as constructive": praise; "not conducive": criticism
    hearsay_nouns: frozenset[str]  # "the claim that X attacked Y": what the clause says is claimed or asked
    statement_nouns: frozenset[str]  # "X issued a declaration demanding ...": the issuer demands
    refuge_nouns: frozenset[str]  # "sought asylum in X": X is asked
    anaphoric_nouns: frozenset[str]  # "visited the country": the country the sentence has just named
    institution_nouns: dict[str, str]  # "the German government": a noun naming an organ of a state -> the organ
    named_institutions: frozenset[str]  # organs a state has several of, told apart by name: "Constitutional Court"
    group_nouns: frozenset[str]  # "Freedonian soldiers", "rebels": a group that acts under its own name
    intent: Intent

    # What a word evokes. Extraction asks which relation a word reports only through these methods,
    # never by reading the tables above, so another source of senses (word classes in place of word
    # lists) can replace the tables without touching a rule.

    def verb_relation(self, lemma: str) -> str | None:
        """The relation a verb reports on its own: 'condemn' -> criticized."""
        return self.verbs.get(lemma)

    def phrasal_relation(self, lemma: str, *particles: str) -> str | None:
        """The relation a verb reports with its particles or preposition: ('call', 'on') -> urged."""
        return self.phrasal_verbs.get((lemma, *particles))

    def support_relation(self, verb: str, *nouns: str) -> str | None:
        """The relation a support verb and its object report together: ('hold', 'talks') -> met.
        The noun's forms (lemma, then text) are tried in turn."""
        return next((rel for noun in nouns if (rel := self.light_verbs.get((verb, noun)))), None)

    def noun_sense(self, *forms: str) -> NounSense | None:
        """The event a noun names and the prepositions introducing its target: 'invasion' (of) -> attacked.
        The noun's forms (text, then lemma) are tried in turn."""
        return next((sense for form in forms if (sense := self.nouns.get(form))), None)

    def thing_relation(self, lemma: str) -> str | None:
        """The relation a verb reports when its object is a thing an actor owns: 'welcomed X's plan' praises X."""
        return self.thing_senses.get(lemma)

    def characterisation_relation(self, words: set[str], negated: bool) -> str | None:
        """The relation calling something by these words reports: 'as a massacre' criticizes, 'as
        constructive' praises, 'as not constructive' criticizes."""
        damning = words & self.damning_words or (negated and words & self.praising_words)
        praising = not negated and words & self.praising_words
        if not (damning or praising):
            return None
        return self.verbs["criticize" if damning else "praise"]


@cache
def lexicon() -> Lexicon:
    """lexicon.json, with every relation it names checked against relations.json."""
    data = load_json("lexicon.json")
    try:
        return _load_lexicon(data)
    except (KeyError, TypeError, AttributeError) as err:
        raise DataError(f"lexicon.json: an entry lacks or mistypes {err}") from err


def _load_lexicon(data: dict) -> Lexicon:
    known = relations()

    def checked(where: str, key: str, rel: str) -> str:
        if rel not in known:
            raise DataError(f"lexicon.json {where} {key!r}: unknown relation {rel!r}")
        return rel

    mod = data["modality"]
    light = {}
    for phrase, rel in data["light_verbs"].items():
        verb, noun = phrase.rsplit(" ", 1)
        light[(verb, noun)] = checked("light_verbs", phrase, rel)
    it = data["intent"]
    intent = Intent(
        commissive_governors=frozenset(it["commissive_governors"]),
        preparatory_governors=frozenset(it["preparatory_governors"]),
        threat_marks=frozenset(it["threat_marks"]),
        future_auxiliaries=frozenset(it["future_auxiliaries"]),
        obligation_auxiliaries=frozenset(it["obligation_auxiliaries"]),
        cooperative=frozenset(checked("intent", "cooperative", r) for r in it["cooperative"]),
        hostile=frozenset(checked("intent", "hostile", r) for r in it["hostile"]),
        addressed=frozenset(checked("intent", "addressed", r) for r in it["addressed"]),
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
        phrasal_verbs={tuple(k.split()): checked("phrasal_verbs", k, v) for k, v in data["phrasal_verbs"].items()},
        light_verbs=light,
        nouns={k: NounSense(checked("nouns", k, v["relation"]), tuple(v["preps"])) for k, v in data["nouns"].items()},
        planned_auxiliaries=frozenset(mod["planned_auxiliaries"]),
        planned_governors=frozenset(mod["planned_governors"]),
        negating_governors=frozenset(mod["negating_governors"]),
        hedging_governors=frozenset(mod["hedging_governors"]),
        reporting_verbs=frozenset(mod["reporting_verbs"]),
        actor_nouns=frozenset(data["actor_nouns"]),
        recipient_verbs=frozenset(data["recipient_verbs"]),
        group_nouns=frozenset(data["group_nouns"]),
        institution_nouns={k: v for k, v in organs.items() if k not in {"about", "several_per_state"}},
        named_institutions=frozenset(organs["several_per_state"]),
        refuge_nouns=frozenset(data["refuge_nouns"]["nouns"]),
        anaphoric_nouns=frozenset(data["anaphoric_nouns"]),
        statement_nouns=frozenset(data["statement_nouns"]),
        hearsay_nouns=frozenset(data["hearsay_nouns"]),
        characterizing_verbs=frozenset(data["characterizing_verbs"]),
        thing_senses={k: checked("thing_senses", k, v) for k, v in data["thing_senses"].items() if k != "about"},
        damning_words=frozenset(data["damning_words"]),
        praising_words=frozenset(data["praising_words"]),
        intent=intent,
    )
