"""Typed records passed between pipeline stages.

Each stage hands the next plain, frozen, picklable dataclasses, never spaCy or rdflib
objects, so a stage can be tested alone and run in another process.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from kgraph.relations import relations


class EntityType(StrEnum):
    """Ontology class of an entity (local names in the `dip:` namespace)."""

    PERSON = "Person"
    COUNTRY = "Country"
    ORGANIZATION = "Organization"
    GOVERNMENT_BODY = "GovernmentBody"
    PLACE = "Place"
    GROUP = "Group"


class Modality(StrEnum):
    """How the article presents a fact; negated facts never become graph edges."""

    ASSERTED = "asserted"
    PLANNED = "planned"
    REPORTED = "reported"
    NEGATED = "negated"


COUPLES = {"pair", "duo"}  # "the pair": two without a number
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
OWN_SIDE_STANCES = frozenset({"praised", "supported"})  # no relation when held toward the side one acts for
HAPPENED = frozenset({Modality.ASSERTED, Modality.REPORTED})  # the article says it took place, itself or by report


class MentionKind(StrEnum):
    """How a mention refers: by name, or by a word that needs the article to know who is meant."""

    NAME = "name"
    PRONOUN = "pronoun"  # he, she, his, her: the last person named
    ROLE = "role"  # "the Foreign Secretary": who holds that title (Mention.title) here
    COUNTERPART = "counterpart"  # "his Chinese counterpart": the other side's holder of the possessor's office
    PLURAL = "plural"  # "the pair", "the two leaders", "both sides": the two participants before it
    PLURAL_PRONOUN = "plural pronoun"  # "they": the pair just named, when it continues one
    DEFINITE = "definite"  # "the country": the country the article is most about so far
    INSTITUTION = "institution"  # "the German government": an organ (Mention.institution) of a country
    EVENT = "event"  # "the drills", "these accusations": whoever did the event (Mention.event) named before
    UNQUALIFIED = "unqualified"  # "refugees", "gunmen": a group named by its members alone, the article's own


@dataclass(frozen=True)
class Document:
    """One article after ingest: clean text plus what we know about it."""

    id: str
    text: str
    title: str
    date: date | None = None
    source: str = ""
    encoding: str = "utf-8"  # what the file was read as (ingest detects it)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read, and why; the build goes on without it."""

    source: str
    reason: str


@dataclass(frozen=True)
class Note:
    """Something the build changed in an input to read it (its encoding, sentences cut), not an error."""

    source: str
    message: str


@dataclass(frozen=True)
class Mention:
    """A stretch of article text naming an actor or place; offsets index Document.text."""

    text: str
    start: int
    end: int
    type: EntityType
    gazetteer_id: str | None = None  # the entry named; for a role noun, the country or body the role serves;
    # for an institution, its country
    kind: MentionKind = MentionKind.NAME
    title: str = ""  # ROLE: the title it names, lower-cased, hyphens as spaces ("foreign secretary")
    institution: str = ""  # INSTITUTION: the organ it names ("government", "army")
    participants: EntityType | None = None  # PLURAL: the type both participants have; None: any actors ("both sides")
    event: str = ""  # EVENT: the relation of the event it names again ("attacked" for "the strikes")

    @property
    def plural(self) -> bool:
        """Whether it stands for two or more participants ("the pair", "the three leaders", "they")."""
        return self.kind in (MentionKind.PLURAL, MentionKind.PLURAL_PRONOUN)

    @property
    def count(self) -> int:
        """How many participants a plural reference names: the number it gives ("the three leaders"), else two."""
        return next((NUMBER_WORDS[w] for w in self.text.lower().split() if w in NUMBER_WORDS), 2)

    @property
    def counted(self) -> bool:
        """Whether a plural reference says how many it names ("the three leaders", "both sides", "the pair"), where
        "the leaders" names all those just named, however many."""
        words = set(self.text.lower().split())
        return bool(words & (NUMBER_WORDS.keys() | COUPLES | {"both"}))


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact or role was read from, with its offsets in Document.text."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Fact:
    """subject –relation→ object as one sentence states it."""

    subject: Mention
    relation: str
    object: Mention
    evidence: Evidence
    modality: Modality = Modality.ASSERTED
    confidence: float = 0.5
    rule: str = ""  # the registered extraction rule that read it and its trigger's lemma: "phrasal_verb:call"
    date: date | None = None
    place: Mention | None = None


