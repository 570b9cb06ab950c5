"""`kgraph serve`: a SPARQL 1.1 endpoint on a build's store that cannot be turned against its host.

- This process is the only one listening. Queries run in a fixed number of worker processes
  (kgraph.query_worker, pyoxigraph on the store), each answering one request at a time; they talk to
  this process over socket pairs, never a port.
- A query over the time limit is stopped by ending its process (a fresh one takes its place) and is
  answered 503: no work goes on after the answer.
- An answer is made in full before it is sent: a result over the size limit is a 413, never a 200 with
  a cut body.
- Requests are handled by a fixed number of threads, one request per connection; up to `queue` more
  connections wait, and any beyond that are answered 503 at once. So no load makes threads or processes
  grow.
- `SERVICE` (and `LOAD` in an update) would make the server fetch any URL for whoever can query it: they
  are refused unless started with `--allow-service`, and the worker processes run without a network
  where the system allows it (kgraph.sparql_check, kgraph.query_worker).

The endpoint speaks the SPARQL 1.1 Protocol (queries by GET or POST at /query; updates at /update when
writable) and the Graph Store HTTP Protocol at /store, and serves the query page of kgraph.querypage at /
with YASGUI's script and style from kgraph/static/yasgui.
"""

from __future__ import annotations

import contextlib
import queue
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from importlib.resources import files
from multiprocessing.connection import Connection
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from kgraph.query_worker import Answer, Request
from kgraph.querypage import render_query_page
from kgraph.sparql_check import outbound_operations

MAX_REQUEST_BYTES = 10_000_000
READ_TIMEOUT_S = 10  # a client that sends its request slower than this is dropped
WORKER_START_S = 30


class ServeError(RuntimeError):
    """The endpoint cannot start; the message says why."""


@dataclass(frozen=True)
class ServerConfig:
    store: Path
    host: str = "127.0.0.1"
    port: int = 7878
    timeout_s: int = 30
    max_result_bytes: int = 10_000_000
    writable: bool = False
    allow_service: bool = False
    workers: int = 2  # query processes (one when writable: one process may write the store)
    queue: int = 32  # connections that may wait for a thread

    @property
    def processes(self) -> int:
        return 1 if self.writable else self.workers

    @property
    def threads(self) -> int:
        return 2 * self.processes + 2  # those waiting for a process, and some for the page and the refusals


class _Worker:
    """One query process and this end of its socket pair."""

    def __init__(self, config: ServerConfig):
        ours, theirs = socket.socketpair()
        command = [
            sys.executable,
            "-m",
            "kgraph.query_worker",
            str(theirs.fileno()),
            str(config.store),
            "1" if config.writable else "0",
            "0" if config.allow_service else "1",
            str(config.max_result_bytes),
        ]
        self.process = subprocess.Popen(command, pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL)
        theirs.close()
        self.conn = Connection(ours.detach())
        self.isolated = False

    def wait_ready(self, config: ServerConfig) -> None:
        """Wait until the process has opened the store (it started in __init__, so several start at once)."""
        if not self.conn.poll(WORKER_START_S):
            self.stop()
            raise ServeError(f"a query process did not start within {WORKER_START_S} s")
        try:
            state, detail = self.conn.recv()
        except EOFError:
            state, detail = "failed", "it stopped at start"
        if state != "ready":
            self.stop()
            raise ServeError(f"cannot open the store {config.store}: {detail}")
        self.isolated = bool(detail)

    def stop(self) -> None:
        """End the process now, whatever it is doing."""
        self.process.kill()
        self.process.wait()
        self.conn.close()


