"""Where the graph is kept: Oxigraph on disk (default), in memory from graph.trig, or any SPARQL 1.1 server.

`kgraph query` reads every store with pyoxigraph (`open_sparql`: the Oxigraph store, graph.trig loaded
into an Oxigraph store in memory, or the endpoint over HTTP), so it starts without rdflib. `validate`
and `export` open every store as an rdflib `Dataset` through rdflib's store plugins (oxrdflib for
Oxigraph, `SPARQLUpdateStore` for endpoints), so those commands are one code path whatever the store.

A build writes its quads with pyoxigraph: new articles into an Oxigraph store through its bulk loader (each
graph's digest written last, so a write cut short leaves graphs without a digest, which the next build
rewrites), changed ones as a drop and rewrite in one SPARQL Update (one transaction, so no reader sees half
an article); into a server through its Graph Store Protocol where it has one (kgraph.remote_store), else
with SPARQL Update in batches.

Builds are incremental: each article's named graph carries a digest of itself (`dip:graphDigest`); an
article whose digest is unchanged is skipped, and `prune` drops articles no longer built.

The default graph that queries see is the RDF merge of the named graphs: a set, so a triple that
several articles state counts once, as in rdflib's union graph. Oxigraph's own union default graph
repeats such a triple once per graph, so an Oxigraph store keeps the merge in its default graph,
updated with every article written or dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import pyoxigraph as ox

from kgraph.ontology import NAMESPACES, ONTOLOGY_IRI, ontology_quads

if TYPE_CHECKING:  # rdflib is imported by the functions that read through it, so `kgraph serve` starts at once
    from rdflib import Dataset, Graph

    from kgraph.rdf import ArticleGraph

STORE_DIR = "store"
TRIG_FILE = "graph.trig"
BATCH_TRIPLES = 50_000  # triples per update request to an endpoint; one graph is never split
REOPEN_WRITES = 50  # writes an open Oxigraph store takes before the writer opens it again
# quads a build writes at once (a graph is never split): each bulk load into an Oxigraph store has a cost of its own
# (new files, written and taken in), so few large loads; but the loader holds ~0.7 KB a quad (the merge doubles them)
# while it loads. 3,000 synthetic articles: 5,000 quads a load 3.2 CPU s, +15 MiB; 20,000: 1.9 s, +47 MiB; 50,000:
# 1.7 s, +97 MiB (docs/scaling.md)
WRITE_QUADS = 20_000

DEFAULT = ox.DefaultGraph()
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
ARTICLE = ox.NamedNode(ONTOLOGY_IRI + "#Article")  # dip:Article
GRAPH_DIGEST = ox.NamedNode(ONTOLOGY_IRI + "#graphDigest")  # dip:graphDigest
QUERY_PREFIXES = NAMESPACES | {  # declared for every query `kgraph query` runs
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "schema": "https://schema.org/",
    "sh": "http://www.w3.org/ns/shacl#",
}

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
QueryResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples | list[ox.Triple]


class StoreError(RuntimeError):
    """The store cannot be opened, read or written; the message says which and why."""


class StoreKind(StrEnum):
    OXIGRAPH = "oxigraph"
    MEMORY = "memory"
    SPARQL = "sparql"


@dataclass(frozen=True)
class StoreSpec:
    """A store as the user named it: `--store` (none, `memory`, a URL or a folder) and the build folder."""

    kind: StoreKind
    location: str
    update_url: str = ""
    graph_store_url: str = ""  # the endpoint's Graph Store Protocol, when named (kgraph.remote_store)

    def __str__(self) -> str:
        return {StoreKind.OXIGRAPH: "Oxigraph store", StoreKind.MEMORY: "memory", StoreKind.SPARQL: "endpoint"}[
            self.kind
        ] + (f" {self.location}" if self.location else "")


def store_spec(
    value: str | None, out: Path, update_url: str | None = None, graph_store_url: str | None = None
) -> StoreSpec:
    """`None` -> Oxigraph in OUT/store; `memory` -> rdflib's memory store (reads OUT/graph.trig);
    `http(s)://...` -> a SPARQL 1.1 endpoint; anything else -> an Oxigraph folder at that path."""
    if value is None or value == "oxigraph":
        return StoreSpec(StoreKind.OXIGRAPH, str(out / STORE_DIR))
    if value == "memory":
        return StoreSpec(StoreKind.MEMORY, str(out / TRIG_FILE))
    if re.match(r"https?://", value):
        return StoreSpec(StoreKind.SPARQL, value, update_url or default_update_url(value), graph_store_url or "")
    return StoreSpec(StoreKind.OXIGRAPH, value)


def default_update_url(query_url: str) -> str:
    """Oxigraph and Fuseki serve updates beside queries: .../query or .../sparql -> .../update."""
    return re.sub(r"/(query|sparql)/?$", "/update", query_url)


def _bind_prefixes(ds: Dataset) -> Dataset:
    from kgraph.rdf import PREFIXES

    for prefix, namespace in PREFIXES.items():
        ds.bind(prefix, namespace)
    return ds


def _merged_dataset(store: ox.Store, union: bool) -> Dataset:
    """An Oxigraph store as an rdflib Dataset whose `graphs()` lists the named graphs only, so what iterates a
    store's graphs (export, validate) never meets the merge in the default graph as a graph."""
    from oxrdflib import OxigraphStore
    from rdflib import Dataset
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    class MergedDataset(Dataset):
        def graphs(self, triple: tuple | None = None) -> Iterator[Graph]:
            return (g for g in super().graphs(triple) if g.identifier != DATASET_DEFAULT_GRAPH_ID)

    return _bind_prefixes(MergedDataset(store=OxigraphStore(store=store), default_union=union))


