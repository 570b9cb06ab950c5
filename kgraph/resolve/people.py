"""People's names: which written names are one person, and who a lone name can stand for.

News writes one person many ways: with or without a middle initial ("Ana M. Ruiz", "Ana Ruiz"),
with or without accents ("José Núñez", "Jose Nunez"), hyphenated or not, with a particle
("Ida van der Berg", "van der Berg"), by family name first ("Tan Wei Ming", "Tan"), by one part
of a long name, and, across outlets, with a family name transliterated two ways ("Marchuk",
"Martchuk"). Full names that are such variants of each other form one person,
named by the fullest of them; every step here depends only on the set of names, never on the
order articles come in, so any shard of a corpus resolves to the same people.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from difflib import SequenceMatcher
from functools import lru_cache

from kgraph.gazetteer import Gazetteer

NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
FIRST_NAME_HONORIFICS = {"sir", "dame"}  # "Sir Tom" is Tom Hadley, not a man surnamed Tom
# Particles that belong to a family name: "von der Berg", "bin Omar", "da Silva", "al-Amin".
PARTICLES = {
    "von", "van", "der", "den", "de", "del", "della", "di", "da", "das", "do", "dos", "du", "la", "le",
    "bin", "ibn", "bint", "al", "el", "ben", "ter", "ten", "st", "mac",
}  # fmt: skip
ARTICLE_PREFIX = re.compile(r"^(al|el|ad|ar|as|at|az|an|ash)[-‐‑’']", re.IGNORECASE)  # "al-Amin": "Amin"
SPELLING_SIMILARITY = 0.8  # a family name transliterated two ways: "Marchenko", "Martchenko"
GIVEN_NAME_SIMILARITY = 0.85  # "Nicolas", "Nicholas"; not "Maria", "Mario"
NAMES_KEPT = 1 << 14  # names folded or cleaned kept for the next time they come (a bound: a corpus's names are not)


@lru_cache(maxsize=NAMES_KEPT)  # the same names come back in every article and pass
def fold(text: str) -> str:
    """Lower case without accents or punctuation: 'Núñez-Ruiz' -> 'nunez ruiz'."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain.lower().replace("’", "'").replace("'", "")).split())


def _is_initial(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]\.?", word)) or bool(re.fullmatch(r"([A-Z]\.){2,}", word))


class PersonNames:
    """Full names of people and who a lone surname or first name can stand for."""

    def __init__(self, gaz: Gazetteer):
        self.honorifics = {h.rstrip(".") for h in gaz.honorifics}
        self.titles = sorted((t.lower() for t in gaz.titles), key=len, reverse=True)
        self.cleaned: dict[str, tuple[str, bool]] = {}  # each name cleaned once: it comes back in every pass

    def clean(self, text: str) -> tuple[str, bool]:
        """The name without titles, honorifics or possessive; and whether a knight's 'Sir' led it."""
        if (found := self.cleaned.get(text)) is None:
            if len(self.cleaned) >= NAMES_KEPT:
                self.cleaned.clear()
            found = self.cleaned[text] = self._clean(text)
        return found

    def _clean(self, text: str) -> tuple[str, bool]:
        name = re.sub(r"[’']s$", "", text.strip())
        knighted = False
        changed = True
        while changed:
            changed = False
            words = name.split()
            if len(words) > 1 and words[0].rstrip(".") in self.honorifics:
                knighted = knighted or words[0].lower() in FIRST_NAME_HONORIFICS
                name, changed = " ".join(words[1:]), True
                continue
            lowered = name.lower()
            for title in self.titles:
                if lowered.startswith(title + " ") and len(name) > len(title) + 1:
                    name, changed = name[len(title) + 1 :], True
                    break
        return name, knighted

    @staticmethod
    def is_full(name: str) -> bool:
        """A given name and a family name ('Ida van der Berg'), not a family name alone ('van der Berg')."""
        words = name.split()
        return len(words) > 1 and words[0].lower() not in PARTICLES and not _is_initial(words[0])

    @staticmethod
    def surname(full: str) -> str:
        """The family name's key: the last word, without a suffix or an article prefix ('al-Amin' -> 'amin')."""
        words = [w for w in full.split() if w.lower() not in NAME_SUFFIXES]
        return lone_key((words or full.split())[-1])

    @staticmethod
    def first_name(full: str) -> str:
        return fold(full.split()[0])

    @staticmethod
    def family_names(full: str) -> set[str]:
        """Every key a lone family name of this person can have: 'Ida van der Berg' -> 'berg', 'van der berg'."""
        words = [w for w in full.split() if w.lower() not in NAME_SUFFIXES]
        keys = {PersonNames.surname(full)}
        for i in range(1, len(words) - 1):
            if words[i].lower() in PARTICLES:  # the family name starts at its first particle
                keys.add(lone_key(" ".join(words[i:])))
                break
        return keys


