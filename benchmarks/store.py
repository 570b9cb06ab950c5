"""Cost of writing the store, against pyoxigraph's own bulk loader on the same quads, in the same run.

    python -m benchmarks.store [--articles 2000] [--shared ../shared] [--shacl-sample 200]

Needs the shared development folder (--shared, default ../shared) for its corpus: distinct
articles made of the PLOVER and CaRB sentences, as benchmarks/throughput.py makes them. Extracts
and resolves them once and makes their quads, then times, each into a fresh Oxigraph store on disk
(opened within the timing, as a build opens its store):

- pyoxigraph's bulk loader (`Store.bulk_load`) reading the same quads as N-Quads: the baseline; and reading
  what kgraph's store holds of them, each article graph twice (in its named graph and in the merge kept in the
  default graph), so that the loader's own limit for kgraph's first write shows;
- kgraph's first write into an empty store (`store.sync`, digests read, ontology compared), and
  the same quads written as SPARQL Update text (how builds wrote before);
- rebuilds into the filled store: nothing changed, one article in ten changed (replaced), one
  article in ten new (added);
- SHACL validation of every article graph (kgraph.validate), next to pyshacl alone on a sample.

Prints seconds, triples per second and each first write's rate as a multiple of the bulk loader's.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from benchmarks.throughput import corpus, sentences
from kgraph.export import Built
from kgraph.model import Document
from kgraph.nlp import load_pipeline
from kgraph.parse import parse_and_extract
from kgraph.rdf import ArticleGraph, quads, to_dataset
from kgraph.resolve import resolve
from kgraph.store import GRAPH_DIGEST, load_text, open_writer, store_spec, sync, update_text
from kgraph.validate import explain, shapes, validate

ROOT = Path(__file__).resolve().parent.parent


def timed(label: str, run, triples: int = 0, baseline: float | None = None) -> float:
    start = time.perf_counter()
    run()
    seconds = time.perf_counter() - start
    rate = f"{triples / seconds:10.0f} triples/s" if triples else " " * 20
    ratio = f"  {baseline / seconds:5.2f}x the bulk loader's rate" if baseline else ""
    print(f"  {label:<46} {seconds:7.3f} s {rate}{ratio}", flush=True)
    return seconds


def edited(graph: ArticleGraph, iri: str | None = None) -> ArticleGraph:
    """The graph with another digest (a changed article), or under another IRI too (a new article)."""
    name = ox.NamedNode(iri or graph.iri)
    digest = "0" * 64 if graph.digest != "0" * 64 else "1" * 64
    changed = tuple(
        ox.Quad(q.subject, q.predicate, ox.Literal(digest) if q.predicate == GRAPH_DIGEST else q.object, name)
        for q in graph.quads
    )
    return ArticleGraph(name.value, changed, digest)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared development folder")
    parser.add_argument("--shacl-sample", type=int, default=200, help="article graphs pyshacl alone validates")
    args = parser.parse_args()

    texts = corpus(sentences(args.shared), args.articles, 5)
    documents = [Document(id=f"bench{i:05d}", text=text, title=f"Article {i}") for i, text in enumerate(texts)]
    extractions = list(parse_and_extract(load_pipeline(), documents, 64))
    graphs = Built(resolve(extractions)).graphs
    triples = sum(len(g.quads) for g in graphs)
    nquads = ox.serialize(quads(graphs), format=ox.RdfFormat.N_QUADS)
    print(f"{len(graphs)} articles, {triples} triples; load {os.getloadavg()}")

    with tempfile.TemporaryDirectory() as tmp:
        n = 0

        def fresh() -> ox.Store:
            """A new, empty store on disk (opened within the timing, as a build opens its store)."""
            nonlocal n
            n += 1
            return ox.Store(str(Path(tmp) / f"store{n}"))

        print("first write into an empty store on disk:")
        bulk = timed(
            "pyoxigraph bulk_load of the N-Quads (baseline)",
            lambda: fresh().bulk_load(nquads, format=ox.RdfFormat.N_QUADS),
            triples,
        )
        stored = load_text({g.iri: g.quads for g in graphs})
        timed(
            "  the same, with the merge kgraph keeps",
            lambda: fresh().bulk_load(stored, format=ox.RdfFormat.N_QUADS),
            triples,
            bulk,
        )
        spec = store_spec(None, Path(tmp) / "kgraph")

        def write(these: list[ArticleGraph]) -> None:
            with open_writer(spec) as target:
                sync(target, these)

        timed("kgraph first write (store.sync)", lambda: write(graphs), triples, bulk)
        timed(
            "SPARQL Update text, one request (before)",
            lambda: fresh().update(update_text({g.iri: g.quads for g in graphs}, ())),
            triples,
            bulk,
        )

        print("rebuilds into the filled store:")
        timed("nothing changed", lambda: write(graphs))
        changed = [edited(g) if i % 10 == 0 else g for i, g in enumerate(graphs)]
        size = sum(len(g.quads) for i, g in enumerate(graphs) if i % 10 == 0)
        timed("one article in ten changed (replaced)", lambda: write(changed), size)
        added = changed + [edited(g, g.iri + "-new") for g in graphs[::10]]
        timed("one article in ten new (added)", lambda: write(added), size)

    print("SHACL, each article graph on its own:")
    dataset: Dataset = to_dataset(Built(resolve(extractions)).kg)
    seconds = timed("kgraph.validate (pyshacl-turbo, pyshacl on failures)", lambda: validate(dataset))
    print(f"  {'':<46} {seconds / len(graphs) * 1000:7.2f} ms per article graph")
    sample = [g for g in dataset.graphs() if len(g)][: args.shacl_sample]

    def pyshacl_alone() -> None:
        for g in sample:
            data = Graph()
            data += g
            explain(data)

    shapes()
    alone = timed(f"pyshacl alone, {len(sample)} article graphs (before)", pyshacl_alone)
    print(f"  {'':<46} {alone / len(sample) * 1000:7.2f} ms per article graph")
    print(f"load {os.getloadavg()}")


if __name__ == "__main__":
    main()