@contextmanager
def open_store(spec: StoreSpec) -> Iterator[Dataset]:
    """The store as a read-only rdflib Dataset whose default graph is the merge of the named graphs (for an
    endpoint, whatever the endpoint's default graph is)."""
    from rdflib import Dataset, URIRef

    if spec.kind is StoreKind.OXIGRAPH:
        inner = _read_only(Path(spec.location))
        # The merge is the store's default graph, so rdflib's union stays off. A store written before kgraph
        # kept the merge has an empty default graph: its queries see Oxigraph's union until the next build.
        ds = _merged_dataset(inner, union=not holds_merge(inner))
        try:
            yield ds
        finally:
            ds.close()  # releases the store for the next open in this process
            del inner
    elif spec.kind is StoreKind.MEMORY:
        from kgraph.ontology import ontology_graph

        ds = _bind_prefixes(Dataset(default_union=True))
        trig = Path(spec.location)
        if not trig.is_file():
            raise StoreError(f"no {trig} to load into memory: run `kgraph build` first, or pick one with --out")
        ds.parse(trig, format="trig")
        stored_ontology = ds.graph(URIRef(ONTOLOGY_IRI))  # where a build stores it
        stored_ontology += ontology_graph()
        yield ds
    else:
        from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

        store = SPARQLUpdateStore(query_endpoint=spec.location, update_endpoint=spec.update_url)
        yield _bind_prefixes(Dataset(store=store, default_union=True))


class Sparql(Protocol):
    """What `kgraph query` needs of a store: a SPARQL query run with values bound to variables."""

    def query(self, text: str, bindings: Mapping[str, Term]) -> QueryResult: ...


class OxigraphSparql:
    """An Oxigraph store, its default graph the merge of the named graphs (for a store written before
    kgraph kept the merge there, Oxigraph's union of the named graphs)."""

    def __init__(self, store: ox.Store):
        self.store = store
        self.union = not holds_merge(store)

    def query(self, text: str, bindings: Mapping[str, Term]) -> QueryResult:
        substitutions = {ox.Variable(name): value for name, value in bindings.items()}
        return self.store.query(
            text, prefixes=QUERY_PREFIXES, substitutions=substitutions, use_default_graph_as_union=self.union
        )


@contextmanager
def open_sparql(spec: StoreSpec) -> Iterator[Sparql]:
    """The store to query: Oxigraph on disk (read-only), graph.trig in an Oxigraph store in memory (with
    the ontology, as a build stores it), or the endpoint."""
    if spec.kind is StoreKind.OXIGRAPH:
        store = _read_only(Path(spec.location))
        try:
            yield OxigraphSparql(store)
        finally:
            del store  # releases the store for the next open in this process
    elif spec.kind is StoreKind.MEMORY:
        trig = Path(spec.location)
        if not trig.is_file():
            raise StoreError(f"no {trig} to load into memory: run `kgraph build` first, or pick one with --out")
        store = ox.Store()
        try:
            store.load(path=str(trig), format=ox.RdfFormat.TRIG)
        except (OSError, SyntaxError) as err:
            raise StoreError(f"cannot read {trig}: {err}") from err
        store.extend(ontology_quads())
        store.update(MERGE_ALL)
        yield OxigraphSparql(store)
    else:
        from kgraph.remote_store import EndpointSparql

        yield EndpointSparql(spec.location)


