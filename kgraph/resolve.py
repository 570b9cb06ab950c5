"""One node per real entity: mentions tied to entity ids within and across articles.

People: "Mr Berg", "Berg" and "Foreign Secretary Anna Berg" become the person with
that full name in the same article (the one named last if two share it), else the only
person in the corpus with that surname; a lone name that could be two people is left out
rather than guessed across articles. Pronouns become the last person named before them
whose gender, where an honorific gives it ("Mrs", "Sir"), fits, and who is not the
subject of the pronoun's own clause ("Ruiz thanked him" is not Ruiz thanking himself). Role nouns ("the Foreign
Secretary", "his Chinese counterpart") become the one person the article gives that role,
else the country the role serves, else no one. Plural references ("the pair", "both
sides") become the two participants of the last fact before them, and "the country" the
country the article has named most often so far.

Gazetteer names become their entry. "The German government", "Germany's government" and "the
government of Germany" are one government body of Germany, tied to it and labelled from the
demonym, as the Foreign Office is. A capital or seat of government used as an actor stands for
its country; as the place of an event (where protesters block roads, what is shelled or
blockaded) it stays a place, labelled with its country ("Beijing, China") because in this graph
a bare "Beijing" is China acting.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
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
FIRST_NAME_HONORIFICS = {"sir", "dame"}  # "Sir Tom" is Tom Hadley, not a man surnamed Tom
HONORIFIC_GENDER = {"mr": "he", "sir": "he", "lord": "he"} | dict.fromkeys(["mrs", "ms", "miss", "dame", "lady"], "she")
PRONOUN_GENDER = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she"}
GENERIC_TITLE_WORDS = {"minister", "secretary", "vice", "deputy", "state", "of", "chief", "general", "junior"}
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


@dataclass(frozen=True)
class _Holder:
    """A person the article gives a role: 'Foreign Secretary Anna Berg'."""

    person: str
    title: str  # lower-cased, hyphens as spaces
    serves: str | None  # the country (or organisation) the role is held for
    start: int  # where the article names the person


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
        named = [self._names(ex, names) for ex, names in zip(self.extractions, self.article_names, strict=True)]
        holders = [self._holders(ex, entity_of) for ex, entity_of in zip(self.extractions, named, strict=True)]
        self.gender = self._genders(named)
        self.titles_of: dict[str, set[str]] = defaultdict(set)  # every title a person holds in the corpus
        for holder in (h for article in holders for h in article):
            self.titles_of[holder.person].add(holder.title)
        articles = [
            self._references(ex, entity_of, article_holders)
            for ex, entity_of, article_holders in zip(self.extractions, named, holders, strict=True)
        ]
        entities = {
            eid: Entity(id=eid, label=_best_label(node), type=node.type, wikidata=node.wikidata, country=node.country)
            for eid, node in sorted(self.nodes.items())
        }
        return KnowledgeGraph(entities=entities, articles=articles)

    def _genders(self, named: list[dict[Mention, str]]) -> dict[str, str]:
        """'he' or 'she' for people an honorific marks ('Mr Berg', 'Dame Ana'); others may be either."""
        seen: dict[str, set[str]] = defaultdict(set)
        for entity_of in named:
            for m, eid in entity_of.items():
                if gender := HONORIFIC_GENDER.get(m.text.split()[0].rstrip(".").lower()):
                    seen[eid].add(gender)
        return {eid: genders.pop() for eid, genders in seen.items() if len(genders) == 1}

    def _full_names(self, ex: Extraction) -> set[str]:
        """The people an article names in full ("Anna Berg", not "Berg")."""
        cleaned = (
            self.names.clean(m.text)[0]
            for m in ex.mentions
            if m.type is EntityType.PERSON and m.kind is MentionKind.NAME
        )
        return {name for name in cleaned if len(name.split()) > 1}

    def _names(self, ex: Extraction, full_names: set[str]) -> dict[Mention, str]:
        """The entities an article's names stand for."""
        places = {f.place for f in ex.facts if f.place}
        entity_of: dict[Mention, str] = {}
        named: list[str] = []  # full names in the order the article first gives them
        for m in ex.mentions:
            if m.kind is MentionKind.INSTITUTION and m.gazetteer_id:
                entity_of[m] = self._institution_node(m.gazetteer_id, m.institution)
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
                entity_of[m] = self._node(f"person/{slug(name)}", EntityType.PERSON, name)
            elif m.gazetteer_id:
                entry = self.gaz.entries[m.gazetteer_id] if m in places else self.gaz.actor(m.gazetteer_id)
                entity_of[m] = self._gazetteer_node(entry.id)
            elif m.type is EntityType.GROUP:
                entity_of[m] = self._node(f"group/{slug(_singular(m.text))}", m.type, m.text)
            else:
                entity_of[m] = self._node(f"{TYPE_PATHS[m.type]}/{slug(m.text)}", m.type, m.text)
        return entity_of

    def _references(self, ex: Extraction, names: dict[Mention, str], holders: list[_Holder]) -> ResolvedArticle:
        """Roles, pronouns and plural references, once every article's names are known."""
        entity_of = dict(names)
        recent: list[str] = []  # people in the order the article last referred to them
        for m in ex.mentions:
            if eid := self._person_referred(m, ex, entity_of, holders, recent):
                entity_of[m] = eid
            if entity_of.get(m, "").startswith("person/"):
                recent = [p for p in recent if p != entity_of[m]] + [entity_of[m]]
        for m in ex.mentions:
            if m.kind is MentionKind.DEFINITE and (country := self._salient_country(m, ex, entity_of)):
                entity_of[m] = country
        participants: dict[Mention, tuple[str, str]] = {}
        for m in ex.mentions:
            if m.kind is MentionKind.PLURAL_PRONOUN:
                pair = self._continued_pair(m, ex, entity_of, participants)
            elif m.kind is MentionKind.PLURAL:
                pair = self._participants(m, ex, entity_of)
            else:
                continue
            if pair:
                participants[m] = pair
        return ResolvedArticle(ex, entity_of, participants)

    def _person_referred(
        self, m: Mention, ex: Extraction, entity_of: dict[Mention, str], holders: list[_Holder], recent: list[str]
    ) -> str | None:
        """Whom a pronoun, role noun or 'counterpart' stands for, the people referred to so far being `recent`."""
        if m.kind is MentionKind.PRONOUN:
            pronoun = PRONOUN_GENDER.get(m.text.lower())
            subjects = {entity_of.get(f.subject) for f in ex.facts if f.object == m}  # "Ruiz thanked him"
            fits = (p for p in reversed(recent) if self.gender.get(p, pronoun) == pronoun and p not in subjects)
            return next(fits, None)
        if m.kind is MentionKind.ROLE:
            return self._role_holder(m, holders)
        if m.kind is MentionKind.COUNTERPART:
            return self._counterpart(m, holders, recent[-1] if recent else None)
        return None

    def _node(self, eid: str, kind: EntityType, label: str) -> str:
        self.nodes.setdefault(eid, _Node(kind)).labels.append(label)
        return eid

    def _gazetteer_node(self, entry_id: str) -> str:
        """The node of a gazetteer entry, and of the country it belongs to; a place's label names its country."""
        entry = self.gaz.entries[entry_id]
        eid = f"{TYPE_PATHS[entry.type]}/{entry.id}"
        if eid not in self.nodes:
            country = self._gazetteer_node(entry.country) if entry.country else None
            label = entry.name
            if entry.type is EntityType.PLACE and entry.country:
                label = f"{entry.name}, {self.gaz.entries[entry.country].name}"
            self.nodes[eid] = _Node(entry.type, [label], wikidata=entry.wikidata, country=country)
        return eid

    def _institution_node(self, country: str, institution: str) -> str:
        """One government body per country and organ ('German government'), tied to its country."""
        eid = f"body/{country}_{slug(institution)}"
        if eid not in self.nodes:
            label = f"{self.gaz.demonym(country)} {institution}"
            self.nodes[eid] = _Node(EntityType.GOVERNMENT_BODY, [label], country=self._gazetteer_node(country))
        return eid

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

    def _serves(self, gazetteer_id: str | None) -> str | None:
        """The country a role serves when held for an entry or its body; else the entry's own id."""
        if not gazetteer_id:
            return None
        entry = self.gaz.actor(gazetteer_id)
        return entry.country or entry.id

    def _holders(self, ex: Extraction, entity_of: dict[Mention, str]) -> list[_Holder]:
        holders = []
        for role in ex.roles:
            if person := entity_of.get(role.person):
                serves = self._serves(role.affiliation.gazetteer_id) if role.affiliation else None
                title = role.position.lower().replace("-", " ")
                holders.append(_Holder(person, title, serves, role.person.start))
        return holders

    def _role_holder(self, m: Mention, holders: list[_Holder]) -> str | None:
        """Who a role noun names: the one holder of that title here ('the foreign minister')."""
        serves = self._serves(m.gazetteer_id)
        fits = [h for h in holders if h.title == m.title and (not serves or h.serves in (serves, None))]
        return self._one_holder(m, fits)

    def _counterpart(self, m: Mention, holders: list[_Holder], possessor: str | None) -> str | None:
        """Who 'his Freedonian counterpart' names: the one serving Freedonia in the office that the
        possessor (the person named last) holds."""
        serves = self._serves(m.gazetteer_id)
        own = {w for t in self.titles_of.get(possessor or "", ()) for w in t.split()} - GENERIC_TITLE_WORDS
        fits = [
            h for h in holders if h.person != possessor and h.serves in (serves, None) and own & set(h.title.split())
        ]
        return self._one_holder(m, fits)

    def _one_holder(self, m: Mention, fits: list[_Holder]) -> str | None:
        """The one person who fits; when no one or several do, the country the role serves ('the Freedonian
        foreign minister' as Freedonia), else no one: a guess could merge two people."""
        people = {h.person for h in fits}
        if len(people) == 1:
            return people.pop()
        if m.gazetteer_id:  # "the Freedonian foreign minister" no one here is named as: Freedonia acting
            return self._gazetteer_node(self.gaz.actor(m.gazetteer_id).id)
        return None

    def _salient_country(self, m: Mention, ex: Extraction, entity_of: dict[Mention, str]) -> str | None:
        """The country named most often before 'the country' ('talks in Beijing' name China);
        none when two are named equally often: a guess would tie the wrong country to a fact."""
        counts: Counter[str] = Counter()
        for named in (n for n in ex.mentions if n.start < m.start and n in entity_of):
            node = self.nodes[entity_of[named]]
            eid = node.country if node.type is EntityType.PLACE else entity_of[named]
            if eid and self.nodes[eid].type is EntityType.COUNTRY:
                counts[eid] += 1
        ranked = counts.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]
        return None

    def _participants(self, m: Mention, ex: Extraction, entity_of: dict[Mention, str]) -> tuple[str, str] | None:
        """The two entities of the last fact before a plural reference, or the last two people named."""
        wanted = m.participants

        def fits(eid: str) -> bool:
            return wanted is None or self.nodes[eid].type is wanted

        before = sorted((f for f in ex.facts if f.evidence.start <= m.start), key=lambda f: f.evidence.start)
        for fact in reversed(before):
            pair = entity_of.get(fact.subject), entity_of.get(fact.object)
            if pair[0] and pair[1] and pair[0] != pair[1] and fits(pair[0]) and fits(pair[1]):
                return pair[0], pair[1]
        if wanted is EntityType.PERSON:
            named = (p for p in ex.mentions if p.start < m.start and p.kind is MentionKind.NAME and p in entity_of)
            people = [entity_of[p] for p in named]
            people = [p for p in dict.fromkeys(reversed(people)) if p.startswith("person/")]
            if len(people) >= 2:
                return people[1], people[0]
        return None

    def _continued_pair(
        self, m: Mention, ex: Extraction, entity_of: dict[Mention, str], participants: dict[Mention, tuple[str, str]]
    ) -> tuple[str, str] | None:
        """'They' right after 'the two leaders' or a fact between two people: the same two, when no
        one else has been named since. Any other 'they' (officials, protesters) stays unresolved."""
        anchors = [(p.start, pair) for p, pair in participants.items() if p.start < m.start]
        for fact in ex.facts:
            pair = entity_of.get(fact.subject, ""), entity_of.get(fact.object, "")
            if fact.evidence.start < m.start and pair[0] != pair[1] and all(e.startswith("person/") for e in pair):
                anchors.append((fact.evidence.start, pair))
        if not anchors:
            return None
        start, pair = max(anchors)
        named_since = {
            entity_of[n]
            for n in ex.mentions
            if start <= n.start < m.start and n in entity_of and n.kind is MentionKind.NAME
        }
        return pair if {e for e in named_since if e.startswith("person/")} <= set(pair) else None


def _singular(name: str) -> str:
    """'Asians' and 'Asian' are one group; 'Swiss' stays 'Swiss'."""
    return name[:-1] if name.endswith("s") and not name.endswith("ss") and len(name) > 3 else name


def _best_label(node: _Node) -> str:
    """The fullest name seen; ties go to the alphabetically first, so builds are repeatable."""
    return min(node.labels, key=lambda label: (-len(label.split()), -len(label), label))