class WorkerPool:
    """A fixed number of query processes. A request waits for a free one at most the time limit; one that
    runs over the limit has its process ended and replaced."""

    def __init__(self, config: ServerConfig, wait: bool = True):
        self.config = config
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.workers: list[_Worker] = []
        self.lock = threading.Lock()
        self.starting = [_Worker(config) for _ in range(config.processes)]  # they start side by side
        if wait:
            self.wait_ready()

    def wait_ready(self) -> None:
        """Wait for the processes started with the pool; a ServeError (and none left running) if one fails."""
        try:
            for worker in self.starting:
                worker.wait_ready(self.config)
                self._add(worker)
        except ServeError:
            self.close()
            raise
        self.starting = []

    @property
    def isolated(self) -> bool:
        return all(w.isolated for w in self.workers)

    def _add(self, worker: _Worker) -> None:
        with self.lock:
            self.workers.append(worker)
        self.idle.put(worker)

    def _drop(self, worker: _Worker) -> None:
        worker.stop()
        with self.lock:
            self.workers.remove(worker)
        try:
            worker = _Worker(self.config)
            worker.wait_ready(self.config)
            self._add(worker)
        except ServeError as err:
            sys.stderr.write(f"kgraph serve: a query process could not be replaced: {err}\n")

    def ask(self, request: Request) -> Answer:
        limit = self.config.timeout_s
        started = time.monotonic()
        try:
            worker = self.idle.get(timeout=limit)
        except queue.Empty:
            return _plain(503, f"the server is busy: no query process was free within {limit} s; try again")
        try:
            worker.conn.send(request)
            if worker.conn.poll(max(0.1, limit - (time.monotonic() - started))):
                answer = worker.conn.recv()
                self.idle.put(worker)
                return answer
        except (EOFError, OSError):
            self._drop(worker)
            return _plain(500, "the query process stopped while answering (out of memory?); it was restarted")
        self._drop(worker)  # the query is stopped with its process
        return _plain(503, f"the query ran longer than this server's limit of {limit} s and was stopped")

    def close(self) -> None:
        with self.lock:
            workers, self.workers = list(self.workers), []
        starting, self.starting = self.starting, []
        for worker in {*workers, *starting}:
            worker.stop()


class BoundedServer(HTTPServer):
    """An HTTP server with a fixed number of handler threads and a bounded queue of waiting connections;
    a connection that finds the queue full is answered 503 at once."""

    daemon_threads = True
    request_queue_size = 64  # the listening socket's backlog, while the accepting thread refuses the excess

    def __init__(self, config: ServerConfig, pool: WorkerPool, pages: dict[str, tuple[str, bytes]]):
        super().__init__((config.host, config.port), _Handler)
        self.config, self.pool, self.pages = config, pool, pages
        self.pending: queue.Queue[tuple[socket.socket, tuple] | None] = queue.Queue(config.queue)
        self.handlers = [threading.Thread(target=self._handle_forever, daemon=True) for _ in range(config.threads)]
        for thread in self.handlers:
            thread.start()

    def process_request(self, request, client_address) -> None:  # noqa: ANN001 (socketserver's signature)
        try:
            self.pending.put_nowait((request, client_address))
        except queue.Full:
            _refuse_busy(request)
            self.shutdown_request(request)

    def _handle_forever(self) -> None:
        while (item := self.pending.get()) is not None:
            request, client_address = item
            try:
                self.finish_request(request, client_address)
            except Exception:  # noqa: BLE001 (one connection's error is logged, the thread goes on)
                self.handle_error(request, client_address)
            finally:
                self.shutdown_request(request)

    def server_close(self) -> None:
        super().server_close()
        for _ in self.handlers:
            with contextlib.suppress(queue.Full):
                self.pending.put_nowait(None)


