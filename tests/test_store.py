"""The store: Oxigraph on disk by default, incremental builds, --prune, memory, and a real SPARQL endpoint."""

import json
import re
import shutil
from pathlib import Path

import pyoxigraph
import pytest
from conftest import SAMPLES, assert_valid, run_kgraph
from kgraph.ontology import ONTOLOGY_IRI
from rdflib import Dataset, URIRef

import kgraph.store
from kgraph.commit import staged_graphs, store_build
from kgraph.rdf import article_iri
from kgraph.store import open_writer, store_spec, sync

SENTINEL = pyoxigraph.NamedNode("urn:test:untouched")
DEFAULT = pyoxigraph.DefaultGraph()
EDITED = "003_a5a27f40a6ae60bf"


def store_line(stdout: str) -> dict[str, int]:
    line = next(line for line in stdout.splitlines() if line.strip().startswith("store"))
    return {word: int(n) for n, word in re.findall(r"(\d+) (added|replaced|unchanged|pruned)", line)}


def article_graphs(store: pyoxigraph.Store) -> set[str]:
    return {g.value for g in store.named_graphs()} - {ONTOLOGY_IRI}


def blank_nodes(store: pyoxigraph.Store) -> set[str]:
    quads = store.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(ONTOLOGY_IRI))
    return {q.subject.value for q in quads if isinstance(q.subject, pyoxigraph.BlankNode)}


def assert_default_graph_is_the_merge(store: pyoxigraph.Store, leave_out=()) -> None:
    """The default graph queries see holds each triple of the named graphs once, and nothing else."""
    named = {
        (q.subject, q.predicate, q.object)
        for q in store.quads_for_pattern(None, None, None, None)
        if not isinstance(q.graph_name, pyoxigraph.DefaultGraph) and q.predicate not in leave_out
    }
    default = {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, DEFAULT)}
    assert default == named


def nquads(store_dir: Path) -> list[str]:
    store = pyoxigraph.Store.read_only(str(store_dir))
    lines = store.dump(format=pyoxigraph.RdfFormat.N_QUADS).decode("utf-8").splitlines()
    del store
    return sorted(re.sub(r"_:\S+", "_:b", line) for line in lines)  # the ontology's blank nodes get fresh ids


@pytest.fixture
def corpus(tmp_path) -> Path:
    inputs = tmp_path / "in"
    shutil.copytree(SAMPLES, inputs)
    return inputs


def build(inputs: Path, out: Path, *options: str):
    result = run_kgraph("build", str(inputs), "--out", str(out), "-q", *options)
    assert result.returncode == 0, result.stderr
    return result


def test_default_build_fills_an_oxigraph_store_on_disk_with_the_graph_and_the_ontology(sample_build):
    store = pyoxigraph.Store.read_only(str(sample_build / "store"))
    graphs = {g.value for g in store.named_graphs()}
    assert graphs == {str(article_iri(p.stem)) for p in SAMPLES.glob("*.txt")} | {ONTOLOGY_IRI}
    assert store_build(sample_build / "store") == json.loads((sample_build / "build.json").read_text())["build"]
    trig = Dataset()
    trig.parse(sample_build / "graph.trig", format="trig")
    for graph in trig.graphs():
        if len(graph):
            stored = len(list(store.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(str(graph.identifier)))))
            assert stored == len(graph), graph.identifier


def test_rebuild_with_one_article_edited_touches_only_that_named_graph(corpus, tmp_path):
    out = tmp_path / "out"
    first = build(corpus, out)
    assert store_line(first.stdout) == {"added": 5, "replaced": 0, "unchanged": 0, "pruned": 0}
    store = pyoxigraph.Store(str(out / "store"))  # mark every article graph; a rewritten graph loses its mark
    ontology_nodes = blank_nodes(store)  # and a rewritten ontology graph would get new blank nodes
    for graph in article_graphs(store):
        node = pyoxigraph.NamedNode(graph)
        store.add(pyoxigraph.Quad(node, SENTINEL, pyoxigraph.Literal("yes"), node))
    hash_before = {
        q.graph_name.value: q.object.value
        for q in store.quads_for_pattern(None, None, None, None)
        if q.predicate.value.endswith("#contentHash") and q.graph_name != DEFAULT
    }
    del store

    same = build(corpus, out)
    assert store_line(same.stdout) == {"added": 0, "replaced": 0, "unchanged": 5, "pruned": 0}

    edited = corpus / f"{EDITED}.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nNorway urged Sweden to end the dispute.\n", "utf-8")
    again = build(corpus, out)
    assert store_line(again.stdout) == {"added": 0, "replaced": 1, "unchanged": 4, "pruned": 0}

    store = pyoxigraph.Store.read_only(str(out / "store"))
    marked = {q.graph_name.value for q in store.quads_for_pattern(None, SENTINEL, None, None)}
    assert marked == article_graphs(store) - {str(article_iri(EDITED))}
    assert blank_nodes(store) == ontology_nodes
    hash_after = {
        q.graph_name.value: q.object.value
        for q in store.quads_for_pattern(None, None, None, None)
        if q.predicate.value.endswith("#contentHash") and q.graph_name != DEFAULT
    }
    changed = {g for g in hash_after if hash_after[g] != hash_before[g]}
    assert changed == {str(article_iri(EDITED))}
    labels = {
        q.object.value
        for q in store.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(str(article_iri(EDITED))))
    }
    assert {"Norway", "Sweden"} <= labels, "the edited article's new fact is in its graph"
    assert_default_graph_is_the_merge(store, leave_out={SENTINEL})  # the marks were added behind kgraph's back
    del store
    assert_valid(out)


