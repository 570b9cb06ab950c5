"""The RDF a build writes with pyoxigraph against the rdflib route kgraph took before (tests/reference_routes.py):
the same quads in graph.trig and in the store, the same digests, the same analyses; and SHACL verdicts equal
to pyshacl's on builds with and without violations."""

from decimal import Decimal

import networkx as nx
import pyoxigraph as ox
import pytest
from conftest import knowledge_graph
from kgraph.ontology import ONTOLOGY_IRI
from rdflib import RDF, RDFS, Dataset, Literal, URIRef
from rdflib.namespace import PROV
from reference_routes import reference_dataset, reference_validate

from kgraph.export import ANALYSIS_RENDERERS, Analysed, Built
from kgraph.extract import extract
from kgraph.ingest import read_inputs
from kgraph.rdf import DIP, ID, article_graphs, quads, to_rdflib, to_trig, to_trig_file_from_blocks, trig_block
from kgraph.resolve import resolve
from kgraph.validate import validate


def quad_set(ds: Dataset) -> set[tuple]:
    return {
        (s, p, o, g.identifier if hasattr(g, "identifier") else g) for s, p, o, g in ds.quads((None, None, None, None))
    }


def trig_quads(text: str) -> set[tuple]:
    ds = Dataset()
    ds.parse(data=text, format="trig")
    return quad_set(ds)


@pytest.fixture(scope="module")
def sample_kg(nlp):
    """The samples, read and resolved in this process exactly as `kgraph build` with no inputs reads them."""
    from kgraph.pipeline import sample_corpus

    documents, _ = read_inputs([sample_corpus()])
    return resolve([extract(doc, d) for doc, d in zip(nlp.pipe(d.text for d in documents), documents, strict=True)])


def test_the_build_writes_in_graph_trig_and_the_store_the_quads_the_rdflib_route_makes(sample_build, sample_kg):
    reference = quad_set(reference_dataset(sample_kg))
    assert len(reference) > 900
    assert trig_quads((sample_build / "graph.trig").read_text(encoding="utf-8")) == reference
    store = ox.Store.read_only(str(sample_build / "store"))
    stored = {  # the article graphs (the default graph holds their merge, the ontology its own graph)
        (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), URIRef(q.graph_name.value))
        for q in store
        if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value != ONTOLOGY_IRI
    }
    del store
    assert stored == reference


def test_the_analyses_of_the_quads_are_those_of_the_rdflib_dataset(sample_build, sample_kg):
    from_rdflib = Analysed(reference_dataset(sample_kg))
    for name, render in ANALYSIS_RENDERERS.items():
        if name != "graph.html":  # its layout depends on the process's hash seed; its network is compared below
            assert render(from_rdflib) == (sample_build / name).read_text(encoding="utf-8"), name
    from_quads = Built(sample_kg).analysed
    assert nx.utils.graphs_equal(from_quads.network, from_rdflib.network)
    assert list(from_quads.network.edges(keys=True, data=True)) == list(from_rdflib.network.edges(keys=True, data=True))
    assert nx.utils.graphs_equal(from_quads.projection.mentions, from_rdflib.projection.mentions)
    assert from_quads.analysis == from_rdflib.analysis


def test_the_same_graph_gives_the_same_files_on_any_day(sample_kg, monkeypatch):
    analysed = Built(sample_kg).analysed
    today = {name: render(analysed) for name, render in ANALYSIS_RENDERERS.items() if name != "graph.html"}
    monkeypatch.setattr("time.strftime", lambda fmt, *args: "1999-12-31")  # the clock networkx's GEXF writer reads
    for name, text in today.items():
        assert ANALYSIS_RENDERERS[name](Built(sample_kg).analysed) == text, name
    assert "1999-12-31" not in today["graph.gexf"] and 'lastmodifieddate="' not in today["graph.gexf"]


AWKWARD = [  # titles and sentences that test every rule of rdflib's quoting, which digests were made with
    'He said "no"',
    'ends with a quote"',
    "back\\slash and \\n not a newline",
    "two\nlines",
    'two\nlines ending in a quote"',
    'three quotes """ inside\nand a line',
    "carriage\rreturn and\ttab",
    "non-ASCII: Zürich, Ελλάδα, 北京, emoji 🕊",
]


def test_digests_and_quads_match_the_rdflib_route_whatever_the_text():
    facts = [("Norway", "met", "Sweden", "asserted", "2024-02-01", f"a{i}", text) for i, text in enumerate(AWKWARD)]
    facts += [("Sweden", "urged", "Norway", "negated", None, "a0"), ("Peru", "visited", "Chile", "planned")]
    kg = knowledge_graph(facts, titles={f"a{i}": text for i, text in enumerate(AWKWARD)})
    graphs = article_graphs(kg)
    reference = reference_dataset(kg)
    assert {URIRef(g.iri): g.digest for g in graphs} == {
        g.identifier: str(g.value(g.identifier, DIP.graphDigest)) for g in reference.graphs() if len(g)
    }
    assert trig_quads(to_trig(quads(graphs))) == quad_set(reference)


