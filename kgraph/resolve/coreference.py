"""Coreference: whom pronouns, role nouns, plural references and 'the country' stand for.

Pronouns become the last person named before them whose gender, where an honorific gives it
("Mrs", "Sir"), fits, and who is not the subject of the pronoun's own clause ("Ruiz thanked
him" is not Ruiz thanking himself); "it", where a deed is done to it, the last state or body
referred to that is not the doer ("X imposed sanctions on it"). Role nouns ("the Foreign Secretary", "his Chinese
counterpart") become the one person the article gives that role, else the country the role
serves, else no one. Plural references ("the pair", "both sides") become the last two actors
named together or the two participants of the last fact before them ("the three leaders": the
three the facts of a sentence before brought together), "the country" the
country the article has named most often so far, and "the police" or "the army" that country's.
Runs once every article's names are known (names.py).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from heapq import heappop, heappush
from itertools import islice
from typing import Generic, TypeVar

from kgraph.gazetteer import Gazetteer, slug
from kgraph.model import EntityType, Extraction, Fact, Mention, MentionKind, ResolvedArticle
from kgraph.relations import relations
from kgraph.resolve.entities import TYPE_PATHS, EntityTable

HONORIFIC_GENDER = {"mr": "he", "sir": "he", "lord": "he"} | dict.fromkeys(["mrs", "ms", "miss", "dame", "lady"], "she")
PRONOUN_GENDER = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she"}
IT = "it"  # the pronoun of a state or body
# entity ids of states and bodies, which 'it' may stand for
BODY_PATHS = tuple(
    f"{TYPE_PATHS[t]}/" for t in (EntityType.COUNTRY, EntityType.GOVERNMENT_BODY, EntityType.ORGANIZATION)
)
DONE_TO_ACTORS = {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE", "REQUEST", "AID"}  # deeds done to actors
INDEFINITE = {"a", "an"}  # "a court sentenced X": an organ not named before
LEADER_WORDS = {"leader"}  # a role noun for whoever holds a state's top office, whatever its title
GENERIC_TITLE_WORDS = {"minister", "secretary", "vice", "deputy", "state", "of", "chief", "general", "junior"}
T = TypeVar("T")
Typed = Callable[[EntityType | None, str | None], str | None]  # an entity as the type a plural names (`_as`)


@dataclass(frozen=True)
class Holder:
    """A person the article gives a role: 'Foreign Secretary Anna Berg'."""

    person: str
    title: str  # lower-cased, hyphens as spaces
    serves: str | None  # the country (or organisation) the role is held for
    start: int  # where the article names the person


class Coreference:
    """References of a corpus's articles, given the entities their names stand for.

    Made from each article with the entities its names stand for (`named`: pairs of an extraction and its
    names' entities), read once for what is corpus-wide (every title a person holds, whom they serve, the
    gender an honorific gives): nothing is kept per article."""

    def __init__(self, gaz: Gazetteer, table: EntityTable, named: Iterable[tuple[Extraction, dict[Mention, str]]]):
        self.gaz, self.table, self.nodes = gaz, table, table.nodes
        self.titles_of: dict[str, set[str]] = defaultdict(set)  # every title a person holds in the corpus
        self.serves_of: dict[str, set[str]] = defaultdict(set)  # every country (or body) they hold one for
        genders: dict[str, set[str]] = defaultdict(set)
        for ex, entity_of in named:
            for holder in self.holders(ex, entity_of):
                self.titles_of[holder.person].add(holder.title)
                if holder.serves:
                    self.serves_of[holder.person].add(holder.serves)
            for m, eid in entity_of.items():  # 'he' or 'she' for people an honorific marks ('Mr Berg', 'Dame Ana')
                if gender := HONORIFIC_GENDER.get(m.text.split()[0].rstrip(".").lower()):
                    genders[eid].add(gender)
        self.gender = {eid: found.pop() for eid, found in genders.items() if len(found) == 1}  # others: either

    def references(self, ex: Extraction, names: dict[Mention, str], holders: list[Holder]) -> ResolvedArticle:
        """Roles, pronouns and plural references, once every article's names are known.

        Both walks go through the mentions in text order and keep what lies behind the mention they are at (`_Article`,
        `_Plurals`): a scan of every mention and fact for each description, plural or 'they' made an article of
        many of them cost their square."""
        entity_of = dict(names)
        done_to = _done_to(ex)
        self._referred(ex, entity_of, holders, done_to)
        article = _Article(ex, entity_of, done_to)
        organs: dict[str, str] = {}  # the organ of each kind referred to last
        for m in ex.mentions:
            for named in article.named.past(m.start):  # the actors named before it, counted for 'the country'
                if eid := self._country_of(entity_of.get(named)):
                    article.tallies[self.nodes[eid].type].add(eid)
            if referred := self._described(m, article, entity_of, organs):
                article.deeds.retie(m, entity_of.get(m), referred)
                entity_of[m] = referred
            if (kind := _organ_of(m)) and m in entity_of:
                organs[kind] = entity_of[m]
        plurals = _Plurals(ex, entity_of, self._typed(entity_of))
        participants: dict[Mention, tuple[str, ...]] = {}
        for m in ex.mentions:
            plurals.walk_to(m.start)
            if m.kind is MentionKind.PLURAL_PRONOUN:
                group = self._continued_pair(m, plurals)
            elif m.kind is MentionKind.PLURAL:
                count = m.count
                group = self._participants(m, article, plurals, entity_of) if count == 2 else plurals.group(m, count)
            else:
                continue
            if group:
                participants[m] = group
                plurals.anchors.append((m.start, group))
        return ResolvedArticle(ex, entity_of, participants)

    def _referred(
        self, ex: Extraction, entity_of: dict[Mention, str], holders: list[Holder], done_to: dict[Mention, list[Fact]]
    ) -> None:
        """Pronouns, role nouns and counterparts, in text order, each by those referred to before it (`done_to`: the
        facts each mention is the object of)."""
        recent = _Recent(self.gender)  # people in the order the article last referred to them
        bodies: dict[str, None] = {}  # and states and bodies (a dict: O(1) moves)
        held = _Holders(holders, self.gaz.leading_titles)
        for m in ex.mentions:
            if m.text.lower() == IT:
                eid = _body_referred(m, done_to, entity_of, bodies)
            else:
                eid = self._person_referred(m, done_to, entity_of, held, recent)
            if eid:
                entity_of[m] = eid
            eid = entity_of.get(m, "")
            if eid.startswith("person/"):
                recent.add(eid)
            elif eid.startswith(BODY_PATHS):
                bodies.pop(eid, None)
                bodies[eid] = None

    def _person_referred(
        self,
        m: Mention,
        done_to: dict[Mention, list[Fact]],
        entity_of: dict[Mention, str],
        held: _Holders,
        recent: _Recent,
    ) -> str | None:
        """Whom a pronoun, role noun or 'counterpart' stands for, the people referred to so far being `recent`
        (`done_to`: the facts each mention is the object of)."""
        if m.kind is MentionKind.PRONOUN:
            subjects = {entity_of.get(f.subject) for f in done_to.get(m, ())}  # "Ruiz thanked him"
            return recent.last(PRONOUN_GENDER.get(m.text.lower()), besides=subjects)
        if m.kind is MentionKind.ROLE:
            return self._role_holder(m, held)
        if m.kind is MentionKind.COUNTERPART:
            return self._counterpart(m, held, next(reversed(recent.people), None))
        return None

    def _serves(self, gazetteer_id: str | None) -> str | None:
        """The country a role serves when held for an entry or its body; else the entry's own id."""
        if not gazetteer_id:
            return None
        entry = self.gaz.actor(gazetteer_id)
        return entry.country or entry.id

    def holders(self, ex: Extraction, entity_of: dict[Mention, str]) -> list[Holder]:
        """The people an article gives a role, with the role."""
        holders = []
        for role in ex.roles:
            if person := entity_of.get(role.person):
                serves = self._serves(role.affiliation.gazetteer_id) if role.affiliation else None
                title = role.position.lower().replace("-", " ")
                holders.append(Holder(person, title, serves, role.person.start))
        return holders

    def _role_holder(self, m: Mention, held: _Holders) -> str | None:
        """Who a role noun names: the one holder of that title here ('the foreign minister'); a title's last word
        names its holder too where the country says whose ('the Freedonian minister' for its foreign minister), and
        'leader' the one who holds its top office ('the Freedonian leader' for its president)."""
        serves = self._serves(m.gazetteer_id)
        fits = _two_of(held.titled[m.title, serves], held.titled[m.title, None]) if serves else held.any[m.title]
        if not fits and serves and " " not in m.title:
            fits = _two_of(held.last_word[m.title, serves])
        if not fits and serves and m.title in LEADER_WORDS:  # "the Freedonian leader": whoever leads Freedonia
            fits = _two_of(held.leading[serves])
        return self._one_holder(m, fits)

    def _counterpart(self, m: Mention, held: _Holders, possessor: str | None) -> str | None:
        """Who 'his Freedonian counterpart' names: the one serving Freedonia in the office that the
        possessor (the person named last) holds."""
        serves = self._serves(m.gazetteer_id)
        own = {w for t in self.titles_of.get(possessor or "", ()) for w in t.split()} - GENERIC_TITLE_WORDS
        groups = (held.word[w, s] for w in own for s in dict.fromkeys((serves, None)))
        return self._one_holder(m, _two_of(*groups, besides=possessor))

    def _one_holder(self, m: Mention, people: set[str]) -> str | None:
        """The one person who fits (`people`: no more than two of those who do); when no one or several do, the
        country the role serves ('the Freedonian foreign minister' as Freedonia), else no one: a guess could merge
        two people."""
        if len(people) == 1:
            return next(iter(people))
        if m.gazetteer_id:  # "the Freedonian foreign minister" no one here is named as: Freedonia acting
            return self.table.gazetteer_node(self.gaz.actor(m.gazetteer_id).id)
        return None

    def _described(
        self, m: Mention, article: _Article, entity_of: dict[Mention, str], organs: dict[str, str]
    ) -> str | None:
        """Whom a description stands for: 'the country' the salient country, 'the army' the army named before or
        its army (`organs`: the organ of each kind referred to so far), 'the drills' their doer."""
        if m.kind is MentionKind.DEFINITE and m.type is EntityType.ORGANIZATION:
            return self._salient(m, article, entity_of, EntityType.ORGANIZATION)  # "the bloc"
        if m.kind is MentionKind.DEFINITE and m.institution:
            return self._organ(m, article, entity_of, organs)
        if m.kind is MentionKind.DEFINITE:
            owner = self._owner(m, article, entity_of)  # "his country": the state its pronoun's person serves
            return self._served(owner) or self._salient(m, article, entity_of, EntityType.COUNTRY) or owner
        if m.kind is MentionKind.EVENT:
            return article.deeds.doer(m, article.facts_of.get(m, ()), entity_of)
        return None

    def _organ(self, m: Mention, article: _Article, entity_of: dict[Mention, str], organs: dict[str, str]) -> str:
        """The organ 'the court' or 'the police' stands for: the one of that kind the article referred to last
        (`organs`; 'the Freedonian Supreme Court ... the court ruled'), else that of the country it is most about,
        else the article's own, whose state only the article knows. 'A court' is always the article's own."""
        if m.text.split()[0].lower() not in INDEFINITE:
            if earlier := organs.get(m.institution.split()[-1]):
                return earlier
            country = self._salient(m, article, entity_of, EntityType.COUNTRY)
            if entry := self.table.entry_of(country) if country else None:
                return self.table.institution_node(entry, m.institution)
        label = m.text.split(maxsplit=1)[-1]
        own = f"{TYPE_PATHS[EntityType.GOVERNMENT_BODY]}/{slug(m.institution)}_in_{slug(article.document_id)}"
        return self.table.node(own, EntityType.GOVERNMENT_BODY, label)

    def _served(self, person: str | None) -> str | None:
        """The one state a person holds an office for in the corpus, if one."""
        served = self.serves_of.get(person, set()) if person else set()
        return self.table.gazetteer_node(next(iter(served))) if len(served) == 1 else None

    def _owner(self, m: Mention, article: _Article, entity_of: dict[Mention, str]) -> str | None:
        """The person whose own a description is ('his country', 'her government'): whom its pronoun stands for."""
        pronoun = article.pronoun_at.get(m.start)
        return entity_of.get(pronoun) if pronoun is not None else None

    def _salient(self, m: Mention, article: _Article, entity_of: dict[Mention, str], kind: EntityType) -> str | None:
        """The country (or organisation) named most often before 'the country' ('talks in Beijing' name China; 'the
        bloc'), never the other side of its own fact ('Lima threatened the Andean state' is not Peru); none when two
        are named equally often: a guess would tie the wrong one to a fact. (`article.tallies`: how often each was
        named before it, counted as the walk passes them.)"""
        across = {self._country_of(eid) for eid in article.across(m, entity_of)}
        return article.tallies[kind].most(besides=across)

    def _country_of(self, eid: str | None) -> str | None:
        """A place as its country; anything else as itself."""
        node = self.nodes[eid] if eid else None
        return node.country if node is not None and node.type is EntityType.PLACE else eid

    def _participants(
        self, m: Mention, article: _Article, plurals: _Plurals, entity_of: dict[Mention, str]
    ) -> tuple[str, str] | None:
        """The two actors a plural reference stands for: the last two named together ('X and Y'), or the two
        of the last fact, before it, of the type it names ('both countries' of two leaders are their
        countries), and not the other side of its own clause ('X urged both parties' is not X); else
        the last two people named."""
        across = article.across(m, entity_of)
        if pair := plurals.last_pair(m, across):
            return pair
        if m.participants is EntityType.PERSON:
            people = list(islice((p for p in reversed(plurals.people) if p not in across), 2))
            if len(people) == 2:
                return people[1], people[0]
        return None

    def _typed(self, entity_of: dict[Mention, str]) -> Typed:
        """`_as` for an article's entities, each worked out once (`_as` is asked of every pair before each plural)."""
        serving: dict[str, list[str]] = defaultdict(list)  # the article's people serving each state
        for person in {eid for eid in entity_of.values() if eid.startswith("person/")}:
            for entry in self.serves_of.get(person, ()):
                serving[entry].append(person)
        return cache(lambda wanted, eid: self._as(wanted, eid, serving))

    def _as(self, wanted: EntityType | None, eid: str | None, serving: dict[str, list[str]]) -> str | None:
        """The entity as the type a plural reference names: a person as the country they serve, when
        countries are meant ('the two leaders ... both countries'); a country as the one person of the
        article (`serving`: its people serving each state) who serves it, when people are ('X and Y signed ...
        the two leaders'); None when it cannot be."""
        if eid is None or wanted is None or self.nodes[eid].type is wanted:
            return eid
        if wanted is EntityType.COUNTRY and self.nodes[eid].type is EntityType.PERSON:
            served = set(self.serves_of.get(eid, ()))
            country = self.table.gazetteer_node(served.pop()) if len(served) == 1 else None
            return country if country and self.nodes[country].type is wanted else None
        if wanted is EntityType.PERSON and self.nodes[eid].type is EntityType.COUNTRY:
            entry = eid.partition("/")[2]  # a country's node is named by its gazetteer entry
            people = serving.get(entry, [])
            return people[0] if len(people) == 1 else None
        return None

    def _continued_pair(self, m: Mention, plurals: _Plurals) -> tuple[str, ...] | None:
        """'They' right after 'the two leaders' or a fact between two people: the same two, when no
        one else has been named since. Any other 'they' (officials, protesters) stays unresolved."""
        if plurals.anchor is None:
            return None
        start, pair = plurals.anchor
        for person, named in reversed(plurals.people.items()):  # the people named since, last first
            if named < start:
                break
            if person not in pair:
                return None
        return pair


