"""What coreference looks back to, kept as a walk through an article's mentions passes it: how often each actor
was named, the deeds of each sentence, the pairs named together, the people named last, the role holders. A scan
of every mention and fact before each description, plural reference or pronoun made an article of many of them
cost their square; these keep what lies behind the walk so that each look back costs little (coreference.py
decides whom a reference stands for, this module only keeps what it looks at)."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from heapq import heappop, heappush
from itertools import islice
from typing import Generic, TypeVar

from kgraph.model import EntityType, Extraction, Fact, Mention, MentionKind

T = TypeVar("T")
Typed = Callable[[EntityType | None, str | None], str | None]  # an entity as the type a plural names (`_as`)


class Sides:
    """The facts each mention is the object of and those it is the subject of, made once per article (a scan of
    every fact for each pronoun or role noun made an article of many of them and of facts cost their product)."""

    def __init__(self, facts: Sequence[Fact]) -> None:
        self.done_to: dict[Mention, list[Fact]] = defaultdict(list)
        self.done_by: dict[Mention, list[Fact]] = defaultdict(list)
        for f in facts:
            self.done_to[f.object].append(f)
            self.done_by[f.subject].append(f)

    def across(self, m: Mention, entity_of: dict[Mention, str]) -> set[str | None]:
        """Who is on the other side of a mention's facts: who did them to it, and to whom it did them."""
        subjects = {entity_of.get(f.subject) for f in self.done_to.get(m, ())}
        return subjects | {entity_of.get(f.object) for f in self.done_by.get(m, ())}


@dataclass(frozen=True)
class Holder:
    """A person the article gives a role: 'Foreign Secretary Anna Berg'."""

    person: str
    title: str  # lower-cased, hyphens as spaces
    serves: str | None  # the country (or organisation) the role is held for
    start: int  # where the article names the person


class Walk(Generic[T]):
    """Items in text order, each handed out once as a walk through the text passes where it starts: what lies behind
    a mention is gathered as the walk goes, not by a scan for each mention."""

    def __init__(self, items: Sequence[T], start: Callable[[T], int]) -> None:
        self.items, self.start, self.passed = items, start, 0

    def past(self, start: int) -> Iterator[T]:
        """The items starting before `start` not handed out yet."""
        while self.passed < len(self.items) and self.start(self.items[self.passed]) < start:
            self.passed += 1
            yield self.items[self.passed - 1]


class Article:
    """What the walk through an article's descriptions looks up, made once: the facts on each side of a mention, the
    pronoun at each place ('his country'), how often each actor was named before it, and the deeds before it."""

    def __init__(self, ex: Extraction, entity_of: dict[Mention, str], sides: Sides) -> None:
        self.document_id = ex.document.id
        self.sides = sides
        self.facts_of: dict[Mention, list[Fact]] = defaultdict(list)  # either side, each fact once
        for f in ex.facts:
            for side in dict.fromkeys((f.subject, f.object)):
                self.facts_of[side].append(f)
        self.pronoun_at: dict[int, Mention] = {}  # the first pronoun at each place
        for m in ex.mentions:
            if m.kind is MentionKind.PRONOUN:
                self.pronoun_at.setdefault(m.start, m)
        self.named = Walk(ex.mentions, lambda m: m.start)  # the mentions counted into `tallies` so far
        self.tallies: dict[EntityType, Tally] = defaultdict(Tally)  # how often each actor was named, by its type
        self.deeds = Deeds(ex.facts, entity_of)

    def across(self, m: Mention, entity_of: dict[Mention, str]) -> set[str | None]:
        """Who is on the other side of a mention's facts ('X urged both sides': X)."""
        return self.sides.across(m, entity_of)


class Tally:
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