def test_articles_no_longer_built_stay_until_prune(corpus, tmp_path):
    out = tmp_path / "out"
    build(corpus, out)
    removed = sorted(corpus.glob("*.txt"))[3:]
    for path in removed:
        path.unlink()

    without = build(corpus, out)
    assert store_line(without.stdout)["pruned"] == 0
    assert "2 from earlier builds kept (--prune drops them)" in without.stdout
    store = pyoxigraph.Store.read_only(str(out / "store"))
    assert len(article_graphs(store)) == 5
    del store

    pruned = build(corpus, out, "--prune")
    assert store_line(pruned.stdout) == {"added": 0, "replaced": 0, "unchanged": 3, "pruned": 2}
    store = pyoxigraph.Store.read_only(str(out / "store"))
    assert article_graphs(store) == {str(article_iri(p.stem)) for p in corpus.glob("*.txt")}
    assert pyoxigraph.NamedNode(ONTOLOGY_IRI) in set(store.named_graphs()), "the ontology is never pruned"
    assert_default_graph_is_the_merge(store)
    del store
    assert_valid(out)


def test_the_default_graph_is_a_set_kept_by_every_build_and_made_for_an_older_store(corpus, tmp_path):
    """A triple several articles state is in the default graph once; a store written before kgraph kept the
    merge is queried through Oxigraph's union until the next build, which makes the merge."""
    out = tmp_path / "out"
    build(corpus, out)
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?x dip:met ?y }"
    per_graph = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?x dip:met ?y } }"
    merged = run_kgraph("query", count, "--out", str(out), "-f", "csv").stdout
    repeated = run_kgraph("query", per_graph, "--out", str(out), "-f", "csv").stdout
    assert int(merged.split()[1]) < int(repeated.split()[1]), "the samples state some meetings in several articles"
    assert merged == run_kgraph("query", count, "--out", str(out), "--store", "memory", "-f", "csv").stdout

    store = pyoxigraph.Store(str(out / "store"))
    store.clear_graph(DEFAULT)  # as a store written before the merge was kept
    del store
    older = run_kgraph("query", count, "--out", str(out), "-f", "csv").stdout
    assert int(older.split()[1]) == int(repeated.split()[1]), "Oxigraph's union: a triple once per graph"
    assert store_line(build(corpus, out).stdout)["unchanged"] == 5
    assert run_kgraph("query", count, "--out", str(out), "-f", "csv").stdout == merged
    store = pyoxigraph.Store.read_only(str(out / "store"))
    assert_default_graph_is_the_merge(store)
    del store


def test_same_inputs_give_the_same_store(tmp_path):
    build(SAMPLES, tmp_path / "one")
    build(SAMPLES, tmp_path / "two", "--workers", "2")
    first = nquads(tmp_path / "one" / "store")
    assert len(first) > 900
    assert nquads(tmp_path / "two" / "store") == first


def test_a_write_longer_than_one_open_of_the_store_loses_nothing(sample_build, tmp_path, monkeypatch):
    """The writer closes and opens the store again every REOPEN_WRITES writes (its memory stays flat): a write
    of many batches stores what the build stored, and leaves the store free for the next open."""
    monkeypatch.setattr(kgraph.store, "REOPEN_WRITES", 2)
    graphs = staged_graphs(sample_build / "graph.trig")
    assert len(graphs) == 5
    with open_writer(store_spec(str(tmp_path / "store"), tmp_path)) as target:
        summary = sync(target, graphs, batch=1)  # 6 writes: the store is opened 4 times
    assert (summary.added, summary.unchanged) == (5, 0)
    assert nquads(tmp_path / "store") == nquads(sample_build / "store")
    with open_writer(store_spec(str(tmp_path / "store"), tmp_path)) as target:
        assert sync(target, graphs, batch=1).unchanged == 5


