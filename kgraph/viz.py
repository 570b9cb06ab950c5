"""graph.html: the PyVis view of the actor network, one file that opens offline.

Article text reaches the page only as JSON inside the script (escaped by the template's
`tojson`) and is shown by vis-network as plain text, never parsed as HTML.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict

import networkx as nx
from pyvis.network import Network

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
# pyvis's template always links Bootstrap from a CDN; the page does not use it.
CDN_TAG = re.compile(r"<(link|script)\b[^>]*\b(href|src)=\"https?://[^\"]*\"[^>]*>(\s*</script>)?", re.IGNORECASE)


def render_html(network: nx.MultiDiGraph) -> str:
    """A self-contained HTML page drawing every actor that has a fact."""
    net = Network(height="95vh", width="100%", directed=True, cdn_resources="in_line", heading="")
    active = [n for n in network.nodes if network.degree(n) > 0] or list(network.nodes)
    for node in sorted(active):
        data = network.nodes[node]
        degree = network.degree(node)
        net.add_node(
            node,
            label=data["label"],
            title=f"{data['label']} ({data['type']}), {degree} facts",
            color=TYPE_COLOURS.get(data["type"], "#bab0ac"),
            size=10 + 6 * math.sqrt(degree),
        )
    grouped: dict[tuple[str, str, str, bool], list[dict]] = defaultdict(list)
    for s, o, data in network.edges(data=True):  # one drawn edge per relation between two actors
        grouped[(s, o, data["relation"], data["modality"] == "planned")].append(data)
    for (s, o, relation, planned), facts in sorted(grouped.items()):
        facts.sort(key=lambda d: (d["date"], d["article"], d["evidence"]))
        label = relation if len(facts) == 1 else f"{relation} ×{len(facts)}"
        heading = f"{network.nodes[s]['label']} {relation} {network.nodes[o]['label']}"
        title = [heading + (" (planned)" if planned else ""), ""]
        for d in facts[:EVIDENCE_PER_EDGE]:
            source = f"  {d['title']} [{d['article']}]" + (f", {d['date']}" if d["date"] else "")
            title += [f"“{d['evidence']}”", source]
        if len(facts) > EVIDENCE_PER_EDGE:
            title.append(f"… and {len(facts) - EVIDENCE_PER_EDGE} more")
        net.add_edge(
            s,
            o,
            label=label,
            title="\n".join(title),
            color=PLOVER_COLOURS[relations()[relation].plover],
            dashes=planned,
            width=1 + math.log2(len(facts)),
            arrows="to",
        )
    net.set_options(
        '{"physics": {"stabilization": {"iterations": 300}, "barnesHut": {"springLength": 160}},'
        ' "edges": {"font": {"size": 10, "align": "middle"}, "smooth": {"type": "dynamic"}}}'
    )
    return CDN_TAG.sub("", net.generate_html(notebook=False))
