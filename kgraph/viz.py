"""graph.html: the actor network as one self-contained, offline, interactive page.

PyVis builds the vis-network nodes, edges and options; our own template (templates/graph.html)
inlines the vis-network script and style that ship inside the pyvis package, so the page loads
nothing from the network (pyvis's own templates link Bootstrap and vis-network from CDNs). It
adds a legend, filters by relation, entity type, date and confidence, and a search box.

Actors are drawn where `layout` puts them (no physics in the page): each connected group on its own,
the groups apart, every actor with room for its label. Labels stay readable: sized so the fitted
drawing shows them at 12 px or more, haloed where an edge passes under them, edge labels drawn after
every edge line, and none drawn at all when zoomed out below legibility.

Article text reaches the page only as JSON inside the script (Jinja's `tojson` escapes `<`, `>`,
`&` and quotes) and is shown with `textContent` or vis-network's text tooltips, never parsed as HTML.
"""

from __future__ import annotations

import json
import math
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import jinja2
import networkx as nx
import numpy as np
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
LARGE = 300  # above this many actors: rings around each group's centre, straight edges (drawing speed)

# The page draws every name and edge label itself, over the finished drawing and at a constant size on
# screen (px), wherever it covers no dot and no other text (most central actors and busiest edges first),
# else not at all; zooming in makes room for more. The layout leaves each actor of a small graph room for
# its name at that size.
NAME_PX = 14  # the least central actor's name; the most central's is NAME_PX + NAME_PX_MORE
NAME_PX_MORE = 5
EDGE_PX = 12
TEXT_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', sans-serif"
VIEW = (1100.0, 800.0)  # a laptop's browser window less the page's side panel: a small graph is laid out to fill it
EDGE_LENGTH = 240.0  # the longest a typical edge gets, for a graph of a few actors
ROOM_FOR_NAMES = 60  # up to this many actors the layout leaves room for every name
HUB_SPREAD = 0.7  # an edge's length grows as the degree of its busier end to this power
NAME_MAX = 60  # characters of a name drawn on the page; the tooltip gives all of it
GROUP_GAP = 140.0  # between separate groups of actors
VIS = "templates/lib/vis-9.1.2/"

Point = tuple[float, float]


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


@dataclass(frozen=True)
class Box:
    """The room an actor takes in the drawing: its dot and the label under it, centred `dy` below the dot."""

    width: float
    height: float
    dy: float


def actor_box(label: str, size: float, px: float) -> Box:
    text_width = 0.58 * px * len(label)  # a generous average glyph width of sans-serif fonts
    label_height = 1.3 * px + 6
    return Box(max(2 * size, text_width) + 16, 2 * size + label_height + 10, label_height / 2)


def _components(network: nx.MultiDiGraph, order: list[str], labels: dict[frozenset[str], list[str]]) -> list[nx.Graph]:
    """The separate groups of actors (undirected, one edge per pair holding the labels of the pair's edges),
    biggest first, then by centrality."""
    undirected = nx.Graph()
    undirected.add_nodes_from(order)
    for pair, texts in labels.items():
        if pair <= undirected.nodes:
            undirected.add_edge(*sorted(pair), labels=texts)
    rank = {node: i for i, node in enumerate(order)}
    groups = sorted(nx.connected_components(undirected), key=lambda c: (-len(c), min(map(rank.get, c))))
    return [_in_order(undirected, sorted(group, key=rank.__getitem__)) for group in groups]


def _in_order(graph: nx.Graph, nodes: list[str]) -> nx.Graph:
    """The subgraph of `nodes`, holding them in that order. (A networkx subgraph of a few nodes iterates them
    in the order of a set, which changes with each process's string hashing, and so would the layout.)"""
    group = nx.Graph()
    group.add_nodes_from(nodes)
    group.add_edges_from(graph.edges(nodes, data=True))
    return group


