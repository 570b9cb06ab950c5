"""Where the graph is kept: Oxigraph on disk (default), rdflib's memory, or any SPARQL 1.1 endpoint.

Every store is opened as an rdflib `Dataset` through rdflib's store plugins (oxrdflib for Oxigraph,
`SPARQLUpdateStore` for endpoints), so building, querying, validating and exporting are one code
path whatever the store. Builds are incremental: each article's named graph carries a digest of
itself (`dip:graphDigest`); an article whose digest is unchanged is skipped, a changed one has its
named graph dropped and rewritten in the same request, and `prune` drops articles no longer built.

The default graph that queries see is the RDF merge of the named graphs: a set, so a triple that
several articles state counts once, as in rdflib's union graph. Oxigraph's own union default graph
repeats such a triple once per graph, so an Oxigraph store keeps the merge in its default graph,
updated with every article written or dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

import pyoxigraph
from oxrdflib import OxigraphStore
from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

from kgraph.ontology import ONTOLOGY_IRI, ontology_graph
from kgraph.rdf import DIP, PREFIXES, graph_digest

STORE_DIR = "store"
TRIG_FILE = "graph.trig"
BATCH_TRIPLES = 50_000  # triples per update request to an endpoint; one article is never split

Progress = Callable[[int], None]


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

    def __str__(self) -> str:
        return {StoreKind.OXIGRAPH: "Oxigraph store", StoreKind.MEMORY: "memory", StoreKind.SPARQL: "endpoint"}[
            self.kind
        ] + (f" {self.location}" if self.location else "")


def store_spec(value: str | None, out: Path, update_url: str | None = None) -> StoreSpec:
    """`None` -> Oxigraph in OUT/store; `memory` -> rdflib's memory store (reads OUT/graph.trig);
    `http(s)://...` -> a SPARQL 1.1 endpoint; anything else -> an Oxigraph folder at that path."""
    if value is None or value == "oxigraph":
        return StoreSpec(StoreKind.OXIGRAPH, str(out / STORE_DIR))
    if value == "memory":
        return StoreSpec(StoreKind.MEMORY, str(out / TRIG_FILE))
    if re.match(r"https?://", value):
        return StoreSpec(StoreKind.SPARQL, value, update_url or default_update_url(value))
    return StoreSpec(StoreKind.OXIGRAPH, value)


def default_update_url(query_url: str) -> str:
    """Oxigraph and Fuseki serve updates beside queries: .../query or .../sparql -> .../update."""
    return re.sub(r"/(query|sparql)/?$", "/update", query_url)


class MergedDataset(Dataset):
    """An Oxigraph store whose default graph holds the merge of its named graphs: `graphs()` lists the named
    graphs only, so what iterates a store's graphs (export, validate) never meets the merge as a graph."""

    def graphs(self, triple: tuple | None = None) -> Iterator[Graph]:
        return (g for g in super().graphs(triple) if g.identifier != DATASET_DEFAULT_GRAPH_ID)


def _bind_prefixes(ds: Dataset) -> Dataset:
    for prefix, namespace in PREFIXES.items():
        ds.bind(prefix, namespace)
    return ds


@contextmanager
def open_store(spec: StoreSpec, *, write: bool = False) -> Iterator[Dataset]:
    """The store as a Dataset, read-only unless `write`. Its default graph is the merge of the named graphs
    (for an endpoint, whatever the endpoint's default graph is)."""
    if spec.kind is StoreKind.OXIGRAPH:
        path = Path(spec.location)
        try:
            if write:
                path.mkdir(parents=True, exist_ok=True)
                inner = pyoxigraph.Store(str(path))
            elif not path.is_dir():
                raise StoreError(f"no Oxigraph store at {path}: run `kgraph build` first, or pick one with --store")
            else:
                inner = pyoxigraph.Store.read_only(str(path))
        except OSError as err:
            raise StoreError(f"cannot open the Oxigraph store at {path}: {err}") from err
        # The merge is the store's default graph (see sync), so rdflib's union stays off; it also must for
        # writes, which rdflib would otherwise hand to its own (slow) SPARQL engine. A store written before
        # kgraph kept the merge has an empty default graph: its queries see Oxigraph's union instead.
        union = not write and not _holds_merge(inner)
        ds = _bind_prefixes(MergedDataset(store=OxigraphStore(store=inner), default_union=union))
        try:
            yield ds
            if write:
                inner.flush()
        finally:
            ds.close()  # releases the store's lock for the next open in this process
            del inner
    elif spec.kind is StoreKind.MEMORY:
        ds = _bind_prefixes(Dataset(default_union=True))
        trig = Path(spec.location)
        if not write:
            if not trig.is_file():
                raise StoreError(f"no {trig} to load into memory: run `kgraph build` first, or pick one with --out")
            ds.parse(trig, format="trig")
            stored_ontology = ds.graph(URIRef(ONTOLOGY_IRI))  # where a build stores it
            stored_ontology += ontology_graph()
        yield ds
    else:
        store = SPARQLUpdateStore(query_endpoint=spec.location, update_endpoint=spec.update_url)
        yield _bind_prefixes(Dataset(store=store, default_union=True))  # updates are sent as they are


