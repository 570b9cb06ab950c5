"""Query latency on a store of a million triples or more, against rdflib's memory store on the same data.

    python -m benchmarks.query [--triples 1000000] [--runs 30] [--build DIR]

Takes a build's article graphs (default: the bundled samples, built into a temporary folder; --build
names another build folder) and clones them under new IRIs (every kgraph IRI gets a copy suffix, so
each copy is a world of its own) until the store holds at least TRIPLES triples. Loads the copies
into an Oxigraph store on disk as a build writes them (their merge in the default graph too), and into
rdflib's memory store. Then, with actors drawn at random, it times the median latency of a 1-hop query
(an actor's facts) and a 2-hop query (the actors two facts away): on Oxigraph through `kgraph query`'s
code path (open_sparql, bind_params, run_query, render), on rdflib's store with its own SPARQL engine
(the same text, the actor bound with initBindings; both answers checked equal); and the start of the
`kgraph query` and `kgraph --help` processes next to a bare Python start, and of `kgraph serve` until
its first answer.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
from kgraph.ontology import ontology_quads
from rdflib import Dataset, URIRef, Variable

from kgraph.formats import OutputFormat
from kgraph.pipeline import build
from kgraph.query import bind_params, render, run_query
from kgraph.rdf import ID, PREFIXES, to_rdflib
from kgraph.relations import relations
from kgraph.store import open_sparql, open_writer, store_spec

EDGES = " ".join(f"dip:{name}" for name in sorted(relations()))
ONE_HOP = f"""SELECT ?actor ?relation ?other WHERE {{
  VALUES ?relation {{ {EDGES} }}
  ?actor ?relation ?other .
}}"""
TWO_HOP = f"""SELECT DISTINCT ?actor ?other WHERE {{
  VALUES ?first {{ {EDGES} }}
  VALUES ?second {{ {EDGES} }}
  ?actor ?first ?between .
  ?between ?second ?other .
  FILTER (?other != ?actor)
}}"""


def clone(term, suffix: str):
    if isinstance(term, ox.NamedNode) and term.value.startswith(str(ID)):
        return ox.NamedNode(term.value + suffix)
    return term


def copies(quads: list[ox.Quad], wanted: int) -> list[ox.Quad]:
    out: list[ox.Quad] = []
    i = 0
    while len(out) < wanted:
        suffix = f"-c{i}"
        out += [ox.Quad(*(clone(t, suffix) for t in (q.subject, q.predicate, q.object, q.graph_name))) for q in quads]
        i += 1
    return out


CSV = OutputFormat.CSV


def rows(csv_text: str) -> set[str]:
    """A CSV answer's rows as a set (a query without ORDER BY lists them in any order)."""
    return set(csv_text.replace("\r\n", "\n").splitlines()[1:])


def serve_ms(out: Path, runs: int = 5) -> float:
    """Median time from starting `kgraph serve` to its first answer (ASK over HTTP)."""
    times = []
    for _ in range(runs):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        url = f"http://127.0.0.1:{port}/query?query=ASK%7B%7D"
        start = time.perf_counter()
        command = [sys.executable, "-m", "kgraph", "serve", "--out", str(out), "--port", str(port)]
        server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while True:
                try:
                    with urllib.request.urlopen(url, timeout=5) as response:
                        response.read()
                    break
                except OSError:
                    if server.poll() is not None or time.perf_counter() - start > 60:
                        raise RuntimeError("kgraph serve did not answer") from None
                    time.sleep(0.005)
            times.append(time.perf_counter() - start)
        finally:
            server.terminate()
            server.wait()
    return statistics.median(times) * 1000


def median_ms(run, actors: list[str], runs: int) -> float:
    times = []
    for i in range(runs):
        start = time.perf_counter()
        run(actors[i % len(actors)])
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def process_ms(command: list[str], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--build", type=Path, help="a build folder (default: the samples, built now)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.build
        if folder is None:
            folder = Path(tmp) / "samples"
            build(out=folder, store=store_spec("memory", folder))
        source = list(ox.parse(path=str(folder / "graph.trig"), format=ox.RdfFormat.TRIG))
        quads = copies(source, args.triples)
        out = Path(tmp) / "big"
        graphs: dict[str, list[ox.Quad]] = defaultdict(list)
        for q in [*quads, *ontology_quads()]:
            graphs[q.graph_name.value].append(q)
        with open_writer(store_spec(None, out)) as target:  # as a build writes it, the default graph's merge too
            target.write(graphs)
        shutil.copy(folder / "graph.trig", out / "graph.trig")
        print(f"{len(quads)} triples ({len(quads) // len(source)} copies of {folder}); load {os.getloadavg()}")

        memory = Dataset(default_union=True)
        for prefix, namespace in PREFIXES.items():
            memory.bind(prefix, namespace)
        start = time.perf_counter()
        memory.addN(
            (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), memory.graph(to_rdflib(q.graph_name)))
            for q in quads
        )
        print(f"rdflib memory store loaded in {time.perf_counter() - start:.0f} s")

        people = sorted({q.subject.value for q in quads if q.object.value == "https://w3id.org/kgraph/ontology#Person"})
        actors = random.Random(7).sample(people, min(len(people), args.runs))
        heading = f"query (median of {args.runs} actors)"
        print(f"{heading:<34} {'Oxigraph':>10} {'rdflib memory':>14} {'ratio':>7}")
        with open_sparql(store_spec(None, out)) as oxigraph:
            for name, text in (("1-hop: an actor's facts", ONE_HOP), ("2-hop: actors two facts away", TWO_HOP)):

                def by_kgraph(actor, text=text):
                    return render(run_query(oxigraph, text, bind_params(oxigraph, text, [f"actor=<{actor}>"])), CSV)

                def by_rdflib(actor, text=text):
                    return memory.query(text, initBindings={Variable("actor"): URIRef(actor)}).serialize(format="csv")

                assert rows(by_kgraph(actors[0])) == rows(by_rdflib(actors[0]).decode()), "the same answer"
                fast = median_ms(by_kgraph, actors, args.runs)
                slow = median_ms(by_rdflib, actors, args.runs)
                print(f"{name:<34} {fast:8.2f} ms {slow:11.2f} ms {slow / fast:6.1f}x")

        kgraph = [sys.executable, "-m", "kgraph"]
        python = process_ms([sys.executable, "-c", "pass"])
        help_ = process_ms([*kgraph, "--help"])
        query = process_ms([*kgraph, "query", "ASK { }", "--out", str(out)])
        print("process start, median of 7:")
        print(f"  python -c pass        {python:7.0f} ms")
        print(f"  kgraph --help         {help_:7.0f} ms")
        print(f"  kgraph query 'ASK {{}}' {query:7.0f} ms  (opens the {len(quads)}-triple store)")
        print(f"  kgraph serve, first answer {serve_ms(out):4.0f} ms")
    print(f"load {os.getloadavg()}")


if __name__ == "__main__":
    main()
