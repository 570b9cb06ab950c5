"""Output files of a build, one renderer each: name -> function, so a format is one line."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import networkx as nx
from rdflib import Dataset

from kgraph.analysis import actor_network
from kgraph.model import KnowledgeGraph, Skipped
from kgraph.rdf import to_dataset, to_trig
from kgraph.report import render_report
from kgraph.viz import render_html


@dataclass
class Built:
    """A resolved knowledge graph and the views of it that renderers share."""

    kg: KnowledgeGraph
    skipped: list[Skipped] = field(default_factory=list)

    @cached_property
    def dataset(self) -> Dataset:
        return to_dataset(self.kg)

    @cached_property
    def network(self) -> nx.MultiDiGraph:
        return actor_network(self.kg)


Renderer = Callable[[Built], str]

RENDERERS: dict[str, Renderer] = {
    "graph.trig": lambda b: to_trig(b.dataset),
    "graph.html": lambda b: render_html(b.network),
    "report.md": lambda b: render_report(b.kg, b.network, b.skipped),
}


def write_outputs(built: Built, out: Path) -> dict[str, Path]:
    """Render every output first, then move them into place: a failure while building or rendering
    leaves the previous outputs as they were."""
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".kgraph-", dir=out))
    try:
        for name, render in RENDERERS.items():
            (staging / name).write_text(render(built), encoding="utf-8")
        paths = {}
        for name in RENDERERS:
            os.replace(staging / name, out / name)
            paths[name] = out / name
        return paths
    finally:
        shutil.rmtree(staging, ignore_errors=True)
