"""Names: which entity each name in an article stands for.

People: "Mr Berg", "Berg" and "Foreign Secretary Anna Berg" become the person with that full
name in the same article (the one named last if two share it), else the only person in the
corpus with that surname; a lone name that could be two people is left out rather than guessed
across articles. Gazetteer names become their entry (entities.py); other names an entity of
their type and text.
"""

from __future__ import annotations

import re
from collections import defaultdict

from kgraph.gazetteer import Gazetteer, slug
from kgraph.model import EntityType, Extraction, Mention, MentionKind
from kgraph.resolve.entities import TYPE_PATHS, EntityTable, singular

NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
FIRST_NAME_HONORIFICS = {"sir", "dame"}  # "Sir Tom" is Tom Hadley, not a man surnamed Tom


class PersonNames:
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


class NameResolver:
    """The entities the names of a corpus stand for, people's lone names tied to their full names."""

    def __init__(self, gaz: Gazetteer, table: EntityTable, extractions: list[Extraction]):
        self.gaz, self.table = gaz, table
        self.names = PersonNames(gaz)
        self.article_names = [self._full_names(ex) for ex in extractions]
        self.corpus_by_surname: dict[str, set[str]] = defaultdict(set)
        for full in set().union(*self.article_names):
            self.corpus_by_surname[self.names.surname(full)].add(full)

    def _full_names(self, ex: Extraction) -> set[str]:
        """The people an article names in full ("Anna Berg", not "Berg")."""
        cleaned = (
            self.names.clean(m.text)[0]
            for m in ex.mentions
            if m.type is EntityType.PERSON and m.kind is MentionKind.NAME
        )
        return {name for name in cleaned if len(name.split()) > 1}

    def entities_of(self, ex: Extraction, full_names: set[str]) -> dict[Mention, str]:
        """The entities an article's names stand for."""
        places = {f.place for f in ex.facts if f.place}
        entity_of: dict[Mention, str] = {}
        named: list[str] = []  # full names in the order the article first gives them
        for m in ex.mentions:
            if m.kind is MentionKind.INSTITUTION and m.gazetteer_id:
                entity_of[m] = self.table.institution_node(m.gazetteer_id, m.institution)
                continue
            if m.kind is not MentionKind.NAME:
                continue
            as_person = m.type is EntityType.PERSON or (
                not m.gazetteer_id and self._names_person(m.text, full_names)  # "Hadley" tagged ORG
            )
            if as_person:
                name, knighted = self.names.clean(m.text)
                if len(name.split()) > 1:
                    named.append(name)
                elif (name := self._full_name_for(name, knighted, full_names, named)) is None:
                    continue  # could be either of two people: left out, never guessed
                entity_of[m] = self.table.node(f"person/{slug(name)}", EntityType.PERSON, name)
            elif m.gazetteer_id:
                entry = self.gaz.entries[m.gazetteer_id] if m in places else self.gaz.actor(m.gazetteer_id)
                entity_of[m] = self.table.gazetteer_node(entry.id)
            elif m.type is EntityType.GROUP:
                entity_of[m] = self.table.node(f"group/{slug(singular(m.text))}", m.type, m.text)
            else:
                entity_of[m] = self.table.node(f"{TYPE_PATHS[m.type]}/{slug(m.text)}", m.type, m.text)
        return entity_of

    def _full_name_for(self, word: str, knighted: bool, article_names: set[str], named: list[str]) -> str | None:
        """The full name a lone name stands for: in the article (the last one named when two fit),
        else the one in the corpus; the word itself when no one is named in full; None when ambiguous."""
        key = word.lower()
        by_surname = {n for n in article_names if self.names.surname(n) == key}
        by_first = {n for n in article_names if self.names.first_name(n) == key}  # "Sir Tom"; family name first: "Li"
        for matches in [by_first] if knighted else [by_surname, by_first]:
            if len(matches) == 1:
                return matches.pop()
            if matches:
                return next((n for n in reversed(named) if n in matches), None)
        corpus = self.corpus_by_surname.get(key, set())
        if not knighted and len(corpus) == 1:
            return next(iter(corpus))
        return None if corpus else word

    def _names_person(self, text: str, article_names: set[str]) -> bool:
        """A lone word the tagger took for an organisation or group that is a person's name here."""
        key = text.lower()
        return len(text.split()) == 1 and any(
            key in (self.names.surname(n), self.names.first_name(n)) for n in article_names
        )
