"""report.md: what was built, in numbers a person can read."""

from __future__ import annotations

import re
from collections import Counter

import networkx as nx

from kgraph.analysis import facts_by_relation, most_connected
from kgraph.model import KnowledgeGraph, Skipped

MARKDOWN_SPECIALS = re.compile(r"([\\`\[\]|])")  # code, links, images, table cells


def _cell(text: object) -> str:
    """Article text as inert Markdown inside a table cell: no links, images, markup or HTML."""
    text = " ".join(str(text).split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return MARKDOWN_SPECIALS.sub(r"\\\1", text)


def render_report(kg: KnowledgeGraph, network: nx.MultiDiGraph, skipped: list[Skipped]) -> str:
    entity_types = Counter(e.type.value for e in kg.entities.values())
    relations = facts_by_relation(network)
    roles = sum(len(a.extraction.roles) for a in kg.articles)
    facts_per_article = Counter(data["article"] for _, _, data in network.edges(data=True))
    lines = [
        "# kgraph report",
        "",
        f"- articles: {len(kg.articles)}",
        f"- skipped inputs: {len(skipped)}",
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
            f"| {_cell(doc.id)} | {doc.date or ''} | {_cell(doc.title)} | {facts_per_article[doc.id]} |"
            for a in kg.articles
            for doc in [a.document]
        ),
    ]
    if skipped:
        lines += ["", "## Skipped inputs", "", "| input | reason |", "|---|---|"]
        lines += [f"| {_cell(s.source)} | {_cell(s.reason)} |" for s in skipped]
    return "\n".join(lines) + "\n"