def _organ_of(m: Mention) -> str:
    """The kind of organ a mention of a government body names, by its last word ('the Freedonian Supreme Court',
    'police in Freedonia'): the organ an organ named alone must be to be the same."""
    if m.type is not EntityType.GOVERNMENT_BODY:
        return ""
    return (m.institution or m.text).lower().split()[-1]


def _body_referred(
    m: Mention, done_to: dict[Mention, list[Fact]], entity_of: dict[Mention, str], bodies: dict[str, None]
) -> str | None:
    """Whom 'it' stands for where a deed is done to it ('X imposed sanctions on it', 'urged it to withdraw'): the
    state or body referred to last that is not the doer; none where only words or things may be meant ('signed
    it', 'rejected it')."""
    deeds = done_to.get(m, [])
    if not deeds or any(relations()[f.relation].plover not in DONE_TO_ACTORS for f in deeds):
        return None
    doers = {entity_of.get(f.subject) for f in deeds}
    return next((b for b in reversed(bodies) if b not in doers), None)


def _done_to(ex: Extraction) -> dict[Mention, list[Fact]]:
    """The facts each mention is the object of, made once per article (a scan of every fact per pronoun made an
    article of many pronouns and facts cost their product)."""
    found: dict[Mention, list[Fact]] = defaultdict(list)
    for f in ex.facts:
        found[f.object].append(f)
    return found


