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
from collections import defaultdict
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
        modalities: dict[str, set[Modality]] = defaultdict(set)
        for mention, anchor in anchors.items():
            modalities[anchor].add(mention.fact.modality)
        for mention, anchor in anchors.items():
            modality = min(modalities[anchor], key=MODALITIES.index)  # said to have happened by one, seen by another
            event = EventRef(_event_id(key, anchor), _event_date(anchor), modality)
            found[mention.article][(mention.fact, mention.subject, mention.object)] = event
    return found


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
