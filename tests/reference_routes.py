"""The routes kgraph took before it wrote RDF with pyoxigraph and validated with pyshacl-turbo, kept as
independent references for the tests: an rdflib Dataset built triple by triple with rdflib's own terms,
digested through rdflib's `n3()`, and pyshacl run on each article graph alone."""

from __future__ import annotations

import hashlib

from kgraph.ontology import ONTOLOGY_IRI
from pyshacl import validate as pyshacl_validate
from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal
from rdflib.namespace import DCTERMS, PROV

from kgraph.model import EntityType, KnowledgeGraph, MentionKind, Modality, ResolvedArticle
from kgraph.rdf import DIP, ID, PREFIXES, WD, article_iri, entity_iri, position_iri, report_iri
from kgraph.relations import relations
from kgraph.resolve.events import alone
from kgraph.validate import SH, Violation, shapes


def reference_dataset(kg: KnowledgeGraph) -> Dataset:
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    for article in kg.articles:
        _add_article(ds, kg, article)
    return ds


def _add_article(ds: Dataset, kg: KnowledgeGraph, article: ResolvedArticle) -> None:
    doc = article.document
    iri = article_iri(doc.id)
    g = ds.graph(iri)
    g.add((iri, RDF.type, DIP.Article))
    g.add((iri, DCTERMS.identifier, Literal(doc.id)))
    g.add((iri, DCTERMS.title, Literal(doc.title)))
    g.add((iri, RDFS.label, Literal(doc.title)))
    g.add((iri, DIP.contentHash, Literal(doc.content_hash)))
    if doc.source:
        g.add((iri, DCTERMS.source, Literal(doc.source)))
    if doc.date:
        g.add((iri, DCTERMS.date, Literal(doc.date, datatype=XSD.date)))
    _add_entities(g, kg, article)
    _add_facts(g, kg, article)
    for role in article.extraction.roles:
        person = article.entity_of.get(role.person)
        if not person:
            continue
        position = position_iri(role.position)
        g.add((entity_iri(person), DIP.holdsPosition, position))
        g.add((position, RDF.type, DIP.Position))
        g.add((position, RDFS.label, Literal(role.position)))
        if role.affiliation and (affiliation := article.entity_of.get(role.affiliation)) and affiliation != person:
            g.add((entity_iri(person), DIP.represents, entity_iri(affiliation)))
    g.add((iri, DIP.graphDigest, Literal(reference_digest(g))))


def _add_entities(g: Graph, kg: KnowledgeGraph, article: ResolvedArticle) -> None:
    mentioned = set(article.entity_of.values())
    for eid in mentioned:
        g.add((article_iri(article.document.id), DIP.mentions, entity_iri(eid)))
    for eid in mentioned | {kg.entities[e].country for e in mentioned if kg.entities[e].country}:
        entity = kg.entities[eid]
        node = entity_iri(eid)
        g.add((node, RDF.type, DIP[entity.type.value]))
        g.add((node, RDFS.label, Literal(entity.label)))
        if entity.wikidata:
            g.add((node, OWL.sameAs, WD[entity.wikidata]))
        if entity.country:
            link = DIP.locatedIn if entity.type is EntityType.PLACE else DIP.partOf
            g.add((node, link, entity_iri(entity.country)))
    for mention, eid in article.entity_of.items():
        if mention.kind is MentionKind.NAME and mention.text != kg.entities[eid].label:
            g.add((entity_iri(eid), SKOS.altLabel, Literal(mention.text)))


def _add_facts(g: Graph, kg: KnowledgeGraph, article: ResolvedArticle) -> None:
    doc = article.document
    table = relations()
    named = set(article.entity_of.values())
    reported = set()
    for fact, subject, obj in article.resolved_facts():
        if fact.modality is not Modality.NEGATED:
            g.add((entity_iri(subject), DIP[fact.relation], entity_iri(obj)))
        ev = article.events.get((fact, subject, obj)) or alone(doc.id, fact, subject, obj)
        event = ID[ev.id]
        label = f"{kg.entities[ev.agent].label} {table[fact.relation].label} {kg.entities[ev.target].label}"
        g.add((event, RDF.type, DIP[table[fact.relation].event_class]))
        label += "" if ev.modality is Modality.ASSERTED else f" ({ev.modality})"
        g.add((event, RDFS.label, Literal(label)))
        g.add((event, DIP.relation, DIP[fact.relation]))
        g.add((event, DIP.agent, entity_iri(ev.agent)))
        g.add((event, DIP.target, entity_iri(ev.target)))
        g.add((event, DIP.modality, DIP[ev.modality.value]))
        g.add((event, DIP.confidence, Literal(ev.confidence, datatype=XSD.decimal)))
        if ev.date:
            g.add((event, DIP.date, Literal(ev.date, datatype=XSD.date)))
        if ev.place and ev.place in named:
            g.add((event, DIP.place, entity_iri(ev.place)))
        g.add((event, DIP.evidence, Literal(fact.evidence.sentence)))
        g.add((event, PROV.wasDerivedFrom, article_iri(doc.id)))
        if (ev.id, fact.evidence.sentence) in reported:
            continue
        reported.add((ev.id, fact.evidence.sentence))
        report = report_iri(doc.id, ev.id, fact)
        g.add((event, DIP.reportedBy, report))
        g.add((report, RDF.type, DIP.Report))
        g.add((report, RDFS.label, Literal(f"{label}, as {doc.id} reports it")))
        g.add((report, DIP.evidence, Literal(fact.evidence.sentence)))
        g.add((report, DIP.evidenceStart, Literal(fact.evidence.start)))
        g.add((report, DIP.evidenceEnd, Literal(fact.evidence.end)))
        g.add((report, DIP.confidence, Literal(fact.confidence, datatype=XSD.decimal)))
        g.add((report, DIP.extractedBy, Literal(fact.rule)))
        g.add((report, PROV.wasDerivedFrom, article_iri(doc.id)))


def reference_digest(graph: Graph) -> str:
    """SHA-256 of the graph's sorted N-Triples lines as rdflib writes them, dip:graphDigest left out."""
    lines = sorted(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in graph if p != DIP.graphDigest)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def reference_validate(ds: Dataset) -> tuple[bool, set[Violation]]:
    """pyshacl on each article graph alone."""
    conforms, violations = True, set()
    for graph in ds.graphs():
        if not len(graph) or str(graph.identifier) == ONTOLOGY_IRI:
            continue
        data = Graph()
        data += graph
        ok, report, _ = pyshacl_validate(data, shacl_graph=shapes(), inference="none")
        conforms = conforms and bool(ok)
        violations |= {
            Violation(
                str(report.value(r, SH.focusNode)),
                str(report.value(r, SH.resultPath) or ""),
                str(report.value(r, SH.resultMessage) or ""),
            )
            for r in report.subjects(SH.resultSeverity, SH.Violation)
        }
    return conforms, violations
