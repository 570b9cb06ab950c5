"""One node per real entity: mentions tied to entity ids within and across articles.

People: "Mr Lammy", "Lammy" and "Foreign Secretary David Lammy" become the person with
that full name in the same article, else the only person in the corpus with that surname;
pronouns become the last person named before them. Gazetteer names become their entry,
and a capital used as an actor stands for its country.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from kgraph.gazetteer import Gazetteer, gazetteer, slug
from kgraph.model import (
    Entity,
    EntityType,
    Extraction,
    KnowledgeGraph,
    Mention,
    MentionKind,
    ResolvedArticle,
)

NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
FIRST_NAME_HONORIFICS = {"sir", "dame"}  # "Sir Keir" is Keir Starmer, not a man surnamed Keir
TYPE_PATHS = {
    EntityType.PERSON: "person",
    EntityType.COUNTRY: "country",
    EntityType.ORGANIZATION: "org",
    EntityType.GOVERNMENT_BODY: "body",
    EntityType.PLACE: "place",
    EntityType.GROUP: "group",
}


@dataclass
class _Node:
    type: EntityType
    labels: list[str] = field(default_factory=list)
    wikidata: str | None = None
    country: str | None = None


class _PersonNames:
    """Full names of people and who a lone surname or first name can stand for."""

    def __init__(self, gaz: Gazetteer):
        self.honorifics = {h.rstrip(".") for h in gaz.honorifics}
        self.titles = sorted((t.lower() for t in gaz.titles), key=len, reverse=True)

    def clean(self, text: str) -> tuple[str, bool]:
        """The name without titles, honorifics or possessive; and whether a knight's 'Sir' led it."""
        name = re.sub(r"[’']s$", "", text.strip())
        knighted = False
        changed = True
        while changed:
            changed = False
            words = name.split()
            if len(words) > 1 and words[0].rstrip(".") in self.honorifics:
                knighted = knighted or words[0].lower() in FIRST_NAME_HONORIFICS
                name, changed = " ".join(words[1:]), True
                continue
            lowered = name.lower()
            for title in self.titles:
                if lowered.startswith(title + " ") and len(name) > len(title) + 1:
                    name, changed = name[len(title) + 1 :], True
                    break
        return name, knighted

    @staticmethod
    def surname(full: str) -> str:
        words = [w for w in full.split() if w.lower() not in NAME_SUFFIXES]
        return (words or full.split())[-1].lower()

    @staticmethod
    def first_name(full: str) -> str:
        return full.split()[0].lower()


def resolve(extractions: Iterable[Extraction]) -> KnowledgeGraph:
    """Entities for every mention, the same id for the same entity in every article."""
    return _Resolver(list(extractions)).graph()


class _Resolver:
    """Entity ids for one corpus; `nodes` collects what is known of each entity on the way."""

    def __init__(self, extractions: list[Extraction]):
        self.extractions = extractions
        self.gaz = gazetteer()
        self.names = _PersonNames(self.gaz)
        self.nodes: dict[str, _Node] = {}
        self.article_names = [self._full_names(ex) for ex in extractions]
        self.corpus_by_surname: dict[str, set[str]] = defaultdict(set)
        for full in set().union(*self.article_names):
            self.corpus_by_surname[self.names.surname(full)].add(full)

    def graph(self) -> KnowledgeGraph:
        articles = [self._article(ex, names) for ex, names in zip(self.extractions, self.article_names, strict=True)]
        entities = {
            eid: Entity(id=eid, label=_best_label(node), type=node.type, wikidata=node.wikidata, country=node.country)
            for eid, node in sorted(self.nodes.items())
        }
        return KnowledgeGraph(entities=entities, articles=articles)

    def _full_names(self, ex: Extraction) -> set[str]:
        """The people an article names in full ("David Lammy", not "Lammy")."""
        cleaned = (
            self.names.clean(m.text)[0]
            for m in ex.mentions
            if m.type is EntityType.PERSON and m.kind is MentionKind.NAME
        )
        return {name for name in cleaned if len(name.split()) > 1}

    def _article(self, ex: Extraction, full_names: set[str]) -> ResolvedArticle:
        places = {f.place for f in ex.facts if f.place}
        entity_of: dict[Mention, str] = {}
        last_person: str | None = None
        for m in ex.mentions:
            if m.kind is MentionKind.PRONOUN:
                if last_person:
                    entity_of[m] = last_person
                continue
            as_person = m.type is EntityType.PERSON or (
                not m.gazetteer_id and self._names_person(m.text, full_names)  # "Cleverly" tagged ORG
            )
            if as_person:
                entity_of[m] = last_person = self._person(m.text, full_names)
            elif m.gazetteer_id:
                entry = self.gaz.entries[m.gazetteer_id] if m in places else self.gaz.actor(m.gazetteer_id)
                entity_of[m] = self._gazetteer_node(entry.id)
            else:
                entity_of[m] = self._node(f"{TYPE_PATHS[m.type]}/{slug(m.text)}", m.type, m.text)
        return ResolvedArticle(ex, entity_of)

    def _node(self, eid: str, kind: EntityType, label: str) -> str:
        self.nodes.setdefault(eid, _Node(kind)).labels.append(label)
        return eid

    def _person(self, text: str, full_names: set[str]) -> str:
        name, knighted = self.names.clean(text)
        if len(name.split()) == 1:
            name = self._full_name_for(name, knighted, full_names)
        return self._node(f"person/{slug(name)}", EntityType.PERSON, name)

    def _gazetteer_node(self, entry_id: str) -> str:
        """The node of a gazetteer entry, and of the country it belongs to."""
        entry = self.gaz.entries[entry_id]
        eid = f"{TYPE_PATHS[entry.type]}/{entry.id}"
        if eid not in self.nodes:
            country = self._gazetteer_node(entry.country) if entry.country else None
            self.nodes[eid] = _Node(entry.type, [entry.name], wikidata=entry.wikidata, country=country)
        return eid

    def _full_name_for(self, word: str, knighted: bool, article_names: set[str]) -> str:
        """The full name a lone name stands for: one match in the article, else one in the corpus."""
        key = word.lower()
        by_surname = {n for n in article_names if self.names.surname(n) == key}
        by_first = {n for n in article_names if self.names.first_name(n) == key}  # "Sir Keir"; family name first: "Xi"
        for matches in [by_first] if knighted else [by_surname, by_first]:
            if len(matches) == 1:
                return matches.pop()
            if matches:
                return word
        if not knighted and len(self.corpus_by_surname.get(key, ())) == 1:
            return next(iter(self.corpus_by_surname[key]))
        return word

    def _names_person(self, text: str, article_names: set[str]) -> bool:
        """A lone word the tagger took for an organisation or group that is a person's name here."""
        key = text.lower()
        return len(text.split()) == 1 and any(
            key in (self.names.surname(n), self.names.first_name(n)) for n in article_names
        )


def _best_label(node: _Node) -> str:
    """The fullest name seen; ties go to the alphabetically first, so builds are repeatable."""
    return min(node.labels, key=lambda label: (-len(label.split()), -len(label), label))