def _read_only(path: Path) -> ox.Store:
    if not path.is_dir():
        raise StoreError(f"no Oxigraph store at {path}: run `kgraph build` first, or pick one with --store")
    try:
        return ox.Store.read_only(str(path))
    except OSError as err:
        raise StoreError(f"cannot open the Oxigraph store at {path}: {err}") from err


def holds_merge(store: ox.Store) -> bool:
    """Whether the default graph holds the merge: it has triples, or there are no named graphs to merge."""
    return next(store.quads_for_pattern(None, None, None, DEFAULT), None) is not None or not any(store.named_graphs())


Graphs = Mapping[str, Sequence[ox.Quad]]  # named graph IRI -> its quads


class Writer(Protocol):
    """What a build needs of a store it writes to."""

    def digests(self) -> dict[str, str]:
        """The digest of every article graph in the store; an article stored without one maps to ''."""
        ...

    def graph(self, iri: str) -> list[ox.Triple]:
        """The triples of one named graph."""
        ...

    def write(self, graphs: Graphs, drop: Sequence[str] = ()) -> None:
        """Make each of `graphs` the store's named graph of that IRI, replacing whatever it held, and drop the
        graphs named in `drop`; a changed graph is never seen half written."""
        ...


@contextmanager
def open_writer(spec: StoreSpec) -> Iterator[Writer]:
    """The store a build writes to: Oxigraph on disk (created if missing) or an endpoint."""
    if spec.kind is StoreKind.OXIGRAPH:
        writer = OxigraphWriter(Path(spec.location))
        try:
            yield writer
        finally:
            writer.close()
    elif spec.kind is StoreKind.SPARQL:
        from kgraph.remote_store import GraphStoreWriter, find_graph_store

        graph_store = find_graph_store(spec)
        yield GraphStoreWriter(spec, graph_store) if graph_store else EndpointWriter(spec)
    else:
        raise StoreError("the memory store keeps nothing: a build writes graph.trig only")


class OxigraphWriter:
    """Writes with pyoxigraph's own loaders, never through SPARQL text unless a graph is replaced or dropped;
    keeps the merge of the named graphs in the default graph.

    An open store keeps native memory for every bulk load it took (about 140 KB a load of 100 article graphs,
    measured; freed only when the store is closed), so the writer closes and opens the store again every
    REOPEN_WRITES writes: a build's memory stays the same whatever the number of graphs it writes
    (docs/scaling.md, "Coordinator memory")."""

    def __init__(self, path: Path):
        self.path = path
        self.store = _open_for_writing(path)
        self.writes = 0

    def close(self) -> None:
        """Releases the store, and its lock for the next open in this process."""
        if hasattr(self, "store"):
            del self.store

    def digests(self) -> dict[str, str]:
        found = {
            q.subject.value: ""
            for q in self.store.quads_for_pattern(None, RDF_TYPE, ARTICLE, None)
            if q.graph_name == q.subject
        }
        for q in self.store.quads_for_pattern(None, GRAPH_DIGEST, None, None):
            if q.graph_name == q.subject:
                found[q.subject.value] = q.object.value
        return found

    def graph(self, iri: str) -> list[ox.Triple]:
        return [q.triple for q in self.store.quads_for_pattern(None, None, None, ox.NamedNode(iri))]

    def write(self, graphs: Graphs, drop: Sequence[str] = ()) -> None:
        new = {iri for iri in graphs if not self.store.contains_named_graph(ox.NamedNode(iri))}
        changed = [iri for iri in graphs if iri not in new]
        try:
            if not holds_merge(self.store):  # a store written before kgraph kept the merge
                self.store.update(MERGE_ALL)
            if new:  # pyoxigraph's bulk loader, reading the N-Quads itself
                self.store.bulk_load(load_text({iri: graphs[iri] for iri in sorted(new)}), format=ox.RdfFormat.N_QUADS)
            if changed or drop:  # one SPARQL Update: one transaction, so no reader sees half an article
                self.store.update(update_text({iri: graphs[iri] for iri in changed}, drop, merging=True))
                self.store.flush()
        except (OSError, SyntaxError, ValueError) as err:
            raise StoreError(f"cannot write to the store: {err}") from err
        self.writes += 1
        if self.writes % REOPEN_WRITES == 0:
            self.close()
            self.store = _open_for_writing(self.path)