def _refuse_busy(request: socket.socket) -> None:
    body = b"the server is busy: too many requests are waiting; try again\n"
    head = (
        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nRetry-After: 1\r\n"
        f"Connection: close\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    with contextlib.suppress(OSError):
        request.settimeout(0.5)
        request.sendall(head.encode("ascii") + body)
        request.shutdown(socket.SHUT_WR)
        request.settimeout(0.05)
        request.recv(65536)  # what the client sent, so that closing does not reset the connection


class _Handler(BaseHTTPRequestHandler):
    server: BoundedServer
    protocol_version = "HTTP/1.1"
    timeout = READ_TIMEOUT_S

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._route()

    def do_HEAD(self) -> None:  # noqa: N802
        self._route()

    def do_POST(self) -> None:  # noqa: N802
        self._route()

    def do_PUT(self) -> None:  # noqa: N802
        self._route()

    def do_DELETE(self) -> None:  # noqa: N802
        self._route()

    def _route(self) -> None:
        self.close_connection = True  # one request a connection: no idle client holds a thread
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        try:
            body = self._body()
            if url.path in self.server.pages and self.command in ("GET", "HEAD"):
                self._send(Answer(200, *self.server.pages[url.path], {"Cache-Control": "no-cache"}))
            elif url.path == "/query" and self.command in ("GET", "POST"):
                self._send(self._sparql("query", params, body))
            elif url.path == "/update" and self.command == "POST":
                self._send(self._sparql("update", params, body))
            elif url.path == "/store":
                self._send(self._graph_store(params, body))
            else:
                self._send(_plain(404 if self.command in ("GET", "HEAD") else 405, f"no {self.command} {url.path}"))
        except _Refused as refusal:
            self._send(refusal.answer)

    def _body(self) -> bytes:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError as err:
            raise _Refused(400, "Content-Length is not a number") from err
        if length > MAX_REQUEST_BYTES:
            raise _Refused(413, f"request larger than {MAX_REQUEST_BYTES} bytes")
        return self.rfile.read(length) if length > 0 else b""

    def _sparql(self, operation: str, params: dict[str, list[str]], body: bytes) -> Answer:
        """A query or an update from the URL, a form, or the body (SPARQL 1.1 Protocol)."""
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if self.command == "POST" and content_type == "application/x-www-form-urlencoded":
            params = {**params, **parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)}
        elif self.command == "POST" and content_type in ("application/sparql-query", "application/sparql-update"):
            params = {**params, operation: [body.decode("utf-8", "replace")]}
        elif self.command == "POST":
            raise _Refused(415, f"send the {operation} as a form or as application/sparql-{operation}")
        text = (params.get(operation) or [""])[0]
        if not text.strip():
            raise _Refused(400, f"no {operation}: pass it as the '{operation}' parameter")
        if operation == "update" and not self.server.config.writable:
            raise _Refused(403, "this endpoint is read-only (start kgraph serve with --writable to accept updates)")
        self._check_outbound(text)
        request = Request(
            operation,
            text,
            accept=self.headers.get("Accept") or "*/*",
            default_graphs=tuple(params.get("default-graph-uri", [])),
            named_graphs=tuple(params.get("named-graph-uri", [])),
        )
        return self.server.pool.ask(request)

    def _check_outbound(self, text: str) -> None:
        if self.server.config.allow_service:
            return
        if found := outbound_operations(text):
            raise _Refused(
                400,
                f"{' and '.join(found)} would make this server send requests to other addresses, which it refuses: "
                "start kgraph serve with --allow-service to allow them",
            )

    def _graph_store(self, params: dict[str, list[str]], body: bytes) -> Answer:
        """Graph Store HTTP Protocol: ?graph=IRI or ?default; a GET of neither gives the whole dataset."""
        operation = {"GET": "get", "HEAD": "get", "PUT": "put", "POST": "post", "DELETE": "delete"}[self.command]
        if operation != "get" and not self.server.config.writable:
            raise _Refused(403, "this endpoint is read-only (start kgraph serve with --writable to accept writes)")
        graph = (params.get("graph") or [None])[0]
        if graph is None and "default" in params:
            graph = ""
        if graph is None and operation != "get":
            raise _Refused(400, "name the graph: ?graph=IRI, or ?default")
        request = Request(
            operation,
            body.decode("utf-8", "replace"),
            accept=self.headers.get("Accept") or "*/*",
            content_type=self.headers.get("Content-Type") or "",
            graph=graph,
        )
        return self.server.pool.ask(request)

    def _send(self, answer: Answer) -> None:
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        self.send_header("Connection", "close")
        for key, value in answer.headers.items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (signature of http.server)
        sys.stderr.write(f"{self.address_string()} {format % args}\n")


class _Refused(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.answer = _plain(status, message)


def _plain(status: int, message: str) -> Answer:
    return Answer(status, body=(message + "\n").encode("utf-8"))


def static_pages() -> dict[str, tuple[str, bytes]]:
    """Path -> (content type, bytes) of what the server answers itself: the query page and YASGUI."""
    page = render_query_page().encode("utf-8")
    assets = files("kgraph") / "static" / "yasgui"
    return {
        "/": ("text/html; charset=utf-8", page),
        "/index.html": ("text/html; charset=utf-8", page),
        "/yasgui.min.js": ("application/javascript; charset=utf-8", (assets / "yasgui.min.js").read_bytes()),
        "/yasgui.min.css": ("text/css; charset=utf-8", (assets / "yasgui.min.css").read_bytes()),
    }


def start(config: ServerConfig) -> BoundedServer:
    """The query processes and the server in front of them, listening; the caller serves and closes them
    (`close`)."""
    if not config.store.is_dir() and not config.writable:
        raise ServeError(f"no Oxigraph store at {config.store}: run `kgraph build` first, or pick one with --store")
    pool = WorkerPool(config, wait=False)  # the query processes start ...
    try:
        pages = static_pages()  # ... while the page is made
        pool.wait_ready()
    except BaseException:
        pool.close()
        raise
    try:
        return BoundedServer(config, pool, pages)
    except OSError as err:
        pool.close()
        raise ServeError(f"cannot listen on {config.host}:{config.port}: {err}") from err


def close(server: BoundedServer) -> None:
    server.server_close()
    server.pool.close()