def test_graph_trig_joined_from_each_graphs_block_is_the_file_written_whole(sample_kg, tmp_path):
    """The workers write each article's block of graph.trig (the coordinator joins them): byte for byte the file
    pyoxigraph writes from all the quads, for the samples and for text that tests every rule of quoting."""
    facts = [("Norway", "met", "Sweden", "asserted", "2024-02-01", f"a{i}", text) for i, text in enumerate(AWKWARD)]
    awkward = knowledge_graph(facts, titles={f"a{i}": text for i, text in enumerate(AWKWARD)})
    for kg in (sample_kg, awkward):
        graphs = article_graphs(kg)
        to_trig_file_from_blocks((trig_block(g.quads) for g in graphs), tmp_path / "graph.trig")
        assert (tmp_path / "graph.trig").read_bytes() == to_trig(quads(graphs)).encode("utf-8")


def test_graph_trig_lists_the_articles_in_iri_order_and_reads_back_whole():
    kg = knowledge_graph([("Peru", "met", "Chile", "asserted", None, name) for name in ("b", "a", "c")])
    text = to_trig(quads(article_graphs(kg)))
    positions = [text.index(f"<{ID['article/' + name]}> {{") for name in ("a", "b", "c")]
    assert positions == sorted(positions)
    assert len(trig_quads(text)) == sum(len(g.quads) for g in article_graphs(kg))


def broken(ds: Dataset) -> Dataset:
    """Every article graph of `ds` broken in one of several ways, so each kind of violation occurs."""
    for i, graph in enumerate(sorted((g for g in ds.graphs() if len(g)), key=lambda g: str(g.identifier))):
        events = sorted(graph.subjects(DIP.relation, None))
        if not events:
            continue
        event, article = events[0], graph.identifier
        agent = graph.value(event, DIP.agent)
        kind = i % 6
        if kind == 0:
            graph.set((event, DIP.confidence, Literal(Decimal("1.5"))))
            graph.set((event, DIP.date, Literal("last Friday")))
        elif kind == 1:
            graph.remove((agent, RDFS.label, None))
            graph.add((agent, DIP.met, URIRef(ID["person/nobody"])))
        elif kind == 2:
            graph.add((event, DIP.relation, DIP.urged))
            graph.add((agent, RDF.type, DIP.Person))
            graph.add((agent, RDF.type, DIP.Country))
        elif kind == 3:
            graph.remove((article, RDF.type, DIP.Article))
            graph.set((event, DIP.modality, DIP.met))
            graph.remove((event, PROV.wasDerivedFrom, None))
        elif kind == 4:
            graph.set((article, DIP.contentHash, Literal("not a hash")))
            graph.remove((event, DIP.evidence, None))
            graph.add((event, DIP.evidenceStart, Literal(-3)))
        else:
            graph.add((event, DIP.agent, Literal("a literal agent")))
            graph.add((ID["position/nothing"], RDFS.label, Literal("")))
            graph.add((agent, DIP.holdsPosition, ID["position/nothing"]))
    return ds


@pytest.mark.parametrize("broken_build", [False, True], ids=["valid", "broken"])
def test_validation_finds_what_pyshacl_finds_on_each_article_graph(sample_build, broken_build):
    ds = Dataset()
    ds.parse(sample_build / "graph.trig", format="trig")
    if broken_build:
        ds = broken(ds)
    result = validate(ds)
    conforms, violations = reference_validate(ds)
    assert result.conforms == conforms == (not broken_build)
    assert set(result.violations) == violations
    if broken_build:
        assert len(violations) >= 12 and len({v.focus for v in violations}) >= 8


def test_validation_of_a_bigger_broken_build_matches_pyshacl():
    """Twelve article graphs, each broken in one of the ways above: a hand-made graph, no spaCy needed."""
    triples = [("Norway", "met", "Sweden"), ("Peru", "urged", "Chile"), ("Chile", "criticized", "Bolivia")] * 4
    kg = knowledge_graph([(a, r, b, "asserted", None, f"a{i:02d}") for i, (a, r, b) in enumerate(triples)])
    ds = Dataset()
    for q in quads(article_graphs(kg)):
        ds.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), URIRef(q.graph_name.value)))
    ds = broken(ds)
    result = validate(ds)
    assert (result.conforms, set(result.violations)) == reference_validate(ds)
    assert not result.conforms and result.graphs == 12
