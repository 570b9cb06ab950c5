"""The build: inputs in shards -> read, nlp, extract (in parallel) -> resolve -> RDF (in parallel) -> outputs.

The phases, each bounded in memory whatever the corpus's size:

1. the inputs are walked lazily and cut into shards (kgraph.shards); each shard is read and extracted by a
   worker (kgraph.distributed: this process, a local Dask cluster or an existing one), and what it gave is
   kept in the build's work folder (kgraph.work), so a build cut short resumes with the shards not done;
2. the articles are resolved against every article the store holds (its resolution index), in passes over
   the work folder and the index (kgraph.resolve.Resolution);
3. each article's RDF graph is written by the workers, in batches;
4. the files are staged (graph.trig joined from the workers' blocks, and the analyses), and the store and the files are
   switched together at the build's one commit point (kgraph.commit).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from itertools import islice
from pathlib import Path

from kgraph.commit import LOCK_FILE, build_id, checkpoint, commit, folder_lock, recover
from kgraph.distributed import ClusterError, Engine, RenderedBatch, engine, extract_shard, render_articles
from kgraph.gazetteer import gazetteer
from kgraph.lexicon import lexicon
from kgraph.model import Extraction, Note, Skipped
from kgraph.rdf import ArticleGraph, to_trig_file_from_blocks
from kgraph.relations import relations
from kgraph.resolve import CorrectionsError, Resolution, load_corrections
from kgraph.resolve.corrections import NONE
from kgraph.resolve.index import INDEX_FILE, ResolutionIndexError, decode
from kgraph.shards import SHARD_SIZE, plan
from kgraph.spacy_model import BATCH_SIZE, DEFAULT_MODEL, require_model
from kgraph.store import StoreKind, StoreSpec, SyncSummary, store_spec
from kgraph.work import WORK_DIR, WorkError, WorkFolder

Progress = Callable[[int], None]  # told how many more articles are done

RENDER_BATCH = 200  # articles a RDF task
# the files kgraph.export.ANALYSIS_RENDERERS writes, named here so that a build without them never imports it
# (NetworkX, pyvis: a fifth of a second of the coordinator's start)
ANALYSIS_FILES = ("graph.html", "report.md", "report.json", "graph.graphml", "graph.gexf")


class BuildError(RuntimeError):
    """The build cannot produce a graph; nothing was written."""


@dataclass(frozen=True)
class BuildSummary:
    out: Path
    articles: int
    entities: int
    facts: int
    outputs: dict[str, Path]
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    store: StoreSpec | None = None
    synced: SyncSummary | None = None
    build: str = ""  # the build's id, beside the store and in OUT/build.json
    shards: int = 0  # the inputs' shards (kgraph.shards)
    resumed: int = 0  # of those, the ones an interrupted build had finished, not extracted again


@dataclass(frozen=True)
class BuildOptions:
    """How a build runs: where its tasks go, how its inputs are cut, what it writes."""

    model: str = DEFAULT_MODEL
    workers: int = 1
    scheduler: str | None = None
    batch_size: int = BATCH_SIZE
    shard_size: int = SHARD_SIZE
    analysis: bool = True


def sample_corpus() -> Path:
    """The articles bundled with kgraph, built when no inputs are given."""
    return Path(str(files("kgraph") / "samples" / "seeds"))


def build(
    inputs: Sequence[Path] = (),
    out: Path = Path("output"),
    model: str = DEFAULT_MODEL,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
    on_documents: Callable[[int], None] | None = None,
    on_progress: Progress | None = None,
    store: StoreSpec | None = None,
    prune: bool = False,
    entities: Path | None = None,
    scheduler: str | None = None,
    shard_size: int = SHARD_SIZE,
    analysis: bool = True,
) -> BuildSummary:
    """Build the knowledge graph of the inputs (default: the sample corpus) into `out`, and bring the store
    (default: Oxigraph in OUT/store) up to date. `entities` names the user's corrections file; `workers`
    and `scheduler` say where the work runs (kgraph.distributed); with `analysis` off only graph.trig and the
    store are written (`kgraph analyze` makes the rest). The build folder is locked from the start (a second
    build fails at once), what an earlier build left half done is finished first, and the store and the
    files are switched together at one commit point (kgraph.commit): a build that fails or is killed leaves
    the previous graph everywhere, or the new one everywhere; its extracted shards stay in the work folder,
    so running it again resumes."""
    store = store or store_spec(None, out)
    options = BuildOptions(model, workers, scheduler, batch_size, shard_size, analysis)
    created = not out.exists()
    try:
        with folder_lock(out, "kgraph build"):
            recover(out, store)
            return _build(list(inputs) or [sample_corpus()], out, options, on_documents, on_progress, store, prune,
                          entities)  # fmt: skip
    except BaseException:
        if created and not (out / WORK_DIR).exists():  # a build that made nothing leaves no folder behind
            (out / LOCK_FILE).unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                out.rmdir()
        raise


def _build(
    inputs: list[Path],
    out: Path,
    options: BuildOptions,
    on_documents: Callable[[int], None] | None,
    on_progress: Progress | None,
    store: StoreSpec,
    prune: bool,
    entities: Path | None,
) -> BuildSummary:
    try:
        corrections = load_corrections(entities) if entities else NONE
    except CorrectionsError as err:
        raise BuildError(str(err)) from err
    require_model(options.model)
    relations(), lexicon(), gazetteer()  # data files checked before any article is read
    try:
        work = WorkFolder(out, options.model)
    except WorkError as err:
        raise BuildError(str(err)) from err
    try:
        with engine(options.workers, options.scheduler, options.model) as run:
            skipped, notes, (shards, resumed) = _extract(run, work, inputs, options, on_documents, on_progress)
            index = resolution_index(store, out)
            earlier = None if prune else index
            resolution = Resolution(lambda: _corpus(work, earlier), corrections)
            counts = _render(run, work, resolution, earlier)
        reresolved = work.has_earlier()  # earlier articles resolved again with these: the store gets them too
        committed = commit(
            out,
            build_id(work.graph_digests(built_only=not reresolved), prune),
            store,
            lambda: _graphs(work, built_only=True),
            _writers(work, skipped, options.analysis),
            prune,
            (lambda: _graphs(work, built_only=False)) if reresolved else None,
            removed=() if options.analysis else list(ANALYSIS_FILES),  # an earlier build's: not of this graph
        )
        if index is not None:
            work.save_index(index, prune)
        summary = BuildSummary(
            out=out,
            articles=work.article_count(),
            entities=len(counts.named),
            facts=sum(1 for a, t in counts.events.values() if a in counts.described and t in counts.described),
            outputs=committed.outputs,
            skipped=skipped,
            notes=notes,
            store=store,
            synced=committed.synced,
            build=committed.build,
            shards=shards,
            resumed=resumed,
        )
    except BuildError:  # nothing to resume
        work.remove()
        raise
    except (WorkError, ResolutionIndexError, ClusterError) as err:
        work.close()
        raise BuildError(str(err)) from err
    except BaseException:
        work.close()
        raise
    work.remove()
    return summary


def _extract(
    run: Engine,
    work: WorkFolder,
    inputs: list[Path],
    options: BuildOptions,
    on_documents: Callable[[int], None] | None,
    on_progress: Progress | None,
) -> tuple[list[Skipped], list[Note], tuple[int, int]]:
    """Every shard not done by an earlier, interrupted run extracted and kept; returns what could not be read
    (in input order), the notes on what was read, and how many shards there are and were done already."""
    missing: list[Skipped] = []
    count = resumed = 0

    def to_do() -> Iterator:
        nonlocal count, resumed
        for shard in plan(inputs, missing.append, options.shard_size):
            count += 1
            if work.finished(shard.number, shard.fingerprint):
                resumed += 1
                if on_progress:
                    on_progress(shard.size)
            else:
                yield shard

    for done, result in enumerate(run.map(extract_shard, to_do(), options.model, options.batch_size), start=1):
        work.save_shard(result)
        if on_progress:
            on_progress(result.size)
        checkpoint(f"shard-{done}")
    work.keep_shards(count)
    skipped = [*missing, *work.skipped()]
    skipped += work.collect()
    if not work.article_count():
        reasons = "; ".join(f"{s.source}: {s.reason}" for s in skipped[:5]) or "no .txt, .md, .html or .jsonl files"
        raise BuildError(f"no readable articles in the inputs ({reasons})")
    if on_documents:
        on_documents(work.article_count())
    return skipped, work.notes(), (count, resumed)


def _corpus(work: WorkFolder, index: Path | None) -> Iterator[Extraction]:
    """Every article to resolve: this build's, and those of earlier builds the store's index holds."""
    for _, blob in work.extractions(index):
        if (extraction := decode(blob)) is not None:
            yield extraction


def _render(run: Engine, work: WorkFolder, resolution: Resolution, index: Path | None) -> RenderedBatch:
    """Every article's RDF graph written by the workers and kept in the work folder; returns what the summary
    counts of this build's articles."""
    work.clear_graphs()
    rows = work.extractions(index)
    batches = iter(lambda: list(islice(rows, RENDER_BATCH)), [])
    counts = RenderedBatch()
    for batch in run.map(render_articles, batches, resolution):
        work.save_graphs(batch.graphs)
        counts.named |= batch.named
        counts.described |= batch.described
        counts.events.update(batch.events)
    return counts


