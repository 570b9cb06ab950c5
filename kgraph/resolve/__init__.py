"""One node per real entity: mentions tied to entity ids within and across articles.

The steps, one module each, run in this order over the whole corpus (`corpus.py` runs them in passes
over a corpus that may be streamed from disk, never held whole):

- `names.py`: which entity each name stands for; people's lone surnames and honorific forms
  ("Mr Berg") tied to the full name, within the article, else across the corpus;
- `coreference.py`: pronouns, role nouns, plural references and "the country", once every
  article's names are known (`lookback.py` keeps what they look back to as the walk through an
  article passes it, so that an article costs time linear in its mentions);
- `entities.py`: the entity table they both write into: ids, types, labels, gazetteer ties;
- `people.py`: which written names are one person; `corrections.py`: the user's corrections file;
- `events.py`: the mentions of one real event, in one article or many, tied to one event id.
"""

from __future__ import annotations

from collections.abc import Iterable

from kgraph.model import Extraction, KnowledgeGraph
from kgraph.resolve.corpus import Resolution
from kgraph.resolve.corrections import NONE, Corrections, CorrectionsError, load_corrections

__all__ = ["Corrections", "CorrectionsError", "Resolution", "load_corrections", "resolve"]


def resolve(extractions: Iterable[Extraction], corrections: Corrections = NONE) -> KnowledgeGraph:
    """Entities for every mention, the same id for the same entity in every article; a user's corrections
    (corrections.py) outweigh what the articles say. (A corpus too large to hold: `Resolution`.)"""
    extractions = list(extractions)
    resolution = Resolution(lambda: extractions, corrections)
    return KnowledgeGraph(entities=resolution.entities, articles=[resolution.article(ex) for ex in extractions])
