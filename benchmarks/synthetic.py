"""Synthetic knowledge graphs for the benchmarks: any size, no spaCy, the same graph for the same arguments."""

from __future__ import annotations

import random
from datetime import date, timedelta

from kgraph.model import (
    Document,
    Entity,
    EntityType,
    Evidence,
    Extraction,
    Fact,
    KnowledgeGraph,
    Mention,
    Modality,
    ResolvedArticle,
)
from kgraph.relations import relations

TYPES = [EntityType.PERSON] * 5 + [EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.GOVERNMENT_BODY]


def generated_graph(actors: int, facts: int, facts_per_article: int = 10, seed: int = 6) -> KnowledgeGraph:
    """A synthetic corpus: each fact links a new-ish actor to one picked in proportion to its facts so far."""
    rng = random.Random(seed)
    entities = {}
    for i in range(actors):
        kind = rng.choice(TYPES)
        entities[f"{kind.value.lower()}/actor_{i}"] = Entity(f"{kind.value.lower()}/actor_{i}", f"Actor {i}", kind)
    ids = list(entities)
    names = sorted(relations())
    ends: list[str] = ids[:2]
    pairs = []
    for i in range(facts):
        # the first `actors` facts bring each actor in once; the rest join actors already in the news
        new = ids[i] if i < actors else rng.choice(ends)
        pairs.append((new, rng.choice(ends)) if rng.random() < 0.5 else (rng.choice(ends), new))
        ends += pairs[-1]
    articles = []
    start = date(2023, 1, 1)
    for a in range(0, len(pairs), facts_per_article):
        day = start + timedelta(days=a // facts_per_article)
        text, mentions, found = "", {}, []
        for s, o in pairs[a : a + facts_per_article]:
            if s == o:
                continue
            sentence = f"{entities[s].label} and {entities[o].label} talked. "
            begin = len(text)
            text += sentence
            ms = Mention(entities[s].label, begin, begin + 5, entities[s].type)
            mo = Mention(entities[o].label, begin + 10, begin + 15, entities[o].type)
            mentions[ms], mentions[mo] = s, o
            modality = Modality.PLANNED if rng.random() < 0.1 else Modality.ASSERTED
            when = day if rng.random() < 0.7 else None
            evidence = Evidence(sentence.strip(), begin, begin + len(sentence))
            found.append(Fact(ms, rng.choice(names), mo, evidence, modality, 0.7, "generated", when))
        document = Document(f"generated_{a // facts_per_article:05d}", text, f"Article {a // facts_per_article}", day)
        extraction = Extraction(document, tuple(mentions), tuple(found))
        articles.append(ResolvedArticle(extraction, mentions))
    return KnowledgeGraph(entities, articles)
