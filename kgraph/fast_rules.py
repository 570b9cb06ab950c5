"""spaCy's rule-based components done by lookup: the same annotations, in a fraction of the time.

The English pipelines' attribute ruler (the tag map and its exceptions, some 180 patterns) tries every pattern
at every token with spaCy's Matcher, which costs as much as the parser. Every one of those patterns tests only a
token's tag, lowercase form, dependency label and whether it is a space, so what a token can match depends on
those four values alone: worked out once for each combination met, then looked up (a fifth of the time). A
ruler with a pattern of any other shape keeps spaCy's Matcher. The rule lemmatizer's lemma depends on a word,
its part of speech and its morphology alone: kept by those and set for a whole Doc at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

# The token attributes a pattern may test, in the order of the columns of Doc.to_array below.
COLUMNS = ("TAG", "DEP", "IS_SPACE", "LOWER")
Test = Callable[[Any], bool]


@dataclass(frozen=True)
class Pattern:
    """One alternative of one ruler entry: the entry's number (which says whose attributes win) and a test
    of each of its tokens' (tag, dep, is_space, lowercase) values."""

    entry: int
    tokens: tuple[tuple[Test, ...], ...]


class PatternIndex:
    """Which ruler entries match where in a Doc, as spaCy's Matcher finds them, from a lookup per token."""

    def __init__(self, patterns: list[Pattern], lower_words: set[str], lower_regexes: list[re.Pattern]):
        self.patterns = patterns
        self._lower_words = lower_words
        self._lower_regexes = lower_regexes
        self._lowers: dict[int, str | None] = {}  # a lowercase form's hash -> itself if some pattern may test it
        self._fits: dict[tuple, tuple[frozenset[tuple[int, int]], tuple[int, ...]]] = {}

    @classmethod
    def of(cls, entries: Sequence[Sequence[Sequence[dict]]]) -> PatternIndex | None:
        """The index of a ruler's entries (each a list of alternative token patterns), or None where a pattern
        tests anything but the four values or uses an operator."""
        patterns, words, regexes = [], set(), []
        for entry, alternatives in enumerate(entries):
            for alternative in alternatives:
                tokens = []
                for spec in alternative:
                    tests = _tests(spec, words, regexes)
                    if tests is None:
                        return None
                    tokens.append(tests)
                patterns.append(Pattern(entry, tuple(tokens)))
        return cls(patterns, words, regexes)

    def matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(entry, start, end) of every match, sorted by entry and start as the attribute ruler applies them."""
        strings = doc.vocab.strings
        fits = [self._fit(row, strings) for row in doc.to_array([TAG, DEP, IS_SPACE, LOWER]).tolist()]
        found = set()
        for start, (_, starting) in enumerate(fits):
            for number in starting:
                length = len(self.patterns[number].tokens)
                if length == 1 or all(
                    start + k < len(fits) and (number, k) in fits[start + k][0] for k in range(1, length)
                ):
                    found.add((self.patterns[number].entry, start, start + length))
        return sorted(found)

    def _fit(self, row: list[int], strings) -> tuple[frozenset[tuple[int, int]], tuple[int, ...]]:
        tag, dep, space, lower = row
        if (word := self._lowers.get(lower, "")) == "":
            word = self._lowers[lower] = self._tested_word(strings[lower])
        key = (tag, dep, space, word)
        if (fit := self._fits.get(key)) is None:
            values = (strings[tag], strings[dep], bool(space), word)
            where = frozenset(
                (number, position)
                for number, pattern in enumerate(self.patterns)
                for position, tests in enumerate(pattern.tokens)
                if all(test(value) for test, value in zip(tests, values, strict=True))
            )
            fit = self._fits[key] = (where, tuple(sorted(number for number, position in where if position == 0)))
        return fit

    def _tested_word(self, word: str) -> str | None:
        """The word itself if a pattern names it or a pattern's regex matches it; else None, which no test of a
        word accepts but a NOT_IN."""
        if word in self._lower_words or any(regex.search(word) for regex in self._lower_regexes):
            return word
        return None


def _tests(spec: dict, words: set[str], regexes: list[re.Pattern]) -> tuple[Test, ...] | None:
    """A test per column for one token's pattern, or None if it tests anything else."""
    tests: list[Test] = []
    for column in COLUMNS:
        if column not in spec:
            tests.append(lambda value: True)
            continue
        test = _test(spec[column])
        if test is None:
            return None
        tests.append(test)
        if column == "LOWER":
            _note_words(spec[column], words, regexes)
    return tuple(tests) if set(spec) <= set(COLUMNS) else None


