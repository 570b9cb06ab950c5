"""graph.html: the actor network as one self-contained, offline, interactive page.

PyVis builds the vis-network nodes, edges and options; our own template (templates/graph.html)
inlines the vis-network script and style that ship inside the pyvis package, so the page loads
nothing from the network (pyvis's own templates link Bootstrap and vis-network from CDNs). It
adds a legend, filters by relation, entity type and date, and a search box.

Article text reaches the page only as JSON inside the script (Jinja's `tojson` escapes `<`, `>`,
`&` and quotes) and is shown with `textContent` or vis-network's text tooltips, never parsed as HTML.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from functools import cache
from importlib.resources import files

import jinja2
import networkx as nx
from pyvis.network import Network

from kgraph.analysis import Analysis
from kgraph.relations import relations

TYPE_COLOURS = {
    "Person": "#4e79a7",
    "Country": "#e15759",
    "GovernmentBody": "#f28e2b",
    "Organization": "#59a14f",
    "Place": "#9c755f",
    "Group": "#b07aa1",
}
PLOVER_COLOURS = {  # edges coloured by the PLOVER type of their relation
    "CONSULT": "#4e79a7",
    "REQUEST": "#f28e2b",
    "ACCUSE": "#e15759",
    "SUPPORT": "#59a14f",
    "AID": "#8cd17d",
    "AGREE": "#b6992d",
    "COOPERATE": "#499894",
    "CONCEDE": "#a0cbe8",
    "RETREAT": "#86bcb6",
    "REJECT": "#d37295",
    "THREATEN": "#ff9d9a",
    "PROTEST": "#fabfd2",
    "SANCTION": "#bab0ac",
    "MOBILIZE": "#f1ce63",
    "COERCE": "#79706e",
    "ASSAULT": "#d4242a",
}
EVIDENCE_PER_EDGE = 3
LARGE = 300  # above this many actors: precomputed positions, no physics, straight edges (drawing speed)
VIS = "templates/lib/vis-9.1.2/"


@cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("kgraph", "templates"), autoescape=True, undefined=jinja2.StrictUndefined
    )
    return env.get_template("graph.html")


@cache
def _vis_assets() -> tuple[str, str]:
    """vis-network's script and style as pyvis ships them, for inlining."""
    lib = files("pyvis") / VIS
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(
        encoding="utf-8"
    )


def relation_colour(relation: str) -> str:
    return PLOVER_COLOURS[relations()[relation].plover]


def stabilisation_iterations(n: int) -> int:
    """Physics steps before a small graph's layout is frozen: bounded, fewer as the graph grows."""
    return 300 if n <= 100 else int(300 * math.sqrt(100 / n))


def radial_positions(network: nx.MultiDiGraph, order: list[str], gap: float = 160.0) -> dict[str, tuple[float, float]]:
    """Starting positions for a large graph, in linear time: each connected group as rings around its most
    central actor (ring d holds the actors d facts away, each inside its parent's angular sector), groups
    side by side. Lets a 2,000-actor page draw at once instead of simulating physics from random points,
    which takes vis-network minutes."""
    undirected = nx.Graph()
    undirected.add_nodes_from(order)
    undirected.add_edges_from((s, o) for s, o in network.edges() if s in undirected and o in undirected)
    rank = {node: i for i, node in enumerate(order)}  # most central first
    groups = []  # (radius of the outer ring, positions around the group's centre)
    for component in sorted(nx.connected_components(undirected), key=lambda c: (-len(c), min(map(rank.get, c)))):
        root = min(component, key=rank.__getitem__)
        tree = nx.bfs_tree(undirected, root, sort_neighbors=lambda ns: sorted(ns, key=rank.__getitem__))
        order_in_tree = list(nx.topological_sort(tree))
        size: dict[str, int] = {}
        for node in reversed(order_in_tree):
            size[node] = 1 + sum(size[child] for child in tree.successors(node))
        depth = nx.single_source_shortest_path_length(tree, root)
        per_ring = Counter(depth.values())
        radius = [0.0]
        for d in range(1, max(depth.values()) + 1):  # wide enough for the ring's actors to sit ~50 px apart
            radius.append(max(radius[-1] + gap, per_ring[d] * 50 / (2 * math.pi)))
        sector = {root: (0.0, 2 * math.pi)}
        local = {}
        for node in order_in_tree:
            start, width = sector[node]
            angle = start + width / 2
            local[node] = (radius[depth[node]] * math.cos(angle), radius[depth[node]] * math.sin(angle))
            children = list(tree.successors(node))
            total = sum(size[c] for c in children)
            for child in children:
                sector[child] = (start, width * size[child] / total)
                start += width * size[child] / total
        groups.append((radius[-1], local))
    # groups in rows, biggest first, rows about as wide as the whole drawing is tall
    row_width = max(2 * groups[0][0], math.sqrt(sum((2 * r + gap) ** 2 for r, _ in groups))) if groups else 0
    positions: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for r, local in groups:
        if x > 0 and x + 2 * r + gap > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in local.items():
            positions[node] = (x + r + px, y + r + py)
        x += 2 * r + gap
        row_height = max(row_height, 2 * r + gap)
    return positions


