"""SHACL validation of a build against ontology/shapes.ttl (pyshacl), one named graph at a time."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pyshacl import validate as shacl_validate
from rdflib import Dataset, Graph, Literal, Namespace

from kgraph.ontology import ONTOLOGY_IRI, shapes_file

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str


@dataclass(frozen=True)
class ValidationResult:
    conforms: bool
    violations: tuple[Violation, ...]
    graphs: int


@cache
def shapes() -> Graph:
    graph = Graph()
    graph.parse(source=str(shapes_file()), format="turtle")
    return graph


def validate(ds: Dataset) -> ValidationResult:
    """Check every named graph (article) of `ds` on its own against the shapes: each article's graph
    must describe every entity and event it uses, so it can be replaced or dropped alone."""
    named = [g for g in ds.graphs() if len(g) and str(g.identifier) != ONTOLOGY_IRI]
    violations: set[Violation] = set()
    conforms = True
    for graph in named:
        data = Graph()
        for triple in graph:
            data.add(triple)
        ok, report, text = shacl_validate(data, shacl_graph=shapes(), inference="none")
        if not isinstance(report, Graph):  # pyshacl could not run the shapes at all
            raise RuntimeError(f"SHACL validation failed to run: {text}")
        conforms = conforms and bool(ok)
        violations |= {
            Violation(
                focus=str(report.value(result, SH.focusNode)),
                path=str(report.value(result, SH.resultPath) or ""),
                message=str(report.value(result, SH.resultMessage) or Literal("")),
            )
            for result in report.subjects(SH.resultSeverity, SH.Violation)
        }
    ordered = tuple(sorted(violations, key=lambda v: (v.focus, v.path, v.message)))
    return ValidationResult(conforms=conforms, violations=ordered, graphs=len(named))