def _open_for_writing(path: Path) -> ox.Store:
    """An Oxigraph store on disk, created if missing."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except OSError as err:
        raise StoreError(f"cannot open the Oxigraph store at {path}: {err}") from err


class NQuads(Sequence[ox.Quad]):
    """A graph's quads kept as the N-Quads pyoxigraph wrote them, parsed only when they are read: the Oxigraph
    writer loads the text as it is, which costs a fraction of making and passing Python quads (docs/scaling.md)."""

    def __init__(self, text: bytes):
        self.text = text
        self._quads: tuple[ox.Quad, ...] | None = None

    def _parsed(self) -> tuple[ox.Quad, ...]:
        if self._quads is None:
            self._quads = tuple(ox.parse(self.text, format=ox.RdfFormat.N_QUADS))
        return self._quads

    def __getitem__(self, index):  # noqa: ANN001, ANN204 (an int or a slice, as a tuple takes)
        return self._parsed()[index]

    def __iter__(self) -> Iterator[ox.Quad]:
        return iter(self._parsed())

    def __len__(self) -> int:
        return self.text.count(b"\n")  # one quad a line

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and self._parsed() == tuple(other)

    def __hash__(self) -> int:
        return hash(self._parsed())


def load_text(graphs: Graphs) -> bytes:
    """What the bulk loader gets for new graphs: their N-Quads, then the merge's (the same lines in the default
    graph), the digests last, so a load cut short leaves graphs without one, which the next build writes again."""
    named, merged, digests, merged_digests = [], [], [], []
    for iri, quads in graphs.items():
        text = quads.text if isinstance(quads, NQuads) else ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
        rest, digest = _digest_lines(text)
        named.append(rest)
        merged.append(_unnamed(rest, iri))
        digests.append(digest)
        merged_digests.append(_unnamed(digest, iri))
    return b"".join([*named, *merged, *digests, *merged_digests])


def _unnamed(text: bytes, iri: str) -> bytes:
    """N-Quads lines of the graph `iri` moved to the default graph: without the graph's name, which ends every
    line as pyoxigraph writes them."""
    suffix = f" <{iri}> .\n".encode()
    if text.count(suffix) != text.count(b"\n"):
        raise ValueError(f"N-Quads of the graph <{iri}> with lines of another graph")
    return text.replace(suffix, b" .\n")


def _digest_lines(text: bytes) -> tuple[bytes, bytes]:
    """N-Quads split in two: the lines that do not state a graph's digest, and those that do."""
    rest, digests, done = [], [], 0
    at = text.find(DIGEST_PREDICATE)
    while at >= 0:
        start = text.rfind(b"\n", 0, at) + 1
        end = text.find(b"\n", at) + 1 or len(text)
        if text.find(b" ", start) == at:  # the predicate (a subject has no space), not an object
            rest.append(text[done:start])
            digests.append(text[start:end])
            done = end
        at = text.find(DIGEST_PREDICATE, end)
    return b"".join([*rest, text[done:]]), b"".join(digests)


DIGEST_PREDICATE = f" {GRAPH_DIGEST} ".encode()


class EndpointWriter:
    """A SPARQL 1.1 endpoint, written with SPARQL Update in requests of about BATCH_TRIPLES triples."""

    def __init__(self, spec: StoreSpec):
        from rdflib import Dataset
        from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

        store = SPARQLUpdateStore(query_endpoint=spec.location, update_endpoint=spec.update_url)
        # the union default graph: rdflib would otherwise rewrite the updates to target its default graph
        self.dataset = _bind_prefixes(Dataset(store=store, default_union=True))
        self.via = f"SPARQL Update at {spec.update_url}"

    def digests(self) -> dict[str, str]:
        from kgraph.rdf import DIP

        digests = {str(row.graph): "" for row in self.dataset.query(ARTICLE_GRAPHS, initNs={"dip": DIP._NS})}
        digests.update(
            {str(row.graph): str(row.digest) for row in self.dataset.query(DIGESTS, initNs={"dip": DIP._NS})}
        )
        return digests

    def graph(self, iri: str) -> list[ox.Triple]:
        from kgraph.rdf import to_oxigraph

        constructed = self.dataset.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}")
        return [ox.Triple(*map(to_oxigraph, triple)) for triple in constructed.graph]

    def write(self, graphs: Graphs, drop: Sequence[str] = ()) -> None:
        batch: dict[str, Sequence[ox.Quad]] = {}
        size = 0
        for iri, graph in graphs.items():
            batch[iri] = graph
            size += len(graph)
            if size >= BATCH_TRIPLES:
                self._update(update_text(batch, ()))
                batch, size = {}, 0
        self._update(update_text(batch, drop))

    def _update(self, text: str) -> None:
        if not text:
            return
        try:
            self.dataset.update(text)
        except Exception as err:  # HTTP errors and refused connections surface here
            raise StoreError(f"cannot write to the store: {err}") from err


