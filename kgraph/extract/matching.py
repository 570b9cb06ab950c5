"""Where tree patterns match a parsed Doc: spaCy's DependencyMatcher pattern language, for the relations and
token attributes kgraph's rule files use, matched from the Doc's arrays.

spaCy's DependencyMatcher runs a token Matcher for every node of every pattern and then walks the ancestors of
every token any node matched, to group them by sentence; over every verb and noun of an article that cost more
than all of the rules' reading. Here a pattern grows from its first node along its relations, so only the
neighbours of a partial match are looked at. The matches are the DependencyMatcher's: every assignment of
tokens to the pattern's nodes in which each token has its node's attributes and each relation holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy
from spacy.attrs import HEAD, IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc


def _children(i: int, heads: list[int], children: list[list[int]]) -> list[int]:
    """'>': the token's children."""
    return children[i]


def _head(i: int, heads: list[int], children: list[list[int]]) -> list[int]:
    """'<': the token's head; a sentence's root has none."""
    return [] if heads[i] == i else [heads[i]]


def _next_child(i: int, heads: list[int], children: list[list[int]]) -> list[int]:
    """'>+': the next word, when it is a child of the token."""
    return [i + 1] if i + 1 < len(heads) and heads[i + 1] == i else []


# A relation (REL_OP): the tokens a node may be, given the token of the node it hangs from (LEFT_ID)
Relation = Callable[[int, list[int], list[list[int]]], list[int]]
RELATIONS: dict[str, Relation] = {">": _children, "<": _head, ">+": _next_child}
# The token attributes a node may ask for (RIGHT_ATTRS), each a word or {"IN": [...]} or {"NOT_IN": [...]}
ATTRIBUTES = {"ORTH": "ORTH", "TEXT": "ORTH", "LOWER": "LOWER", "NORM": "NORM", "LEMMA": "LEMMA", "POS": "POS",
              "TAG": "TAG", "DEP": "DEP", "ENT_TYPE": "ENT_TYPE"}  # fmt: skip


Match = tuple[int, ...]  # a token index for each node of a pattern, in the pattern's order


class PatternError(ValueError):
    """A pattern this matcher cannot read: the message says which part."""


@dataclass(frozen=True)
class Test:
    """One attribute of a node (a spaCy attribute id) and the values it must (or must not) have."""

    attribute: int
    values: frozenset[int]
    wanted: bool = True


@dataclass(frozen=True)
class Node:
    """One node of a pattern: its tests, and the earlier node it hangs from and how (none for the first)."""

    tests: tuple[Test, ...]
    left: int = -1
    relation: str = ""


def compile_pattern(pattern: Sequence[dict]) -> tuple[Node, ...]:
    """A pattern's nodes, checked: the first node has no LEFT_ID, every other hangs from an earlier one."""
    names: list[str] = []
    nodes = []
    for node in pattern:
        name = node.get("RIGHT_ID")
        if not isinstance(name, str) or name in names:
            raise PatternError(f"every node needs its own RIGHT_ID (got {name!r})")
        if names:
            if node.get("LEFT_ID") not in names:
                raise PatternError(f"node {name!r}: LEFT_ID must name an earlier node")
            if node.get("REL_OP") not in RELATIONS:
                raise PatternError(f"node {name!r}: REL_OP must be one of {', '.join(RELATIONS)}")
            left, relation = names.index(node["LEFT_ID"]), node["REL_OP"]
        elif "LEFT_ID" in node or "REL_OP" in node:
            raise PatternError(f"the first node, {name!r}, hangs from nothing: no LEFT_ID or REL_OP")
        else:
            left, relation = -1, ""
        names.append(name)
        nodes.append(Node(tuple(_test(name, key, value) for key, value in node.get("RIGHT_ATTRS", {}).items()),
                          left, relation))  # fmt: skip
    return tuple(nodes)


def _test(name: str, key: str, value: object) -> Test:
    attribute = ATTRIBUTES.get(key.upper()) if isinstance(key, str) else None
    if attribute is None:
        raise PatternError(f"node {name!r}: attribute {key!r} is not one of {', '.join(ATTRIBUTES)}")
    if isinstance(value, str):
        return Test(IDS[attribute], frozenset([get_string_id(value)]))
    if isinstance(value, dict) and len(value) == 1:
        ((operator, words),) = value.items()
        if operator in {"IN", "NOT_IN"} and isinstance(words, list) and all(isinstance(w, str) for w in words):
            return Test(IDS[attribute], frozenset(get_string_id(w) for w in words), operator == "IN")
    raise PatternError(f"node {name!r}: {key} must be a word, {{'IN': [words]}} or {{'NOT_IN': [words]}}")


class TreeMatcher:
    """Patterns compiled once; called on a Doc, every match as (pattern number, token index of each node), in
    pattern order and each pattern's matches in the order of their tokens (by the first node, then the next)."""

    def __init__(self, patterns: Sequence[tuple[Node, ...]]):
        self.patterns = list(patterns)
        self.attributes = sorted({test.attribute for nodes in patterns for node in nodes for test in node.tests})

    def __call__(self, doc: Doc) -> Iterator[tuple[int, Match]]:
        if not len(doc):
            return
        array = doc.to_array([HEAD, *self.attributes])
        heads = [i + offset for i, offset in enumerate(array[:, 0].astype(numpy.int64).tolist())]
        columns = dict(zip(self.attributes, array[:, 1:].T.tolist(), strict=True))
        children: list[list[int]] = [[] for _ in heads]
        for i, head in enumerate(heads):
            if head != i:
                children[head].append(i)
        firsts: dict[tuple[Test, ...], list[int]] = {}  # many patterns start from the same node (a verb)
        for number, (first, *rest) in enumerate(self.patterns):
            if first.tests not in firsts:
                firsts[first.tests] = _passing(range(len(heads)), first.tests, columns)
            found = [(i,) for i in firsts[first.tests]]
            for node in rest:
                found = _grown(found, node, heads, children, columns)
            for match in found:
                yield number, match


def _grown(
    matches: list[Match], node: Node, heads: list[int], children: list[list[int]], columns: dict[int, list[int]]
) -> list[Match]:
    """The matches, each with every token the next node may be: in the node's relation to the token of the node
    it hangs from, and passing the node's tests."""
    relation = RELATIONS[node.relation]
    tests = [(columns[test.attribute], test.values, test.wanted) for test in node.tests]
    grown = []
    for match in matches:
        for j in relation(match[node.left], heads, children):
            for column, values, wanted in tests:
                if (column[j] in values) is not wanted:
                    break
            else:
                grown.append((*match, j))
    return grown


def _passing(tokens: Sequence[int], tests: tuple[Test, ...], columns: dict[int, list[int]]) -> Sequence[int]:
    """The tokens, in their order, that pass every test."""
    for test in tests:
        column, values = columns[test.attribute], test.values
        if test.wanted:
            tokens = [i for i in tokens if column[i] in values]
        else:
            tokens = [i for i in tokens if column[i] not in values]
    return tokens
