"""The knowledge graph as a NetworkX network of actors, and the measures people ask for."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx

from kgraph.model import KnowledgeGraph, Modality


def actor_network(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    """Entities as nodes, one edge per stated fact (negated ones left out), with its evidence."""
    g = nx.MultiDiGraph()
    for entity in kg.entities.values():
        g.add_node(entity.id, label=entity.label, type=entity.type.value)
    for article in kg.articles:
        doc = article.document
        for fact, s, o in article.resolved_facts():
            if fact.modality is Modality.NEGATED:
                continue
            g.add_edge(
                s,
                o,
                key=f"{doc.id}:{fact.evidence.start}:{fact.relation}",
                relation=fact.relation,
                modality=fact.modality.value,
                evidence=fact.evidence.sentence,
                article=doc.id,
                title=doc.title,
                date=str(fact.date or doc.date or ""),
                confidence=fact.confidence,
            )
    return g


@dataclass(frozen=True)
class Ranked:
    id: str
    label: str
    type: str
    degree: int


def most_connected(g: nx.MultiDiGraph, n: int = 10) -> list[Ranked]:
    """Actors with the most facts, ties broken by name so reports are repeatable."""
    ranked = [
        Ranked(node, data["label"], data["type"], g.degree(node))
        for node, data in g.nodes(data=True)
        if g.degree(node) > 0
    ]
    return sorted(ranked, key=lambda r: (-r.degree, r.label))[:n]


def facts_by_relation(g: nx.MultiDiGraph) -> Counter[str]:
    return Counter(data["relation"] for _, _, data in g.edges(data=True))