@dataclass(frozen=True)
class Role:
    """A person's position and the country or body they act for, from a title or apposition."""

    person: Mention
    position: str
    affiliation: Mention | None
    evidence: Evidence


@dataclass(frozen=True)
class Extraction:
    """Everything the extractor read from one article."""

    document: Document
    mentions: tuple[Mention, ...] = ()
    facts: tuple[Fact, ...] = ()
    roles: tuple[Role, ...] = ()
    pairs: tuple[tuple[Mention, Mention], ...] = ()  # actors named together ("X and Y"), for "both sides"
    notes: tuple[str, ...] = ()  # what parsing changed: over-long sentences cut


@dataclass(frozen=True)
class Entity:
    """One real-world actor or place: one graph node."""

    id: str
    label: str
    type: EntityType
    wikidata: str | None = None
    country: str | None = None  # entity id of the country a body belongs to or a place lies in


@dataclass(frozen=True)
class EventRef:
    """The real event a fact reports: the same for every mention of it, in any article (resolve/events.py)."""

    id: str  # "event/<hash>", made from the event, not from an article
    agent: str  # entity ids, in the direction most of its mentions give (either way for a symmetric relation)
    target: str
    date: date | None = None  # the day it happened, where a mention states it
    modality: Modality = Modality.ASSERTED  # the surest any mention gives: asserted over reported
    confidence: float = 0.5  # the surest of its mentions'
    place: str | None = None  # entity id of where it happened, as most mentions that say so give it


@dataclass(frozen=True)
class ResolvedArticle:
    """An extraction whose mentions are tied to entity ids (mentions left out are dropped).

    A plural reference ("the pair", "the three leaders") stands for two or more entities, kept in `participants`."""

    extraction: Extraction
    entity_of: Mapping[Mention, str] = field(default_factory=dict)
    participants: Mapping[Mention, tuple[str, ...]] = field(default_factory=dict)
    events: Mapping[tuple[Fact, str, str], EventRef] = field(default_factory=dict)  # by (fact, subject, object)

    @property
    def document(self) -> Document:
        return self.extraction.document

    def entities_of(self, mention: Mention) -> tuple[str, ...]:
        """The entity a mention stands for, or the participants of a plural reference."""
        if mention in self.entity_of:
            return (self.entity_of[mention],)
        return self.participants.get(mention, ())

    def resolved_facts(self) -> Iterator[tuple[Fact, str, str]]:
        """Each fact with its subject's and object's entity ids; facts about one entity twice are left out.

        A plural subject that is also the object ("the pair met") is a fact between every two of its participants,
        each way for a one-sided relation ("the two states restored ties": each supports the other); a plural
        subject of any other fact ("both sides urged Iran") gives one fact per participant. Praise or backing a
        person gives the state or body the article says they act for is no relation between two actors ('X said
        Freedonia and Y are good friends', said by Freedonia's leader, praises Y)."""
        own = {
            (self.entity_of.get(r.person), self.entity_of.get(r.affiliation))
            for r in self.extraction.roles
            if r.affiliation is not None
        }
        for fact in self.extraction.facts:
            if fact.subject == fact.object:
                group = self.participants.get(fact.subject, ())
                pairs = [(a, b) for i, a in enumerate(group) for b in group[i + 1 :]]
                if not relations()[fact.relation].symmetric:
                    pairs += [(b, a) for a, b in pairs]
            else:
                pairs = [(s, o) for s in self.entities_of(fact.subject) for o in self.entities_of(fact.object)]
            for subject, obj in pairs:
                if subject != obj and not (fact.relation in OWN_SIDE_STANCES and (subject, obj) in own):
                    yield fact, subject, obj


@dataclass
class KnowledgeGraph:
    """The resolved corpus: entities by id and the articles that mention them."""

    entities: dict[str, Entity]
    articles: list[ResolvedArticle]
