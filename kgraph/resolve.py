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
    gaz = gazetteer()
    names = _PersonNames(gaz)
    extractions = list(extractions)
    nodes: dict[str, _Node] = {}

    corpus_by_surname: dict[str, set[str]] = defaultdict(set)
    for ex in extractions:
        for m in ex.mentions:
            if m.type is EntityType.PERSON and m.kind is MentionKind.NAME:
                full, _ = names.clean(m.text)
                if len(full.split()) > 1:
                    corpus_by_surname[names.surname(full)].add(full)

    articles = []
    for ex in extractions:
        places = {f.place for f in ex.facts if f.place}
        full_names = {
            full
            for m in ex.mentions
            if m.type is EntityType.PERSON and m.kind is MentionKind.NAME
            for full in [names.clean(m.text)[0]]
            if len(full.split()) > 1
        }
        entity_of: dict[Mention, str] = {}
        last_person: str | None = None
        for m in ex.mentions:
            if m.kind is MentionKind.PRONOUN:
                if last_person:
                    entity_of[m] = last_person
                continue
            if m.type is not EntityType.PERSON and not m.gazetteer_id and _names_person(m.text, full_names, names):
                m_as = Mention(m.text, m.start, m.end, EntityType.PERSON, kind=m.kind)  # "Cleverly" tagged ORG
            else:
                m_as = m
            eid = _entity_id(m_as, m not in places, gaz, names, full_names, corpus_by_surname, nodes)
            entity_of[m] = eid
            if m_as.type is EntityType.PERSON:
                last_person = eid
        articles.append(ResolvedArticle(ex, entity_of))

    entities = {
        eid: Entity(
            id=eid,
            label=_best_label(node),
            type=node.type,
            wikidata=node.wikidata,
            country=node.country,
        )
        for eid, node in sorted(nodes.items())
    }
    return KnowledgeGraph(entities=entities, articles=articles)


def _entity_id(
    m: Mention,
    as_actor: bool,
    gaz: Gazetteer,
    names: _PersonNames,
    full_names: set[str],
    corpus_by_surname: dict[str, set[str]],
    nodes: dict[str, _Node],
) -> str:
    if m.gazetteer_id:
        entry = gaz.actor(m.gazetteer_id) if as_actor else gaz.entries[m.gazetteer_id]
        eid = _gazetteer_node(entry.id, gaz, nodes)
        return eid
    if m.type is EntityType.PERSON:
        name, knighted = names.clean(m.text)
        if len(name.split()) == 1:
            name = _full_name_for(name, knighted, names, full_names, corpus_by_surname)
        eid = f"person/{slug(name)}"
        label = name
    else:
        label = m.text
        eid = f"{TYPE_PATHS[m.type]}/{slug(label)}"
    nodes.setdefault(eid, _Node(m.type)).labels.append(label)
    return eid


def _gazetteer_node(entry_id: str, gaz: Gazetteer, nodes: dict[str, _Node]) -> str:
    """The node of a gazetteer entry, and of the country it belongs to."""
    entry = gaz.entries[entry_id]
    eid = f"{TYPE_PATHS[entry.type]}/{entry.id}"
    if eid not in nodes:
        country = _gazetteer_node(entry.country, gaz, nodes) if entry.country else None
        nodes[eid] = _Node(entry.type, [entry.name], wikidata=entry.wikidata, country=country)
    return eid


def _full_name_for(
    word: str,
    knighted: bool,
    names: _PersonNames,
    article_names: set[str],
    corpus_by_surname: dict[str, set[str]],
) -> str:
    """The full name a lone name stands for: one match in the article, else one in the corpus."""
    key = word.lower()
    by_surname = {n for n in article_names if names.surname(n) == key}
    by_first = {n for n in article_names if names.first_name(n) == key}  # "Sir Keir"; family name first: "Xi"
    for matches in [by_first] if knighted else [by_surname, by_first]:
        if len(matches) == 1:
            return matches.pop()
        if matches:
            return word
    if not knighted and len(corpus_by_surname.get(key, ())) == 1:
        return next(iter(corpus_by_surname[key]))
    return word


def _names_person(text: str, article_names: set[str], names: _PersonNames) -> bool:
    """A lone word the tagger took for an organisation or group that is a person's name here."""
    key = text.lower()
    return len(text.split()) == 1 and any(key in (names.surname(n), names.first_name(n)) for n in article_names)


def _best_label(node: _Node) -> str:
    """The fullest name seen; ties go to the alphabetically first, so builds are repeatable."""
    return min(node.labels, key=lambda label: (-len(label.split()), -len(label), label))
