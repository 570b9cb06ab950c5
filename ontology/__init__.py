"""The diplomacy ontology (OWL) and the SHACL shapes of a valid build.

The files live in the repository's top-level `ontology/` folder, where DESIGN.md puts them, and are
installed as the package `kgraph.ontology` (pyproject maps the folder onto it), so an installed
kgraph finds them exactly like a checkout does.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import TYPE_CHECKING

import pyoxigraph as ox

if TYPE_CHECKING:
    from rdflib import Graph

ONTOLOGY_IRI = "https://w3id.org/kgraph/ontology"
NAMESPACES = {  # the prefixes kgraph binds wherever it reads or writes RDF (as text: no rdflib needed)
    "dip": ONTOLOGY_IRI + "#",
    "kg": "https://w3id.org/kgraph/id/",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "wd": "http://www.wikidata.org/entity/",
}


def ontology_file() -> Traversable:
    """diplomacy.ttl: classes, relations, alignment, PLOVER/CAMEO annotations."""
    return files(__name__) / "diplomacy.ttl"


def shapes_file() -> Traversable:
    """shapes.ttl: the SHACL shapes `kgraph validate` checks a build against."""
    return files(__name__) / "shapes.ttl"


def context_file() -> Traversable:
    """context.jsonld: the JSON-LD context JSON-LD exports are compacted with."""
    return files(__name__) / "context.jsonld"


@cache
def ontology_graph() -> Graph:
    """The ontology parsed by rdflib (once per process)."""
    from rdflib import Graph

    graph = Graph()
    graph.parse(source=str(ontology_file()), format="turtle")
    return graph


@cache
def ontology_quads() -> tuple[ox.Quad, ...]:
    """The ontology as pyoxigraph quads in its own named graph, as builds write it into a store."""
    graph = ox.NamedNode(ONTOLOGY_IRI)
    with ontology_file().open("rb") as f:
        return tuple(ox.Quad(t.subject, t.predicate, t.object, graph) for t in ox.parse(f, format=ox.RdfFormat.TURTLE))
