"""`kgraph validate` (SHACL) and `kgraph export` on real builds."""

import json
import re
import shutil
from collections import Counter
from decimal import Decimal

from conftest import ROOT, run_kgraph
from kgraph.ontology import ONTOLOGY_IRI, context_file
from rdflib import RDFS, Dataset, Literal, URIRef
from rdflib.namespace import PROV

from kgraph.rdf import DIP
from kgraph.validate import validate

FORMATS = {"trig": "trig", "turtle": "turtle", "nquads": "nquads", "jsonld": "json-ld"}


def test_validate_passes_on_the_sample_build(sample_build):
    result = run_kgraph("validate", cwd=sample_build.parent)
    assert result.returncode == 0, result.stderr
    assert "Valid: 5 article graphs conform to the shapes." in result.stdout


def broken_copy(sample_build, tmp_path):
    """The sample graph.trig with a label removed, a confidence out of range, a date as a string and an edge
    without its event, as a build folder for --store memory."""
    ds = Dataset()
    ds.parse(sample_build / "graph.trig", format="trig")
    graph = next(g for g in ds.graphs() if len(g) and (None, DIP.relation, None) in g)
    event = next(graph.subjects(DIP.relation, None))
    graph.set((event, DIP.confidence, Literal(Decimal("1.5"))))
    graph.set((event, DIP.date, Literal("last Friday")))
    agent = graph.value(event, DIP.agent)
    graph.remove((agent, RDFS.label, None))
    graph.add((agent, DIP.met, URIRef("https://w3id.org/kgraph/id/person/nobody")))
    out = tmp_path / "broken"
    out.mkdir()
    ds.serialize(out / "graph.trig", format="trig")
    return out, event, agent


def test_validate_reports_each_violation_and_fails(sample_build, tmp_path):
    out, event, agent = broken_copy(sample_build, tmp_path)
    result = run_kgraph("validate", "--out", str(out), "--store", "memory")
    assert result.returncode == 1
    assert "Not valid:" in result.stdout
    assert f"{event} {DIP.confidence}: confidence is one xsd:decimal in (0, 1]" in result.stderr
    assert f"{event} {DIP.date}: an event's date is one xsd:date" in result.stderr
    assert f"{agent} {RDFS.label}: every entity has a non-empty rdfs:label" in result.stderr
    assert "has no event node with that agent, relation and target" in result.stderr
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    assert len(validate(ds).violations) >= 4


def test_export_every_format_round_trips_the_store(sample_build, tmp_path):
    store = Dataset()
    store.parse(sample_build / "graph.trig", format="trig")
    expected = {g.identifier: set(g) for g in store.graphs() if len(g)}
    for fmt, rdflib_format in FORMATS.items():
        target = tmp_path / f"graph.{fmt}"
        result = run_kgraph("export", "--format", fmt, "--to", str(target), cwd=sample_build.parent)
        assert result.returncode == 0, result.stderr
        exported = Dataset()
        exported.parse(target, format=rdflib_format)
        if fmt == "turtle":  # one merged graph
            merged = set().union(*expected.values())
            assert merged <= set(exported.default_graph)
            continue
        for iri, triples in expected.items():
            assert set(exported.graph(iri)) == triples, (fmt, iri)
        assert len(exported.graph(URIRef(ONTOLOGY_IRI))) > 400, "the ontology's graph is exported too"


def test_jsonld_export_is_compacted_with_the_shipped_context(sample_build):
    result = run_kgraph("export", "--format", "jsonld", cwd=sample_build.parent)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    context = json.loads(context_file().read_text(encoding="utf-8"))["@context"]
    assert document["@context"] == context
    text = result.stdout
    assert '"evidence": "David Lammy also met Chinese vice-premier Ding Xuexiang' in text
    assert '"agent": "https://w3id.org/kgraph/id/person/david_lammy"' in text


def test_export_to_stdout_is_the_same_every_time(sample_build):
    first = run_kgraph("export", "--format", "nquads", cwd=sample_build.parent).stdout
    assert first == run_kgraph("export", "--format", "nquads", cwd=sample_build.parent).stdout
    assert len(first.splitlines()) > 900


