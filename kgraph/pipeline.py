"""The build: files -> ingest -> nlp -> extract -> resolve -> outputs."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from spacy.language import Language

from kgraph.export import Built, write_outputs
from kgraph.extract import extract
from kgraph.gazetteer import gazetteer
from kgraph.ingest import read_inputs
from kgraph.lexicon import lexicon
from kgraph.model import Document, Extraction, Skipped
from kgraph.nlp import BATCH_SIZE, DEFAULT_MODEL, load_pipeline, require_model
from kgraph.ontology import ontology_graph
from kgraph.relations import relations
from kgraph.resolve import resolve
from kgraph.store import StoreKind, StoreSpec, SyncSummary, open_store, store_spec, sync

Progress = Callable[[int], None]


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
    store: StoreSpec | None = None
    synced: SyncSummary | None = None


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
) -> BuildSummary:
    """Build the knowledge graph of the inputs (default: the sample corpus) into `out`, and bring the store
    (default: Oxigraph in OUT/store) up to date: the store is written first, so a store that cannot be
    written leaves the output files as they were."""
    store = store or store_spec(None, out)
    documents, skipped = read_inputs(list(inputs) or [sample_corpus()])
    if not documents:
        reasons = "; ".join(f"{s.source}: {s.reason}" for s in skipped[:5]) or "no .txt, .md, .html or .jsonl files"
        raise BuildError(f"no readable articles in the inputs ({reasons})")
    require_model(model)
    relations(), lexicon(), gazetteer()  # data files checked before any article is read
    if on_documents:
        on_documents(len(documents))
    extractions = list(extract_documents(documents, model, workers, batch_size, on_progress))
    kg = resolve(extractions)
    built = Built(kg, skipped)
    synced = None
    out.mkdir(parents=True, exist_ok=True)  # an unusable OUT is reported as such, before the store is opened
    if store.kind is not StoreKind.MEMORY:
        with open_store(store, write=True) as target:
            synced = sync(target, built.dataset, prune=prune, ontology=ontology_graph())
    outputs = write_outputs(built, out)
    return BuildSummary(
        out=out,
        articles=len(kg.articles),
        entities=len(kg.entities),
        facts=built.network.number_of_edges(),
        outputs=outputs,
        skipped=skipped,
        store=store,
        synced=synced,
    )


def extract_documents(
    documents: list[Document], model: str, workers: int, batch_size: int, on_progress: Progress | None = None
) -> Iterator[Extraction]:
    """Extractions in input order; with workers > 1, nlp and extraction run in that many processes."""
    if workers <= 1:
        for extraction in _parse_and_extract(load_pipeline(model), documents, batch_size):
            yield extraction
            if on_progress:
                on_progress(1)
        return
    chunk = max(1, min(batch_size, len(documents) // (workers * 4) or 1))
    chunks = [documents[i : i + chunk] for i in range(0, len(documents), chunk)]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(model, batch_size)
    ) as pool:
        for results in pool.map(_extract_chunk, chunks):
            yield from results
            if on_progress:
                on_progress(len(results))


_worker_nlp: Language | None = None
_worker_batch_size = BATCH_SIZE


def _start_worker(model: str, batch_size: int) -> None:
    global _worker_nlp, _worker_batch_size
    _worker_nlp, _worker_batch_size = load_pipeline(model), batch_size


def _extract_chunk(documents: list[Document]) -> list[Extraction]:
    assert _worker_nlp is not None, "worker started without a pipeline"
    return list(_parse_and_extract(_worker_nlp, documents, _worker_batch_size))


def _parse_and_extract(nlp: Language, documents: list[Document], batch_size: int) -> Iterator[Extraction]:
    docs = nlp.pipe((d.text for d in documents), batch_size=batch_size)
    for document, doc in zip(documents, docs, strict=True):
        yield extract(doc, document)
