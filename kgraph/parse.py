"""Parsing: spaCy and extraction over the documents, in this process or in worker processes.

This module imports neither spaCy nor the extraction until it parses, and a worker imports only this
module, spaCy and the extraction: workers start fast, and the process that starts them (which later
resolves and writes the graph) never loads spaCy at all.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from typing import TYPE_CHECKING

from kgraph.model import Document, Extraction, Skipped
from kgraph.spacy_model import BATCH_SIZE

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

Progress = Callable[[int], None]


def extract_documents(
    documents: list[Document], model: str, workers: int, batch_size: int, on_progress: Progress | None = None
) -> Iterator[Extraction | Skipped]:
    """Extractions in input order, or why an article could not be read; with workers > 1, nlp and extraction
    run in that many processes."""
    if workers <= 1:
        from kgraph.nlp import load_pipeline

        for extraction in parse_and_extract(load_pipeline(model), documents, batch_size):
            yield extraction
            if on_progress:
                on_progress(1)
        return
    # chunks small enough that at the end no worker waits long for the other's last one
    chunk = max(1, min(batch_size, len(documents) // (workers * 8)))
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
    from kgraph.nlp import load_pipeline

    global _worker_nlp, _worker_batch_size
    _worker_nlp, _worker_batch_size = load_pipeline(model), batch_size


def _extract_chunk(documents: list[Document]) -> list[Extraction | Skipped]:
    assert _worker_nlp is not None, "worker started without a pipeline"
    return list(parse_and_extract(_worker_nlp, documents, _worker_batch_size))


def parse_and_extract(nlp: Language, documents: list[Document], batch_size: int) -> Iterator[Extraction | Skipped]:
    """The documents through spaCy in batches, each Doc straight into the extraction. An article that makes
    spaCy or a rule fail is reported by its source and the error, and the others are read (a batch that
    fails is parsed again one article at a time)."""
    for start in range(0, len(documents), batch_size):
        batch = documents[start : start + batch_size]
        try:
            docs: list[Doc | BaseException] = list(nlp.pipe((d.text for d in batch), batch_size=batch_size))
        except Exception:  # noqa: BLE001 (which article it was is found below)
            docs = [_parse_one(nlp, d.text) for d in batch]
        for document, doc in zip(batch, docs, strict=True):
            yield _extract_one(doc, document)


def _parse_one(nlp: Language, text: str) -> Doc | BaseException:
    try:
        return nlp(text)
    except Exception as err:  # noqa: BLE001
        return err


def _extract_one(doc: Doc | BaseException, document: Document) -> Extraction | Skipped:
    from kgraph.extract import extract
    from kgraph.nlp import parse_notes

    if isinstance(doc, BaseException):
        return Skipped(document.source, f"spaCy failed on it: {_error(doc)}")
    try:
        return replace(extract(doc, document), notes=parse_notes(doc))
    except Exception as err:  # noqa: BLE001
        return Skipped(document.source, f"extraction failed on it: {_error(err)}")


def _error(err: BaseException) -> str:
    return f"{type(err).__name__}: {str(err)[:200]}"