def _graphs(work: WorkFolder, built_only: bool) -> Iterator[ArticleGraph]:
    return (g for batch in work.graphs(built_only=built_only) for g in batch)


def _writers(work: WorkFolder, skipped: list[Skipped], analysis: bool) -> dict[str, Callable[[Path], None]]:
    """Each file the build writes, by name: graph.trig joined from the blocks the workers wrote, and (unless
    `analysis` is off) the analyses of this build's graph."""

    def triples() -> Iterator[tuple[str, str, str]]:
        return ((q.subject.value, q.predicate.value, q.object.value) for g in _graphs(work, True) for q in g.quads)

    writers = {"graph.trig": lambda path: to_trig_file_from_blocks(work.trig_blocks(), path)}  # written by the workers
    if analysis:
        from kgraph.export import ANALYSIS_RENDERERS, Analysed

        analysed: list[Analysed] = []  # made once, by the first analysis file written

        def render(name: str, path: Path) -> None:
            if not analysed:
                analysed.append(Analysed(list(triples()), skipped))
            path.write_text(ANALYSIS_RENDERERS[name](analysed[0]), encoding="utf-8")

        writers |= {name: (lambda path, n=name: render(n, path)) for name in ANALYSIS_FILES}
    return writers


def resolution_index(store: StoreSpec, out: Path) -> Path | None:
    """Where a store's resolution index is kept (kgraph.resolve.index): in an Oxigraph store's folder, for an
    endpoint in the build folder; an in-memory store keeps none (each build stands alone)."""
    if store.kind is StoreKind.OXIGRAPH:
        return Path(store.location) / INDEX_FILE
    if store.kind is StoreKind.SPARQL:
        return out / INDEX_FILE
    return None
