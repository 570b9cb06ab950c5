"""The process that answers SPARQL for `kgraph serve`: one request at a time, on the store, with pyoxigraph.

`kgraph serve` keeps a fixed number of these and ends one whose query runs over the time limit, so that
no work goes on after the answer (a thread cannot be stopped, a process can). A request's answer is made
in full before it is sent back: a result over the size limit is an error, never a cut body. Unless the
server allows SERVICE, the process first leaves the host's network (a network namespace of its own, where
Linux lets it), so a query cannot reach any address whatever the check in kgraph.sparql_check lets by.

It runs as `python -m kgraph.query_worker FD STORE WRITABLE ISOLATE MAX_BYTES`, talking over the socket FD
(multiprocessing's Connection framing), and imports only pyoxigraph, so that a new one starts at once.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from dataclasses import dataclass, field
from multiprocessing.connection import Connection

import pyoxigraph as ox

CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000
RESULT_TYPES = [
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
]
GRAPH_TYPES = ["text/turtle", "application/n-triples", "application/trig", "application/n-quads", "application/rdf+xml"]
DATASET_TYPES = ["application/trig", "application/n-quads"]


@dataclass(frozen=True)
class Request:
    """What the HTTP side asks: a query or update, or a Graph Store Protocol operation on one graph."""

    operation: str  # "query", "update", "get", "put", "post", "delete"
    text: str = ""  # the query or update; for put/post, the data
    accept: str = "*/*"
    content_type: str = ""  # of the data of a put or post
    graph: str | None = None  # Graph Store operations: the graph's IRI, "" for the default graph, None for all
    default_graphs: tuple[str, ...] = ()  # SPARQL protocol default-graph-uri / named-graph-uri
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answer:
    status: int
    content_type: str = "text/plain; charset=utf-8"
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


class TooLarge(Exception):
    """The result passed the size limit while it was being written."""


class _Limited:
    """A file-like buffer that refuses to grow past `limit` bytes."""

    def __init__(self, limit: int):
        self.limit, self.parts, self.size = limit, [], 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise TooLarge
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def getvalue(self) -> bytes:
        return b"".join(self.parts)


def leave_network() -> bool:
    """Move this process into a network namespace of its own (only a loopback, down): no request it makes
    can reach anything. False where the system does not allow it (not Linux, or no namespaces)."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name or not hasattr(os, "getuid"):
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    unshare = getattr(libc, "unshare", None)
    if unshare is None:
        return False
    flags = CLONE_NEWNET if os.getuid() == 0 else CLONE_NEWUSER | CLONE_NEWNET
    return unshare(flags) == 0


def run(conn: Connection, store_path: str, writable: bool, isolate: bool, max_bytes: int) -> None:
    """Answer requests from `conn` until it closes; reports first whether the network was left. The network
    is left before the store is opened, while this process has one thread (as a new user namespace needs)."""
    isolated = leave_network() if isolate else False
    try:
        store = ox.Store(store_path) if writable else ox.Store.read_only(store_path)
    except OSError as err:
        conn.send(("failed", str(err)))
        return
    conn.send(("ready", isolated))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply = answer(store, request, max_bytes)
        except Exception as err:  # noqa: BLE001 (the process answers the next request all the same)
            reply = _error(500, f"the request failed: {type(err).__name__}: {err}")
        conn.send(reply)


def answer(store: ox.Store, request: Request, max_bytes: int) -> Answer:
    """The full answer to one request; errors become 4xx/5xx answers with a message."""
    try:
        if request.operation == "query":
            return _query(store, request, max_bytes)
        if request.operation == "update":
            store.update(request.text)
            return Answer(204)
        return _graph_store(store, request, max_bytes)
    except TooLarge:
        return _error(413, f"the result is larger than this server's limit of {max_bytes} bytes; add a LIMIT")
    except SyntaxError as err:
        return _error(400, f"the request cannot be parsed: {err}")
    except (ValueError, LookupError) as err:
        return _error(400, str(err))
    except (OSError, RuntimeError) as err:
        return _error(500, f"the query failed: {err}")