class _Walk(Generic[T]):
    """Items in text order, each handed out once as a walk through the text passes where it starts: what lies behind
    a mention is gathered as the walk goes, not by a scan for each mention."""

    def __init__(self, items: Sequence[T], start: Callable[[T], int]) -> None:
        self.items, self.start, self.passed = items, start, 0

    def past(self, start: int) -> Iterator[T]:
        """The items starting before `start` not handed out yet."""
        while self.passed < len(self.items) and self.start(self.items[self.passed]) < start:
            self.passed += 1
            yield self.items[self.passed - 1]


class _Article:
    """What the walk through an article's descriptions looks up, made once: the facts on each side of a mention, the
    pronoun at each place ('his country'), how often each actor was named before it, and the deeds before it."""

    def __init__(self, ex: Extraction, entity_of: dict[Mention, str], done_to: dict[Mention, list[Fact]]) -> None:
        self.document_id = ex.document.id
        self.done_to = done_to  # the facts each mention is the object of
        self.done_by: dict[Mention, list[Fact]] = defaultdict(list)  # and the subject of
        self.facts_of: dict[Mention, list[Fact]] = defaultdict(list)  # either, each fact once
        for f in ex.facts:
            self.done_by[f.subject].append(f)
            for side in dict.fromkeys((f.subject, f.object)):
                self.facts_of[side].append(f)
        self.pronoun_at: dict[int, Mention] = {}  # the first pronoun at each place
        for m in ex.mentions:
            if m.kind is MentionKind.PRONOUN:
                self.pronoun_at.setdefault(m.start, m)
        self.named = _Walk(ex.mentions, lambda m: m.start)  # the mentions counted into `tallies` so far
        self.tallies: dict[EntityType, _Tally] = defaultdict(_Tally)  # how often each actor was named, by its type
        self.deeds = _Deeds(ex.facts, entity_of)

    def across(self, m: Mention, entity_of: dict[Mention, str]) -> set[str | None]:
        """Who is on the other side of a mention's facts ('X urged both sides': X)."""
        subjects = {entity_of.get(f.subject) for f in self.done_to.get(m, ())}
        return subjects | {entity_of.get(f.object) for f in self.done_by.get(m, ())}


