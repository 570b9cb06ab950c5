"""The RDF graph as NetworkX networks, and the measures people ask of them.

Everything here starts from the RDF graph as `kgraph build` writes it (`graph.trig`), read by
one function, `load_graph`, so the same analysis runs on a fresh build, an old build or a store.
Two networks are projected from it: the actors' MultiDiGraph (one edge per stated fact, with
relation, modality, date, evidence and article) and the article–entity graph (who each article
mentions).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from rdflib import RDF, RDFS, SKOS, Dataset, Graph, Node, URIRef
from rdflib.namespace import DCTERMS, PROV

from kgraph.names import Named, UnknownName, find
from kgraph.rdf import DIP, ID

ACTOR_TYPES = {str(DIP[t]): t for t in ("Person", "Country", "Organization", "GovernmentBody", "Place", "Group")}
# Exact betweenness costs (actors x pairs of actors with facts); beyond this budget it is estimated from a seeded
# sample of source actors, enough of them to spend the budget and never fewer than BETWEENNESS_MIN_SOURCES, so
# its cost grows like the graph, not faster.
BETWEENNESS_BUDGET = 2_000_000
BETWEENNESS_MIN_SOURCES = 100
LOUVAIN_SEED = 7  # Louvain is randomised: a fixed seed makes reports repeatable


class AnalysisError(RuntimeError):
    """The graph cannot be read or the question names no actor in it; the message says which."""


def load_graph(path: Path) -> Dataset:
    """The one way analyses read a graph: the TriG file a build wrote."""
    if path.is_dir():
        path = path / "graph.trig"
    if not path.is_file():
        raise AnalysisError(f"no graph at {path}: run `kgraph build` first or name a graph.trig")
    ds = Dataset(default_union=True)
    try:
        ds.parse(path, format="trig")
    except Exception as err:  # rdflib raises many parser-specific types
        raise AnalysisError(f"{path} is not a readable TriG graph: {err}") from err
    return ds


Triple = tuple[str, str, str]  # subject, predicate, object: IRIs and literal values as text
Source = Graph | Sequence[Triple]  # an rdflib graph or dataset (all named graphs read), or its triples as text


def short_id(node: Node | str) -> str:
    """`person/david_lammy` for an entity IRI; other IRIs stay whole."""
    text = str(node)
    return text[len(str(ID)) :] if text.startswith(str(ID)) else text


@dataclass(frozen=True)
class Article:
    id: str
    iri: str
    title: str
    date: str  # ISO date, or "" when the article gave none
    facts: int  # stated facts (graph edges) read from it


@dataclass(frozen=True)
class Projection:
    """The networks drawn from one RDF graph."""

    actors: nx.MultiDiGraph  # nodes: entity ids with label/type; edges: facts (events), keyed by event id
    mentions: nx.Graph  # bipartite: article ids (kind="article") – entity ids (kind="entity")
    articles: tuple[Article, ...]
    entity_types: dict[str, int]
    positions_held: int
    negated: int  # facts stated as not having happened: events without an edge


class _ByPredicate:
    """A graph's triples grouped by predicate, as text."""

    def __init__(self, graph: Source):
        self.by_predicate: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for s, p, o in text_triples(graph):
            self.by_predicate[p].append((s, o))
        self._one: dict[URIRef, dict[str, str]] = {}

    def pairs(self, predicate: URIRef) -> list[tuple[str, str]]:
        return self.by_predicate.get(str(predicate), [])

    def one(self, predicate: URIRef) -> dict[str, str]:
        """Each subject's value (found once per predicate: the projection and the actor network both ask)."""
        if predicate not in self._one:  # sorted: the same value whatever the store order
            self._one[predicate] = {s: o for s, o in sorted(self.pairs(predicate))}
        return self._one[predicate]