def _holds_merge(store: pyoxigraph.Store) -> bool:
    """Whether the default graph holds the merge: it has triples, or there are no named graphs to merge."""
    default = pyoxigraph.DefaultGraph()
    return next(store.quads_for_pattern(None, None, None, default), None) is not None or not any(store.named_graphs())


@dataclass(frozen=True)
class SyncSummary:
    """What an incremental build did to the store's named graphs (article IRIs)."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # from earlier builds, not in these inputs (no --prune)


DIGESTS = """
SELECT ?graph ?digest WHERE { GRAPH ?graph { ?graph dip:graphDigest ?digest } }
"""

ONTOLOGY_GRAPH = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{ONTOLOGY_IRI}> {{ ?s ?p ?o }} }}"

ARTICLE_GRAPHS = """
SELECT DISTINCT ?graph WHERE { GRAPH ?graph { ?graph a dip:Article } }
"""


def stored_digests(ds: Dataset) -> dict[URIRef, str]:
    """The digest of every article graph in the store; an article stored without one maps to ''."""
    digests: dict[URIRef, str] = {row.graph: "" for row in ds.query(ARTICLE_GRAPHS, initNs={"dip": DIP._NS})}
    digests.update({row.graph: str(row.digest) for row in ds.query(DIGESTS, initNs={"dip": DIP._NS})})
    return digests


def sync(
    target: Dataset,
    built: Dataset,
    *,
    prune: bool = False,
    ontology: Graph | None = None,
    on_progress: Progress | None = None,
) -> SyncSummary:
    """Make the store hold the built articles: unchanged graphs are not touched; a changed or new one is
    dropped and rewritten in the same update request, so no reader sees half an article; with `prune`,
    articles not built are dropped. Updates go in batches of about BATCH_TRIPLES triples."""
    ontology_iri = URIRef(ONTOLOGY_IRI)
    try:
        before = stored_digests(target)
        stored_ontology = target.query(ONTOLOGY_GRAPH).graph if ontology else None
        # An Oxigraph store keeps the merge of its named graphs as its default graph (see the module's doc)
        merging = isinstance(target.store, OxigraphStore)
        unmerged = merging and not target.query("ASK { ?s ?p ?o }").askAnswer and bool(before)
    except Exception as err:  # HTTP errors, refused connections and broken stores all surface here
        raise StoreError(f"cannot read the store: {err}") from err
    summary = SyncSummary()
    batch: list[str] = [MERGE_ALL] if unmerged else []
    size = 0
    # the ontology has its own named graph, so queries can follow subPropertyOf and PLOVER types
    if ontology is not None and (stored_ontology is None or graph_digest(stored_ontology) != graph_digest(ontology)):
        batch += _replace(ontology_iri, ontology, merging)
    built_graphs = sorted((g for g in built.graphs() if len(g)), key=lambda g: str(g.identifier))
    for graph in built_graphs:
        iri = graph.identifier
        digest = str(graph.value(iri, DIP.graphDigest) or "")
        if iri in before and digest and before[iri] == digest:
            summary.unchanged.append(str(iri))
        else:
            (summary.replaced if iri in before else summary.added).append(str(iri))
            batch += _replace(iri, graph, merging)
            size += len(graph)
            if size >= BATCH_TRIPLES:
                _update(target, batch)
                batch, size = [], 0
        if on_progress:
            on_progress(1)
    built_iris = {g.identifier for g in built_graphs}
    for iri in sorted(set(before) - built_iris, key=str):
        if prune:
            batch += _remove(iri, merging)
            summary.pruned.append(str(iri))
        else:
            summary.kept.append(str(iri))
    _update(target, batch)
    return summary


# Update text is made of N-Triples terms written by rdflib (`n3()` escapes every literal), never of
# strings pasted as they came: article IRIs are percent-encoded by kgraph.rdf.article_iri.
def _drop(iri: URIRef) -> str:
    return f"DROP SILENT GRAPH {iri.n3()}"


def _insert(iri: URIRef, graph: Graph) -> str:
    triples = "\n".join(sorted(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in graph))
    return f"INSERT DATA {{ GRAPH {iri.n3()} {{\n{triples}\n}} }}"


# The merge in the default graph follows each named graph written or dropped: a graph's triples join it
# when written; when dropped, those no other named graph states leave it.
MERGE_ALL = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def _merge(iri: URIRef) -> str:
    return f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH {iri.n3()} {{ ?s ?p ?o }} }}"


def _unmerge(iri: URIRef) -> str:
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {iri.n3()} {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != {iri.n3()}) }} }}"
    )


def _remove(iri: URIRef, merging: bool) -> list[str]:
    return [_unmerge(iri), _drop(iri)] if merging else [_drop(iri)]


def _replace(iri: URIRef, graph: Graph, merging: bool) -> list[str]:
    return _remove(iri, merging) + [_insert(iri, graph)] + ([_merge(iri)] if merging else [])


def _update(target: Dataset, operations: list[str]) -> None:
    """One request (for Oxigraph on disk: one transaction) for the whole batch."""
    if not operations:
        return
    try:
        target.update(" ;\n".join(operations))
    except Exception as err:
        raise StoreError(f"cannot write to the store: {err}") from err
