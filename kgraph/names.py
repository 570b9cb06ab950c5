"""Which entity a user means: an id in any of the forms kgraph prints, a label, or an alias the articles used.

One lookup for every place that asks for an entity (`analyze --ego/--path`, `query --param` of a query that
declares an entity parameter), so the same words name the same entity everywhere and an unknown or
ambiguous name gets the same clear message with suggestions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import get_close_matches

from kgraph.ontology import NAMESPACES

KG_PREFIX = "kg:"


class UnknownName(LookupError):
    """The name matches no entity, or several; the message says which and suggests names."""


@dataclass(frozen=True)
class Named:
    """An entity as people may name it."""

    id: str  # the short id, e.g. person/jane_roe
    label: str
    aliases: tuple[str, ...] = ()


def short_id(text: str) -> str:
    """`person/jane_roe` from any way kgraph writes an entity: `kg:person/jane_roe`,
    `<https://w3id.org/kgraph/id/person/jane_roe>`, the bare IRI, or the short id itself."""
    text = text.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    for prefix in (NAMESPACES["kg"], KG_PREFIX):
        if text.startswith(prefix):
            return text[len(prefix) :]
    return text


def find(entities: Iterable[Named], name: str, what: str = "entity") -> str:
    """The id of the one entity `name` means: an id first, then a label, then an alias (any case, any spacing)."""
    entities = list(entities)
    if short_id(name) in {e.id for e in entities}:
        return short_id(name)
    wanted = " ".join(name.split()).casefold()
    by_label: dict[str, set[str]] = defaultdict(set)
    by_alias: dict[str, set[str]] = defaultdict(set)
    label_of: dict[str, str] = {}
    for e in entities:
        by_label[e.label.casefold()].add(e.id)
        label_of.setdefault(e.id, e.label)
        for alias in e.aliases:
            by_alias[alias.casefold()].add(e.id)
    matches = sorted(by_label.get(wanted) or by_alias.get(wanted) or ())
    plural = what[:-1] + "ies" if what.endswith("y") else what + "s"
    if len(matches) == 1:
        return matches[0]
    if matches:
        choices = ", ".join(f"{KG_PREFIX}{m} ({label_of[m]})" for m in matches)
        raise UnknownName(f"{name!r} names several {plural}: {choices}; give the id")
    names = {**by_alias, **by_label}  # a label wins over the same alias
    close = get_close_matches(wanted, list(names), n=5, cutoff=0.6)
    close += [n for n in sorted(names) if wanted and wanted in n and n not in close]
    suggested = list(dict.fromkeys(label_of[i] for n in close for i in sorted(names[n])))[:3]
    hint = f"; did you mean {', '.join(map(repr, suggested))}?" if suggested else ""
    raise UnknownName(f"no {what} called {name!r} in the graph{hint}")