DIGESTS = "SELECT ?graph ?digest WHERE { GRAPH ?graph { ?graph dip:graphDigest ?digest } }"
ARTICLE_GRAPHS = "SELECT DISTINCT ?graph WHERE { GRAPH ?graph { ?graph a dip:Article } }"


def update_text(graphs: Graphs, drop: Iterable[str], *, merging: bool = False) -> str:
    """One SPARQL Update that drops and rewrites `graphs` and drops `drop`, and with `merging` keeps the merge
    in the default graph: a graph's triples join it when written; when dropped, those no other named graph
    states leave it. Terms are written by pyoxigraph in N-Triples syntax (every literal escaped), never
    pasted as they came; article IRIs are percent-encoded."""

    def remove(iri: str) -> list[str]:
        unmerge = (
            f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != <{iri}>) }} }}"
        )
        return [unmerge, f"DROP SILENT GRAPH <{iri}>"] if merging else [f"DROP SILENT GRAPH <{iri}>"]

    operations = [operation for iri in drop for operation in remove(iri)]
    for iri, graph in graphs.items():
        triples = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in graph)
        operations += [*remove(iri), f"INSERT DATA {{ GRAPH <{iri}> {{\n{triples}\n}} }}"]
        if merging:
            operations.append(f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}")
    return " ;\n".join(operations)


MERGE_ALL = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


@dataclass(frozen=True)
class SyncSummary:
    """What an incremental build did to the store's named graphs: how many article graphs it added, replaced,
    left unchanged and pruned, and how many of earlier builds it kept (not in these inputs, no --prune, or
    resolved again with them and unchanged). Counts, not lists: a build's memory does not grow with its
    articles."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    pruned: int = 0
    kept: int = 0
    via: str = ""  # how a server was written (Graph Store Protocol or SPARQL Update, and where)


def sync(
    target: Writer,
    graphs: Iterable[ArticleGraph],
    *,
    prune: bool = False,
    ontology: bool = True,
    batch: int = 1000,
    quads: int = WRITE_QUADS,
) -> SyncSummary:
    """Make the store hold the built articles: unchanged graphs are not touched; changed and new ones are
    written (a changed one dropped and rewritten at once, so no reader sees half an article) as they come, at
    most `batch` graphs and about `quads` quads at a time; with `prune`, articles not built are dropped. With
    `ontology`, the ontology's own named graph is rewritten if it differs."""
    try:
        before = target.digests()
        stale_ontology = ontology and not same_triples(target.graph(ONTOLOGY_IRI), ontology_quads())
    except Exception as err:  # HTTP errors, refused connections and broken stores all surface here
        raise StoreError(f"cannot read the store: {err}") from err
    counts: Counter[str] = Counter()
    writes: dict[str, Sequence[ox.Quad]] = {ONTOLOGY_IRI: ontology_quads()} if stale_ontology else {}
    not_built = set(before)  # the stored articles these graphs do not name
    size = 0
    for graph in graphs:
        not_built.discard(graph.iri)
        if before.get(graph.iri) == graph.digest:
            counts["kept" if graph.earlier else "unchanged"] += 1
            continue
        counts["replaced" if graph.iri in before else "added"] += 1
        writes[graph.iri] = graph.quads
        size += len(graph.quads)
        if len(writes) >= batch or size >= quads:
            target.write(writes)
            writes, size = {}, 0
    gone = sorted(not_built)
    counts["pruned" if prune else "kept"] += len(gone)
    target.write(writes, drop=gone if prune else ())
    return SyncSummary(**counts, via=getattr(target, "via", ""))


def same_triples(a: Iterable[ox.Triple | ox.Quad], b: Iterable[ox.Triple | ox.Quad]) -> bool:
    """Whether two graphs are the same, blank nodes matched by RDF canonicalisation (RDFC-1.0)."""
    return _canonical(a) == _canonical(b)


def _canonical(triples: Iterable[ox.Triple | ox.Quad]) -> set[ox.Quad]:
    dataset = ox.Dataset(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return set(dataset)
