"""Where a build's parallel work runs: in this process, or on a Dask cluster (dask.distributed).

Two kinds of task run in parallel: extracting a shard of the inputs (reading, spaCy and extraction), and
writing the RDF of a batch of resolved articles. A task carries a shard (file paths or feed lines) or
encoded extractions, never spaCy objects, and its result comes back as plain dataclasses holding the
encoded extractions or compressed N-Quads and TriG (kgraph.work), which the process that runs the build keeps on
disk.

With one worker and no scheduler the tasks run here, one after another. With `--workers N` a local Dask
cluster of N single-threaded worker processes is started for the build and stopped after it; with
`--scheduler tcp://HOST:8786` the build runs on the workers of an existing cluster. Every worker loads the
spaCy pipeline once, when the build registers its worker plugin, and checks that it runs the same kgraph
(code and data) as the build: a cluster of another kgraph would give another graph. At most a few tasks a
worker are in flight, so the build's own memory does not grow with the corpus.
"""

from __future__ import annotations

import gc
import logging
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING, Any, Protocol

from kgraph.model import EventRef, KnowledgeGraph, Modality, Note, Skipped
from kgraph.rdf import article_graph, trig_block
from kgraph.resolve.index import decode, encode
from kgraph.shards import Shard, read_shard
from kgraph.work import Extracted, Rendered, ShardResult, code_digest, compress_quads

if TYPE_CHECKING:
    from spacy.language import Language

    from kgraph.resolve import Resolution

IN_FLIGHT_PER_WORKER = 3  # tasks submitted ahead per worker: enough to keep it busy, few enough to stay small
# Dask keeps the last messages a client or scheduler sent, for its developers (1,000 batches by default), and
# with them every task's pickled arguments (a shard's feed lines, a batch's extractions): the build's memory
# would grow with its corpus. A build keeps none.
DEVELOPER_LOG_LENGTH = 0
CONNECT_TIMEOUT_S = 30
# Dask starts its local workers with a fixed malloc trim threshold, which also turns off glibc's adaptive mmap
# threshold: every large array the parser and its layers make and drop is then mapped and unmapped anew
# (measured, 1,200 articles on 2 workers: 7.9 s of system time, 1.8 s with glibc's own thresholds). A build's
# workers keep glibc's defaults; their memory still peaks where one task's does.
DASK_SETTINGS = {
    "distributed.admin.low-level-log-length": DEVELOPER_LOG_LENGTH,
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
}


class ClusterError(RuntimeError):
    """The Dask cluster cannot be reached or started, or runs another kgraph; the message says which."""


class Engine(Protocol):
    workers: int

    def map(self, task: Callable, items: Iterable, *args: Any) -> Iterator:
        """task(item, *args) for every item, results as they come (in any order)."""
        ...


class InProcess:
    """The tasks run in this process, in order."""

    workers = 1

    def map(self, task: Callable, items: Iterable, *args: Any) -> Iterator:
        return (task(item, *args) for item in items)


class Dask:
    """The tasks run on a Dask cluster's workers, a few per worker in flight; `args` go to each worker once."""

    def __init__(self, client: Any):
        self.client = client
        self.workers = max(1, len(client.scheduler_info()["workers"]))

    def map(self, task: Callable, items: Iterable, *args: Any) -> Iterator:
        from distributed import as_completed

        shared = [self.client.scatter(arg, broadcast=True, hash=False) for arg in args]
        pending = as_completed()
        items = iter(items)

        def submit(item: Any) -> None:
            pending.add(self.client.submit(task, item, *shared, pure=False))

        for item in islice(items, self.workers * IN_FLIGHT_PER_WORKER):
            submit(item)
        for future in pending:
            result = future.result()  # a task's error is raised here, by its own type
            future.release()
            if (item := next(items, None)) is not None:
                submit(item)
            yield result
        for future in shared:
            future.release()


@contextmanager
def engine(workers: int, scheduler: str | None, model: str) -> Iterator[Engine]:
    """Where the build's tasks run: here (one worker, no scheduler), a local Dask cluster of `workers`
    processes, or the cluster whose scheduler is at `scheduler`; each Dask worker loads `model` once."""
    if scheduler is None and workers <= 1:
        yield InProcess()
        return
    import dask

    with dask.config.set(DASK_SETTINGS), _dask_engine(workers, scheduler, model) as run:
        yield run