def _test(rule: Any) -> Test | None:
    if isinstance(rule, (str, bool)):
        return lambda value: value == rule
    if not isinstance(rule, dict) or not set(rule) <= {"IN", "NOT_IN", "REGEX"}:
        return None
    checks: list[Test] = []
    if "IN" in rule:
        checks.append(lambda value, within=frozenset(rule["IN"]): value in within)
    if "NOT_IN" in rule:
        checks.append(lambda value, outside=frozenset(rule["NOT_IN"]): value not in outside)
    if "REGEX" in rule:
        checks.append(lambda value, regex=re.compile(rule["REGEX"]): value is not None and bool(regex.search(value)))
    return lambda value: all(check(value) for check in checks)


def _note_words(rule: Any, words: set[str], regexes: list[re.Pattern]) -> None:
    if isinstance(rule, str):
        words.add(rule)
    elif isinstance(rule, dict):
        words.update(rule.get("IN", ()))
        words.update(rule.get("NOT_IN", ()))
        if "REGEX" in rule:
            regexes.append(re.compile(rule["REGEX"]))


class IndexedAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler, its matches found by a PatternIndex where its patterns allow one."""

    _index: PatternIndex | None = None

    def add_patterns(self, patterns) -> None:
        super().add_patterns(patterns)
        self._index = PatternIndex.of([p["patterns"] for p in self.patterns])

    def match(self, doc: Doc):
        if self._index is None:
            return super().match(doc)
        key = self.vocab.strings
        return [(entry, key[str(entry)], start, end) for entry, start, end in self._index.matches(doc)]


@Language.factory("kgraph_attribute_ruler", assigns=["token.pos", "token.tag", "token.morph", "token.lemma"])
def make_indexed_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name)


def index_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> None:
    """Put an IndexedAttributeRuler with the same patterns in place of the pipeline's attribute ruler."""
    if not isinstance(ruler := nlp.get_pipe(name), AttributeRuler) or isinstance(ruler, IndexedAttributeRuler):
        return
    patterns = ruler.patterns
    nlp.replace_pipe(name, "kgraph_attribute_ruler")
    nlp.get_pipe(name).add_patterns(patterns)


class LemmaMemo:
    """The lemmas a rule lemmatizer gives, kept by word, part of speech and morphology (all its rules read)
    and set for a whole Doc at once: the lemmatizer itself then only sees the words new to it."""

    def __init__(self, lemmatizer: Lemmatizer):
        self.lemmatizer = lemmatizer
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3]
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue  # set by the attribute ruler, which the lemmatizer leaves alone too
            key = (orth, pos, morph)
            if (known := self._lemmas.get(key)) is None:
                known = self._lemmas[key] = doc.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = known
        doc.from_array([LEMMA], lemmas)
        return doc


@Language.factory("kgraph_lemma_memo", assigns=["token.lemma"])
def make_lemma_memo(nlp: Language, name: str) -> LemmaMemo:
    return LemmaMemo(nlp.get_pipe("lemmatizer"))


def memoise_lemmas(nlp: Language, name: str = "lemmatizer") -> None:
    """Put a LemmaMemo before a rule lemmatizer that keeps the lemmas already set."""
    lemmatizer = nlp.get_pipe(name)
    if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule" and not lemmatizer.overwrite:
        nlp.add_pipe("kgraph_lemma_memo", before=name)
