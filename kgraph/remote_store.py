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
from collections.abc import Sequence

import pyoxigraph as ox

from kgraph.store import BATCH_TRIPLES, EndpointWriter, Graphs, StoreError, StoreSpec

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