def initialled(name: str) -> tuple[str, str]:
    """A name written with initials for its given names ('K. Obi', 'A.B. Obi'): the first initial and the
    family name; ('', name) for any other name."""
    words = name.split()
    if len(words) > 1 and all(_is_initial(w) for w in words[:-1]):
        return words[0][0], words[-1]
    return "", name


def lone_key(name: str) -> str:
    """The key of a lone name: folded, without an article prefix ('el-Amin', 'Amin' -> 'amin')."""
    return fold(ARTICLE_PREFIX.sub("", name.strip()))


@lru_cache(maxsize=1 << 16)
def _signature(name: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The name's words that are not initials (folded), and its suffixes ('Jr'): what two variants share."""
    words = name.replace("-", " ").replace("‐", " ").split()
    suffixes = frozenset(fold(w) for w in words if w.lower() in NAME_SUFFIXES)
    kept = tuple(fold(w) for w in words if w.lower() not in NAME_SUFFIXES and not _is_initial(w))
    return tuple(w for w in kept if w), suffixes


def _variants(a: str, b: str) -> bool:
    """Whether two full names are one person's: equal but for accents, case, hyphens and middle initials;
    one the other's start or end ('Ana Ruiz Soto', 'Ana Ruiz'); or one word spelt two ways (a family
    name transliterated, 'Nicolas' and 'Nicholas'). Different suffixes ('Jr') are different people."""
    (wa, sa), (wb, sb) = _signature(a), _signature(b)
    if sa != sb or not wa or not wb:
        return False
    if wa == wb:
        return True
    short, long_ = sorted((wa, wb), key=len)
    if len(short) >= 2 and (long_[: len(short)] == short or long_[-len(short) :] == short):
        return True
    if len(wa) != len(wb):
        return False
    differ = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(differ) != 1 or differ[0][0][0] != differ[0][1][0]:
        return False
    x, y = differ[0]
    needed = SPELLING_SIMILARITY if x == wa[-1] else GIVEN_NAME_SIMILARITY  # 'Maria'/'Mario' stay two people
    return SequenceMatcher(None, x, y).ratio() >= needed


def _shortened(short: str, long_: str) -> bool:
    """'Ana Soto' of 'Ana Maria Ruiz Soto': the same first and last word, the other words left out."""
    ws, wl = _signature(short)[0], _signature(long_)[0]
    if len(ws) < 2 or len(ws) >= len(wl) or ws[0] != wl[0] or ws[-1] != wl[-1]:
        return False
    rest = iter(wl[1:-1])
    return all(word in rest for word in ws[1:-1])  # in order


def _best(names: Iterable[str]) -> str:
    """The fullest name: most words, then longest, then with accents, then alphabetical (repeatable)."""
    return min(names, key=lambda n: (-len(n.split()), -len(n), fold(n) == n.lower(), n))


def _buckets(names: list[str]) -> list[list[str]]:
    """Names that may be variants of each other: those sharing a given name, those sharing a family name."""
    buckets: dict[str, list[str]] = defaultdict(list)
    for n in names:
        words = _signature(n)[0]
        buckets[words[0] if words else n].append(n)
        buckets["~" + PersonNames.surname(n)].append(n)
    return list(buckets.values())


def _variant_keys(words: tuple[str, ...]) -> set[tuple]:
    """Keys two variants of a name always share (see _variants): its first two words (one name the other's
    start), its last two (the other's end), or every word but one and that one's first letter (one word spelt
    two ways)."""
    keys: set[tuple] = {("head", words[:2]), ("tail", words[-2:])} if len(words) >= 2 else set()
    keys.update((i, words[:i] + words[i + 1 :], words[i][:1]) for i in range(len(words)))
    return keys


def _candidate_pairs(names: list[str]) -> set[tuple[str, str]]:
    """The pairs of names that share a variant key: every pair that can be variants, without comparing each
    name with every other (a corpus of thousands of people sharing a given name stays near linear)."""
    by_key: dict[tuple, list[str]] = defaultdict(list)
    for n in names:
        for key in _variant_keys(_signature(n)[0]):
            by_key[key].append(n)
    return {(a, b) for group in by_key.values() for i, a in enumerate(group) for b in group[i + 1 :]}


def _ends(name: str) -> tuple[str, str] | None:
    words = _signature(name)[0]
    return (words[0], words[-1]) if words else None


def _by_ends(names: list[str]) -> dict[tuple[str, str] | None, list[str]]:
    found: dict[tuple[str, str] | None, list[str]] = defaultdict(list)
    for n in names:
        found[_ends(n)].append(n)
    return found


class _Partition:
    """Names joined into groups (union-find); a group is named by its smallest member, so order never matters."""

    def __init__(self, names: list[str]):
        self.parent = {n: n for n in names}

    def root(self, n: str) -> str:
        while self.parent[n] != n:
            self.parent[n] = self.parent[self.parent[n]]
            n = self.parent[n]
        return n

    def join(self, a: str, b: str) -> None:
        ra, rb = self.root(a), self.root(b)
        self.parent[max(ra, rb)] = min(ra, rb)


def _canonical_names(names: list[str]) -> dict[str, str]:
    """Each full name's person, named by the fullest of that person's names."""
    groups = _Partition(names)
    buckets = _buckets(names)
    for bucket in buckets:
        for a, b in _candidate_pairs(bucket):
            if groups.root(a) != groups.root(b) and _variants(a, b):
                groups.join(a, b)
    for bucket in buckets:  # "Ana Soto" of the one longer name it shortens ("Ana Maria Ruiz Soto")
        ends = _by_ends(bucket)  # a shortened name keeps the first and last word: only those are compared
        for short in bucket:
            longer = {groups.root(n) for n in ends.get(_ends(short), ()) if _shortened(short, n)}
            if len(longer) == 1:
                groups.join(short, longer.pop())
    members: dict[str, list[str]] = defaultdict(list)
    for n in names:
        members[groups.root(n)].append(n)
    return {n: _best(members[groups.root(n)]) for n in names}


def index_name(name: str, person: str, by_family: dict[str, set[str]], by_first: dict[str, set[str]]) -> None:
    """File a person under every key a lone family name of `name` can have, and under its given name."""
    for key in PersonNames.family_names(name):
        by_family[key].add(person)
    by_first[PersonNames.first_name(name)].add(person)


class People:
    """The people of a corpus: each full name written in it tied to one person's canonical name."""

    def __init__(self, full_names: Iterable[str]):
        self.canonical = _canonical_names(sorted(set(full_names)))
        self.by_family: dict[str, set[str]] = defaultdict(set)
        self.by_first: dict[str, set[str]] = defaultdict(set)
        for n, person in self.canonical.items():
            index_name(n, person, self.by_family, self.by_first)
        self.families_by_initial: dict[str, list[str]] = defaultdict(list)
        for family in self.by_family:
            self.families_by_initial[family[:1]].append(family)
        self.borne: dict[str, set[str]] = {}  # bearing(), by lone key: a corpus asks the same names again and again

    def person(self, full: str) -> str:
        """The canonical name of the person a full name names."""
        return self.canonical.get(full, full)

    def bearing(self, word: str) -> set[str]:
        """The people whose family name a lone name is; failing that, those whose name has a family name
        spelt like it (one letter or so apart), then those whose given name it is ('Tan' for 'Tan Wei Ming')."""
        key = lone_key(word)
        if found := self.by_family.get(key):
            return found
        if key not in self.borne:
            similar = {p for family in self._spelt_like(key) for p in self.by_family[family]}
            self.borne[key] = similar or self.by_first.get(key, set())
        return self.borne[key]

    def _spelt_like(self, key: str) -> Iterator[str]:
        """The family names of the same initial within SPELLING_SIMILARITY of `key`; the cheap upper bounds of
        the similarity (lengths, then letters) rule out most before it is computed."""
        matcher = SequenceMatcher(None, "", key)  # what it learns of `key` is kept for every comparison
        for family in self.families_by_initial.get(key[:1], ()):
            matcher.set_seq1(family)
            if (
                matcher.real_quick_ratio() >= SPELLING_SIMILARITY
                and matcher.quick_ratio() >= SPELLING_SIMILARITY
                and matcher.ratio() >= SPELLING_SIMILARITY
            ):
                yield family
