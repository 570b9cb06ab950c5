"""Cost of keeping the store up to date, against writing graph.trig, measured in the same run.

    python benchmarks/store.py [--articles 2000] [--shared ../shared]

Builds a corpus of distinct articles from the PLOVER and CaRB sentences (as throughput.py does),
extracts and resolves it once, then times on the same RDF dataset: rendering graph.trig (the
baseline), a first write into an empty Oxigraph store on disk, a rebuild where nothing changed
(digests compared, nothing written), a rebuild with one article in ten changed, and SHACL
validation. Prints seconds and the ratio of each to the graph.trig baseline.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from kgraph.ontology import ontology_graph
from rdflib import Dataset, Literal

from benchmarks.throughput import corpus, sentences
from kgraph.export import Built
from kgraph.model import Document
from kgraph.nlp import load_pipeline
from kgraph.pipeline import _parse_and_extract
from kgraph.rdf import DIP, graph_digest, to_trig
from kgraph.resolve import resolve
from kgraph.store import open_store, store_spec, sync
from kgraph.validate import validate

ROOT = Path(__file__).resolve().parent.parent


def timed(label: str, run, baseline: float | None = None) -> float:
    start = time.perf_counter()
    run()
    seconds = time.perf_counter() - start
    ratio = f"{seconds / baseline:8.2f}x graph.trig" if baseline else ""
    print(f"{label:<42} {seconds:8.2f} s {ratio}", flush=True)
    return seconds


def changed_copy(ds: Dataset, every: int) -> Dataset:
    """The dataset with one article in `every` given a new title (and so a new digest)."""
    copy = Dataset()
    for i, graph in enumerate(sorted((g for g in ds.graphs() if len(g)), key=lambda g: str(g.identifier))):
        target = copy.graph(graph.identifier)
        for triple in graph:
            target.add(triple)
        if i % every == 0:
            target.add((graph.identifier, DIP.extractedBy, Literal(f"benchmark edit {i}")))
            target.set((graph.identifier, DIP.graphDigest, Literal(graph_digest(target))))
    return copy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()

    texts = corpus(sentences(args.shared), args.articles, 5)
    documents = [Document(id=f"bench{i:05d}", text=text, title=f"Article {i}") for i, text in enumerate(texts)]
    extractions = list(_parse_and_extract(load_pipeline(), documents, 64))
    dataset = Built(resolve(extractions)).dataset
    triples = sum(len(g) for g in dataset.graphs())
    print(f"{len(documents)} articles, {triples} triples")

    baseline = timed("graph.trig rendered (baseline)", lambda: to_trig(dataset))
    with tempfile.TemporaryDirectory() as tmp:
        spec = store_spec(None, Path(tmp))
        onto = ontology_graph()

        def write(ds: Dataset) -> None:
            with open_store(spec, write=True) as target:
                sync(target, ds, ontology=onto)

        timed("first write into an empty Oxigraph store", lambda: write(dataset), baseline)
        timed("rebuild, nothing changed", lambda: write(dataset), baseline)
        edited = changed_copy(dataset, 10)
        timed("rebuild, one article in ten changed", lambda: write(edited), baseline)
    timed("SHACL validation of every article graph", lambda: validate(dataset), baseline)


if __name__ == "__main__":
    main()