class Deeds:
    """Each relation's facts by the sentence they were read from, with who did them, kept as descriptions are tied to
    entities: 'the drills' were held by whoever held the last drills before them."""

    def __init__(self, facts: Sequence[Fact], entity_of: dict[Mention, str]) -> None:
        self.doers: dict[tuple[str, int], Counter[str | None]] = defaultdict(Counter)  # by relation and sentence
        self.done_to: dict[tuple[str, int], Counter[str | None]] = defaultdict(Counter)  # and whom to
        self.by_subject: dict[Mention, list[Fact]] = defaultdict(list)
        for f in facts:
            self.doers[f.relation, f.evidence.start][entity_of.get(f.subject)] += 1
            self.done_to[f.relation, f.evidence.start][entity_of.get(f.object)] += 1
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
        mine = Counter((f.evidence.start, entity_of.get(f.subject)) for f in own if f.relation == m.event)
        return self._last(self.doers, m, mine)

    def undergoer(self, m: Mention, own: Iterable[Fact], entity_of: dict[Mention, str]) -> str | None:
        """Whom an event named again was done to ('lifted the sanctions': whom they were imposed on), as `doer`."""
        mine = Counter((f.evidence.start, entity_of.get(f.object)) for f in own if f.relation == m.event)
        return self._last(self.done_to, m, mine)

    def _last(self, sides: dict[tuple[str, int], Counter[str | None]], m: Mention, mine: Counter) -> str | None:
        starts = self.starts.get(m.event, [])
        at = bisect_left(starts, m.start)
        while at:
            at -= 1
            found = sides[m.event, starts[at]]
            others = list(islice((d for d, n in found.items() if n > mine[starts[at], d]), 2))
            if others:  # else every fact of that sentence is its own
                return others[0] if len(others) == 1 else None
        return None


class Pairs:
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


class Gathered:
    """The actors (as `typed` gives them) that each sentence's facts bring together, a sentence's facts joining as
    the walk passes their end, and the sentences that bring each number of them together, last first."""

    def __init__(self, facts: Sequence[Fact], typed: Callable[[Mention], str | None]) -> None:
        self.facts, self.typed = facts, typed
        ends = sorted(range(len(facts)), key=lambda i: facts[i].evidence.end)
        self.ended = Walk(ends, lambda i: facts[i].evidence.end)
        self.read: dict[int, list[int]] = defaultdict(list)  # the facts passed of each sentence, by where it starts
        self.together: dict[int, tuple[str, ...]] = {}
        self.latest: dict[int, list[int]] = defaultdict(list)  # heaps of -start of sentences, by how many they gather

    def last(self, count: int, start: int) -> tuple[str, ...]:
        """The actors of the last sentence ending by `start` that brings `count` of them together."""
        self._pass(start)
        return self._latest(count)

    def most(self, start: int) -> tuple[str, ...]:
        """The actors of the last sentence ending by `start` that brings two or more together, when it brings three
        or more ('the leaders' after a summit of three); none when it brings two, which the pairs know."""
        self._pass(start)
        for count in list(self.latest):
            self._latest(count)  # each count's heap, cleared of sentences that gather more now
        found = [(-heap[0], count) for count, heap in self.latest.items() if heap and count >= 2]
        sentence, count = max(found, default=(0, 0))
        return self.together[sentence] if count >= 3 else ()

    def _latest(self, count: int) -> tuple[str, ...]:
        """The actors of the last sentence passed that brings `count` of them together."""
        latest = self.latest.get(count, [])
        while latest and len(self.together[-latest[0]]) != count:  # brings more together now
            heappop(latest)
        return self.together[-latest[0]] if latest else ()

    def _pass(self, start: int) -> None:
        passed: dict[int, None] = {}  # the sentences facts of which were passed now
        for i in self.ended.past(start + 1):
            sentence = self.facts[i].evidence.start
            self.read[sentence].append(i)
            passed[sentence] = None
        for sentence in passed:
            self._gather(sentence)

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


