"""How the analyses grow with the graph: each measure at several sizes up to 50,000 edges, per 1,000 edges.

    python -m benchmarks.analysis [--facts 5000 10000 25000 50000] [--actors-per-fact 0.1]

Generates a knowledge graph of FACTS facts among FACTS x ACTORS_PER_FACT actors (preferential
attachment, as in news; benchmarks/synthetic.py), makes its RDF as a build does and times, at each
size: the projection to NetworkX, PageRank, betweenness, Louvain communities, the graph page's layout
(with its PyVis network), and every analysis output a build writes. It prints seconds and milliseconds per
1,000 edges; the last column is that cost at this size over its cost at the smallest size, so a
step that grows faster than the graph shows a ratio well above 1.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as `kgraph` sets it, before numpy is imported

import argparse
import time

import networkx as nx

from benchmarks.synthetic import generated_graph
from kgraph.analysis import (
    BETWEENNESS_BUDGET,
    BETWEENNESS_MIN_SOURCES,
    LOUVAIN_SEED,
    betweenness,
    project,
    simple_graph,
    weighted_digraph,
)
from kgraph.export import ANALYSIS_RENDERERS, Analysed, Built
from kgraph.viz import build_network


def timed(run) -> tuple[object, float]:
    start = time.perf_counter()
    value = run()
    return value, time.perf_counter() - start


def steps(facts: int, actors: int, exact_up_to: int) -> tuple[int, int, dict[str, float]]:
    built = Built(generated_graph(actors, facts))
    triples = [(q.subject.value, q.predicate.value, q.object.value) for g in built.graphs for q in g.quads]
    projection, seconds = timed(lambda: project(triples))
    g = projection.actors
    simple = simple_graph(g)
    directed = weighted_digraph(g, simple.nodes)
    found = {"projection": seconds}
    found["pagerank"] = timed(lambda: nx.pagerank(directed, weight="weight"))[1]
    found["betweenness"] = timed(lambda: betweenness(simple))[1]
    if facts <= exact_up_to:
        found["exact betweenness"] = timed(lambda: nx.betweenness_centrality(simple, normalized=True))[1]
    found["louvain"] = timed(lambda: nx.community.louvain_communities(simple, weight="weight", seed=LOUVAIN_SEED))[1]
    analysed = Analysed(triples)
    analysed.projection  # noqa: B018 (computed before the renderers are timed)
    found["whole analysis"] = timed(lambda: analysed.analysis)[1]
    found["page layout + network"] = timed(lambda: build_network(g, analysed.analysis))[1]
    for name, render in ANALYSIS_RENDERERS.items():
        found[name] = timed(lambda r=render: r(analysed))[1]
    return len(simple), g.number_of_edges(), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--facts", type=int, nargs="+", default=[5_000, 10_000, 25_000, 50_000])
    parser.add_argument("--actors-per-fact", type=float, default=0.1)
    parser.add_argument("--exact-up-to", type=int, default=10_000, help="time exact betweenness up to this many facts")
    args = parser.parse_args()

    print(
        f"betweenness: exact while actors x pairs <= {BETWEENNESS_BUDGET:,}, else from a sample of at least "
        f"{BETWEENNESS_MIN_SOURCES} sources (kgraph.analysis.betweenness); 'exact betweenness' shows what the "
        f"exact measure would cost (up to --exact-up-to edges)"
    )
    first: dict[str, float] = {}
    for facts in args.facts:
        actors, edges, found = steps(facts, max(10, int(facts * args.actors_per_fact)), args.exact_up_to)
        print(f"\n{actors} actors with facts, {edges} edges; load {os.getloadavg()}")
        for name, seconds in found.items():
            per = seconds / edges * 1000 * 1000
            first.setdefault(name, per)
            print(f"  {name:<16} {seconds:8.2f} s {per:9.2f} ms per 1,000 edges {per / first[name]:6.2f}x", flush=True)


if __name__ == "__main__":
    main()
