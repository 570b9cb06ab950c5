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
class Lexicon:
    verbs: dict[str, str]
    verb_preps: frozenset[str]
    phrasal_verbs: dict[tuple[str, ...], str]  # ("call", "on") -> urged
    light_verbs: dict[tuple[str, str], str]  # ("hold", "talks") -> met
    nouns: dict[str, NounSense]
    planned_auxiliaries: frozenset[str]
    planned_governors: frozenset[str]
    negating_governors: frozenset[str]
    reporting_verbs: frozenset[str]
    actor_nouns: frozenset[str]  # "Chinese officials": a demonym on one of these names an actor
    recipient_verbs: frozenset[str]  # "X accepted China's invitation": X is the invitee


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
    return Lexicon(
        verbs={k: checked("verbs", k, v) for k, v in data["verbs"].items()},
        verb_preps=frozenset(data["verb_preps"]),
        phrasal_verbs={tuple(k.split()): checked("phrasal_verbs", k, v) for k, v in data["phrasal_verbs"].items()},
        light_verbs=light,
        nouns={k: NounSense(checked("nouns", k, v["relation"]), tuple(v["preps"])) for k, v in data["nouns"].items()},
        planned_auxiliaries=frozenset(mod["planned_auxiliaries"]),
        planned_governors=frozenset(mod["planned_governors"]),
        negating_governors=frozenset(mod["negating_governors"]),
        reporting_verbs=frozenset(mod["reporting_verbs"]),
        actor_nouns=frozenset(data["actor_nouns"]),
        recipient_verbs=frozenset(data["recipient_verbs"]),
    )
