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
from dataclasses import dataclass
from datetime import date

from kgraph.model import EventRef, Fact, Modality, ResolvedArticle
from kgraph.relations import relations

WINDOW = 7  # days: a report comes days after the event, a plan days before it
# What a mention says of the event: that it happened (as seen or as someone said), that it is planned, or not.
STANCE = {Modality.ASSERTED: "happened", Modality.REPORTED: "happened", Modality.PLANNED: "planned",
          Modality.NEGATED: "negated"}  # fmt: skip
MODALITIES = [Modality.ASSERTED, Modality.REPORTED, Modality.PLANNED, Modality.NEGATED]  # the surest first


@dataclass(frozen=True)
class _Mention:
    article: int
    fact: Fact
    subject: str
    object: str
    day: date | None  # the fact's own date
    reported: date | None  # its article's date


def events_of(articles: Sequence[ResolvedArticle]) -> list[dict[tuple[Fact, str, str], EventRef]]:
    """For each article, the event each of its resolved facts (fact, subject id, object id) reports."""
    table = relations()
    groups: dict[tuple, list[_Mention]] = defaultdict(list)
    for i, article in enumerate(articles):
        for fact, subject, obj in article.resolved_facts():
            ends = tuple(sorted((subject, obj))) if table[fact.relation].symmetric else (subject, obj)
            key = (fact.relation, *ends, STANCE[fact.modality])
            groups[key].append(_Mention(i, fact, subject, obj, fact.date, article.document.date))
    found: list[dict[tuple[Fact, str, str], EventRef]] = [{} for _ in articles]
    for key, mentions in groups.items():
        anchors = _anchored(mentions)
        by_anchor: dict[str, list[_Mention]] = defaultdict(list)
        for mention, anchor in anchors.items():
            by_anchor[anchor].append(mention)
        for anchor, together in by_anchor.items():
            event = _event(key, anchor, together, articles)
            for mention in together:
                found[mention.article][(mention.fact, mention.subject, mention.object)] = event
    return found


def _event(key: tuple, anchor: str, mentions: list[_Mention], articles: Sequence[ResolvedArticle]) -> EventRef:
    """What the mentions of one event say of it, each choice independent of the order they come in."""
    (agent, target), _ = _most_common((m.subject, m.object) for m in mentions)
    places = (articles[m.article].entity_of.get(m.fact.place) for m in mentions if m.fact.place)
    place, _ = _most_common(p for p in places if p)
    return EventRef(
        id=_event_id(key, anchor),
        agent=agent,
        target=target,
        date=_event_date(anchor),
        modality=min((m.fact.modality for m in mentions), key=MODALITIES.index),  # seen by one, said by another
        confidence=max(m.fact.confidence for m in mentions),
        place=place,
    )


def alone(article_id: str, fact: Fact, subject: str, obj: str) -> EventRef:
    """The event of a fact in an article no corpus resolution has seen (made by hand): its own event."""
    key = (fact.relation, subject, obj, STANCE[fact.modality], article_id, str(fact.evidence.start))
    anchor = fact.date.isoformat() if fact.date else ""
    return EventRef(_event_id(key, anchor), subject, obj, fact.date, fact.modality, fact.confidence)


def _most_common(values) -> tuple:
    """The value given most often, ties going to the smallest; (None, 0) for none."""
    counts = Counter(values)
    if not counts:
        return None, 0
    return min(counts.items(), key=lambda item: (-item[1], item[0]))


def _anchored(mentions: list[_Mention]) -> dict[_Mention, str]:
    """Each mention's event anchor within one (relation, participants, modality): a date, '~' and the first
    article date of an undated run, or '' for mentions with no date at all."""
    dated = sorted({m.day for m in mentions if m.day})
    anchors: dict[_Mention, str] = {}
    loose: list[_Mention] = []
    for m in mentions:
        if m.day:
            anchors[m] = m.day.isoformat()
        elif m.reported and (near := [d for d in dated if abs((d - m.reported).days) <= WINDOW]):
            anchors[m] = min(near, key=lambda d: (abs((d - m.reported).days), d)).isoformat()
        else:
            loose.append(m)
    run_start: date | None = None
    previous: date | None = None
    for day in sorted({m.reported for m in loose if m.reported}):
        if previous is None or (day - previous).days > WINDOW:
            run_start = day
        for m in loose:
            if m.reported == day:
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
