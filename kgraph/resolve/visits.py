"""Visits that meetings imply: whoever meets others in a country they do not serve is visiting it.

News often reports a visit only through the meeting it was for ("the minister met her counterpart in the
capital"). A meeting the article says took place (asserted or reported, not planned or called off), held in
a known country, gives each participant the article ties to another country or organisation (by a title:
"the Freedonian foreign minister") a visit to that country, read from the same sentence, with the meeting's
date, place and modality. Nobody is given a visit to the country they serve, and nobody the article ties to
no country at all; the host of a meeting ("X hosted Y") is never the visitor. A journey of one's own to the
country one serves is no visit either, however the article tells it ("the Freedonian president returned to the
Freedonian capital"): such visits are dropped.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from functools import cache

from kgraph.model import HAPPENED, EntityType, Fact, Mention, MentionKind, ResolvedArticle
from kgraph.relations import relations
from kgraph.resolve.entities import EntityTable
from kgraph.resolve.lookback import Holder

VISIT = "visited"
RULE = "implied_visit"


@cache
def meeting_relations() -> dict[str, bool]:
    """Each relation of the Meeting class, and whether both sides meet as equals (else the agent hosts)."""
    return {name: r.symmetric for name, r in relations().items() if r.event_class == "Meeting"}


def with_implied_visits(article: ResolvedArticle, holders: list[Holder], table: EntityTable) -> ResolvedArticle:
    """The article with a visit for every participant of a meeting held in a country they do not serve, and
    without the visits whose visitors all go to the country they serve."""
    serves: dict[str, set[str]] = defaultdict(set)
    for holder in holders:
        if holder.serves:
            serves[holder.person].add(table.gazetteer_node(holder.serves))
    resolved = list(article.resolved_facts())
    home = _journeys_home(resolved, serves, table)
    visits: list[Fact] = []
    entity_of = dict(article.entity_of)
    for fact, subject, obj in resolved:
        if fact.relation not in meeting_relations() or fact.place is None or fact.modality not in HAPPENED:
            continue
        country = _country_of(article.entity_of.get(fact.place), table)
        if country is None:
            continue
        guests = (subject, obj) if meeting_relations()[fact.relation] else (obj,)
        for guest in guests:
            node = table.nodes.get(guest)
            if node is None or node.type is not EntityType.PERSON or not serves[guest] or country in serves[guest]:
                continue
            visitor = next(m for m in (fact.subject, fact.object) if guest in article.entities_of(m))
            if article.entities_of(visitor) != (guest,):  # "the two leaders": the host is among them
                continue
            destination = _destination(fact.place, country)
            entity_of[destination] = country
            rule = f"{RULE}:{fact.rule}"
            visits.append(replace(fact, subject=visitor, relation=VISIT, object=destination, rule=rule))
    if not visits and not home:
        return article
    facts = tuple(dict.fromkeys((*(f for f in article.extraction.facts if f not in home), *visits)))
    return replace(article, extraction=replace(article.extraction, facts=facts), entity_of=entity_of)


def _journeys_home(resolved: list[tuple[Fact, str, str]], serves: dict[str, set[str]], table: EntityTable) -> set[Fact]:
    """The visits whose every visitor is a person going to the country they serve ('the two leaders arrived in X'
    is still a visit of the one who does not serve X)."""
    home: dict[Fact, bool] = {}
    for fact, subject, obj in resolved:
        if fact.relation == VISIT:
            going_home = subject in serves and _country_of(obj, table) in serves[subject]
            home[fact] = home.get(fact, True) and going_home
    return {fact for fact, every in home.items() if every}


def _country_of(place: str | None, table: EntityTable) -> str | None:
    """The country a place lies in, or the place itself when it is a country."""
    node = table.nodes.get(place or "")
    if node is None:
        return None
    return place if node.type is EntityType.COUNTRY else node.country


def _destination(place: Mention, country: str) -> Mention:
    """The place's words standing for its country, as a capital named as an actor does."""
    return Mention(place.text, place.start, place.end, EntityType.COUNTRY, country.split("/", 1)[-1], MentionKind.NAME)
