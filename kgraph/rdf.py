"""The knowledge graph as RDF: one named graph per article, deterministic IRIs.

Every fact is stored twice on purpose: the plain edge (`:a dip:met :b`) for simple queries
and drawings, and an event node qualifying it with type, agent, target, date, place,
modality, confidence and provenance. Negated facts get the event node only. One real event
is one event node (resolve/events.py), whatever the articles and sentences that report it:
each article's graph states the event as a whole (the same triples in every graph) and its own
reports of it, one dip:Report per sentence with its offsets, the rule that read it and how sure
that reading is, so the event's mentions and articles can be counted. Each article's graph also
describes the entities it mentions (type, label, aliases it used, Wikidata link), so every
named graph can be read, replaced or dropped on its own.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, SKOS, XSD, BNode, Dataset, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, DefinedNamespace
from rdflib.term import Node

from kgraph.gazetteer import slug
from kgraph.model import EntityType, EventRef, Fact, KnowledgeGraph, MentionKind, Modality, ResolvedArticle
from kgraph.ontology import NAMESPACES
from kgraph.relations import relations
from kgraph.resolve.events import alone

BASE = "https://w3id.org/kgraph/"
ID = Namespace(NAMESPACES["kg"])
WD = Namespace(NAMESPACES["wd"])


class DIP(DefinedNamespace):
    """The kgraph diplomacy ontology; an unknown term is an error, not a new IRI."""

    _NS = Namespace(NAMESPACES["dip"])
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
    Report: URIRef
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
    reportedBy: URIRef
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


PREFIXES = {prefix: Namespace(iri) for prefix, iri in NAMESPACES.items()}


def entity_iri(entity_id: str) -> URIRef:
    return ID[entity_id]


def article_iri(article_id: str) -> URIRef:
    """The article's IRI, also its named graph's: distinct ids always give distinct IRIs."""
    return ID["article/" + quote(article_id, safe="")]


def position_iri(title: str) -> URIRef:
    return ID["position/" + slug(title)]


def report_iri(article_id: str, event_id: str, fact: Fact) -> URIRef:
    """The report of an event by one sentence of one article."""
    key = "|".join([event_id, str(fact.evidence.start)])
    return ID[f"report/{quote(article_id, safe='')}/{hashlib.sha1(key.encode()).hexdigest()[:16]}"]


XSD_DATE = str(XSD.date)
XSD_DECIMAL = str(XSD.decimal)
XSD_INTEGER = str(XSD.integer)
# graph.trig's prefixes; not kg:, whose local names ("person/…") TriG could only write with escaped slashes
TRIG_PREFIXES = {p: str(ns) for p, ns in PREFIXES.items() if p != "kg"} | {"rdfs": str(RDFS), "xsd": str(XSD)}

Term = tuple[ox.NamedNode | ox.Literal, str]  # a term and its N-Triples form as rdflib writes it (digest lines)


@dataclass(frozen=True)
class ArticleGraph:
    """One article's named graph, made once: its quads (in N-Triples order, so files come out the same every
    time) and its digest, the SHA-256 of the rest of the graph, also stated in the graph as dip:graphDigest."""

    iri: str
    quads: Sequence[ox.Quad]  # a tuple, or (from the work folder) kgraph.store.NQuads
    digest: str
    earlier: bool = False  # an earlier build's article resolved again with this one's: for the store, not graph.trig


def article_graphs(kg: KnowledgeGraph) -> list[ArticleGraph]:
    """The whole knowledge graph: one named graph per article, named by the article's IRI, in IRI order."""
    return sorted((article_graph(kg, article) for article in kg.articles), key=lambda g: g.iri)


def quads(graphs: Iterable[ArticleGraph]) -> Iterator[ox.Quad]:
    for graph in graphs:
        yield from graph.quads


def to_trig(quads: Iterable[ox.Quad]) -> str:
    """TriG by pyoxigraph's writer, graph by graph in the order given: the same quads in the same order give
    the same file."""
    return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=TRIG_PREFIXES).decode("utf-8")


def to_trig_file(quads: Iterable[ox.Quad], path: Path) -> None:
    """TriG as `to_trig` makes it, written to a file as the quads come, so a graph of any size is never held."""
    with path.open("wb") as out:
        ox.serialize(quads, out, format=ox.RdfFormat.TRIG, prefixes=TRIG_PREFIXES)


def trig_block(quads: Iterable[ox.Quad]) -> bytes:
    """One named graph's TriG as `to_trig` writes it among others: pyoxigraph writes each graph on its own after
    the prefixes, so the workers can write every article's block and graph.trig be joined from them."""
    text = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=TRIG_PREFIXES)
    header = trig_header()
    if not text.startswith(header):
        raise ValueError("pyoxigraph's TriG began other than with the prefixes")
    return text[len(header) :]


