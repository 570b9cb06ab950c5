"""report.md: what was built, in numbers a person can read."""

from __future__ import annotations

from collections import Counter

import networkx as nx

from kgraph.analysis import facts_by_relation, most_connected
from kgraph.model import KnowledgeGraph


def _cell(text: object) -> str:
    """Text safe inside a Markdown table cell."""
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;")


def render_report(kg: KnowledgeGraph, network: nx.MultiDiGraph) -> str:
    entity_types = Counter(e.type.value for e in kg.entities.values())
    relations = facts_by_relation(network)
    roles = sum(len(a.extraction.roles) for a in kg.articles)
    lines = [
        "# kgraph report",
        "",
        f"- articles: {len(kg.articles)}",
        f"- skipped inputs: {len(kg.skipped)}",
        f"- entities: {len(kg.entities)}",
        f"- facts (graph edges): {network.number_of_edges()}",
        f"- roles (positions and affiliations): {roles}",
        "",
        "## Entities by type",
        "",
        "| type | entities |",
        "|---|---:|",
        *(f"| {t} | {n} |" for t, n in sorted(entity_types.items())),
        "",
        "## Facts by relation",
        "",
        "| relation | facts |",
        "|---|---:|",
        *(f"| {r} | {n} |" for r, n in sorted(relations.items(), key=lambda x: (-x[1], x[0]))),
        "",
        "## Most connected actors",
        "",
        "| actor | type | facts |",
        "|---|---|---:|",
        *(f"| {_cell(r.label)} | {r.type} | {r.degree} |" for r in most_connected(network)),
        "",
        "## Articles",
        "",
        "| id | date | title | facts |",
        "|---|---|---|---:|",
        *(
            f"| {_cell(doc.id)} | {doc.date or ''} | {_cell(doc.title)} | {len(a.extraction.facts)} |"
            for a in kg.articles
            for doc in [a.document]
        ),
    ]
    if kg.skipped:
        lines += ["", "## Skipped inputs", "", "| input | reason |", "|---|---|"]
        lines += [f"| {_cell(s.source)} | {_cell(s.reason)} |" for s in kg.skipped]
    return "\n".join(lines) + "\n"
