"""One node per real event: the mentions of one event, within an article and across articles, share it.

News reports an event many times: in the headline, the lead ("on Friday") and a later paragraph,
and in every outlet that covers it. Mentions are one event when they state the same relation between
the same two entities (either way round for a symmetric one: meetings, agreements, cooperation), say
the same of it (that it happened, as seen or as someone said; that it is planned; that it did not
happen), on compatible dates: the same explicit date; a mention with no date of its own
joins the dated event nearest its article's date within WINDOW days; mentions with no date anywhere
near one are one event when their articles' dates chain within WINDOW of each other. As GDELT keeps
one event row and a row per mention, the event counts its mentions (evidence sentences) and its
articles.

Event ids are made from the event (relation, participants, modality, date or the first article date
of an undated run), never from an article, so any shard of a corpus names its events alike; which
mentions an event gathers depends on the set of articles, never their order.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from kgraph.model import EventRef, Fact, Modality, ResolvedArticle
from kgraph.relations import relations

WINDOW = 7  # days: a report comes days after the event, a plan days before it
# What a mention says of the event: that it happened (as seen or as someone said), that it is planned, or not.
STANCE = {Modality.ASSERTED: "happened", Modality.REPORTED: "happened", Modality.PLANNED: "planned",
          Modality.NEGATED: "negated"}  # fmt: skip
MODALITIES = [Modality.ASSERTED, Modality.REPORTED, Modality.PLANNED, Modality.NEGATED]  # the surest first


def events_of(articles: Sequence[ResolvedArticle]) -> list[dict[tuple[Fact, str, str], EventRef]]:
    """For each article, the event each of its resolved facts (fact, subject id, object id) reports."""
    table = EventTable()
    for article in articles:
        table.add(article)
    table.finish()
    return [table.events_of(article) for article in articles]


@dataclass
class _Cell:
    """What the mentions of one event key with one (fact date, article date) say: counted, never listed, so a
    corpus read an article at a time costs memory by its events, not by its mentions."""

    ends: Counter[tuple[str, str]] = field(default_factory=Counter)  # (subject, object) as each mention gives it
    places: Counter[str] = field(default_factory=Counter)
    modality: Modality = Modality.NEGATED  # the surest any mention gives
    confidence: float = 0.0


Key = tuple[str, ...]  # relation, the two ends (sorted for a symmetric relation), stance
Days = tuple[date | None, date | None]  # a mention's own date and its article's


class EventTable:
    """The events of a corpus, gathered an article at a time (`add`), then tied together (`finish`): which
    mentions are one event depends on every mention's dates, so events are known once all are added."""

    def __init__(self) -> None:
        self.relations = relations()
        self.cells: dict[Key, dict[Days, _Cell]] = defaultdict(dict)
        self.anchors: dict[Key, dict[Days, str]] = {}
        self.events: dict[tuple[Key, str], EventRef] = {}

    def key(self, fact: Fact, subject: str, obj: str) -> Key:
        ends = tuple(sorted((subject, obj))) if self.relations[fact.relation].symmetric else (subject, obj)
        return (fact.relation, *ends, STANCE[fact.modality])

    def add(self, article: ResolvedArticle) -> None:
        """Count an article's resolved facts into the events they report."""
        for fact, subject, obj in article.resolved_facts():
            cell = self.cells[self.key(fact, subject, obj)].setdefault((fact.date, article.document.date), _Cell())
            cell.ends[(subject, obj)] += 1
            if fact.place and (place := article.entity_of.get(fact.place)):
                cell.places[place] += 1
            cell.modality = min(cell.modality, fact.modality, key=MODALITIES.index)
            cell.confidence = max(cell.confidence, fact.confidence)

    def finish(self) -> None:
        """Tie each key's mentions into events by their dates, and say what each event is."""
        for key, cells in self.cells.items():
            anchors = _anchored(list(cells))
            together: dict[str, list[_Cell]] = defaultdict(list)
            for days, anchor in anchors.items():
                together[anchor].append(cells[days])
            for anchor, found in together.items():
                self.events[(key, anchor)] = _event(key, anchor, found)
            self.anchors[key] = anchors
        self.cells.clear()

    def events_of(self, article: ResolvedArticle) -> dict[tuple[Fact, str, str], EventRef]:
        """The event each of an article's resolved facts reports (the article was added before `finish`)."""
        found = {}
        for fact, subject, obj in article.resolved_facts():
            key = self.key(fact, subject, obj)
            found[(fact, subject, obj)] = self.events[(key, self.anchors[key][(fact.date, article.document.date)])]
        return found


def _event(key: Key, anchor: str, cells: list[_Cell]) -> EventRef:
    """What the mentions of one event say of it, each choice independent of the order they come in."""
    (agent, target), _ = _most_common(sum((c.ends for c in cells), Counter()))
    place, _ = _most_common(sum((c.places for c in cells), Counter()))
    return EventRef(
        id=_event_id(key, anchor),
        agent=agent,
        target=target,
        date=_event_date(anchor),
        modality=min((c.modality for c in cells), key=MODALITIES.index),  # seen by one, said by another
        confidence=max(c.confidence for c in cells),
        place=place,
    )


def alone(article_id: str, fact: Fact, subject: str, obj: str) -> EventRef:
    """The event of a fact in an article no corpus resolution has seen (made by hand): its own event."""
    key = (fact.relation, subject, obj, STANCE[fact.modality], article_id, str(fact.evidence.start))
    anchor = fact.date.isoformat() if fact.date else ""
    return EventRef(_event_id(key, anchor), subject, obj, fact.date, fact.modality, fact.confidence)


def _most_common(counts: Counter) -> tuple:
    """The value counted most often, ties going to the smallest; (None, 0) for none."""
    if not counts:
        return None, 0
    return min(counts.items(), key=lambda item: (-item[1], item[0]))


def _anchored(mentions: list[Days]) -> dict[Days, str]:
    """The event anchor of each (mention date, article date) within one (relation, participants, modality):
    a date, '~' and the first article date of an undated run, or '' for mentions with no date at all."""
    dated = sorted({day for day, _ in mentions if day})
    anchors: dict[Days, str] = {}
    loose: list[Days] = []
    for m in mentions:
        day, reported = m
        if day:
            anchors[m] = day.isoformat()
        elif reported and (near := [d for d in dated if abs((d - reported).days) <= WINDOW]):
            anchors[m] = min(near, key=lambda d: (abs((d - reported).days), d)).isoformat()
        else:
            loose.append(m)
    run_start: date | None = None
    previous: date | None = None
    for day in sorted({reported for _, reported in loose if reported}):
        if previous is None or (day - previous).days > WINDOW:
            run_start = day
        for m in loose:
            if m[1] == day:
                anchors[m] = "~" + run_start.isoformat()
        previous = day
    for m in loose:
        anchors.setdefault(m, "")
    return anchors


def _event_id(key: tuple, anchor: str) -> str:
    return "event/" + hashlib.sha1("|".join([*key, anchor]).encode("utf-8")).hexdigest()[:16]


def _event_date(anchor: str) -> date | None:
    """The date an event happened, where a mention states it."""
    return date.fromisoformat(anchor) if anchor and not anchor.startswith("~") else None