@cache
def trig_header() -> bytes:
    """The prefixes TriG by `to_trig` starts with (pyoxigraph writes them with the first quad)."""
    example = ox.Quad(ox.NamedNode(BASE), ox.NamedNode(BASE), ox.NamedNode(BASE), ox.NamedNode(BASE))
    text = ox.serialize([example], format=ox.RdfFormat.TRIG, prefixes=TRIG_PREFIXES)
    return text[: text.index(b"\n<") + 1]


def to_trig_file_from_blocks(blocks: Iterable[bytes], path: Path) -> None:
    """TriG as `to_trig` makes it, from the graphs' blocks (`trig_block`) in order, written as they come."""
    with path.open("wb") as out:
        for number, block in enumerate(blocks):
            out.write(trig_header() + block if number == 0 else block)


def to_dataset(kg: KnowledgeGraph) -> Dataset:
    """The knowledge graph as an rdflib Dataset, for notebooks and programs that work with rdflib."""
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    for q in quads(article_graphs(kg)):
        ds.add((URIRef(q.subject.value), URIRef(q.predicate.value), to_rdflib(q.object), URIRef(q.graph_name.value)))
    return ds


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value, datatype=None if datatype == str(XSD.string) else URIRef(datatype))


def to_oxigraph(node: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)) if node.datatype else None)
    raise TypeError(f"not an RDF term: {node!r}")


def iri(value: str) -> Term:
    return ox.NamedNode(value), f"<{value}>"


@cache
def term(value: str) -> Term:
    """A vocabulary IRI, made once."""
    return iri(value)


@cache
def dip(name: str) -> Term:
    return term(str(DIP[name]))  # DIP[...] fails on a name the ontology lacks


@cache
def _datatype(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def literal(lexical: str, datatype: str | None = None) -> Term:
    """A literal; without a datatype a plain string (xsd:string)."""
    if datatype is None:
        return ox.Literal(lexical), n3_string(lexical)
    return ox.Literal(lexical, datatype=_datatype(datatype)), f"{n3_string(lexical)}^^<{datatype}>"


def n3_string(text: str) -> str:
    """A string quoted as rdflib's `Literal.n3()` quotes it, so digests stay those of earlier builds."""
    if "\n" in text:
        encoded = text.replace("\\", "\\\\")
        if '"""' in text:
            encoded = encoded.replace('"""', '\\"\\"\\"')
        if encoded[-1] == '"' and encoded[-2] != "\\":
            encoded = encoded[:-1] + '\\"'
        return '"""' + encoded.replace("\r", "\\r") + '"""'
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r") + '"'


TYPE, LABEL, ALT_LABEL = term(str(RDF.type)), term(str(RDFS.label)), term(str(SKOS.altLabel))
IDENTIFIER, TITLE, SOURCE, DATE = (
    term(str(p)) for p in (DCTERMS.identifier, DCTERMS.title, DCTERMS.source, DCTERMS.date)
)
SAME_AS, DERIVED_FROM = term(str(OWL.sameAs)), term(str(PROV.wasDerivedFrom))


def entity(entity_id: str) -> Term:
    return iri(str(entity_iri(entity_id)))


class _Graph:
    """The triples of one named graph, each kept once, keyed by its N-Triples line."""

    def __init__(self) -> None:
        self.triples: dict[str, tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]] = {}

    def add(self, s: Term, p: Term, o: Term) -> None:
        self.triples.setdefault(f"{s[1]} {p[1]} {o[1]} .", (s[0], p[0], o[0]))

    def digest(self) -> str:
        """SHA-256 of the sorted N-Triples lines: equal digests mean equal graphs, so an incremental build can
        skip an article whose graph would not change."""
        return hashlib.sha256("\n".join(sorted(self.triples)).encode("utf-8")).hexdigest()


def article_graph(kg: KnowledgeGraph, article: ResolvedArticle) -> ArticleGraph:
    """An article's named graph: the article, the entities it mentions, its facts as edges and event nodes, the
    positions it gives, and last the digest of all that."""
    name = str(article_iri(article.document.id))
    g = _Graph()
    _add_article(g, article)
    _add_entities(g, kg, article)
    _add_facts(g, kg, article)
    _add_positions(g, article)
    digest = g.digest()
    g.add(iri(name), dip("graphDigest"), literal(digest))
    graph_name = ox.NamedNode(name)
    ordered = (g.triples[line] for line in sorted(g.triples))
    return ArticleGraph(name, tuple(ox.Quad(s, p, o, graph_name) for s, p, o in ordered), digest)


def _add_article(g: _Graph, article: ResolvedArticle) -> None:
    doc = article.document
    a = iri(str(article_iri(doc.id)))
    g.add(a, TYPE, dip("Article"))
    g.add(a, IDENTIFIER, literal(doc.id))
    g.add(a, TITLE, literal(doc.title))
    g.add(a, LABEL, literal(doc.title))
    g.add(a, dip("contentHash"), literal(doc.content_hash))
    if doc.source:
        g.add(a, SOURCE, literal(doc.source))
    if doc.date:
        g.add(a, DATE, literal(doc.date.isoformat(), XSD_DATE))