def _spread(group: nx.Graph, boxes: dict[str, Box]) -> dict[str, Point]:
    """One group laid out by forces to fill a window (VIEW), then given room: no two actors' boxes overlap,
    and two linked actors leave room between them for the labels of their edges."""
    nodes = sorted(group)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    size = np.array([[boxes[n].width, boxes[n].height] for n in nodes])
    centre = _by_forces(group, nodes, size) + np.array([[0.0, boxes[n].dy] for n in nodes])
    index = {n: i for i, n in enumerate(nodes)}
    gap = np.full((len(nodes), len(nodes), 2), 8.0)  # the room to leave between two boxes, across x and y
    for a, b, texts in group.edges(data="labels"):
        room_for_labels = [0.58 * EDGE_PX * max(map(len, texts)) + 16, len(texts) * (1.4 * EDGE_PX + 6) + 16]
        gap[index[a], index[b]] = gap[index[b], index[a]] = room_for_labels
    centre = _make_room(centre, size, gap)
    # stretched (never squeezed, so nothing comes to overlap) to the window's shape, which it then fills
    extent = (centre + size / 2).max(axis=0) - (centre - size / 2).min(axis=0)
    aspect = (VIEW[0] / VIEW[1]) / (extent[0] / extent[1])
    centre[:, 0 if aspect > 1 else 1] *= min(max(aspect, 1 / aspect), 2.5)
    return {n: (float(c[0]), float(c[1] - boxes[n].dy)) for n, c in zip(nodes, centre, strict=True)}


def _by_forces(group: nx.Graph, nodes: list[str], size: np.ndarray) -> np.ndarray:
    """Kamada–Kawai (spring forces beyond 80 actors), a busy actor's edges longer so the labels around it
    have room, scaled to the window's shape with a typical edge at most EDGE_LENGTH long."""
    for a, b in group.edges():
        group[a][b]["length"] = max(group.degree(a), group.degree(b)) ** HUB_SPREAD
    if len(nodes) <= 80:
        raw = nx.kamada_kawai_layout(group, weight="length")
    else:
        raw = nx.spring_layout(group, seed=7, iterations=100)
    xy = np.array([raw[n] for n in nodes], dtype=float)
    extent = xy.max(axis=0) - xy.min(axis=0)
    room = np.array(VIEW) - size.max(axis=0)
    typical = statistics.median(math.dist(raw[a], raw[b]) for a, b in group.edges()) or 1.0
    fit = np.minimum(room / np.maximum(extent, 1e-9), EDGE_LENGTH / typical)  # per axis
    return xy * np.minimum(fit, fit.min() * 1.6)