def project(graph: Source) -> Projection:
    """Project the RDF graph (an rdflib Graph or Dataset, read across all named graphs, or a build's triples as
    text) to NetworkX. Terms are compared as text, so both give the same networks."""
    t = _ByPredicate(graph)
    types = {s: ACTOR_TYPES[o] for s, o in sorted(t.pairs(RDF.type)) if o in ACTOR_TYPES}
    actors, facts_per_article, negated = _actor_graph(t, types)
    identifiers, titles, dates = t.one(DCTERMS.identifier), t.one(DCTERMS.title), t.one(DCTERMS.date)
    articles = tuple(
        sorted(
            (
                Article(
                    id=str(ident),
                    iri=str(iri),
                    title=str(titles.get(iri, "")),
                    date=str(dates.get(iri, "")),
                    facts=facts_per_article[iri],
                )
                for iri, ident in identifiers.items()
            ),
            key=lambda a: a.id,
        )
    )
    mentions = nx.Graph()
    for a in articles:
        mentions.add_node("article/" + a.id, kind="article", label=a.title or a.id, date=a.date)
    for article, entity in sorted(t.pairs(DIP.mentions)):
        if article in identifiers and entity in types:
            node = short_id(entity)
            mentions.add_node(node, kind="entity", label=actors.nodes[node]["label"], type=types[entity])
            mentions.add_edge("article/" + str(identifiers[article]), node)
    return Projection(
        actors=actors,
        mentions=mentions,
        articles=articles,
        entity_types=dict(sorted(Counter(types.values()).items())),
        positions_held=len(set(t.pairs(DIP.holdsPosition))),
        negated=negated,
    )


def _actor_graph(t: _ByPredicate, types: dict[str, str]) -> tuple[nx.MultiDiGraph, Counter[str], int]:
    """The actors and one edge per stated fact between two of them; the facts each article reports; how many
    facts are negated (events without an edge)."""
    labels = t.one(RDFS.label)
    aliases: dict[str, set[str]] = defaultdict(set)
    for s, o in t.pairs(SKOS.altLabel):
        aliases[s].add(o)
    actors = nx.MultiDiGraph()
    for node in sorted(types):
        actors.add_node(
            short_id(node),
            label=str(labels.get(node, short_id(node))),
            type=types[node],
            iri=str(node),
            aliases=tuple(sorted(aliases[node])),
        )
    identifiers, titles, article_dates = t.one(DCTERMS.identifier), t.one(DCTERMS.title), t.one(DCTERMS.date)
    agents, targets, relations, modalities = (
        t.one(DIP.agent),
        t.one(DIP.target),
        t.one(DIP.relation),
        t.one(DIP.modality),
    )
    dates, evidence, confidence = t.one(DIP.date), t.one(DIP.evidence), t.one(DIP.confidence)
    sources = t.one(PROV.wasDerivedFrom)
    # How often an event is reported: its reports (mentions: one sentence of one article each; a build
    # without reports counts its evidence sentences) and the articles they come from. Every count of mentions
    # and articles (report, page, exports) is read here.
    mentions = Counter(s for s, _ in set(t.pairs(DIP.reportedBy))) or Counter(s for s, _ in set(t.pairs(DIP.evidence)))
    reported_in = defaultdict(set)
    for event, article in t.pairs(PROV.wasDerivedFrom):
        reported_in[event].add(article)
    facts_per_article: Counter[str] = Counter()
    negated = 0
    for event in sorted(relations):
        modality = short_id_of(modalities.get(event), DIP._NS) or "asserted"
        if modality == "negated":
            negated += 1
            continue
        agent, target, article = agents.get(event), targets.get(event), sources.get(event)
        if agent not in types or target not in types:
            continue
        for source in reported_in[event] or {article}:  # an event counts in every article that reports it
            facts_per_article[source] += 1
        actors.add_edge(
            short_id(agent),
            short_id(target),
            key=short_id(event),
            relation=short_id_of(relations[event], DIP._NS),
            modality=modality,
            date=str(dates.get(event) or article_dates.get(article) or ""),
            evidence=str(evidence.get(event, "")),
            article=str(identifiers.get(article, short_id(article) if article else "")),
            title=str(titles.get(article, "")),
            confidence=float(confidence.get(event, 0) or 0),
            mentions=mentions[event],
            articles=len(reported_in[event]),
        )
    return actors, facts_per_article, negated


