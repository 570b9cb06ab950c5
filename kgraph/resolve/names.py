"""Names: which entity each name in an article stands for.

People: "Mr Berg", "Berg" and "Foreign Secretary Anna Berg" become the person with that full
name in the same article (the one named last if two share it), else the only person in the
corpus with that surname; a lone name that could be two people is left out rather than guessed
across articles. Gazetteer names become their entry (entities.py); other names an entity of
their type and text.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from kgraph.gazetteer import Gazetteer, Place, slug
from kgraph.lexicon import lexicon
from kgraph.model import EntityType, Extraction, Mention, MentionKind
from kgraph.name_words import name_words
from kgraph.resolve.corrections import NONE, Corrections
from kgraph.resolve.entities import TYPE_PATHS, EntityTable, singular
from kgraph.resolve.people import People, PersonNames, fold, index_name, initialled, lone_key


class NameResolver:
    """The entities the names of a corpus stand for, people's lone names tied to their full names.

    The corpus is read once, an article at a time, for what is corpus-wide (people's full names, the acronyms
    articles define, how the tagger types each name); nothing is kept per article, so a corpus streamed from
    disk costs memory by its distinct names, not by its articles."""

    def __init__(
        self, gaz: Gazetteer, table: EntityTable, extractions: Iterable[Extraction], corrections: Corrections = NONE
    ):
        self.gaz, self.table, self.corrections = gaz, table, corrections
        self.names = PersonNames(gaz)
        self.gazetteer_names = {fold(n): e.id for e in gaz.entries.values() for n in (e.name, *e.aliases)}
        full: set[str] = set()
        defined: dict[str, dict[tuple[EntityType, str], Mention]] = defaultdict(dict)  # one mention per text
        type_counts: dict[str, Counter[EntityType]] = defaultdict(Counter)
        for ex in extractions:
            full |= self.full_names(ex)
            for acronym, long in acronyms(ex).items():
                defined[acronym].setdefault((long.type, long.text), long)
            _count_types(ex, type_counts)
        self.people = People(full)
        self._indexed: tuple[Extraction | None, ArticleIndex] = (None, ArticleIndex())
        self.types = _name_types(type_counts)
        self.short_named: dict[str, list[Place]] = defaultdict(list)  # "alliance" -> NATO
        for entry in sorted(gaz.entries.values(), key=lambda e: e.id):
            for short in entry.short_names:
                self.short_named[short.lower()].append(entry)
        by_name = {acronym: {(kind, slug(text)) for kind, text in longs} for acronym, longs in defined.items()}
        self.corpus_acronyms = {a: longs[min(longs)] for a, longs in defined.items() if len(by_name[a]) == 1}

    def full_names(self, ex: Extraction) -> set[str]:
        """The people an article names in full ("Anna Berg", not "Berg" or "van der Berg")."""
        cleaned = (
            self.names.clean(m.text)[0]
            for m in ex.mentions
            if m.type is EntityType.PERSON and m.kind is MentionKind.NAME
        )
        corrected = (self._corrected_name(name) for name in cleaned)
        return {name for name in corrected if name and self.names.is_full(name)}

    def _corrected_name(self, name: str) -> str | None:
        """A person's name as the user's corrections give it; None for a name they say is no entity."""
        if self.corrections.rejects(name):
            return None
        correction = self.corrections.of(name)
        return correction.name if correction and correction.type in (None, EntityType.PERSON) else name

    def entities_of(self, ex: Extraction, defined: dict[str, Mention]) -> dict[Mention, str]:
        """The entities an article's names stand for; an acronym the article (or else the corpus, unambiguously)
        defines ('Northern Fishing Council (NFC)') stands for what it abbreviates."""
        entity_of: dict[Mention, str] = {}
        named: list[str] = []  # people named in full, in the order the article first names them
        in_facts = {m for f in ex.facts for m in (f.subject, f.object)}
        for m in ex.mentions:
            if m.kind is MentionKind.INSTITUTION and m.gazetteer_id:
                entity_of[m] = self.table.institution_node(m.gazetteer_id, m.institution)
            elif m.kind is MentionKind.UNQUALIFIED and m in in_facts:  # a group only for what it does or is done
                members = singular(m.text.split()[-1].lower())  # "political prisoners" and "prisoners": one group
                entity_of[m] = self.table.article_node(m.type, members, ex.document.id, m.text)
            elif m.kind is MentionKind.NAME and (eid := self._entity_named(m, ex, entity_of, defined, named)):
                entity_of[m] = eid
        return {m: eid for m, eid in entity_of.items() if eid != REJECTED}

    def _entity_named(
        self, m: Mention, ex: Extraction, entity_of: dict[Mention, str], defined: dict[str, Mention], named: list[str]
    ) -> str | None:
        """The entity one name stands for, given the article's names so far; None when it is left out."""
        if self.corrections and (corrected := self._corrected(m, ex)):
            return corrected
        article = self._index(ex)
        if m.type is EntityType.PERSON or (not m.gazetteer_id and article.names_person(m.text)):
            name, knighted = self.names.clean(m.text)  # "Hadley" tagged ORG is a person named here
            if self.names.is_full(name):
                name = self.people.person(self._corrected_name(name) or name)
                named.append(name)
            elif (name := self._full_name_for(name, knighted, article, named)) is None:
                return None  # could be either of two people: left out, never guessed
            return self.table.node(f"person/{slug(fold(name))}", EntityType.PERSON, name)
        if m.gazetteer_id:
            entry = self.gaz.entries[m.gazetteer_id] if m in article.places else self.gaz.actor(m.gazetteer_id)
            return self.table.gazetteer_node(entry.id)
        if m.type is EntityType.GROUP:  # a bloc keeps the words an article first names it by
            bloc = bloc_name(m.text)
            label = bloc if bloc and " " not in m.text else m.text
            return self.table.node(f"group/{slug(singular(bloc or m.text))}", m.type, label)
        if parent := self._unit_of(m, ex, entity_of):
            return parent
        if known := self._short_name_of(m, ex):
            return known
        long = defined.get(m.text) or self.corpus_acronyms.get(m.text) or m
        if long.gazetteer_id:  # "Freedonia and the Isles (FI)": the gazetteer's entry
            return self.table.gazetteer_node(self.gaz.actor(long.gazetteer_id).id)
        kind = self.types.get(slug(long.text), long.type)
        return self.table.node(f"{TYPE_PATHS[kind]}/{slug(long.text)}", kind, long.text)

    def _short_name_of(self, m: Mention, ex: Extraction) -> str | None:
        """'The Alliance' in an article that names NATO is NATO (the gazetteer's short names)."""
        key = m.text.lower().removeprefix("the ").strip()
        for entry in self.short_named.get(key, []):
            if any(re.search(rf"\b{re.escape(name)}\b", ex.document.text) for name in (entry.name, *entry.aliases)):
                return self.table.gazetteer_node(entry.id)
        return None

    def _index(self, ex: Extraction) -> ArticleIndex:
        """The article's index, made once per article (names are resolved an article at a time)."""
        if self._indexed[0] is not ex:
            index = ArticleIndex(places={f.place for f in ex.facts if f.place})
            for person in {self.people.person(n) for n in self.full_names(ex)}:
                index.add(person)
            self._indexed = (ex, index)
        return self._indexed[1]

    def _unit_of(self, m: Mention, ex: Extraction, entity_of: dict[Mention, str]) -> str | None:
        """The organisation a unit belongs to, named right before it ('the Northern Army (NA) Western Command')."""
        if m.type not in ORGANIZATIONS or m.text.split()[-1].lower() not in name_words().unit_nouns:
            return None
        before = [p for p in ex.mentions if p.end <= m.start and p in entity_of and p.type in ORGANIZATIONS]
        if not before:
            return None
        parent = max(before, key=lambda p: p.end)
        between = ex.document.text[parent.end : m.start]
        return entity_of[parent] if BETWEEN_UNIT.fullmatch(between) else None

    def _corrected(self, m: Mention, ex: Extraction) -> str | None:
        """The entity the user's corrections make a name ('REJECTED' for no entity); None where they say nothing."""
        texts = (m.text, self.names.clean(m.text)[0])
        if any(self.corrections.rejects(t) for t in texts):
            return REJECTED
        correction = next((c for t in texts if (c := self.corrections.of(t))), None)
        if correction is None:
            return None
        kind = correction.type or m.type
        entry = self.gazetteer_names.get(fold(correction.name))
        if entry and (correction.type is None or correction.type is self.gaz.entries[entry].type):
            node = self.table.gazetteer_node(entry)  # the entry itself; as an actor a capital is still its country
            same = fold(correction.name) == fold(self.gaz.entries[entry].name)
            self.table.correct(
                node, None if same else correction.name, self.gaz.entries[entry].type, correction.wikidata
            )
            return node if m in self._index(ex).places else self.table.gazetteer_node(self.gaz.actor(entry).id)
        if kind is EntityType.PERSON:
            eid = self.table.node(f"person/{slug(fold(correction.name))}", kind, correction.name)
        else:
            eid = self.table.node(f"{TYPE_PATHS[kind]}/{slug(correction.name)}", kind, correction.name)
        self.table.correct(eid, correction.name, kind, correction.wikidata)
        return eid

    def _full_name_for(self, word: str, knighted: bool, article: ArticleIndex, named: list[str]) -> str | None:
        """The person a lone name stands for: in the article (the last one named when two fit), else the
        one in the corpus; the word itself when no one is named in full; None when ambiguous."""
        initial, family = initialled(word)  # "K. Obi": a family name, and the initial of a given name
        key = lone_key(family)
        by_family = {p for p in article.by_family.get(key, ()) if p.startswith(initial)}
        by_first = set(article.by_first.get(key, ()))  # "Sir Tom"; "Tan" of "Tan Wei"
        for matches in [by_first] if knighted else [by_family, by_first]:
            if len(matches) == 1:
                return matches.pop()
            if matches:
                return next((n for n in reversed(named) if n in matches), None)
        corpus = {p for p in self.people.bearing(family) if p.startswith(initial)}
        if not knighted and len(corpus) == 1:
            return next(iter(corpus))
        return None if corpus else word