def build_network(network: nx.MultiDiGraph, analysis: Analysis) -> Network:
    """The PyVis network: actors with facts, sized by PageRank; one edge per relation between two actors."""
    net = Network(height="100%", width="100%", directed=True, heading="")
    scores = {a.id: a for a in analysis.actors}
    top = max((a.pagerank for a in analysis.actors), default=1.0) or 1.0
    names = {c.index: c.name for c in analysis.communities}
    large = len(scores) > LARGE
    start = radial_positions(network, [a.id for a in analysis.actors]) if large else {}
    for node in sorted(scores):
        data, score = network.nodes[node], scores[node]
        at = {"x": round(start[node][0], 1), "y": round(start[node][1], 1)} if large else {}
        net.add_node(
            node,
            label=data["label"],
            title="\n".join(
                [
                    f"{data['label']} ({data['type']})",
                    f"{score.facts} facts with {score.partners} actors, in {score.articles} articles",
                    f"PageRank {score.pagerank:.3f} · betweenness {score.betweenness:.3f}",
                    f"community {score.community + 1}: {names[score.community]}",
                ]
            ),
            color=TYPE_COLOURS.get(data["type"], "#bab0ac"),
            size=10 + 30 * math.sqrt(score.pagerank / top),
            type=data["type"],
            **at,
        )
    grouped: dict[tuple[str, str, str, bool], list[dict]] = defaultdict(list)
    for s, o, data in network.edges(data=True):
        grouped[(s, o, data["relation"], data["modality"] == "planned")].append(data)
    n = len(net.nodes)
    parallel: dict[frozenset[str], int] = defaultdict(int)  # edges already drawn between two actors
    for i, ((s, o, relation, planned), facts) in enumerate(sorted(grouped.items())):
        pair = frozenset((s, o))
        bend = 0.15 + 0.25 * parallel[pair]  # parallel edges bend apart so their labels stay readable
        parallel[pair] += 1
        facts.sort(key=lambda d: (d["date"], d["article"], d["evidence"]))
        heading = f"{network.nodes[s]['label']} {relation} {network.nodes[o]['label']}"
        title = [heading + (" (planned)" if planned else ""), ""]
        for d in facts[:EVIDENCE_PER_EDGE]:
            source = f"  {d['title'] or d['article']} · {d['date'] or 'undated'} · {d['modality']}"
            title += [f"“{d['evidence']}”", source]
        if len(facts) > EVIDENCE_PER_EDGE:
            title.append(f"… and {len(facts) - EVIDENCE_PER_EDGE} more")
        net.add_edge(
            s,
            o,
            id=f"e{i}",
            label=relation if len(facts) == 1 else f"{relation} ×{len(facts)}",
            title="\n".join(title),
            color=relation_colour(relation),
            dashes=planned,
            width=1 + math.log2(len(facts)),
            arrows="to",
            relation=relation,
            facts=len(facts),
            dates=sorted({d["date"] for d in facts}),
            **({"smooth": {"type": "curvedCW", "roundness": bend}} if n <= LARGE else {}),
        )
    net.set_options(
        json.dumps(
            {
                "layout": {"randomSeed": 7, "improvedLayout": n <= 100},
                "physics": {
                    "enabled": n <= LARGE,  # a large graph is drawn where `radial_positions` put it
                    "solver": "barnesHut",
                    "barnesHut": {"springLength": 160, "gravitationalConstant": -6000, "avoidOverlap": 0.1},
                    "stabilization": {"iterations": stabilisation_iterations(n), "updateInterval": 25, "fit": True},
                },
                "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": n > LARGE},
                "nodes": {"shape": "dot", "font": {"size": 14}, "scaling": {"label": {"drawThreshold": 6}}},
                "edges": {
                    "font": {"size": 10, "align": "middle", "strokeWidth": 3},
                    "scaling": {"label": {"drawThreshold": 6}},
                    # straight edges for a large graph: vis-network's default curves cost a second to set up
                    **({} if n <= LARGE else {"smooth": False}),
                },
            }
        )
    )
    return net


def render_html(network: nx.MultiDiGraph, analysis: Analysis, title: str = "kgraph") -> str:
    """The page for a network and its analysis; opens from disk with no network."""
    net = build_network(network, analysis)
    nodes, edges, _, _, _, options = net.get_network_data()
    used_types = sorted({n["type"] for n in nodes})
    relation_facts: dict[str, int] = defaultdict(int)
    for e in edges:
        relation_facts[e["relation"]] += e["facts"]
    dates = sorted(d for e in edges for d in e["dates"] if d)
    script, style = _vis_assets()
    data = {
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(options),
        "types": [{"name": t, "colour": TYPE_COLOURS.get(t, "#bab0ac")} for t in used_types],
        "relations": [
            {"name": r, "colour": relation_colour(r), "facts": relation_facts[r]} for r in sorted(relation_facts)
        ],
        "dates": {"min": dates[0] if dates else "", "max": dates[-1] if dates else ""},
        "facts": sum(e["facts"] for e in edges),
    }
    return _template().render(title=title, data=data, vis_script=script, vis_style=style)