def text_triples(graph: Source) -> Iterable[Triple]:
    if isinstance(graph, Dataset):
        return ((str(s), str(p), str(o)) for s, p, o, _ in graph.quads((None, None, None, None)))
    if isinstance(graph, Graph):
        return ((str(s), str(p), str(o)) for s, p, o in graph)
    return graph


def short_id_of(node: Node | str | None, namespace: str) -> str:
    return str(node)[len(str(namespace)) :] if node is not None and str(node).startswith(str(namespace)) else ""


# --- measures ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ActorScore:
    """An actor's place in the network."""

    id: str
    label: str
    type: str
    facts: int  # edges in or out: the facts it takes part in
    partners: int  # distinct actors it has facts with
    articles: int  # articles that mention it
    pagerank: float
    betweenness: float
    community: int  # index into Analysis.communities


@dataclass(frozen=True)
class Community:
    index: int
    size: int
    name: str  # its most central actors, for a reader
    members: tuple[str, ...]  # actor ids, most central first


@dataclass(frozen=True)
class Analysis:
    """The numbers of report.md and report.json."""

    articles: tuple[Article, ...]
    entity_types: dict[str, int]
    entities: int
    facts: int
    negated: int
    positions_held: int
    relations: dict[str, int]  # stated facts per relation, most frequent first
    months: dict[str, int]  # stated facts per month (YYYY-MM, or "undated"), in order
    actors: tuple[ActorScore, ...]  # actors with at least one fact, highest PageRank first
    communities: tuple[Community, ...]
    betweenness_sampled: bool


