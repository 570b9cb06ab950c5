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
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import cache
from itertools import islice

from kgraph.gazetteer import Gazetteer
from kgraph.lexicon import lexicon
from kgraph.model import EntityType, Extraction, Fact, Mention, MentionKind, ResolvedArticle
from kgraph.relations import GIVING_WAY, relations
from kgraph.resolve.entities import TYPE_PATHS, EntityTable
from kgraph.resolve.lookback import Article, Holder, Holders, Plurals, Recent, Sides, Typed, two_of

HONORIFIC_GENDER = {"mr": "he", "sir": "he", "lord": "he"} | dict.fromkeys(["mrs", "ms", "miss", "dame", "lady"], "she")
PRONOUN_GENDER = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she"}
SUBJECT_PRONOUNS = {"he", "she"}
IT = "it"  # the pronoun of a state or body
# entity ids of states and bodies, which 'it' may stand for
BODY_PATHS = tuple(
    f"{TYPE_PATHS[t]}/" for t in (EntityType.COUNTRY, EntityType.GOVERNMENT_BODY, EntityType.ORGANIZATION)
)
DONE_TO_ACTORS = {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE", "REQUEST", "AID"}  # deeds done to actors
INDEFINITE = {"a", "an"}  # "a court sentenced X": an organ not named before
LEADER_WORDS = {"leader"}  # a role noun for whoever holds a state's top office, whatever its title
GENERIC_TITLE_WORDS = {"minister", "secretary", "vice", "deputy", "state", "of", "chief", "general", "junior"}


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

        Both walks go through the mentions in text order and keep what lies behind the mention they are at (`Article`,
        `Plurals`): a scan of every mention and fact for each description, plural or 'they' made an article of
        many of them cost their square."""
        entity_of = dict(names)
        sides = Sides(ex.facts)
        self._referred(ex, entity_of, holders, sides)
        article = Article(ex, entity_of, sides)
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
        plurals = Plurals(ex, entity_of, self._typed(entity_of))
        participants: dict[Mention, tuple[str, ...]] = {}
        for m in ex.mentions:
            plurals.walk_to(m.start)
            if m.kind is MentionKind.PLURAL_PRONOUN:
                group = self._continued_pair(m, plurals)
            elif m.kind is MentionKind.PLURAL:
                group = self._plural(m, article, plurals, entity_of)
            else:
                continue
            if group:
                participants[m] = group
                plurals.anchors.append((m.start, group))
        return ResolvedArticle(ex, entity_of, participants)

    def _referred(self, ex: Extraction, entity_of: dict[Mention, str], holders: list[Holder], sides: Sides) -> None:
        """Pronouns, role nouns and counterparts, in text order, each by those referred to before it (`sides`: the
        facts each mention is the object and the subject of)."""
        recent = Recent(self.gender)  # people in the order the article last referred to them
        bodies: dict[str, None] = {}  # and states and bodies (a dict: O(1) moves)
        held = Holders(holders, self.gaz.leading_titles)
        before = _acting_before(ex)
        in_facts = {m for f in ex.facts for m in (f.subject, f.object)}
        for m in ex.mentions:
            if m.text.lower() == IT:
                eid = _body_referred(m, sides.done_to, entity_of, bodies)
            else:
                eid = self._continued_subject(m, entity_of.get(before.get(m))) or self._person_referred(
                    m, sides, entity_of, held, recent
                )
                eid = eid or self._unnamed_holder(m, ex, in_facts, held)
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
        sides: Sides,
        entity_of: dict[Mention, str],
        held: Holders,
        recent: Recent,
    ) -> str | None:
        """Whom a pronoun, role noun or 'counterpart' stands for, the people referred to so far being `recent`
        (`sides`: the facts each mention is the object and the subject of)."""
        if m.kind is MentionKind.PRONOUN:
            subjects = {entity_of.get(f.subject) for f in sides.done_to.get(m, ())}  # "Ruiz thanked him"
            return recent.last(PRONOUN_GENDER.get(m.text.lower()), besides=subjects)
        if m.kind is MentionKind.ROLE:
            return self._role_holder(m, held, sides.across(m, entity_of))
        if m.kind is MentionKind.COUNTERPART:
            return self._counterpart(m, held, next(reversed(recent.people), None))
        return None

    def _unnamed_holder(self, m: Mention, ex: Extraction, in_facts: set[Mention], held: Holders) -> str | None:
        """Who 'the prime minister' is where the article names no holder and no state the office is of: the holder
        of that office the article speaks of, a person of its own, as 'a journalist' is; only for what they do or
        what is done to them. Where it names two who may be meant, it is neither: a guess could tie the wrong one."""
        if m.kind is not MentionKind.ROLE or m.gazetteer_id or m not in in_facts:
            return None
        if self._fitting(m, held, lambda people: people):
            return None
        label = m.text.removeprefix("the ").removeprefix("The ")
        return self.table.article_node(EntityType.PERSON, m.title, ex.document.id, label)

    def _continued_subject(self, m: Mention, acting: str | None) -> str | None:
        """The person a subject 'he' or 'she' continues: the one who acts first in the sentence just before, when
        the pronoun may stand for them ('X urged Y to ... . He also said ...': X, where Y was named last)."""
        wanted = PRONOUN_GENDER.get(m.text.lower()) if m.text.lower() in SUBJECT_PRONOUNS else None
        if wanted is None or acting is None or not acting.startswith("person/"):
            return None
        return acting if self.gender.get(acting, wanted) == wanted else None

    def _serves(self, gazetteer_id: str | None) -> str | None:
        """The country a role serves when held for an entry or its body; else the entry's own id."""
        return self.gaz.served(gazetteer_id)

    def holders(self, ex: Extraction, entity_of: dict[Mention, str]) -> list[Holder]:
        """The people an article gives a role, with the role."""
        holders = []
        for role in ex.roles:
            if person := entity_of.get(role.person):
                serves = self._serves(role.affiliation.gazetteer_id) if role.affiliation else None
                title = role.position.lower().replace("-", " ")
                holders.append(Holder(person, title, serves, role.person.start))
        return holders

    def _role_holder(self, m: Mention, held: Holders, other: set[str | None]) -> str | None:
        """Who a role noun names: the one holder of that title here ('the foreign minister'); a title's last word
        names its holder too where the country says whose ('the Freedonian minister' for its foreign minister) or
        where one person alone holds such a title here ('the minister'), and 'leader' the one who holds its top office
        ('the Freedonian leader' for its president). Of two, never one who serves the other side of the role noun's
        own fact (`other`: whom it is done to or by)."""
        fits = self._fitting(m, held, lambda people: people)
        if len(fits) > 1:  # "the president" between two presidents named: the one named before it
            fits = self._fitting(m, held, lambda people: held.named_before(people, m.start)) or fits
        if len(fits) > 1:  # "the minister urged Y": not Y's own minister
            fits = {p for p in fits if not any(self.table.gazetteer_node(s) in other for s in self.serves_of[p])}
        return self._one_holder(m, fits)

    def _fitting(self, m: Mention, held: Holders, kept: Callable[[set[str]], set[str]]) -> set[str]:
        """No more than two of the holders a role noun may name, of those `kept`."""
        serves = self._serves(m.gazetteer_id)
        if serves:
            fits = two_of(kept(held.titled[m.title, serves]), kept(held.titled[m.title, None]))
        else:
            fits = two_of(kept(held.any[m.title]))
        if not fits and " " not in m.title:  # "the minister": the one foreign or finance minister named here
            fits = two_of(kept(held.last_word[m.title, serves]) if serves else kept(held.headed[m.title]))
        if not fits and serves and m.title in LEADER_WORDS:  # "the Freedonian leader": whoever leads Freedonia
            fits = two_of(kept(held.leading[serves]))
        return fits

    def _counterpart(self, m: Mention, held: Holders, possessor: str | None) -> str | None:
        """Who 'his Freedonian counterpart' names: the one serving Freedonia in the office that the
        possessor (the person named last) holds."""
        serves = self._serves(m.gazetteer_id)
        own = {w for t in self.titles_of.get(possessor or "", ()) for w in t.split()} - GENERIC_TITLE_WORDS
        groups = (held.word[w, s] for w in own for s in dict.fromkeys((serves, None)))
        return self._one_holder(m, two_of(*groups, besides=possessor))

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
        self, m: Mention, article: Article, entity_of: dict[Mention, str], organs: dict[str, str]
    ) -> str | None:
        """Whom a description stands for: 'the country' the salient country, 'the army' the army named before or
        its army (`organs`: the organ of each kind referred to so far), 'the drills' their doer."""
        if m.kind is MentionKind.DEFINITE and m.type is EntityType.ORGANIZATION:
            return self._salient(m, article, entity_of, EntityType.ORGANIZATION)  # "the bloc"
        if m.kind is MentionKind.DEFINITE and m.institution:
            return self._organ(m, article, entity_of, organs)
        if m.kind is MentionKind.DEFINITE:
            owner = self._owner(m, article, entity_of)  # "his country": the state its pronoun's person serves
            found = self._served(owner) or self._salient(m, article, entity_of, EntityType.COUNTRY) or owner
            return found or self._unnamed_rulers(m, article)
        if m.kind is MentionKind.EVENT:
            own = article.facts_of.get(m, ())
            if own and all(f.object is m and relations()[f.relation].plover in GIVING_WAY for f in own):
                return article.deeds.undergoer(m, own, entity_of)  # "lifted the sanctions": on whom they were
            return article.deeds.doer(m, own, entity_of)
        return None

    def _organ(self, m: Mention, article: Article, entity_of: dict[Mention, str], organs: dict[str, str]) -> str:
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
        return self.table.article_node(EntityType.GOVERNMENT_BODY, m.institution, article.document_id, label)

    def _unnamed_rulers(self, m: Mention, article: Article) -> str | None:
        """Who 'the government' or 'the authorities' are where the article names no state they may rule: those of
        a state of its own, as 'a court' is its own court; only for what they do or what is done to them."""
        noun = m.text.split()[-1].lower()
        if not lexicon().names_rulers(noun) or m not in article.facts_of:
            return None
        label = m.text.split(maxsplit=1)[-1]
        return self.table.article_node(EntityType.GOVERNMENT_BODY, noun, article.document_id, label)

    def _served(self, person: str | None) -> str | None:
        """The one state a person holds an office for in the corpus, if one."""
        served = self.serves_of.get(person, set()) if person else set()
        return self.table.gazetteer_node(next(iter(served))) if len(served) == 1 else None

    def _owner(self, m: Mention, article: Article, entity_of: dict[Mention, str]) -> str | None:
        """The person whose own a description is ('his country', 'her government'): whom its pronoun stands for."""
        pronoun = article.pronoun_at.get(m.start)
        return entity_of.get(pronoun) if pronoun is not None else None

    def _salient(self, m: Mention, article: Article, entity_of: dict[Mention, str], kind: EntityType) -> str | None:
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

    def _plural(
        self, m: Mention, article: Article, plurals: Plurals, entity_of: dict[Mention, str]
    ) -> tuple[str, ...] | None:
        """Whom a plural reference stands for: all those the last sentence brought together, for 'the leaders' with
        no number after a meeting of three or more; else as many as it says ('the three leaders'), or two."""
        if group := () if m.counted else plurals.all_of(m):
            return group
        return self._participants(m, article, plurals, entity_of) if m.count == 2 else plurals.group(m, m.count)

    def _participants(
        self, m: Mention, article: Article, plurals: Plurals, entity_of: dict[Mention, str]
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
        the two leaders'); None when it cannot be, and for a place where any actors are meant ('both sides' are
        no two regions named together)."""
        if eid is None or self.nodes[eid].type is wanted:
            return eid
        if wanted is None:
            return None if self.nodes[eid].type is EntityType.PLACE else eid
        if wanted is EntityType.COUNTRY and self.nodes[eid].type is EntityType.PERSON:
            served = set(self.serves_of.get(eid, ()))
            country = self.table.gazetteer_node(served.pop()) if len(served) == 1 else None
            return country if country and self.nodes[country].type is wanted else None
        if wanted is EntityType.PERSON and self.nodes[eid].type is EntityType.COUNTRY:
            entry = eid.partition("/")[2]  # a country's node is named by its gazetteer entry
            people = serving.get(entry, [])
            return people[0] if len(people) == 1 else None
        return None

    def _continued_pair(self, m: Mention, plurals: Plurals) -> tuple[str, ...] | None:
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


def _acting_before(ex: Extraction) -> dict[Mention, Mention]:
    """For each pronoun that acts in a fact, the one who acts in the first fact of the sentence just before its own,
    where that is a person: whom a subject 'he' or 'she' continues, unless a person is named between them ('X met
    Y. Z said he ...'). Sentences between that name no person and state nothing leave it so ('X met Y. "The talks
    were useful," he said.': X)."""
    by_sentence: dict[int, list[Fact]] = defaultdict(list)  # the facts of each sentence, by the sentence's start
    for f in sorted(ex.facts, key=lambda f: (f.evidence.start, f.subject.start)):
        by_sentence[f.evidence.start].append(f)
    sentences = [by_sentence[start] for start in sorted(by_sentence)]
    people = sorted(m.start for m in ex.mentions if m.type is EntityType.PERSON and m.kind is not MentionKind.PRONOUN)
    before = {}
    for prev, facts in zip(sentences, sentences[1:], strict=False):
        if prev[0].subject.type is not EntityType.PERSON:
            continue
        after = bisect_left(people, prev[0].evidence.end)  # no person named from there up to the pronoun
        for f in facts:
            if f.subject.kind is MentionKind.PRONOUN and bisect_left(people, f.subject.start) == after:
                before[f.subject] = prev[0].subject
    return before