def _add_entities(g: _Graph, kg: KnowledgeGraph, article: ResolvedArticle) -> None:
    """The entities the article mentions and the countries they belong to, with the aliases it used."""
    a = iri(str(article_iri(article.document.id)))
    mentioned = set(article.entity_of.values())
    for eid in mentioned:
        g.add(a, dip("mentions"), entity(eid))
    for eid in mentioned | {kg.entities[e].country for e in mentioned if kg.entities[e].country}:
        described = kg.entities[eid]
        node = entity(eid)
        g.add(node, TYPE, dip(described.type.value))
        g.add(node, LABEL, literal(described.label))
        if described.wikidata:
            g.add(node, SAME_AS, iri(str(WD[described.wikidata])))
        if described.country:
            g.add(node, dip("locatedIn" if described.type is EntityType.PLACE else "partOf"), entity(described.country))
    for mention, eid in article.entity_of.items():  # aliases as this article wrote them
        if mention.kind is MentionKind.NAME and mention.text != kg.entities[eid].label:
            g.add(entity(eid), ALT_LABEL, literal(mention.text))


def _add_facts(g: _Graph, kg: KnowledgeGraph, article: ResolvedArticle) -> None:
    """Each fact as an edge (unless negated), the event it reports and this article's report of it."""
    doc = article.document
    source = iri(str(article_iri(doc.id)))
    reported: set[tuple[str, str]] = set()  # (event, sentence): a sentence the page prints twice reports once
    for fact, subject, obj in article.resolved_facts():
        if fact.modality is not Modality.NEGATED:
            g.add(entity(subject), dip(fact.relation), entity(obj))
        event = article.events.get((fact, subject, obj)) or alone(doc.id, fact, subject, obj)
        node = iri(str(ID[event.id]))
        _add_event(g, kg, event, fact.relation, node, set(article.entity_of.values()))
        g.add(node, dip("evidence"), literal(fact.evidence.sentence))
        g.add(node, DERIVED_FROM, source)
        if (event.id, fact.evidence.sentence) in reported:
            continue
        reported.add((event.id, fact.evidence.sentence))
        report = iri(str(report_iri(doc.id, event.id, fact)))
        g.add(node, dip("reportedBy"), report)
        g.add(report, TYPE, dip("Report"))
        g.add(report, LABEL, literal(f"{_label(kg, event, fact.relation)}, as {doc.id} reports it"))
        g.add(report, dip("evidence"), literal(fact.evidence.sentence))
        g.add(report, dip("evidenceStart"), literal(str(fact.evidence.start), XSD_INTEGER))
        g.add(report, dip("evidenceEnd"), literal(str(fact.evidence.end), XSD_INTEGER))
        g.add(report, dip("confidence"), literal(str(fact.confidence), XSD_DECIMAL))
        g.add(report, dip("extractedBy"), literal(fact.rule))
        g.add(report, DERIVED_FROM, source)


def _add_event(g: _Graph, kg: KnowledgeGraph, event: EventRef, relation_name: str, node: Term, named: set) -> None:
    """The event as a whole: the same triples in the graph of every article that reports it (its place where
    the article names that place, so each graph describes what it points at)."""
    relation = relations()[relation_name]
    g.add(node, TYPE, dip(relation.event_class))
    g.add(node, LABEL, literal(_label(kg, event, relation_name)))
    g.add(node, dip("relation"), dip(relation_name))
    g.add(node, dip("agent"), entity(event.agent))
    g.add(node, dip("target"), entity(event.target))
    g.add(node, dip("modality"), dip(event.modality.value))
    g.add(node, dip("confidence"), literal(str(event.confidence), XSD_DECIMAL))
    if event.date:
        g.add(node, dip("date"), literal(event.date.isoformat(), XSD_DATE))
    if event.place and event.place in named:
        g.add(node, dip("place"), entity(event.place))


def _label(kg: KnowledgeGraph, event: EventRef, relation: str) -> str:
    """'Ana Ruiz met Li Wei', with how it is said where it is not asserted: '(planned)'."""
    said = "" if event.modality is Modality.ASSERTED else f" ({event.modality})"
    return f"{kg.entities[event.agent].label} {relations()[relation].label} {kg.entities[event.target].label}{said}"


def _add_positions(g: _Graph, article: ResolvedArticle) -> None:
    """The positions people hold in this article, and whom they act for."""
    for role in article.extraction.roles:
        person = article.entity_of.get(role.person)
        if not person:
            continue
        position, holder = iri(str(position_iri(role.position))), entity(person)
        g.add(holder, dip("holdsPosition"), position)
        g.add(position, TYPE, dip("Position"))
        g.add(position, LABEL, literal(role.position))
        affiliation = article.entity_of.get(role.affiliation) if role.affiliation else None
        if affiliation and affiliation != person:
            g.add(holder, dip("represents"), entity(affiliation))


def plain_literal(term):
    """ "x"^^xsd:string is "x" (RDF 1.1), however a store hands it back."""
    return Literal(str(term)) if isinstance(term, Literal) and term.datatype == XSD.string else term