def simple_graph(g: nx.MultiDiGraph) -> nx.Graph:
    """Actors with facts, one undirected edge per pair, weighted by the number of facts."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(n for n in g.nodes if g.degree(n)))
    for s, o in g.edges():
        if simple.has_edge(s, o):
            simple[s][o]["weight"] += 1
        else:
            simple.add_edge(s, o, weight=1)
    return simple


def weighted_digraph(g: nx.MultiDiGraph, nodes: Iterable[str]) -> nx.DiGraph:
    """One directed edge per ordered pair of actors, weighted by the number of facts."""
    directed = nx.DiGraph()
    directed.add_nodes_from(nodes)
    for s, o in g.edges():
        weight = directed[s][o]["weight"] + 1 if directed.has_edge(s, o) else 1
        directed.add_edge(s, o, weight=weight)
    return directed


def betweenness(simple: nx.Graph) -> tuple[dict[str, float], bool]:
    """Betweenness of every actor, and whether it was estimated: exact while actors x pairs stays within
    BETWEENNESS_BUDGET, else from a seeded sample of as many source actors as the budget allows (at least
    BETWEENNESS_MIN_SOURCES)."""
    n, pairs = len(simple), max(simple.number_of_edges(), 1)
    sources = max(BETWEENNESS_MIN_SOURCES, BETWEENNESS_BUDGET // pairs)
    sampled = n * pairs > BETWEENNESS_BUDGET and sources < n
    return nx.betweenness_centrality(
        simple, k=sources if sampled else None, normalized=True, seed=LOUVAIN_SEED
    ), sampled


def analyse(p: Projection) -> Analysis:
    g = p.actors
    simple = simple_graph(g)
    directed = weighted_digraph(g, simple.nodes)
    pagerank = nx.pagerank(directed, weight="weight") if len(directed) else {}
    between, sampled = betweenness(simple)
    groups = nx.community.louvain_communities(simple, weight="weight", seed=LOUVAIN_SEED) if len(simple) else []
    groups = sorted(
        (sorted(c, key=lambda n: (-pagerank[n], n)) for c in groups), key=lambda members: (-len(members), members[0])
    )
    community_of = {n: i for i, members in enumerate(groups) for n in members}
    communities = tuple(
        Community(i, len(m), ", ".join(g.nodes[n]["label"] for n in m[:3]) + (", …" if len(m) > 3 else ""), tuple(m))
        for i, m in enumerate(groups)
    )
    actors = tuple(
        sorted(
            (
                ActorScore(
                    id=n,
                    label=g.nodes[n]["label"],
                    type=g.nodes[n]["type"],
                    facts=g.degree(n),
                    partners=simple.degree(n),
                    articles=p.mentions.degree(n) if n in p.mentions else 0,
                    pagerank=round(pagerank[n], 6),
                    betweenness=round(between[n], 6),
                    community=community_of[n],
                )
                for n in simple.nodes
            ),
            key=lambda a: (-a.pagerank, -a.facts, a.label),
        )
    )
    relations = Counter(d["relation"] for _, _, d in g.edges(data=True))
    months = Counter(d["date"][:7] or "undated" for _, _, d in g.edges(data=True))
    return Analysis(
        articles=p.articles,
        entity_types=p.entity_types,
        entities=g.number_of_nodes(),
        facts=g.number_of_edges(),
        negated=p.negated,
        positions_held=p.positions_held,
        relations=dict(sorted(relations.items(), key=lambda x: (-x[1], x[0]))),
        months=dict(sorted(months.items(), key=lambda x: (x[0] == "undated", x[0]))),
        actors=actors,
        communities=communities,
        betweenness_sampled=sampled,
    )


# --- questions about actors ---------------------------------------------------------------


def find_actor(g: nx.MultiDiGraph, name: str) -> str:
    """The actor a user means by an id (as `kg:person/…` or bare), label or alias the articles used (any case);
    a clear error with suggestions otherwise."""
    entities = (Named(node, data["label"], data.get("aliases", ())) for node, data in g.nodes(data=True))
    try:
        return find(entities, name, "actor")
    except UnknownName as err:
        raise AnalysisError(str(err)) from err


@dataclass(frozen=True)
class Fact:
    source: str
    relation: str
    target: str
    modality: str
    date: str
    article: str
    evidence: str


def facts_between(g: nx.MultiDiGraph, a: str, b: str) -> list[Fact]:
    """Every stated fact between two actors, either way, in date order."""
    found = [
        Fact(s, d["relation"], o, d["modality"], d["date"], d["article"], d["evidence"])
        for s, o in ((a, b), (b, a))
        for d in (g.get_edge_data(s, o) or {}).values()
    ]
    return sorted(found, key=lambda f: (f.date, f.article, f.relation, f.source))


@dataclass(frozen=True)
class Ego:
    actor: str
    radius: int
    actors: tuple[str, ...]
    facts: tuple[Fact, ...]


def ego_network(g: nx.MultiDiGraph, actor: str, radius: int = 1) -> tuple[Ego, nx.MultiDiGraph]:
    """The actors within `radius` facts of one actor (either direction) and the facts among them."""
    node = find_actor(g, actor)
    members = nx.ego_graph(g.to_undirected(as_view=True), node, radius=radius)
    sub = g.subgraph(members).copy()
    facts = tuple(
        sorted(
            (
                Fact(s, d["relation"], o, d["modality"], d["date"], d["article"], d["evidence"])
                for s, o, d in sub.edges(data=True)
            ),
            key=lambda f: (f.date, f.source, f.relation, f.target),
        )
    )
    return Ego(node, radius, tuple(sorted(sub.nodes)), facts), sub


@dataclass(frozen=True)
class Route:
    """One shortest chain of facts from one actor to another; each hop lists the relations between its ends."""

    actors: tuple[str, ...]
    hops: tuple[tuple[str, ...], ...]


def paths(g: nx.MultiDiGraph, source: str, target: str, limit: int = 5) -> list[Route]:
    """Shortest chains linking two actors, whatever the direction of each fact; [] when none does."""
    a, b = find_actor(g, source), find_actor(g, target)
    simple = simple_graph(g)
    if a not in simple or b not in simple or not nx.has_path(simple, a, b):
        return []
    routes = []
    for chain in sorted(nx.all_shortest_paths(simple, a, b))[:limit]:
        hops = []
        for x, y in zip(chain, chain[1:], strict=False):
            labels = {f"–{f.relation}→" if f.source == x else f"←{f.relation}–" for f in facts_between(g, x, y)}
            hops.append(tuple(sorted(labels)))
        routes.append(Route(tuple(chain), tuple(hops)))
    return routes
