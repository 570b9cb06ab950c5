"""The knowledge graph as RDF: one named graph per article, deterministic IRIs.

Every fact is stored twice on purpose: the plain edge (`:a dip:met :b`) for simple queries
and drawings, and an event node qualifying it with type, agent, target, date, place,
modality, confidence and provenance. Negated facts get the event node only. Each article's
graph also describes the entities it mentions (type, label, aliases it used, Wikidata link),
so every named graph can be read, replaced or dropped on its own.
"""

from __future__ import annotations

import hashlib
import io
from urllib.parse import quote

from rdflib import OWL, RDF, RDFS, SKOS, XSD, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import DCTERMS, PROV, DefinedNamespace
from rdflib.plugins.serializers.trig import TrigSerializer

from kgraph.gazetteer import slug
from kgraph.model import EntityType, Fact, KnowledgeGraph, MentionKind, Modality, ResolvedArticle
from kgraph.relations import relations

BASE = "https://w3id.org/kgraph/"
ID = Namespace(BASE + "id/")
WD = Namespace("http://www.wikidata.org/entity/")


class DIP(DefinedNamespace):
    """The kgraph diplomacy ontology; an unknown term is an error, not a new IRI."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    Actor: URIRef
    Person: URIRef
    Organization: URIRef
    GovernmentBody: URIRef
    Country: URIRef
    Place: URIRef
    Group: URIRef
    Position: URIRef
    Article: URIRef
    Event: URIRef
    Modality: URIRef
    Meeting: URIRef
    Visit: URIRef
    Appeal: URIRef
    Accusation: URIRef
    Support: URIRef
    Aid: URIRef
    Agreement: URIRef
    Cooperation: URIRef
    Concession: URIRef
    Retreat: URIRef
    Rejection: URIRef
    Threat: URIRef
    Protest: URIRef
    Sanction: URIRef
    Mobilization: URIRef
    Coercion: URIRef
    Assault: URIRef
    # event relations (DESIGN.md; tools and queries rely on these names)
    met: URIRef
    hosted: URIRef
    visited: URIRef
    urged: URIRef
    demanded: URIRef
    criticized: URIRef
    accused: URIRef
    supported: URIRef
    praised: URIRef
    aided: URIRef
    agreedWith: URIRef
    invited: URIRef
    cooperatedWith: URIRef
    conceded: URIRef
    yieldedTo: URIRef
    rejected: URIRef
    threatened: URIRef
    protestedAgainst: URIRef
    sanctioned: URIRef
    mobilizedAgainst: URIRef
    coerced: URIRef
    detained: URIRef
    attacked: URIRef
    # structure
    holdsPosition: URIRef
    represents: URIRef
    partOf: URIRef
    locatedIn: URIRef
    mentions: URIRef
    # event qualification
    relation: URIRef
    agent: URIRef
    target: URIRef
    date: URIRef
    place: URIRef
    modality: URIRef
    confidence: URIRef
    evidence: URIRef
    evidenceStart: URIRef
    evidenceEnd: URIRef
    extractedBy: URIRef
    contentHash: URIRef
    graphDigest: URIRef
    # annotations of relations and event classes (ontology only)
    ploverType: URIRef
    cameoCode: URIRef
    eventClass: URIRef
    # modality individuals
    asserted: URIRef
    planned: URIRef
    reported: URIRef
    negated: URIRef


PREFIXES = {"dip": DIP._NS, "kg": ID, "dcterms": DCTERMS, "prov": PROV, "skos": SKOS, "owl": OWL, "wd": WD}


def entity_iri(entity_id: str) -> URIRef:
    return ID[entity_id]


def article_iri(article_id: str) -> URIRef:
    """The article's IRI, also its named graph's: distinct ids always give distinct IRIs."""
    return ID["article/" + quote(article_id, safe="")]


def position_iri(title: str) -> URIRef:
    return ID["position/" + slug(title)]


def event_iri(article_id: str, fact: Fact, subject: str, obj: str) -> URIRef:
    key = "|".join([article_id, subject, fact.relation, obj, str(fact.evidence.start), fact.modality.value])
    return ID[f"event/{quote(article_id, safe='')}/{hashlib.sha1(key.encode()).hexdigest()[:16]}"]


class _SortedTrigSerializer(TrigSerializer):
    """rdflib's TriG writer with the named graphs in IRI order, so a graph always gives the same file."""

    def __init__(self, store: Dataset):
        super().__init__(store)
        self.contexts.sort(key=lambda graph: str(graph.identifier))


