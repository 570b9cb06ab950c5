"""report.md and report.json: what was built and what the network analysis found, for people and programs."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import asdict

from kgraph.analysis import Analysis, Ego, Route
from kgraph.model import Skipped

MARKDOWN_SPECIALS = re.compile(r"([\\`\[\]|])")  # code, links, images, table cells
TOP_ACTORS = 15


def _cell(text: object) -> str:
    """Article text as inert Markdown inside a table cell: no links, images, markup or HTML."""
    text = " ".join(str(text).split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return MARKDOWN_SPECIALS.sub(r"\\\1", text)


def render_json(
    analysis: Analysis, skipped: Sequence[Skipped] = (), ego: Ego | None = None, routes: Sequence[Route] | None = None
) -> str:
    """Every number of the report, all actors included, as stable JSON."""
    data = {
        "summary": {
            "articles": len(analysis.articles),
            "skipped_inputs": len(skipped),
            "entities": analysis.entities,
            "facts": analysis.facts,
            "negated_facts": analysis.negated,
            "positions_held": analysis.positions_held,
            "communities": len(analysis.communities),
        },
        "entity_types": analysis.entity_types,
        "relations": analysis.relations,
        "months": analysis.months,
        "actors": [asdict(a) for a in analysis.actors],
        "betweenness_sampled": analysis.betweenness_sampled,
        "communities": [asdict(c) for c in analysis.communities],
        "articles": [asdict(a) for a in analysis.articles],
        "skipped": [asdict(s) for s in skipped],
    }
    if ego is not None:
        data["ego"] = asdict(ego)
    if routes is not None:
        data["paths"] = [asdict(r) for r in routes]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_report(
    analysis: Analysis, skipped: Sequence[Skipped] = (), ego: Ego | None = None, routes: Sequence[Route] | None = None
) -> str:
    a = analysis
    label = {actor.id: actor.label for actor in a.actors}
    lines = [
        "# kgraph report",
        "",
        f"- articles: {len(a.articles)}",
        f"- skipped inputs: {len(skipped)}",
        f"- entities: {a.entities}",
        f"- facts (graph edges): {a.facts}",
        f"- negated facts (events without an edge): {a.negated}",
        f"- positions held: {a.positions_held}",
        f"- communities (Louvain): {len(a.communities)}",
        "",
        "## Entities by type",
        "",
        "| type | entities |",
        "|---|---:|",
        *(f"| {t} | {n} |" for t, n in a.entity_types.items()),
        "",
        "## Facts by relation",
        "",
        "| relation | facts |",
        "|---|---:|",
        *(f"| {r} | {n} |" for r, n in a.relations.items()),
        "",
        "## Facts by month",
        "",
        "Dated by the fact's own date, else its article's.",
        "",
        "| month | facts |",
        "|---|---:|",
        *(f"| {m} | {n} |" for m, n in a.months.items()),
        "",
        "## Most central actors",
        "",
        "PageRank over who acts on whom (weighted by facts); betweenness over the undirected network"
        + (" (estimated from a sample of sources)" if a.betweenness_sampled else "")
        + ".",
        "",
        "| actor | type | facts | partners | articles | PageRank | betweenness | community |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
        *(
            f"| {_cell(r.label)} | {r.type} | {r.facts} | {r.partners} | {r.articles} | {r.pagerank:.4f} "
            f"| {r.betweenness:.4f} | {r.community + 1} |"
            for r in a.actors[:TOP_ACTORS]
        ),
        "",
        "## Communities",
        "",
        "| community | actors | members (most central first) |",
        "|---:|---:|---|",
        *(
            f"| {c.index + 1} | {c.size} | {_cell(', '.join(label[m] for m in c.members[:8]))}"
            + (", …" if c.size > 8 else "")
            + " |"
            for c in a.communities
        ),
        "",
        "## Articles",
        "",
        "| id | date | title | facts |",
        "|---|---|---|---:|",
        *(f"| {_cell(x.id)} | {x.date} | {_cell(x.title)} | {x.facts} |" for x in a.articles),
    ]
    if ego is not None:
        lines += ["", f"## Ego network of {_cell(label.get(ego.actor, ego.actor))} (radius {ego.radius})", ""]
        lines += [f"{len(ego.actors)} actors, {len(ego.facts)} facts.", ""]
        lines += ["| date | source | relation | target | modality | article |", "|---|---|---|---|---|---|"]
        lines += [
            f"| {f.date} | {_cell(label.get(f.source, f.source))} | {f.relation} "
            f"| {_cell(label.get(f.target, f.target))} | {f.modality} | {_cell(f.article)} |"
            for f in ego.facts
        ]
    if routes is not None:
        lines += ["", "## Paths", ""]
        lines += [describe_route(r, label) for r in routes] or ["No chain of facts links the two actors."]
    if skipped:
        lines += ["", "## Skipped inputs", "", "| input | reason |", "|---|---|"]
        lines += [f"| {_cell(s.source)} | {_cell(s.reason)} |" for s in skipped]
    return "\n".join(lines) + "\n"


def describe_route(route: Route, label: dict[str, str]) -> str:
    """`- Anna Berg –urged→ Freedonia –supported→ Ruritania`, as inert Markdown."""
    parts = [_cell(label.get(route.actors[0], route.actors[0]))]
    for hop, actor in zip(route.hops, route.actors[1:], strict=True):
        parts.append(f"{' / '.join(hop)} {_cell(label.get(actor, actor))}")
    return "- " + " ".join(parts)
