"""Output files, one renderer each: name -> function, so a format is one line.

`kgraph build` writes the RDF graph and then everything `kgraph analyze` writes from it:
the page, the reports and the network for Gephi, all from the same projection of the RDF.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import networkx as nx

from kgraph.analysis import Analysis, Ego, Projection, Route, Source, analyse, project
from kgraph.model import KnowledgeGraph, Skipped
from kgraph.rdf import ArticleGraph, article_graphs, quads, to_trig
from kgraph.report import render_json, render_report
from kgraph.viz import render_html

XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 cannot carry


@dataclass
class Analysed:
    """An RDF graph, the questions asked of it, and the analysis that renderers share."""

    graph: Source
    skipped: Sequence[Skipped] = ()
    ego: Ego | None = None
    routes: list[Route] | None = None
    title: str = "kgraph"

    @cached_property
    def projection(self) -> Projection:
        return project(self.graph)

    @cached_property
    def analysis(self) -> Analysis:
        return analyse(self.projection)

    @property
    def network(self) -> nx.MultiDiGraph:
        return self.projection.actors


@dataclass
class Built:
    """A resolved knowledge graph, its RDF (made once, as pyoxigraph quads), and the analysis of that RDF."""

    kg: KnowledgeGraph
    skipped: list[Skipped] = field(default_factory=list)

    @cached_property
    def graphs(self) -> list[ArticleGraph]:
        return article_graphs(self.kg)

    @cached_property
    def analysed(self) -> Analysed:
        triples = [(q.subject.value, q.predicate.value, q.object.value) for q in quads(self.graphs)]
        return Analysed(triples, self.skipped)

    @property
    def network(self) -> nx.MultiDiGraph:
        return self.analysed.network


def gephi_network(a: Analysed) -> nx.MultiDiGraph:
    """The actor network with its measures as node attributes, in types GraphML and GEXF can carry."""
    g = nx.MultiDiGraph()
    scores = {s.id: s for s in a.analysis.actors}
    for node, data in a.network.nodes(data=True):
        score = scores.get(node)
        g.add_node(
            node,
            label=XML_ILLEGAL.sub("", data["label"]),
            type=data["type"],
            iri=data["iri"],
            aliases=XML_ILLEGAL.sub("", "; ".join(data["aliases"])),
            facts=score.facts if score else 0,
            pagerank=score.pagerank if score else 0.0,
            betweenness=score.betweenness if score else 0.0,
            community=score.community + 1 if score else 0,  # 0: no facts, in no community
        )
    for s, o, key, data in a.network.edges(keys=True, data=True):
        clean = {k: XML_ILLEGAL.sub("", v) if isinstance(v, str) else v for k, v in data.items()}
        g.add_edge(s, o, key=key, **clean)
    return g


GEXF_WRITTEN_ON = re.compile(r'(?<=<meta) lastmodifieddate="[^"]*"')


def to_graphml(a: Analysed) -> str:
    return "\n".join(nx.generate_graphml(gephi_network(a))) + "\n"


def to_gexf(a: Analysed) -> str:
    """GEXF without the writing day networkx puts in its meta element (an optional attribute), so that the same
    graph gives the same file on any day."""
    return "\n".join(GEXF_WRITTEN_ON.sub("", line) for line in nx.generate_gexf(gephi_network(a))) + "\n"


Renderer = Callable[[Analysed], str]

ANALYSIS_RENDERERS: dict[str, Renderer] = {
    "graph.html": lambda a: render_html(a.network, a.analysis, a.title),
    "report.md": lambda a: render_report(a.analysis, a.skipped, a.ego, a.routes),
    "report.json": lambda a: render_json(a.analysis, a.skipped, a.ego, a.routes),
    "graph.graphml": to_graphml,
    "graph.gexf": to_gexf,
}


def output_renderers(built: Built) -> dict[str, Callable[[], str]]:
    """Each file a build writes, by name: the RDF graph and everything analysed from it."""
    renderers = {"graph.trig": lambda: to_trig(quads(built.graphs))}
    renderers |= {name: (lambda r=render: r(built.analysed)) for name, render in ANALYSIS_RENDERERS.items()}
    return renderers


def write_outputs(built: Built, out: Path) -> dict[str, Path]:
    """The RDF graph and everything analysed from it."""
    return write_files(output_renderers(built), out)


def write_analysis(analysed: Analysed, out: Path) -> dict[str, Path]:
    """What `kgraph analyze` writes: the page, the reports and the Gephi files."""
    return write_files({name: (lambda r=render: r(analysed)) for name, render in ANALYSIS_RENDERERS.items()}, out)


def write_analysis_files(
    analysed: Analysed | None, out: Path, writers: dict[str, Callable[[Path], None]]
) -> dict[str, Path]:
    """Files that `writers` write themselves (graph.trig, as its graphs come), and the analyses unless None."""
    renderers = ANALYSIS_RENDERERS if analysed else {}
    return write_files({name: (lambda r=render: r(analysed)) for name, render in renderers.items()}, out, writers)


def write_files(
    renderers: dict[str, Callable[[], str]], out: Path, writers: dict[str, Callable[[Path], None]] | None = None
) -> dict[str, Path]:
    """Render every file first (`writers` write theirs to the path given), then move them into place: a failure
    while building or rendering leaves the previous outputs as they were."""
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".kgraph-", dir=out))
    writers = writers or {}
    try:
        for name, write in writers.items():
            write(staging / name)
        for name, render in renderers.items():
            (staging / name).write_text(render(), encoding="utf-8")
        paths = {}
        for name in [*writers, *renderers]:
            os.replace(staging / name, out / name)
            paths[name] = out / name
        return paths
    finally:
        shutil.rmtree(staging, ignore_errors=True)