def to_trig(ds: Dataset) -> str:
    buffer = io.BytesIO()
    _SortedTrigSerializer(ds).serialize(buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")


def to_dataset(kg: KnowledgeGraph) -> Dataset:
    """The whole knowledge graph: one named graph per article, named by the article's IRI."""
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    for article in kg.articles:
        add_article(ds, kg, article)
    return ds


def add_article(ds: Dataset, kg: KnowledgeGraph, article: ResolvedArticle) -> URIRef:
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

    entity_of = article.entity_of
    mentioned = set(entity_of.values())
    for eid in sorted(mentioned):
        g.add((iri, DIP.mentions, entity_iri(eid)))
    for eid in sorted(mentioned | {kg.entities[e].country for e in mentioned if kg.entities[e].country}):
        entity = kg.entities[eid]
        node = entity_iri(eid)
        g.add((node, RDF.type, DIP[entity.type.value]))
        g.add((node, RDFS.label, Literal(entity.label)))
        if entity.wikidata:
            g.add((node, OWL.sameAs, WD[entity.wikidata]))
        if entity.country:
            link = DIP.locatedIn if entity.type is EntityType.PLACE else DIP.partOf
            g.add((node, link, entity_iri(entity.country)))
    for mention, eid in entity_of.items():  # aliases as this article wrote them
        if mention.kind is MentionKind.NAME and mention.text != kg.entities[eid].label:
            g.add((entity_iri(eid), SKOS.altLabel, Literal(mention.text)))

    table = relations()
    for fact, subject, obj in article.resolved_facts():
        s, o = entity_iri(subject), entity_iri(obj)
        if fact.modality is not Modality.NEGATED:
            g.add((s, DIP[fact.relation], o))
        event = event_iri(doc.id, fact, subject, obj)
        g.add((event, RDF.type, DIP[table[fact.relation].event_class]))
        g.add(
            (
                event,
                RDFS.label,
                Literal(
                    f"{kg.entities[subject].label} {table[fact.relation].label} {kg.entities[obj].label}"
                    + ("" if fact.modality is Modality.ASSERTED else f" ({fact.modality.value})")
                ),
            )
        )
        g.add((event, DIP.relation, DIP[fact.relation]))
        g.add((event, DIP.agent, s))
        g.add((event, DIP.target, o))
        g.add((event, DIP.modality, DIP[fact.modality.value]))
        g.add((event, DIP.confidence, Literal(fact.confidence, datatype=XSD.decimal)))
        g.add((event, DIP.evidence, Literal(fact.evidence.sentence)))
        g.add((event, DIP.evidenceStart, Literal(fact.evidence.start)))
        g.add((event, DIP.evidenceEnd, Literal(fact.evidence.end)))
        g.add((event, DIP.extractedBy, Literal(fact.rule)))
        g.add((event, PROV.wasDerivedFrom, iri))
        if fact.date:
            g.add((event, DIP.date, Literal(fact.date, datatype=XSD.date)))
        if fact.place and fact.place in entity_of:
            g.add((event, DIP.place, entity_iri(entity_of[fact.place])))

    for role in article.extraction.roles:
        person = entity_of.get(role.person)
        if not person:
            continue
        position = position_iri(role.position)
        g.add((entity_iri(person), DIP.holdsPosition, position))
        g.add((position, RDF.type, DIP.Position))
        g.add((position, RDFS.label, Literal(role.position)))
        if role.affiliation and (affiliation := entity_of.get(role.affiliation)) and affiliation != person:
            g.add((entity_iri(person), DIP.represents, entity_iri(affiliation)))
    g.add((iri, DIP.graphDigest, Literal(graph_digest(g))))
    return iri


def graph_digest(graph: Graph) -> str:
    """SHA-256 of a named graph's triples (sorted N-Triples, any dip:graphDigest left out): equal digests mean
    equal graphs, so an incremental build can skip an article whose graph would not change. Blank nodes (the
    ontology's lists and axioms) get canonical labels first and xsd:string literals count as plain ones, so a
    graph read back from a store has the digest it was written with."""
    if any(isinstance(term, BNode) for triple in graph for term in triple):
        graph = to_canonical_graph(graph)
    lines = sorted(f"{s.n3()} {p.n3()} {plain_literal(o).n3()} ." for s, p, o in graph if p != DIP.graphDigest)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def plain_literal(term):
    """ "x"^^xsd:string is "x" (RDF 1.1), however a store hands it back."""
    return Literal(str(term)) if isinstance(term, Literal) and term.datatype == XSD.string else term
