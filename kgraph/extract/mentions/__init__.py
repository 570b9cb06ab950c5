"""Mention passes: who and what an article names, one kind of mention a module, run in one declared order.

Each pass is a function from the context to the mentions it finds. A pass sees every mention the
passes before it found, and its own as it goes (the context's view is live while passes run). A
pass either replaces what earlier passes found on its tokens ('the Freedonian government' over
'Freedonian') or only fills tokens nothing has claimed yet (a role noun never overrides a name).
To change how entities are typed, change the pass or this order, nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kgraph.extract.candidates import Found
from kgraph.extract.context import Context
from kgraph.extract.mentions import (
    blocs,
    definites,
    events,
    groups,
    institutions,
    names,
    peoples,
    plurals,
    pronouns,
    role_nouns,
)
from kgraph.model import Mention


@dataclass(frozen=True)
class Pass:
    name: str
    find: Callable[[Context], Iterable[Found]]
    replaces: bool  # whether its mentions replace earlier ones on the same tokens


PASSES: tuple[Pass, ...] = (
    Pass("names", names.find, replaces=True),
    Pass("pronouns", pronouns.find, replaces=False),
    Pass("role nouns", role_nouns.find, replaces=False),
    Pass("plural references", plurals.find, replaces=False),
    Pass("definite descriptions", definites.find, replaces=False),
    Pass("events named again", events.find, replaces=False),
    Pass("institutions", institutions.find, replaces=True),
    Pass("peoples", peoples.find, replaces=True),
    Pass("groups", groups.find, replaces=True),
    Pass("blocs", blocs.find, replaces=True),
)


def find_mentions(ctx: Context, found: dict[int, Mention]) -> None:
    """Run every pass in order, writing into `found`: the dict behind the context's read-only view."""
    for step in PASSES:
        for item in step.find(ctx):
            for i in range(item.start, item.end):
                if step.replaces:
                    found[i] = item.mention
                else:
                    found.setdefault(i, item.mention)
