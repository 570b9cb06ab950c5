"""The gazetteer: countries, capitals, demonyms, organisations, government bodies, titles.

General world knowledge only (gazetteer.json); people are found in the text, never listed.
Capitals and seats of government ("the Kremlin") are places tied to a country: used as an
actor they stand for that country, used as the place of an event they stay places.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from kgraph.data import DataError, load_json
from kgraph.model import EntityType


@dataclass(frozen=True)
class Place:
    """A gazetteer entry: one entity with its names."""

    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    country: str | None = None  # the country a capital or body belongs to
    iso: str | None = None
    short_names: tuple[str, ...] = ()  # what an article calls it once it has named it: 'the Alliance'


@dataclass(frozen=True)
class Gazetteer:
    entries: dict[str, Place]
    demonyms: dict[str, str]  # "Chinese" -> china
    titles: tuple[str, ...]  # position titles, longest first
    honorifics: frozenset[str]
    not_names: frozenset[str] = frozenset()  # lower-cased words the tagger takes for names ("Covid")
    leading_titles: frozenset[str] = frozenset()  # lower-cased titles of those who lead a state ("prime minister")

    @cached_property
    def lower_titles(self) -> frozenset[str]:
        """The titles lower-cased, as a word's lower_ is compared with them."""
        return frozenset(t.lower() for t in self.titles)

    @cached_property
    def title_words(self) -> frozenset[str]:
        """The titles lower-cased with hyphens read as spaces ('vice-president' as 'vice president'), as the
        words of a phrase are compared with them."""
        return frozenset(t.lower().replace("-", " ") for t in self.titles)

    def actor(self, entry_id: str) -> Place:
        """The entity an entry stands for as an actor: a capital acts for its country."""
        entry = self.entries[entry_id]
        if entry.type is EntityType.PLACE and entry.country:
            return self.entries[entry.country]
        return entry

    def served(self, entry_id: str | None) -> str | None:
        """The state an entry acts for: a capital's or a government body's country, else the entry itself."""
        if entry_id not in self.entries:
            return None
        entry = self.actor(entry_id)
        return entry.country or entry.id

    def demonym(self, country_id: str) -> str:
        """The word for a country's things ('German'); its name where none is known."""
        return next((word for word, c in self.demonyms.items() if c == country_id), self.entries[country_id].name)

    def ruler_patterns(self) -> list[dict]:
        """spaCy EntityRuler patterns whose ids are gazetteer entry ids."""
        labels = {
            EntityType.COUNTRY: "GPE",
            EntityType.PLACE: "GPE",
            EntityType.ORGANIZATION: "ORG",
            EntityType.GOVERNMENT_BODY: "ORG",
            EntityType.GROUP: "NORP",
        }
        patterns = []
        for entry in self.entries.values():
            for name in spellings(entry.name, *entry.aliases):
                patterns.append({"label": labels[entry.type], "pattern": name, "id": entry.id})
        for word, country in self.demonyms.items():
            for spelt in spellings(word):
                patterns.append({"label": "NORP", "pattern": spelt, "id": country})
                if not spelt.endswith(("s", "S")):  # "Britons", "Afghans": people of a country
                    patterns.append(
                        {"label": "NORP", "pattern": spelt + ("S" if spelt.isupper() else "s"), "id": country}
                    )
        return patterns


def spellings(*names: str) -> list[str]:
    """Each name as written, without its accents ('Bogota' for 'Bogotá'), and in capitals as datelines and
    headlines print it ('BOGOTÁ'; not for short names: 'US' is no 'Us'), 'Saint' also as 'St'; an
    abbreviation also without its last full stop, which a sentence's end takes ('U.S' of 'in the U.S.')."""
    found: dict[str, None] = {}
    names = tuple(dict.fromkeys([*names, *(re.sub(r"^Saint ", short, n) for n in names for short in ("St ", "St. "))]))
    for name in [*names, *(n[:-1] for n in names if n.endswith(".") and "." in n[:-1])]:
        plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        for form in (name, plain if len(plain) == len(unicodedata.normalize("NFC", name)) else name):
            found[form] = None
            if len(form) > 3 and not form.isupper():
                found[form.upper()] = None
    return list(found)


@lru_cache(maxsize=1 << 14)  # the same names come back in every article and pass of a resolution
def slug(text: str) -> str:
    """A stable IRI-safe key for a name: 'Côte d'Ivoire' -> 'côte_d_ivoire'."""
    return re.sub(r"[^\w]+", "_", text.lower()).strip("_") or "unnamed"


@cache
def gazetteer() -> Gazetteer:
    """gazetteer.json, checked: unique ids, every capital and body tied to a known country."""
    try:
        return _load_gazetteer(load_json("gazetteer.json"))
    except (KeyError, TypeError) as err:
        raise DataError(f"gazetteer.json: an entry lacks or mistypes {err}") from err


def _load_gazetteer(data: dict) -> Gazetteer:
    entries: dict[str, Place] = {}
    for entry in _places(data):
        if entry.id in entries:
            raise DataError(f"gazetteer.json: id {entry.id!r} is used twice")
        entries[entry.id] = entry
    demonyms = {word: c["id"] for c in data["countries"] for word in c["demonyms"]}
    _check(entries, demonyms)
    titles = tuple(sorted(data["titles"], key=lambda t: -len(t.split())))
    not_names = frozenset(word.lower() for word in data["not_names"])
    leading = frozenset(t.lower() for t in data["leading_titles"])
    if unknown := leading - {t.lower() for t in titles}:
        raise DataError(f"gazetteer.json: leading titles that are no titles: {sorted(unknown)}")
    return Gazetteer(entries, demonyms, titles, frozenset(data["honorifics"]), not_names, leading)


def _places(data: dict) -> Iterator[Place]:
    """Every entry of gazetteer.json, section by section (a country's capital right after it)."""
    for c in data["countries"]:
        yield Place(c["id"], c["name"], EntityType.COUNTRY, tuple(c["aliases"]), c.get("wikidata"), iso=c["iso"])
        if capital := c.get("capital"):
            yield Place(slug(capital["name"]), capital["name"], EntityType.PLACE, (), capital.get("wikidata"), c["id"])
    for o in data["organizations"]:
        short = tuple(o.get("short_names", ()))
        yield Place(
            o["id"], o["name"], EntityType.ORGANIZATION, tuple(o["aliases"]), o.get("wikidata"), short_names=short
        )
    sections = [  # section, type, whether its entries belong to a country
        ("government_bodies", EntityType.GOVERNMENT_BODY, True),
        ("seats_of_government", EntityType.PLACE, True),
        ("regions", EntityType.PLACE, True),
        ("groups", EntityType.GROUP, False),
    ]
    for section, kind, national in sections:
        for e in data[section]:
            country = e["country"] if national else None
            yield Place(e["id"], e["name"], kind, tuple(e["aliases"]), e.get("wikidata"), country)


def _check(entries: dict[str, Place], demonyms: dict[str, str]) -> None:
    """Every entry's country known; no name or demonym naming two entries."""
    for entry in entries.values():
        if entry.country and entry.country not in entries:
            raise DataError(f"gazetteer.json: {entry.id} belongs to unknown country {entry.country!r}")
    names: dict[str, str] = {}
    for entry in entries.values():
        for name in (entry.name, *entry.aliases):
            if names.setdefault(name, entry.id) != entry.id:
                raise DataError(f"gazetteer.json: {name!r} names both {names[name]} and {entry.id}")
    for word, country in demonyms.items():
        if word in names and names[word] != country:
            raise DataError(f"gazetteer.json: demonym {word!r} of {country} also names {names[word]}")
