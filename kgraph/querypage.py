"""The query page of `kgraph serve`: Oxigraph's YASGUI editor set up for kgraph.

The page opens with kgraph's prefixes declared and a first query over the actors' facts, and offers the
example queries kgraph ships (`kgraph.queries`), each opened in its own tab. It is one HTML file with
the examples inside; YASGUI's script and style are served by `kgraph serve` too (kgraph/static/yasgui),
so the page needs no network. Text reaches the page only as escaped JSON and is shown as text.
"""

from __future__ import annotations

from functools import cache

import jinja2

from kgraph.ontology import NAMESPACES
from kgraph.queries import examples

PAGE_PREFIXES = {
    "dip": NAMESPACES["dip"],
    "kg": NAMESPACES["kg"],
    "wd": NAMESPACES["wd"],
    "dcterms": NAMESPACES["dcterms"],
    "prov": NAMESPACES["prov"],
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": NAMESPACES["skos"],
    "owl": NAMESPACES["owl"],
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

FIRST_QUERY = """\
# Who did what to whom: every relation between two actors (the default graph merges all articles).
# Pick an example query above, or write your own; Ctrl-Enter runs it.
SELECT ?agent ?relation ?target (COUNT(*) AS ?facts) WHERE {
  ?a ?r ?t .
  ?r dip:ploverType ?plover .    # a relation of the ontology (stored in the graph too)
  ?a rdfs:label ?agent .
  ?t rdfs:label ?target .
  BIND (STRAFTER(STR(?r), "#") AS ?relation)
}
GROUP BY ?agent ?relation ?target
ORDER BY ?agent ?relation ?target
LIMIT 200
"""


def prefix_block() -> str:
    width = max(map(len, PAGE_PREFIXES))
    return "".join(f"PREFIX {p + ':':<{width + 1}} <{iri}>\n" for p, iri in PAGE_PREFIXES.items())


@cache
def render_query_page(title: str = "kgraph SPARQL") -> str:
    """The page's HTML; the same for every request, so it is made once."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("kgraph", "templates"), autoescape=True, undefined=jinja2.StrictUndefined
    )
    data = {
        "prefixes": PAGE_PREFIXES,
        "first": prefix_block() + "\n" + FIRST_QUERY,
        "examples": [{"name": e.name, "summary": e.summary, "text": e.text} for e in examples()],
    }
    return env.get_template("query.html").render(title=title, data=data)
