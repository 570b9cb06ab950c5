"""The ontology (ontology/diplomacy.ttl): parses, matches relations.json and the code, is OWL RL consistent."""

import owlrl
import pytest
from kgraph.ontology import ONTOLOGY_IRI, ontology_file, shapes_file
from owlrl.Namespaces import ERRNS
from rdflib import OWL, RDF, RDFS, SKOS, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

from kgraph.model import EntityType, Modality
from kgraph.rdf import DIP, ID
from kgraph.relations import PLOVER_TYPES, relations
from kgraph.validate import SH, validate

SCHEMA = Namespace("https://schema.org/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
PROV = Namespace("http://www.w3.org/ns/prov#")

CLASSES = ["Actor", "Person", "Organization", "GovernmentBody", "Country", "Place", "Group", "Position", "Article"]


@pytest.fixture(scope="module")
def onto() -> Graph:
    graph = Graph()
    graph.parse(source=str(ontology_file()), format="turtle")
    return graph


def test_parses_and_declares_itself(onto):
    assert (URIRef(ONTOLOGY_IRI), RDF.type, OWL.Ontology) in onto
    assert len(onto) > 400


def test_every_relation_of_relations_json_is_in_the_ontology_as_declared_there(onto):
    for name, rel in relations().items():
        prop = DIP[name]
        assert (prop, RDF.type, OWL.ObjectProperty) in onto, name
        assert ((prop, RDF.type, OWL.SymmetricProperty) in onto) == rel.symmetric, name
        assert set(onto.objects(prop, RDFS.subPropertyOf)) == ({DIP[rel.parent]} if rel.parent else set()), name
        assert onto.value(prop, DIP.ploverType) == Literal(rel.plover), name
        assert {str(c) for c in onto.objects(prop, DIP.cameoCode)} == set(rel.cameo), name
        assert onto.value(prop, DIP.eventClass) == DIP[rel.event_class], name
        assert str(onto.value(prop, RDFS.label)) == rel.label, name
        assert onto.value(prop, RDFS.domain) == DIP.Actor, name
        assert onto.value(prop, RDFS.range) in (DIP.Actor, DIP.Place), name
    declared = {p for p in onto.subjects(DIP.eventClass, None)}
    assert declared == {DIP[n] for n in relations()}, "no relation in the ontology that relations.json lacks"


def test_event_classes_cover_every_plover_type_and_carry_their_codes(onto):
    event_classes = set(onto.subjects(RDFS.subClassOf, DIP.Event))
    assert {str(onto.value(c, DIP.ploverType)) for c in event_classes} == set(PLOVER_TYPES)
    assert event_classes == {DIP[rel.event_class] for rel in relations().values()}  # Visit is CONSULT too
    for rel in relations().values():
        event_class = DIP[rel.event_class]
        assert event_class in event_classes
        assert str(onto.value(event_class, DIP.ploverType)) == rel.plover
        assert set(rel.cameo) <= {str(c) for c in onto.objects(event_class, DIP.cameoCode)}


def test_every_term_the_code_uses_is_defined_with_label_and_definition(onto):
    used = {DIP[name] for name in DIP.__annotations__}
    defined = {s for s in onto.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(str(DIP._NS))}
    assert used <= defined, sorted(used - defined)
    for term in defined:
        assert onto.value(term, RDFS.label) is not None, term
        assert onto.value(term, SKOS.definition) is not None, term
    for name in CLASSES:
        assert (DIP[name], RDF.type, OWL.Class) in onto


def test_aligned_to_schema_org_foaf_and_prov(onto):
    assert {SCHEMA.Person, FOAF.Person} <= set(onto.objects(DIP.Person, RDFS.subClassOf))
    assert {SCHEMA.Organization, FOAF.Organization} <= set(onto.objects(DIP.Organization, RDFS.subClassOf))
    assert {SCHEMA.NewsArticle, PROV.Entity} <= set(onto.objects(DIP.Article, RDFS.subClassOf))
    assert PROV.Agent in set(onto.objects(DIP.Actor, RDFS.subClassOf))
    assert (DIP.place, RDFS.subPropertyOf, SCHEMA.location) in onto


def inconsistencies(graph: Graph) -> list[str]:
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    return [str(m) for m in graph.objects(None, ERRNS.error)]


def test_ontology_with_the_sample_build_is_owl_rl_consistent(onto, sample_build):
    graph = Graph()
    graph += onto
    ds = Dataset()
    ds.parse(sample_build / "graph.trig", format="trig")
    for s, p, o, _ in ds.quads((None, None, None, None)):
        graph.add((s, p, o))
    assert len(graph) > len(onto) + 500
    assert inconsistencies(graph) == []
    # the reasoner did work: symmetric meetings and the alignment are inferred
    assert (ID["person/wang_yi"], DIP.met, ID["person/david_lammy"]) in graph
    assert (ID["person/david_lammy"], RDF.type, SCHEMA.Person) in graph
    assert (ID["country/china"], RDF.type, DIP.Place) in graph


def test_the_consistency_check_catches_a_contradiction(onto):
    graph = Graph()
    graph += onto
    graph.add((ID["person/x"], RDF.type, DIP.Person))
    graph.add((ID["person/x"], RDF.type, DIP.Country))  # Person and Country are disjoint
    assert inconsistencies(graph)


def test_shapes_list_exactly_the_relations_event_classes_and_modalities(onto):
    shapes = Graph()
    shapes.parse(source=str(shapes_file()), format="turtle")
    lists = [set(Collection(shapes, node)) for node in shapes.objects(None, SH["in"])]
    assert {DIP[n] for n in relations()} in lists
    assert {DIP[rel.event_class] for rel in relations().values()} in lists
    assert {DIP[m.value] for m in Modality} in lists
    assert {DIP[t.value] for t in EntityType} in lists
    text = shapes_file().read_text(encoding="utf-8")
    edge_check = text.split("FILTER (?p IN (")[1].split("))")[0]
    assert {DIP[n.strip().removeprefix("dip:")] for n in edge_check.split(",")} == {DIP[n] for n in relations()}


def test_shapes_accept_extra_types_but_catch_a_missing_class(sample_build):
    ds = Dataset()
    ds.parse(sample_build / "graph.trig", format="trig")
    graph = next(g for g in ds.graphs() if (None, DIP.relation, None) in g)
    person = next(graph.subjects(RDF.type, DIP.Person))
    graph.add((person, RDF.type, SCHEMA.Person))  # an alignment type is fine
    assert validate(ds).conforms
    graph.remove((person, RDF.type, DIP.Person))
    result = validate(ds)
    assert not result.conforms
    assert any(v.focus == str(person) and "exactly one of the types" in v.message for v in result.violations)
