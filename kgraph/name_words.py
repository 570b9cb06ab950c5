"""names.json: words that tell what a capitalised name is, whatever the tagger's label (outlets that report
the news, nouns of outlets, places and military units)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kgraph.data import DataError, load_json

LISTS = (
    "outlets",
    "outlet_nouns",
    "place_nouns",
    "place_prepositions",
    "unit_nouns",
    "organisation_nouns",
    "common_acronyms",
    "gathering_nouns",
)


@dataclass(frozen=True)
class NameWords:
    outlets: frozenset[str]  # as written: 'Reuters'
    outlet_nouns: frozenset[str]  # the rest lower-cased
    place_nouns: frozenset[str]
    place_prepositions: frozenset[str]
    unit_nouns: frozenset[str]
    organisation_nouns: frozenset[str]
    common_acronyms: frozenset[str]  # as written: 'GDP', 'NGOs'
    gathering_nouns: frozenset[str]  # 'the X Summit': an event, no actor


@cache
def name_words() -> NameWords:
    """names.json, checked."""
    data = load_json("names.json")
    try:
        lists = {key: data[key] for key in LISTS}
        if not all(isinstance(v, list) and all(isinstance(w, str) for w in v) for v in lists.values()):
            raise TypeError("every list holds strings")
    except (KeyError, TypeError) as err:
        raise DataError(f"names.json: a list is missing or mistyped ({err})") from err
    lower = {key: frozenset(w.lower() for w in words) for key, words in lists.items()}
    return NameWords(
        frozenset(lists["outlets"]),
        lower["outlet_nouns"],
        lower["place_nouns"],
        lower["place_prepositions"],
        lower["unit_nouns"],
        lower["organisation_nouns"],
        frozenset(lists["common_acronyms"]),
        lower["gathering_nouns"],
    )
