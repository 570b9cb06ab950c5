"""One node per real entity: mentions tied to entity ids within and across articles.

The steps, one module each, run in this order over the whole corpus:

- `names.py`: which entity each name stands for; people's lone surnames and honorific forms
  ("Mr Berg") tied to the full name, within the article, else across the corpus;
- `coreference.py`: pronouns, role nouns, plural references and "the country", once every
  article's names are known;
- `entities.py`: the entity table they both write into: ids, types, labels, gazetteer ties;
- `people.py`: which written names are one person; `corrections.py`: the user's corrections file;
- `events.py`: the mentions of one real event, in one article or many, tied to one event id.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from kgraph.gazetteer import gazetteer
from kgraph.model import Extraction, KnowledgeGraph
from kgraph.resolve.coreference import Coreference
from kgraph.resolve.corrections import NONE, Corrections, CorrectionsError, load_corrections
from kgraph.resolve.entities import EntityTable
from kgraph.resolve.events import events_of
from kgraph.resolve.names import NameResolver

__all__ = ["Corrections", "CorrectionsError", "load_corrections", "resolve"]


def resolve(extractions: Iterable[Extraction], corrections: Corrections = NONE) -> KnowledgeGraph:
    """Entities for every mention, the same id for the same entity in every article; a user's corrections
    (corrections.py) outweigh what the articles say."""
    extractions = list(extractions)
    gaz = gazetteer()
    table = EntityTable(gaz)
    names = NameResolver(gaz, table, extractions, corrections)
    named = [names.entities_of(ex, defined) for ex, defined in zip(extractions, names.article_acronyms, strict=True)]
    coreference = Coreference(gaz, table, extractions, named)
    articles = [
        coreference.references(ex, entity_of, holders)
        for ex, entity_of, holders in zip(extractions, named, coreference.holders, strict=True)
    ]
    articles = [replace(a, events=events) for a, events in zip(articles, events_of(articles), strict=True)]
    return KnowledgeGraph(entities=table.entities(), articles=articles)