@contextmanager
def _dask_engine(workers: int, scheduler: str | None, model: str) -> Iterator[Engine]:
    from distributed import Client, LocalCluster

    from kgraph.worker_plugin import SpacyPipeline

    cluster = None
    try:
        if scheduler is None:
            cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                # the scheduler's HTTP server (health, metrics) on a free local port: no warning beside another cluster
                dashboard_address="127.0.0.1:0",
                silence_logs=logging.ERROR,
            )
            client = Client(cluster)
        else:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT_S)
            client.wait_for_workers(1, timeout=CONNECT_TIMEOUT_S)
    except (OSError, TimeoutError) as err:
        where = f"the Dask scheduler at {scheduler}" if scheduler else "a local Dask cluster"
        raise ClusterError(f"cannot use {where}: {err}") from err
    try:
        try:
            client.register_plugin(SpacyPipeline(model, code_digest()))
        except Exception as err:  # a worker's own error (another kgraph, a missing model) comes back as raised
            raise ClusterError(f"the Dask workers cannot run this build: {err}") from err
        yield Dask(client)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


@cache
def pipeline(model: str) -> Language:
    """The spaCy pipeline with kgraph's components, loaded once per process. It lives as long as the process,
    as does all loaded before it (modules, the lexicon, the gazetteer): frozen out of the garbage collector's
    way, which would otherwise walk it over and over while articles are parsed."""
    from kgraph.nlp import load_pipeline

    nlp = load_pipeline(model)
    gc.collect()
    gc.freeze()
    return nlp


# --- the tasks ----------------------------------------------------------------------------------------


def extract_shard(shard: Shard, model: str, batch_size: int) -> ShardResult:
    """Read a shard's articles and extract them; the extractions come back encoded (resolve/index.py). An
    article that spaCy or extraction fails on is reported, as one that cannot be read."""
    from kgraph.parse import parse_and_extract

    read = read_shard(shard)
    documents = [r.document for r in read.articles]
    skipped = list(read.skipped)
    notes = [Note(d.source, f"read as {d.encoding}, not UTF-8") for d in documents if d.encoding != "utf-8"]
    extracted = []
    for r, ex in zip(read.articles, parse_and_extract(pipeline(model), documents, batch_size), strict=True):
        if isinstance(ex, Skipped):
            skipped.append(ex)
            continue
        extracted.append(Extracted(r.document.id, r.qualified, r.document.source, encode(ex)))
        notes += [Note(ex.document.source, note) for note in ex.notes]
    return ShardResult(shard.number, shard.fingerprint, tuple(extracted), tuple(skipped), tuple(notes))


@dataclass
class RenderedBatch:
    """A batch of articles' graphs, and what the build's summary counts of this build's articles: the entities
    they name (with their countries), the entities their graphs describe, their stated events' ends."""

    graphs: list[Rendered] = field(default_factory=list)
    named: set[str] = field(default_factory=set)
    described: set[str] = field(default_factory=set)
    events: dict[str, tuple[str, str]] = field(default_factory=dict)


def render_articles(batch: list[tuple[bool, bytes]], resolution: Resolution) -> RenderedBatch:
    """Resolve each article of the batch (encoded extractions, each marked as this build's or an earlier one's)
    with the corpus's resolution and write its RDF graph."""
    kg = KnowledgeGraph(entities=resolution.entities, articles=[])
    found = RenderedBatch()
    for built, blob in batch:
        extraction = decode(blob)
        if extraction is None:
            continue
        article = resolution.article(extraction)
        graph = article_graph(kg, article)
        trig = zlib.compress(trig_block(graph.quads), 6)
        found.graphs.append(Rendered(graph.iri, built, graph.digest, compress_quads(graph.quads), trig))
        if built:
            named = {*article.entity_of.values(), *(e for pair in article.participants.values() for e in pair)}
            mentioned = set(article.entity_of.values())
            found.named |= named | {c for e in named if (c := kg.entities[e].country)}
            found.described |= mentioned | {c for e in mentioned if (c := kg.entities[e].country)}
            found.events.update(_stated(article.events.values()))
    return found


def _stated(events: Iterable[EventRef]) -> dict[str, tuple[str, str]]:
    return {e.id: (e.agent, e.target) for e in events if e.modality is not Modality.NEGATED}
