"""Parsing: spaCy and extraction over the documents (in the build's process, or in a Dask worker's).

This module imports neither spaCy nor the extraction until it parses: a worker that runs it starts fast, and the
process that coordinates workers (which resolves and writes the graph) never loads spaCy at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from kgraph.model import Document, Extraction, Skipped

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


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
