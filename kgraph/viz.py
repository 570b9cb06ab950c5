"""graph.html: the PyVis view of the actor network, one file that opens offline.

Article text reaches the page only as JSON inside the script (escaped by the template's
`tojson`) and is shown by vis-network as plain text, never parsed as HTML.
"""

from __future__ import annotations

import re

import networkx as nx
from pyvis.network import Network

TYPE_COLOURS = {
    "Person": "#4e79a7",
    "Country": "#e15759",
    "GovernmentBody": "#f28e2b",
    "Organization": "#59a14f",
    "Place": "#9c755f",
    "Group": "#b07aa1",
}
RELATION_COLOURS = {
    "met": "#4e79a7",
    "hosted": "#4e79a7",
    "visited": "#76b7b2",
    "urged": "#f28e2b",
    "demanded": "#f28e2b",
    "criticized": "#e15759",
    "accused": "#e15759",
    "supported": "#59a14f",
    "praised": "#59a14f",
    "aided": "#8cd17d",
    "agreedWith": "#b6992d",
    "invited": "#b6992d",
    "cooperatedWith": "#499894",
    "attacked": "#d4242a",
    "threatened": "#ff9d9a",
    "mobilizedAgainst": "#ff9d9a",
    "coerced": "#79706e",
    "detained": "#79706e",
    "sanctioned": "#bab0ac",
    "rejected": "#d37295",
    "protestedAgainst": "#fabfd2",
    "conceded": "#a0cbe8",
    "yieldedTo": "#a0cbe8",
}
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
            size=10 + 4 * min(degree, 15),
            group=data["type"],
        )
    for s, o, data in sorted(network.edges(data=True), key=lambda e: (e[0], e[1], e[2]["article"], e[2]["relation"])):
        net.add_edge(
            s,
            o,
            label=data["relation"],
            title="\n".join(
                [
                    f"{network.nodes[s]['label']} {data['relation']} {network.nodes[o]['label']} ({data['modality']})",
                    f"“{data['evidence']}”",
                    f"{data['title']} [{data['article']}]" + (f", {data['date']}" if data["date"] else ""),
                ]
            ),
            color=RELATION_COLOURS.get(data["relation"], "#888888"),
            dashes=data["modality"] == "planned",
            arrows="to",
        )
    net.set_options(
        '{"physics": {"stabilization": {"iterations": 300}, "barnesHut": {"springLength": 160}},'
        ' "edges": {"font": {"size": 10, "align": "middle"}, "smooth": {"type": "dynamic"}}}'
    )
    return CDN_TAG.sub("", net.generate_html(notebook=False))
