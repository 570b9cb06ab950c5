"""`kgraph serve`: Oxigraph's own SPARQL 1.1 server on the build's store, behind a result size limit.

Oxigraph (`oxigraph serve-read-only`, from the `oxigraph` package on PyPI) does the SPARQL 1.1
Protocol (GET and POST, JSON/XML/CSV/TSV results, Turtle/TriG/N-Triples for CONSTRUCT), YASGUI's
script and style, read-only mode and the query time limit. Oxigraph has no result size limit, so it
listens on a private loopback port and a small pass-through proxy on the public address refuses
responses larger than the limit instead of sending them. The proxy answers a few paths itself (`pages`:
the query page of `kgraph.querypage` at `/`) and forwards everything else.
"""

from __future__ import annotations

import http.client
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from kgraph.querypage import render_query_page

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "host", "content-length"}
MAX_REQUEST_BYTES = 10_000_000
LIMITED_PATHS = {"/query", "/sparql", "/store"}  # where Oxigraph answers with query results or graph dumps


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


def oxigraph_binary() -> str:
    """The `oxigraph` command installed beside this Python (the `oxigraph` wheel), else on PATH."""
    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if not found:
        raise ServeError("the `oxigraph` command is not installed: pip install oxigraph")
    return found


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def start_oxigraph(config: ServerConfig, port: int) -> subprocess.Popen[bytes]:
    """Oxigraph on 127.0.0.1:port, read-only unless configured writable; waits until it answers."""
    mode = "serve" if config.writable else "serve-read-only"
    command = [oxigraph_binary(), mode, "--location", str(config.store), "--bind", f"127.0.0.1:{port}"]
    command += ["--timeout-s", str(config.timeout_s)]  # the default graph is the merge a build keeps (kgraph.store)
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            error = process.stderr.read().decode("utf-8", "replace").strip() if process.stderr else ""
            raise ServeError(f"oxigraph stopped at start: {error or 'no message'}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return process
        except OSError:
            time.sleep(0.02)  # Oxigraph opens a store in milliseconds: `kgraph serve` answers at once
    process.terminate()
    raise ServeError("oxigraph did not start listening within 30 seconds")


class LimitingProxy(ThreadingHTTPServer):
    """Passes every request through to Oxigraph; answers 413 when a result exceeds `max_bytes`."""

    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        upstream_port: int,
        max_bytes: int,
        timeout_s: int,
        pages: dict[str, bytes] | None = None,
    ):
        super().__init__(address, _ProxyHandler)
        self.upstream_port = upstream_port
        self.max_bytes = max_bytes
        self.timeout_s = timeout_s
        self.pages = pages or {}  # path -> HTML the proxy serves itself


class _ProxyHandler(BaseHTTPRequestHandler):
    server: LimitingProxy
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._forward()

    def do_POST(self) -> None:  # noqa: N802
        self._forward()

    def do_PUT(self) -> None:  # noqa: N802
        self._forward()

    def do_DELETE(self) -> None:  # noqa: N802
        self._forward()

    def do_HEAD(self) -> None:  # noqa: N802
        self._forward()

    def _forward(self) -> None:
        page = self.server.pages.get(urlsplit(self.path).path)
        if page is not None and self.command in ("GET", "HEAD"):
            self._send(200, "text/html; charset=utf-8", page)
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_REQUEST_BYTES:
            self._refuse(413, f"request larger than {MAX_REQUEST_BYTES} bytes")
            return
        body = self.rfile.read(length) if length else None
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
        upstream = http.client.HTTPConnection("127.0.0.1", self.server.upstream_port, timeout=self.server.timeout_s + 5)
        try:
            upstream.request(self.command, self.path, body=body, headers=headers)
            response = upstream.getresponse()
            limited = urlsplit(self.path).path.rstrip("/") in LIMITED_PATHS  # results, not the query page
            data = response.read(self.server.max_bytes + 1) if limited else response.read()
        except TimeoutError:  # Oxigraph does not always stop a query at its own limit
            self._refuse(503, f"the query ran longer than this server's limit of {self.server.timeout_s} s")
            return
        except (OSError, http.client.HTTPException) as err:
            self._refuse(502, f"the SPARQL server did not answer: {err}")
            return
        finally:
            upstream.close()
        if limited and len(data) > self.server.max_bytes:
            self._refuse(
                413, f"the result is larger than this server's limit of {self.server.max_bytes} bytes; add a LIMIT"
            )
            return
        self.send_response(response.status, response.reason)
        for key, value in response.getheaders():
            if key.lower() not in HOP_BY_HOP:
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _refuse(self, status: int, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

    def _send(self, status: int, content_type: str, payload: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (signature of http.server)
        sys.stderr.write(f"{self.address_string()} {format % args}\n")


def start(config: ServerConfig) -> tuple[LimitingProxy, subprocess.Popen[bytes]]:
    """Oxigraph and the proxy in front of it, both listening; the caller serves and stops them."""
    if not config.store.is_dir() and not config.writable:
        raise ServeError(f"no Oxigraph store at {config.store}: run `kgraph build` first, or pick one with --store")
    pages = {path: render_query_page().encode("utf-8") for path in ("/", "/index.html")}
    upstream_port = free_port()
    process = start_oxigraph(config, upstream_port)
    try:
        proxy = LimitingProxy(
            (config.host, config.port), upstream_port, config.max_result_bytes, config.timeout_s, pages
        )
    except OSError as err:
        process.terminate()
        process.wait(10)
        raise ServeError(f"cannot listen on {config.host}:{config.port}: {err}") from err
    return proxy, process
