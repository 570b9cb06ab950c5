"""Event nodes in RDF (kgraph/rdf.py): one node per real event, a report per sentence that states it, the
counts the projection reads from them. Articles written for these tests."""

from datetime import date

from rdflib import Dataset
from rdflib.namespace import PROV
from test_events import REPEATED, THREE_WAYS

from kgraph.analysis import project
from kgraph.extract import extract
from kgraph.model import Document
from kgraph.rdf import DIP, to_dataset
from kgraph.resolve import resolve


def test_an_event_node_holds_every_report_and_the_projection_counts_them(nlp):
    articles = [
        (THREE_WAYS, date(2024, 3, 9)),
        ("Peru and Kenya seal deal\nPeru agreed with Kenya on fishing quotas.", date(2024, 3, 10)),
        (REPEATED, date(2024, 5, 2)),
    ]
    kg = resolve(extract(nlp(t), Document(f"a{i}", t, t.splitlines()[0], d)) for i, (t, d) in enumerate(articles))
    ds = Dataset(default_union=True)
    ds.addN(to_dataset(kg).quads((None, None, None, None)))
    (agreement,) = set(ds.subjects(DIP.relation, DIP.agreedWith))
    reports = set(ds.objects(agreement, DIP.reportedBy))
    assert len(reports) >= 4 and len(set(ds.objects(agreement, PROV.wasDerivedFrom))) == 2
    assert all(ds.value(r, DIP.evidenceStart) is not None for r in reports)
    (urged,) = set(ds.subjects(DIP.relation, DIP.urged))
    assert len(set(ds.objects(urged, DIP.reportedBy))) == 1  # the sentence printed twice
    edges = {data["relation"]: data for _, _, data in project(ds).actors.edges(data=True)}
    assert (edges["agreedWith"]["mentions"], edges["agreedWith"]["articles"]) == (len(reports), 2)
    assert (edges["urged"]["mentions"], edges["urged"]["articles"]) == (1, 1)
