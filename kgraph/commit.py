"""One commit point per build, and a lock on the build folder.

A build renders every output file into a staging folder (OUT/.kgraph-ID/), then writes a journal
(OUT/.kgraph-commit.json: the build's id, its staging folder and whether it prunes). The journal is the
commit point. Then the store is brought up to date and the build's id recorded with it (an Oxigraph store
gets the file kgraph-build in its folder, written last; the graphs stay the articles' and the ontology's),
the files are moved into place (build.json, holding the id, last) and the journal removed.

A build killed before the journal leaves the old build everywhere, and a staging folder that the next
build removes. Killed after it, the next command that reads or writes the folder finishes the commit
before anything else: the store synced again from the staged graph.trig (a no-op for what was already
written), the id recorded, the files moved. So after any kill the next reader sees the old build or the
new one, never a mix.

The lock: a build holds an exclusive lock on OUT/.kgraph.lock from its start, so a second build fails at
once naming the first one's process; `kgraph serve` holds a shared one, so no build writes into a store
being served (Oxigraph's read-only processes must not see a store change under them).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kgraph.store import GRAPH_DIGEST, StoreKind, StoreSpec, SyncSummary, open_writer, sync

if TYPE_CHECKING:  # kgraph.rdf brings rdflib, which `kgraph query` starts without
    from kgraph.rdf import ArticleGraph

LOCK_FILE = ".kgraph.lock"
JOURNAL = ".kgraph-commit.json"
STAGING_PREFIX = ".kgraph-"
MANIFEST = "build.json"
STORE_QUADS = "store.nq"  # staged when the store gets more than graph.trig holds
BUILD_FILE = "kgraph-build"  # in an Oxigraph store's folder: the id of the build that last wrote it
PAUSE_AT = "KGRAPH_PAUSE_AT"  # tests: the build stops at this step (and waits to be killed)
JOURNAL_WAIT_S = 120  # how long a reader waits for a build that is committing


class FolderBusy(RuntimeError):
    """Another kgraph process holds the build folder; the message names it."""


@contextlib.contextmanager
def folder_lock(out: Path, holder: str, shared: bool = False) -> Iterator[None]:
    """Hold the build folder's lock: exclusive for a build, shared for `kgraph serve`. Fails at once when
    another process holds it in a way that excludes this one, naming that process."""
    out.mkdir(parents=True, exist_ok=True)
    fd = os.open(out / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            who = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "another kgraph process"
            raise FolderBusy(f"{out} is in use by {who}; wait for it to finish, or stop it") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{holder} (PID {os.getpid()})\n".encode(), 0)
        yield
    finally:
        os.close(fd)


def checkpoint(step: str) -> None:
    """Where the tests kill a build: with KGRAPH_PAUSE_AT=step the build says so and waits."""
    if os.environ.get(PAUSE_AT) == step:
        sys.stderr.write(f"kgraph: paused at {step}\n")
        sys.stderr.flush()
        time.sleep(3600)


def build_id(graph_digests: Iterable[tuple[str, str]], prune: bool) -> str:
    """The same articles give the same id: a digest of every article graph's digest, given as (IRI, digest)
    pairs in IRI order."""
    digest = hashlib.sha256(f"prune={prune}\n".encode())
    for iri, graph_digest in graph_digests:
        digest.update(f"{iri} {graph_digest}\n".encode())
    return digest.hexdigest()[:32]


@dataclass(frozen=True)
class Committed:
    build: str
    outputs: dict[str, Path]
    synced: SyncSummary | None


def commit(
    out: Path,
    ident: str,
    spec: StoreSpec,
    graphs: Callable[[], Iterable[ArticleGraph]],
    writers: dict[str, Callable[[Path], None]],
    prune: bool,
    store_graphs: Callable[[], Iterable[ArticleGraph]] | None = None,
    removed: Sequence[str] = (),
) -> Committed:
    """Stage the files of build `ident` (see build_id), pass the commit point, then switch the store and the
    files (the caller holds the lock).
    `graphs` gives the build's article graphs afresh at each call (they are read as they come, never held);
    each of `writers` writes its file to the path it is given. `store_graphs`: what the store gets when it
    is more than the build's graphs (earlier articles resolved again with these), staged too so that a
    commit can be finished from the staging folder alone. `removed`: files of earlier builds this one does not
    write and that would no longer describe the build (they go as the files are switched)."""
    to_store = store_graphs or graphs
    staging = out / f"{STAGING_PREFIX}{ident[:12]}-{os.getpid()}"
    staging.mkdir()
    for name, write in writers.items():
        write(staging / name)
        _sync_file(staging / name)
    if store_graphs is not None:
        with (staging / STORE_QUADS).open("wb") as f:
            ox.serialize((q for graph in store_graphs() for q in graph.quads), f, format=ox.RdfFormat.N_QUADS)
        _sync_file(staging / STORE_QUADS)
    manifest = {"build": ident, "files": sorted(writers)} | ({"removed": sorted(removed)} if removed else {})
    _write(staging / MANIFEST, json.dumps(manifest, indent=2) + "\n")
    checkpoint("staged")
    _write(out / (JOURNAL + ".new"), json.dumps({"build": ident, "staging": staging.name, "prune": prune}) + "\n")
    os.replace(out / (JOURNAL + ".new"), out / JOURNAL)  # the commit point
    _sync_folder(out)
    checkpoint("journal")
    synced = _switch(out, spec, ident, staging, to_store(), prune)
    return Committed(ident, {name: out / name for name in writers}, synced)


def _switch(
    out: Path, spec: StoreSpec, ident: str, staging: Path, graphs: Iterable[ArticleGraph] | None, prune: bool
) -> SyncSummary | None:
    """After the commit point: the store and its record of the build (unless `graphs` is None: done), the
    files, and the journal removed."""
    synced = None
    if spec.kind is not StoreKind.MEMORY and graphs is not None:
        with open_writer(spec) as target:
            synced = sync(target, graphs, prune=prune)
        checkpoint("store")
        if spec.kind is StoreKind.OXIGRAPH:
            _write(Path(spec.location) / (BUILD_FILE + ".new"), ident + "\n")
            os.replace(Path(spec.location) / (BUILD_FILE + ".new"), Path(spec.location) / BUILD_FILE)
        checkpoint("recorded")
    (staging / STORE_QUADS).unlink(missing_ok=True)
    if (staging / MANIFEST).is_file():  # not moved yet: the files this build removes are removed first
        for name in json.loads((staging / MANIFEST).read_text(encoding="utf-8")).get("removed", []):
            (out / name).unlink(missing_ok=True)
    names = sorted(p.name for p in staging.iterdir() if p.name != MANIFEST) + [MANIFEST]  # the manifest last
    for number, name in enumerate(names):
        if (staging / name).exists():
            os.replace(staging / name, out / name)
        if number == 0:
            checkpoint("moving")
    _sync_folder(out)
    (out / JOURNAL).unlink()
    shutil.rmtree(staging, ignore_errors=True)
    return synced


def recover(out: Path, spec: StoreSpec) -> str | None:
    """Finish a commit a killed build left, and remove staging folders no journal names; the caller holds the
    lock. Returns the id of the build it finished, if any."""
    finished = None
    journal = out / JOURNAL
    if journal.is_file():
        try:
            entry = json.loads(journal.read_text(encoding="utf-8"))
            staging = out / entry["staging"]
            trig = staging / "graph.trig"  # moved only once the store was done
            quads = staging / STORE_QUADS
            graphs = staged_graphs(quads if quads.is_file() else trig) if trig.is_file() else None
            _switch(out, spec, entry["build"], staging, graphs, entry["prune"])
            finished = entry["build"]
        except (ValueError, KeyError, TypeError):  # no journal was written whole: the commit point was not passed
            journal.unlink()
    (out / (JOURNAL + ".new")).unlink(missing_ok=True)
    for leftover in out.glob(STAGING_PREFIX + "*"):
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
    return finished


def recover_before_reading(out: Path, spec: StoreSpec) -> None:
    """What a command that reads a build does first: nothing, unless a commit is under way or was cut short.
    A build that is committing right now is waited for; a journal no process holds is finished here."""
    journal = out / JOURNAL
    deadline = time.monotonic() + JOURNAL_WAIT_S
    while journal.is_file() and time.monotonic() < deadline:
        try:
            with folder_lock(out, "kgraph (finishing a build that was stopped)"):
                recover(out, spec)
            return
        except FolderBusy:
            time.sleep(0.2)  # a build is committing: its files will be in place in a moment


def staged_graphs(path: Path) -> list[ArticleGraph]:
    """The article graphs of a staged graph.trig (or store.nq), as a build made them."""
    from kgraph.rdf import ArticleGraph

    by_graph: dict[str, list[ox.Quad]] = defaultdict(list)
    digests: dict[str, str] = {}
    fmt = ox.RdfFormat.N_QUADS if path.suffix == ".nq" else ox.RdfFormat.TRIG
    for quad in ox.parse(path=str(path), format=fmt):
        if isinstance(quad.graph_name, ox.NamedNode):
            by_graph[quad.graph_name.value].append(quad)
            if quad.predicate == GRAPH_DIGEST and quad.subject == quad.graph_name:
                digests[quad.graph_name.value] = quad.object.value
    return [ArticleGraph(iri, tuple(quads), digests.get(iri, "")) for iri, quads in sorted(by_graph.items())]


def store_build(store: Path) -> str | None:
    """The id of the build that last wrote an Oxigraph store folder."""
    try:
        return (store / BUILD_FILE).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None


def _write(path: Path, text: str) -> None:
    with path.open("w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())


def _sync_file(path: Path) -> None:
    with path.open("rb") as f:
        os.fsync(f.fileno())


def _sync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