def _make_room(centre: np.ndarray, size: np.ndarray, gap: np.ndarray) -> np.ndarray:
    """Boxes (centres, sizes) moved apart until each pair is `gap` apart across x or y: each step moves every
    clashing pair apart along the axis where they overlap least. Bounded: the steps are quadratic, so
    fewer as the group grows."""
    n = len(centre)
    order = np.sign(np.arange(n)[:, None] - np.arange(n)[None, :])  # breaks exact ties
    for _ in range(min(300, 30_000 // n)):
        delta = centre[:, None, :] - centre[None, :, :]
        overlap = (size[:, None, :] + size[None, :, :]) / 2 + gap - np.abs(delta)
        clash = (overlap > 0).all(axis=2)
        np.fill_diagonal(clash, False)
        if not clash.any():
            break
        direction = np.where(delta == 0, order[:, :, None], np.sign(delta))
        along_y = overlap[:, :, 1] < overlap[:, :, 0]
        push = np.zeros_like(delta)
        push[:, :, 0] = np.where(clash & ~along_y, direction[:, :, 0] * overlap[:, :, 0] / 2, 0.0)
        push[:, :, 1] = np.where(clash & along_y, direction[:, :, 1] * overlap[:, :, 1] / 2, 0.0)
        centre = centre + push.sum(axis=1) * 0.5
    return centre


def _pack(groups: list[dict[str, Point]], boxes: dict[str, Box]) -> dict[str, Point]:
    """Groups side by side in rows, biggest first, GROUP_GAP apart, rows about as wide as a screen is wide."""
    extents = []
    for local in groups:
        lefts = [x - boxes[n].width / 2 for n, (x, _) in local.items()]
        rights = [x + boxes[n].width / 2 for n, (x, _) in local.items()]
        tops = [y + boxes[n].dy - boxes[n].height / 2 for n, (_, y) in local.items()]
        bottoms = [y + boxes[n].dy + boxes[n].height / 2 for n, (_, y) in local.items()]
        extents.append((min(lefts), min(tops), max(rights) - min(lefts), max(bottoms) - min(tops)))
    area = sum((w + GROUP_GAP) * (h + GROUP_GAP) for _, _, w, h in extents)
    row_width = max([w for _, _, w, _ in extents[:1]] + [math.sqrt(area * 1.5)])
    positions: dict[str, Point] = {}
    x = y = row_height = 0.0
    for local, (left, top, width, height) in zip(groups, extents, strict=True):
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height + GROUP_GAP, 0.0
        for node, (px, py) in local.items():
            positions[node] = (round(x + px - left, 1), round(y + py - top, 1))
        x += width + GROUP_GAP
        row_height = max(row_height, height)
    return positions


def _rings(group: nx.Graph, rank: dict[str, int], gap: float = 160.0) -> dict[str, Point]:
    """A large group in linear time: rings around its most central actor (ring d holds the actors d facts
    away, each inside its parent's angular sector)."""
    root = min(group, key=rank.__getitem__)
    tree = nx.bfs_tree(group, root, sort_neighbors=lambda ns: sorted(ns, key=rank.__getitem__))
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
    return local


def layout(
    network: nx.MultiDiGraph, order: list[str], boxes: dict[str, Box], labels: dict[frozenset[str], list[str]]
) -> dict[str, Point]:
    """Where each actor is drawn: every connected group laid out on its own and the groups set apart. Up to
    LARGE actors by forces with room for every label; beyond, in rings (linear time), so a 2,000-actor page
    draws at once instead of simulating physics, which takes vis-network minutes."""
    rank = {node: i for i, node in enumerate(order)}  # most central first
    groups = _components(network, order, labels)
    if len(order) > LARGE:
        return _pack([_rings(g, rank) for g in groups], {n: Box(50, 50, 0) for n in order})
    return _pack([_spread(g, boxes) for g in groups], boxes)


def _count(n: int, what: str) -> str:
    return f"{n} {what}" + ("s" if n != 1 else "")


def _fact_line(d: dict) -> str:
    """Where a fact was read, how sure the rule was, and how often the event was reported."""
    where = f"{d['title'] or d['article']} · {d['date'] or 'undated'} · {d['modality']}"
    return f"  {where} · confidence {d['confidence']:.2f} · {_count(d['mentions'], 'mention')} in " + _count(
        d["articles"], "article"
    )


def shorten(text: str, limit: int = NAME_MAX) -> str:
    """A name as the page draws it: at most `limit` characters, cut at a word where one ends near the limit."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    word = cut.rsplit(" ", 1)[0]
    return (word if len(word) > limit // 2 else cut).rstrip() + "…"


class _Network(Network):
    """PyVis's Network with an edge's ends looked up in its map of nodes: pyvis checks them against its list of
    nodes, a scan of every actor for every edge, which made big pages cost actors x edges."""

    def get_nodes(self):  # only pyvis's add_edge asks, to check membership
        return self.node_map.keys()


def build_network(network: nx.MultiDiGraph, analysis: Analysis) -> Network:
    """The PyVis network: actors with facts, sized by PageRank, at their places in the layout; one edge per
    relation (and planned or not) between two actors. Names and edge labels are drawn by the page (`px`)."""
    net = _Network(height="100%", width="100%", directed=True, heading="")
    scores = {a.id: a for a in analysis.actors}
    top = max((a.pagerank for a in analysis.actors), default=1.0) or 1.0
    names = {c.index: c.name for c in analysis.communities}
    large = len(scores) > LARGE
    weight = {node: math.sqrt(scores[node].pagerank / top) for node in scores}
    size = {node: round(10 + 20 * weight[node], 1) for node in scores}
    px = {node: round(NAME_PX + NAME_PX_MORE * weight[node], 1) for node in scores}
    # room for every name where names can all be read at the start; a bigger graph keeps a compact shape and
    # shows its most central actors' names first, the others as one zooms in
    named = len(scores) <= ROOM_FOR_NAMES
    name = {n: shorten(network.nodes[n]["label"]) for n in scores}
    boxes = {n: actor_box(name[n] if named else "", size[n], px[n]) for n in scores}
    grouped: dict[tuple[str, str, str, bool], list[dict]] = defaultdict(list)  # one drawn edge each
    for s, o, data in network.edges(data=True):
        grouped[(s, o, data["relation"], data["modality"] == "planned")].append(data)
    edge_label = {key: key[2] if len(facts) == 1 else f"{key[2]} ×{len(facts)}" for key, facts in grouped.items()}
    labels: dict[frozenset[str], list[str]] = defaultdict(list)
    for (s, o, _, _), text in sorted(edge_label.items()):
        labels[frozenset((s, o))].append(text)
    at = layout(network, [a.id for a in analysis.actors], boxes, labels)
    rank = {a.id: i for i, a in enumerate(analysis.actors)}
    for node in sorted(scores):
        data, score = network.nodes[node], scores[node]
        net.add_node(
            node,
            label=name[node],
            title="\n".join(
                [
                    f"{data['label']} ({data['type']})",
                    f"{score.facts} facts with {score.partners} actors, in {score.articles} articles",
                    f"PageRank {score.pagerank:.3f} · betweenness {score.betweenness:.3f}",
                    f"community {score.community + 1}: {names[score.community]}",
                ]
            ),
            color=TYPE_COLOURS.get(data["type"], "#bab0ac"),
            size=size[node],
            px=px[node],
            rank=rank[node],
            type=data["type"],
            x=at[node][0],
            y=at[node][1],
        )
    n = len(net.nodes)
    parallel: dict[frozenset[str], int] = defaultdict(int)  # edges already drawn between two actors
    for i, ((s, o, relation, planned), facts) in enumerate(sorted(grouped.items())):
        # the edges between two actors bend to alternate sides, further each pair, so their labels stay apart
        k = parallel[frozenset((s, o))]
        parallel[frozenset((s, o))] += 1
        side = (1 if k % 2 == 0 else -1) * (1 if s < o else -1)
        curve = {"type": "curvedCW" if side > 0 else "curvedCCW", "roundness": 0.12 + 0.22 * ((k + 1) // 2)}
        facts.sort(key=lambda d: (d["date"], d["article"], d["evidence"]))
        heading = f"{network.nodes[s]['label']} {relation} {network.nodes[o]['label']}" + " (planned)" * planned
        mentions = sum(d["mentions"] for d in facts)
        title = [heading, f"{_count(len(facts), 'fact')}, {_count(mentions, 'mention')}", ""]
        for d in facts[:EVIDENCE_PER_EDGE]:
            title += [f"“{d['evidence']}”", _fact_line(d)]
        if len(facts) > EVIDENCE_PER_EDGE:
            title.append(f"… and {len(facts) - EVIDENCE_PER_EDGE} more")
        net.add_edge(
            s,
            o,
            id=f"e{i}",
            label=edge_label[(s, o, relation, planned)],
            title="\n".join(title),
            color=relation_colour(relation),
            dashes=planned,
            width=1 + math.log2(len(facts)),
            arrows="to",
            relation=relation,
            facts=len(facts),
            dates=sorted({d["date"] for d in facts}),
            each=[{"date": d["date"], "confidence": round(d["confidence"], 3)} for d in facts],
            **({"smooth": curve} if n <= LARGE else {}),
        )
    net.set_options(
        json.dumps(
            {
                "physics": {"enabled": False},  # every actor is drawn where `layout` put it
                "layout": {"improvedLayout": False},
                "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large},
                "nodes": {"shape": "dot"},
                # straight edges for a large graph: vis-network's default curves cost a second to set up
                "edges": {} if n <= LARGE else {"smooth": False},
            }
        )
    )
    return net


def render_html(network: nx.MultiDiGraph, analysis: Analysis, title: str = "kgraph") -> str:
    """The page for a network and its analysis; opens from disk with no network."""
    net = build_network(network, analysis)
    nodes, edges, _, _, _, options = net.get_network_data()
    # the page draws the text: vis-network gets names and labels under other keys, so it draws none
    nodes = [{("name" if k == "label" else k): v for k, v in node.items()} for node in nodes]
    edges = [{("text" if k == "label" else k): v for k, v in edge.items()} for edge in edges]
    used_types = sorted({n["type"] for n in nodes})
    relation_facts: dict[str, int] = defaultdict(int)
    for e in edges:
        relation_facts[e["relation"]] += e["facts"]
    dates = sorted(d for e in edges for d in e["dates"] if d)
    confidences = [f["confidence"] for e in edges for f in e["each"]]
    script, style = _vis_assets()
    data = {
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(options),
        "text": {"edgePx": EDGE_PX, "font": TEXT_FONT},
        "types": [{"name": t, "colour": TYPE_COLOURS.get(t, "#bab0ac")} for t in used_types],
        "relations": [
            {"name": r, "colour": relation_colour(r), "facts": relation_facts[r]} for r in sorted(relation_facts)
        ],
        "dates": {"min": dates[0] if dates else "", "max": dates[-1] if dates else ""},
        "confidence": {
            "min": math.floor(min(confidences, default=0) * 20) / 20,  # the slider moves in steps of 0.05
            "max": math.ceil(max(confidences, default=1) * 20) / 20,
        },
        "facts": sum(e["facts"] for e in edges),
    }
    return _template().render(title=title, data=data, vis_script=script, vis_style=style)
