"""The rule registry: rule name -> Rule, a table in the way rdflib keeps its plugins.

A rule is one construction ('called on X', 'held talks with X', "X's invasion of Y"). Its patterns
are a data file, kgraph/data/rules/<name>.json: spaCy DependencyMatcher patterns (the relations and
attributes kgraph/extract/matching.py reads), each naming its trigger node "trigger". One matcher holds
every registered rule's patterns; it is built once and run once per article. The rule's `read` turns
each place its patterns matched (an Anchor) into candidates; verb constructions also say, through
`evoke`, which relation a verb evokes, which every rule may ask of any verb (Context.evoked). Rules
are tried in registration order: kgraph/extract/rules/__init__.py registers the built-in ones.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from kgraph.data import DataError, load_json
from kgraph.extract.candidates import Anchor, Candidate
from kgraph.extract.context import Context, Evoke
from kgraph.extract.matching import PatternError, TreeMatcher, compile_pattern

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
        try:
            compile_pattern(pattern)
        except PatternError as error:
            raise DataError(f"{where}: pattern {i}: {error}") from None
    return tuple(found)


@dataclass(frozen=True)
class _Pattern:
    """One pattern of a rule as the matcher knows it: its rule, its place among the rule's patterns, its node
    names (RIGHT_IDs, in pattern order) and where among them the trigger is."""

    rule: str
    index: int
    names: tuple[str, ...]
    trigger: int


@cache
def _matcher() -> tuple[TreeMatcher, tuple[_Pattern, ...]]:
    """Every registered rule's patterns in one matcher, and what each of its patterns is, by number."""
    keyed = []
    for name in RULES:
        for i, pattern in enumerate(patterns(name)):
            names = tuple(node["RIGHT_ID"] for node in pattern)
            keyed.append((_Pattern(name, i, names, names.index(TRIGGER)), compile_pattern(pattern)))
    return TreeMatcher([nodes for _, nodes in keyed]), tuple(pattern for pattern, _ in keyed)


def find_anchors(doc: Doc) -> dict[str, dict[int, Anchor]]:
    """Where each rule's patterns match an article: rule -> trigger index -> Anchor, its matches ordered by
    pattern and then by position, as the matcher gives them."""
    matcher, keyed = _matcher()
    tokens = list(doc)  # one Token object a word: cheaper than indexing the Doc for every node of every match
    matched: dict[str, dict[int, list[dict[str, Token]]]] = {}
    for number, token_ids in matcher(doc):
        pattern = keyed[number]
        nodes = dict(zip(pattern.names, map(tokens.__getitem__, token_ids), strict=True))
        matched.setdefault(pattern.rule, {}).setdefault(token_ids[pattern.trigger], []).append(nodes)
    return {
        name: {trigger: Anchor(tokens[trigger], tuple(matches)) for trigger, matches in by_trigger.items()}
        for name, by_trigger in matched.items()
    }


def evokers() -> list[tuple[str, Evoke]]:
    """The verb constructions that say which relation a verb evokes, in registry order."""
    return [(rule.name, rule.evoke) for rule in RULES.values() if rule.evoke is not None]
