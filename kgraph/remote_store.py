"""A SPARQL 1.1 server as the store, written through its Graph Store Protocol where it offers one.

The Graph Store Protocol (W3C SPARQL 1.1 Graph Store HTTP Protocol) moves whole graphs as RDF documents:
new article graphs go to the server's dataset as N-Quads, many graphs a request (each graph whole in one
request); a changed graph is replaced by one PUT of that graph (the server swaps it in one transaction,
so no reader sees half an article); a graph to drop is deleted. That is the server's own loading path,
far lighter than SPARQL Update text. A server without the protocol is written with SPARQL Update
(store.EndpointWriter), as before. What is in the store (digests, a graph) is read with SPARQL queries
either way.

Where the protocol lives: `--graph-store URL` names it; otherwise kgraph tries the places servers put it
beside their query endpoint (Oxigraph's /store beside /query, Fuseki's /data beside /query or /sparql)
and uses the first that answers a HEAD request for the default graph.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping, Sequence

import pyoxigraph as ox

from kgraph.store import (
    BATCH_TRIPLES,
    QUERY_PREFIXES,
    EndpointWriter,
    Graphs,
    QueryResult,
    StoreError,
    StoreSpec,
    Term,
)

N_QUADS = "application/n-quads"
N_TRIPLES = "application/n-triples"
TIMEOUT_S = 300
PROBE_TIMEOUT_S = 10


def graph_store_candidates(query_url: str) -> list[str]:
    """Where servers put the Graph Store Protocol beside a query endpoint: Oxigraph .../store, Fuseki .../data."""
    base = re.sub(r"/(query|sparql)/?$", "", query_url)
    return [base + "/store", base + "/data"] if base != query_url else []


def find_graph_store(spec: StoreSpec) -> str | None:
    """The server's Graph Store Protocol endpoint: the one named, else the first candidate that answers."""
    if spec.graph_store_url == "none":
        return None
    if spec.graph_store_url:
        return spec.graph_store_url
    for url in graph_store_candidates(spec.location):
        request = urllib.request.Request(url + "?default", method="HEAD")
        try:
            with urllib.request.urlopen(request, timeout=PROBE_TIMEOUT_S) as response:
                if 200 <= response.status < 300:
                    return url
        except (urllib.error.URLError, OSError, ValueError):
            continue
    return None


class GraphStoreWriter(EndpointWriter):
    """Writes whole graphs through the Graph Store Protocol at `url`; reads through SPARQL (EndpointWriter)."""

    def __init__(self, spec: StoreSpec, url: str):
        super().__init__(spec)
        self.url = url
        self.stored: set[str] = set()
        self.via = f"Graph Store Protocol at {url}"

    def digests(self) -> dict[str, str]:
        found = super().digests()
        self.stored = set(found)
        return found

    def write(self, graphs: Graphs, drop: Sequence[str] = ()) -> None:
        new = [iri for iri in graphs if iri not in self.stored]
        batch: list[ox.Quad] = []
        for iri in new:
            batch.extend(graphs[iri])
            if len(batch) >= BATCH_TRIPLES:
                self._send("POST", self.url, N_QUADS, batch)
                batch = []
        if batch:
            self._send("POST", self.url, N_QUADS, batch)
        for iri in graphs:
            if iri not in new:
                triples = [ox.Triple(q.subject, q.predicate, q.object) for q in graphs[iri]]
                self._send("PUT", self._graph_url(iri), N_TRIPLES, triples)
        for iri in drop:
            self._send("DELETE", self._graph_url(iri))
        self.stored |= set(graphs)
        self.stored -= set(drop)

    def _graph_url(self, iri: str) -> str:
        return f"{self.url}?{urllib.parse.urlencode({'graph': iri})}"

    def _send(self, method: str, url: str, content_type: str = "", terms: Sequence = ()) -> None:
        body = None
        if content_type:
            kind = ox.RdfFormat.N_QUADS if content_type == N_QUADS else ox.RdfFormat.N_TRIPLES
            body = ox.serialize(terms, format=kind)
        request = urllib.request.Request(url, data=body, method=method)
        if content_type:
            request.add_header("Content-Type", content_type)
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
                response.read()
        except urllib.error.HTTPError as err:
            if method == "DELETE" and err.code == 404:  # already gone
                return
            detail = err.read().decode("utf-8", "replace")[:300].strip()
            raise StoreError(f"cannot write to the store: {method} {url} answered {err.code} {detail}") from err
        except (urllib.error.URLError, OSError) as err:
            raise StoreError(f"cannot write to the store: {method} {url}: {err}") from err


RESULT_TYPES = "application/sparql-results+json, application/sparql-results+xml;q=0.9"
GRAPH_TYPES = "application/n-triples;q=0.9, text/turtle;q=0.8"


class EndpointSparql:
    """A SPARQL 1.1 endpoint, queried over the SPARQL 1.1 Protocol (a URL-encoded POST); its answer is read by
    pyoxigraph in whichever result or RDF format the server gives it."""

    def __init__(self, url: str):
        self.url = url

    def query(self, text: str, bindings: Mapping[str, Term]) -> QueryResult:
        prologue = "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in QUERY_PREFIXES.items())
        body = urllib.parse.urlencode({"query": prologue + text + values_clause(bindings)}).encode("utf-8")
        request = urllib.request.Request(self.url, data=body, method="POST")
        request.add_header("Content-Type", "application/x-www-form-urlencoded")
        request.add_header("Accept", f"{RESULT_TYPES}, {GRAPH_TYPES}")
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
                media, data = response.headers.get_content_type(), response.read()
        except urllib.error.HTTPError as err:  # the server refused the query: say what it said
            detail = err.read().decode("utf-8", "replace")[:300].strip()
            raise ValueError(f"{self.url} answered {err.code} {detail}") from err
        except (urllib.error.URLError, OSError) as err:
            raise StoreError(f"cannot reach the endpoint {self.url}: {err}") from err
        if results_format := ox.QueryResultsFormat.from_media_type(media):
            return ox.parse_query_results(data, results_format)
        if rdf_format := ox.RdfFormat.from_media_type(media):
            return [quad.triple for quad in ox.parse(data, rdf_format)]
        raise StoreError(f"{self.url} answered in {media}, which is neither SPARQL results nor RDF")


def values_clause(bindings: Mapping[str, Term]) -> str:
    """The bindings as a trailing VALUES block, every term written by pyoxigraph in N-Triples syntax (escaped),
    never pasted as the user gave it."""
    if not bindings:
        return ""
    names = " ".join("?" + name for name in bindings)
    return f"\nVALUES ({names}) {{ ({' '.join(str(term) for term in bindings.values())}) }}\n"
