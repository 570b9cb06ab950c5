"""The build: files -> ingest -> nlp -> extract -> resolve -> outputs."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from kgraph.commit import LOCK_FILE, commit, folder_lock, recover
from kgraph.export import Built, output_renderers
from kgraph.gazetteer import gazetteer
from kgraph.ingest import read_inputs
from kgraph.lexicon import lexicon
from kgraph.model import KnowledgeGraph, Note, Skipped
from kgraph.parse import Progress, extract_documents
from kgraph.rdf import article_iri
from kgraph.relations import relations
from kgraph.resolve import CorrectionsError, load_corrections, resolve
from kgraph.resolve.corrections import NONE
from kgraph.resolve.index import INDEX_FILE, ResolutionIndex, ResolutionIndexError
from kgraph.spacy_model import BATCH_SIZE, DEFAULT_MODEL, require_model
from kgraph.store import StoreKind, StoreSpec, SyncSummary, store_spec


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
) -> BuildSummary:
    """Build the knowledge graph of the inputs (default: the sample corpus) into `out`, and bring the store
    (default: Oxigraph in OUT/store) up to date. `entities` names the user's corrections file. The build
    folder is locked from the start (a second build fails at once), what an earlier build left half done is
    finished first, and the store and the files are switched together at one commit point (kgraph.commit):
    a build that fails or is killed leaves the previous graph everywhere, or the new one everywhere."""
    store = store or store_spec(None, out)
    created = not out.exists()
    try:
        with folder_lock(out, "kgraph build"):
            recover(out, store)
            return _build(inputs, out, model, workers, batch_size, on_documents, on_progress, store, prune, entities)
    except BaseException:
        if created:  # a build that made nothing leaves no folder behind
            (out / LOCK_FILE).unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                out.rmdir()
        raise


def _build(  # noqa: C901 (the stages in order)
    inputs: Sequence[Path],
    out: Path,
    model: str,
    workers: int,
    batch_size: int,
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
    documents, skipped = read_inputs(list(inputs) or [sample_corpus()])
    notes = [Note(d.source, f"read as {d.encoding}, not UTF-8") for d in documents if d.encoding != "utf-8"]
    if not documents:
        reasons = "; ".join(f"{s.source}: {s.reason}" for s in skipped[:5]) or "no .txt, .md, .html or .jsonl files"
        raise BuildError(f"no readable articles in the inputs ({reasons})")
    require_model(model)
    relations(), lexicon(), gazetteer()  # data files checked before any article is read
    if on_documents:
        on_documents(len(documents))
    extractions = []
    for result in extract_documents(documents, model, workers, batch_size, on_progress):
        if isinstance(result, Skipped):
            skipped.append(result)
        else:
            extractions.append(result)
            notes += [Note(result.document.source, note) for note in result.notes]
    if not extractions:
        raise BuildError(f"no article could be read ({'; '.join(f'{s.source}: {s.reason}' for s in skipped[:5])})")
    index = resolution_index(store, out)
    built_ids = {ex.document.id for ex in extractions}
    try:  # resolved with every article the store holds, so that building in parts equals building at once
        earlier = [] if index is None or prune else list(index.extractions(leave_out=built_ids))
    except ResolutionIndexError as err:
        raise BuildError(str(err)) from err
    everything = resolve([*extractions, *earlier], corrections)
    kg = _only(everything, built_ids)  # the outputs describe the articles of this build
    built = Built(kg, skipped)
    stored = Built(everything) if earlier else built  # earlier articles re-resolved with these are written too
    committed = commit(out, store, built.graphs, output_renderers(built), prune, stored.graphs if earlier else None)
    synced = committed.synced and _earlier_kept(committed.synced, {ex.document.id for ex in earlier})
    if index is not None:
        try:
            index.save(extractions, keep_only=built_ids if prune else None)
        except ResolutionIndexError as err:
            raise BuildError(str(err)) from err
    return BuildSummary(
        out=out,
        articles=len(kg.articles),
        entities=len(kg.entities),
        facts=built.network.number_of_edges(),
        outputs=committed.outputs,
        skipped=skipped,
        notes=notes,
        store=store,
        synced=synced,
        build=committed.build,
    )


def resolution_index(store: StoreSpec, out: Path) -> ResolutionIndex | None:
    """Where a store's resolution index is kept: in an Oxigraph store's folder, for an endpoint in the build
    folder; an in-memory store keeps none (each build stands alone)."""
    if store.kind is StoreKind.OXIGRAPH:
        return ResolutionIndex(Path(store.location) / INDEX_FILE)
    if store.kind is StoreKind.SPARQL:
        return ResolutionIndex(out / INDEX_FILE)
    return None


def _only(kg: KnowledgeGraph, ids: set[str]) -> KnowledgeGraph:
    """The articles of one build and the entities they name (with the countries those belong to)."""
    articles = [a for a in kg.articles if a.document.id in ids]
    named = {eid for a in articles for eid in [*a.entity_of.values(), *(e for p in a.participants.values() for e in p)]}
    named |= {c for eid in named if (c := kg.entities[eid].country)}
    return KnowledgeGraph(entities={e: kg.entities[e] for e in sorted(named)}, articles=articles)


def _earlier_kept(synced: SyncSummary, earlier: set[str]) -> SyncSummary:
    """Articles of earlier builds, resolved again with this one's, whose graph did not change: kept, as
    the store's summary says of those no build re-resolves."""
    iris = {str(article_iri(i)) for i in earlier}
    kept = [iri for iri in synced.unchanged if iri in iris]
    unchanged = [iri for iri in synced.unchanged if iri not in iris]
    return SyncSummary(synced.added, synced.replaced, unchanged, synced.pruned, sorted([*synced.kept, *kept]))