@dataclass
class ArticleIndex:
    """What resolving an article's names asks again and again, found once: the people it names in full
    (canonical names) by each key a lone family name or given name of theirs can have, and the mentions
    that are places of its facts. Lookups, not scans, so an article of many names costs linear time."""

    places: set[Mention] = field(default_factory=set)
    by_family: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_first: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, person: str) -> None:
        index_name(person, person, self.by_family, self.by_first)

    def names_person(self, text: str) -> bool:
        """A lone word the tagger took for an organisation or group that is a person's name here."""
        key = lone_key(text)
        return len(text.split()) == 1 and (key in self.by_family or key in self.by_first)


REJECTED = "-"  # a name the user's corrections say is no entity
ORGANIZATIONS = {EntityType.ORGANIZATION, EntityType.GOVERNMENT_BODY}
BETWEEN_UNIT = re.compile(r"\s*(\(\s*[A-Z][A-Za-z&.-]{1,9}\s*\))?\s*|\s*\)\s*")  # "Army (NA) Western Command"
ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Za-z&.-]{1,9})\s*\)")
ACRONYM_GLUE = {"of", "for", "and", "the", "on", "in", "&"}


TYPE_PRIORITY = [EntityType.PLACE, EntityType.ORGANIZATION, EntityType.GOVERNMENT_BODY, EntityType.COUNTRY]


