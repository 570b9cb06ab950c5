"""Loading rates of the stores a build writes, in triples per second, all in the same run.

    python -m benchmarks.server_load [--trig output/graph.trig] [--copies 10]

The article graphs of a build's graph.trig (default: output/, what `kgraph build` writes), copied
--copies times under other article IRIs so the load is large enough to time, are written:

- into an empty Oxigraph folder with pyoxigraph's bulk loader (the baseline);
- into a real `oxigraph serve` through its SPARQL 1.1 Graph Store Protocol, as `kgraph build --store URL`
  writes it (kgraph.remote_store: N-Quads in batches of about 50,000 triples);
- into another `oxigraph serve` with SPARQL Update, as `--graph-store none` writes it.

Prints triples/s and each rate against the bulk loader's.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from kgraph.remote_store import GraphStoreWriter
from kgraph.store import EndpointWriter, StoreKind, StoreSpec

OXIGRAPH = str(Path(sys.executable).parent / "oxigraph")


def graphs(trig: Path, copies: int) -> dict[str, list[ox.Quad]]:
    """The article graphs of graph.trig, `copies` times, each copy under its own graph IRIs."""
    found: dict[str, list[ox.Quad]] = {}
    for quad in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG):
        if isinstance(quad.graph_name, ox.NamedNode):
            for copy in range(copies):
                name = ox.NamedNode(f"{quad.graph_name.value}-copy{copy}")
                found.setdefault(name.value, []).append(ox.Quad(quad.subject, quad.predicate, quad.object, name))
    return found


@contextlib.contextmanager
def server(folder: Path) -> Iterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        [OXIGRAPH, "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
            time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(30)


def bulk_load(found: dict[str, list[ox.Quad]], folder: Path) -> None:
    store = ox.Store(str(folder))
    store.bulk_extend(q for g in found.values() for q in g)
    store.flush()


def timed(label: str, triples: int, run, baseline: float | None = None) -> float:
    start = time.perf_counter()
    run()
    seconds = time.perf_counter() - start
    against = f"  {baseline / seconds:5.2f} of the bulk loader's rate" if baseline else ""
    print(f"  {label:<44} {seconds:7.2f} s {triples / seconds:10.0f} triples/s{against}", flush=True)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trig", type=Path, default=Path("output/graph.trig"))
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args()
    found = graphs(args.trig, args.copies)
    triples = sum(len(g) for g in found.values())
    print(f"{len(found)} article graphs, {triples} triples; load {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="kgraph-load-") as tmp:
        root = Path(tmp)
        bulk = timed("pyoxigraph bulk loader (Oxigraph folder)", triples, lambda: bulk_load(found, root / "bulk"))
        with server(root / "gsp") as url:
            writer = GraphStoreWriter(StoreSpec(StoreKind.SPARQL, url + "/query", url + "/update"), url + "/store")
            writer.digests()
            timed("oxigraph serve, Graph Store Protocol (kgraph)", triples, lambda: writer.write(found), bulk)
        with server(root / "update") as url:
            updater = EndpointWriter(StoreSpec(StoreKind.SPARQL, url + "/query", url + "/update"))
            timed("oxigraph serve, SPARQL Update (kgraph)", triples, lambda: updater.write(found), bulk)
    print(f"load {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
