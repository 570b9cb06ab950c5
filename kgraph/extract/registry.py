"""The rule registry: rule name -> Rule, a table in the way rdflib keeps its plugins.

A rule is one construction ('called on X', 'held talks with X', "X's invasion of Y"). Its patterns
are a data file, kgraph/data/rules/<name>.json: spaCy DependencyMatcher patterns, each naming its
trigger node "trigger". One matcher holds every registered rule's patterns; it is built once per
spaCy vocabulary and run once per article. The rule's `read` turns each place its patterns matched
(an Anchor) into candidates; verb constructions also say, through `evoke`, which relation a verb
evokes, which every rule may ask of any verb (Context.evoked). Rules are tried in registration
order: kgraph/extract/rules/__init__.py registers the built-in ones.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from kgraph.data import DataError, load_json
from kgraph.extract.candidates import Anchor, Candidate
from kgraph.extract.context import Context, Evoke

TRIGGER = "trigger"  # the pattern node every rule anchors on


@dataclass(frozen=True)
class Rule:
    """One construction: its name (and pattern file), its confidence, and how it reads a match."""

    name: str
    confidence: float
    read: Callable[[Context, Anchor], Iterable[Candidate]]
    evoke: Evoke | None = None  # for a verb construction: the relation a matched verb evokes, if any


RULES: dict[str, Rule] = {}


def register(rule: Rule) -> Rule:
    """Add a rule to the table (after those registered before it); its pattern file must exist and be valid."""
    if rule.name in RULES:
        raise ValueError(f"an extraction rule named {rule.name!r} is already registered")
    patterns(rule.name)
    RULES[rule.name] = rule
    _matcher.cache_clear()
    return rule


@cache
def patterns(name: str) -> tuple[list[dict], ...]:
    """The DependencyMatcher patterns of a rule, from kgraph/data/rules/<name>.json, checked."""
    where = f"rules/{name}.json"
    data = load_json(where)
    found = data.get("patterns") if isinstance(data, dict) else None
    if not isinstance(found, list) or not found:
        raise DataError(f"{where}: needs a non-empty list 'patterns'")
    for i, pattern in enumerate(found):
        ids = [node.get("RIGHT_ID") for node in pattern if isinstance(node, dict)] if isinstance(pattern, list) else []
        if not ids or len(ids) != len(pattern) or TRIGGER not in ids:
            raise DataError(f"{where}: pattern {i} must be a list of nodes, one of them named {TRIGGER!r}")
    return tuple(found)


@lru_cache(maxsize=8)
def _matcher(vocab: Vocab) -> DependencyMatcher:
    """Every registered rule's patterns in one matcher, keyed 'rule#index'."""
    matcher = DependencyMatcher(vocab, validate=True)
    for name in RULES:
        for i, pattern in enumerate(patterns(name)):
            matcher.add(f"{name}#{i}", [pattern])
    return matcher


def find_anchors(doc: Doc) -> dict[str, dict[int, Anchor]]:
    """Where each rule's patterns match an article: rule -> trigger index -> Anchor."""
    matched: dict[str, dict[int, set[tuple[int, tuple[int, ...]]]]] = {}
    for key, token_ids in _matcher(doc.vocab)(doc):
        name, index = doc.vocab.strings[key].rsplit("#", 1)
        trigger = token_ids[_node_names(name)[int(index)].index(TRIGGER)]
        matched.setdefault(name, {}).setdefault(trigger, set()).add((int(index), tuple(token_ids)))
    return {
        name: {
            trigger: Anchor(doc[trigger], tuple(_nodes(doc, _node_names(name)[i], ids) for i, ids in sorted(matches)))
            for trigger, matches in by_trigger.items()
        }
        for name, by_trigger in matched.items()
    }


@cache
def _node_names(rule: str) -> tuple[tuple[str, ...], ...]:
    """The node names (RIGHT_IDs) of each of a rule's patterns, in pattern order."""
    return tuple(tuple(node["RIGHT_ID"] for node in pattern) for pattern in patterns(rule))


def _nodes(doc: Doc, names: tuple[str, ...], token_ids: tuple[int, ...]) -> dict[str, Token]:
    return {name: doc[i] for name, i in zip(names, token_ids, strict=True)}


def evokers() -> list[tuple[str, Evoke]]:
    """The verb constructions that say which relation a verb evokes, in registry order."""
    return [(rule.name, rule.evoke) for rule in RULES.values() if rule.evoke is not None]
