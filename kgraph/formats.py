"""What `kgraph export` writes from a store: name -> writer, so a format is one function and one line; and
the formats `kgraph query` prints results in.

A writer returns the text of one file, or for a format of several files (csv) their texts by file name.
The command line reads the names at start, so rdflib is imported only when a writer runs.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING

from kgraph.ontology import context_file

if TYPE_CHECKING:
    from rdflib import Dataset, Graph


class OutputFormat(StrEnum):
    """How `kgraph query` prints SELECT results."""

    TABLE = "table"
    CSV = "csv"
    TSV = "tsv"
    JSON = "json"


@cache
def jsonld_context() -> dict:
    """The shipped JSON-LD context (ontology/context.jsonld): short keys for the ontology's terms."""
    return json.loads(context_file().read_text(encoding="utf-8"))["@context"]


def _union(ds: Dataset) -> Graph:
    from rdflib import Graph

    from kgraph.rdf import PREFIXES, plain_literal

    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    for named in ds.graphs():
        for s, p, o in named:
            graph.add((s, p, plain_literal(o)))
    return graph


def _in_memory(ds: Dataset) -> Dataset:
    """A copy in rdflib's memory store, so every store serialises the same way."""
    from rdflib import Dataset

    from kgraph.rdf import PREFIXES, plain_literal

    copy = Dataset()
    for prefix, namespace in PREFIXES.items():
        copy.bind(prefix, namespace)
    for named in ds.graphs():
        if len(named):
            target = copy.graph(named.identifier)
            for s, p, o in named:
                target.add((s, p, plain_literal(o)))
    return copy


def _trig(ds: Dataset) -> str:
    """The same writer as graph.trig: named graphs in IRI order, triples in N-Triples order."""
    import pyoxigraph as ox

    from kgraph.rdf import to_oxigraph, to_trig

    found = []
    for named in ds.graphs():
        name = ox.NamedNode(str(named.identifier))
        found += [ox.Quad(*map(to_oxigraph, triple), name) for triple in named]
    return to_trig(sorted(found, key=lambda q: (q.graph_name.value, str(q.subject), str(q.predicate), str(q.object))))


def _nquads(ds: Dataset) -> str:
    lines = _in_memory(ds).serialize(format="nquads").splitlines()
    return "\n".join(sorted(line for line in lines if line.strip())) + "\n"


def _jsonld(ds: Dataset) -> str:
    return _in_memory(ds).serialize(format="json-ld", context=jsonld_context(), indent=2, sort_keys=True)


def _csv(header: list[str], rows: list[list[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def _neo4j_csv(ds: Dataset) -> dict[str, str]:
    """The actor network (as in graph.graphml) as nodes.csv and edges.csv, headed the way
    `neo4j-admin database import` reads them: `:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE` and typed
    properties (`pagerank:float`, `date:date`, arrays split on `;`); one edge per fact, typed by its relation."""
    from kgraph.export import Analysed, gephi_network  # the analysis is loaded only for this format

    analysed = Analysed(ds)
    network = gephi_network(analysed)
    aliases = {n: ";".join(a.replace(";", ",") for a in d["aliases"]) for n, d in analysed.network.nodes(data=True)}
    nodes = [
        [node, d["type"], d["label"], d["iri"], aliases[node], d["facts"], d["pagerank"], d["betweenness"]]
        + [d["community"]]
        for node, d in sorted(network.nodes(data=True))
    ]
    edges = [
        [s, o, d["relation"], key, d["modality"], d["date"], d["confidence"], d["mentions"], d["articles"]]
        + [d["evidence"], d["article"], d["title"]]
        for s, o, key, d in sorted(network.edges(keys=True, data=True), key=lambda e: (e[2], e[0], e[1]))
    ]
    node_header = ["id:ID", ":LABEL", "label", "iri", "aliases:string[]", "facts:int", "pagerank:float"]
    node_header += ["betweenness:float", "community:int"]
    edge_header = [":START_ID", ":END_ID", ":TYPE", "event", "modality", "date:date", "confidence:float"]
    edge_header += ["mentions:int", "articles:int", "evidence", "article", "title"]
    return {"nodes.csv": _csv(node_header, nodes), "edges.csv": _csv(edge_header, edges)}


EXPORTERS: dict[str, Callable[[Dataset], str | dict[str, str]]] = {
    "trig": _trig,
    "turtle": lambda ds: _union(ds).serialize(format="turtle"),
    "nquads": _nquads,
    "jsonld": _jsonld,
    "csv": _neo4j_csv,
}
