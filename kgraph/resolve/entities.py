"""The entities of one build: ids, types, labels and what ties them to the gazetteer.

Gazetteer names become their entry. "The German government", "Germany's government" and "the
government of Germany" are Germany acting; any other organ ("the German army", "Germany's foreign
ministry") is one government body of Germany, tied to it and labelled from the demonym, as the
Foreign Office is. A capital or seat of government used as an actor stands for
its country; as the place of an event it stays a place, labelled with its country ("Beijing,
China") because in this graph a bare "Beijing" is China acting.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kgraph.gazetteer import Gazetteer, slug
from kgraph.lexicon import STATE_ORGAN
from kgraph.model import Entity, EntityType

TYPE_PATHS = {
    EntityType.PERSON: "person",
    EntityType.COUNTRY: "country",
    EntityType.ORGANIZATION: "org",
    EntityType.GOVERNMENT_BODY: "body",
    EntityType.PLACE: "place",
    EntityType.GROUP: "group",
}


@dataclass
class Node:
    """What is known of one entity while a corpus is resolved: every distinct label it was given."""

    type: EntityType
    labels: set[str] = field(default_factory=set)
    wikidata: str | None = None
    country: str | None = None


class EntityTable:
    """Entity ids by the node they stand for; `nodes` collects what is known of each on the way."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        self.nodes: dict[str, Node] = {}
        self.labels: dict[str, str] = {}  # labels the user's corrections give

    def node(self, eid: str, kind: EntityType, label: str) -> str:
        self.nodes.setdefault(eid, Node(kind)).labels.add(label)
        return eid

    def article_node(self, kind: EntityType, key: str, document_id: str, label: str) -> str:
        """A node of one article's own, never the same as another article's: the people it names by what they are
        ('a journalist'), an organ or an office whose state only it knows ('a court', 'the prime minister')."""
        return self.node(f"{TYPE_PATHS[kind]}/{slug(key)}_in_{slug(document_id)}", kind, label)

    def gazetteer_node(self, entry_id: str) -> str:
        """The node of a gazetteer entry, and of the country it belongs to; a place's label names its country."""
        entry = self.gaz.entries[entry_id]
        eid = f"{TYPE_PATHS[entry.type]}/{entry.id}"
        if eid not in self.nodes:
            country = self.gazetteer_node(entry.country) if entry.country else None
            label = entry.name
            if entry.type is EntityType.PLACE and entry.country:
                label = f"{entry.name}, {self.gaz.entries[entry.country].name}"
            self.nodes[eid] = Node(entry.type, {label}, wikidata=entry.wikidata, country=country)
        return eid

    def entry_of(self, eid: str) -> str | None:
        """The gazetteer entry a node is, if it is one's."""
        path, _, entry_id = eid.partition("/")
        entry = self.gaz.entries.get(entry_id)
        return entry_id if entry is not None and TYPE_PATHS[entry.type] == path else None

    def institution_node(self, country: str, institution: str) -> str:
        """One government body per country and organ ('German army'), tied to its country; the
        gazetteer's body where it names that organ ('the Freedonian foreign ministry'). An organ the lexicon
        maps to 'state' (institution_nouns) is the state itself."""
        if institution == STATE_ORGAN:
            return self.gazetteer_node(country)
        label = f"{self.gaz.demonym(country)} {institution}"
        body = next(
            (e.id for e in self.gaz.entries.values() if e.country == country and e.name.lower() == label.lower()), None
        )
        if body:
            return self.gazetteer_node(body)
        eid = f"body/{country}_{slug(institution)}"
        if eid not in self.nodes:
            self.nodes[eid] = Node(EntityType.GOVERNMENT_BODY, set(), country=self.gazetteer_node(country))
        self.nodes[eid].labels.add(label)
        return eid

    def correct(self, eid: str, label: str | None, kind: EntityType, wikidata: str | None) -> None:
        """What a user's correction says of an entity outweighs what the articles do."""
        node = self.nodes[eid]
        node.type, node.wikidata = kind, wikidata or node.wikidata
        if label:
            self.labels[eid] = label

    def entities(self) -> dict[str, Entity]:
        """Every entity, in id order, labelled as corrected, else with the fullest name it was given."""
        return {
            eid: Entity(
                id=eid,
                label=self.labels.get(eid) or best_label(node),
                type=node.type,
                wikidata=node.wikidata,
                country=node.country,
            )
            for eid, node in sorted(self.nodes.items())
        }


def singular(name: str) -> str:
    """'Asians' and 'Asian' are one group; 'Swiss' stays 'Swiss'."""
    return name[:-1] if name.endswith("s") and not name.endswith("ss") and len(name) > 3 else name


def best_label(node: Node) -> str:
    """The fullest name seen; ties go to the alphabetically first, so builds are repeatable."""
    return min(node.labels, key=lambda label: (-len(label.split()), -len(label), label))