def test_export_to_an_unwritable_place_is_a_clear_error(sample_build, tmp_path):
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    for fmt, target in (("trig", tmp_path / "a-file" / "x.trig"), ("csv", tmp_path / "a-file")):
        result = run_kgraph("export", "--format", fmt, "--to", str(target), cwd=sample_build.parent)
        assert result.returncode == 1, fmt
        assert "cannot write" in result.stderr and "Traceback" not in result.stderr


NEO4J_HEADER = re.compile(r"^(\w*)(?::(ID|LABEL|START_ID|END_ID|TYPE|int|float|boolean|date|string)(\[\])?)?$")


def test_csv_export_has_neo4j_import_headers_and_the_facts_of_the_graph(sample_build, tmp_path):
    """nodes.csv and edges.csv as `neo4j-admin database import` reads them (header fields name:TYPE, ids
    unique, every edge's ends among the nodes, typed values that parse), and as pandas reads them."""
    import pandas as pd

    result = run_kgraph("export", "--format", "csv", "--out", str(sample_build), "--to", str(tmp_path / "neo4j"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"Wrote {tmp_path / 'neo4j' / name}" for name in ("nodes.csv", "edges.csv")]
    nodes = pd.read_csv(tmp_path / "neo4j" / "nodes.csv", keep_default_na=False)
    edges = pd.read_csv(tmp_path / "neo4j" / "edges.csv", keep_default_na=False)
    for table, required in ((nodes, {"id:ID", ":LABEL"}), (edges, {":START_ID", ":END_ID", ":TYPE"})):
        assert required <= set(table.columns)
        assert all(NEO4J_HEADER.match(column) for column in table.columns), list(table.columns)
        for column in table.columns:
            kind = column.partition(":")[2]
            values = [v for v in table[column] if v != ""]
            if kind in ("int", "float"):
                assert all(isinstance(float(v), float) for v in values), column
            if kind == "date":
                assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", str(v)) for v in values), column
    assert nodes["id:ID"].is_unique
    assert set(edges[":START_ID"]) | set(edges[":END_ID"]) <= set(nodes["id:ID"])

    ds = Dataset(default_union=True)
    ds.parse(sample_build / "graph.trig", format="trig")
    events = {e for e in ds.subjects(DIP.relation, None) if ds.value(e, DIP.modality) != DIP.negated}
    assert len(edges) == len(events) and edges["event"].is_unique
    assert Counter(edges[":TYPE"]) == Counter(str(ds.value(e, DIP.relation)).split("#")[1] for e in events)
    lammy = nodes[nodes["id:ID"] == "person/david_lammy"].iloc[0]
    assert (lammy[":LABEL"], lammy["label"]) == ("Person", "David Lammy") and "Mr Lammy" in lammy["aliases:string[]"]
    met = edges[(edges[":START_ID"] == "person/david_lammy") & (edges[":TYPE"] == "met")]
    assert set(met[":END_ID"]) == {"person/wang_yi", "person/ding_xuexiang"}
    assert (edges["confidence:float"].between(0, 1, inclusive="right")).all()
    assert (edges["mentions:int"] >= edges["articles:int"]).all() and (edges["articles:int"] >= 1).all()
    reports = {
        e: {(str(r), str(ds.value(r, PROV.wasDerivedFrom))) for r in ds.objects(e, DIP.reportedBy)} for e in events
    }
    by_event = {str(e).split("/id/")[1]: r for e, r in reports.items()}
    for _, edge in edges.iterrows():  # each fact's mentions and articles are its reports and their articles
        assert edge["mentions:int"] == len(by_event[edge["event"]])
        assert edge["articles:int"] == len({article for _, article in by_event[edge["event"]]})


def test_the_readme_shows_the_csv_headers_kgraph_writes(sample_build, tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    result = run_kgraph("export", "--format", "csv", "--out", str(sample_build), "--to", str(tmp_path))
    assert result.returncode == 0, result.stderr
    for name in ("nodes.csv", "edges.csv"):
        header = (tmp_path / name).read_text(encoding="utf-8").splitlines()[0]
        assert f"\n{header}\n" in readme, f"README shows another {name} header than {header}"


def test_csv_export_goes_to_the_build_folder_by_default(tmp_path, sample_build):
    shutil.copytree(sample_build, tmp_path / "output")
    result = run_kgraph("export", "--format", "csv", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "output" / "nodes.csv").is_file() and (tmp_path / "output" / "edges.csv").is_file()
