"""A user's corrections to the entities: a TOML file every build honours (`kgraph build --entities FILE`).

    # names that are no entity at all
    not_entities = ["Photo Desk", "Morning Briefing"]

    [[entity]]
    name = "Ana Kalu Obi"               # the entity's label
    aliases = ["Anna Obi", "A. K. Obi"] # names merged into it
    type = "Person"                     # optional: Person, Country, Organization, GovernmentBody, Place, Group
    wikidata = "Q4115189"               # optional: the Wikidata item it is

Names match whatever their case, accents or punctuation, and without a title or honorific ("Mr Obi"
is "Obi"). A correction changes only the entities it names: every other name resolves as before.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from kgraph.model import EntityType
from kgraph.resolve.people import fold

ENTITY_KEYS = {"name", "aliases", "type", "wikidata"}
WIKIDATA = re.compile(r"Q[1-9][0-9]*")


class CorrectionsError(ValueError):
    """The corrections file cannot be used; the message names the file and the entry."""


@dataclass(frozen=True)
class Correction:
    """One entity as the user states it."""

    name: str
    type: EntityType | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Corrections:
    """Every correction, found by the folded form of any name it gives."""

    by_name: dict[str, Correction] = field(default_factory=dict)
    not_entities: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.by_name or self.not_entities)

    def rejects(self, text: str) -> bool:
        return fold(text) in self.not_entities

    def of(self, text: str) -> Correction | None:
        return self.by_name.get(fold(text))


NONE = Corrections()


def load_corrections(path: Path) -> Corrections:
    """The corrections in a TOML file, checked: known keys, known types, Wikidata ids, no name given twice."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as err:
        raise CorrectionsError(f"{path}: cannot be read ({err.strerror or err})") from err
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise CorrectionsError(f"{path}: not a TOML file ({err})") from err
    if unknown := set(data) - {"entity", "not_entities"}:
        raise CorrectionsError(f"{path}: unknown key(s) {', '.join(sorted(unknown))}; use [[entity]] and not_entities")
    rejected = data.get("not_entities", [])
    if not isinstance(rejected, list) or not all(isinstance(n, str) and fold(n) for n in rejected):
        raise CorrectionsError(f"{path}: not_entities must be a list of names")
    by_name: dict[str, Correction] = {}
    for number, entry in enumerate(data.get("entity", []), start=1):
        correction = _entity(path, number, entry)
        for name in (correction.name, *correction.aliases):
            key = fold(name)
            if key in by_name and by_name[key] != correction:
                raise CorrectionsError(f"{path}: entity {number}: {name!r} is already given to {by_name[key].name!r}")
            by_name[key] = correction
    if both := {fold(n) for n in rejected} & set(by_name):
        raise CorrectionsError(f"{path}: {', '.join(sorted(both))} is both an entity and in not_entities")
    return Corrections(by_name, frozenset(fold(n) for n in rejected))


def _entity(path: Path, number: int, entry: object) -> Correction:
    where = f"{path}: entity {number}"
    if not isinstance(entry, dict):
        raise CorrectionsError(f"{where}: expected a table with a name")
    if unknown := set(entry) - ENTITY_KEYS:
        raise CorrectionsError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}; known: {sorted(ENTITY_KEYS)}")
    name, aliases = entry.get("name"), entry.get("aliases", [])
    if not isinstance(name, str) or not fold(name):
        raise CorrectionsError(f"{where}: 'name' must be a non-empty string")
    if not isinstance(aliases, list) or not all(isinstance(a, str) and fold(a) for a in aliases):
        raise CorrectionsError(f"{where}: 'aliases' must be a list of names")
    kind = entry.get("type")
    if kind is not None and kind not in {t.value for t in EntityType}:
        raise CorrectionsError(f"{where}: unknown type {kind!r}; one of {', '.join(t.value for t in EntityType)}")
    wikidata = entry.get("wikidata")
    if wikidata is not None and not (isinstance(wikidata, str) and WIKIDATA.fullmatch(wikidata)):
        raise CorrectionsError(f"{where}: 'wikidata' must be an item id such as 'Q42', not {wikidata!r}")
    return Correction(name.strip(), EntityType(kind) if kind else None, wikidata, tuple(a.strip() for a in aliases))