class Plurals:
    """What the walk through an article's plural references and 'they' looks back to, kept as it passes the
    mentions: the people named (last named last, with where), the pairs named together or in facts, the actors
    each sentence brings together, and the last two (or more) that 'they' may go on to stand for."""

    def __init__(self, ex: Extraction, entity_of: dict[Mention, str], typed: Typed) -> None:
        self.facts, self.entity_of, self.typed = ex.facts, entity_of, typed
        people = [n for n in ex.mentions if n.kind is MentionKind.NAME and entity_of.get(n, "").startswith("person/")]
        self.named = Walk(people, lambda n: n.start)
        self.people: dict[str, int] = {}  # the people named so far, the last named last, with where
        # pairs named together and facts' two sides, latest first (at one place, those named together first),
        # with what orders them: a pair named together counts before a plural, a fact once both its sides are named
        # ('X and Y met as the two leaders'; not 'Z urged both sides, and W spoke with X and Y' for W and X)
        named = [(a.start, False, a, b) for a, b in ex.pairs]
        named += [(max(f.subject.start, f.object.start), True, f.subject, f.object) for f in ex.facts]
        named.sort(key=lambda item: item[0], reverse=True)
        self.order = [(-at, fact) for at, fact, _, _ in named]
        self.sides = [(a, b) for _, _, a, b in named]
        self.pairs: dict[EntityType | None, Pairs] = {}  # of each type plurals name
        self.gathered: dict[EntityType | None, Gathered] = {}
        # what 'they' may go on to stand for: the participants of plural references resolved, and facts' two people
        self.anchor: tuple[int, tuple[str, ...]] | None = None  # the last of them before the walk
        self.anchors: list[tuple[int, tuple[str, ...]]] = []
        two_people = [(f.evidence.start, (entity_of.get(f.subject, ""), entity_of.get(f.object, ""))) for f in ex.facts]
        two_people = [(at, pair) for at, pair in two_people if _two_people(pair)]
        self.walks = [Walk(self.anchors, _at), Walk(sorted(two_people, key=_at), _at)]

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
            self.pairs[wanted] = Pairs(found)
        return self.pairs[wanted].first(bisect_left(self.order, (-m.start, True)), besides)

    def all_of(self, m: Mention) -> tuple[str, ...]:
        """The actors 'the leaders' (no number) stand for, where the last sentence before it brings three or more of
        the type it names together: all of them."""
        wanted = m.participants
        if wanted not in self.gathered:
            self.gathered[wanted] = Gathered(self.facts, lambda side: self.typed(wanted, self.entity_of.get(side)))
        return self.gathered[wanted].most(m.start)

    def group(self, m: Mention, count: int) -> tuple[str, ...]:
        """The actors 'the three leaders' stand for: those of the type it names that the facts of the last sentence
        before it bring together, when they are as many as its number says."""
        wanted = m.participants
        if wanted not in self.gathered:
            self.gathered[wanted] = Gathered(self.facts, lambda side: self.typed(wanted, self.entity_of.get(side)))
        return self.gathered[wanted].last(count, m.start)


def _at(anchor: tuple[int, tuple[str, ...]]) -> int:
    return anchor[0]


def _two_people(pair: tuple[str, str]) -> bool:
    return pair[0] != pair[1] and all(e.startswith("person/") for e in pair)


def _between(found: list[int], start: int, end: int) -> int:
    """How many of the sorted `found` are from `start` up to `end`."""
    return bisect_left(found, end) - bisect_left(found, start)


LOWER_RANKS = {"vice", "deputy", "assistant", "under", "junior"}  # "vice president": not the president
POSTPOSITIVE = {"general"}  # "secretary general", "attorney general": 'general' says which secretary


def title_head(title: str) -> str | None:
    """The word a title's holder may be called by alone ('the minister' for a foreign minister); None for a rank
    below that word's ('vice president') or a title whose last word is no noun ('secretary general')."""
    words = title.split()
    if words[0] in LOWER_RANKS or words[-1] in POSTPOSITIVE and len(words) > 1:
        return None
    return words[-1]


class Holders:
    """The people an article gives a role, by the title, its last word, each of its words, and the country served:
    a look at every holder for each role noun made an article of many roles cost their square."""

    def __init__(self, holders: Iterable[Holder], leading_titles: frozenset[str]) -> None:
        self.any: dict[str, set[str]] = defaultdict(set)  # by title
        self.titled: dict[tuple[str, str | None], set[str]] = defaultdict(set)  # by title and country served
        self.last_word: dict[tuple[str, str | None], set[str]] = defaultdict(set)  # by its last word and country
        self.word: dict[tuple[str, str | None], set[str]] = defaultdict(set)  # by each word and country
        self.leading: dict[str | None, set[str]] = defaultdict(set)  # by country, of its top office
        self.headed: dict[str, set[str]] = defaultdict(set)  # by the word that heads the title, whoever is served
        self.first_named: dict[str, int] = {}  # where the article first names each holder
        for h in holders:
            self.first_named[h.person] = min(h.start, self.first_named.get(h.person, h.start))
            self.any[h.title].add(h.person)
            if (head := title_head(h.title)) is not None:
                self.headed[head].add(h.person)
            self.titled[h.title, h.serves].add(h.person)
            for word in h.title.split()[-1:]:
                self.last_word[word, h.serves].add(h.person)
            for word in set(h.title.split()):
                self.word[word, h.serves].add(h.person)
            if h.title in leading_titles:
                self.leading[h.serves].add(h.person)

    def named_before(self, people: set[str], start: int) -> set[str]:
        """Those of the people the article names before a point."""
        return {p for p in people if self.first_named.get(p, start) < start}


class Recent:
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


def two_of(*groups: Iterable[str], besides: str | None = None) -> set[str]:
    """The people of the groups, no more than two of them (one is all a role noun may name), leaving out one."""
    found: set[str] = set()
    for person in (p for group in groups for p in group if p != besides):
        found.add(person)
        if len(found) == 2:
            break
    return found