class _Tally:
    """How often each actor was named, with the most named found among the most counted, not by ranking them all."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.ranked: list[tuple[int, str]] = []  # a heap of (-count, actor); an entry whose count grew since is stale

    def add(self, eid: str) -> None:
        self.counts[eid] += 1
        heappush(self.ranked, (-self.counts[eid], eid))

    def most(self, besides: set[str | None]) -> str | None:
        """The actor named more often than any other, leaving out those `besides`; none when two are named as often."""
        seen: list[tuple[int, str]] = []
        top: list[tuple[int, str]] = []
        while self.ranked and len(top) < 2:
            entry = heappop(self.ranked)
            if -entry[0] != self.counts[entry[1]]:
                continue  # named again since: dropped for good
            seen.append(entry)
            if entry[1] not in besides:
                top.append(entry)
        for entry in seen:
            heappush(self.ranked, entry)
        return top[0][1] if len(top) == 1 or (top and top[0][0] < top[1][0]) else None


class _Deeds:
    """Each relation's facts by the sentence they were read from, with who did them, kept as descriptions are tied to
    entities: 'the drills' were held by whoever held the last drills before them."""

    def __init__(self, facts: Sequence[Fact], entity_of: dict[Mention, str]) -> None:
        self.doers: dict[tuple[str, int], Counter[str | None]] = defaultdict(Counter)  # by relation and sentence
        self.by_subject: dict[Mention, list[Fact]] = defaultdict(list)
        for f in facts:
            self.doers[f.relation, f.evidence.start][entity_of.get(f.subject)] += 1
            self.by_subject[f.subject].append(f)
        self.starts: dict[str, list[int]] = defaultdict(list)  # where each relation's sentences start, in order
        for relation, start in sorted(self.doers):
            self.starts[relation].append(start)

    def retie(self, m: Mention, before: str | None, after: str) -> None:
        """A mention that stood for `before` now stands for `after`, and so do the facts it is the subject of."""
        for f in self.by_subject.get(m, ()):
            doers = self.doers[f.relation, f.evidence.start]
            doers[before] -= 1
            if not doers[before]:
                del doers[before]
            doers[after] += 1

    def doer(self, m: Mention, own: Iterable[Fact], entity_of: dict[Mention, str]) -> str | None:
        """Who did an event named again ('the drills'): the agent of the last fact before it of that event,
        when one agent did it; facts of the mention itself (`own`) left out."""
        starts = self.starts.get(m.event, [])
        mine = Counter((f.evidence.start, entity_of.get(f.subject)) for f in own if f.relation == m.event)
        at = bisect_left(starts, m.start)
        while at:
            at -= 1
            doers = self.doers[m.event, starts[at]]
            others = list(islice((d for d, n in doers.items() if n > mine[starts[at], d]), 2))
            if others:  # else every fact of that sentence is its own
                return others[0] if len(others) == 1 else None
        return None


class _Pairs:
    """Pairs of actors, latest first, with where the pairs with each actor, and with each two, are: the first pair
    from a place with neither of some actors is found by counting the pairs with them, not by a scan past each
    ('X urged both sides' after many pairs with X made an article cost their square)."""

    def __init__(self, found: list[tuple[int, tuple[str, str]]]) -> None:
        self.where = [at for at, _ in found]  # where each is among all the pairs the article names
        self.pairs = [pair for _, pair in found]
        self.with_one: dict[str, list[int]] = defaultdict(list)
        self.with_two: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.partners: dict[str, set[str]] = defaultdict(set)
        for i, (a, b) in enumerate(self.pairs):
            self.with_one[a].append(i)
            self.with_one[b].append(i)
            self.with_two[min(a, b), max(a, b)].append(i)
            self.partners[a].add(b)
            self.partners[b].add(a)

    def first(self, at: int, besides: set[str | None]) -> tuple[str, str] | None:
        """The first pair from the `at`th the article names with neither actor `besides`."""
        start = bisect_left(self.where, at)
        them = {eid for eid in besides if eid in self.with_one}
        if start == len(self.pairs) or not them & set(self.pairs[start]):
            return self.pairs[start] if start < len(self.pairs) else None
        ones = [self.with_one[eid] for eid in them]
        twos = [self.with_two[a, b] for a in them for b in self.partners[a] & them if a < b]
        low, high = start, len(self.pairs)  # every pair from start to low has one of them: the last such low
        while low < high:
            middle = (low + high + 1) // 2
            with_them = sum(_between(found, start, middle) for found in ones)
            if with_them - sum(_between(found, start, middle) for found in twos) == middle - start:
                low = middle
            else:
                high = middle - 1
        return self.pairs[low] if low < len(self.pairs) else None


class _Gathered:
    """The actors (as `typed` gives them) that each sentence's facts bring together, a sentence's facts joining as
    the walk passes their end, and the sentences that bring each number of them together, last first."""

    def __init__(self, facts: Sequence[Fact], typed: Callable[[Mention], str | None]) -> None:
        self.facts, self.typed = facts, typed
        ends = sorted(range(len(facts)), key=lambda i: facts[i].evidence.end)
        self.ended = _Walk(ends, lambda i: facts[i].evidence.end)
        self.read: dict[int, list[int]] = defaultdict(list)  # the facts passed of each sentence, by where it starts
        self.together: dict[int, tuple[str, ...]] = {}
        self.latest: dict[int, list[int]] = defaultdict(list)  # heaps of -start of sentences, by how many they gather

    def last(self, count: int, start: int) -> tuple[str, ...]:
        """The actors of the last sentence ending by `start` that brings `count` of them together."""
        passed: dict[int, None] = {}  # the sentences facts of which were passed now
        for i in self.ended.past(start + 1):
            sentence = self.facts[i].evidence.start
            self.read[sentence].append(i)
            passed[sentence] = None
        for sentence in passed:
            self._gather(sentence)
        latest = self.latest.get(count, [])
        while latest and len(self.together[-latest[0]]) != count:  # brings more together now
            heappop(latest)
        return self.together[-latest[0]] if latest else ()

    def _gather(self, sentence: int) -> None:
        actors: dict[str, None] = {}
        for i in sorted(self.read[sentence]):  # in the article's order of facts
            for side in (self.facts[i].subject, self.facts[i].object):
                if eid := self.typed(side):
                    actors[eid] = None
        if actors and len(actors) != len(self.together.get(sentence, ())):
            heappush(self.latest[len(actors)], -sentence)
        if actors:
            self.together[sentence] = tuple(actors)


class _Plurals:
    """What the walk through an article's plural references and 'they' looks back to, kept as it passes the
    mentions: the people named (last named last, with where), the pairs named together or in facts, the actors
    each sentence brings together, and the last two (or more) that 'they' may go on to stand for."""

    def __init__(self, ex: Extraction, entity_of: dict[Mention, str], typed: Typed) -> None:
        self.facts, self.entity_of, self.typed = ex.facts, entity_of, typed
        people = [n for n in ex.mentions if n.kind is MentionKind.NAME and entity_of.get(n, "").startswith("person/")]
        self.named = _Walk(people, lambda n: n.start)
        self.people: dict[str, int] = {}  # the people named so far, the last named last, with where
        # pairs named together and facts' two sides, latest first (at one place, those named together first),
        # with what orders them: a pair named together counts before a plural, a fact up to it ('X and Y met as
        # the two leaders')
        named = [(a.start, False, a, b) for a, b in ex.pairs]
        named += [(f.evidence.start, True, f.subject, f.object) for f in ex.facts]
        named.sort(key=lambda item: item[0], reverse=True)
        self.order = [(-at, fact) for at, fact, _, _ in named]
        self.sides = [(a, b) for _, _, a, b in named]
        self.pairs: dict[EntityType | None, _Pairs] = {}  # of each type plurals name
        self.gathered: dict[EntityType | None, _Gathered] = {}
        # what 'they' may go on to stand for: the participants of plural references resolved, and facts' two people
        self.anchor: tuple[int, tuple[str, ...]] | None = None  # the last of them before the walk
        self.anchors: list[tuple[int, tuple[str, ...]]] = []
        two_people = [(f.evidence.start, (entity_of.get(f.subject, ""), entity_of.get(f.object, ""))) for f in ex.facts]
        two_people = [(at, pair) for at, pair in two_people if _two_people(pair)]
        self.walks = [_Walk(self.anchors, _at), _Walk(sorted(two_people, key=_at), _at)]

    def walk_to(self, start: int) -> None:
        """Pass everything before `start`."""
        for n in self.named.past(start):
            person = self.entity_of[n]
            self.people.pop(person, None)
            self.people[person] = n.start
        for walk in self.walks:
            for anchor in walk.past(start):
                self.anchor = anchor if self.anchor is None else max(self.anchor, anchor)

    def last_pair(self, m: Mention, besides: set[str | None]) -> tuple[str, str] | None:
        """The last two actors of the type a plural names, named together before it or in a fact up to it, neither
        of them `besides`."""
        wanted = m.participants
        if wanted not in self.pairs:
            found = []
            for at, (a, b) in enumerate(self.sides):
                pair = self.typed(wanted, self.entity_of.get(a)), self.typed(wanted, self.entity_of.get(b))
                if pair[0] and pair[1] and pair[0] != pair[1]:
                    found.append((at, (pair[0], pair[1])))
            self.pairs[wanted] = _Pairs(found)
        return self.pairs[wanted].first(bisect_left(self.order, (-m.start, True)), besides)

    def group(self, m: Mention, count: int) -> tuple[str, ...]:
        """The actors 'the three leaders' stand for: those of the type it names that the facts of the last sentence
        before it bring together, when they are as many as its number says."""
        wanted = m.participants
        if wanted not in self.gathered:
            self.gathered[wanted] = _Gathered(self.facts, lambda side: self.typed(wanted, self.entity_of.get(side)))
        return self.gathered[wanted].last(count, m.start)


def _at(anchor: tuple[int, tuple[str, ...]]) -> int:
    return anchor[0]


def _two_people(pair: tuple[str, str]) -> bool:
    return pair[0] != pair[1] and all(e.startswith("person/") for e in pair)


def _between(found: list[int], start: int, end: int) -> int:
    """How many of the sorted `found` are from `start` up to `end`."""
    return bisect_left(found, end) - bisect_left(found, start)


class _Holders:
    """The people an article gives a role, by the title, its last word, each of its words, and the country served:
    a look at every holder for each role noun made an article of many roles cost their square."""

    def __init__(self, holders: Iterable[Holder], leading_titles: frozenset[str]) -> None:
        self.any: dict[str, set[str]] = defaultdict(set)  # by title
        self.titled: dict[tuple[str, str | None], set[str]] = defaultdict(set)  # by title and country served
        self.last_word: dict[tuple[str, str | None], set[str]] = defaultdict(set)  # by its last word and country
        self.word: dict[tuple[str, str | None], set[str]] = defaultdict(set)  # by each word and country
        self.leading: dict[str | None, set[str]] = defaultdict(set)  # by country, of its top office
        for h in holders:
            self.any[h.title].add(h.person)
            self.titled[h.title, h.serves].add(h.person)
            for word in h.title.split()[-1:]:
                self.last_word[word, h.serves].add(h.person)
            for word in set(h.title.split()):
                self.word[word, h.serves].add(h.person)
            if h.title in leading_titles:
                self.leading[h.serves].add(h.person)


class _Recent:
    """People in the order the article last referred to them, kept too by the pronoun each may take (anyone an
    honorific gives no gender takes any): 'she' finds the last woman without a scan past every man since."""

    def __init__(self, gender: dict[str, str]) -> None:
        self.gender = gender
        self.people: dict[str, None] = {}  # a dict: O(1) moves
        self.taking: dict[str | None, dict[str, None]] = defaultdict(dict)  # by the pronoun: 'he', 'she' or None

    def add(self, person: str) -> None:
        gender = self.gender.get(person)
        pronouns = ("he", "she", None) if gender is None else (gender,)
        for order in [self.people, *(self.taking[pronoun] for pronoun in pronouns)]:
            order.pop(person, None)
            order[person] = None

    def last(self, pronoun: str | None, besides: set[str | None]) -> str | None:
        """The person referred to last who may take the pronoun, not one `besides`."""
        return next((p for p in reversed(self.taking[pronoun]) if p not in besides), None)


def _two_of(*groups: Iterable[str], besides: str | None = None) -> set[str]:
    """The people of the groups, no more than two of them (one is all a role noun may name), leaving out one."""
    found: set[str] = set()
    for person in (p for group in groups for p in group if p != besides):
        found.add(person)
        if len(found) == 2:
            break
    return found