def test_a_bulk_load_holds_the_graphs_then_their_merge_and_the_digests_last(sample_build):
    """What the Oxigraph writer hands the bulk loader (N-Quads text, not Python quads): every graph's quads, the
    same in the default graph (the merge), and the digests after all the rest, so a load cut short leaves
    graphs without one."""
    graphs = {g.iri: g.quads for g in staged_graphs(sample_build / "graph.trig")}
    loaded = list(pyoxigraph.parse(kgraph.store.load_text(graphs), format=pyoxigraph.RdfFormat.N_QUADS))
    stated = {q for quads in graphs.values() for q in quads}
    assert len(loaded) == 2 * len(stated)
    assert {q for q in loaded if q.graph_name != kgraph.store.DEFAULT} == stated
    assert {q.triple for q in loaded if q.graph_name == kgraph.store.DEFAULT} == {q.triple for q in stated}
    is_digest = [q.predicate == kgraph.store.GRAPH_DIGEST for q in loaded]
    assert is_digest == sorted(is_digest)
    assert sum(is_digest) == 2 * len(graphs)


def test_memory_store_keeps_nothing_and_reads_graph_trig(tmp_path):
    out = tmp_path / "out"
    result = build(SAMPLES / "004_e958fbd4bca35696.txt", out, "--store", "memory")
    assert not any(line.strip().startswith("store") for line in result.stdout.splitlines())
    assert not (out / "store").exists()
    query = run_kgraph(
        "query",
        "SELECT ?title WHERE { ?a a dip:Article ; dcterms:title ?title }",
        "--out",
        str(out),
        "--store",
        "memory",
        "-f",
        "csv",
    )
    assert query.returncode == 0, query.stderr
    assert query.stdout.splitlines()[1].startswith("David Lammy is the second British foreign secretary")


def test_build_writes_to_a_sparql_endpoint_incrementally(oxigraph_endpoint, corpus, tmp_path):
    out = tmp_path / "out"
    first = build(corpus, out, "--store", oxigraph_endpoint)
    assert store_line(first.stdout) == {"added": 5, "replaced": 0, "unchanged": 0, "pruned": 0}
    assert not (out / "store").exists()

    count = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a dip:Article } }"
    result = run_kgraph("query", count, "--store", oxigraph_endpoint, "-f", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["n", "5"]

    edited = corpus / f"{EDITED}.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nPeru condemned Chile.\n", "utf-8")
    again = build(corpus, out, "--store", oxigraph_endpoint)
    assert store_line(again.stdout) == {"added": 0, "replaced": 1, "unchanged": 4, "pruned": 0}

    who = run_kgraph(
        "query", "queries/who_met_whom.rq", "--store", oxigraph_endpoint, "-f", "csv", cwd=Path(__file__).parent.parent
    )
    assert who.returncode == 0, who.stderr
    assert "David Lammy,Ding Xuexiang,1" in who.stdout.splitlines()

    trig = run_kgraph("export", "--store", oxigraph_endpoint, "--format", "trig")
    endpoint_graph = Dataset()
    endpoint_graph.parse(data=trig.stdout, format="trig")
    local = Dataset()
    local.parse(out / "graph.trig", format="trig")
    for graph in local.graphs():
        if len(graph):
            assert set(endpoint_graph.graph(graph.identifier)) == set(graph), graph.identifier
    assert len(endpoint_graph.graph(URIRef(ONTOLOGY_IRI))) > 400


def test_an_unreachable_endpoint_is_a_clear_error_and_the_outputs_stay(tmp_path):
    out = tmp_path / "out"
    build(SAMPLES, out, "--store", "memory")
    before = (out / "graph.trig").read_bytes()
    result = run_kgraph("build", str(SAMPLES), "--out", str(out), "-q", "--store", "http://127.0.0.1:9/query")
    assert result.returncode == 1
    assert "cannot read the store" in result.stderr and "Traceback" not in result.stderr
    assert (out / "graph.trig").read_bytes() == before


def test_commands_without_a_build_say_what_to_do(tmp_path):
    for command in (["query", "SELECT * WHERE { ?s ?p ?o }"], ["validate"], ["export"]):
        result = run_kgraph(*command, cwd=tmp_path)
        assert result.returncode == 1, command
        assert "run `kgraph build` first" in result.stderr and "Traceback" not in result.stderr


def test_an_article_graph_left_without_its_digest_is_rewritten_by_the_next_build(corpus, tmp_path):
    """What a bulk load cut short leaves (the digests are written last): the next build redoes those graphs."""
    out = tmp_path / "out"
    build(corpus, out)
    graph = pyoxigraph.NamedNode(str(article_iri(EDITED)))
    store = pyoxigraph.Store(str(out / "store"))
    whole = set(store.quads_for_pattern(None, None, None, graph))
    store.remove_graph(graph)
    store.extend(
        [q for q in sorted(whole, key=str)[: len(whole) // 2] if not q.predicate.value.endswith("#graphDigest")]
    )
    assert not any(q.predicate.value.endswith("#graphDigest") for q in store.quads_for_pattern(None, None, None, graph))
    del store

    again = build(corpus, out)
    assert store_line(again.stdout) == {"added": 0, "replaced": 1, "unchanged": 4, "pruned": 0}
    store = pyoxigraph.Store.read_only(str(out / "store"))
    assert set(store.quads_for_pattern(None, None, None, graph)) == whole
    del store
