"""Resolution of a corpus read in passes, never held whole.

Which entity a name stands for, and which mentions are one event, depend on the whole corpus; but what
they depend on is small: the distinct names, titles and events, not the articles. So a corpus is read
three times, an article at a time (from a list, or streamed from disk by a large build):

1. names (names.py): people's full names, the acronyms articles define, how names are typed;
2. references (coreference.py): each article's names resolved, for the titles and honorifics people get;
3. events (events.py): each article resolved (with the visits its meetings imply, visits.py), its facts
   counted into the events they report.

After that, `article` resolves any one article of the corpus on its own, in any process that has this
object: the same entities and events whatever the order articles come in or the process that asks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from kgraph.gazetteer import gazetteer
from kgraph.model import Entity, Extraction, Mention, ResolvedArticle
from kgraph.resolve.coreference import Coreference
from kgraph.resolve.corrections import NONE, Corrections
from kgraph.resolve.entities import EntityTable
from kgraph.resolve.events import EventTable
from kgraph.resolve.names import NameResolver, acronyms
from kgraph.resolve.visits import with_implied_visits


class Resolution:
    """A corpus resolved: `corpus()` gives its extractions afresh each time it is called (one call a pass)."""

    def __init__(self, corpus: Callable[[], Iterable[Extraction]], corrections: Corrections = NONE):
        gaz = gazetteer()
        self.table = EntityTable(gaz)
        self.names = NameResolver(gaz, self.table, corpus(), corrections)
        self.coreference = Coreference(gaz, self.table, ((ex, self._named(ex)) for ex in corpus()))
        self.events = EventTable()
        for ex in corpus():
            self.events.add(self._references(ex))
        self.events.finish()
        self.entities: dict[str, Entity] = self.table.entities()

    def _named(self, ex: Extraction) -> dict[Mention, str]:
        return self.names.entities_of(ex, acronyms(ex))

    def _references(self, ex: Extraction) -> ResolvedArticle:
        named = self._named(ex)
        holders = self.coreference.holders(ex, named)
        return with_implied_visits(self.coreference.references(ex, named, holders), holders, self.table)

    def article(self, ex: Extraction) -> ResolvedArticle:
        """One article of the corpus resolved: its mentions' entities and its facts' events."""
        resolved = self._references(ex)
        return replace(resolved, events=self.events.events_of(resolved))