def _count_types(ex: Extraction, counts: dict[str, Counter[EntityType]]) -> None:
    """How often the tagger gives each type to each name of an article that could be typed two ways."""
    for m in ex.mentions:
        if m.kind is MentionKind.NAME and not m.gazetteer_id and m.type in TYPE_PRIORITY:
            counts[slug(m.text)][m.type] += 1


def _name_types(counts: dict[str, Counter[EntityType]]) -> dict[str, EntityType]:
    """One type for a name the tagger types two ways in a corpus ('Velnor' a place here, an organisation
    there): the type it gives most often, ties going to a place, then an organisation."""
    return {
        name: min(kinds, key=lambda k: (-kinds[k], TYPE_PRIORITY.index(k)))
        for name, kinds in counts.items()
        if len(kinds) > 1
    }


def acronyms(ex: Extraction) -> dict[str, Mention]:
    """The acronyms an article defines: 'Northern Fishing Council (NFC)' -> the mention it abbreviates."""
    found = {}
    text = ex.document.text
    for m in ex.mentions:
        if m.kind is not MentionKind.NAME or m.type is EntityType.PERSON:
            continue
        if (after := ACRONYM_AFTER.match(text, m.end)) is None:
            continue
        words = [w for w in re.split(r"[\s-]+", m.text) if w and w.lower() not in ACRONYM_GLUE]
        initials = "".join(w[0] for w in words if w[0].isupper())
        letters = "".join(c for c in after.group(1) if c.isupper())
        if len(letters) > 1 and initials.endswith(letters):  # "International Development Bank (DB)" too
            found.setdefault(after.group(1), m)
    return found


def bloc_name(text: str) -> str | None:
    """The one name of a set of states named by their region, whatever plural noun for states follows ('Western
    powers', 'Western nations') or when the region's word acts alone ('a Western bid'): '<region> countries'. None
    for any other group; 'Western allies' are someone's allies (a noun for partners), no bloc of its own."""
    lex = lexicon()
    words = text.split()
    if len(words) == 1 and words[0] in lex.region_names:  # "the West"
        region = [lex.region_names[words[0]]]
    elif len(words) == 1 and words[0].lower() in lex.region_words:
        region = words
    elif len(words) > 1 and words[-1].lower() in lex.bloc_nouns - lex.partner_nouns:
        region = words[:-1]
    else:
        return None
    return " ".join([*(w[:1].upper() + w[1:] for w in region), "countries"])