def _query(store: ox.Store, request: Request, max_bytes: int) -> Answer:
    options = {}
    if request.default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in request.default_graphs]
    if request.named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in request.named_graphs]
    result = store.query(request.text, **options)
    buffer = _Limited(max_bytes)
    if isinstance(result, ox.QueryTriples):
        media = negotiate(request.accept, GRAPH_TYPES)
        if media is None:
            return _error(406, f"CONSTRUCT and DESCRIBE results are given as {', '.join(GRAPH_TYPES)}")
        rdf_format = ox.RdfFormat.from_media_type(media)
        ox.serialize(result, buffer, rdf_format)
        return Answer(200, _with_charset(rdf_format.media_type), buffer.getvalue())
    media = negotiate(request.accept, RESULT_TYPES, aliases={"application/json": RESULT_TYPES[0]})
    if media is None:
        return _error(406, f"SELECT and ASK results are given as {', '.join(RESULT_TYPES)}")
    results_format = ox.QueryResultsFormat.from_media_type(media)
    result.serialize(buffer, results_format)
    return Answer(200, _with_charset(results_format.media_type), buffer.getvalue())


def _graph_store(store: ox.Store, request: Request, max_bytes: int) -> Answer:
    """SPARQL 1.1 Graph Store HTTP Protocol on one graph (GET of no graph: the whole dataset)."""
    if request.operation == "get":
        buffer = _Limited(max_bytes)
        offered = DATASET_TYPES if request.graph is None else GRAPH_TYPES[:2] + GRAPH_TYPES[4:]
        media = negotiate(request.accept, offered)
        if media is None:
            return _error(406, f"this is given as {', '.join(offered)}")
        fmt = ox.RdfFormat.from_media_type(media)
        if request.graph is None:
            store.dump(buffer, fmt)
        else:
            store.dump(buffer, fmt, from_graph=_graph(request.graph))
        return Answer(200, _with_charset(fmt.media_type), buffer.getvalue())
    graph = _graph(request.graph or "")
    if request.operation == "delete":
        if request.graph and not store.contains_named_graph(graph):
            return _error(404, f"no graph {request.graph}")
        if request.graph:
            store.remove_graph(graph)
        else:
            store.clear_graph(graph)
        return Answer(204)
    fmt = ox.RdfFormat.from_media_type(request.content_type.split(";")[0].strip())
    if fmt is None:
        return _error(415, f"data must be one of {', '.join(GRAPH_TYPES)}")
    if request.operation == "put":
        store.clear_graph(graph)
    store.load(request.text.encode("utf-8"), fmt, to_graph=graph)
    return Answer(204)


def _graph(name: str) -> ox.NamedNode | ox.DefaultGraph:
    return ox.NamedNode(name) if name else ox.DefaultGraph()


def negotiate(accept: str, offered: list[str], aliases: dict[str, str] | None = None) -> str | None:
    """The offered media type the Accept header prefers (the first offered for */* or no header)."""
    ranges = []
    for position, part in enumerate((accept or "*/*").split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        quality = next((_quality(p[2:]) for p in params if p.startswith("q=")), 1.0)
        ranges.append((-quality, position, (aliases or {}).get(media.lower(), media.lower())))
    for quality, _, media in sorted(ranges):
        if quality == 0:
            break
        if media in ("*/*", "application/*", "text/*"):
            return next((o for o in offered if media == "*/*" or o.startswith(media[:-1])), None)
        if media in offered:
            return media
    return None


def _quality(value: str) -> float:
    try:
        return float(value)
    except ValueError:
        return 0.0


def _with_charset(media_type: str) -> str:
    return media_type + ("; charset=utf-8" if media_type.startswith("text/") else "")


def _error(status: int, message: str) -> Answer:
    return Answer(status, body=(message + "\n").encode("utf-8"))


def main(argv: list[str]) -> None:
    fd, store_path, writable, isolate, max_bytes = argv
    run(Connection(int(fd)), store_path, writable == "1", isolate == "1", int(max_bytes))


if __name__ == "__main__":  # run as kgraph.query_worker, so that what it sends back unpickles as kgraph's classes
    from kgraph import query_worker

    query_worker.main(sys.argv[1:6])
