"""RDF serialisations of a store for `kgraph export`: name -> writer, so a format is one function and one line."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache

from rdflib import Dataset, Graph

from kgraph.ontology import context_file
from kgraph.rdf import PREFIXES, plain_literal, to_trig


@cache
def jsonld_context() -> dict:
    """The shipped JSON-LD context (ontology/context.jsonld): short keys for the ontology's terms."""
    return json.loads(context_file().read_text(encoding="utf-8"))["@context"]


def _union(ds: Dataset) -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    for named in ds.graphs():
        for s, p, o in named:
            graph.add((s, p, plain_literal(o)))
    return graph


def _in_memory(ds: Dataset) -> Dataset:
    """A copy in rdflib's memory store, so every store serialises the same way."""
    copy = Dataset()
    for prefix, namespace in PREFIXES.items():
        copy.bind(prefix, namespace)
    for named in ds.graphs():
        if len(named):
            target = copy.graph(named.identifier)
            for s, p, o in named:
                target.add((s, p, plain_literal(o)))
    return copy


def _nquads(ds: Dataset) -> str:
    lines = _in_memory(ds).serialize(format="nquads").splitlines()
    return "\n".join(sorted(line for line in lines if line.strip())) + "\n"


def _jsonld(ds: Dataset) -> str:
    return _in_memory(ds).serialize(format="json-ld", context=jsonld_context(), indent=2, sort_keys=True)


EXPORTERS: dict[str, Callable[[Dataset], str]] = {
    "trig": lambda ds: to_trig(_in_memory(ds)),
    "turtle": lambda ds: _union(ds).serialize(format="turtle"),
    "nquads": _nquads,
    "jsonld": _jsonld,
}
