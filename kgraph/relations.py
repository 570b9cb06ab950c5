"""The ontology's event relations: PLOVER type, event class, parent and symmetry."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kgraph.data import DataError, load_json

PLOVER_TYPES = (
    "CONSULT",
    "REQUEST",
    "ACCUSE",
    "SUPPORT",
    "AID",
    "AGREE",
    "COOPERATE",
    "CONCEDE",
    "RETREAT",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
GIVING_WAY = frozenset({"CONCEDE", "RETREAT"})  # PLOVER's types of giving way, to someone or from one's position


@dataclass(frozen=True)
class Relation:
    name: str
    label: str
    plover: str
    cameo: tuple[str, ...]
    event_class: str
    parent: str | None = None
    symmetric: bool = False


@cache
def relations() -> dict[str, Relation]:
    """Every event relation by local name (relations.json), checked for consistency."""
    table = {}
    for name, spec in load_json("relations.json")["relations"].items():
        if missing := {"label", "plover", "cameo", "event_class"} - set(spec):
            raise DataError(f"relations.json: {name} lacks {', '.join(sorted(missing))}")
        rel = Relation(
            name=name,
            label=spec["label"],
            plover=spec["plover"],
            cameo=tuple(spec["cameo"]),
            event_class=spec["event_class"],
            parent=spec.get("parent"),
            symmetric=bool(spec.get("symmetric", False)),
        )
        if rel.plover not in PLOVER_TYPES:
            raise DataError(f"relations.json: {name} has unknown PLOVER type {rel.plover}")
        table[name] = rel
    for rel in table.values():
        if rel.parent and rel.parent not in table:
            raise DataError(f"relations.json: {rel.name} specialises unknown relation {rel.parent}")
    return table
