"""A SPARQL server as the store: a build into a real `oxigraph serve` through its Graph Store Protocol (and,
told not to use it, through SPARQL Update) answers `kgraph query --store URL` as the local store does."""

from __future__ import annotations

import re

from conftest import SAMPLES, run_kgraph

QUERIES = [
    "who_met_whom",
    "most_active",
    "activity_by_month",
    "planned_vs_held",
    "positions",
    "plover_type",
    "evidence",
    "between_countries",
    "articles_mentioning",
    # every named graph's size: the whole dataset, article by article, and the ontology's graph
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
    # every article graph's triples by predicate
    "SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?g a dip:Article . ?s ?p ?o } } GROUP BY ?p ORDER BY ?p",
]


def answers(*where: str) -> dict[str, list[str]]:
    found = {}
    for query in QUERIES:
        result = run_kgraph("query", query, *where, "-f", "csv")
        assert result.returncode == 0, result.stderr
        rows = result.stdout.splitlines()
        assert len(rows) > 1, f"{query}: no answer"
        found[query] = [rows[0], *sorted(rows[1:])]
    return found


def store_line(stdout: str) -> str:
    return next(line for line in stdout.splitlines() if line.strip().startswith("store"))


def test_a_build_into_an_oxigraph_server_answers_as_the_local_store(oxigraph_endpoint, tmp_path):
    local = run_kgraph("build", str(SAMPLES), "--out", str(tmp_path / "local"), "-q")
    assert local.returncode == 0, local.stderr
    remote = run_kgraph("build", str(SAMPLES), "--out", str(tmp_path / "remote"), "-q", "--store", oxigraph_endpoint)
    assert remote.returncode == 0, remote.stderr
    server = oxigraph_endpoint.removesuffix("/query")
    assert f"written through its Graph Store Protocol at {server}/store" in store_line(remote.stdout)
    assert re.search(r"\b5 added\b", store_line(remote.stdout))
    assert (tmp_path / "remote" / "graph.trig").read_bytes() == (tmp_path / "local" / "graph.trig").read_bytes()

    assert answers("--store", oxigraph_endpoint) == answers("--out", str(tmp_path / "local"))

    again = run_kgraph("build", str(SAMPLES), "--out", str(tmp_path / "remote"), "-q", "--store", oxigraph_endpoint)
    assert again.returncode == 0, again.stderr
    assert re.search(r"\b0 added, 0 replaced, 5 unchanged\b", store_line(again.stdout))


def test_a_server_written_with_sparql_update_answers_the_same(oxigraph_endpoint, tmp_path):
    local = run_kgraph("build", str(SAMPLES), "--out", str(tmp_path / "local"), "-q")
    assert local.returncode == 0, local.stderr
    remote = run_kgraph(
        *("build", str(SAMPLES), "-o", str(tmp_path / "remote"), "-q"),
        *("--store", oxigraph_endpoint, "--graph-store", "none"),
    )
    assert remote.returncode == 0, remote.stderr
    server = oxigraph_endpoint.removesuffix("/query")
    assert f"written through its SPARQL Update at {server}/update" in store_line(remote.stdout)
    assert answers("--store", oxigraph_endpoint) == answers("--out", str(tmp_path / "local"))
