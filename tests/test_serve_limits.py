"""`kgraph serve` cannot be turned against its host: no outbound requests (SERVICE), no work left running
after the time limit, no threads growing under load, no listener but its own. A real server on the sample
build, real clients, and the server's processes read from the system (psutil)."""

from __future__ import annotations

import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil
import pytest
from test_serve import start_server, stop

from kgraph.query_worker import Request
from kgraph.serve import ServerConfig, WorkerPool

SLOW = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
QUICK = "SELECT ?s { ?s a ?type } LIMIT 3"


class Listener:
    """A TCP listener on 127.0.0.1 that records every connection it gets and answers like an empty endpoint."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.sock.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/sparql"
        self.received: list[bytes] = []
        self.running = True
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        body = b'{"head":{"vars":["x"]},"results":{"bindings":[]}}'
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(2)
                try:
                    self.received.append(conn.recv(65536))
                    conn.sendall(
                        b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                        + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
                        + body
                    )
                except OSError:
                    pass

    def close(self) -> None:
        self.running = False
        self.thread.join()
        self.sock.close()


@pytest.fixture
def listener():
    found = Listener()
    yield found
    found.close()


def get(url: str, query: str, timeout: float = 60) -> tuple[int, str]:
    request = urllib.request.Request(
        url + "/query?query=" + urllib.parse.quote(query), headers={"Accept": "application/sparql-results+json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8")


def post_form(url: str, query: str) -> tuple[int, str]:
    data = urllib.parse.urlencode({"query": query}).encode()
    try:
        with urllib.request.urlopen(url + "/query", data=data, timeout=60) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8")


def tree(pid: int) -> list[psutil.Process]:
    process = psutil.Process(pid)
    return [process, *process.children(recursive=True)]


def cpu_seconds(pid: int) -> float:
    total = 0.0
    for p in tree(pid):
        try:
            times = p.cpu_times()
            total += times.user + times.system
        except psutil.NoSuchProcess:
            pass
    return total


def threads(pid: int) -> int:
    return sum(p.num_threads() for p in tree(pid) if p.is_running())


def test_service_is_refused_and_the_listener_receives_nothing(sample_build, listener):
    disguises = [
        f"SELECT * {{ SERVICE <{listener.url}> {{ ?a ?b ?c }} }}",
        f"select * {{ service silent <{listener.url}> {{ ?a ?b ?c }} }}",
        f"SELECT * {{ \\u0053ERVICE <{listener.url}> {{ ?a ?b ?c }} }}",
        f"SELECT * {{ ?x ?y ?z FILTER(1<2)SERVICE#>\n<{listener.url}>{{ ?a ?b ?c }} }}",
        f"SELECT * {{ BIND(<{listener.url}> AS ?u) SERVICE ?u {{ ?a ?b ?c }} }}",
    ]
    process, url = start_server(sample_build.parent)
    try:
        for query in disguises:
            for send in (get, post_form):
                status, body = send(url, query)
                assert status == 400, (query, status, body)
                assert "--allow-service" in body
        assert get(url, QUICK)[0] == 200  # ordinary queries are answered
    finally:
        output = stop(process)
    assert "SERVICE and LOAD are refused" in output
    time.sleep(0.5)
    assert listener.received == []

    process, url = start_server(sample_build.parent, "--allow-service")  # the same query, allowed: it gets there
    try:
        status, body = get(url, disguises[0])
    finally:
        stop(process)
    assert status == 200, body
    assert listener.received and listener.received[0].startswith(b"POST /sparql")


def test_query_processes_have_no_network_whatever_the_check_lets_by(sample_build, listener):
    """The second guard: a SERVICE query handed straight to a query process reaches nothing."""
    pool = WorkerPool(ServerConfig(store=sample_build / "store", workers=1, timeout_s=20))
    try:
        if not pool.isolated:
            pytest.skip("this system gives processes no network namespace of their own")
        answer = pool.ask(Request("query", f"SELECT * {{ SERVICE <{listener.url}> {{ ?a ?b ?c }} }}"))
        assert answer.status == 500 and b"failed" in answer.body
        assert pool.ask(Request("query", QUICK)).status == 200
    finally:
        pool.close()
    time.sleep(0.5)
    assert listener.received == []


def test_a_query_over_the_time_limit_is_stopped_and_the_cpu_falls_back_to_idle(sample_build):
    limit = 2
    process, url = start_server(sample_build.parent, "--timeout", str(limit), "--workers", "2")
    try:
        started = time.monotonic()
        with ThreadPoolExecutor(2) as pool:  # two at once would pin both cores if they went on
            answers = list(pool.map(lambda _: get(url, SLOW), range(2)))
        took = time.monotonic() - started
        assert [status for status, _ in answers] == [503, 503]
        assert all(f"limit of {limit} s" in body for _, body in answers)
        assert took < limit + 1.5
        time.sleep(max(0.0, started + limit + 2 - 1 - time.monotonic()))  # by limit + 2 s: one second measured
        before = cpu_seconds(process.pid)
        time.sleep(1)
        busy = cpu_seconds(process.pid) - before
        assert busy < 0.15, f"the server used {busy:.2f} s of CPU in the second after the limit"
        assert get(url, QUICK)[0] == 200  # fresh processes answer
    finally:
        stop(process)


def test_twenty_clients_for_ten_seconds_keep_the_thread_count_bounded(sample_build):
    process, url = start_server(sample_build.parent, "--workers", "2", "--queue", "8", "--timeout", "3")
    statuses: list[int] = []
    samples: list[int] = []
    deadline = time.monotonic() + 10

    def client(number: int) -> None:
        while time.monotonic() < deadline:
            query = SLOW if number == 0 else QUICK  # one client keeps sending queries that hit the limit
            try:
                statuses.append(get(url, query, timeout=20)[0])
            except (urllib.error.URLError, ConnectionError) as err:
                statuses.append(-1)
                print(err)

    try:
        idle = threads(process.pid)
        clients = [threading.Thread(target=client, args=(n,)) for n in range(20)]
        for c in clients:
            c.start()
        while time.monotonic() < deadline:
            samples.append(threads(process.pid))
            time.sleep(0.25)
        for c in clients:
            c.join()
        after = threads(process.pid)
        processes = len(tree(process.pid))
    finally:
        stop(process)
    assert set(statuses) <= {200, 503}, sorted(set(statuses))
    assert statuses.count(200) > 100 and statuses.count(503) > 0
    # a query process replaced after the limit overlaps its successor a moment; nothing grows with the load
    assert max(samples) <= 2 * idle, (idle, samples)
    assert after <= idle + 2 and processes == 3, (idle, after)  # the server and its two query processes


def test_a_full_queue_is_answered_503_at_once(sample_build):
    process, url = start_server(sample_build.parent, "--workers", "1", "--queue", "1", "--timeout", "4")
    try:
        with ThreadPoolExecutor(12) as pool:
            started = time.monotonic()
            futures = [pool.submit(lambda: (get(url, SLOW), time.monotonic() - started)) for _ in range(12)]
            answers = [f.result() for f in futures]
    finally:
        stop(process)
    busy = [took for (status, body), took in answers if status == 503 and "too many requests" in body]
    assert busy and min(busy) < 1.0  # refused at once, not after waiting for the limit
    assert all(status == 503 for (status, _), _ in answers)


def test_the_server_is_the_only_listener(sample_build):
    process, url = start_server(sample_build.parent, "--workers", "2")
    try:
        port = int(url.rsplit(":", 1)[1])
        listening = set()
        for p in tree(process.pid):
            listening |= {c.laddr.port for c in p.net_connections(kind="inet") if c.status == psutil.CONN_LISTEN}
        assert listening == {port}
        assert len(tree(process.pid)) == 3
    finally:
        stop(process)


def test_the_query_page_and_its_scripts_need_no_other_server(sample_build):
    process, url = start_server(sample_build.parent)
    try:
        with urllib.request.urlopen(url + "/yasgui.min.css", timeout=30) as response:
            assert response.headers["Content-Type"].startswith("text/css") and len(response.read()) > 10_000
        page = urllib.request.urlopen(url + "/", timeout=30).read().decode("utf-8")
        assert "./yasgui.min.js" in page and "logo.svg" not in page
    finally:
        stop(process)
    assert Path(__file__).parent.parent.joinpath("kgraph", "static", "yasgui", "SOURCE.md").is_file()
